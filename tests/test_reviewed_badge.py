"""A drafted answer the buyer dealt with says whose it is: rejected and empty, kept ("Drafted, reviewed"), or typed by the
buyer after rejecting the draft, with no sentence of the vendor's behind it: "Your answer", not "Drafted, reviewed"
(walk73). Answers written for these tests."""
from __future__ import annotations

from questions import Answer
from questions.answer_edits import typed
from views.draft_badges import reviewed_badge

DRAFT = Answer(question="decision.improved", evidence="specific", text="The planner approves each order in Maximo.",
               quotes=["The planner approves each order in Maximo."], drafted=True, reviewed=True)
REJECTED = Answer(question="decision.improved", evidence="not_answered", drafted=True, reviewed=True)


def test_an_answer_typed_after_rejecting_the_draft_is_the_buyers_own():
    mine = typed("decision.improved", {"text": "Which oven to clean first, decided by the shift lead."}, "vendor_claim",
                 REJECTED)
    assert "Your answer" in reviewed_badge(mine)


def test_a_kept_draft_and_a_rejected_one_keep_their_badges():
    assert "Drafted, reviewed" in reviewed_badge(DRAFT)
    assert "Drafted, rejected" in reviewed_badge(REJECTED)
    edited = typed("decision.improved", {"text": DRAFT.text + " Within one shift."}, "specific", DRAFT)
    assert "Drafted, reviewed" in reviewed_badge(edited)  # the vendor's sentence still backs it
