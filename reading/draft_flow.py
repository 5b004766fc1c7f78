"""A link's direction told by its grammar, in any language drafting.yaml `integrations: flow` lists words of: the word
of movement right before a system's name says where the data comes from or goes ("the orders come from the ERP", "as
ordens vêm do ERP", "die Aufträge kommen aus dem ERP": read from it; "as pesagens entram no ERP", "les alarmes vont au
MES": written to it), and a system that is the subject of a verb of receiving or sending is where the data lands or
where it starts ("le MES reçoit les alarmes", "das ERP erhält die Messwerte": written to; "the ERP sends us the orders",
"o ERP envia as ordens": read from), where the name opens its clause. The phrase lists of `directions` read a
sentence's words wherever they stand, so a reply in another word order or language was read the wrong way round."""
from __future__ import annotations

from dataclasses import dataclass

from .phrases import PhraseSet

FROM, TO, BOTH = "from_system", "to_system", "both"
_OPEN, _CLOSE = "(", ")"
_STOPS = frozenset({";", ".", ":", "!", "?"})  # a clause's end: no subject reaches a verb over it


@dataclass(frozen=True)
class Flow:
    """drafting.yaml `integrations: flow`, compiled."""
    sources: tuple[tuple[str, ...], ...]  # words right before a system the data comes from ("from", "aus dem", "do")
    targets: tuple[tuple[str, ...], ...]  # ... it goes to ("into", "in das", "no", "au")
    skip: frozenset[str]  # articles and possessives between such a word and the name ("your", "dem", "o")
    receives: PhraseSet  # verbs whose subject is where the data lands ("receives", "reçoit", "erhält")
    sends: PhraseSet  # ... where it starts ("sends", "envia", "liefert")
    between: int  # at most this many words between a subject's name (its brackets aside) and its verb
    opens: frozenset[str]  # words after which a clause opens ("and", "und", "et"): a name after one may be its subject
    routes: tuple[tuple[str, ...], ...] = ()  # right after a name that opens its clause: a route from it ("LIMS to X")
    relatives: frozenset[str] = frozenset()  # after a name and a word of movement: a clause on it ("SAP, from which")

    @classmethod
    def of(cls, data: dict) -> Flow:
        words = lambda key: tuple(tuple(str(w).lower().split()) for w in data.get(key, []))
        return cls(words("from"), words("to"), frozenset(str(w).lower() for w in data.get("skip", [])),
                   PhraseSet.of(data.get("receives", []), "receives"), PhraseSet.of(data.get("sends", []), "sends"),
                   int(data.get("between", 0)), frozenset(str(w).lower() for w in data.get("opens", [])),
                   words("routes"), frozenset(str(w).lower() for w in data.get("relatives", [])))

    def direction(self, words: list[str], spans: list[tuple[int, int]]) -> str | None:
        """The direction the grammar around the system named at `spans` ((start, end) in `words`) tells: read from
        it, written to it, both where its names tell both, or None where none tells any."""
        if not spans:
            return None
        verbs = [(s, e, TO) for s, e, _ in self.receives.find(words)] + [(s, e, FROM) for s, e, _ in self.sends.find(words)]
        said = {d for d in (self._one(words, start, end, verbs) for start, end in _whole(spans)) if d}
        return BOTH if said == {FROM, TO} else next(iter(said), None)

    def _one(self, words: list[str], start: int, end: int, verbs: list[tuple[int, int, str]]) -> str | None:
        before = self._before(words, start)
        if before or not self._opens(words, start):
            return before  # a name inside a clause ("integrates with your ERP to receive orders") is no subject
        if any(tuple(words[end:end + len(p)]) == p for p in self.routes):
            return FROM  # "Direction: LIMS to ClearLine only", "(MES to ClearLine)": a route told from the name on
        return self._relative(words, end) or self._subject(words, end, verbs)

    def _relative(self, words: list[str], end: int) -> str | None:
        """The direction a relative clause right after the name says by its word of movement ("SAP S/4HANA, from
        which we receive the orders", "SAP S/4HANA, da cui riceviamo gli ordini": read from it; "the MES, to which
        we write ...": written to it)."""
        at = end + (end < len(words) and words[end] == ",")
        for way, phrases in ((FROM, self.sources), (TO, self.targets)):
            for p in phrases:
                if tuple(words[at:at + len(p)]) == p and at + len(p) < len(words) and words[at + len(p)] in self.relatives:
                    return way
        return None

    def _before(self, words: list[str], start: int) -> str | None:
        """The direction the word of movement right before the name says, past the articles between."""
        at = start
        while True:
            for way, phrases in ((FROM, self.sources), (TO, self.targets)):
                if any(at >= len(p) and tuple(words[at - len(p):at]) == p for p in phrases):
                    return way
            if at == 0 or words[at - 1] not in self.skip:
                return None
            at -= 1

    def _opens(self, words: list[str], start: int) -> bool:
        """Whether the name, past its articles, opens its clause: the text's start, a mark or one of `opens` before it."""
        at = start
        while at and words[at - 1] in self.skip:
            at -= 1
        return at == 0 or not words[at - 1][:1].isalnum() or words[at - 1] in self.opens

    def _subject(self, words: list[str], end: int, verbs: list[tuple[int, int, str]]) -> str | None:
        """The direction a verb of receiving or sending after the name says, the name its subject: the verb within
        `between` words of it, a bracket after the name ("the LIMS (LabWare) sends") not counted, no clause's end
        between."""
        at, count, depth = end, 0, 0
        starts = {s: d for s, _e, d in verbs}
        while at < len(words) and count <= self.between:
            word = words[at]
            if depth == 0 and at in starts:
                return starts[at]
            if word in _STOPS:
                return None
            depth += (word == _OPEN) - (word == _CLOSE)
            count += depth == 0 and word != _CLOSE
            at += 1
        return None


def _whole(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Names found one right after another read as one name ("SAP" and "S/4HANA" of "SAP S/4HANA, from which ...")."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and out[-1][1] == start:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out
