"""Tidy extracted text for the sentence reader, which ends a sentence at . ! ? or a line break.

So line breaks matter: a bullet must stay on its own line, but a sentence that a PDF or a
hard-wrapped text file broke across lines must become one line again, or it would be read
as two half-sentences.
"""
from __future__ import annotations

import re
from collections import Counter

from plaintext.chars import INVISIBLE

# a sentence's end, perhaps closed by quotes or brackets, a guillemet after a space as French sets it ("... mesuré ? »")
_ENDS_SENTENCE = re.compile(r"[.!?:;](?: ?[\"'\)\]»”’])*$")
# A line led by a short capitalised label and a colon, then a figure, is a record of its own ("Actual: spec. fuel cons.
# 3.95 GJ/t", "Guar.: 3.70 GJ/t", "Cap.: 350 tpd"), as a list item is: the line before it ended, however wide it was
_STARTS_LABEL = re.compile(r"[A-Z][\w.'’&/-]*(?: [\w.'’&/-]+){0,2}: [^\n]*\d")
# A letter's addressee line and its closing stand alone, each a paragraph of its own, never run into the subject or
# the body (walk82: "Alla c.a. Ing. Rossi, Responsabile Manutenzione" joined to the lines under it was quoted as a user
# of the system); text tidying runs before any of questions/'s word lists is loaded, so its cues are here
_LETTER_LINE = re.compile(
    r"(?:alla c\.a\.|alla cortese attenzione|all'attenzione|c\.a\.|attn\.?|for the attention of|to:|z\. ?hd\.?|"
    r"zu händen|à l'attention|a la atención|a/a\.?|do rąk|t\.a\.v\.?|ter attentie van|k rukám|à atenção|ao cuidado|"
    r"cordiali saluti|distinti saluti|kind regards|best regards|yours sincerely|yours faithfully|z poważaniem|"
    r"mit freundlichen grüßen|atentamente|cordialement|met vriendelijke groet|s pozdravem|med vänliga hälsningar|"
    r"saludos cordiales|un cordiale saluto)(?!\w)", re.IGNORECASE)
_GOES_ON = ",-&/(+"  # a record's value that ends so goes on on the next line ("OPC UA,", "Modbus TCP /")
# a word written with a capital, a digit or a power after its first letter is a name, a code or a unit, no plain
# sentence's opening word: "Nm³/ton, en de OEE verhogen naar 75%." goes on "... verlagen naar 240 kWh/ton en 52" (walk78)
_INNER_CAPITAL = re.compile(r"^\w+?[A-Z0-9²³]")
# a record's label of its own, with or without a figure after it ("Protocols: OPC UA, MQTT"), its colon set after a
# space as French sets it ("Processeur : Intel Core i5")
_OPENS_RECORD = re.compile(r"[A-Z][\w.'’&/-]*(?: [\w.'’&/-]+){0,2} ?: ")
# A table's row written as its cells under their headers ("System: SAP PM; Interface: BAPI; Owner: QA lab manager", as
# proposals/tables.py writes a PDF's rows, or a vendor pastes a Word table) is a row of its own, however wide the one before
_STARTS_ROW = re.compile(r"[A-Z][^:;\n]{0,39}: [^;\n]+(?:; [^:;\n]{1,40}: [^;\n]+)+")
# a dash set close before a digit is a minus (typeset as a hyphen or an en dash), no bullet: "-20 to 120 C" goes on a
# wrapped "surface temperature"; so a ">" before a figure is "more than", no quoted line: "(bijv. stroomopname compressor
# vriestunnel" | "> 110% van het gemiddelde ...) maakt het platform ... aan in Ultimo" is one sentence (walk78)
# (a letter and a stop before another short part with a stop is an abbreviation, no item: "z. B.", "p. ex.", "d. h.")
_STARTS_ITEM = re.compile(r"[-–](?!\d)|>(?! ?\d)|[*+•◦▪‣●○■□—|#]|\(?(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,4})[.)](?:\s|$)"
                          r"(?<![^\W\d_]\.\s(?=[^\W\d_]{1,3}\.))")
# a table's row written without outer bars ("First problem | Pinholes on line 3") or its rule ("-----+-----")
_TABLE_LINE = re.compile(r"\s\|\s|^[-=+| ]{3,}$")
_FIGURE_OPENS = re.compile(r"[<>≤≥]? ?\d[\d.,]*\s?(?:%|[^\W\d_]+)")  # "> 110% van", "15 minutes after": a figure goes on
_WIDE_SHARE = 0.6  # a line this share of the usual width was probably wrapped, not ended
_HAND_WRAP = 60  # a line a writer wraps by hand is this long at least (reading/reply_wrapped.WRAPPED_LINE)
_MAIL_WRAP = 72  # ... and a mail client at this width: a shorter line its next word would have fit on was ended
_WIDE_MIN = 30  # nor is a shorter line taken as wrapped: headings and list items are short
_PAGE_NUMBER = re.compile(r"(?:page|seite|p\.)? ?\d{1,4}(?: ?(?:of|von|/) ?\d{1,4})?|[-–—] ?\d{1,4} ?[-–—]", re.I)
_PAGE_NUMBER_MAX = len("Seite 1000 von 1000")
_EDGE = 2  # lines at a page's top and at its bottom where running heads, feet and page numbers sit
_FURNITURE_MAX = 120  # longer lines are text, however often they repeat
_PEELS = 3
_DIGITS = re.compile(r"\d+")
_STOP = re.compile(r"(?<=[^\W\d_]{4}[.!?])\s+")  # a sentence's end after a word, no abbreviation ("z. B.", "bzw.")
# a page's foot that ends on its number: "Winnow proposal evaluation · Offer 12 Page 1 of 2", "Seite 3 von 8", "Pág. 2"
_FOOT = re.compile(r"(?<!\w)(?:page|seite|página|pagina|pág\.|p\.) ?\d{1,4}(?: ?(?:of|von|de|di|/) ?\d{1,4})?$", re.I)
_HEAD_WORDS = 3  # a running head glued to the words under it has at least these: "Introduction" alone is a heading


def clean_lines(text: str) -> list[str]:
    """Lines with one space between words, no control or invisible characters, ends trimmed."""
    text = text.encode("utf-8", "replace").decode("utf-8")  # lone surrogates from odd PDF fonts
    # splitlines knows every line break (\r\n, \f, U+2028, ...) and split() every space (tabs, no-break
    # spaces, ...), both in C: a regex over each space of a 100-page text costs ten times more.
    return [" ".join(line.split()) for line in INVISIBLE.sub("", text).splitlines()]


PAGE_BREAK = "\f"  # between two pages of a document, on a line of its own: quotes cite their page by it


def tidy(text: str, *, unwrap: bool, typed: bool = False) -> str:
    """Clean lines, rejoin wrapped ones if asked, keep at most one blank line in a row, and keep
    page breaks: tidying twice changes nothing, so every way in reads the same sentences. `typed`: a text whose
    line breaks a writer typed (a reply's chat lines), wrapped only where the next word would not fit (`unwrap_lines`)."""
    if PAGE_BREAK in text:
        return join_pages([_tidy_page(page, unwrap, typed) for page in text.split(PAGE_BREAK)])
    return _tidy_page(text, unwrap, typed)


def _tidy_page(text: str, unwrap: bool, typed: bool = False) -> str:
    lines = clean_lines(text)
    if unwrap:
        lines = unwrap_lines(lines, typed)
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def join_pages(pages: list[str]) -> str:
    """Pages apart by a page break on a line of its own; an empty page keeps its break, so page numbers count from
    the document's first page. Running heads and feet and page numbers go: they are no sentences of the document.
    A sentence the break cut ends on the page it starts on (`runs_over`), so it is quoted whole."""
    pages = runs_over(drop_furniture(pages))
    return f"\n{PAGE_BREAK}\n".join(pages).strip("\n").rstrip(f"\n{PAGE_BREAK}")


def runs_over(pages: list[str]) -> list[str]:
    """Pages, each whose last line a sentence's end does not close and the next page goes on ("... incluye soporte
    remoto 8x5 y" | "actualizaciones del modelo. Forma de pago: ..."), its sentence ended there: the next page's words
    up to their first sentence's end (its whole first line where none is plain) moved onto that line, so a quote is
    whole and cites the page it starts on. Read once the running heads and feet are gone (drop_furniture)."""
    split = [page.split("\n") if page else [] for page in pages]
    for lines, after in zip(split, split[1:]):
        at, width = _open_line(lines), usual_width(lines)
        while at is not None and after and _runs_on(lines[at], after[0], width):
            piece, rest = _first_sentence(after[0])
            lines[at] = _glued(lines[at], piece)
            after[:1] = [rest] if rest else []
            while after and not after[0]:  # a paragraph's blank line after the moved words
                del after[0]
    return ["\n".join(lines) for lines in split]


def _open_line(lines: list[str]) -> int | None:
    """Where the page's last line of text is: above a foot that ends on the page's number ("Acme offer · Page 1 of 2"),
    which a document of two pages keeps (drop_furniture finds no repeat there)."""
    at = len(lines) - 1 if lines else None
    if at and _FOOT.search(lines[at]):
        at -= 1
        while at and not lines[at]:
            at -= 1
    return at


def _runs_on(before: str, line: str, width: int) -> bool:
    """`line`, atop the next page, goes on the sentence `before` left open at the foot of this one: it opens in lower
    case, or `before` breaks a word or a clause ("inte-", "sensors,") or leaves a bracket open ("(bijv. stroomopname
    compressor vriestunnel" | "> 110% van het gemiddelde ...)", walk78), or `before` ran the page's full width and
    `line` opens with a name, a unit or a figure no sentence opens with ("koppeling met Ultimo" | "CMMS (werkorders)");
    a row, a heading or an item ends where it is."""
    if not before or not line or ends_sentence(before) or _STARTS_ROW.match(before) or before[0] in "#|":
        return False
    if _STARTS_ITEM.match(line) or _STARTS_ROW.match(line) or _page_number(before) or _page_number(line):
        return False
    if _bracket_open(before) or (wide(before, width) and (_name_goes_on(line) or _FIGURE_OPENS.match(line))):
        return True
    return line[0].islower() or before[-1] == "," or (before[-1] == "-" and before[-2:-1].isalpha())


def _first_sentence(line: str) -> tuple[str, str]:
    """(its first sentence, the rest) of a line: cut at a stop after a word of four letters or more before a capital
    ("modelo. Forma de pago"), never after an abbreviation ("z. B. Temperatur", "bzw. Feuchte"); the whole line where
    no such stop is."""
    for stop in _STOP.finditer(line):
        if line[stop.end():stop.end() + 1].isupper():
            return line[:stop.start()], line[stop.end():]
    return line, ""


def _glued(before: str, line: str) -> str:
    """`before` with the wrapped `line` after it: a word broken at a hyphen joined whole ("inte-" "gration"), a
    compound's hyphen kept ("OPC-" "UA"), else a space between."""
    if before[-1] == "-" and before[-2:-1].islower() and line[0].islower():
        return before[:-1] + line
    return before + ("" if before[-1] == "-" and before[-2:-1].isalpha() else " ") + line


def drop_furniture(pages: list[str]) -> list[str]:
    """Pages less the lines at their top or bottom that are a page number, or that repeat there on
    most pages (digits aside: 'Acme proposal - page 3'). Peeled until none is left (a few layers at
    most, or pages that repeat whole would vanish), so joining the joined pages drops nothing more."""
    split = [page.split("\n") for page in pages]
    used = sum(1 for lines in split if any(lines))
    if used < 2:
        return pages
    dropped = _unglued(split, used)
    for _ in range(_PEELS):
        edges = [_edges(lines) for lines in split]
        repeats = Counter(key for lines, at in zip(split, edges) for key in {_key(lines[i]) for i in at})
        drop = [{i for i in at if _furniture(lines[i], repeats, used)} for lines, at in zip(split, edges)]
        if not any(drop):
            break
        dropped = True
        split = [[line for i, line in enumerate(lines) if i not in gone] for lines, gone in zip(split, drop)]
    return [_blank_lines_kept_single(lines) for lines in split] if dropped else pages


def _unglued(split: list[list[str]], used: int) -> bool:
    """Each page's top line that unwrapping glued a running head to, as the head spans it ("TermoDigital Levante S.L.
    · Oferta TDL-2026-0412 · Rev. 2 actualizaciones del modelo."), set apart in place as two lines, head and words, where
    the head stands alone atop enough other pages to be furniture: its words, in lower case, went on the sentence the
    last page left open. True where one was."""
    tops = [[i for i, line in enumerate(lines) if line][:_EDGE] for lines in split]
    heads = Counter(_key(lines[i]) for lines, at in zip(split, tops) for i in at
                    if len(lines[i].split()) >= _HEAD_WORDS and len(lines[i]) <= _FURNITURE_MAX)
    longest = max(map(len, heads), default=-1)
    glued = [(lines, i, n) for lines, at in zip(split, tops) for i in at
             for n in [_head_words(lines[i], heads, longest)] if n]
    found = heads + Counter(_key(" ".join(lines[i].split()[:n])) for lines, i, n in glued)
    apart = [(lines, i, n) for lines, i, n in glued if used >= 3 and 2 * found[_key(" ".join(lines[i].split()[:n]))] > used]
    for lines, i, n in sorted(apart, key=lambda g: -g[1]):  # from the foot up: each index stays where it was
        words = lines[i].split()
        lines[i:i + 1] = [" ".join(words[:n]), " ".join(words[n:])]
    return bool(apart)


def _head_words(line: str, heads: Counter, longest: int) -> int:
    """How many of the line's first words are one of `heads` (keys of top lines) with words after it: in lower case
    (the sentence the page before left open), or the page's first heading, which unwrapping glued to a wide running
    head ("1180 Lakeshore Dr, Suite 400, Chicago, IL 60611 | www.northbeam-ai.example | (312) 555-0188 3.3 Dashboard
    and alerts"; walk73). The longest head first: a head that opens a longer one is no head of its own there. Their
    key is their words' keys joined (no run of digits spans a space), so it only grows word by word: past the
    `longest` head's length no more words are one (a paragraph glued to its page's top line is not keyed n times)."""
    words, keys, size, found = line.split(), [], -1, 0
    for n, word in enumerate(words):
        if n >= _HEAD_WORDS and " ".join(keys) in heads:
            found = n
        keys.append(_key(word))
        size += len(keys[-1]) + 1
        if size > longest:
            break
    return found


def _edges(lines: list[str]) -> list[int]:
    filled = [i for i, line in enumerate(lines) if line]
    return sorted(set(filled[:_EDGE] + filled[-_EDGE:]))


def _key(line: str) -> str:
    return _DIGITS.sub("#", line.casefold())


def _furniture(line: str, repeats: Counter, used: int) -> bool:
    if len(line) > _FURNITURE_MAX:
        return False
    return _page_number(line) or (used >= 3 and 2 * repeats[_key(line)] > used)


def _blank_lines_kept_single(lines: list[str]) -> str:
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip("\n")


def unwrap_lines(lines: list[str], typed: bool = False) -> list[str]:
    """Join each line to the one before it when the one before was wrapped mid-sentence. In a `typed` text a line
    shorter than any hand's wrap that the next line's first word would have fit on (`_ended`) was ended by its writer,
    however the next goes on: a chat's short answers a line each ("SAP S/4 via IDoc" | "both ways, orders in")."""
    width = usual_width(lines)
    rooms = _rooms(lines) if typed else [0] * len(lines)
    out: list[str] = []
    before = ""  # the previous line as it was, not as joined: its width is what shows a wrap
    last = len(lines) - 1
    for at, line in enumerate(lines):
        if rooms[at] and before and line and len(before) < _HAND_WRAP and _fits(before, line, rooms[at]):
            out.append(line)  # a line its writer ended
        elif out and _continues(before, line, width) and (at < last or _may_end(line) or _closes(before, line)):
            out[-1] = _glued(out[-1], line)  # its wrap read from the line as it was: "inte-" "gration", "OPC-UA"
        else:
            out.append(line)
        before = line
    return out


def _fits(before: str, line: str, room: int) -> bool:
    return len(before) + 1 + len(line.split(" ", 1)[0]) <= room


def _rooms(lines: list[str]) -> list[int]:
    """Each line's room: its paragraph's widest line (lines between blank ones), at least a mail client's wrap; a
    wrapped line's next word fits in neither."""
    rooms, start = [0] * len(lines), 0
    for at in range(len(lines) + 1):
        if at == len(lines) or not lines[at]:
            rooms[start:at] = [max(max(map(len, lines[start:at]), default=0), _MAIL_WRAP)] * (at - start)
            start = at + 1
    return rooms


def _page_number(line: str) -> bool:
    return len(line) <= _PAGE_NUMBER_MAX and bool(_PAGE_NUMBER.fullmatch(line))


def _may_end(line: str) -> bool:
    """A page's last line joins the line before only when it plainly ends that sentence: a running
    foot ('Acme GmbH - Confidential') glued to the page's last words would hide it from drop_furniture."""
    return line[0].islower() or bool(_ENDS_SENTENCE.search(line))


def _closes(before: str, line: str) -> bool:
    """`line` closes the bracket `before` left open ("(bijv. stroomopname compressor vriestunnel" | "> 110% van het
    gemiddelde gedurende 30 minuten) maakt ...", walk78): the page's last line goes on it, no running foot."""
    return _bracket_open(before) and ")" in line.split("(", 1)[0]


def ends_sentence(line: str) -> bool:
    """Whether the line ends with a sentence's end, perhaps closed by quotes or brackets."""
    return bool(_ENDS_SENTENCE.search(line))


def _continues(before: str, line: str, width: int) -> bool:
    if not before or not line:
        return False
    if _ENDS_SENTENCE.search(before):  # ... but a stop inside a bracket the next line closes ends nothing
        return _bracket_open(before) and line[0] not in "([" and ")" in line.split("(", 1)[0]
    if _LETTER_LINE.match(before) or _LETTER_LINE.match(line):
        return False  # an addressee's or a closing's line: a paragraph of its own
    if before[0] in "#|" or _STARTS_ITEM.match(line) or _STARTS_LABEL.match(line) or _STARTS_ROW.match(line):
        return False  # headings, rows, items, labels
    if _STARTS_LABEL.match(before) and before[-1] not in _GOES_ON and line[0].isupper() and not _name_goes_on(line):
        return False  # a record ("Interfaces: 2x Ethernet, OPC UA") ends where a capital opens the next line
    if _OPENS_RECORD.match(before) and _OPENS_RECORD.match(line) and before[-1] not in _GOES_ON:
        # a datasheet's record with no figure ("Benutzerverwaltung: Rollen, Active Directory (LDAP)") ends where the
        # next line opens a label of its own ("Updates: signiert"), however wide it was: in any language
        return False
    if _TABLE_LINE.search(before) and _TABLE_LINE.search(line):  # rows of a table without outer bars, its rule
        return False
    if _page_number(before) or _page_number(line):  # a page number is no words
        return False
    if before[-1] == "-" and before[-2:-1].isalpha():  # "inte-", "OPC-": a word broken at the line's end
        return True
    return line[0].islower() or wide(before, width)


def _bracket_open(line: str) -> bool:
    """A bracket opened on the line and not closed: "... de 25% (aprox." | "140 horas/año recuperadas) y ..." (walk77:
    the line's stop read as the sentence's end, its hours a fragment apart), a short form's stop in any language."""
    return line.count("(") > line.count(")")


def wide(line: str, width: int) -> bool:
    """A line near the usual `width` (`usual_width`): probably wrapped, not ended."""
    return len(line) >= max(_WIDE_SHARE * width, _WIDE_MIN)


def _name_goes_on(line: str) -> bool:
    """A line opened by a name no sentence opens with, capitals or digits inside its first word ("KEPServerEX",
    "AD", "S7-1500"), goes on a record wrapped before it ("runs Kepware"); a record's own label opens a new one."""
    first = line.split(" ", 1)[0]
    return bool(_INNER_CAPITAL.search(first)) and not _OPENS_RECORD.match(line)


def usual_width(lines: list[str]) -> int:
    """The 90th-percentile line length: wrapped lines come near it, one stray long line does not set it."""
    lengths = sorted(len(line) for line in lines if line)
    return lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0
