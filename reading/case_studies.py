"""Another customer's case study handed in beside the offer (questions/drafting.yaml `case_study`).

A vendor sends, as proof, the story of another plant ("CASE STUDY: How Nordic Timber AB cut kiln energy by 22%").
Read as the offer, that plant's old state drafted as this plant's problem, its results as the return promised and its
SAP as this plant's link. A document is such a case study where one of its first lines names it so (`declared`: it
opens or ends on "Case study", "Anwenderbericht", "caso de éxito" ...) and it names its customer (on a field line,
"Customer: Nordic Timber AB, Växjö", or by a company's name with its legal form in that title line) who is not the
buyer: not a customer the offer's own documents name on such a line ("Customer: Holzwerk Süd GmbH", "Prepared for:
..."), which makes it the buyer's own pilot. Such a document answers only the reference question, with the results it
tells (`reference_answer`; reading/draft_documents.py drafts it apart)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from questions.models import Answer, Document

from .company_names import names as company_names
from .documents import CASE_STUDY
from .draft_evidence import RANK
from .draft_rules import draft_data
from .word_regex import alternation

_BULLET = " \t-•*#>|"


def _phrases(words: list[str]) -> re.Pattern:
    """Any of the phrases, whole, in a lower-cased line."""
    return re.compile(rf"(?<!\w)(?:{alternation(str(w).lower() for w in words)})(?!\w)")


@dataclass(frozen=True)
class CaseStudies:
    declared: re.Pattern  # a line naming the text a case study
    title_lines: int  # ... among its first lines with words
    decks: re.Pattern  # ... or a deck of several customers' stories
    deck_sections: int  # ... as do this many lines opening on `declared` and a name
    customer: re.Pattern  # a field line naming a customer: "Customer: ..."
    buyer: re.Pattern  # ... and the offer's lines naming the buyer: those and "Prepared for: ..."
    answers: str  # the question a case study answers
    results: tuple[str, ...]  # the questions whose quotes in a case study are its measured results
    max_quotes: int

    @classmethod
    def from_data(cls, data: dict) -> CaseStudies:
        field = lambda labels: re.compile(r"(?<!\w)(" + alternation(labels)
                                          + r")\s*:\s*(\S.*)", re.IGNORECASE)
        customers = [str(w) for w in data["customer_labels"]]
        return cls(_phrases(data["declared"]), int(data["title_lines"]), _phrases(data["decks"]),
                   int(data["deck_sections"]), field(customers),
                   field(customers + [str(w) for w in data["buyer_labels"]]), str(data["answers"]),
                   tuple(data["results"]), int(data["max_quotes"]))

    def title(self, text: str, names: re.Pattern | None = None) -> str | None:
        """The line among the first ones that opens or ends on a case study's name for itself (or on one of `names`),
        as written."""
        for line in _lines(text)[:self.title_lines]:
            said = line.strip(_BULLET).lower().rstrip(" .:!")
            if any(m.start() == 0 or m.end() == len(said) for m in (names or self.declared).finditer(said)):
                return line.strip(_BULLET)
        return None

    def deck_lines(self, text: str) -> list[str]:
        """The lines naming a deck of several customers' stories: its title line ("Customer success stories -
        Automotive"), or its sections' lines that open on a case study's name and a name ("Case study: Hollins
        Automotive Components, Telford") where there are at least `deck_sections`; [] for any other text."""
        sections = [line.strip(_BULLET) for line in _lines(text) if _opens_named(self.declared, line.strip(_BULLET))]
        title = self.title(text, self.decks)
        if len(sections) >= self.deck_sections:
            return [title, *sections] if title else sections
        return [title] if title else []

    def customer_line(self, text: str) -> tuple[str, str] | None:
        """The line naming the customer a case study tells of, and its name: a field line's ("Customer: Nordic Timber
        AB, sawmill ..."), else a company's name with its legal form in the title line."""
        for line in _lines(text):
            name = _name(self.customer, line)
            if name:
                return line.strip(_BULLET), name
        title = self.title(text)
        named = company_names(title) if title else []
        return (title, " ".join(named[0])) if named else None

    def stories(self, text: str) -> list[str]:
        """A deck's stories, each from its line naming a case study and its customer to the next (what comes before
        the first is the deck's cover); [text] for a text telling fewer than `deck_sections`. Drafted one by one, each
        customer's results are its own reference, none crowded out by another's."""
        lines = text.splitlines(keepends=True)
        starts = [i for i, line in enumerate(lines) if _opens_named(self.declared, line.strip(_BULLET))]
        if len(starts) < self.deck_sections:
            return [text]
        return ["".join(lines[a:b]) for a, b in zip(starts, [*starts[1:], len(lines)])]

    def buyers(self, documents: list[Document]) -> set[str]:
        """The names the offer's own documents give the buyer on a field line ("Customer: Holzwerk Süd GmbH")."""
        return {name for d in documents if d.kind != CASE_STUDY for line in _lines(d.text)
                if (name := _name(self.buyer, line))}

    def is_case_study(self, text: str, offer: list[Document] = ()) -> bool:
        """Whether a text names itself a case study in a title line and names a customer who is not the buyer, or is
        a deck of several customers' stories (`deck_lines`) none of whose lines names the buyer."""
        deck = self.deck_lines(text)
        if deck:
            return not any(self.buyer_named(line, offer) for line in deck)
        if self.title(text) is None:
            return False
        named = self.customer_line(text)
        if named is None:
            return False
        own = _key(named[1])
        return not any(own.startswith(key) or key.startswith(own) for key in map(_key, self.buyers(offer)))

    def parts(self, text: str, offer: list[Document] = ()) -> tuple[str, str]:
        """(another customer's case study, the rest) of a text that opens as one (its title line names it so, no buyer
        of the `offer` named there) and goes on, from a heading, to a price table (fees.py): a section is of its own
        kind, the case study the reference, the table the offer's prices. ('', text) for any other text."""
        title = self.title(text)
        if title is None or self.buyer_named(title, offer):
            return "", text
        from .documents import section_starts  # the headings a citation names sections by
        from .fees import fees

        cut = next((at for at in section_starts(text) if at > text.find(title) and fees().price_sheet(text[at:])), None)
        return (text[:cut], text[cut:]) if cut is not None else ("", text)

    def buyer_named(self, line: str, offer: list[Document]) -> bool:
        """The line names a buyer the offer's documents name: the buyer's own pilot, no other customer's story."""
        said = _key(line)
        return any(key and key in said for key in map(_key, self.buyers(offer)))

    def reference_answer(self, drafted: list[Answer], text: str) -> Answer | None:
        """The reference a case study gives: its own reference sentences (as drafted from it alone) and the results it
        tells, drafted there as the measured result or the return (`results`), in the order the text tells them; its
        customer's line first where no sentence of its own names the reference. None where it tells no result."""
        by_question = {a.question: a for a in drafted}
        own = by_question.get(self.answers)
        results = [(a.evidence, q) for qid in self.results if (a := by_question.get(qid)) for q in a.quotes]
        if own is None and not results:
            return None
        picked = [(own.evidence, q) for q in own.quotes] if own else []
        named = (self.customer_line(text) or self._story_line(text)) if not picked else None
        picked += [("specific", named[0])] if named else []
        picked = list({q: (e, q) for e, q in [*picked, *results]}.values())  # a sentence quoted once
        lead = picked[:1] if own or named else []
        rest = sorted(picked[len(lead):], key=lambda p: text.find(p[1]))
        quotes = [q for _e, q in [*lead, *rest][:self.max_quotes]]
        best = max((e for e, q in picked if q in quotes), key=RANK.get)
        return Answer(question=self.answers, evidence=best, text=" ".join(quotes), quotes=quotes, drafted=True)

    def _story_line(self, text: str) -> tuple[str, str] | None:
        """A deck's story's first line where it names a case study and its customer ("Case study: Hollins ...")."""
        first = next(iter(_lines(text)), "").strip(_BULLET)
        return (first, first) if _opens_named(self.declared, first) else None


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip(_BULLET)]


def _opens_named(declared: re.Pattern, line: str) -> bool:
    """The line opens on a case study's name and goes on to a name ("Case study: Hollins Automotive ...")."""
    found = declared.match(line.lower())
    rest = line[found.end():].lstrip(" :-–—") if found else ""
    return rest[:1].isupper() or rest[:1].isdigit()


def _name(field: re.Pattern, line: str) -> str:
    """The name a field gives ("Customer: Nordic Timber AB, Växjö": "Nordic Timber AB"), '' for none: a field opens
    its line, or within it is capitalised as a label is ("Kiln monitoring Prepared for: ...", a line the tidying
    joined); a name starts with a capital letter or a figure ("Customer: your plant" names none)."""
    line = line.strip(_BULLET)
    found = next((m for m in field.finditer(line) if m.start() == 0 or m.group(1)[:1].isupper()), None)
    name = re.split(r"[,;(|]| - | – | — ", found.group(2))[0].strip(" .") if found else ""
    return name if name[:1].isupper() or name[:1].isdigit() else ""


def _key(name: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", name.casefold()).split())


@lru_cache(maxsize=1)
def case_studies() -> CaseStudies:
    """drafting.yaml's `case_study`, compiled once."""
    return CaseStudies.from_data(draft_data()["case_study"])
