"""One source of truth between drafting and reply reading, applied to rounds.yaml's data as it is loaded:

- what a person does to what the system decides: a read of the question drafting's `acting` answers
  (upkeep.human_review) takes, as one more thing a reply's answer names, the acts and "done by" phrases drafting reads
  beside a role for the read's option (drafting.yaml acting). "The infusion team leader decides on each alert" is then
  a review in a reply as in an offer.
- what drafting reads as a kind of data puts a reply's sentence on the topic that asks for it (rounds.yaml
  `drafted_cues`: topic -> question -> its options): "two accelerometers per fan and a pressure transmitter per
  cylinder" is on the data topic, as drafting reads vibration and pressure in it."""
from __future__ import annotations

from typing import Any


def with_acts(rounds: dict[str, Any], drafting: dict[str, Any]) -> dict[str, Any]:
    """rounds.yaml's data with each such read's `things` extended by drafting's acts for its option, and each topic of
    `drafted_cues` given drafting's phrases for those options as cues (in place; `drafted_cues` removed)."""
    acting = drafting.get("acting") or {}
    question = acting.get("answers", "")
    acts: dict[str, list[str]] = {}
    for group in ("acts", "done_by"):
        for option, words in (acting.get(group) or {}).items():
            acts.setdefault(option, []).extend(words)
    for topic in rounds.get("topics", []):
        for read in topic.get("reads", []):
            if read.get("question") == question and read.get("option") in acts:
                _extend(read.setdefault("things", []), acts[read["option"]])
    options = drafting.get("questions") or {}
    drafted = rounds.pop("drafted_cues", None) or {}
    for topic in rounds.get("topics", []):
        for qid, chosen in (drafted.get(topic.get("id")) or {}).items():
            phrases = options.get(qid) or {}
            unknown = set(chosen) - set(phrases)
            if unknown:
                raise ValueError(f"rounds.yaml drafted_cues: {qid} has no drafting phrases for {sorted(unknown)}")
            _extend(topic.setdefault("cues", []), [w for option in chosen for w in phrases[option]])
    return rounds


def _extend(words: list[str], more: list[str]) -> None:
    words.extend(w for w in dict.fromkeys(more) if w not in words)
