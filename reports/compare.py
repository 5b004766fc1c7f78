"""Exports of a comparison (scoring.compare): the ranking, each proposal's section scores, gaps, flags and
unreviewed drafts, the price each offer states ("not stated" where none), and the answers that differ side by side,
as Markdown and XLSX (compare_docs.py: PDF and Word); each returns bytes.
Proposals are named in full once, in a key, and by their short key (A, B ...) where a column or a line
is too narrow for a name of 120 characters. Every piece of user text is escaped or neutralised."""
from __future__ import annotations

import io

from openpyxl import Workbook

from questions.wording import many
from scoring.compare import DRAFT_MARK, Comparison  # noqa: F401 - DRAFT_MARK: the exports' own name too
from scoring.scorecard import whole

from . import common as c
from .md import esc
from .xlsx import _sheet



def answer_said(comp: Comparison, difference, name: str) -> str:
    """A proposal's answer to a question that differs, marked when it is a draft nobody reviewed."""
    draft = difference.drafts.get(name, False)
    return f"{difference.answers[name]} {DRAFT_MARK}" if draft else difference.answers[name]


def key_rows(comp: Comparison) -> list[list[object]]:
    """Key, rank, proposal in full, whose evaluation, overall, the price, minimum term, cost over the term, the
    pilot, the priced options and what is not included it states, label gaps, risk flags, unreviewed drafts: best first."""
    return [[comp.keys[n], rank, c.name(n), comp.whose(n), whole(comp.overall[n]), comp.price(n), comp.term(n),
             comp.cost(n), comp.pilot(n), comp.priced_options(n), comp.not_included(n), len(comp.gaps[n]), len(comp.flags[n]), comp.unreviewed.get(n, 0)]
            for rank, n in enumerate(comp.ranking, 1)]


RANKING_HEAD = ["Key", "Rank", "Proposal", "Evaluated by", "Overall /100", "Price stated", "Minimum term",
                "Cost over the term", "Pilot offered", "Priced options", "Not included", "Label gaps", "Risk flags", "Unreviewed drafts"]


def _section_rows(comp: Comparison) -> list[list[object]]:
    overall = ["Overall (weighted)", "", *(whole(comp.overall[n]) for n in comp.proposals)]
    return [overall, *([s.title, f"{s.weight:g}", *(whole(s.scores[n]) for n in comp.proposals)]
                       for s in comp.sections)]


def _titles(comp: Comparison) -> dict[str, str]:
    return {s.id: s.title for s in comp.sections}


# --- Markdown ---------------------------------------------------------------------------------

def _md_table(head: list[object], rows: list[list[object]]) -> list[str]:
    lines = ["| " + " | ".join(esc(h) for h in head) + " |", "|" + "---|" * len(head)]
    return lines + ["| " + " | ".join(esc(cell) for cell in row) + " |" for row in rows] + [""]


def _md_gaps(comp: Comparison, name: str) -> list[str]:
    out = [f"### {esc(comp.keys[name])}. {esc(c.name(name))}", ""]
    gaps, flags = comp.gaps[name], comp.flags[name]
    for g in gaps:
        out += [f"- **Gap: {esc(g.label_name)}:** {esc(g.missing)}", f"  - **Ask:** {esc(g.follow_up)}"]
    for f in flags:
        out += [f"- **Flag ({esc(f.severity)}): {esc(f.title)}.**", f"  - **Ask:** {esc(f.follow_up)}"]
    return out + (["No label gaps, no risk flags."] if not gaps and not flags else []) + [""]


def _md_differences(comp: Comparison) -> list[str]:
    out = [f"## Where the substance differs ({many(len(comp.differences), 'question')})", ""]
    if not comp.differences:
        return out + ["The proposals answer every question alike.", ""]
    titles = _titles(comp)
    for d in comp.differences:
        out += [f"### {esc(titles.get(d.section, d.section))}: {esc(d.prompt)}", ""]
        out += _md_table(["Key", "Proposal", "Answer"],
                         [[comp.keys[n], c.name(n), answer_said(comp, d, n)] for n in comp.proposals])
    return out


def _md_drafts(comp: Comparison) -> list[str]:
    waiting = [f"{comp.keys[n]}. {c.name(n)}: {many(k, 'drafted answer')}" for n, k in comp.unreviewed.items() if k]
    if not waiting:
        return []
    return ["**The ranking rests partly on drafted answers nobody has reviewed** (marked "
            f"{esc(DRAFT_MARK)} below): {esc('; '.join(waiting))}.", ""]


def to_markdown(comp: Comparison) -> bytes:
    out = [f"# Comparison of {len(comp.proposals)} proposals", "",
           f"**{esc(comp.lead())}**", "", f"> {esc(comp.stability.text)}", "", *_md_drafts(comp),
           "## Ranking", "", *_md_table(RANKING_HEAD, key_rows(comp)),
           "## Section scores", "", "Columns by key; the ranking above names each proposal in full.", "",
           *_md_table(["Section", "Weight", *(comp.keys[n] for n in comp.proposals)], _section_rows(comp)),
           "## Gaps and flags of each proposal", ""]
    for name in comp.ranking:
        out += _md_gaps(comp, name)
    out += _md_differences(comp)
    if comp.contract_rows():  # one row a term: what each offer's documents state of it (scoring/contract_terms.py)
        out += ["## Contract terms", "", *_md_table(["Term", *(comp.keys[n] for n in comp.proposals)],
                                                    comp.contract_rows())]
    return "\n".join(out).encode("utf-8")


# --- XLSX -------------------------------------------------------------------------------------

def _gap_rows(comp: Comparison) -> list[list[object]]:
    titles = _titles(comp)
    rows = [[comp.keys[n], c.name(n), "gap", g.label_name, titles.get(g.section, g.section), g.missing, g.follow_up]
            for n in comp.ranking for g in comp.gaps[n]]
    return rows + [[comp.keys[n], c.name(n), f"flag ({f.severity})", f.title, "", f.reason, f.follow_up]
                   for n in comp.ranking for f in comp.flags[n]]


def _answer_rows(comp: Comparison) -> list[list[object]]:
    titles = _titles(comp)
    return [[titles.get(d.section, d.section), d.prompt, *(answer_said(comp, d, n) for n in comp.proposals)]
            for d in comp.differences]


def to_xlsx(comp: Comparison) -> bytes:
    wb = Workbook()
    wb.remove(wb.active)
    keys = [f"{comp.keys[n]}. {c.name(n)}" for n in comp.proposals]  # led by the key: never read as a formula
    _sheet(wb, "Ranking", RANKING_HEAD, key_rows(comp), [6, 6, 60, 30, 12, 50, 12, 50, 60, 60, 60, 10, 10, 16])
    _sheet(wb, "Section scores", ["Section", "Weight", *keys], _section_rows(comp), [44, 8, *[8] * len(keys)])
    _sheet(wb, "Gaps and flags", ["Key", "Proposal", "Kind", "Label or flag", "Section", "Missing or why",
                                  "Ask the vendor"], _gap_rows(comp), [6, 40, 12, 28, 28, 60, 60])
    _sheet(wb, "Answers side by side", ["Section", "Question", *keys], _answer_rows(comp),
           [28, 44, *[40] * len(keys)])
    if comp.contract_rows():  # a sheet only where an offer states a term
        _sheet(wb, "Contract terms", ["Term", *keys], comp.contract_rows(), [28, *[50] * len(keys)])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
