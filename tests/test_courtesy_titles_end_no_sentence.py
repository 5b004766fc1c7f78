"""A courtesy title before a name never ends a sentence, in any reply language (questions/sentences.yaml
goes_on): walk 67's "responsabile: Sig. Davide Rossi" was quoted, read and asked again as "... Sig."."""
import pytest

from reading import analyze


def cut(text: str) -> list[str]:
    return [s.text for s in analyze(text).sentences]


@pytest.mark.parametrize("sentence", [
    "Il lavoro e' seguito dal Sig. Marco Fontana del reparto manutenzione.",
    "Il collaudo lo firma la Sig.ra Elena Bianchi insieme al Dott. Luca Verdi.",
    "Per il cantiere e' disponibile il Geom. Andrea Neri ogni lunedi'.",
    "Il contatto tecnico e' l'Ing. Sara Galli, che risponde entro un giorno.",
    "Le rapport est validé par Mme. Claire Dupont chaque semaine.",
    "La Sra. Ana López y el Sr. Pablo Ruiz revisan los pedidos.",
    "Die Schnittstelle betreut Hr. Jonas Weber, die Freigabe gibt Fr. Anna Schulz.",
    "Mrs. Hall and Ms. Jones sign off each batch; Mr. Dunn owns the server.",
    # a title written small inside a sentence (walk82: "referente: ing. Bianchi" cut at "ing.")
    "Responsabile della connessione: ing. Paolo Bianchi di Brescia, con il geom. Neri.",
    "Il verbale lo firmano il dott. Verdi e l'avv. Conti.",
    "Osoba odpowiedzialna: mgr inż. Jan Nowak z działu IT.",
    "The report is checked by dr. Kowalski and prof. Lind each month.",
])
def test_a_title_before_a_name_stays_in_its_sentence(sentence):
    assert cut(sentence) == [sentence]


def test_a_sentence_ending_on_a_word_that_ends_like_a_title_still_ends():
    assert cut("We are monitoring. Ing. Rossi confirms the data.") == [
        "We are monitoring.", "Ing. Rossi confirms the data."]


def test_a_sentence_still_ends_before_a_title_that_opens_the_next():
    assert cut("Il sopralluogo e' fissato. Sig. Fontana conferma la data.") == [
        "Il sopralluogo e' fissato.", "Sig. Fontana conferma la data."]
