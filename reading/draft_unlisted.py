"""The plant's trouble told in words no listed problem matches: the problem's "other" option (drafting.yaml roles
unlisted_problem, troubles, pains, regulated). Mixed into reading.draft.Drafter through AnswerDrafting: needs self.rules,
self.roles, self.story, self.kinds and self.agent."""
from __future__ import annotations

from functools import cached_property

from .draft_evidence import Evidence
from .draft_pass import Pass
from .draft_rules import draft_data
from .roles import BEFORE, CLAIM
from .text import Reading, Sentence


class UnlistedProblem:
    @cached_property
    def _pains(self) -> tuple[tuple[str, ...], ...]:
        """drafting.yaml roles pains, each as its words in a row ("difficult to", "susceptible to")."""
        return tuple(tuple(p.split()) for p in draft_data()["roles"].get("pains", []))

    def _pained(self, words: list[str]) -> bool:
        """A before-state telling the plant's own work as a pain by its grammar, in the past: an inability ("it was
        impossible to adjust the thresholds") or a liability ("was susceptible to measurement errors"). Told in the
        present it is as often a general truth or a product page's pitch ("gaps make it difficult to track parts")."""
        named = any(tuple(words[i:i + len(p)]) == p for i, w in enumerate(words) for p in self._pains if w == p[0])
        return named and not self.story.past.isdisjoint(words)

    def _unlisted_problem(self, reading: Reading, seen: Pass, found: dict[str, Evidence]) -> None:
        """A text that tells the plant's trouble before the project in words no listed problem matches ("bearings
        failed without warning") states a problem all the same: "other"; one that tells no trouble only offers it."""
        problem, option = self.roles.unlisted_problem
        drafted = problem in found
        # (not one that only says who or how big the site is: "Foremost Farms, a milk processing facility, ...", nor
        # one that announces a list, whose lines tell the trouble: "In view of the problems they faced, SAB set ...:")
        before = [s for s, role in zip(reading.sentences, seen.roles)
                  if role.kind == BEFORE and len(s.text.split()) >= 6 and not seen.marketing(s)
                  and not self._only_setting(seen.words_of(s)) and not s.text.rstrip().endswith(":")
                  and not self._elsewhere(seen, s)]
        before.sort(key=lambda s: self.roles.troubles.isdisjoint(seen.words_of(s)))  # quoted first: one naming a trouble
        # ... beside a listed problem, only a rule the plant was found failing: else the setting it is told in
        ruled = self._ruled(reading, seen, self.roles.regulated_found if drafted else None)
        if ruled:
            found[problem].add(option, ruled.text, "vendor_claim", self.rules.confidence["story_problem"])
        if drafted or ruled:
            return
        # "the utility had to choose ...", "Dunmore struggled with ...": a trouble one site's story tells (its subject
        # listed or the customer named: story.tells) is surer, wherever it is told; so is equipment wearing out or breaking
        told = next((s for s in before if self.story.tells(seen.words_of(s), seen.names, seen.actors)), None) or \
            next((s for s in before if not self.roles.worn_out.isdisjoint(seen.words_of(s))), None)
        if before:
            troubled = not self.roles.troubles.isdisjoint(seen.words_of(before[0]))  # roles troubles: any names one
            # ... or a before-state whose grammar tells a pain of the plant's work, whatever words it names it in
            surely = told if told and troubled else next((s for s in before if self._pained(seen.words_of(s))), None)
            sure = self.rules.confidence["story_problem" if surely else "unlisted_problem"]
            found[problem].add(option, (surely or told or before[0]).text, "vendor_claim", sure)

    def _elsewhere(self, seen: Pass, sentence: Sentence) -> bool:
        """A general truth told among the plant's before-state ("Equipment manufacturers could determine the warning
        signs of a breakdown, but OEMs seldom ..."): a trouble of plants in general or of others, none of this plant's;
        not a kind a before-state outranks (agent before_outranks: "a broken punch often damages the die set" is this
        plant's habit)."""
        general = seen.general[seen.index[sentence.start]]
        return general is not None and general not in self.agent.yields

    def _ruled(self, reading: Reading, seen: Pass, found: frozenset[str] | None = None) -> Sentence | None:
        """A sentence naming a rule the plant must meet or the body that sets it ("FDA issued new 21 CFR Part 11
        compliance standards"): a trouble none of the listed problems names, however many of them the text also
        tells (drafting.yaml roles: regulated). Told of the plant before, or anywhere in one site's story; an offer
        that says it complies ("meets 21 CFR Part 11") tells what it is, not the plant's trouble. `found`: words one of
        which the sentence must also hold (a finding against the plant: roles regulated_found)."""
        for sentence, role in zip(reading.sentences, seen.roles):
            told = role.kind == BEFORE or (seen.story and role.kind == CLAIM)
            if told and len(sentence.text.split()) >= 6 and not seen.marketing(sentence) \
                    and self._rule_told(seen.words_of(sentence)) \
                    and (found is None or not found.isdisjoint(seen.words_of(sentence))):
                return sentence
        return None

    @cached_property
    def _served(self) -> dict:
        """drafting.yaml roles regulated_served, its word lists as sets."""
        rule = draft_data()["roles"].get("regulated_served", {})
        return {key: frozenset(rule.get(key, [])) for key in ("verbs", "obliged")} | {"reach": rule.get("reach", 0)}

    def _rule_told(self, words: list[str]) -> bool:
        """A word of roles regulated that names a rule the plant must meet: not one only a product or a project serves
        ("supports compliance reporting", "ensuring compliance with weight laws"; roles regulated_served), unless the
        plant must serve it ("we had to ensure compliance with the new FDA rules")."""
        served = self._served
        for i, word in enumerate(words):
            if word not in self.roles.regulated:
                continue
            verbs = [j for j in range(max(0, i - served["reach"]), i) if words[j] in served["verbs"]]
            if not verbs or not served["obliged"].isdisjoint(words[max(0, verbs[0] - 2):verbs[0]]):
                return True
        return False

    def _only_setting(self, words: list[str]) -> bool:
        """A sentence that says who or how big the site is and names no loss (draft_kinds.Site, roles problem_words)."""
        return self.kinds.site.describes(words) and self.roles.problem_words.isdisjoint(words)
