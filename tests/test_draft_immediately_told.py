""""Immediately" is a decision's minutes only beside a verb of knowing, seeing or being told (drafting.yaml
class_phrases): how soon people start a project or plan a repair says nothing of how soon anyone sees the line."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()
LINK = " The edge box reads each filler's PLC every 10 seconds and stores each stop with its reason."


def latency(text: str) -> list[str]:
    """Drafted or offered to check."""
    answer = draft(text, BANK).answer("decision.latency")
    return answer.choices + answer.suggested if answer else []


def test_starting_a_project_immediately_is_no_latency():
    text = "Thanks to the leasing offer our plant was able to immediately start the retrofit." + LINK
    assert "minutes" not in latency(text)


def test_planning_parts_immediately_is_no_latency():
    text = "After the audit our maintenance crew was able to immediately plan parts and people for the gearbox repair." + LINK
    assert "minutes" not in latency(text)


def test_a_deviation_determined_immediately_is_minutes():
    text = "With the new scales our line can immediately determine whether a filler drifts from its target." + LINK
    assert "minutes" in latency(text)


def test_a_status_seen_immediately_is_minutes():
    text = "Our shift leads see each filler's stop immediately on the hall screen." + LINK
    assert "minutes" in latency(text)
