"""In an offer or a story, an alert or a screen implies a decision within minutes only through a sentence that names
who is told or sees it (drafting.yaml implies_told_with): "the alert fires" says there is an alert, not that anyone
sees a stop within minutes."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()
SITE = (" We will fit a vibration sensor on each of your four pumps on line 3."
        " The gateway on line 3 reads the sensors over your plant network.")


def latency(text: str) -> list[str]:
    answer = draft(text, BANK).answer("decision.latency")
    return answer.choices + answer.suggested if answer else []


def test_an_alert_nobody_is_told_of_implies_no_minutes():
    text = "When a bearing runs hot on line 3, an alert fires in the platform." + SITE
    assert "minutes" not in latency(text)


def test_an_alert_sent_to_the_shift_leader_implies_minutes():
    text = "When a bearing runs hot on line 3, the platform sends an alert to the shift leader on his tablet." + SITE
    assert "minutes" in latency(text)
