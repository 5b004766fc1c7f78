"""One question's drafting cues of a clause (Drafter.question_cues, what a reply's links and owners read): the same
cues, in the same order, as drafting's `cues` of the whole clause kept to that question, whether the clause's cues are
read from the question's own phrases alone or together with the others (an act beside a role, what moves beside a
suite). One rule: a change to how drafting keeps or drops a cue reaches the replies' reading without a second edit."""
import random

from questions import load_bank
from reading.draft import drafter_for
from reading.draft_cues import _TOGETHER
from reading.phrases import normalise, tokens

BANK = load_bank()
DRAFTER = drafter_for(BANK)
LINKS = BANK.key_questions.integrations
ACTING = DRAFTER.rules.acting.answers
# areas, suites and what moves, a role acting, negations before and after, an optional part, clause ends
_WORDS = ["the", "MES", "SAP", "PM", "ERP", "CMMS", "LIMS", "historian", "sends", "orders", "to", "your", "books",
          "consumption", "in", "scrap", "quantity", "planner", "confirms", "each", "alarm", "approved", "by", "no",
          "not", "without", "never", "link", "is", "optional", "not", "included", "on", "request", "we", "also", "create",
          "a", "notification", ";", ":", ",", "and", "data", "goes", "into", "QM", "maintenance", "work", "order",
          "shift", "lead", "MQTT", "OPC", "UA", "Maximo", "stock", "quality", "none", "n't", "doesn't"]


def _clauses(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 16))) for _ in range(count)]


def _scanned(text: str) -> tuple[list[str], list]:
    words = tokens(normalise(text))
    return words, DRAFTER.rules.scan.find(words)


def _full(text: str, question: str) -> list[tuple[str, str, str]]:
    return [c for c in DRAFTER.cues(text, _scanned(text)) if c[0] == question]


def test_one_questions_cues_are_the_cues_drafting_reads_of_the_whole_clause_kept_to_it():
    own = negated = together = 0
    for text in _clauses(11, 4_000):
        words, finds = _scanned(text)
        found = DRAFTER.question_cues(LINKS, words, finds)
        assert found == _full(text, LINKS), text
        read_together = any(p.startswith(_TOGETHER) for *_, p in finds)
        own += bool(found) and not read_together
        together += bool(found) and read_together
        negated += DRAFTER._may_negate(words) and not found
    # clauses with the question's own cues, with cues read together, and negated or dropped ones were all asked
    assert own > 200 and together > 200 and negated > 200


def test_the_acting_question_is_read_with_the_role_beside_its_act():
    text = "the planner confirms each alarm in SAP PM"
    assert DRAFTER.question_cues(ACTING, *_scanned(text)) == _full(text, ACTING) != []
    for text in _clauses(12, 1_000):
        assert DRAFTER.question_cues(ACTING, *_scanned(text)) == _full(text, ACTING), text


def test_what_moves_beside_a_suite_names_the_area_in_one_questions_cues_too():
    text = "the scrap quantity is posted to SAP"  # the quality area, under what moves ("scrap quantity")
    assert DRAFTER.question_cues(LINKS, *_scanned(text)) == _full(text, LINKS)
    assert (LINKS, "quality", "scrap quantity") in _full(text, LINKS)
