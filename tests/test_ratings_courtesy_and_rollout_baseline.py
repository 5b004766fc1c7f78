"""Walks 72-73: a datasheet's rating, a letter's thanks and a full rollout's baseline drafted as evidence. "Ambient: +5
... +40 °C, humidity <= 80 %" backed temperature captured; "Thank you for the productive meeting ... and for the scrap
data you shared" was quoted for the plant's problem; "targets a plant OEE of 72% measured 12 months after go-live,
against the baseline of 61%" drafted "A pilot against a measured baseline" for an offer with no pilot. Other sentences,
English and German, and where each must still draft."""
import pytest

from reading.draft import draft
from reading.prefill import greets

OFFER = ("We propose an inline X-ray cell for your die-cast line 3. The edge server decides OK/NOK for every casting "
         "and the line PLC moves each NOK part to the reject conveyor.\n")


def _answer(evaluation, question):
    return next((a for a in evaluation.answers if a.question == question), None)


@pytest.mark.parametrize("line", [
    "Ambient: +10 … +35 °C, humidity ≤ 90 % non-condensing",
    "Umgebungsbedingungen: +5 bis +40 °C, Luftfeuchte ≤ 80 %",
])
def test_a_datasheet_s_ambient_rating_backs_no_temperature_read(bank, line):
    reads = "System: die-casting cell; Method: OPC UA read-only; Data: shot parameters (pressure, speed, temperatures)\n"
    datasheet = "Edge server E-7\nCPU: 8 cores\nStorage: 2 x 1 TB SSD\n" + line + "\nProtection class: IP54\n"
    answer = _answer(draft(OFFER + reads + datasheet, bank), "data.captured")
    assert "temperature" in answer.choices  # the temperatures the cell sends
    assert not any(line in q for q in answer.quotes)


def test_a_temperature_the_system_reads_still_drafts(bank):
    text = OFFER + "The gateway reads the melt temperature and the die temperature of every shot from the cell PLC."
    assert "temperature" in _answer(draft(text, bank), "data.captured").choices


@pytest.mark.parametrize("sentence, thanks", [
    ("Thank you for the productive meeting at your plant and for the scrap data you shared with us.", True),
    ("Vielen Dank für das angenehme Gespräch in Ihrem Werk und die Ausschussdaten der Linie 3.", True),
    ("Merci pour votre visite et pour les données de rebut transmises.", True),
    ("Your scrap rate averaged 4.8 % last quarter, mostly from porosity.", False),
])
def test_a_letter_s_thanks_backs_no_answer(sentence, thanks):
    assert greets(sentence) is thanks


@pytest.mark.parametrize("sentence", [
    "KPI commitments: we target a plant OEE of 72% measured 12 months after go-live, against the baseline of 61%.",
    "Der Ausschuss lag im Basiszeitraum bei 4,8 %; Ziel ist 3,2 % sechs Monate nach Abnahme, gemessen gegen die "
    "Baseline.",
])
def test_a_rollout_s_baseline_and_target_is_no_pilot(bank, sentence):
    answer = _answer(draft(OFFER + sentence, bank), "return.measurement")
    assert answer is None or "pilot_baseline" not in answer.choices


def test_a_pilot_measured_against_its_baseline_still_drafts(bank):
    text = OFFER + ("We run an 8-week pilot on line 3 and measure the scrap rate against the baseline of the last "
                    "three months.")
    assert "pilot_baseline" in _answer(draft(text, bank), "return.measurement").choices
