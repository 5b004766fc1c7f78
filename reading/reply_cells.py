"""A reply's table read cell by cell: a cell wrapped over lines of its own is one text, and a row's pointer cells
(its number, the topic it answers) say which question the row answers, never what the answer says.

    | 10 | Security | One edge box in your level 2 network behind the OT firewall. Outbound |
    |    |          | only, HTTPS 443 through your DMZ proxy to our cloud; no inbound ports. |

A line of a table whose rows start with a bar goes on the line above where its first cell is blank and its
text ends in the column the line above ends in: the bars, blank cells and line break between the two read as
spaces, so each sentence of the cell is read whole. In a table ruled between its rows ("+-----+-----+"), a
line between two rules goes on the row with its first cell written too. A word of an earlier column on such a
line, in lower case (a topic wrapped in its narrow column: "After the / pilot"), reads as spaces too, as it only
points; one that opens in capitals or a figure is a row of its own ("|    | Maximo | Ms Novak |"). The text keeps
its length, so every offset and quote still points into the reply as received (proposals/text_cells.py finds the
rows; a pasted text has them joined already, a text read otherwise may not).

A row's pointer cells are those under a header the rules call so (questions/rounds.yaml `tables.pointers`:
"No", "Topic", "Question"), or, in a table with no such header, a row's number and the short label after it:
the layout reads them to place the row; what the row answers is read from the cells after them."""
from __future__ import annotations

import re
from functools import lru_cache

from proposals.text_cells import blocks, last, wrapped

from .text import Sentence

LABEL_WORDS = 4  # a label after a row's number is this short ("Alarm time", "Data ownership")
NUMBER = re.compile(r"(?:no\.?\s*|#\s*|q\s*)?\d{1,2}(?:\.\d{1,2})?[.)]?", re.I)  # "13", "Q3", "1.3", "4)"
_CLOSED = re.compile(r"[.!?]$")  # a label ends in no full stop; a sentence does
# a record line's first field, short, and the next field's label: "Question: 2.2; Answer: "
_RECORD = re.compile(r"^[ \t]*([^\W\d][\w .]{0,30}?)[ \t]*:[ \t]*[^;:\n]{1,40};[ \t]*[^\W\d][\w ]{0,30}?[ \t]*:[ \t]*", re.M)
_DIGIT = re.compile(r"\d")  # ... and names no figure ("| 3 | every 100 ms | ... |" is an answer)


def joined(text: str) -> str:
    """`text` with each table cell wrapped over lines of its own as one run of text; the same length."""
    if "|\n" not in text and "| \n" not in text:  # a wrapped cell's line ends with its bar (most replies: no table)
        return text
    spans = [span for block in blocks(text) for span in _wraps(text, block)]
    if not spans:
        return text
    out, end = [], 0
    for start, stop in spans:
        out += [text[end:start], re.sub(r"\S|\n", " ", text[start:stop])]
        end = stop
    return "".join(out) + text[end:]


def _wraps(text: str, block: list[tuple[int, str, list]]) -> list[tuple[int, int]]:
    """The spans between a wrapped cell's text on one line and on the next (proposals/text_cells.wrapped)."""
    out, before = [], {}
    for row, more in wrapped(text, block):
        above, found = block[before.get(row, row)][2], block[more][2]
        k = last(found)
        out.append((above[k][1], found[k][0]))
        before[row] = more
    return out


class Pointers:
    """Where each table row's answer starts, past its pointer cells (its number, the topic it answers)."""

    def __init__(self, words: list[str]):
        self.words = frozenset(w.lower() for w in words)
        self.answers = lru_cache(maxsize=8)(self._answers)

    def _answers(self, text: str) -> dict[int, int | None]:
        """A row's line start -> where its answer's text starts (None: the row names its topic and answers nothing);
        rows with no pointer cells are not in it."""
        out = self._records(text)
        if "|" not in text:
            return out
        for block in blocks(text):
            lines = [(at, line, cells) for at, line, cells in block if len(cells) >= 2]
            if not lines:
                continue
            header = self._header(text, lines[0][2])
            for at, line, cells in lines[1:] if header else lines:
                n = header or self._numbered(text, cells)
                if n and len(cells) > n and not line[:cells[0][0] - at].strip(" \t|"):
                    out[at] = next((s for s, e in cells[n:] if e > s), None)  # the first cell past them with text
        return out

    def _records(self, text: str) -> dict[int, int | None]:
        """A PDF table's row as the PDF reader writes it, each cell after its header ("Question: 2.2; Answer: Fiix
        ..."): where a row opens on a pointer's label, its answer starts at the next field's value."""
        if ";" not in text:
            return {}
        return {m.start(): m.end() for m in _RECORD.finditer(text) if m.group(1).strip().lower() in self.words}

    def _header(self, text: str, cells: list[tuple[int, int]]) -> int:
        """How many of a header line's first cells name pointer columns ("No", "Topic"); 0 for no such header."""
        n = 0
        while n < len(cells) - 1 and text[cells[n][0]:cells[n][1]].strip(" .:*_").lower() in self.words:
            n += 1
        return n

    @staticmethod
    def _numbered(text: str, cells: list[tuple[int, int]]) -> int:
        """A row of a table with no header that opens with a number: the number, and the short label after it
        where an answer follows ("| 13 | Operator | The operator ... |")."""
        if not NUMBER.fullmatch(text[cells[0][0]:cells[0][1]]):
            return 0
        label = text[cells[1][0]:cells[1][1]]
        short = 0 < len(label.split()) <= LABEL_WORDS and not _CLOSED.search(label) and not _DIGIT.search(label)
        return 2 if short and len(cells) >= 3 else 1

    def answer(self, text: str, sentence: Sentence) -> int:
        """Where the sentence's answer starts past its row's pointer cells: `sentence.start` where it starts past
        them (or in no such row), -1 where it holds nothing else (a row naming only its topic, a question quoted in
        its cell). A sentence that starts in the pointer cells ("| Which KPI? | 31 h in 2025 ...") answers from the
        answer cell on."""
        found = self.answers(text)
        line = text.rfind("\n", 0, sentence.start) + 1
        if line not in found:
            return sentence.start
        at = found[line]
        if at is not None and sentence.start >= at:
            return sentence.start
        return -1 if at is None or at >= sentence.end else at

    def part(self, read, text: str, sentence: Sentence) -> tuple[Sentence, int]:
        """The sentence as read past its row's pointer cells (`read`: the reader's), its offsets still the whole
        row's so the layout finds the row's number and topic; and where its answer starts (`answer`)."""
        at = self.answer(text, sentence)
        if at <= sentence.start:
            return sentence, at
        found = read(text[at:sentence.end]).sentences
        if len(found) != 1:  # the cell reads as other sentences than the row did: the row as read
            return sentence, sentence.start
        one = found[0]
        return Sentence(one.text, sentence.start, sentence.end, one.kind, one.reason, one.labels, one.substance,
                        one.buzzwords), at + one.start


    def barred(self, text: str, said: list[tuple], at: dict[int, str]) -> dict[str, frozenset[str]]:
        """A table row's sentence (its text) -> the asked topics other rows of its table are placed on: an answer to
        one of those is drafted from that topic's own row, not from this one ("| 10 | Network | ... behind your OT
        firewall." names no one who maintains the system where row 12 says who does)."""
        in_row, owned = self._placed_rows(text, said, at)
        if len(owned) < 2:
            return {}
        return {sentence.text: frozenset(owned - {at[start]}) for start, sentence in in_row.items()}

    def own_rows(self, text: str, said: list[tuple], at: dict[int, str]) -> list[tuple]:
        """`said` (sentence, lower, why, topics) without the asked topics a table row's sentence touches by its words
        where another row of the table is placed on them (`at`: sentence start -> the topic the layout places it
        on): a question the table gives a row of its own is answered in that row ("| 3 | Protocols | ... over their
        Modbus TCP port ..." does not answer the network question of row 10)."""
        in_row, owned = self._placed_rows(text, said, at)
        if len(owned) < 2:
            return said
        return [(s, lower, why, on - (owned - {at[s.start]}) if s.start in in_row else on)
                for s, lower, why, on in said]

    def _placed_rows(self, text: str, said: list[tuple], at: dict[int, str]) -> tuple[dict[int, Sentence], set[str]]:
        """The sentences of table rows with pointer cells that the layout places (start -> sentence), and the topics
        those rows are placed on."""
        rows = self.answers(text)
        in_row = {s.start: s for s, *_ in said if s.start in at and text.rfind("\n", 0, s.start) + 1 in rows}
        return in_row, {at[start] for start in in_row}


def received_from(sentence: Sentence, received: str, at: int) -> Sentence:
    """A row's answer (`Pointers.part`) with its text as the reply wrote it from `at` on (its wrapped lines' bars
    and breaks kept), so a quote of it is found in the reply; any other sentence as it is."""
    if at <= sentence.start or at + len(sentence.text) > sentence.end:
        return sentence
    return Sentence(received[at:at + len(sentence.text)], sentence.start, sentence.end, sentence.kind, sentence.reason,
                    sentence.labels, sentence.substance, sentence.buzzwords)


def as_read_row(pointers: Pointers, sentence: Sentence, received: str, read: str) -> str:
    """A reply sentence (its text as received) as the reply was read (reply_wrapped.as_read: a wrapped cell as one
    line), the same span of `read` where its text is found in its span of `received`, else its own text; a row's
    answer with the row's pointer cells before it, as its label ("Recommendations | The cheesemaker on shift ...":
    the drafter reads what the answer is on by its label, as it reads "KPI: ...")."""
    at = received.find(sentence.text, sentence.start, sentence.end)
    if at < 0:
        return sentence.text
    start = sentence.start if at > sentence.start and at == pointers.answer(read, sentence) else at
    return read[start:at + len(sentence.text)]
