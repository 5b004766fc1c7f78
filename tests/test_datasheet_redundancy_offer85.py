"""Redundancy stated in a datasheet appendix in the offer's own language ("Alimentazione: ridondante", "Alimentazione
ridondante 24 V DC") is a reliability measure (walk82: an Italian offer's appendix drafted none); a datasheet without
it drafts no redundancy."""
from __future__ import annotations

import pytest

from questions import load_bank
from questions.models import Document
from reading.documents import digest
from reading.draft import drafter_for

BANK = load_bank()
OFFER = ("Offerta per il vostro caseificio\n\nIl sistema raccoglie i dati di temperatura dai PLC Siemens tramite OPC UA "
         "e li salva sul server nel vostro CED.\n")


def _measures(sheet: str) -> list[str]:
    documents = [Document(name=name, kind=kind, format="docx", text=text, sha256=digest(text))
                 for name, kind, text in (("offerta.docx", "proposal", OFFER), ("allegato.docx", "datasheet", sheet))]
    answer = drafter_for(BANK).draft_documents(documents).answer("reliability.measures")
    return answer.choices if answer else []


@pytest.mark.parametrize("line", ["Alimentazione: ridondante, 24 V DC", "Server con alimentazione ridondante",
                                  "Ridondanza dei dischi sul server (RAID 1)"])
def test_redundancy_in_an_italian_datasheet_is_a_reliability_measure(line):
    sheet = f"Allegato A - Scheda tecnica\nGateway industriale GW-200\nMTBF: 180.000 h\n{line}\n"
    assert "redundancy" in _measures(sheet)


def test_a_datasheet_without_redundancy_drafts_none():
    sheet = "Allegato A - Scheda tecnica\nGateway industriale GW-200\nMTBF: 180.000 h\nAlimentazione: 24 V DC\n"
    assert "redundancy" not in _measures(sheet)
