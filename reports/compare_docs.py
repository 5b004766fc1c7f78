"""A comparison (scoring.compare) as PDF and Word, from the blocks the Markdown export says: the ranking with each
offer's stated price, the section scores, each proposal's gaps and flags, and the answers that differ. One list
of blocks feeds both builders, so the PDF and the Word file never say different things; the PDF is reports.pdf's
page and the Word file python-docx, as the follow-up letter's (reports/letter_round.py)."""
from __future__ import annotations

import io
from dataclasses import dataclass

from questions.wording import many
from scoring.compare import Comparison

from . import common as c
from .compare import DRAFT_MARK, RANKING_HEAD, _section_rows, answer_said, key_rows


@dataclass(frozen=True)
class Block:
    kind: str  # "title", "heading", "subheading", "para", "item" or "table"
    text: str = ""
    rows: tuple[tuple[str, ...], ...] = ()  # a table's rows, its head first


def blocks(comp: Comparison) -> list[Block]:
    """The comparison, top to bottom, as every document format lays it out."""
    out = [Block("title", f"Comparison of {len(comp.proposals)} proposals"), Block("para", comp.lead()),
           Block("para", comp.stability.text), *_drafts(comp),
           Block("heading", "Ranking"), *_ranking(comp),
           Block("heading", "Section scores"), Block("para", "Columns by key; the ranking above names each in full."),
           _table(["Section", "Weight", *(comp.keys[n] for n in comp.proposals)], _section_rows(comp)),
           Block("heading", "Gaps and flags of each proposal")]
    for name in comp.ranking:
        out += _gaps(comp, name)
    out.append(Block("heading", f"Where the substance differs ({many(len(comp.differences), 'question')})"))
    titles = {s.id: s.title for s in comp.sections}
    for d in comp.differences:
        out.append(Block("subheading", f"{titles.get(d.section, d.section)}: {d.prompt}"))
        out += [Block("item", f"{comp.keys[n]}. {c.name(n)}: {answer_said(comp, d, n)}") for n in comp.proposals]
    return out if comp.differences else out + [Block("para", "The proposals answer every question alike.")]


OFFERED = ("Price stated", "Minimum term", "Cost over the term", "Pilot offered")  # a table of their own: beside
# eight columns a page's width cut their words
EXTRAS = ("Priced options", "Not included")  # lists too long for a cell: said under the tables, offer by offer


def _ranking(comp: Comparison) -> list[Block]:
    """The ranking, then what each offer states of its price and pilot, by key: two tables a page's width holds."""
    rows = key_rows(comp)
    apart = [RANKING_HEAD.index(head) for head in OFFERED]
    extras = [RANKING_HEAD.index(head) for head in EXTRAS]
    ranked = [[cell for i, cell in enumerate(row) if i not in apart + extras] for row in [RANKING_HEAD, *rows]]
    offered = [["Key", *OFFERED], *([row[0], *(row[i] for i in apart)] for row in rows)]
    return [_table(ranked[0], ranked[1:]), Block("subheading", "What each offer states of its price, term and pilot"),
            _table(offered[0], offered[1:]), Block("subheading", "What each offer sells as options and leaves out"),
            *(Block("item", f"{row[0]}. {head}: {row[i]}") for row in rows for head, i in zip(EXTRAS, extras))]


def _table(head: list[object], rows: list[list[object]]) -> Block:
    return Block("table", rows=tuple(tuple(c.one_line(cell) for cell in row) for row in [head, *rows]))


def _drafts(comp: Comparison) -> list[Block]:
    waiting = [f"{comp.keys[n]}. {c.name(n)}: {many(k, 'drafted answer')}" for n, k in comp.unreviewed.items() if k]
    if not waiting:
        return []
    return [Block("para", f"The ranking rests partly on drafted answers nobody has reviewed (marked {DRAFT_MARK} "
                          f"below): {'; '.join(waiting)}.")]


def _gaps(comp: Comparison, name: str) -> list[Block]:
    out = [Block("subheading", f"{comp.keys[name]}. {c.name(name)}")]
    out += [Block("item", f"Gap: {g.label_name}: {g.missing}. Ask: {g.follow_up}") for g in comp.gaps[name]]
    out += [Block("item", f"Flag ({f.severity}): {f.title}. Ask: {f.follow_up}") for f in comp.flags[name]]
    return out if len(out) > 1 else out + [Block("para", "No label gaps, no risk flags.")]


# --- PDF --------------------------------------------------------------------------------------

def to_pdf(comp: Comparison) -> bytes:
    from .pdf import GREY, HEAD, INK, ReportPDF
    title = f"Comparison of {len(comp.proposals)} proposals"
    pdf = ReportPDF(title)
    pdf.set_title(title)
    pdf.set_creator("Winnow")
    pdf.add_page()
    for block in blocks(comp):
        if block.kind == "title":
            pdf.para(block.text, 15, "B")
        elif block.kind == "heading":
            pdf.heading(block.text)
        elif block.kind == "subheading":
            pdf.ln(1.5)
            pdf.para(block.text, 10, "B", INK)
        elif block.kind == "table":
            pdf.font(8)
            with pdf.table(headings_style=HEAD, line_height=4.2, text_align="LEFT",
                           col_widths=word_widths(pdf, block.rows)) as table:
                for row in block.rows:
                    table.row(row)
        else:
            pdf.para(("- " if block.kind == "item" else "") + block.text, 9, colour=INK if block.kind == "para" else GREY,
                     indent=4 if block.kind == "item" else 0)
        pdf.ln(1)
    pdf.number_pages()
    return bytes(pdf.output())


WORD_PAD = 3.0  # mm beside a cell's longest word: the cell's padding and the bold of a head


def word_widths(pdf, rows: tuple[tuple[str, ...], ...]) -> tuple[float, ...]:
    """Each column at least as wide as its longest word, so a cell wraps at spaces ("Monitorización" whole, walk 64's
    PDF broke it "Monitorizació n"), the page's width left over shared by how much more each column's text needs;
    where the longest words alone overfill the page, all narrowed alike."""
    def width(text: str, head: bool) -> float:
        pdf.set_font(style="B" if head else "")  # the head row is bold (HEAD)
        return pdf.get_string_width(text) + WORD_PAD
    columns = range(len(rows[0]))
    least = [max((width(word, i == 0) for i, row in enumerate(rows) for word in row[j].split()), default=WORD_PAD)
             for j in columns]
    wanted = [max(max((width(row[j], i == 0) for i, row in enumerate(rows)), default=0.0), least[j]) for j in columns]
    pdf.set_font(style="")
    spare, more = pdf.epw - sum(least), sum(w - m for w, m in zip(wanted, least))
    if spare <= 0:
        return tuple(m * pdf.epw / sum(least) for m in least)
    share = min(1.0, spare / more) if more else 0.0
    widths = [m + (w - m) * share for w, m in zip(wanted, least)]
    return tuple(w * pdf.epw / sum(widths) for w in widths)  # the table the page's width


# --- Word -------------------------------------------------------------------------------------

def to_docx(comp: Comparison) -> bytes:
    from docx import Document as Docx
    doc = Docx()
    doc.core_properties.title = f"Comparison of {len(comp.proposals)} proposals"
    doc.core_properties.author = doc.core_properties.last_modified_by = "Winnow"  # not python-docx's default
    doc.core_properties.comments = ""
    levels = {"title": 0, "heading": 1, "subheading": 2}
    for block in blocks(comp):
        if block.kind in levels:
            doc.add_heading(c.one_line(block.text), level=levels[block.kind])
        elif block.kind == "table":
            table = doc.add_table(rows=0, cols=len(block.rows[0]), style="Table Grid")
            for row in block.rows:
                for cell, text in zip(table.add_row().cells, row):
                    cell.text = text
        else:
            # one line, no control character: Word's XML refuses one where a typed answer could hold it
            doc.add_paragraph(c.one_line(block.text), style="List Bullet" if block.kind == "item" else None)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
