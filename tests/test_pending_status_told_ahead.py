"""A certification told in the future, or with an auxiliary of becoming, is a plan, no status the vendor holds
(drafting.yaml pending_status, reading/draft_pending.py): "will be certified", "wird ... zertifiziert", "sera
certifiée", "zostanie certyfikowana" offer "IEC 62443 or similar assessment" to check, not drafted. Read on the
sentence as written: a German gloss reads "wird" as "is". A certification held stays drafted."""
from __future__ import annotations

import pytest

from questions import load_bank
from reading.draft import draft
from reading.draft_pending import pending

BANK = load_bank()
LEAD = {
    "en": "Offer for monitoring the extrusion lines. The system reads the machine status over OPC UA and shows it on "
          "the dashboard. ",
    "de": "Angebot für die Überwachung der Extrusionslinien. Das System liest den Maschinenstatus über OPC UA und "
          "zeigt ihn im Dashboard. ",
    "fr": "Offre pour la surveillance des lignes d'extrusion. Le système lit l'état des machines via OPC UA et "
          "l'affiche sur le tableau de bord. ",
    "es": "Oferta para la supervisión de las líneas de extrusión. El sistema lee el estado de las máquinas por OPC UA "
          "y lo muestra en el panel. ",
    "it": "Offerta per il monitoraggio delle linee di estrusione. Il sistema legge lo stato macchina via OPC UA e lo "
          "mostra sul cruscotto. ",
    "nl": "Offerte voor de bewaking van de extrusielijnen. Het systeem leest de machinestatus via OPC UA en toont die "
          "op het dashboard. ",
    "pl": "Oferta na monitorowanie linii wytłaczania. System odczytuje stan maszyn przez OPC UA i pokazuje go na "
          "panelu. ",
}


def _controls(lang: str, sentence: str):
    return draft(LEAD[lang] + sentence, BANK).answer("security.controls")


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Our edge box will be certified to IEC 62443-4-2 in the first quarter of 2028."),
    ("en", "The historian connector is expected to be certified to IEC 62443-3-3 next year."),
    ("en", "We will obtain IEC 62443-4-1 certification for our development process by 2028."),
    ("de", "Die Edge-Box wird nach IEC 62443-4-2 zertifiziert."),
    ("de", "Unser Entwicklungsprozess soll bis Ende 2028 nach IEC 62443-4-1 zertifiziert werden."),
    ("fr", "Le boîtier edge sera certifié IEC 62443-4-2 au premier trimestre 2028."),
    ("es", "La caja edge será certificada según IEC 62443-4-2 en 2028."),
    ("it", "Il box edge sarà certificato IEC 62443-4-2 nel 2028."),
    ("nl", "De edge-box zal in 2028 volgens IEC 62443-4-2 gecertificeerd worden."),
    ("pl", "Skrzynka edge zostanie certyfikowana zgodnie z IEC 62443-4-2 w 2028 roku."),
])
def test_a_certification_told_ahead_is_offered_to_check_not_drafted(lang, sentence):
    answer = _controls(lang, sentence)
    assert answer is None or "iec62443" not in answer.choices


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Our edge box is certified to IEC 62443-4-2."),
    ("en", "We deliver the edge box, which is certified to IEC 62443-4-2, with the software."),
    ("de", "Die Edge-Box ist nach IEC 62443-4-2 zertifiziert."),
    ("de", "Die Software wird auf einer Edge-Box geliefert, die nach IEC 62443-4-2 zertifiziert ist."),
    ("fr", "Le boîtier edge est certifié IEC 62443-4-2."),
])
def test_a_certification_held_still_drafts(lang, sentence):
    assert "iec62443" in _controls(lang, sentence).choices


def test_a_held_sentence_beside_a_planned_one_keeps_the_option():
    answer = _controls("en", "Our edge box is certified to IEC 62443-4-2. Our cloud service will be certified to "
                             "IEC 62443-3-3 in 2028.")
    assert "iec62443" in answer.choices


@pytest.mark.parametrize("sentence, told_ahead", [
    ("Die Edge-Box wird nach IEC 62443-4-2 zertifiziert.", True),
    ("Die Box wird geliefert, die nach IEC 62443 zertifiziert ist.", False),
    ("De box wordt volgend jaar gecertificeerd.", True),
    ("La passerelle sera certifiée en 2028.", True),
    ("La passerelle est certifiée.", False),
])
def test_pending_reads_the_tense_as_written(sentence, told_ahead):
    assert pending(sentence) is told_ahead
