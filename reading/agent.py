"""Whose deed a sentence tells: the system's, the vendor's or the project's for this plant, or a
general truth about the industry or the technology.

A general sentence ("manufacturers lose 800 hours a year to downtime", "predictive maintenance can
help cut costs", "IIoT is the network of ...", "learn how ...") names the same words as a claim
but says nothing of this offer: it may state the problem, never what the plant gets. The signals are
general by construction, not phrases of one text: who the subject is (the industry, any of a kind,
another product), modal generality, a source that is no party to the project, a definition (of a
technology or a standard), a call to act or a hypothetical. The words are data (drafting.yaml `agent`); this module only reads them.
"""
from __future__ import annotations

from dataclasses import dataclass

from .phrases import NUMBER_WORDS, PhraseSet, is_number, normalise

AGENT = "~agent"  # the target of every cue here: no answer
_WHERE = ("opens", "anywhere")  # where a kind of cue counts: at a clause's start, or anywhere


def agent_cues(data: dict) -> list[PhraseSet]:
    """drafting.yaml `agent`'s phrases (keys "~opens:...", "~anywhere:...", "~concept:...", "~tie:...",
    targets (AGENT, kind)): joined into the drafter's one scan, so a sentence is walked once for them too."""
    concepts = data.get("concepts", {})
    sets = [PhraseSet.of(words, AGENT, kind, tag=f"~{where}:")
            for where in _WHERE for kind, words in data.get(where, {}).items()]
    return sets + [PhraseSet.of(concepts.get("nouns", []), AGENT, "concept", tag="~concept:"),
                   PhraseSet.of(concepts.get("ties", []), AGENT, "tie", tag="~tie:")]


@dataclass(frozen=True)
class AgentReader:
    kinds_of: dict[str, str]  # a cue's key in the scan -> its kind ("call", "source" ...)
    quantifiers: frozenset[str]  # "many", "most": the noun after them is any of a kind
    generic: frozenset[str]  # who in general: "manufacturers", "companies", "studies"
    kinds: frozenset[str]  # "systems", "tools": general only after a quantifier or one of `others`
    bare: frozenset[str]  # "systems", "platforms": general too as a bare plural ("Cloud SCADA systems let ...")
    others: frozenset[str]  # "traditional", "conventional": another product, not this one
    particular: frozenset[str]  # "the", "our", "your": the noun after them is a particular one
    copulas: frozenset[str]  # "is", "are" after a concept: a definition before one of `defines`
    defines: frozenset[str]  # "a", "the": "OEE is the product of ...", not "OEE is shown on the screen"
    reach: int  # a subject's noun at most this many words into its clause
    intro: int  # an opening phrase up to a comma of at most this many words ("Today, most plants ...")
    losses: frozenset[str] = frozenset()  # "lost", "cost": a figure that opens a line and counts a loss
    gains: frozenset[str] = frozenset()  # "avoided", "saved": ... unless it counts what was won back
    loss_reach: int = 0  # the loss word at most this many words after the figure
    habitual: frozenset[str] = frozenset()  # "often", "usually": what happens as a rule, in any plant
    past: frozenset[str] = frozenset()  # "was", "had": ... unless told of the story's own past
    degree: frozenset[str] = frozenset()  # "most", "how": "the causes that recur most often" is no habit
    gerund_verbs: frozenset[str] = frozenset()  # "is", "can": "Upgrading aging compressors can improve ..."
    scope: frozenset[str] = frozenset()  # "industry", "sectors": a whole trade is spoken of
    not_scope: frozenset[str] = frozenset()  # "standard", "4.0": "industry-standard protocols" name no trade
    # kinds of signal a before-state outranks: "Acme is a molder serving the RV industry" is the customer's
    yields: frozenset[str] = frozenset()
    pronouns: frozenset[str] = frozenset()  # "they": right after a general truth, its subject goes on
    scene_opens: frozenset[str] = frozenset()  # "a", "an": "A reel runs short at the feeder" opens a scene
    trouble: frozenset[str] = frozenset()  # "short", "jams": ... in which something goes wrong
    scene_ends: frozenset[str] = frozenset()  # "when", "if": "An alarm fires when a bearing runs hot" is no scene
    scene_reach: int = 0  # the trouble at most this many words in: "A robot ... listens for gas leaks" is no scene
    gerund_nouns: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())  # "of"; "are": an -ing noun
    leads: frozenset[str] = frozenset()  # "based on", "in": an opening phrase's noun is its object, no subject
    author: tuple[frozenset[str], ...] = (frozenset(), frozenset(), frozenset())  # "i"; "spent"; "as": the writer's career
    reported: tuple[frozenset[str], ...] = (frozenset(), frozenset(), frozenset())  # "managers"; "describe"; "who"

    @classmethod
    def from_data(cls, data: dict, scan: PhraseSet) -> AgentReader:
        subjects, concepts, figures = data.get("subjects", {}), data.get("concepts", {}), data.get("loss_figures", {})
        habitual = data.get("habitual", {})
        scene = data.get("scene", {})
        words = lambda key, part=subjects: frozenset(normalise(str(w)) for w in part.get(key, []))  # noqa: E731
        kinds_of = {key: kind for key, targets in scan.targets.items() for tag, kind in targets if tag == AGENT}
        return cls(kinds_of, words("quantifiers"), words("generic"), words("kinds"), words("bare"), words("others"),
                   words("particular"), words("copulas", concepts), words("defines", concepts),
                   int(subjects.get("reach", 3)), int(data.get("intro", 4)), words("losses", figures),
                   words("gains", figures), int(figures.get("reach", 0)), words("adverbs", habitual),
                   words("past", habitual), words("degree", habitual), words("verbs", data.get("gerund", {})),
                   words("words", data.get("scope", {})), words("not_before", data.get("scope", {})),
                   frozenset(data.get("before_outranks", [])), words("pronouns", data.get("goes_on", {})),
                   words("opens", scene), words("trouble", scene), words("ends", scene), int(scene.get("reach", 0)),
                   (words("prepositions", data.get("gerund", {})), words("plural", data.get("gerund", {}))),
                   words("leads"), _triple(data.get("author", {}), ("subjects", "past", "as")),
                   _triple(data.get("reported", {}), ("people", "says", "between")))

    def general(self, words: list[str], found: list[tuple[int, int, str]]) -> str | None:
        """Why the sentence is a general truth and not this offer's deed (the kind of signal), or None.
        `found`: the drafter's scan of its words."""
        starts = self._starts(words)
        concepts, tied = [], False
        for start, end, key in found:
            kind = self.kinds_of.get(key)
            if kind is None:
                continue
            if kind == "concept":
                concepts.append((start, end))
            elif kind == "tie":
                tied = True
            elif key.startswith("~anywhere:") or start in starts:
                return kind
        if any(self._generic_subject(words, at) for at in starts):
            return "generic_subject"
        if any(self._author(words, at) for at in starts):
            return "author"
        if self._reported(words):
            return "reported"
        if tied:
            return None
        if self._loss_figure(words):
            return "loss_figure"
        if self._habitual(words):
            return "habitual"
        if self._gerund(words):
            return "gerund"
        if self._scene(words):
            return "scene"
        if self._scope(words):
            return "scope"
        if any(start in starts and self._defined(words, end) for start, end in concepts):
            return "concept"
        return None

    def _author(self, words: list[str], at: int) -> bool:
        """The writer's own career, told in the first person: "I spent eight years as a reliability engineer at a
        supplier before starting X": who wrote the text, no deed of this offer nor any plant's state. The writer opens
        the clause, a verb in the past follows it and an "as" (the post held) later in the clause."""
        subjects, past, held = self.author
        clause = words[at:next((i for i in range(at, len(words)) if words[i] in (",", ";", ":")), len(words))]
        return len(clause) > 3 and clause[0] in subjects and clause[1] in past and not held.isdisjoint(clause[2:])

    def _reported(self, words: list[str]) -> bool:
        """Other people's words reported: a bare plural of persons who say something ("We've spoken with plant managers
        who describe losses of $200,000", "Customers tell us ..."): hearsay from any plant, no deed of this offer.
        Not "the operators", "our engineers" (a particular one's, drafted as said), nor a verb that acts ("report")."""
        people, says, between = self.reported
        for at, word in enumerate(words[:-1]):
            if word not in people or (at and words[at - 1] in self.particular):
                continue
            after = at + 1
            while after < len(words) - 1 and words[after] in between:
                after += 1
            if words[after] in says:
                return True
        return False

    def _loss_figure(self, words: list[str]) -> bool:
        """A call-out that opens on a figure of what is lost ("$14M production loss from one motor failure",
        "22% lost to changeovers ..."): the size of an industry's problem, nothing this offer does; a figure of
        what was won back ("30% fewer failures", "losses avoided") is left alone."""
        if not self.gains.isdisjoint(words):
            return False
        labelled = [i + 1 for i, w in enumerate(words) if w == ":"][:1]  # "Mill gearbox failure: 3-day shutdown"
        return any(self._counts_loss(words, at) for at in [0] + labelled)

    def _counts_loss(self, words: list[str], at: int) -> bool:
        """A figure at this position (after a currency sign: "$", "€") and a loss word right after it."""
        at += at < len(words) and not words[at][:1].isalnum()
        return (at < len(words) and is_number(words[at])
                and not self.losses.isdisjoint(words[at + 1:at + 1 + self.loss_reach]))

    def _habitual(self, words: list[str]) -> bool:
        """What happens as a rule, in the present ("Monitoring coverage often tracks access", "Teams often
        struggle with mis-picks"): not of the story's past, nor a degree ("the causes that recur most often"), nor
        an aside in brackets ("an alert when water per kg exceeds 9 l (typically a stuck valve)" is the offer's)."""
        return self.past.isdisjoint(words) and any(
            word in self.habitual and not (at and words[at - 1] in self.degree) and not _bracketed(words, at)
            for at, word in enumerate(words))

    def _gerund(self, words: list[str]) -> bool:
        """A doing with its object as the subject, in the present ("Upgrading aging compressors can improve
        ...", "Knowing what goes on allows managers to act"): advice for any plant. A noun in -ing right before
        its verb ("Training is included", "Engineering are able to") is none; the story's past is left alone."""
        clause = words[:next((i for i, w in enumerate(words) if w in ",;:"), len(words))]
        if len(clause) > 3 and self._noun_in_ing(clause):
            return False
        return (len(clause) > 3 and clause[0].endswith("ing") and len(clause[0]) > 4
                and clause[1] not in self.gerund_verbs and not self.gerund_verbs.isdisjoint(clause[2:])
                and self.past.isdisjoint(words))

    def _noun_in_ing(self, clause: list[str]) -> bool:
        """A word in -ing that names a thing, not a doing with its object: a preposition right after it ("Closing of
        the request is shown", "Cooling at the depot is monitored"), or its clause's verb plural ("Packaging lines
        are shipping", its verb a word or two on, before any clause of its own): a doing takes the singular."""
        prepositions, plural = self.gerund_nouns
        return clause[1] in prepositions or not plural.isdisjoint(clause[2:4])

    def _scene(self, words: list[str]) -> bool:
        """A scene in any plant, told in the present with an indefinite subject, in which something goes wrong ("A
        reel runs short at the feeder", "A barrel zone running 8 degrees hot"): the problem a page sets up, not
        this offer. Only near the start, not past a "when" or an "if" ("An alarm fires when a bearing runs hot"),
        not in the story's past."""
        if not words or words[0] not in self.scene_opens or not self.past.isdisjoint(words):
            return False
        main = words[:next((i for i, w in enumerate(words) if w in self.scene_ends), self.scene_reach)]
        return not self.trouble.isdisjoint(main)

    def _scope(self, words: list[str]) -> bool:
        """A whole trade spoken of in the present ("one of the major challenges facing the foundry industry",
        "Applications span oil & gas and wind energy sectors"); not "industry-standard protocols", not the
        story's past."""
        return self.past.isdisjoint(words) and any(
            w in self.scope and self.not_scope.isdisjoint(words[at + 1:at + 2]) for at, w in enumerate(words))

    def _starts(self, words: list[str]) -> set[int]:
        """Where a clause that may carry the subject starts: the sentence's first word, and the word
        after a short opening phrase ("In 2023, ...", "Today, ...") or a short label ("TL;DR: In our experience ...")."""
        return {0} | {i + 1 for i, w in enumerate(words[:self.intro + 1]) if w in (",", ":")}

    def _generic_subject(self, words: list[str], at: int) -> bool:
        """Who opens the clause is the industry or any of a kind: "Manufacturers lose ...", "Most food
        plants ...", "Traditional systems ...", "Cloud SCADA systems ..." (a bare plural of a kind of
        product); not "the plant", "our sensors", "the SCADA systems" or "3 plants"."""
        head = words[at:at + self.reach + 1]
        if self._led(words, at):
            return False
        general = False  # a quantifier or another product's word seen: any noun of a kind is general
        for word in head:
            if word in self.particular or word[:1].isdigit() or word in NUMBER_WORDS:  # "3 plants", "three plants"
                return False
            if word in self.generic or (general and word in self.kinds) or (word in self.bare and self._bare(words, at, word)):
                return True
            general = general or word in self.quantifiers or word in self.others
        return False

    def _led(self, words: list[str], at: int) -> bool:
        """An opening phrase led by a preposition and closed by a comma ("Based on similar bakeries, we expect ..."):
        its noun is the preposition's object, the clause after the comma holds the subject (read as a start of its own)."""
        opening = " ".join(words[at:at + 2])
        comma = "," in words[at:at + self.intro + 1]
        return comma and (words[at] in self.leads or opening in self.leads)

    @staticmethod
    def _bare(words: list[str], at: int, word: str) -> bool:
        """A bare plural named with its kind ("Cloud SCADA systems let ..."), in a running sentence: a
        label line ("Systems connected: SAP ERP ...", "ERP systems: ...") lists this offer's own."""
        return words[at] != word and ":" not in words

    def _defined(self, words: list[str], end: int) -> bool:
        """A concept that opens a clause is defined ("OEE is the product of three factors", "OPC UA is a
        protocol for ..."): an explainer, not this system. A concept doing something ("AI finds the
        defects") is left alone: on a product page it is the product (the validation texts said so)."""
        if end < len(words) and words[end] == "(" and ")" in words[end:end + 4]:
            end = words.index(")", end) + 1  # "Overall equipment effectiveness (OEE) is ..."
        return end + 1 < len(words) and words[end] in self.copulas and words[end + 1] in self.defines


def _triple(part: dict, keys: tuple[str, str, str]) -> tuple[frozenset[str], ...]:
    """Three word lists of one part of drafting.yaml `agent`, normalised as every cue is."""
    return tuple(frozenset(normalise(str(w)) for w in part.get(key, [])) for key in keys)


def _bracketed(words: list[str], at: int) -> bool:
    """The word at `at` stands inside a bracket opened before it in the sentence."""
    depth = 0
    for word in words[:at]:
        depth += (word == "(") - (word == ")")
    return depth > 0
