"""Suggest, for each question, the proposal sentences that answer it, quoted.

Nothing is filled in here: the app shows the suggestions and the buyer accepts, edits or
rejects each one. Which sentences fit which question is data (questions/prefill.yaml).
"""
from __future__ import annotations

import re
from functools import lru_cache
from bisect import bisect_right
from dataclasses import dataclass, field

from questions.loader import load_drafting, load_letter_lines
from questions.loader import load_prefill as prefill_rules
from proposals.tables import SEPARATOR
from questions.models import QuestionBank

from .draft_signatory import signatory
from .draft_rules import rules_for
from .fees import fees
from .kpi_offered import offered_measures
from .reply_cadence import attributes_only
from .signal_patterns import trie_pattern
from .text import Reading
from .word_regex import alternation

FREQUENCY = "frequency"  # words.yaml's kind of how often something happens
SAMPLING = "sampling"  # ... and of how often a reading is taken
ROLE = "role"  # ... and of who does something
CUES = "cues"  # in prefill.yaml `ranked`, where a sentence carrying one of the question's cues ranks


@dataclass(slots=True)
class Suggestion:
    question: str
    quote: str
    evidence: str  # vendor_claim, or specific when the sentence carries substance
    why: str
    choices: list[str] = field(default_factory=list)  # options the sentence names
    rank: int = 0  # in a `ranked` question, the best place of a kind (or a cue) the sentence carries (else 0)


def _words(words: list[str], not_before: list[str] = ()) -> re.Pattern:
    """Any of the words, whole, in lower-cased text: one trie, and no IGNORECASE, whose matching
    compares letter by letter where a plain pattern skips on each alternative's first letter.
    A word followed by one of `not_before` is the first word of that name, not itself; a word after a hyphen
    is the end of a compound ("energy-saving measures", "cost-saving"), not itself."""
    after = r"(?![\s-]+(?:" + trie_pattern(sorted({w.lower() for w in not_before})) + r")(?!\w))" if not_before else ""
    return re.compile(r"(?<![\w-])(?:" + trie_pattern(sorted({w.lower() for w in words})) + r")(?!\w)" + after)


def _unless(pattern: re.Pattern, next_words: list[str]) -> re.Pattern:
    """`pattern`, but not where one of `next_words` follows the cue as written, punctuation too ("availability,
    performance": OEE's factor, no availability committed; prefill.yaml `unless_next`)."""
    if not next_words:
        return pattern
    return re.compile(pattern.pattern + r"(?!" + "|".join(re.escape(w.lower()) for w in next_words) + ")")


# a cue that is a bare item of a bracketed list (no figure in the rest of the list): a name of what a thing shows or
# holds, no level stated ("Tableaux de bord temps réel (TRS, disponibilité, cadence, arrêts)": walk80's dashboards
# answered what availability the vendor commits to); "(disponibilité 99,5 %, ...)" states one
_LISTED = r"(?!(?:(?<=\()|(?<=, ))[^()\d\n,;:]*(?:\)|,[^()\d\n]*\)))"


def _unlisted(pattern: re.Pattern, listed: bool) -> re.Pattern:
    """`pattern`, but not where its cue is a bare item of a bracketed list (prefill.yaml `unless_listed`)."""
    return re.compile(_LISTED + pattern.pattern) if listed else pattern


def _interval(bank: QuestionBank):
    """Whether a lower-cased sentence tells how often a reading is taken or sent: an interval ("every 60 seconds", "alle
    5 Minuten") and a verb of taking or sending data (words.yaml intervals), as a sampling rate's name tells it."""
    said = bank.words.intervals
    if not (said.leads and said.units and said.acts):
        return None
    interval = re.compile(rf"(?<!\w)(?:{trie_pattern(sorted({w.lower() for w in said.leads}))}) \d[\d.,]* ?"
                          rf"(?:{trie_pattern(sorted({w.lower() for w in said.units}))})(?!\w)")
    acts = _words(said.acts)
    return lambda lower: interval.search(lower) is not None and acts.search(lower) is not None


def _upkept(bank: QuestionBank):
    """Whether every frequency a sentence names times an act of upkeep on the system, at most `reach` words from it in
    one clause ("updates the models monthly", "monthly model updates"): how often it is kept (words.yaml upkept)."""
    said = bank.words.upkept
    if not said.acts:
        return None
    acts = frozenset(a.lower() for a in said.acts)

    def upkept(sentence, lower: str) -> bool:
        for s in sentence.substance:
            if s.kind != FREQUENCY:
                continue
            at = lower.find(s.term.lower())
            if at < 0:
                return False
            before = _CLAUSE.split(lower[:at])[-1].split()[-said.reach:]
            after = _CLAUSE.split(lower[at + len(s.term):])[0].split()[:said.reach]
            if acts.isdisjoint(before + after):
                return False
        return True
    return upkept


_CLAUSE = re.compile(r"[,;:.()!?]")  # a clause ends at one
_FIGURE = r"\d[\d.,]*"


_NUMBERED = re.compile(r"^\d+(?:\.\d+)*\.?\s+")  # a heading's number: "2. What your maintenance team gets"
_ENDS = ".!?;:,"  # a sentence's or a label's end: no heading ends so


def _letter_line(spec: dict):
    """Whether a sentence is a letter's own line (prefill.yaml `letter_lines`): an address, salutation or closing by its
    opening, or a heading or signature by its shape (few words, no sentence's end, no label's colon, no bullet)."""
    openings = sorted({" ".join(str(o).lower().split()) for o in spec.get("openings", [])}, key=len, reverse=True)
    opens = re.compile(rf"^(?:{'|'.join(map(re.escape, openings))})(?!\w)") if openings else None
    most = int(spec.get("heading_words", 0))

    def letter_line(text: str) -> bool:
        line = " ".join(text.split())
        if opens and opens.match(line.lower()) or signatory(line):  # "Responsabile Service, Automazioni S.r.l."
            return True
        line = _NUMBERED.sub("", line)
        return (0 < len(line.split()) <= most and line[:1].isalpha() and line[-1:] not in _ENDS
                and ":" not in line)
    return letter_line


@lru_cache(maxsize=1)
def _salutation() -> re.Pattern:
    words = sorted({" ".join(str(o).lower().split()) for o in load_letter_lines().get("salutations", [])}, key=len,
                   reverse=True)
    return re.compile(rf"^(?:{'|'.join(map(re.escape, words))})(?!\w)" if words else r"(?!)")


@lru_cache(maxsize=1)
def _inner_salutation() -> re.Pattern:
    """A salutation further in, as capitalised as a letter writes it, before a capitalised name and its comma."""
    lines = load_letter_lines()
    words = {" ".join(str(o).split()) for o in lines.get("salutations", [])} - set(map(str, lines.get("inner_not", [])))
    said = "|".join(re.escape(w[:1].upper() + w[1:]) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\s(?:{said})\s+[A-ZÀ-Ý][\w.'’-]*(?:\s+[\w.'’-]+){{0,3}},") if said else re.compile(r"(?!)")


def greets(text: str) -> bool:
    """Whether a sentence opens on a salutation (prefill.yaml letter_lines salutations: "Spett.le Direzione Tecnica,
    in risposta ...", "Dear Ms Weber, ..."), or holds one a letter's subject line was run into ("Oggetto: Offerta ...
    Gentile Ing. Ferrari, facendo seguito ...", walk74): the letter's greeting, which backs no answer."""
    return bool(_salutation().match(" ".join(text.split()).lower()) or _inner_salutation().search(text))


def _listed(every: list[str]):
    """Whether each role a sentence names is one item of a list quantified item by item ("learning from every machine,
    every operator and every batch": drafting.yaml users `every`), a thing the system covers, no user named."""
    words = alternation(every)
    quantified = re.compile(rf"(?<!\w)(?:{words})\s+(?=\w)") if words else None

    def listed(sentence, lower: str) -> bool:
        if quantified is None:
            return False
        items = [m.end() for m in quantified.finditer(lower)]
        roles = [s.term.lower() for s in sentence.substance if s.kind == ROLE]
        return len(items) > 1 and all(any(lower.startswith(term, at) for at in items) for term in roles)
    return listed


def _with_changes(pattern: re.Pattern, spec: dict | None) -> re.Pattern:
    """`pattern` that also finds a figure's change told as its value before and after (prefill.yaml `changes`: "from
    1.9 MWh/t today to 1.6 MWh/t", "from 14 h/month to below 8 h/month"). A word must stand between the first figure and
    "to": "from 2 to 5 days" is a range, no change; so is a day's hours ("from 7:00 to 19:00")."""
    if not spec:
        return pattern
    before, after = (trie_pattern(sorted(w.lower() for w in spec[k])) for k in ("from", "to"))
    bounds = trie_pattern(sorted(w.lower() for w in spec.get("bounds", [])))
    figure = rf"{_FIGURE}(?![\d.,:])"  # whole, and no clock time: "from 7:00 to 19:00" is the hours of a day
    change = (rf"(?<![\w-])(?:{before})\s+{figure}\s*[^\s\d][^\n]{{0,{int(spec.get('between', 30))}}}?\s(?:{after})"
              rf"\s+(?:(?:{bounds})\s+)?{figure}")
    return re.compile(pattern.pattern + "|" + change)


def _lowered(text: str) -> tuple[str, str]:
    """(text, its lower case) of the same length, so a cue found in one is quoted from the other; rare Unicode
    whose lower case changes length is lowered letter by letter and quoted so."""
    lower = text.lower()
    if len(lower) == len(text):
        return text, lower
    lower = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    return lower, lower


def _first_cues(pattern: re.Pattern, texts: list[tuple[str, str]]) -> dict[int, tuple[int, int]]:
    """Index in `texts` -> (start, end) of its first cue: one pass over the texts joined by line breaks
    (no cue holds one), not a search per sentence, whose own cost was most of the suggestions' time."""
    starts, at = [], 0
    for _, lower in texts:
        starts.append(at)
        at += len(lower) + 1
    found: dict[int, tuple[int, int]] = {}
    for match in pattern.finditer("\n".join(lower for _, lower in texts)):
        i = bisect_right(starts, match.start()) - 1
        if i not in found:
            found[i] = (match.start() - starts[i], match.end() - starts[i])
    return found


_ROW_CELLS, _AMOUNT_WORDS = 3, 4  # a headerless row's cells at least, an amount's cell's words at most ("8.400,00 EUR / anno")


def _price_row(text: str, lower: str) -> bool:
    """A row of a price or quantity table that quotes an amount ("Pos: 4; Codice: NIR-M40; Q.ta': 2; Prezzo unitario:
    12.500,00 EUR", in any file's table: reading/fees.py), or a row of one read without its header, cells joined ("OPZ;
    SAP-B1; connettore SAP Business One; 1; a corpo; 7.200,00 EUR": proposals/tables.py), one a bare amount; not money
    the plant saves or loses ("Downtime cost: EUR 250,000 a year": the problem's)."""
    sheet, cells = fees(), text.split(SEPARATOR)
    bare = len(cells) >= _ROW_CELLS and any(len(c.split()) <= _AMOUNT_WORDS and sheet.amount.search(c) for c in cells)
    return (bare or sheet.priced(text)) and not sheet.not_fees.search(lower)


class Prefiller:
    def __init__(self, bank: QuestionBank, rules: dict | None = None):
        rules = rules or prefill_rules()
        questions = bank.questions()
        unknown = set(rules) - set(questions)
        if unknown:
            raise ValueError(f"prefill.yaml names unknown question(s): {', '.join(sorted(unknown))}")
        self.kind_names = {k: v.name for k, v in bank.words.substance.items()} | {"number": "number with unit"}
        self.interval = _interval(bank) if SAMPLING in self.kind_names else None
        self.upkept = _upkept(bank)  # "updates the models monthly": how often it is kept, no frequency of work
        lines = load_letter_lines()  # "To: maintenance manager", a heading: its role reads or writes the letter
        self.letter_kinds, self.letter_line = frozenset(lines.get("kinds", [])), _letter_line(lines)
        self.listed = _listed(load_drafting()["users"].get("every", []))  # "every machine, every operator": no user
        self.kpi = bank.key_questions.kpi if bank.key_questions.kpi in rules else None  # its measures offered too
        self.bank = bank
        self.rules = []
        self.needs: dict[str, frozenset[str]] = {}  # a question's sentence must also carry one of these kinds
        self.ranked: dict[str, list[str]] = {}  # a question whose kinds rank its sentences, best first
        # the questions a price table's row may answer (`priced_rows`): a price is no problem, data or workflow, and a
        # price list uploaded first would fill their suggestions ahead of the offer's own sentences (walk67)
        self.priced_rows = frozenset(qid for qid, rule in rules.items() if rule.get("priced_rows"))
        for qid, rule in rules.items():
            cues = rule.get("cues", [])
            options = [(c.id, _words([c.name.split(" (")[0], c.id.replace("_", " ")]))
                       for c in questions[qid].choices if c.id not in ("other", "none", "unclear")]
            naming = [w for kind in rule.get("not_naming", []) for w in bank.words.substance[kind].words]
            pattern = _with_changes(_unlisted(_unless(_words(cues, naming), rule.get("unless_next", [])),
                                              rule.get("unless_listed", False)), rule.get("changes")) if cues else None
            self.rules.append((qid, set(rule.get("kinds", [])), pattern, options))
            self.needs[qid] = frozenset(rule.get("needs", []))
            if rule.get("ranked"):  # its kinds and cues in the order they answer it: a protocol's sentence before a rate's
                self.ranked[qid] = list(rule["ranked"])
            if self.needs[qid] - set(self.kind_names):
                raise ValueError(f"prefill.yaml: {qid} needs unknown kind(s): {', '.join(sorted(self.needs[qid] - set(self.kind_names)))}")

    def suggest(self, reading: Reading, limit: int = 5, selling: frozenset[str] = frozenset()) -> dict[str, list[Suggestion]]:
        """question id -> up to `limit` suggested quotes, substance sentences first. `selling`: the texts of sentences
        drafting reads as selling ("Our customers typically see up to 30% OEE improvement"), which at most quote the
        vendor's claim, however many figures they hold."""
        out: dict[str, list[Suggestion]] = {}
        seen: set[tuple[str, str]] = set()  # (question, sentence): a repeated sentence is suggested once
        lowered = {text: _lowered(text) for text in dict.fromkeys(s.text for s in reading.sentences)}  # each line once
        texts = list(lowered.values())  # a line said again is searched once: a cue is its text's own
        cues = [_first_cues(pattern, texts) if pattern else {} for _, _, pattern, _ in self.rules]
        at = {text: i for i, text in enumerate(lowered)}
        done: set[tuple[str, frozenset[str]]] = set()  # (text, kinds) suggested as far as it may be
        cued: set[tuple[str, str]] = set()  # (question, sentence) suggested for a cue of the question
        asked: set[tuple[str, tuple]] = set()  # (text, substance): a line said again reads as it did, so gives nothing new
        for sentence in reading.sentences:
            if (sentence.text, tuple(sentence.substance)) in asked:
                continue
            asked.add((sentence.text, tuple(sentence.substance)))
            text, lower = lowered[sentence.text]
            kinds = frozenset(s.kind for s in sentence.substance)
            if FREQUENCY in kinds and (attributes_only(sentence, lower)  # "a weekly report": that report's, no rate
                                       or (self.upkept and self.upkept(sentence, lower))):  # "updated monthly": upkeep's
                kinds -= {FREQUENCY}
            if self.interval and self.interval(lower):  # "reads it every 60 seconds", "letta ogni 30 secondi"
                kinds |= {SAMPLING}
            if kinds & self.letter_kinds and self.letter_line(text):  # "Dear Plant Manager,": no user named
                kinds -= self.letter_kinds
            if ROLE in kinds and self.listed(sentence, lower):
                kinds -= {ROLE}
            if (sentence.text, kinds) in done or greets(text):  # each (question, sentence) it could give is in `seen`
                continue
            done.add((sentence.text, kinds))
            i, same = at[sentence.text], " ".join(lower.split()).casefold()
            priced = _price_row(text, lower)
            for (qid, wanted, _pattern, options), found in zip(self.rules, cues):
                hits = sorted(wanted & kinds)
                cue = found.get(i)
                if (not hits and not cue) or (qid, same) in seen or (self.needs[qid] and self.needs[qid].isdisjoint(kinds)) \
                        or (priced and qid not in self.priced_rows):
                    continue
                seen.add((qid, same))
                why = "names a " + " and a ".join(self.kind_names.get(h, h) for h in hits) if hits else f"mentions '{text[cue[0]:cue[1]]}'"
                evidence = "specific" if sentence.kind == "substance" and sentence.text not in selling else "vendor_claim"
                chosen = [cid for cid, rx in options if rx.search(lower)]
                order = self.ranked.get(qid, ())
                rank = min((order.index(k) for k in [*hits, *([CUES] if cue else [])] if k in order), default=len(order))
                out.setdefault(qid, []).append(Suggestion(qid, sentence.text, evidence, why, chosen, rank))
                if cue:
                    cued.add((qid, sentence.text))
        if self.kpi:  # each further measure stated (a KPI table's rows, a sentence's second change): the buyer may pick it
            offered = [Suggestion(self.kpi, quote, "specific" if s.kind == "substance" and s.text not in selling
                                  else "vendor_claim", f"states a measure: {m.metric}")
                       for s, quote, m in offered_measures(reading.sentences, rules_for(self.bank))]
            if offered:
                out[self.kpi] = offered + [s for s in out.get(self.kpi, []) if s.quote not in {o.quote for o in offered}]
                cued.update((self.kpi, o.quote) for o in offered)
        for qid, items in out.items():
            # stable: substance first, of it (in a `ranked` question) one carrying its first kind, then a sentence that also
            # names the question's cue ("14 unplanned stops a quarter": the plant's problem) before one that only carries
            # its kind (a datasheet's "1 TB SSD"), then text order
            items.sort(key=lambda s: (s.evidence != "specific", s.rank, (qid, s.quote) not in cued))
            if qid in self.ranked:  # a kind it does not rank answers it only where none it ranks does
                items[:] = [s for s in items if s.rank < len(self.ranked[qid])] or items
            del items[limit:]
        return out
