"""The measures a proposal states besides the one drafted as its KPI, offered to the buyer to pick ("Suggested from the
proposal" under the KPI question): each row of a KPI table ("Metric | Today | Target" over several rows) as its cells
read under the header ("Metric: Changeover time; Today: 45 min; Target: 30 min"), and each change a sentence tells after
its first, whatever its unit ("scrap from 4.1 % to 2.5 % and changeover from 45 to 30 minutes"), quoted as the sentence's
words before its first measure, an ellipsis and that change's clause ("we commit to bring … changeover from 45 to 30
minutes within six months"). Each quote reads alone as its measure (reading/quote_options.py measure_in), so accepting it
says that measure; the row drafting already took (kpi_pairing.table_measure) is not offered again."""
from __future__ import annotations

import re
from functools import lru_cache

from questions.models import Measure

from .draft_rules import DraftRules, draft_data
from .kpi_kinds import is_kind, moves_the_right_way
from .kpi_numbers import grammar, is_time
from .kpi_pairing import laid_out_measure, table_measure
from .kpi_sentence import read_change
from .kpi_source import committed, dated_result, elsewhere
from .kpi_table import cells, headed_lines, labelled_rows, table_lines
from .phrases import normalise, tokens
from .text import Sentence
from .word_regex import alternation

ELLIPSIS = "…"


def offered_measures(sentences: list[Sentence], rules: DraftRules) -> list[tuple[Sentence, str, Measure]]:
    """(the sentence it stands in, its quote, the measure) of each measure offered to pick, the table's rows first."""
    once = list(dict((s.text, s) for s in sentences).values())
    return _table_rows(sentences, rules) + [found for s in once for found in _further_changes(s, rules)] \
        + _other_sentences(once, rules)


def _other_sentences(sentences: list[Sentence], rules: DraftRules) -> list[tuple[Sentence, str, Measure]]:
    """Each change told in a sentence of its own after the first committed one, which drafting takes ("We guarantee
    scrap from 6 % to 3 %. Zudem sinkt die Rüstzeit von 45 auf 30 Minuten."): a second KPI of the offer's, quoted whole;
    never another plant's result nor one told of a year past."""
    changes = []
    for sentence in sentences:
        said = tokens(normalise(sentence.text))
        if len(_from_value().findall(sentence.text)) != 1 or elsewhere(sentence.text, said, rules) \
                or dated_result(said, rules):
            continue
        measure, firm = read_change(sentence.text, rules), committed(sentence.text, rules)
        if measure and measure.metric and (laid_out_measure(measure, firm, rules) or is_time(measure.unit)):
            changes.append((sentence, sentence.text, measure, firm))
    first = next((i for i, (*_said, firm) in enumerate(changes) if firm), None)
    return [] if first is None else [found[:3] for i, found in enumerate(changes) if i != first]


def _table_rows(sentences: list[Sentence], rules: DraftRules) -> list[tuple[Sentence, str, Measure]]:
    """Each measured row of the first KPI table (a pasted one under its header, or a PDF's or Word's row lines that name
    their cells) but the one drafted, quoted with its header's labels."""
    at = table_lines([s.text for s in sentences])
    if not at:
        return []
    lines, kind = [sentences[i].text for i in at], (lambda name: is_kind(name, rules))
    drafted = table_measure(sentences, rules)
    rows = {i: (row, _headed(lines[row.lines[0]], lines[i])) for i, row in headed_lines(lines, kind).items()} \
        or {row.lines[0]: (row, lines[row.lines[0]]) for row in labelled_rows(lines, kind)}
    out = []
    for i, (row, quote) in rows.items():
        measure = Measure(metric=row.metric, unit=row.unit, baseline=row.baseline, target=row.target)
        if drafted and drafted[0] == measure or not quote:
            continue
        if moves_the_right_way(measure, rules) and laid_out_measure(measure, row.firm, rules):
            out.append((sentences[at[i]], quote, measure))
    return out


def _headed(header: str, line: str) -> str:
    """A table's row as its cells read under the header's labels: "Metric: Changeover time; Today: 45 min; Target: 30
    min"; an empty cell left out."""
    pairs = [(h, c) for h, c in zip(cells(header), cells(line)) if h and c]
    return "; ".join(f"{h}: {c}" for h, c in pairs) if len(pairs) >= 3 else ""


def _further_changes(sentence: Sentence, rules: DraftRules) -> list[tuple[Sentence, str, Measure]]:
    """Each change a sentence tells after its first, each in its own clause ("..., and changeover from 45 to 30
    minutes"), that measures the plant (a kind of measure, a share, a rate or a time) and moves the right way, in a
    sentence that commits to them for this plant."""
    text = sentence.text
    starts = [m.start() for m in _from_value().finditer(text)]
    if len(starts) < 2:
        return []
    said = tokens(normalise(text))
    if not committed(text, rules) or elsewhere(text, said, rules):
        return []  # "FryVision fits lines from 2,000 to 20,000 pieces per hour", another plant's results: no offer's
    cuts = [0] + [_clause_start(text, a, b) for a, b in zip(starts, starts[1:])] + [len(text)]
    first = read_change(text[:cuts[1]], rules)
    if not first or not first.metric:
        return []
    named = text.lower().find(first.metric.lower().split()[0])
    head = _without_article(text[:named]) if 0 <= named < cuts[1] else ""
    out = []
    for start, end in zip(cuts[1:-1], cuts[2:]):
        joined = _join().match(text, start)  # the clause without its joining word
        clause = text[joined.end() if joined else start:end].strip(" ,;")
        quote = f"{head.rstrip()} {ELLIPSIS} {clause}".strip()
        measure = read_change(quote, rules)  # read with the words before ("reducir ... de 45 a 30 minutos")
        if measure and measure.metric and laid_out_measure(measure, True, rules):  # committed: any unit
            out.append((sentence, quote, measure))
    return out


def _without_article(head: str) -> str:
    """The words before the first measure without the article or possessive that was its own ("reducir el", "bring
    your"): drafting.yaml kpi.relative leading and kpi.grammar articles."""
    words = head.split()
    while words and words[-1].lower() in _leading():
        words.pop()
    return " ".join(words)


@lru_cache(maxsize=1)
def _leading() -> frozenset[str]:
    kpi = draft_data()["kpi"]
    return frozenset(map(str, [*kpi["relative"]["leading"], *kpi["grammar"]["articles"]]))


def _clause_start(text: str, after: int, before: int) -> int:
    """Where the clause holding the change at `before` starts: after the last comma, semicolon or joining word
    (drafting.yaml kpi.grammar joins) between the change at `after` and it, else right at its own "from"."""
    found = [m.start() for m in _join().finditer(text, after, before)]
    return found[-1] if found else before


@lru_cache(maxsize=1)
def _join() -> re.Pattern:
    words = alternation(draft_data()["kpi"]["grammar"]["joins"])
    return re.compile(rf"[,;]\s+(?:(?:{words})\s+)?|\s(?:{words})\s+", re.I)


@lru_cache(maxsize=1)
def _from_value() -> re.Pattern:
    """A change's "from" right before a value, in any language of drafting.yaml kpi.grammar: "from 4.1", "de 45"."""
    return re.compile(rf"\b(?:{grammar('from')}) (?:[^\W\d]+ )?\d", re.I)
