"""Facts an Italian offer states, read as it states them (issue 14, walk74): data kept through an outage and sent on
when the link returns is buffered, training given its days after its label is training on site; the same in English;
and an offer that names neither drafts neither."""
import pytest

from questions import load_bank
from reading.documents import pasted
from reading.draft import drafter_for

INTRO = ("Gentile Ing. Bassi, la nostra soluzione per la manutenzione predittiva dei vostri forni prevede sensori di "
         "vibrazione sui motori, un gateway edge e la piattaforma installata nel vostro stabilimento.\n")


def _chosen(text: str, question: str) -> list[str]:
    evaluation = drafter_for(load_bank()).draft_documents([pasted(text)], "Forni", "Vendor")
    answer = evaluation.answer(question)
    return list(answer.choices) if answer else []


@pytest.mark.parametrize("said", [
    "Se la rete si interrompe, il gateway conserva le misure localmente e le ritrasmette al ripristino della connessione.",
    "If the network drops, the gateway keeps the readings locally and resends them when the link is back."])
def test_data_held_through_an_outage_and_sent_on_is_buffered(said):
    assert "buffered" in _chosen(INTRO + said + "\n", "reliability.offline")


@pytest.mark.parametrize("said", ["Formazione: 2 giornate per i manutentori e i capi turno.",
                                  "Training: 2 days for the maintenance technicians and the shift leaders."])
def test_training_given_its_days_after_its_label_is_training_on_site(said):
    assert "onsite" in _chosen(INTRO + said + "\n", "users.training")


def test_an_offer_saying_neither_drafts_neither():
    assert _chosen(INTRO, "reliability.offline") == []
    assert "onsite" not in _chosen(INTRO, "users.training")
