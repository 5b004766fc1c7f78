"""An example's figures are no baseline and no target of the plant ("... then plus 5 points (for example 55% to 60%)",
"say 5 % to 3 %", "z. B. von 5 % auf 3 %"), and a measure's name never takes the words of the clause before it ("put in
writing: OEE" names the OEE). Walk 66: a reply's example became "KPI: writing oee: 55 -> 60 %" on the scorecard.
Sentences written for these tests."""
import pytest

from kpi_corpus import drafted_kpi, whole_kpi
from reading.kpi_kinds import kind_phrase
from reading.draft_rules import rules_for
from rounds_corpus import Mail, sent_out
from questions import load_bank

WALK66 = ("We don't know your baseline yet, so we cannot guarantee a number today. Target we'd put in writing: OEE "
          "baseline measured in the pilot, then plus 5 points on the line (for example 55% to 60%).")


@pytest.mark.parametrize("text", [
    "Reply to your questions\n" + WALK66,
    "Offer for the filler\nWe would lower the scrap rate on the filler, e.g. from 4.0 % to 2.5 %, once the pilot has "
    "measured it.",
    "Offer for the press line\nWe expect a shorter changeover; say, from 45 minutes to 30 minutes, depending on your dies.",
    "Angebot für Ihr Werk\nWir senken den Ausschuss an der Linie 2 (zum Beispiel von 5 % auf 3 %), sobald die "
    "Ausgangslage gemessen ist.",
    "Offre pour votre usine\nNous réduisons le taux de rebut (par exemple de 5 % à 3 %) après la mesure du pilote.",
])
def test_an_examples_figures_draft_no_complete_measure(text):
    assert whole_kpi(text) is None


def test_a_measure_told_outright_beside_an_example_of_something_else_is_still_read():
    text = ("Offer for the filler\nWe commit to bring scrap on the filler from 4.0 % to 2.5 % within 6 months "
            "(for example by checking each seal's torque).")
    got = whole_kpi(text)
    assert (got.baseline, got.target) == (4.0, 2.5)


def test_a_kind_named_after_a_colon_takes_no_word_of_the_clause_before():
    rules = rules_for(load_bank())
    assert kind_phrase("target we'd put in writing: oee at 60 %", rules) == "oee"
    assert kind_phrase("what we'd commit to (oee on line 2) is 60 %", rules) == "oee"
    assert kind_phrase("we cut unplanned downtime to 4 %", rules) == "unplanned downtime"


MAIL = Mail("Dear Ms Hale,", "Kind regards,\nTom Ross")
FILLER = ("FillSense brings AI to your filling line.\nIt predicts every stop and gives you real-time insights.\n"
          "Seamless integration with your MES.\n")


def test_a_replys_example_gives_no_kpi_with_a_baseline_and_target():
    sent = sent_out(FILLER, "FillSense", "J. Hale")
    measure = MAIL.read(sent, "KPI: " + WALK66).evaluation.answer("decision.kpi")
    measure = measure.measure if measure else None
    assert measure is None or measure.baseline is None or measure.target is None
    assert measure is None or "writing" not in (measure.metric or "").lower()


def test_a_result_told_in_the_past_as_an_instance_keeps_its_figures():
    text = "Line study\nScrap on the extrusion line fell, for example, from 4.0 % in 2024 to 2.5 % in 2025."
    got = drafted_kpi(text)
    assert got is not None and (got.baseline, got.target) == (4.0, 2.5)
