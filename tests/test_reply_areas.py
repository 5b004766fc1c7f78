"""A reply's links and owners read one question's drafting cues of a clause from that question's own phrases
(reply_areas.question_cues): the same cues, in the same order, as drafting's `cues` of the whole clause kept to it."""
import random

from questions import load_bank
from reading.draft import drafter_for
from reading.phrases import normalise, tokens
from reading.reply_areas import question_cues

BANK = load_bank()
DRAFTER = drafter_for(BANK)
LINKS = BANK.key_questions.integrations
# areas, suites and what moves, a role acting, negations before and after, an optional part, clause ends
_WORDS = ["the", "MES", "SAP", "PM", "ERP", "CMMS", "LIMS", "historian", "sends", "orders", "to", "your", "books",
          "consumption", "in", "scrap", "quantity", "planner", "confirms", "each", "alarm", "approved", "by", "no",
          "not", "without", "never", "link", "is", "optional", "not", "included", "on", "request", "we", "also", "create",
          "a", "notification", ";", ":", ",", "and", "data", "goes", "into", "QM", "maintenance", "work", "order",
          "shift", "lead", "MQTT", "OPC", "UA", "Maximo", "stock", "quality", "none", "n't", "doesn't"]


def _clauses(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 16))) for _ in range(count)]


def _full(text: str, question: str) -> list[tuple[str, str, str]]:
    words = tokens(normalise(text))
    return [c for c in DRAFTER.cues(text, (words, DRAFTER.rules.scan.find(words))) if c[0] == question]


def test_one_questions_cues_are_the_cues_drafting_reads_of_the_whole_clause_kept_to_it():
    narrow = negated = 0
    for text in _clauses(11, 4_000):
        words = tokens(normalise(text))
        found = question_cues(DRAFTER, LINKS, words, DRAFTER.rules.scan.find(words))
        if found is None:
            continue  # an act's, a passive's or a move's phrase: read whole by `cues`
        assert found == _full(text, LINKS), text
        narrow += bool(found)
        negated += DRAFTER._may_negate(words) and not found
    assert narrow > 200 and negated > 200  # clauses with the question's cues, and negated or dropped ones, were asked


def test_a_clause_read_together_or_the_acting_question_is_left_to_the_whole_reading():
    words = tokens(normalise("the planner confirms each alarm in SAP PM"))
    finds = DRAFTER.rules.scan.find(words)
    assert question_cues(DRAFTER, DRAFTER.rules.acting.answers, words, finds) is None
    moved = tokens(normalise("we book the consumption in your SAP"))
    assert question_cues(DRAFTER, LINKS, moved, DRAFTER.rules.scan.find(moved)) is None
