"""A KPI's name never ends in the verb that told its value or its time ("a format change on the filler took", "each
stop lasted", "growth rate committed"): the buyer's metric is what took, lasted or was committed."""
import pytest

from kpi_corpus import drafted_kpi as measure


@pytest.mark.parametrize("text, metric", [
    ("A format change on the filler took 1 h 40 min on average last year. Our change parts bring this to 30 minutes, "
     "guaranteed as the average of the first 50 changes.", "format change on the filler"),
    ("Key figures:\n- Coating speed today: 6.5 m/min\n- Coating speed committed after the retrofit: 9.0 m/min",
     "coating speed"),
])
def test_the_metric_stops_before_the_verb_of_its_value(text, metric):
    found = measure(text)
    assert found is not None and found.metric.lower() == metric
