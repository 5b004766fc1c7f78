"""A link's owner named after an Italian label ("responsabile della connessione: Var Group", "responsabile: Sig. Davide
Rossi", "Il referente della connessione sarebbe il Vostro fornitore SAP") answers who owns it: walk 67's round 2 said
"names no owner" of both links. The owner's words end where who helps it starts ("con il nostro supporto")."""
import pytest

from questions import load_bank
from reading import analyze
from scoring.rounds import reply_reader


def owner(text: str) -> str:
    sentence = analyze(text).sentences[0]
    return reply_reader(load_bank()).links.owner_named(text, text.lower(), sentence.substance)


@pytest.mark.parametrize("text, who", [
    ("Ordini di lavoro verso Maximo via API REST, ogni ora; responsabile della connessione: Delta Group.", "Delta Group"),
    ("Lettura dei lotti da SAP S/4HANA via OData una volta per turno; responsabile: Sig. Marco Fontana.", "Sig. Marco Fontana"),
    ("Lettura dei consumi da SAP via IDoc ogni notte; il referente della connessione sarebbe il Vostro fornitore SAP "
     "con il nostro supporto.", "fornitore SAP"),
])
def test_an_owner_named_after_its_label_owns_the_link(text, who):
    assert owner(text) == who


def test_a_role_word_beside_a_name_with_no_link_before_it_owns_nothing():
    assert owner("Dopo il sopralluogo con il Sig. Davide Rossi (responsabile manutenzione) completiamo le risposte.") == ""


def test_an_owner_ends_where_who_helps_it_starts_in_english_too():
    assert owner("The IDoc link to SAP PP is owned by your SAP team with our support.") == "SAP team"
