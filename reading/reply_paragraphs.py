"""What a reply's paragraphs say of themselves, read from the layout of an e-mail rather than from
what they answer (questions/rounds.yaml `paragraphs`):
- an older message under the reply (a forwarded chain, the buyer's letter quoted in full under the
  signature: "-----Original Message-----", "From: ... / Sent: ...", "On 2 Nov, Anna wrote:") is not the reply;
- a paragraph that says the letter did not ask it ("One more thing you did not ask: ...") answers no asked question;
- a paragraph that points to an asked question by its own words ("Regarding your question on ...:") answers it;
- what follows the reply's closing ("Best regards,") signs it and answers nothing, a legal notice under it too;
- another customer's plant brought in ("our reference customer ...") and described ("There, ...") answers nothing.
"""
from __future__ import annotations

import re

from questions.reply_rule_models import ParagraphRules

from .reply_quoted import numbered_after, own_stems, stems
from .reply_breaks import breaks, older
from .reply_dated import Dated
from .reply_notices import notice_at, notice_words
from .reply_forwarded import Forwarded
from .reply_senders import addressed, own as own_message, said, sender
from .signal_patterns import trie_pattern
from .word_regex import alternation


class Paragraphs:
    """Compiled once per rules: `older_at`, `volunteered`, `elsewhere`, `referred`."""

    def __init__(self, rules: ParagraphRules):
        # a separator line, perhaps with the header's first line joined to it as a text is tidied ("... Betreff: AW: ...")
        self.separator = _line(rf"[-_=\s]*(?:{alternation(rules.separators)})[-_=\s]*(?:(?:{alternation(rules.headers)})\s*:.*)?") \
            if rules.separators else None
        self.header = _line(rf"(?:{alternation(rules.headers)})\s*:.*") if rules.headers else None
        self.subject = _line(rf"(?:{alternation(rules.subjects)})\s*:.*") if rules.subjects else None
        self.dated = Dated(rules)  # the day the reply says it was written (`Dated.stated`)
        self.block = _block(rules)  # a header block on one line ("Von: Lisa Meyer ... Gesendet: ... An: ...")
        self.wrote = _line(rf".{{0,200}}\b(?:{alternation(rules.wrote)})\s*:\s*") if rules.wrote else None
        # the verb before the writer ("Am 2.11.2026 schrieb Anna Berg:"): searched first, as most lines hold none
        self.wrote_then = _line(rf"\b(?:{alternation(rules.wrote_then_writer)})\b") if rules.wrote_then_writer else None
        self.sender = sender(rules)  # whose an older message is, in its mail client's language ("Von:", "schrieb")
        self.addressed = addressed(rules.senders, rules.recipients)
        self.volunteers, self.news = _words(rules.volunteered), _words(rules.news)
        # the vendor's news announced ("I want to tell you about our new ..."): asked nothing, as volunteered
        self.announced = re.compile(rf"\b(?:{alternation(rules.announcing)})\b(?:\W+\w+){{0,4}}?\W+(?:{alternation(rules.new)})\b") \
            if rules.announcing and rules.new else None
        self.inline, self.handed_on, self.cover = _words(rules.inline), _words(rules.handed_on), rules.cover
        # (a colleague named as its writer says as much as a word for answers: "below the information from my colleague")
        self.below, self.answers = _words(rules.below), _words(rules.answers + rules.writers)
        self.references = _words(rules.references)
        self.forwarded = Forwarded(rules)  # a message under a short note that answers the letter line by line
        self.back = re.compile(rf"\W*(?:{alternation(rules.back)})\b", re.I) if rules.back else None
        self.notices = notice_words(rules.notices)  # a legal notice under the signature signs the reply too
        self.postscript = re.compile(rf"(?:{alternation(rules.postscripts + rules.resumes)})(?=[\s:.,-])", re.I) if rules.postscripts else None
        # the line's last field is the label and a value of a few words, no figure ("Item 4 | Topic: Data history")
        self.named = re.compile(rf"(?:[^|\n]*\|\s*)*(?:{alternation(rules.named)})\s*:\s*[^\W\d][^\d|:\n]{{0,60}}", re.I) \
            if rules.named else None
        self.particular = re.compile(rf"[\s\-–—]*(?:{alternation(rules.particulars)})\s*:", re.I) if rules.particulars else None
        self.refers = re.compile(rf"\b(?:{alternation(rules.refers)})\s+([^:\n]{{3,90}}):", re.I) if rules.refers else None

    def opens_postscript(self, text: str, start: int) -> bool:
        return self._postscript(text, start)

    def _postscript(self, text: str, start: int) -> bool:
        """Whether a sentence opens its line with a postscript's mark ("PS:", "P.S.")."""
        return bool(self.postscript and not text[text.rfind("\n", 0, start) + 1:start].strip() and self.postscript.match(text, start))

    def names_topic(self, text: str) -> bool:
        """Whether a sentence is a field line that only names the question it heads ("Item 11 | Topic: Operator
        approval")."""
        return bool(self.named and ":" in text and self.named.fullmatch(text.rstrip(" .")))  # no colon (most): no label

    def older_at(self, text: str) -> int:
        """Where an older message under the reply starts (the text's length when none does): after the
        reply's own words, for an e-mail pasted with its own header ("From: ...", "Sent: ...") starts with one.
        Not where the reply says its answers are written into that message ("our answers inline below")."""
        at = self._older_at(text)
        inline = at < len(text) and (self.inline and self.inline.search(text[:at].lower()) or self._answered_under(text, at)
                                     or self._handed_on(text[:at]))
        return len(text) if inline else at

    def _handed_on(self, note: str) -> bool:  # a short cover note handing the message on: "I forward you the answers"
        note = note.lower()  # ... or saying where the answers are, with no figure of its own ("below the team's answers")
        pointed = self.below and self.answers and not re.search(r"\d", note) and self.below.search(note) and self.answers.search(note)
        return bool(len(said(note)) <= self.cover and not self.forwarded.disowned(note) and (self.handed_on and self.handed_on.search(note) or pointed))

    def _hands_on(self, line: str) -> bool:  # a line handing a message on, however long: "Below the answer of our ..."
        return bool(self.handed_on and self.handed_on.search(line) or
                    self.below and self.answers and self.below.search(line) and self.answers.search(line))

    def own_text(self, text: str, closing: re.Pattern | None = None) -> str:
        """The reply's own words: the text up to an older message under it (`older_at`); or, where the writer goes on
        under it ("PS: ...", or answers numbered right under its `closing` and signature), the whole text with the
        older message's characters as spaces (its line ends kept), so every offset still points into the text."""
        at = self.older_at(text)
        back = self._postscript_after(text, at, closing)
        if back is None:
            return text[:at]
        tail = self.own_text(text[back:], closing)
        return text[:at] + re.sub(r"[^\n]", " ", text[at:back]) + tail + " " * (len(text) - back - len(tail))

    def _postscript_after(self, text: str, at: int, closing: re.Pattern | None = None) -> int | None:
        """Where a line of the writer's own opening with a postscript's mark starts under an older message (not
        quoted with ">"), or one numbered as the letter's questions right under that message's closing, or None."""
        if at >= len(text) or not self.postscript:
            return None
        for line in re.finditer(r"^[ \t]*(?=\S)", text[at:], re.M):
            start = at + line.end()
            if line.start() and (self.postscript.match(text, start) or numbered_after(text, at, start, closing)
                                 or self._refers_at(text, start)):
                return start
        return None

    def _refers_at(self, text: str, start: int) -> bool:
        """Whether a line opens by pointing to the letter's question, a few words in ("Regarding your question about
        quality holds: ..."): the letter answered again under the older message, whoever's that message was."""
        end = text.find("\n", start) % (len(text) + 1)
        found = self.refers.search(text, start, end) if self.refers and text.find(":", start, end) >= 0 else None
        return bool(found and found.start() - start <= _LEAD and not text.startswith(">", start))

    def _answered_under(self, text: str, at: int) -> bool:
        """Whether the writer answers under or between the lines of an older message quoted line by line ("On 2 Nov,
        Anna wrote:" over "> ..." lines, then "Our answers: ..."): a line of the writer's own after its quoted lines,
        which starts no older message. Its quoted lines are the buyer's words, as in a reply written inline."""
        quoted = False
        for line in (line.strip() for line in text[at:].splitlines()[1:]):
            if line.startswith(">"):
                quoted = True
            elif line:
                return quoted and not self._starts_older(line, "")
        return False

    def _older_at(self, text: str) -> int:
        return next((at for at, own in older(self, text) if not own), len(text))

    def _older(self, text: str):
        """Where each older message under the reply starts, and whether it is the writer's own (read as the reply),
        up to the first that is not."""
        at, lines, said, header = 0, text.splitlines(keepends=True), False, False
        for i, line in enumerate(lines):
            # the next line said, asked of a line with a colon only (`_starts_older`: a header needs one; most lines: none)
            following = next((n.strip() for n in lines[i + 1:i + 3] if n.strip()), "") if ":" in line else ""
            header = header and bool(line.strip())  # the writer's own older message: its header ends at a blank line
            if said and not header and self._starts_older(line.strip(), following):
                own = own_message(lines, i, self.sender, self.addressed, self._hands_on) or self._answers_under(lines, i)
                yield at, own
                if not own:
                    return
                header = True
            said = said or bool(line.strip() and not self._mail_line(line.strip()))
            at += len(line)

    def _answers_under(self, lines: list[str], start: int) -> bool:
        """Whether the older message from line `start` answers the letter line by line under a cover note of the
        reply's own words short enough to only hand it on (reply_forwarded.py)."""
        note = said("".join(lines[:start])).lower()
        return len(note) <= self.cover and self.forwarded.answers_under(lines, start, note)

    def _mail_line(self, line: str) -> bool:
        """A mail client's header or separator line, not the writer's (a reply pasted from the separator on is that message)."""
        return bool(self.header and self.header.fullmatch(line) or
                    self.separator and "-" in line and self.separator.fullmatch(line))

    def unsigned(self, text: str, starts: list[int], closing: re.Pattern | None) -> list[int]:
        """The indices of the sentences that sign nothing: not after the reply's closing, nor between a closing and
        the writer's own older message under it ("Regards, / Thabo Nkosi / Principal Reliability Engineer" over
        "From: Thabo Nkosi / Sent: ..."), whose signature names people and roles but answers nothing."""
        out, first = [], 0
        for cut in [*(at for at, own in older(self, text) if own), len(text)]:
            inside = [k for k in range(first, len(starts)) if starts[k] < cut]
            signed = signed_at(text[:cut], [starts[k] for k in inside], closing, self.notices)
            ps = next((n for n in range(signed, len(inside)) if self._postscript(text, starts[inside[n]])), len(inside))
            out += inside[:signed] + inside[ps:]  # a PS under the signature is the writer's own words again
            first = inside[-1] + 1 if inside else first
        top = self._mail_head(text)  # the reply's own mail header ("Subject: RE: ...", "Data: 11 dicembre ...")
        out = [k for k in out if starts[k] >= top]
        return out[self._head(text, [starts[k] for k in out]):]

    def _mail_head(self, text: str) -> int:
        """Where the reply's own words start under the header its mail client wrote above them (two header lines or
        more in a row at the top: "From: ...", "Sent: ...", "Subject: ...", or a subject line alone), which answer
        nothing; 0 under none."""
        at, heads = 0, []
        for line in text.splitlines(keepends=True):
            if line.strip() and not (self.header and self.header.fullmatch(line.strip())):
                break
            heads, at = heads + [line.strip()] if line.strip() else heads, at + len(line)
        alone = len(heads) == 1 and self.subject and self.subject.fullmatch(heads[0])
        return at if len(heads) >= 2 or alone else 0

    def _head(self, text: str, starts: list[int]) -> int:
        """How many sentences open the reply as its head: the title line, then the fields that say who wrote it, when
        and on what ("Project: ...", "Prepared by: ..."), up to the first sentence that is none of them; none where no
        such field follows the title."""
        if not self.particular or not starts:
            return 0
        title = 1 if "\n" in text[starts[0]:starts[1] if len(starts) > 1 else len(text)] else 0
        n = title
        while n < len(starts) and self.particular.match(text, starts[n]):
            n += 1
        return n if n > title else 0

    def _starts_older(self, line: str, following: str) -> bool:
        """A separator line, a line that ends "wrote:", or two header lines in a row ("From:", "Sent:")."""
        if self.separator and "-" in line and self.separator.fullmatch(line):
            return True
        if ":" not in line:  # most lines: neither "wrote:" nor a header (a "wrote" line backtracks 200 characters)
            return False
        if line.endswith(":") and (self.wrote and self.wrote.fullmatch(line) or
                                   self.wrote_then and _dated_writer(line, self.wrote_then)):
            return True  # a line that opens a quoted message ends with a colon (most lines with one do not)
        return bool(self.header and self.header.fullmatch(line) and (self.header.fullmatch(following) or
                                                                     self.block and self.block.match(line)))

    def volunteered(self, text: str, starts: list[int]) -> set[int]:
        """The starts of sentences in a paragraph that says the letter did not ask it, from that sentence on, up to
        a sentence that points to an asked question ("... even if it is not in your questions. About your question on
        the network: ..."): the writer is back on the letter. News announced ("we just released new nozzles. They lay
        sauce ...") is volunteered up to its line's end: a list under it may hold an answer ("- all data ... belongs to you")."""
        out, on, news, broken, last = set(), False, False, breaks(text), 0
        for start, end in zip(starts, [*starts[1:], len(text)]):
            back = broken[start] or self._points_back(text, start, end)
            on, news = on and not back, news and not back and "\n" not in text[last:start]
            lower, last = text[start:end].lower(), start
            on = on or bool(self.volunteers and self.volunteers.search(lower))
            news = news or bool(self.news and self.news.search(lower)) or bool(self.announced and self.announced.search(lower))
            if on or news:
                out.add(start)
        return out

    def _points_back(self, text: str, start: int, end: int) -> bool:
        """Whether a sentence points to an asked question by its words, up to a colon ("About your question on the
        network: ...")."""
        return bool(self.refers and text.find(":", start, end) >= 0 and self.refers.search(text, start, end))

    def elsewhere(self, text: str, starts: list[int], here) -> set[int]:
        """The starts of sentences that describe another customer's plant: after one that brings it in, from the next
        that points back to it ("There, ..."), on through its paragraph and paragraphs opened by pointing back, up to a
        sentence `here` finds on this plant. A reference named in passing ("at our reference site this caught 11 of
        13") and followed by no sentence pointing back starts nothing."""
        out, state = set(), ""
        if not (self.references and self.back):
            return out
        for start, end in zip(starts, [*starts[1:], len(text)]):
            lower = text[start:end].lower()
            back = bool(self.back.match(lower))
            if state == "on" and breaks(text)[start] and not back or state == "named" and not back:
                state = ""
            state = "on" if state == "named" else state
            if state == "on" and here(lower):
                state = ""
            if state == "on":
                out.add(start)
            elif self.references.search(lower):
                state = "named"
        return out

    def referred(self, text: str, starts: list[int], asked: list[tuple[str, str]], plain: frozenset[str]) -> dict[int, str]:
        """Sentence start -> the asked topic the paragraph points to by its question's own words, from
        the sentence that points on; none where those words fit no one question best."""
        own = own_stems(asked, plain)
        out, current, broken = {}, None, breaks(text)
        for start, end in zip(starts, [*starts[1:], len(text)]):
            current = None if broken[start] else current
            # the pattern ends in a colon: a sentence without one (most) is not searched
            found = self.refers.search(text, start, end) if self.refers and text.find(":", start, end) >= 0 else None
            if found:
                current = _best(stems(found.group(1), plain), own)
            if current:
                out[start] = current
        return out


_LEAD = 20  # characters before a line's pointer to the letter's question, at most ("Regarding ", "Zu ", "About ")


def _block(rules: ParagraphRules) -> re.Pattern | None:
    """A header block on one line, as tidying joins short lines to a long one before them: a header's label first,
    then, after a space, the label of who sent the message or whom it went to; or who sent it first, then any label."""
    if not (rules.headers and rules.senders and rules.recipients):
        return None
    headers, senders, recipients = alternation(rules.headers), alternation(rules.senders), alternation(rules.recipients)
    return _line(rf"(?:{headers})\s*:.*?\s(?:{senders}|{recipients})\s*:|(?:{senders})\s*:.*?\s(?:{headers})\s*:")


def _dated_writer(line: str, verb: re.Pattern) -> bool:
    """A line that opens a quoted older message with its verb before the writer, after the date ("Am 30.11.2026 um
    09:12 schrieb Karl Brenner <k.brenner@mixmind.de>:", ending in its colon): a digit before the verb (no sentence of
    the reply's), at most 200 characters on either side of it."""
    found = verb.search(line)
    return bool(found and found.start() <= 200 and len(line) - found.end() <= 200
                and any(c.isdigit() for c in line[:found.start()]))


def _best(words: set[str], own: list[tuple[str, set[str]]]) -> str | None:
    shared = sorted(((len(words & stems_), topic) for topic, stems_ in own), reverse=True)
    if not shared or not shared[0][0] or (len(shared) > 1 and shared[1][0] == shared[0][0]):
        return None
    return shared[0][1]


def _line(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.I)


def _words(words: list[str]) -> re.Pattern | None:
    alternatives = trie_pattern(sorted({w.lower() for w in words}))  # the same matches as longest first (reply.py)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])") if words else None


SIGNATURE = 200  # characters after a reply's closing: a name, a title, a company, an address


def closing_line(closings: list[str]) -> re.Pattern | None:
    """A line that closes a reply: one of `closings` ("Best regards", "BR"), perhaps a name after it."""
    words = "|".join(re.escape(c) for c in sorted(closings, key=len, reverse=True))
    return re.compile(rf"\s*(?i:{words})[,.!]?(?:\s+[A-Z][\w.'-]*,?)*\s*") if words else None


def signed_at(text: str, starts: list[int], closing: re.Pattern | None, notices: re.Pattern | None = None) -> int:
    """How many sentences come before the reply's closing ("Best regards," on a short line of its own, a
    few short lines before the end, not counting the legal notices that end a mail): the name, title and company
    after it sign the reply, they answer nothing, and nor do those notices."""
    text = text[:notice_at(text, notices)]  # its sentences after the closing are signed as the signature's are
    for i, start in enumerate(starts):
        if closing is None or not i or len(text) - start > 2 * SIGNATURE:  # a closing ends the text: look near the end only
            continue
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start) % (len(text) + 1)
        after = text[line_end:].strip()
        if not text[line_start:start].strip() and line_end - line_start <= 60 and len(after) <= SIGNATURE \
                and after.count("\n") < 5 and closing.fullmatch(text, line_start, line_end):
            return i
    return len(starts)
