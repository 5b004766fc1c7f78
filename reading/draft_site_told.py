"""In one site's story, a plain line about that site is "described specifically", however few units it names.

A case study tells what one plant got: "The four Sumitomo presses are also tied into ALS, which can display machine
status", "By installing ABB Ability Smart Sensors on five of the facility's motors, Tarmac has been able to shift to a
predictive schedule". Read alone, such a line names too little substance to be specific (text.py wants a number with
its unit or two kinds of substance), so the whole story drafted only the vendor's claim and scored as low as a product
page. Tied to the site by how it is built (it tells the past, names a unit of the site or one of the text's own names,
or opens on the site as its subject: "The company also is using the sensors"),
and neither a claim to any plant (a general truth, a line to the reader) nor what may be, it describes that site.
Only the answer's evidence rises: which options are drafted, and how sure each is, stay as its cues make them.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .draft_evidence import Evidence
from .roles import BEFORE, CLAIM, Role
from .sentence import Sentence

if TYPE_CHECKING:
    from .draft import Drafter
    from .draft_pass import Pass


def site_told(drafter: Drafter, sentence: Sentence, role: Role, words: list[str], seen: Pass) -> bool:
    """A claim or a before-state, sure, of one site's story (seen.story), not said to its reader (a general truth never
    comes here: Drafter.read), and tied to the site: told in the past, naming a unit of a site ("five of the facility's
    motors", "line 3"), one of the text's names (story.names_in: the customer, its place), or opening on the site as
    its subject (one of story.objects, then one of story.subjects: "The company also is using the sensors", not "The
    energy management system"). A German line writes every noun capitalised: its names are no one's. A vendor's reply
    to the buyer's questions tells no site's story, whatever it looks back on (a vague reply stays vague)."""
    if seen.replies or not seen.story or role.kind not in (CLAIM, BEFORE) or role.unsure or seen._to_reader(words):
        return False
    named = sentence.text not in seen.written and not seen.names.isdisjoint(words)
    story = drafter.story
    site = len(words) > 2 and words[0] in story.objects and words[1] in story.subjects - story.pronouns
    return named or site or story.in_past(words) or drafter.sites.names(words)


def described(found: dict[str, Evidence], options: list[tuple]) -> None:
    """The answers the line drafted are described specifically (their confidence is the cue's)."""
    for qid, *_ in options:  # (question, option, only possible)
        found[qid].evidence = "specific"
