"""A change told in the past with a time anchor (a year, "last year", "in a previous project") is history or another
site's reference, never this plant's baseline and target; a year that labels a value of a series ("from 23 in 2025 to
fewer than 5 in 2027") is no anchor, a commitment is not told, and a change told to the buyer of its own line stays its
result. Sentences written for these tests."""
import pytest

from kpi_corpus import kpi_ends
from questions import load_bank
from reading.draft_rules import rules_for
from reading.phrases import normalise, tokens
from reading.kpi_source import dated_result

RULES = rules_for(load_bank())


def _dated(sentence: str) -> bool:
    return dated_result(tokens(normalise(sentence)), RULES)


@pytest.mark.parametrize("sentence", [
    "Nach dem Umbau 2021 sank der Ausschuss beim Stanzen von 4,2 % auf 1,7 %.",
    "After the 2022 rebuild the reject rate fell from 3.9 % to 1.6 %.",
    "In a previous project the changeover time dropped from 55 to 20 minutes.",
])
def test_a_change_told_in_the_past_with_a_time_anchor_is_dated(sentence):
    assert _dated(sentence)


@pytest.mark.parametrize("sentence", [
    "Rejects went from 23 in 2025 to fewer than 5 in 2027.",  # the years label the values
    "We will cut scrap from 4.2 % to 1.7 % by 2028.",  # a commitment with its deadline
    "Scrap fell from 4.2 % to 1.7 % after the new dies.",  # no time anchor
    "In the 2025 pilot on your press 2, scrap fell from 4.2 % to 1.7 %.",  # told to the buyer of its own press
])
def test_a_series_a_commitment_or_an_unanchored_change_is_not_dated(sentence):
    assert not _dated(sentence)


def test_a_german_reference_dated_to_its_rebuild_drafts_no_kpi():
    text = ("Seit 1992 bauen wir Stanzlinien.\n"
            "Bei einem Zulieferer in Tschechien sank der Ausschuss nach dem Umbau 2021 von 4,2 % auf 1,7 %.\n"
            "Ihre Linie kennen wir noch nicht; wir schlagen einen Besuch vor.")
    assert kpi_ends(text) is None
