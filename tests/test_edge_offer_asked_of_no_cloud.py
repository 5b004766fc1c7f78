"""An offer that runs on premises, on an edge box or a server in the plant, is sold as "Cloud / edge" too, and once it
answered the topic the letter asked the label's own questions: "Which connections does your cloud service need ...?",
"Who owns the data in your cloud ...?", of a vendor that has no cloud. The label's questions are now said of the system
wherever it runs, in every letter language; rounds sent before keep their wording in the vendor's language."""
from __future__ import annotations

import pytest

from questions.loader import load_round_rules
from questions import load_bank
from reports.letter_words import letter_words
from scoring.round_asks import question_text
from scoring.rounds import Source

LANGUAGES = ("de", "fr", "es", "it", "pl", "nl")


def _label_asks() -> list[str]:
    label = next(lab for lab in load_bank().labels if lab.id == "cloud_edge")
    return [req.follow_up for req in label.requires]


def test_the_cloud_edge_label_s_questions_presuppose_no_cloud():
    asks = _label_asks()
    assert len(asks) == 3 and not [a for a in asks if "your cloud" in a.lower() or "cloud service" in a.lower()]


def test_a_security_question_asked_again_of_an_on_premise_offer_names_no_cloud_service():
    topic = next(t for t in load_round_rules().topics if t.id == "security")
    gap = Source("gap:cloud_edge:security.segmentation", topic.id, "Label gap", follow_up=_label_asks()[0],
                 reads=("security.segmentation",))
    asked = question_text(topic, [gap], again=True)
    assert asked.startswith("Which connections does your system need into our network") and "cloud" not in asked


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_label_s_questions_and_those_sent_before_are_worded_in_each_language(language):
    sent_before = ["Which connections does your cloud service need into our network, inbound or outbound, and can it "
                   "work outbound-only from an edge device?",
                   "Who owns the data in your cloud, and how do we export all of it, in what format, if we leave?"]
    for ask in [*_label_asks(), *sent_before]:
        assert letter_words().question(ask, language), (language, ask)
