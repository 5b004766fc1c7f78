"""One list of what a person does to what the system decides, for offers and replies: a read of rounds.yaml on the
question drafting's `acting` answers (upkeep.human_review) takes, as one more thing a reply's answer names, the acts and
"done by" phrases drafting reads beside a role for the read's option (drafting.yaml acting). "The infusion team leader
decides on each alert" is then a review in a reply as in an offer."""
from __future__ import annotations

from typing import Any


def with_acts(rounds: dict[str, Any], drafting: dict[str, Any]) -> dict[str, Any]:
    """rounds.yaml's data with each such read's `things` extended by drafting's acts for its option (in place)."""
    acting = drafting.get("acting") or {}
    question = acting.get("answers", "")
    acts: dict[str, list[str]] = {}
    for group in ("acts", "done_by"):
        for option, words in (acting.get(group) or {}).items():
            acts.setdefault(option, []).extend(words)
    for topic in rounds.get("topics", []):
        for read in topic.get("reads", []):
            if read.get("question") == question and read.get("option") in acts:
                things = read.setdefault("things", [])
                things.extend(w for w in dict.fromkeys(acts[read["option"]]) if w not in things)
    return rounds
