"""A measure as a reply states it, put in the order the drafter reads a KPI in ("baseline 14.2 g, target 6 g";
reading/kpi_*.py): vendors answering the question on the KPI often name the value before the word for it
("14.2 g as baseline, 6 g as target") or give today's value with no word at all, then the target ("mis-weighs at
release: 1.9% of batches in your release sheet, target below 0.3% by ..."). The words: questions/rounds.yaml `measure`.
"""
from __future__ import annotations

import re

from questions.bank_models import MeasureRules

from .reply_measure_rows import row_of
from .reply_phrases import Phrases, key_runs
from .signal_patterns import may_hold
from .word_regex import alternation

# a figure with what it counts: not a year, not a port or a number in a name ("line 2": no unit after it)
_DIGIT = re.compile(r"\d")  # every figure has one: most sentences need no closer look
_TO = re.compile(r"\sto\s", re.I)  # what `from_to` needs ("from 4.1% to 2.5%"): most lines hold no " to "
_YEAR_20 = re.compile(r"20\d\d")  # what the year a value is due by needs (Measures.due)
_FIGURE = r"(?<![\w.,/+-])(?!(?:19|20)\d\d\b)\d[\d,.]*\s?(?:%|[^\W\d_][^\s,;:()]*)"


class Measures:
    """`stated(text, on_topic)`: the sentence with its values put after the words for them."""

    def __init__(self, rules: MeasureRules):
        self.topic = rules.topic
        roles = {word: role for role, words in rules.roles.items() for word in words}
        self.after = re.compile(rf"({_FIGURE})\s+({alternation(roles)})\b", re.I) if roles else None
        self.after_in = may_hold(list(roles))  # most sentences name no value's word: the pattern is not tried
        self.role_of = {word.lower(): role for word, role in roles.items()}
        self.target = re.compile(rf"\b(?:{alternation(rules.target)})\b", re.I) if rules.target else None
        # a target of none said in a word ("target zero between March and December 2027"): the figure 0
        self.zero = re.compile(rf"(\b(?:{alternation(rules.target)}):?\s+)zero\b", re.I) if rules.target else None
        self.today = re.compile(rf"\b(?:{alternation(rules.today)})\b", re.I) if rules.today else None
        self.bounded = re.compile(rf"\b(?:{alternation(rules.bounds)})\s*$", re.I) if rules.bounds else None  # "below 0,5 %"
        self.baseline = rules.baseline
        self.target_word = rules.target[0] if rules.target else ""
        self.bare = re.compile(rf"(?<!\bof ){_BARE}(?=\s+(?:{alternation(rules.bare)})\b|\s*[(,;]|\s*\.?\s*$)", re.I) if rules.bare else None
        # (not the whole after "of": "23 of 180 builds" counts 23 builds)
        self.rate = re.compile(rf"\b(?:{alternation(rules.rates)})\b", re.I) if rules.rates else None
        bounds = rf"(?P<bound>(?:{alternation(rules.bounds)})\s+)?" if rules.bounds else r"(?P<bound>)"
        self.from_to = re.compile(rf"(?:\bfrom\s+)?(?P<a>{_BARE})\s?(?P<unit>%|[^\W\d_][\w/-]*)(?P<mid>{_NO_FIGURE}*?)"
                                  rf"\s+to\s+{bounds}(?P<b>{_BARE})\s?(?P=unit)(?![\w-])", re.I)
        # ... and both bare, the unit said in the measure's name before them, a year they are due by right after ("mill hrs
        # per 1,000 gal from 2.4 (Jan-Sep 2026, your batch records) to 1.9 by 9/30/2027")
        self.from_bare = re.compile(rf"\bfrom\s+(?P<a>{_BARE})(?P<mid>\s*\([^()]*\))?\s+to\s+{bounds}(?P<b>{_BARE})"
                                    rf"(?=\s+(?:{alternation(rules.due)})\s)", re.I) if rules.due else None
        helpers = rf"(?:[ \t]*,?[ \t]+(?:{alternation(rules.helpers)})\b)*" if rules.helpers else ""
        # the verb's "to" before a figure or a bound ("down to under 80", "fall to below 60"), or the bound alone
        self.moves_in = may_hold(rules.moves)  # most lines name no verb of movement: `moves` is not tried
        self.moves = re.compile(rf"{helpers}[ \t]*,?[ \t]+(?:{alternation(rules.moves)})[ \t]+(?:to[ \t]+(?=\d)|(?:to[ \t]+)?(?=(?:{alternation(rules.bounds)})"
                                rf"[ \t]+\d))", re.I) if rules.moves else None
        self.then = re.compile(rf"[ \t]*[,;][ \t]+(?=(?:{alternation(rules.then)})[ \t]+\d)", re.I) if rules.then else None
        # a year the moved value is due by, soon after it ("... to 2.5% by june 2027")
        self.due = re.compile(rf"[^.;]{{0,25}}?\b(?:{alternation(rules.due)})\s[^.;]{{0,25}}?\b20\d\d\b", re.I) if rules.due else None
        self.ceiling = re.compile(rf"(?<![\w.])(?:{alternation(rules.ceiling)})\s*(?=\d)", re.I) if rules.ceiling else None

    def due_in(self, lower: str) -> bool:
        """Whether a lower-case sentence moves a value from today's to another in the same unit by a year ("from 4.1% in
        2025 to 2.5% by june 2027"): a KPI's baseline and target, whatever words name the measure."""
        if self.due is None or "from" not in lower or not _YEAR_20.search(lower):  # most sentences: no value moved by a
            return False  # year (`due` ends at one)
        moved = self.from_to.search(lower)
        return bool(moved and lower.startswith("from", max(0, moved.start())) and self.due.match(lower, moved.end()))

    def stated(self, text: str, topics: set[str]) -> str:
        if self.after is not None and _DIGIT.search(text) and self.after_in(text):  # "14.2 g as baseline" -> "baseline 14.2 g"
            text = self.after.sub(lambda m: f"{self.role_of[m.group(2).lower()]} {m.group(1)}", text)
        if self.topic not in topics or self.target is None or not self.baseline:
            return text
        text = self.ceiling.sub("at most ", text) if self.ceiling else text  # "target maximum 10" -> "target at most 10"
        text = _FISCAL.sub(r"\1 ", _SIGN.sub(lambda m: _SIGNS[m.group(1)], text)) if _SIGNED.search(text) else text
        text = self._counted(self.zero.sub(r"\g<1>0", text))
        marked = text if self.target.search(text) or not _TO.search(text) else self.from_to.sub(self._baseline_target, text, count=1)
        if marked != text:  # "61 CIPs in 2025 (stop log) to at most 20 CIPs ...": both values now said
            return marked
        bare = self.from_bare.search(text) if self.from_bare is not None and "from" in text.lower() else None
        if bare and not self.target.search(text) and _DUE_YEAR.match(text, bare.end()):
            named = _NAMED_UNIT.search(text, 0, bare.start())  # "hrs per 1,000 gal": each value's unit
            unit = f" {named.group(1)}" if named else ""
            return f"{text[:bare.start()]}{self.baseline} {bare.group('a')}{unit}{bare.group('mid') or ''}, " \
                   f"{self.target_word} {bare.group('bound') or ''}{bare.group('b')}{unit}{text[bare.end():]}"
        return self._today_first(_TARGET_IN.sub(r"\g<1>by", self._moved(text)))

    def _moved(self, text: str) -> str:
        """A target said by a verb of movement after today's figure, with no word for the target ("7.4 l/t in 2026
        down to 6.5 l/t" -> "7.4 l/t in 2026, target 6.5 l/t"), or by its bound alone after a comma ("14 in 2025, at
        most 4 in 2027" -> "14 in 2025, target at most 4 in 2027"); unchanged where a target word is said or no figure
        comes before."""
        said = self.target.search(text)
        # what each needs, looked for first: a verb of movement's word, a comma or a semicolon
        maybe = (self.moves if self.moves is not None and self.moves_in(text) else None, self.then if "," in text or ";" in text else None)
        found = None if said else next((f for p in maybe if p is not None and (f := p.search(text))), None)
        if found is None or not re.search(_FIGURE, text[:found.start()]):
            return text
        return f"{text[:found.start()]}, {self.target_word} {text[found.end():]}"

    def _baseline_target(self, m: re.Match) -> str:
        unit = m.group("unit")
        return f"{self.baseline} {m.group('a')} {unit}{m.group('mid')}, {self.target_word} {m.group('bound') or ''}{m.group('b')} {unit}"

    def _counted(self, text: str) -> str:
        """A count named before its figures, said again after each bare one after its name ("Unplanned CIPs on P1: 61
        in 2025, target 20 in 2027" -> "... 61 CIPs in 2025, target 20 CIPs in 2027"); a name in the label ("line 2")
        is no figure of it. Unchanged where no plural names the count or the label names a rate."""
        item = _ITEM.match(text)
        noun = next((m for m in _PLURAL.finditer(text, item.end() if item else 0) if m.group().lower() not in _NO_COUNT), None)
        if self.bare is None or noun is None:
            return text
        label = _LABEL_END.search(text, noun.end())
        if label is None or (self.rate and self.rate.search(text[noun.end():label.start()])):
            return text
        rest = self.bare.sub(lambda m: f"{m.group()} {noun.group()}", text[label.end():])
        return text[:label.end()] + rest

    def _today_first(self, text: str) -> str:
        """The first figure before the target's, in a sentence that says which value is the target but not which
        is today's, read as today's ("1.9% of batches ..., target below 0.3%" -> "baseline 1.9% of batches ...")."""
        target = self.target.search(text)
        if target is None:
            return text
        before = text[:target.start()]
        item = _ITEM.match(before)  # "6. KPI is ...": the item's own number is no figure
        label = _LABEL_COLON.search(before)  # "On your question 7, the KPI: 212 ...": a number in the label is none
        figure = re.compile(_FIGURE).search(before, label.end() if label else item.end() if item else 0)
        if figure is None or (self.today and self.today.search(before[:figure.start()])) or \
                (self.bounded and self.bounded.search(before, max(0, figure.start() - 16), figure.start())):
            return text  # today's said in words, or the figure is a bound: the target's ("fall below 0,5 %")
        return f"{text[:figure.start()]}{self.baseline} {text[figure.start():]}"


# a bound written as a sign ("to < 40 h", "from 35% to > 80%") as its words; a fiscal year ("in FY2025") as a year
_SIGNS = {"<": "under ", "<=": "at most ", "\u2264": "at most ", ">": "over ", ">=": "at least ", "\u2265": "at least "}
_SIGN = re.compile(r"(?<![<>=\w-])(<=|>=|[<>\u2264\u2265])[ \t]?(?=\d)")
_FISCAL = re.compile(r"\b(FY)(?=(?:19|20)\d\d\b)", re.I)
_SIGNED = re.compile(r"[<>\u2264\u2265]|\bFY(?:19|20)\d\d\b", re.I)  # what the two need: most sentences hold neither
_BARE = r"(?<![\w.,/+-])(?!(?:19|20)\d\d\b)\d(?:[\d,.]*\d)?(?![.,]?\d)"  # a figure that is no year, whole ("2,300")
_NO_FIGURE = r"(?:[^\d;]|(?<![\w.,])(?:19|20)\d\d(?!\d))"  # words, or a year, between a value and the next
# the unit a measure's name ends on, right before its bare values: a count per an amount ("hrs per 1,000 gal") or a
# ratio ("kg/t")
_NAMED_UNIT = re.compile(r"((?<![\w/])[^\W\d_][\w.]*\s+per\s+(?:\d[\d,.]*\s+)?[^\W\d_][\w.]*|(?<![\w/])[^\W\d_]+/[^\W\d_]+)\s+$")
_DUE_YEAR = re.compile(r"\s+\w+\s+[\w./ -]{0,16}?(?<!\d)20\d\d\b")  # "by 9/30/2027", "by 31.12.2027", "by end of 2027"
_PLURAL = re.compile(r"\b[A-Za-z][\w-]*[A-Za-z](?<![siu])s\b")  # "CIPs", "batches"; not "process", "bus", "this"
_NO_COUNT = frozenset({"does", "goes", "was", "has", "kpis"})
# where the measure's name ends: "...: 61", "..., 412", "tear-offs on line 2 (212 in 2025 ...)"
_LABEL_END = re.compile(r"\s*[:,]\s+|\s+[-\u2013]\s+|\s+\((?=\d)")
_LABEL_COLON = re.compile(r"^[^:\d]*(?:\d[^:\d]*)?:\s")  # a label up to its colon, holding at most one number
_ITEM = re.compile(r"\W*\d{1,2}[.)]\s+(?=[^\W\d_])")  # a list item's number before its first word

# the target's year said with "in", as a deadline ("11 stops in 2025 to 4 stops in 2027": by 2027); the value's
# period before "to" is today's and stays ("11 stops in 2025")
_TARGET_IN = re.compile(r"(\bto\s+(?:below\s+|under\s+)?\d[\d,.]*\s?(?:%|[^\W\d_][^\s,;:()]*)?\s+)in"
                        r"(?=\s+(?:(?:the\s+)?end\s+of\s+)?(?:(?:19|20)\d\d\b|q[1-4]\b))", re.I)


class Measured:
    """How a KPI will be measured, said with no value of it: a measure compared with a period before the start ("we will
    measure rejected stacks per week against the 12 weeks before go-live"), or its baseline measured in a period ("the
    baseline we will measure together in the pilot"). Such a sentence is on the KPI's topic and names the measure where
    words before the period name one ("rejected stacks per week", not "the improvements"); the period's length is no
    value of the measure (questions/rounds.yaml measure `compared` ...). A table's row of a measure, its values in cells
    ("| Batches written off | batches/month | 7 | 3 |"), names the measure and its figures however its cells are read."""

    def __init__(self, rules: MeasureRules, plain: list[str] = ()):
        self.topic = rules.topic
        self.before, self.periods, self.amounts = frozenset(rules.before), frozenset(rules.periods), frozenset(rules.amounts)
        self.compared = re.compile(rf"(?<![\w-])(?:{alternation(rules.compared)})(?![\w-])") if rules.compared else None
        # most sentences compare nothing: the pattern tried only where its phrases' runs of letters are the sentence's
        self.comparing = Phrases(self.compared, key_runs(list(rules.compared))) if self.compared else None
        # the baseline measured in a period ("the baseline we will measure in the first month after installation")
        self.during = re.compile(rf"(?<![\w-])(?:{alternation(rules.during)})(?![\w-])") if rules.during and rules.baseline else None
        self.baseline = rules.baseline.lower()
        self.unnamed = frozenset(w.lower() for w in [*plain, *rules.measuring, *rules.unnamed])

    def periods_in(self, lower: str) -> list[tuple[int, int]]:
        """Each comparison with a period before the start or a past one, and each period the baseline is measured in, as
        (start, end) in `lower`."""
        out = []
        at = lower.find(self.baseline) if self.during and self.baseline else -1
        found = [(m, True) for m in self.compared.finditer(lower)] if self.comparing and self.comparing.may(lower) else []
        found += [(m, False) for m in self.during.finditer(lower, at)] if at >= 0 else []
        for m, compares in found:  # a comparison needs a past period or one before the start, a baseline's any period
            words = list(_WORD.finditer(lower, m.end()))[:_PERIOD_WORDS]
            last = next((i for i, w in enumerate(words) if w.group() in self.periods or _YEAR.fullmatch(w.group())), None)
            if last is None or self._amount(words, last):
                continue
            if not compares or any(w.group() in self.before for w in words[:last + 2]):
                out.append((m.start(), words[min(last + 1, len(words) - 1)].end()))
        return sorted(out)

    def _amount(self, words: list, last: int) -> bool:
        """Whether the period is an amount of data, not a period to compare with: "against the last 3 months of data"
        (a model checked on them), not "compared to the same months of 2025"."""
        after = [w.group() for w in words[last + 1:last + 3]]
        return len(after) == 2 and after[0] in self.amounts and not _YEAR.fullmatch(after[1])

    def kinds(self, named: frozenset[str], lower: str, substance) -> tuple[frozenset[str], str]:
        """What a sentence comparing a measure with a period names on the KPI: the measure (data) where it is named,
        a number only where one is said outside the period; and the sentence without its periods, for its figures."""
        if "|" in lower and row_of(lower):  # a table's row of a measure, its figures in cells (reply_measure_rows.py)
            return named | _ROW, lower
        spans = self.periods_in(lower)
        if not spans:
            return named, lower
        rest = "".join(lower[a:b] for a, b in zip([0, *(e for _, e in spans)], [*(s for s, _ in spans), len(lower)]))
        said = {w.group() for w in _WORD.finditer(lower[:spans[0][0]])} - self.unnamed
        out = set(named) | ({"data"} if any(not w.isdigit() for w in said) else set())
        if not any(s.kind == "number" and s.term.lower() in rest for s in substance):
            out.discard("number")
        return frozenset(out), rest


_ROW = frozenset({"data", "number"})  # what a row of measures names: the measure and its figures
_PERIOD_WORDS = 8  # "against the average of the last quarter before go-live": the period within these words
_WORD = re.compile(r"[^\W_][\w'-]*")
_YEAR = re.compile(r"(?:19|20)\d\d")
