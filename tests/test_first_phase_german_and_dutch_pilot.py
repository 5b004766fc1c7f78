"""The pilot a German or Dutch offer states is the offer's own (questions/rules.yaml first_phase): its name is a
compound written as one word ("Pilotphase", "pilotfase") and its length counted in the language's weeks or months
("12 Wochen", "8 weken"); walk61's Scorecard said "The offer states no pilot of its own" of "Wir schlagen eine
Pilotphase von 12 Wochen an 4 Maschinen vor". The KPI it aims at keeps its German noun's capital."""
import pytest

from questions import load_bank
from reading.draft import draft
from scoring.engine import score

BANK = load_bank()

GERMAN = """Angebot: Qualitätsprognose für Spritzgießmaschinen
Unser Ziel ist, die Ausschussquote von 3,2 % auf unter 2 % zu senken.
Wir schlagen eine Pilotphase von 12 Wochen an 4 Maschinen vor.
Die Maschinen werden über OPC UA angebunden."""

DUTCH = """Offerte: kwaliteitsvoorspelling voor spuitgietmachines
Wij stellen een pilotfase van 8 weken op 2 machines voor.
De machines worden via OPC UA aangesloten."""


@pytest.mark.parametrize("text, told", [(GERMAN, "Pilotphase von 12 Wochen"), (DUTCH, "pilotfase van 8 weken")])
def test_a_german_or_dutch_offers_pilot_is_built_on(text, told):
    phase = score(draft(text), BANK).first_phase
    assert phase.pilot_scope.startswith("Build on the pilot the vendor offers")
    assert any(told in line for line in phase.offered)


def test_the_pilot_aims_at_the_german_kpi_by_its_name_as_written():
    assert "'Ausschussquote' (3.2 % today)" in score(draft(GERMAN), BANK).first_phase.pilot_scope
