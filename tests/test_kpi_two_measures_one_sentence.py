"""Two KPIs told in one sentence in one unit ("today the line runs at 61% OEE with 4% scrap; we will take OEE to 72%
and scrap to 2.5%"): the measure drafted is whole, its own baseline with its own target, never one measure's baseline
with the other's target (walk78: a mixed measure drafted). Every sentence here is new."""
import pytest

from questions import load_bank
from reading.draft import draft

BANK = load_bank()

_EN = ("We offer a monitoring system for line 4. Data is read every minute from the Siemens PLC over OPC UA. ",
       " Installation takes two weeks.")
_DE = ("Wir bieten Ihnen ein System zur Überwachung der Linie 4 an. Die Daten werden jede Minute aus der "
       "Siemens-Steuerung über OPC UA gelesen. ", " Die Installation dauert zwei Wochen.")


def measure(around, sentence):
    answer = draft(around[0] + sentence + around[1], BANK).answer("decision.kpi")
    return answer.measure if answer else None


@pytest.mark.parametrize("around, sentence, baseline, target", [
    (_EN, "Today the line runs at 61% OEE with 4% scrap; we will take OEE to 72% and scrap to 2.5%.", 61, 72),
    (_EN, "At present the press line works at 58% availability with 6% rework; we will lift availability to 70%.", 58, 70),
    (_EN, "Scrap is 4% and OEE 61% today; we will take OEE to 72% and scrap to 2.5%.", 61, 72),
    (_DE, "Heute liegt die OEE bei 61 % bei 4 % Ausschuss; wir heben die OEE auf 72 % und senken den Ausschuss auf "
          "2,5 %.", 61, 72),
    (_EN, "Within 12 months we will bring unplanned downtime from 9% to 5% and scrap from 3.1% to 2%.", 9, 5),
])
def test_two_measures_in_one_sentence_draft_one_whole(around, sentence, baseline, target):
    found = measure(around, sentence)
    assert found is not None and (found.baseline, found.target) == (baseline, target)
