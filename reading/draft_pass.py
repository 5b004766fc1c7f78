"""One draft's own state, so one Drafter serves every session at once."""
from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from .draft_signatory import found_in
from .draft_evidence import Evidence
from .german import english_and_written
from .glossed_kinds import glossed_kinds
from .kind_lines import opens, speech, titled
from .kpi_source import firm_outside, named_site
from .page_lines import nouns_capitalised, paragraph_ends
from .phrases import normalise, tokens
from .role_model import reread
from .references import REFERENCE as TOLD_ELSEWHERE, ReferenceReader
from .romance import Written as RomanceWritten
from .story import names_in
from .roles import BEFORE, CLAIM, REFERENCE, Role
from .text import Reading, Sentence
from .text_tables import row_lines

if TYPE_CHECKING:
    from .draft_cues import SentenceCues


_PROJECT = "~project:"  # a project cue's key in the scan (draft_specs.page_cues)
_OWNED = re.compile(r"\b[Yy]our(?: [a-z]+)? ([A-Z0-9][\w-]*)")  # "your LabWare", "your existing AVEVA", "your 5 presses"


class Pass:
    """One reading's state: which sentences sell (asked again by the KPI and text answers) and
    how many sentences of each kind the text has (a brochure drafts only vendor's claims)."""

    def __init__(self, drafter: SentenceCues, reading: Reading, replies: bool = False, datasheets: list[str] = (),
                 text: str = ""):
        self.drafter, self.reading, self.replies = drafter, reading, replies
        self.datasheets, self.apart = tuple(datasheets), ()  # datasheets' texts (draft_specified), no article's (german_drafting)
        texts = [s.text for s in reading.sentences]
        # text -> its words and finds, asked again; a German text's words as written, where read in English (german.py)
        self.scanned, self.written = self._scanned(drafter, texts, replies)
        if not replies:  # an offer's glossed sentence weighed as its English reads (glossed_kinds.py)
            reading = self.reading = glossed_kinds(reading, {t: w for t, (w, _f) in self.scanned.items()}, self.written, drafter.reader)
        self.words, self.found = [self.scanned[t][0] for t in texts], [self.scanned[t][1] for t in texts]
        with nouns_capitalised(() if isinstance(self.written, RomanceWritten) else self.written):  # a German text's lines
            self.roles = drafter.roles.roles([s.text for s in reading.sentences], self.words, self.found)
        self.roles = paragraph_ends(text, reading.sentences, self.roles)  # `text`: where each sentence stands
        self.index = {s.start: i for i, s in enumerate(reading.sentences)}
        self.table_rows = row_lines(texts)  # a pasted table's rows, each cell under its header (text_tables.py)
        self.before_told = any(role.kind == BEFORE or role.turn for role in self.roles)  # the text tells how the plant stood
        # ... and the words it tells it in (a cause it names there: draft_causes.move_caused)
        self.told_before = tuple(words for role, words in zip(self.roles, self.words) if role.kind == BEFORE)
        self.role_at = {s.start: role for s, role in zip(reading.sentences, self.roles)}
        self.selling: dict[int, bool] = {}  # sentence start -> marketing
        self.hits: dict[str, tuple] = {}  # sentence text -> its hits as found (Drafter._not_selling), unfiltered
        self.headed: dict[str, Evidence] = defaultdict(Evidence)  # what titles and headings name (Drafter._headings)
        self.story = False  # one site's story (Drafter.read)
        self.alone = False  # an offer's sentence says the system acts by itself (Drafter._acts_alone)
        # a sentence where a role acts on the output -> whether a person's name names it (SentenceCues.evidence_acted)
        self.acted: dict[str, bool] = {}
        self.body = 0  # sentences read for answers that are no title or heading
        self.said: dict[str, int] = defaultdict(int)  # non-neutral sentences: substance, label, selling
        self.rates: list[str] = []  # rows of data tables that give a sampling rate
        self.ways: list[str] = []  # rows of link tables whose method cell names a machine's protocol ("OPC UA")
        self.link_ways: list[str] = []  # prose links' sentences that name their way ("to your MES over OPC UA")
        self.kept_rows: list[str] = []  # rows of work tables naming who does an upkeep task (draft_work_tables.py)
        self.kept: frozenset[str] = frozenset()  # sentences that tell who keeps the system (draft_upkeep.py)
        # agent.py: why each sentence is a general truth, or None
        self.general = self._generals(drafter, reading)
        self.cases: set[int] = set()  # sentences that tell another customer's case (mark_references)
        self._general_goes_on(drafter.roles.go_on | drafter.agent.pronouns)
        self.names = names_in(texts)  # who the text names: a story's customer is one (story.names_in)
        self.actors = drafter.story.actors([w for w, _ in self.scanned.values()], self.names)  # ... and those that did a deed in the past (each distinct line once)
        self._kind_of_text(reading)
        self.reread = reread(self, reading)  # offers the learnt role model is sure are none (role_model.py)

    def _generals(self, drafter: SentenceCues, reading: Reading) -> list[str | None]:
        """_general of each sentence; a line said again, read once (its words and finds are its text's own,
        and of its role only whether it tells the before-state counts)."""
        read: dict[tuple[str, bool], str | None] = {}
        out = []
        for sentence, words, finds, role in zip(reading.sentences, self.words, self.found, self.roles):
            key = (sentence.text, role.kind == BEFORE)
            if key not in read:
                read[key] = self._general(drafter, sentence.text, words, finds, role)
            out.append(read[key])
        return out

    @staticmethod
    def _general(drafter: SentenceCues, text: str, words: list[str], found: list, role: Role) -> str | None:
        """Why the sentence is general (agent.py), unless its own words tell the before-state and the signal is
        one a before-state outranks ("Acme is a molder serving the RV industry" is who the customer is; a
        sentence only under a before heading, or going on from one, is left general)."""
        kind = drafter.agent.general(words, found)
        if kind in drafter.agent.yields and role.kind == BEFORE:
            return None if drafter.roles.role(text, words, CLAIM, found).kind == BEFORE else kind
        return kind

    def _general_goes_on(self, back: frozenset[str]) -> None:
        """A sentence that points back ("This means ...", "Not only that, but ...", "They ...") right after a
        general truth goes on telling it: "Cloud SCADA systems let operators ... Not only that, but the provider
        ...", "Rural utilities have unique problems. They have small budgets ..."."""
        for i in range(1, len(self.general)):
            if self.general[i] is not None or not self.general[i - 1]:  # most sentences: nothing to go on from
                continue
            words = self.words[i]
            opening = words[:words.index(",")] if "," in words[:5] else words[:1]
            if not back.isdisjoint(opening):
                self.general[i] = self.general[i - 1]

    def mark_references(self, references: ReferenceReader) -> None:
        """An offer's sentences that tell another customer's case (references.py) are read as such (general kind
        REFERENCE), and so is one pointing back right after one ("There the planners created work orders")."""
        sentences = self.reading.sentences
        names = {text: references.found(text) for text in dict.fromkeys(s.text for s in sentences)}  # a line said again
        found = [names[s.text] for s in sentences]
        own = references.own_names(found, self.words)  # the buyer's name, the vendor's
        told: dict[str, tuple[bool, bool]] = {}  # text -> (tells a case, tells it in its opening): its text's alone
        for i, (sentence, words) in enumerate(zip(sentences, self.words)):
            if self.general[i] is not None:
                continue
            if sentence.text not in told:
                told[sentence.text] = self._case_told(references, sentence.text, words, own, found[i])
            case, opening = told[sentence.text]
            if not case:
                after = i > 0 and self.general[i - 1] == TOLD_ELSEWHERE and references.goes_on(words)
                self.general[i] = TOLD_ELSEWHERE if after else None
                continue
            self.cases.add(i)  # a case told anywhere in it may answer the reference question
            if opening:
                self.general[i] = TOLD_ELSEWHERE

    @staticmethod
    def _case_told(references: ReferenceReader, text: str, words: list[str], own: frozenset[str],
                   found: tuple) -> tuple[bool, bool]:
        """Whether the sentence tells another customer's case, and whether its opening clause does: a case told there
        is told whatever a later clause says to the reader ("...; this result is not guaranteed for your plant")."""
        first = references.opening(text)
        if references.tells(first, references.opening_words(words), named_site(first), own, references.in_past(words)):
            return True, True
        return references.tells(text, words, named_site(text), own, found=found), False

    @staticmethod
    def _scanned(drafter: SentenceCues, texts: list[str],
                 replies: bool = False) -> tuple[dict[str, tuple[list[str], list]], dict]:
        """Each sentence tokenised and scanned once, a line said again too (its words and finds are its text's alone);
        a German reply to the buyer's questions is read without its nouns glossed (german.yaml replies_read_nouns)."""
        scanned: dict[str, tuple[list[str], list]] = {}
        english, written = english_and_written(texts, drafter.rules.scan.find, replies)  # a German text read in English
        for text in texts:
            if text not in scanned:
                words = english[text]
                scanned[text] = words, found_in(text, words, drafter.rules.scan.find)  # a company's name, a signatory: who
        return scanned, written

    def _kind_of_text(self, reading: Reading) -> None:
        """What kind of text the whole is (drafting.yaml product_page): sentences of five words or
        more, those that speak to manufacturers in general, those tied to one plant and project."""
        self.long = self.generic = 0
        self.speaking = self.past = 0  # sentences that speak to the reader, that say anything in the past
        self.recalled = 0  # ... of those in the past, all but the perfect's (story.recalls: what story.letter counts)
        self.tied: list[int] = []  # starts of the sentences that name a project cue
        self.offered: list[int] = []  # ... one that is an offer's or a project's own term, not one said in passing
        self.told = 0  # sentences that tell one site's story (story.py)
        self.lead_told = False  # the opening tells one site's story and speaks to no reader (AnswerDrafting.untied)
        opening = addressed = 0
        page = self.drafter.rules.product_page
        # a line that names the text a case study ("Case Study: ...", "This case study shows how one mill ...")
        said = [words for words, _finds in self.scanned.values()]  # each distinct line's words: a line said again asks nothing new
        self.declared = any(opens(words, p, page.titles) for words in said for p in page.declared)
        # ... or a title that ends on one ("Auto OEM Installs Sunroofs - Case Study"), or a case study's furniture
        ends, longest = frozenset(p[-1] for p in page.declared if p), max(map(len, page.furniture), default=0) + 1
        furnished = any(titled(text, page.declared, ends) for text in self.scanned) \
            or any(tuple(w for w in words if w != ":") in page.furniture for words in said if len(words) <= longest) \
            or any(opens(words, p, page.titles) for words in said for p in page.studied)  # "In this study, ..."
        read: dict[tuple[str, str | None], tuple[bool, ...]] = {}  # a line said again is read once
        for sentence, words, finds, general, role in zip(reading.sentences, self.words, self.found, self.general,
                                                         self.roles):
            if len(words) < 5:
                continue
            self.long += 1
            said = (sentence.text, general)
            if said not in read:
                read[said] = self._sentence_kind(words, finds, general, sentence.text.rstrip().endswith("?"))
            generic, speaking, past, tells, project, offered, recalled = read[said]
            if speaking and speech(sentence.text):  # "„Wir wollen ...“, sagt der Werkleiter": the site's people, quoted
                speaking, past, recalled = False, True, True
            if opening < page.lead:  # "Your plant's compressor failed at 2 AM": a scene put to any reader, no site's
                opening += 1
                addressed = addressed or not self.drafter.story.reader.isdisjoint(w.split("'")[0] for w in words)
                self.lead_told = not addressed and (self.lead_told or (tells and general is None))
            self.generic += generic
            self.speaking += speaking
            self.past += past and role.kind != REFERENCE  # a case under a Reference heading is not the text's past
            self.recalled += recalled and past and role.kind != REFERENCE
            if tells:  # one site's story ties it, even told as a boast ("a leading maker faced ...")
                self.told += 1
            elif project:  # an offer's terms
                self.tied.append(sentence.start)
                if offered:
                    self.offered.append(sentence.start)
        # ... in a text that tells what happened: a vendor's page sets out "The challenge" and its solution in the
        # present ("We develop an embedded model"); a title naming a case study over a text told in the present reads
        # as before (real_tuning19 Eyelit: read as an offer it drafted a wrong option)
        self.declared = self.declared or (furnished and self.drafter.story.told_in_past(self.long, self.past))

    def _sentence_kind(self, words: list[str], finds: list, general: str | None, asks: bool) -> tuple[bool, ...]:
        """What one sentence tells of the kind of text: it speaks of plants in general, speaks to the reader,
        says anything in the past, tells a site's story, names a project cue, an offer's own term."""
        story, page = self.drafter.story, self.drafter.rules.product_page
        # "escalates to the plant manager": a job's name, no plant of one project
        finds = [f for f in finds if not (f[1] < len(words) and words[f[1]] in page.titles
                                          and f[2].startswith(_PROJECT) and f[2][len(_PROJECT):] in page.passing)]
        kinds = {key.split(":", 1)[0] for _s, _e, key in finds if key.startswith(("~generic:", "~project:"))}
        # a source cited or an article speaking of itself tells no site's story ("Nakajima proposed the 85% figure in
        # his 1984 book": what the literature says, no customer's deed)
        cited = general in page.general_kinds
        tells = not cited and (story.tells(words, self.names, self.actors) or story.reports(words))
        return ("~generic" in kinds or cited, story.speaks_to(words),
                # "Which station was the bottleneck?": a page asks, tells no past; nor does a scene put to the reader alone
                # ("By then you've already made conservative decisions": any reader's, no site's past)
                story.looks_back(words, self.names) and not asks and not self._to_reader(words),
                # a general truth ties the text to no project: "This article explains ...", "downtime costs the plant"
                tells, "~project" in kinds and not general,
                not general and any(key.startswith(_PROJECT) and key[len(_PROJECT):] not in page.passing
                                    for _s, _e, key in finds), story.recalls(words))

    def _to_reader(self, words: list[str]) -> bool:
        """The sentence speaks to its reader ("you", "you've", "your") and not for its writer ("we", "our", "will")."""
        story, said = self.drafter.story, {w.split("'")[0] for w in words}
        return not story.reader.isdisjoint(said) and (story.speaks - story.reader).isdisjoint(said)

    @property
    def project(self) -> int:
        """Sentences that tie the text to one plant and project: a project cue in a sentence that
        does not sell ("will be" in "your team will be empowered" ties it to nothing), or a story."""
        return self.told + sum(not self.selling.get(start, False) for start in self.tied)

    def distinct_lines(self) -> int:
        """Sentences of five words or more, a line said again counted once."""
        return sum(len(words) >= 5 for words, _finds in self.scanned.values())

    def offers(self) -> int:
        """Sentences naming an offer's own term ("we will", "the price", "this proposal") that do not sell."""
        return sum(not self.selling.get(start, False) for start in self.offered)

    def quiet(self) -> bool:
        """No site's story and no offer's own terms, hardly a word to the reader or in the past (story.py).
        A page may name "the plant" or "the customer" in passing (product_page.passing): that ties it to
        no project, as "quotation" or "we will" would."""
        offers = self.offers()
        # "you" and "we" alone make no offer: a documentation page says "you can set the stop reasons" to any
        # reader; an offer to one buyer names that buyer's own unit ("your presses", "line 3")
        speaking = self.speaking if self.names_site() else self._owned()
        return self.told == 0 and offers == 0 and self.drafter.story.quiet(self.long, speaking, self.past)

    def names_site(self) -> bool:
        """A sentence numbers or counts a unit of one site ("cell 4", "four compressors"): "your machines" alone is
        said to any reader (Pass.owned counts it as speaking to one buyer)."""
        return any(self.drafter.sites.names(words, owned=False) for words in self.words)

    def _owned(self) -> int:
        """Sentences that speak for the writer ("we", "our", "will") or to one buyer's own named things ("your
        LabWare", "your existing AVEVA", "your 5 presses", "your plant"): "you" and "your" alone ("you can set the
        stop reasons", "your production data", "your ERP": a kind of system, no name) are said to any reader of a
        documentation page."""
        story, reader = self.drafter.story, self.drafter.story.reader
        count = 0
        for sentence, words in zip(self.reading.sentences, self.words):
            if len(words) < 5 or not story.speaks_to(words):
                continue
            named = any(m.group(1).lower() not in story.system_kinds for m in _OWNED.finditer(sentence.text))
            count += bool(story.speaks - reader & set(words)) or named or self.drafter.sites.names(words)
        return count

    def carries_story(self) -> bool:
        """A newsletter or page that carries another customer's story ("Customer story: how a plastics processor cut
        energy by 18 %") beside its product news and calls to the reader: it names a case study (declared) but is not
        told as one (speaks to its reader as a letter does), names no offer's own term ("we will", "the price", "this
        proposal"), and ties to a site only through that story. The story is a reference; the text is the vendor's."""
        story, below = self.drafter.story, self.drafter.rules.product_page.project_below
        return self.declared and not self.story and self.told > 0 and self.offers() == 0 \
            and self.project - self.told < below * self.long and story.letter(self.long, self.speaking, self.recalled)

    def marketing(self, sentence: Sentence) -> bool:
        if sentence.start not in self.selling:
            i = self.index[sentence.start]
            hits = self.drafter._hits(self.drafter.rules.scan, self.words[i], self.found[i])
            self.selling[sentence.start] = self.drafter._sells(sentence, hits)
        return self.selling[sentence.start]

    def is_general(self, sentence: Sentence) -> bool:
        """A truth of the industry or of plants in general (agent.py), not of this plant."""
        return self.general[self.index[sentence.start]] is not None

    def said_words(self, text: str) -> list[str]:
        """A sentence's words as drafting read them, by its text (a German one's glossed: german.py)."""
        return self.scanned[text][0] if text in self.scanned else tokens(normalise(text))

    def words_of(self, sentence: Sentence) -> list[str]:
        return self.words[self.index[sentence.start]]

    def written_of(self, sentence: Sentence) -> list[str]:
        """Its words as written, not as a gloss read them (the KPI reader's own German grammar)."""
        return self.written.get(sentence.text) or self.words_of(sentence)

    def claims(self, sentence: Sentence) -> bool:
        """Not marketing, and a role that may state the plant's measure (not a question or an option),
        nor a general truth ("predictive maintenance can cut downtime by a third": no plant's measure)."""
        role = self.role_at[sentence.start]
        return not self.marketing(sentence) and role.kind in (CLAIM, BEFORE) and not role.unsure \
            and not self.general[self.index[sentence.start]]

    def promises(self, sentence: Sentence) -> bool:
        """May state the plant's measure when it commits firmly, however it boasts ("We guarantee 30% less
        energy per tonne") and under whatever heading: under "Reference and commitment" a line read apart from
        its heading ("We commit to 14 hours a month") is the vendor's own, not another site's."""
        i = self.index[sentence.start]
        role = self.role_at[sentence.start]
        if role.kind == REFERENCE:
            role = self.drafter.roles.role(sentence.text, self.words[i], CLAIM, self.found[i])
        # an aside that is unsure ("heat recovery 94 % instead of 88 %") leaves the guarantee made outside it standing
        return role.kind in (CLAIM, BEFORE) and not self.general[i] \
            and (not role.unsure or firm_outside(self.words[i], role.drafts))

    def brochure(self, below: float, least: int = 0) -> bool:
        """Too few of the text's sentences say something concrete that is not selling: none at all, in a text of
        `least` sentences or more whose every line is neutral (a page of headings and feature names says nothing
        concrete either; a line or two alone is too short to tell)."""
        if self.written and self._reported():
            return False
        said = sum(self.said.values())
        return self.said["substance"] < below * said if said else 0 < least <= self.long

    def _reported(self) -> bool:
        """A report in the third person of what happened (told in the past, hardly a word for its writer or to its
        reader: a trade journal's article, no vendor's "our data logger"): read through the German gloss, its lines are
        neutral to the sentence reader, which reads English, so how few say something concrete tells nothing."""
        story = self.drafter.story
        return story.told_in_past(self.long, self.past) and self.speaking < story.speaks_below * self.long

