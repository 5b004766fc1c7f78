"""Who a text speaks of and to, read from its sentences' words.

A case study tells the story of one site: a customer, plant or team as the subject of a verb in
the past ("Plant A faced repeated fan failures", "they installed 40 sensors"). An offer speaks to
its reader ("your presses", "we will"). A product description does neither: it tells what a
product does in the general present ("the gateway publishes tags over MQTT"). The words are data
(drafting.yaml product_page.story and product_page.quiet); this module only reads them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .phrases import CLAUSE_END, is_number


@dataclass(frozen=True)
class StoryReader:
    subjects: frozenset[str]  # who a story is about: the site, its people, the vendor's team
    past: frozenset[str]  # verbs in the past that tell what happened there
    window: int  # at most this many words from the subject to its verb
    present: frozenset[str]  # "is", "are": a past participle after one of these is no past
    speaks: frozenset[str]  # words of a text that speaks to its reader or for its writer ("your", "we")
    least: int  # a text needs this many sentences (of five words or more) to be judged quiet
    speaks_below: float  # quiet: fewer than this share of its sentences speak to the reader
    past_below: float  # and fewer than this share say anything in the past
    letter_shares: tuple[float, float] = (1.0, 0.0)  # an offer: speaks to its reader in more than [0], past in fewer than [1]
    benefits: frozenset[str] = frozenset()  # "helps you", "lets your team": a page's benefit, not speaking to one buyer
    determiners: frozenset[str] = frozenset()  # "the", "your": a past word after one is an adjective ("the selected")
    states: frozenset[str] = frozenset()  # "was", "had": after a name, what it was or had, no deed of one customer
    results: frozenset[str] = frozenset()  # "increased", "fell": a result told in the past, when a measure follows
    unsure: frozenset[str] = frozenset()  # "can", "to": before a result's verb, a result not yet had
    relatives: frozenset[str] = frozenset()  # "which", "who": a clause set in commas between a subject and its verb
    pronouns: frozenset[str] = frozenset()  # "they": of a regular past, no subject that names who
    participle_after: frozenset[str] = frozenset()  # "in", "by": after a regular past, a participle ("based in")
    objects: frozenset[str] = frozenset()  # "its", "five": a deed's object opens with one ("Continental fitted five")
    reader: frozenset[str] = frozenset()  # "you", "your": of `speaks`, what any page says to any reader
    system_kinds: frozenset[str] = frozenset()  # "ERP", "MES": "your ERP" names a kind of system, not the buyer's own
    reduced: frozenset[str] = frozenset()  # "for", "at": after a noun, a past word before one names it ("materials used for")
    joined: frozenset[str] = frozenset()  # "and", "then": a past word after one goes on from a verb, no noun named
    served: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())  # "for", "at"; "a", "its": a deed's site
    reported_names: int = 0  # a report in the third person that names this many organisations or people ...
    reported_sites: frozenset[str] = frozenset()  # ... and a site of theirs ("plant", "mill"): one site's story
    perfect: frozenset[str] = frozenset()  # "has", "have": before a past participle, a deed told in the present perfect
    said: frozenset[str] = frozenset()  # "said", "explained": what one of a site's people said, told in the past

    @classmethod
    def from_data(cls, page: dict) -> StoryReader:
        story, quiet = page.get("story", {}), page.get("quiet", {})
        return cls(frozenset(story.get("subjects", [])), frozenset(story.get("past", [])), int(story.get("window", 3)),
                   frozenset(quiet.get("present", [])), frozenset(quiet.get("speaks", [])), int(quiet.get("least", 0)),
                   float(quiet.get("speaks_below", 0.0)), float(quiet.get("past_below", 0.0)),
                   (float(story.get("letter_speaks_above", 1.0)), float(story.get("letter_past_below", 0.0))),
                   frozenset(quiet.get("benefits", [])), frozenset(quiet.get("determiners", [])),
                   frozenset(story.get("states", [])),
                   frozenset(story.get("results", [])), frozenset(story.get("unsure", [])),
                   frozenset(story.get("relatives", [])), frozenset(story.get("pronouns", [])),
                   frozenset(story.get("participle_after", [])), frozenset(story.get("objects", [])),
                   frozenset(quiet.get("reader", [])), frozenset(quiet.get("system_kinds", [])),
                   frozenset(story.get("reduced_before", [])), frozenset(story.get("reduced_not_after", [])),
                   (frozenset(story.get("served_by", [])), frozenset(story.get("served_opens", []))),
                   int(story.get("reported_names", 0)), frozenset(story.get("reported_sites", [])),
                   frozenset(story.get("perfect", [])), frozenset(story.get("said", [])))

    def tells(self, words: list[str], names: frozenset[str] = frozenset(), actors: frozenset[str] = frozenset()) -> bool:
        """A past verb a few words after a subject, in one clause ("the plant, in 2021, chose"
        does not count; "Plant A faced" does), not a participle after the present ("they are installed
        wirelessly": what a product does). A subject is one of `subjects` or one of the text's own
        `names` (names_in: "Harpak Ulma deployed", "Pung decided"). Most sentences hold no past verb."""
        for at, word in enumerate(words):
            if word in self.past and self._finite(words, at):
                before = [w.split("'")[0] for w in self._subject(words, at)]  # "we've had": "we"
                if not self.subjects.isdisjoint(before) or (self._deed(words, at) and not names.isdisjoint(before)) \
                        or self._qualified(words, at):
                    return True
            elif word[-2:] == "ed" and self._regular(words, at):
                return True
            elif at and words[at - 1] in names and self._named_deed(words, at, actors):
                return True
            if word in self.past and word not in self.states and self._finite(words, at) and self._served(words, at):
                return True
        return False

    def _served(self, words: list[str], at: int) -> bool:
        """A deed in the past done for or at one site, whoever did it ("developed and deployed an inspection system
        for a leading paper mill", "has installed the system at its plant in Lerida"): one project's, named after the
        verb in its clause. A page's boast counts sites ("deployed at 500 plants": no determiner opens it)."""
        by, opens = self.served
        after = words[at + 1:at + 1 + self.window * 4]  # a named system in between: "an AI-driven surface inspection system"
        after = after[:next((i for i, w in enumerate(after) if w in CLAUSE_END), len(after))]
        for i, w in enumerate(after[:-1]):
            if w in by and after[i + 1] in opens:
                site = after[i + 2:i + 3 + self.window]  # "a leading folding carton mill"
                if any(n in self.subjects and n not in self.pronouns for n in site):
                    return True
        return False

    def _named_deed(self, words: list[str], at: int, actors: frozenset[str]) -> bool:
        """A deed of a named one with its object ("Continental fitted five trucks"), or one that `actors` (names that
        did such a deed) does now ("Continental sends one of its providers a request"): what one site did or does. A
        name's deed in the present alone is a product's ("Zelo uses AI"), so is one in a sentence that speaks."""
        word, name, follows = words[at], words[at - 1], words[at + 1] if at + 1 < len(words) else ""
        if not self.speaks.isdisjoint(words):  # "our engineer Rob Kessler added the details": the writer's own people
            return False
        if follows not in self.objects and not is_number(follows):
            return False
        if word.endswith("ed") and len(word) > 4:
            return True
        return name in actors and word.endswith("s") and not word.endswith("ss") and word not in self.present | self.states

    def actors(self, sentences: list[list[str]], names: frozenset[str]) -> frozenset[str]:
        """The names that did a deed in the past somewhere in the text ("Continental fitted five trucks"): a site."""
        return frozenset(w[at - 1] for w in sentences for at in range(1, len(w) - 1)
                         if w[at - 1] in names and w[at].endswith("ed") and self._named_deed(w, at, frozenset()))

    def _regular(self, words: list[str], at: int) -> bool:
        """A regular past right after a subject that names who ("the organisation performed all operations", "the
        mill provided"), not a pronoun ("as they happened") nor a participle naming a place ("a company based in")."""
        word = words[at]
        return 0 < at < len(words) - 1 and len(word) > 4 and word.endswith("ed") and words[at - 1] in self.subjects \
            and words[at - 1] not in self.pronouns and words[at + 1] not in CLAUSE_END \
            and words[at + 1] not in self.participle_after

    def _qualified(self, words: list[str], at: int) -> bool:
        """A subject set apart from its verb by a phrase that says which or where ("the team at the Leeds plant
        replaced", "the food processor in this application decided"): the clause opens on a subject and a preposition."""
        start = max((i for i in range(at) if words[i] in CLAUSE_END), default=-1) + 1
        if at - start > 3 * self.window:
            return False
        opening = words[start:at][:self.window + 1]
        return any(w in self.subjects and w not in self.pronouns and i + 1 < len(opening)
                   and opening[i + 1] in self.participle_after for i, w in enumerate(opening))

    def _subject(self, words: list[str], at: int) -> list[str]:
        """The words of the verb's clause before it, at most `window`; past a relative clause set in commas ("the
        Kani factory, which makes contactors, was facing"), the words before that clause."""
        if at > 1 and words[at - 1] == ",":
            opened = max((i for i in range(at - 1) if words[i] == ","), default=-1)
            if opened > 0 and words[opened + 1] in self.relatives:
                at = opened
        before = words[max(0, at - self.window):at]
        cut = max((i for i, w in enumerate(before) if w in CLAUSE_END), default=-1)
        return before[cut + 1:]

    def reports(self, words: list[str]) -> bool:
        """A result told in the past with its measure ("capacity increased by 58.3%", "consumption fell from 4.1 to
        3.2 kWh"): what one site measured, not a benefit ("reduces downtime by 30%") nor a boast ("cut downtime by
        up to 30%", "reduced by 5-10%": a range is any site's), nor what is yet to be ("can be reduced by")."""
        if self.results.isdisjoint(words):
            return False
        for at, word in enumerate(words):
            if word in self.results and (at == 0 or words[at - 1] not in self.present | self.unsure):
                after = words[at + 1:at + 1 + self.window * 3]
                end = next((i for i, w in enumerate(after) if w in CLAUSE_END), len(after))
                after = after[:end]
                if any(w in ("by", "from") and _measure(after[i + 1:i + 3]) for i, w in enumerate(after)):
                    return True
        return False

    def _deed(self, words: list[str], at: int) -> bool:
        """What a named one did ("Garner needed", "Harpak-ULMA deployed"), not what it was or had ("Manu Online was
        used", "the point ID was 3-9-94"): a product is named as often as a customer, and undergoes, not acts."""
        return words[at] not in self.states and (at == 0 or words[at - 1] not in self.states)

    def in_past(self, words: list[str]) -> bool:
        """A word of story.past that is not a participle after the present ("updates are installed
        from the console", "when the link is lost": what a product does, not what happened)."""
        if self.past.isdisjoint(words):
            return False
        return any(w in self.past and self._finite(words, at) for at, w in enumerate(words))

    def looks_back(self, words: list[str], names: frozenset[str] = frozenset()) -> bool:
        """The sentence says anything in the past: a word of `past` (`in_past`), a deed in the present perfect by a site
        or a named one (`done`: "Vincent Tyrode a développé", "the mill has replaced"), or what one of its people said
        (`said`: "..., said the plant manager", "sagt der Werkleiter", read "said" as German and French reportage
        put it in the present): an article's account, as English tells it in the past."""
        return self.recalls(words) or self.done(words, names)

    def recalls(self, words: list[str]) -> bool:
        """`looks_back` but for the present perfect: a word of `past` or of `said`. What `letter` counts: an offer or a
        newsletter looks back in the perfect as often as a story ("your plant has grown", "the company has saved")."""
        return self.in_past(words) or (not self.said.isdisjoint(words)
                                       and any(w in self.said and self._finite(words, at) for at, w in enumerate(words)))

    def done(self, words: list[str], names: frozenset[str] = frozenset()) -> bool:
        """A deed told as done: in the past (`in_past`) or in the present perfect by a site or a named one, "has" or
        "have" a few words after one of `subjects` or `names` and a past participle a word or two on ("Tarmac has moved
        to planned maintenance", "Tarmac, based in Port Talbot, has moved", "the plant has been able to shift"): a press
        report tells one site's deed so as often as in the past. Not a writer's boast ("the agency has developed
        numerous case studies": no site's name before it)."""
        if self.in_past(words):
            return True
        if self.perfect.isdisjoint(words):
            return False
        return any(w in self.perfect and any(self._participle(p) for p in words[at + 1:at + 3])
                   and self._done_by(words[max(0, at - self.window - 1):at], names) for at, w in enumerate(words))

    def _done_by(self, before: list[str], names: frozenset[str]) -> bool:
        """A word before the perfect names who did it: a site's subject (not a pronoun: "it has been shown") or a name."""
        return any((w in self.subjects and w not in self.pronouns) or w in names for w in before)

    def _participle(self, word: str) -> bool:
        """A past participle: one of `past`, "been", or a regular one ("moved", "installed")."""
        return word in self.past or word == "been" or (len(word) > 4 and word.endswith("ed"))

    def _finite(self, words: list[str], at: int) -> bool:
        """The past word at `at` is a verb in the past: not a participle after the present ("they are installed")
        nor an adjective after a determiner ("the selected time interval", "the installed base"), nor a participle
        that names the noun before it (`_reduced`: "the materials used for each batch")."""
        return at == 0 or (words[at - 1] not in self.present and words[at - 1] not in self.determiners
                           and not self._reduced(words, at))

    def _reduced(self, words: list[str], at: int) -> bool:
        """A past participle between a noun and one of `reduced` ("the materials used for each batch", "serial numbers
        assigned at manufacturing"): a clause cut short that says which noun, no deed; not after who acts ("the team
        looked for", "we installed at"), nor after a verb it goes on from ("designed and implemented by"), nor a
        result's size ("reduced by 30%")."""
        if at + 1 >= len(words):
            return False
        if words[at + 1] not in self.reduced:  # ... or closes an item of a list: "shifts, equipment used, raw materials"
            return at > 1 and words[at + 1] == "," and words[at - 2] == "," and words[at - 1].isalpha() \
                and words[at - 1] not in self.subjects
        before, after = words[at - 1], words[at + 2:at + 3]
        return before.isalpha() and before not in self.subjects and before not in self.pronouns \
            and before not in self.states and before not in self.joined and not (after and after[0][:1].isdigit())

    def speaks_to(self, words: list[str]) -> bool:
        """A word that speaks to the reader or for the writer, but not the object of a benefit ("lets you see
        every stop", "gives your team a live view"): any product page says that to any reader."""
        if self.speaks.isdisjoint(words):
            return False
        return any(w in self.speaks and not (at and words[at - 1] in self.benefits) for at, w in enumerate(words))

    def told_in_past(self, long: int, past: int) -> bool:
        """Enough of a text's `long` sentences say something in the past to tell what happened."""
        return past >= self.past_below * long

    def reported(self, long: int, speaking: int, past: int, names: frozenset[str], said: list[list[str]]) -> bool:
        """A report in the third person of what named ones did at a site: told in the past (`told_in_past`), hardly a
        word to its reader or for its writer (fewer than `speaks_below`), naming `reported_names` organisations, places
        or people or more (names_in: "Tarmac", "Port Talbot") and, in a sentence of `said`, a site (`reported_sites`:
        "the plant", "the mill"). A journalist's or a press release's account of one plant, though few of its sentences
        name an offer or a project; a product page names its reader and its features, not a customer's plant."""
        return 0 < self.reported_names <= len(names) and self.told_in_past(long, past) \
            and speaking < self.speaks_below * long and any(not self.reported_sites.isdisjoint(w) for w in said)

    def letter(self, long: int, speaking: int, past: int) -> bool:
        """A text that speaks to its reader often and says little in the past is an offer written to one buyer,
        however many of its lines look back ("we put a terminal at each work centre", "your last stocktake showed")."""
        speaks, past_below = self.letter_shares
        return speaking > speaks * long and past < past_below * long

    def quiet(self, long: int, speaking: int, past: int) -> bool:
        """A text of `long` sentences that hardly speaks to its reader and hardly tells anything in
        the past: a description of a product, not an offer to one buyer nor one site's story."""
        return long >= self.least and speaking < self.speaks_below * long and past < self.past_below * long


def _measure(words: list[str]) -> bool:
    """One number, not a range ("by 31 %", not "by 5 10 %") nor a ceiling ("by up to 30 %")."""
    return bool(words) and is_number(words[0]) and not (len(words) > 1 and is_number(words[1]))


def names_in(texts: list[str]) -> frozenset[str]:
    """Words a text writes only capitalised, never opening a sentence ("at Harpak Ulma", "Pung said"): the
    names of its organisations and people, in lower case as a sentence's words are read. Not initials
    ("SPC had caught", "SQL knowledge required"): a technology's, which any page names."""
    opening, inner = set(), set()  # each distinct word once: a long text says most of its words many times
    for text in dict.fromkeys(texts):  # ... and its headers and boilerplate many times: a set of words, read once a text
        said = _LETTERS.findall(text)
        if not said or sum(w[0].isupper() for w in said) * 2 > len(said):  # a title ("Parts Processed Twice")
            continue
        opening.add(said[0])
        inner.update(said[1:])
    lower = {w for w in opening | inner if w[0].islower()}
    upper = {w.lower() for w in inner if w[0].isupper() and w[1:].islower()}  # not "SPC", "SQL": initials
    return frozenset(w for w in upper - lower if len(w) > 1)


_LETTERS = re.compile(r"[^\W\d_]+")  # words as a sentence's are read: "Harpak-ULMA" is two
