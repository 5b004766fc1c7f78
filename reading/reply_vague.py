"""Why a reply sentence answers nothing, however it reads ('' when it may), and the clauses of one read so that still
answer for this plant. Mixed into reading.reply.ReplyReader: needs self.vague_words, self.deferring, self.general,
self.held, self.conceded, self.worded, self.put_off, self.steady, self.claims, self.unmeasured, self.accuracy, self.track,
self.paragraphs, self.reader and self.role_in."""
from __future__ import annotations

from .reply_cadence import link_told, timed
from .reply_deferred import named
from .reply_phrases import runs
from .reply_prices import HOW
from .reply_words import ASKS_BACK, BY_SOMEONE, EACH_ACT, told_done
from .text import STRONG, Sentence

ASKING = "it asks the buyer rather than answers"


class Vagueness:
    def _answering_part(self, sentence: Sentence, before: str) -> Sentence | None:
        """The clauses of a sentence read as general or vague that still answer for this plant, as a sentence
        of its own (its offsets the whole sentence's): "an edge PC per press connects only outbound
        over HTTPS; our cloud is ISO 27001 certified" answers with its first clause. None when they
        name nothing strong (a number, a protocol, a system ...) or are vague themselves."""
        # the vendor says the answer is not complete yet: only a clause set apart with facts answers, partly (reply_held.py)
        put_off = self.deferring and self.deferring.search(sentence.text.lower())
        why = (lambda c, b: self._clause_why(c, b) or self.deferring.why(c.lower()) or self.held.reference(c.lower())) \
            if put_off else self._clause_why  # a clause put by grammar off ("we will agree the rest with you"): none
        span = self.general.answering_part(sentence.text, before, why)
        read = self.reader.read(sentence.text[span[0]:span[1]]).sentences if span else []
        if len(read) != 1:
            return None
        one = read[0]
        part = Sentence(one.text, sentence.start, sentence.end, one.kind, one.reason, one.labels, one.substance,
                        one.buzzwords)
        strong = any(s.kind in STRONG or put_off and s.kind == "data" for s in part.substance)  # "40 vibration sensors"
        return part if strong and not self.vague(part, before) else None

    def _clause_why(self, clause: str, before: str) -> str:
        """Why a clause of its own answers nothing: a vague phrase ("the wireless sensors shown in the
        brochure; ... we would mount four wired accelerometers ...": the other clause still answers), or general."""
        found = next((m for m in self.vague_words.finditer(clause.lower()) if not named(clause.lower(), m)), None)
        return f"\u201c{found.group()}\u201d is vague" if found else self.general.why(clause, before)

    def vague(self, sentence: Sentence, before: str = "") -> str:
        """Why a sentence answers nothing however it reads ('' when it may): a question of its own, a vague phrase,
        buzzwords with nothing strong behind them, a claim without how, or words on the product or
        the market, not on this plant (`before`: the sentence before it in its paragraph)."""
        if "?" in sentence.text and ASKS_BACK.search(sentence.text):
            return ASKING
        if self.paragraphs.names_topic(sentence.text):
            return "it names the question's topic, no answer"
        lower = sentence.text.lower()
        worded = self.worded is None or not self.worded.isdisjoint(runs(lower))  # most sentences: none of the three lists'
        conceded = self.conceded.match(lower) if worded and self.conceded else None
        found = worded and next((m for m in self.vague_words.finditer(lower) if not (conceded and m.end() <= conceded.end())
                                 and not self._done_by(lower, m.end(), sentence) and not told_done(lower, m, self.put_off)
                                 and not (self.steady and self.steady.search(lower, 0, m.start())) and not named(lower, m)), None)
        if found:
            return f"\u201c{found.group()}\u201d is vague"
        if sentence.buzzwords and not any(s.kind in STRONG for s in sentence.substance):  # most sentences: no buzzword
            return f"it sells (\u201c{sentence.buzzwords[0]}\u201d) rather than says"
        claim = worded and self.claims and self.claims.search(lower)
        if claim and not {s.kind for s in sentence.substance} & HOW:
            return f"it claims (\u201c{claim.group()}\u201d) rather than says how"
        if self.held.reference(lower, sentence):  # a figure measured at another plant: a reference
            return self.held.reference(lower, sentence)
        rate = self.accuracy.unmeasured(lower)
        if rate:
            return f"it gives an accuracy (\u201c{rate}\u201d) but not what it was measured on"
        fast = worded and self.unmeasured and self.unmeasured.search(lower)
        if fast and not timed(sentence, lower) and not link_told(sentence):  # no figure; not a link's cadence
            return f"it says how fast in a word (\u201c{fast.group()}\u201d) rather than the figure"
        how = bool({s.kind for s in sentence.substance} & HOW)  # a gain with a figure or a role may answer
        return self.deferring.why(lower, {s.kind for s in sentence.substance}) or self.track.why(lower) or self.general.why(sentence.text, before) or self.general.boasts.why(sentence.text, how)

    def _done_by(self, lower: str, at: int, sentence: Sentence) -> bool:
        """Whether a confirmation put off is a person's act on each thing the system proposes, in the passive voice
        ("each adjustment has to be confirmed by the setter"), not an answer to come ("the accuracy will be confirmed
        by the pilot", "the format is to be agreed by your IT"): each or every before it, "by" and a role after."""
        return (lower.endswith("confirmed", 0, at) and bool(EACH_ACT.search(lower, 0, at)) and bool(BY_SOMEONE.match(lower, at))
                and (self.role_in(lower) or any(s.kind == "role" for s in sentence.substance)))

