"""The vendor's answers to the buyer's questionnaire (walk80: a workbook of "N°, Question ESN, Réponse Nordmeca" rows
beside the offer): a document kind of its own, each row read with its question. The question is the buyer's words and
only names the topic; the answer is the vendor's, and only it drafts, is quoted and is asked about in a letter.

A row is a table row read by its headers (proposals/tables.row_cells: "N°: 4; Question: ...?; Answer: ..."), a pasted
table's row between bars too (text_tables.row_lines). Which column holds the questions is read from the rows, in any
language: the column whose cells mostly end on a question mark, or whose header names it the questions' (drafting.yaml
`questionnaire`: "Frage", "Requirement", "Question ESN"); the answer is the next column's cell. A text is one only where
such rows hold most of its words: an offer with a table of frequent questions stays the offer."""
from __future__ import annotations

from proposals.tables import row_cells
from questions.loader import load_drafting

from .text_tables import row_lines

QUESTIONNAIRE = "questionnaire"
_LEAST_ROWS = 3  # fewer questions answered are a table that happens to hold a question, not a questionnaire


def _headed(lines: list[str]) -> list[tuple[int, list[tuple[str, str]]]]:
    """Each line that is a table row, with its (header, cell) pairs: header-form rows and pasted rows between bars."""
    barred = row_lines(lines)
    out = []
    for at, line in enumerate(lines):
        pairs = row_cells(barred.get(at, line.strip()))
        if pairs and len(pairs) >= 2:
            out.append((at, pairs))
    return out


def _question_column(rows: list[list[tuple[str, str]]]) -> str | None:
    """The header whose cells mostly end on a question mark, or else one a word of drafting.yaml `questionnaire`
    `questions` opens, where a column after it holds the answers."""
    asked: dict[str, int] = {}
    for pairs in rows:
        for head, cell in pairs[:-1]:
            asked[head] = asked.get(head, 0) + cell.rstrip().endswith("?")
    head = max(asked, key=asked.get, default=None)
    if head is not None and asked[head] >= max(_LEAST_ROWS, len(rows) / 2):
        return head
    named = set(load_drafting()["questionnaire"]["questions"])
    return next((h for h in asked if h.split() and h.split()[0].casefold() in named), None)


def qa_rows(text: str) -> list[tuple[int, str, str]]:
    """(line number, question, answer) of each answered row of the text's questionnaire table; [] for any other text."""
    lines = text.split("\n")
    headed = _headed(lines)
    head = _question_column([pairs for _, pairs in headed])
    if head is None:
        return []
    out = []
    for at, pairs in headed:
        heads = [h for h, _ in pairs]
        if head in heads and heads.index(head) + 1 < len(pairs):
            answer = pairs[heads.index(head) + 1][1].strip()
            if answer:
                out.append((at, pairs[heads.index(head)][1].strip(), answer))
    return out


def reads_as_questionnaire(text: str) -> bool:
    """Whether the text is mostly the vendor's answers to a list of questions (at least `_LEAST_ROWS` rows)."""
    rows = qa_rows(text)
    said = sum(len(f"{question} {answer}".split()) for _, question, answer in rows)
    return len(rows) >= _LEAST_ROWS and said * 2 >= len(text.split())


def answers_text(text: str) -> str:
    """The text as drafting reads it: each answered row its answer alone, a paragraph of its own; the buyer's question
    is no claim of the vendor's (quoted it would put the buyer's words in the vendor's mouth); other lines as they are.
    Each answer is a slice of the document's text, so a quote of it is still found there (documents.Citations)."""
    lines = text.split("\n")
    for at, _question, answer in qa_rows(text):
        lines[at] = answer
    return "\n".join(lines)


def read_text(documents) -> str:
    """Evaluation.proposal_text as drafting reads it: each questionnaire's rows their answers alone, so a question's
    suggested quotes (views/proposal.py) are the vendor's answers, never the buyer's questions."""
    return "\n\n".join(answers_text(d.text) if d.kind == QUESTIONNAIRE else d.text for d in documents if d.text.strip())
