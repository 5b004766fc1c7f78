"""A link the answers name without its method or owner is asked about in the next letter: the scope ladder's
integrated level needs both, even where no label's gap asks for them (scoring.rounds.open_sources)."""
from questions import Answer, load_bank
from questions.models import Evaluation, Integration
from scoring import score
from scoring.rounds import open_questions

BANK = load_bank()
WARNING = "A gateway reads the 36 bearing sensors every 5 minutes and the model warns the planner days ahead."


def evaluation(row: Integration) -> Evaluation:
    answers = [Answer(question="problem.plant_problems", evidence="specific", choices=["downtime_unclear"], quotes=[WARNING]),
               Answer(question="connect.integrations", evidence="specific", integrations=[row], quotes=[WARNING])]
    return Evaluation(bank_version=BANK.version, proposal="DryGuard", vendor="Kiln Data", answers=answers)


def asked(ev: Evaluation) -> dict[str, list[str]]:
    return {q.topic: q.comes_from for q in open_questions(ev, score(ev, BANK), BANK)}


def test_a_link_named_without_method_or_owner_is_asked_about_once():
    letter = asked(evaluation(Integration(system="maintenance", direction="to_system")))
    assert [s for s in letter["integrations"] if s.startswith("Partly")] == \
        ["Partly answered: The connection to maintenance names no method and no owner"]
    named = asked(evaluation(Integration(system="maintenance", direction="to_system", method="SAP PM notification")))
    assert [s for s in named["integrations"] if s.startswith("Partly")] == \
        ["Partly answered: The connection to maintenance (SAP PM notification) names no owner"]


def test_a_link_with_its_method_and_owner_is_not_asked_about_for_that():
    full = Integration(system="maintenance", direction="to_system", method="REST API, notification per warning",
                       owner="Jana Kral, maintenance IT")
    assert not any("Partly answered" in s for sources in asked(evaluation(full)).values() for s in sources)
