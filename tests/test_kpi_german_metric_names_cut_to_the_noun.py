"""A German metric is cut to its noun phrase: a bound and its preposition after the name ("von höchstens", "von
maximal"), a pronoun before it ("Ihnen eine") and the "bei" of today's value are no part of it. Sentences written
for these tests."""
import pytest

from kpi_corpus import offered_kpi


@pytest.mark.parametrize("text, metric", [
    ("Heute liegt die Ausschussquote bei 4,1 %. Wir garantieren eine Ausschussquote von höchstens 1,9 %.",
     "Ausschussquote"),
    ("Heute liegt die Nacharbeitsquote bei 6,4 %. Mit dem neuen Schleifkopf garantieren wir Ihnen eine Nacharbeitsquote "
     "von maximal 2,8 %.", "Nacharbeitsquote"),
    ("Heute liegt der Bruch beim Schneiden bei 3,1 %. Mit der neuen Klinge verringert sich der Bruch an der Schneidlinie "
     "garantiert auf 1,4 %.", "Bruch beim Schneiden"),
])
def test_a_german_metric_keeps_its_noun_phrase(text, metric):
    assert offered_kpi(text).metric == metric
