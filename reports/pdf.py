"""The PDF report (fpdf2): title block, verdict, score bars, scope, gaps, flags, first phase, answers."""
from __future__ import annotations

from collections.abc import Callable

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace

from plaintext.chars import HIDDEN
from questions.models import Evaluation
from scoring.scorecard import OFFERED_PILOT, Scorecard

from . import common as c
from . import pdf_rounds
from . import style as theme  # not `style`: fpdf's font style is a parameter here
from .pdf_fonts import fit_text, unicode_font_files

BLUE, INK, GREY, PALE = (theme.rgb(colour) for colour in (theme.BLUE, theme.INK, theme.GREY, theme.PALE))
SEVERITY = {severity: theme.rgb(colour) for severity, colour in theme.SEVERITY.items()}
HEAD = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=BLUE)
NEXT = {"new_x": XPos.LMARGIN, "new_y": YPos.NEXT}
KEY_WIDTH = 33
CLIP_TRIM = " ,;:-\u00b7"  # what a clipped line ends without before its ellipsis
# fpdf2 lays out about 40,000 characters a second: a file full of quotes must not take minutes.
QUOTES_SHOWN, QUOTE_CHARS = 12, 1_000  # per answer; the HTML and JSON exports hold every quote in full


class ReportPDF(FPDF):
    """An A4 page with a running footer; all text is fitted to the font in use."""

    def __init__(self, running_title: str, footer: str = "Winnow proposal evaluation",
                 page_of: Callable[[int, int], str] = lambda n, total: f"Page {n} of {total}"):
        super().__init__(format="A4")
        self.running_title, self.footer_words, self.page_of = running_title, footer, page_of  # a letter's in its language
        files = unicode_font_files()
        for style, path in (files or {}).items():
            self.add_font("DejaVu", style, str(path))
        self.family = "DejaVu" if files else "helvetica"
        self.alias_nb_pages(None)  # a typed "{nb}" stays text; number_pages() writes the totals
        self.set_margins(16, 16, 16)
        self.set_auto_page_break(True, margin=18)

    def normalize_text(self, text: str) -> str:
        text = HIDDEN.sub("", text)  # no glyph, and U+202E would reorder nothing here but show as a box
        if self.is_ttf_font:
            cmap = self.current_font.cmap
            return super().normalize_text(fit_text(text, lambda ch: ord(ch) in cmap))
        return super().normalize_text(fit_text(text, lambda ch: ord(ch) < 256))

    def font(self, size: float = 9.5, style: str = "", colour=INK) -> None:
        self.set_font(self.family, style, size)
        self.set_text_color(*colour)

    def number_pages(self) -> None:
        """Draw every page's footer once the page count is known (no alias, so "Page n of N" aligns right)."""
        self.set_auto_page_break(False)
        for number in range(1, self.pages_count + 1):
            self.page = number
            self._forget_page_state()
            self._footer(number, self.pages_count)

    def _forget_page_state(self) -> None:
        """Make the footer name its font and colours again on a page drawn on after the document ends.
        fpdf2 writes a font or colour only when it differs from the one it last wrote, and that was on the last
        page: on an earlier page the footer's text then ran in the font that page ended with (another subset's
        glyph numbers: garbled) and at its size (running into the page number)."""
        self.current_font_is_set_on_page = False
        self.draw_color = self.fill_color = None
        self.line_width = -1.0

    def _footer(self, number: int, total: int) -> None:
        self.set_y(-12)
        self.font(7.5, colour=GREY)
        self.set_draw_color(200, 205, 215)
        self.set_fill_color(255, 255, 255)
        self.set_line_width(0.2)
        self.line(self.l_margin, self.get_y() - 1, self.w - self.r_margin, self.get_y() - 1)
        title_w = self.epw * 0.75
        # the cell pads its text by c_margin on each side: clip to what is left, so the title never meets the number
        self.cell(title_w, 5, self.clip(f"{self.footer_words} \u00b7 {self.running_title}", title_w - 2 * self.c_margin))
        self.cell(0, 5, self.page_of(number, total), align="R")

    # --- building blocks ---------------------------------------------------------------

    def heading(self, text: str) -> None:
        if self.get_y() > self.h - 50:
            self.add_page()
        self.ln(4)
        self.font(13, "B", BLUE)
        self.cell(0, 8, text, **NEXT)
        self.set_draw_color(*BLUE)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(2.5)

    def para(self, text: str, size: float = 9.5, style: str = "", colour=INK, indent: float = 0) -> None:
        self.font(size, style, colour)
        self.set_x(self.l_margin + indent)
        self.multi_cell(0, size * 0.5, text, align="L", **NEXT)

    def pair(self, key: str, value: str, key_width: float = KEY_WIDTH, indent: float = 0) -> None:
        self.font(9.5, "B", GREY)
        self.set_x(self.l_margin + indent)
        self.cell(key_width, 4.75, key)
        self.font(9.5)
        self.multi_cell(0, 4.75, value, align="L", **NEXT)
        self.ln(0.8)

    def clip(self, text: str, width: float) -> str:
        """The text cut at a word's end with an ellipsis so it fits `width` in the current font (within a word
        only when its first word alone is too wide)."""
        whole = c.one_line(text)
        if self.get_string_width(whole) <= width:
            return whole
        text = whole
        while text and self.get_string_width(text + "...") > width:
            text = text[:-1]
        if " " in text.strip() and not whole[len(text)].isspace():
            text = text.rstrip().rsplit(" ", 1)[0]
        return text.rstrip(CLIP_TRIM) + "..."

    def tag(self, text: str, colour) -> None:
        self.font(7.5, "B", (255, 255, 255))
        self.set_fill_color(*colour)
        self.cell(self.get_string_width(text) + 4, 5, text, fill=True, align="C")
        self.cell(2, 5, "")


def _title_block(pdf: ReportPDF, evaluation: Evaluation, card: Scorecard) -> None:
    pdf.font(8, "B", GREY)
    pdf.cell(0, 5, "WINNOW \u00b7 PROPOSAL EVALUATION", **NEXT)
    pdf.para(c.name(card.proposal), 20, "B", INK)
    pdf.ln(1.5)
    facts = c.meta(evaluation, card)[1:]
    for line in (facts[:2], facts[2:]):
        pdf.para("   |   ".join(f"{k}: {c.one_line(v)}" for k, v in line), 9, colour=GREY)
    for k, v in c.price_rows(evaluation) + c.terms_rows(evaluation) + c.drafted_rows(evaluation):
        pdf.para(f"{k}: {v}", 9, colour=GREY)
    pdf.ln(3)


def _verdict(pdf: ReportPDF, card: Scorecard) -> None:
    """A pale band: the overall score in a blue box on the left, the verdict beside it."""
    top, box, text_w = pdf.get_y(), 34, pdf.epw - 40
    pdf.font(9.5)
    height = max(22, 5 * len(pdf.multi_cell(text_w, 5, card.verdict, dry_run=True, output="LINES")) + 10)
    for colour, width in ((PALE, pdf.epw), (BLUE, box)):
        pdf.set_fill_color(*colour)
        pdf.rect(pdf.l_margin, top, width, height, style="F")
    pdf.set_xy(pdf.l_margin, top + height / 2 - 7)
    pdf.font(22, "B", (255, 255, 255))
    pdf.cell(box, 10, str(c.whole(card.overall)), align="C", **NEXT)
    pdf.font(8, "", (255, 255, 255))
    pdf.cell(box, 4, "out of 100", align="C")
    pdf.set_xy(pdf.l_margin + box + 4, top + 4)
    pdf.font(9.5, "B", BLUE)
    pdf.cell(text_w, 5, "Verdict", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.font(9.5)
    pdf.multi_cell(text_w, 5, card.verdict, align="L", **NEXT)
    pdf.set_y(top + height + 2)


def _scores(pdf: ReportPDF, card: Scorecard) -> None:
    pdf.heading("Scores by section")
    title_w, bar_w = 72, 62
    for s in card.sections:
        y = pdf.get_y()
        pdf.font(9)
        pdf.cell(title_w, 6.5, pdf.clip(s.title, title_w - 3))
        pdf.set_fill_color(232, 235, 241)
        pdf.rect(pdf.get_x(), y + 1.3, bar_w, 4, style="F")
        pdf.set_fill_color(*theme.rgb(theme.score_colour(s.score)))
        pdf.rect(pdf.get_x(), y + 1.3, max(0.0, min(100.0, s.score)) * bar_w / 100, 4, style="F")
        pdf.cell(bar_w + 2, 6.5, "")
        pdf.font(9, "B")
        pdf.cell(10, 6.5, str(c.whole(s.score)), align="R")
        pdf.font(8, colour=GREY)
        pdf.cell(0, 6.5, f"{s.answered}/{s.questions} answered", align="R", **NEXT)


def _scope(pdf: ReportPDF, card: Scorecard) -> None:
    pdf.heading("Claimed vs delivered scope")
    for key, value in c.scope_rows(card):
        pdf.pair(key, value)


def _gaps(pdf: ReportPDF, card: Scorecard) -> None:
    pdf.heading(f"Label gaps ({len(card.gaps)})")
    if not card.gaps:
        pdf.para(card.no_gaps_said())
    for i, gap in enumerate(card.gaps, 1):
        pdf.para(f"{i}. {gap.label_name}: {gap.missing}", 10, "B")
        pdf.para(gap.reason, indent=5)
        pdf.ln(0.8)
        pdf.pair("Why it matters", gap.why, indent=5)
        pdf.pair("Ask the vendor", gap.follow_up, indent=5)
        pdf.ln(1.5)


def _flags(pdf: ReportPDF, card: Scorecard) -> None:
    pdf.heading(f"Risk flags ({len(card.flags)})")
    if not card.flags:
        pdf.para("No risk flags.")
    for flag in c.flags_by_severity(card):
        pdf.tag(flag.severity.upper(), SEVERITY.get(flag.severity, GREY))
        pdf.font(10, "B")
        pdf.multi_cell(0, 5, flag.title, align="L", **NEXT)
        pdf.para(flag.reason, indent=5)
        pdf.ln(0.8)
        pdf.pair("Ask the vendor", flag.follow_up, indent=5)
        pdf.ln(1.5)


def _fit_and_tech(pdf: ReportPDF, card: Scorecard) -> None:
    fit = card.problem_fit
    pdf.heading("Problem fit")
    for key, value in [("Status", c.FIT_NAMES.get(fit.status, fit.status)), ("Problems", ", ".join(fit.problems) or "none named"),
                       ("KPI", fit.kpi or "none"), ("Reason", fit.reason)]:
        pdf.pair(key, value)
    pdf.heading("The nine technologies")
    pdf.font(8.5)
    pdf.set_draw_color(200, 205, 215)
    pdf.set_fill_color(255, 255, 255)
    with pdf.table(col_widths=(55, 16, 16, 91), line_height=4.6, borders_layout="HORIZONTAL_LINES", text_align="LEFT",
                   headings_style=HEAD, padding=1.2, cell_fill_color=PALE, cell_fill_mode="ROWS") as table:
        table.row(["Technology", "Claimed", "Backed", "Backed when"])
        for t in card.technologies:
            table.row([t.name, "yes" if t.claimed else "-", "yes" if t.backed else "-", t.backing])


def _first_phase(pdf: ReportPDF, card: Scorecard) -> None:
    phase = card.first_phase
    pdf.heading("Recommended first phase")
    for key, value in phase.rows():
        pdf.pair(key, value)
    if phase.offered:
        pdf.para(f"{OFFERED_PILOT}:", style="B")
        for quote in phase.offered:
            pdf.para(f"- {quote}", indent=4)
    if phase.questions:
        pdf.para("Settle before the pilot:", style="B")
        for i, q in enumerate(phase.questions, 1):
            pdf.para(f"{i}. {q}", indent=4)
    if card.proposal_reading is not None:
        pdf.heading("Proposal text reading")
        rows = c.reading_rows(card)
        pdf.font(9.5, "B", GREY)  # the keys' column as wide as its widest key: none runs into its value
        width = max(45, *(pdf.get_string_width(key) + 4 for key, _ in rows))
        for key, value in rows:
            pdf.pair(key, value, width)


def _answer(pdf: ReportPDF, a, evaluation=None) -> None:
    if pdf.get_y() > pdf.h - 45:
        pdf.add_page()
    top = pdf.get_y()
    pdf.font(9.5, "B", BLUE)
    pdf.set_x(pdf.w - pdf.r_margin - 22)
    pdf.cell(22, 5, c.score_text(a.points, a.max_points), align="R")
    pdf.set_xy(pdf.l_margin, top)
    pdf.font(9.5, "B")
    pdf.multi_cell(pdf.epw - 24, 5, a.prompt, align="L", **NEXT)
    pdf.para(f"{a.question}  \u00b7  {c.evidence_said(evaluation, a)}  \u00b7  Answer: {a.said}", 8.5, colour=GREY)
    for reason in a.reasons:
        pdf.para(f"- {reason}", 8.5, indent=4)
    for quote, source in c.cited(a)[:QUOTES_SHOWN]:
        pdf.para(c.quoted(c.clipped(quote, QUOTE_CHARS), source), 8.5, "I", GREY, indent=8)
    if len(a.quotes) > QUOTES_SHOWN:
        more = len(a.quotes) - QUOTES_SHOWN
        pdf.para(f"... and {more:,} more quoted sentence{'s' if more != 1 else ''}, in the HTML and JSON exports",
                 8.5, "I", GREY, indent=8)
    pdf.ln(2.5)


def _answers(pdf: ReportPDF, card: Scorecard, evaluation=None) -> None:
    pdf.add_page()
    pdf.heading("Answers question by question")
    for title, answers in c.answers_by_section(card):
        if pdf.get_y() > pdf.h - 55:
            pdf.add_page()
        pdf.ln(1)
        pdf.para(title, 11, "B", BLUE)
        pdf.ln(1)
        for answer in answers:
            _answer(pdf, answer, evaluation)


def _rounds(pdf: ReportPDF, evaluation: Evaluation, card: Scorecard) -> None:
    pdf_rounds.draw(pdf, evaluation, card)
    seen = c.record_lines(evaluation)
    if seen:
        pdf.heading("Evidence seen")
        for line in seen:
            pdf.para(f"- {line}", indent=2)


def to_pdf(evaluation: Evaluation, card: Scorecard) -> bytes:
    pdf = ReportPDF(c.name(card.proposal))  # clipped to the footer's width at a word, not at a count
    pdf.set_title(c.name(card.proposal))
    pdf.set_creator("Winnow")
    pdf.add_page()
    _title_block(pdf, evaluation, card)
    _verdict(pdf, card)
    for part in (_scores, _scope, _gaps, _flags, _fit_and_tech, _first_phase):
        part(pdf, card)
    _rounds(pdf, evaluation, card)
    _answers(pdf, card, evaluation)
    pdf.number_pages()
    return bytes(pdf.output())
