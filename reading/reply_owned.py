"""The words around an owning verb (reading/reply_systems.py asks them): what an owner owns, the owner before the verb,
or the owner after "owned by". What is owned runs on over a list of things, each after a comma ("Vantora owns the edge
gateway, the Kepware OPC UA connection to the PLC and the Fiix REST integration": the Fiix link too), not over a clause
that says more of them ("..., including monitoring and updates")."""
from __future__ import annotations

import re

OBJECT_WORDS = 8  # what an owner owns is said in the words right after "owns" ("owns the SAP side of the IDoc")
CLAUSE = re.compile(r"[,;:.()]")  # where the words an owner owns end
_PERSON = re.compile(r"\s*(\w+\.?)\s+[^()]{2,30}?(?=\))")  # a title and a name in brackets, up to the closing one
# where an owner's words end: not at an initial's stop ("Herr T. Maier")
_OWNER_END = re.compile(r"[,;:()]|(?<![\s(][^\W\d_])\.")
_NAMED = re.compile(r"\s*(\w+)\.?\s+[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*)?(?=\s*(?:[,;:()]|\.|$))")  # ", Mr Rossi"
_RELATIVE = re.compile(r"\b(?:which|that|whom)\b")
_SUBJECT_START = re.compile(r"[,;:.()]|\b(?:which|that|whom|who|and|while|whereas|where)\b")  # where a subject starts
# a list's next item after a comma: a thing named with its article or whose it is ("the", "your"), the last after "and"
_ITEM = re.compile(r",\s*(?:and\s+)?(?:the|a|an|our|your|its|their)\s+[^,;:.()]+")


def owned(lower: str, m: re.Match, agent: bool | str) -> tuple[str, bool]:
    """What an owner owns: the words after "owns" up to the clause's end (and the list of things it runs on in), all said
    before "owned by", or, where nothing follows "owns", the clause a relative one hangs on ("... the QM notification
    interface, which your SAP team owns"); and whether it was described before its owner (then its format or way says
    it is a link). `agent`: the owner is named after the owning words ("owned by", "the responsibility of")."""
    if agent:  # and what a fronted owning phrase holds ("verantwortlich für die schnittstelle ist")
        return lower[:m.start()] + (agent if isinstance(agent, str) else ""), True
    rest = lower[m.end():]
    end = CLAUSE.search(rest)
    things = " ".join((rest[:end.start()] if end else rest).split()[:OBJECT_WORDS])
    relative = None if things else list(_RELATIVE.finditer(lower, 0, m.start()))
    if relative:
        before = lower[:relative[-1].start()].rstrip(" ,")
        return before[max(before.rfind(c) for c in ",;:.()") + 1:], True
    return " ".join([things, *_listed(rest, end)]), False


def _listed(rest: str, end: re.Match | None) -> list[str]:
    """The items of a list that go on after the first thing owned, each its first words."""
    out, at = [], end.start() if end and end.group() == "," else -1
    while at >= 0 and (item := _ITEM.match(rest, at)):
        out.append(" ".join(item.group().lstrip(", ").split()[:OBJECT_WORDS]))
        at = item.end() if rest.startswith(",", item.end()) else -1
    return out


def before(lower: str, m: re.Match) -> tuple[int, int]:
    """The span of the words before an owning verb in its clause: its subject, with the holder in brackets after it
    ("your IT team (Mike Dunn) owns ...": the team, its holder named)."""
    said = lower[:m.start()].rstrip()
    held = said.rfind("(") if said.endswith(")") else -1
    starts = [b.end() for b in _SUBJECT_START.finditer(lower, 0, held if held > 0 else m.start())]
    return (starts[-1] if starts else 0), m.start()


def after(lower: str, m: re.Match, persons: frozenset[str] = frozenset(), besides: re.Pattern | None = None) -> tuple[int, int]:
    """The span of the words after "owned by" up to the clause's end, or up to who helps it (`besides`: "... con il
    nostro supporto"): who owns it, and the titled person a bracket right after names ("owned by your IT (Mr Weber)",
    "verantwortlich ist Ihre IT (Herr Weber)")."""
    end = _OWNER_END.search(lower, m.end())
    helped = besides.search(lower, m.end(), end.start() if end else len(lower)) if besides else None
    if helped:
        return m.end(), helped.start()
    person = _PERSON.match(lower, end.end()) if end and end.group() == "(" else None
    if person and person.group(1).rstrip(".") in persons:
        return m.end(), person.end()
    named = _NAMED.match(lower, end.end()) if end and end.group() == "," else None
    if named and named.group(1) in persons:  # "Owner: IT, Mr Rossi": the department, then who in it
        return m.end(), named.end()
    return m.end(), (end.start() if end else len(lower))


def labelled_name(text: str, lower: str, at: tuple[int, int], words: list[re.Match]) -> str:
    """A person's untitled name right after an owner's label, in any language ("osoba odpowiedzialna: Paweł
    Zieliński, kierownik projektu", "verantwoordelijk: Anna de Vries"): two or three words, the first and last
    capitalised; a label's words alone say it is who owns."""
    if not lower[:at[0]].rstrip().endswith(":") or not 2 <= len(words) <= 3:
        return ""
    first, last = text[words[0].start()], text[words[-1].start()]
    return text[words[0].start():words[-1].end()] if first.isupper() and last.isupper() else ""
