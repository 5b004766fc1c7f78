"""A deed of the project told in the past (drafting.yaml roles: project_deeds): "The VTScada application was configured
to monitor the switches", "Hirschmann's switches were selected", "the wireless network provided just what was expected".
Under a heading of the before-state ("The Challenge") with no "Solution" heading after it, such a sentence tells what
the project did, not how the plant stood. Read by roles.RoleReader; the words are data, this module only reads them."""
from __future__ import annotations


class ProjectDeeds:
    def __init__(self, data: dict):
        spec = data.get("project_deeds", {})
        self.verbs = frozenset(spec.get("verbs", []))
        self.passive = frozenset(spec.get("passive", []))  # "was", "were": "was configured"
        self.adverbs = frozenset(spec.get("adverbs", []))  # "was then installed"
        self.places = frozenset(spec.get("places", []))  # "sensors installed on the feeders": a participle, no deed
        self.infinitive = frozenset(spec.get("infinitive", []))  # "decided to adopt": "to" opens its object
        self.not_subjects = frozenset(spec.get("not_subjects", []))  # "the", "by", "manually": no subject before

    def told(self, words: list[str]) -> bool:
        """Whether a verb of `verbs` is a finite past: after "was"/"were" (an adverb between at most), or right after
        its subject's last word and not before a preposition of place ("the network provided", not "IoT sensors
        installed on the feeders", "work centers connected by conveyors", "the already installed systems")."""
        return any(word in self.verbs and self._finite(words, at) for at, word in enumerate(words))

    def _finite(self, words: list[str], at: int) -> bool:
        before = words[max(0, at - 2):at]
        if before[-1:] and (before[-1] in self.passive or before[0] in self.passive and before[-1] in self.adverbs):
            return True
        follows = words[at + 1] if at + 1 < len(words) else ""
        if follows in self.places and not (follows == "to" and words[at] in self.infinitive):
            return False
        subject = before[-1] if before else ""
        return subject.isalpha() and subject not in self.not_subjects and not subject.endswith("ly")
