"""The clause a cue speaks in, found by the punctuation around it (roles.py reads a sentence's role with them)."""
from __future__ import annotations

BREAKS = frozenset(";:()")
JOINS = frozenset({"and", "but"})  # "installed new sensors and reads the probes the plant had": two things told


def labelled(words: list[str], at: int, cue_end: int) -> tuple[int, int]:
    """A limiting cue's clause; a cue that labels a value ("Operating temperature: -40 to 85 °C")
    limits the value after its colon too."""
    start, end = clause(words, at)
    if end == cue_end and end < len(words) and words[end] == ":":
        end = clause(words, end + 1)[1]
    return start, end


def label_reach(words: list[str], at: int, longest: int = 6) -> tuple[int, int]:
    """A cue's clause; a cue in a short label opening the sentence ("Optional:", "Not included, available on
    request:") speaks of what the label heads, the clause after its colon too."""
    start, end = clause(words, at)
    if start == 0 and end <= longest and end < len(words) and words[end] == ":":
        end = clause(words, end + 1)[1]
    elif at < (colon := _label_colon(words, longest)):  # the cue in brackets: "Phase 2 (optional): interface to ..."
        end = clause(words, colon + 1)[1]
    return start, end


def _label_colon(words: list[str], longest: int) -> int:
    """Where a short label opening the sentence ends, its words and an aside in brackets in it ("Phase 2 (optional):");
    -1 where none does."""
    colon = next((i for i, word in enumerate(words) if word == ":" or word in ";"), -1)
    if colon < 0 or words[colon] != ":" or "(" not in words[:colon]:
        return -1
    return colon if sum(word not in BREAKS for word in words[:colon]) <= longest else -1


def headed(words: list[str], at: int, longest: int = 6) -> tuple[int, int]:
    """A cue's clause, and the short label opening the sentence that heads it ("Training: 2 h per press crew on site"):
    what follows the label's colon is of the label."""
    start, end = clause(words, at)
    if 1 < start <= longest + 1 and words[start - 1] == ":" and clause(words, start - 2)[0] == 0:
        return 0, end
    return start, end


def named_ahead(words: list[str], at: int, to_join: bool = False) -> tuple[int, int]:
    """The kit a cue said before it names ("history from the existing historian"): its clause, but not back
    past "and" or "but" ("fitted new probes and read the existing controllers": the probes are new); `to_join`: nor
    on past the next comma, "and" or "but" ("a conventional rack system, and the plant chose probes": a cue of the
    old way names only what it qualifies)."""
    begin, end = clause(words, at)
    joins = [i for i in range(begin, at) if words[i] in JOINS]
    if to_join:
        end = next((i for i in range(at + 1, end) if words[i] in JOINS or words[i] == ","), end)
    return (joins[-1] + 1 if joins else begin), end


def condition(words: list[str], at: int) -> tuple[int, int]:
    """A condition ("in the event of a stop, ..."): from its cue up to its comma or its clause's end."""
    end = clause(words, at)[1]
    return at, next((i for i in range(at, end) if words[i] == ","), end)


def supposed(words: list[str], at: int, opens: frozenset[str]) -> bool:
    """Whether the word at `at` lies in a case a subordinator supposes ("If the connection is lost, the gateway buffers
    ..."), up to its comma: what happens then, no state the plant is in."""
    return any(condition(words, i)[0] <= at < condition(words, i)[1] for i in range(at) if words[i] in opens)


def set_aside(words: list[str], at: int) -> tuple[int, int]:
    """What "instead of" or "rather than" sets aside, up to the comma that ends it: the old way, which drafts
    nothing ("Instead of reporting at the level of the work order, operators report against lots")."""
    end = next((i for i in range(at, len(words)) if words[i] == "," or words[i] in BREAKS), len(words))
    return at, end


def replaced(words: list[str], at: int, cue_end: int, ends: frozenset[str]) -> tuple[int, int]:
    """The old way a cue of replacing names after it, up to the word that turns to the new one or says when or where
    ("replacing paper travellers with scanners", "replace each worn roll during planned stops"), or its comma or
    clause's end: the plant before the project; the new way after the turn still drafts as the sentence does."""
    end = clause(words, at)[1]
    return at, next((i for i in range(cue_end, end) if words[i] == "," or words[i] in ends), end)


def clause(words: list[str], at: int) -> tuple[int, int]:
    """The clause around a cue (between ; : ( ) and the sentence's ends)."""
    start = max((i + 1 for i in range(at) if words[i] in BREAKS), default=0)
    end, depth = len(words), 0
    for i in range(at, len(words)):  # an aside in brackets opened after the cue belongs to its clause
        if words[i] == "(":
            depth += 1
        elif words[i] == ")" and depth:
            depth -= 1
        elif words[i] in BREAKS and not depth:
            end = i
            break
    return start, end


def denied_subject(words: list[str], start: int, verb: dict, ends: frozenset[str]) -> bool:
    """A clause opening on a denied subject ("no production data is transferred to the cloud", "nessun dato ... viene
    trasferito in cloud" glossed): what its verb says is denied however far it stands (drafting.yaml denied_by_verb
    subjects); a negation's clause ends at a mark or a word of `ends` ("nothing is issued until ...")."""
    at = max((i for i in range(start) if words[i] in ",;:()" or words[i] in ends), default=-1) + 1
    at += at < start and words[at] in JOINS  # "... and no data leaves the plant"
    return at < start and words[at] in verb.get("subjects", ()) and start - at <= verb.get("subject_reach", 0)


def denied_fit(words: list[str], start: int, verb: dict, ends: frozenset[str]) -> bool:
    """A phrase its clause says the thing is not fit or not meant for, however far past the negation it stands: "not
    suitable for hazardous areas (ATEX zones)", "Nicht geeignet für explosionsgefährdete Bereiche (ATEX)", "n'est pas
    adapté aux zones ATEX", "no apto para zonas ATEX" glossed; "nicht für ... (ATEX) zugelassen" with its word last
    (drafting.yaml denied_by_verb unfit). Brackets hold the clause's own words; a mark or a word of `ends` ends it."""
    fit, negations = verb.get("unfit", ()), verb["negations"]
    if not fit:
        return False
    clause = max((i for i in range(start) if words[i] in ";:" or words[i] in ends), default=-1) + 1
    close = next((i for i in range(start, len(words)) if words[i] in ";:" or words[i] in ends), len(words))
    for at in range(clause, start):
        if words[at] not in negations:
            continue
        near = words[at + 1:min(at + 4, start)]
        if not fit.isdisjoint(near) or near[:1] in (["for"], ["to"], ["für"]) and not fit.isdisjoint(words[start:close]):
            return True
    return False
