"""The pilot a Polish, Czech or Swedish offer states is the offer's own (questions/rules.yaml first_phase): its name is
declined as the sentence needs ("pilotażu", "pilotního provozu") and its length counted in the language's weeks or months
("10 tygodni", "8 týdnů", "6 veckor"); walk81's scorecard said "The offer states no pilot of its own" of a Polish offer
whose section 3 is "Faza 1: Pilotaż" and says "Czas trwania pilotażu: 10 tygodni"."""
import pytest

from questions import load_bank
from reading.draft import draft
from scoring.engine import score

BANK = load_bank()

POLISH = """Oferta: monitoring stanu sprężarek w odlewni
Proponujemy fazę pilotażową na 2 sprężarkach; pilotaż trwa 8 tygodni od podpisania umowy.
Czujniki drgań są podłączone przez IO-Link do bramki brzegowej."""

CZECH = """Nabídka: sledování stavu lisů
Pilotní provoz na 3 lisech potrvá 6 týdnů a začíná v březnu.
Snímače vibrací se připojí přes IO-Link."""

SWEDISH = """Offert: tillståndsövervakning av pumpar
Vi föreslår en pilotfas på 12 veckor på två pumpar.
Vibrationsgivarna ansluts via IO-Link."""


@pytest.mark.parametrize("text, told", [(POLISH, "pilotaż trwa 8 tygodni"), (CZECH, "Pilotní provoz na 3 lisech"),
                                        (SWEDISH, "pilotfas på 12 veckor")])
def test_a_polish_czech_or_swedish_offers_pilot_is_built_on(text, told):
    phase = score(draft(text), BANK).first_phase
    assert phase.pilot_scope.startswith("Build on the pilot the vendor offers")
    assert any(told in line for line in phase.offered)


def test_a_pilot_done_elsewhere_in_polish_is_still_no_offer_without_a_length_or_particular():
    phase = score(draft("Oferta: monitoring pomp.\nNasz pilotaż jest możliwy.\nCzujniki są podłączone."), BANK).first_phase
    assert phase.offered == []
