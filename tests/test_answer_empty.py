"""One notion of an empty answer (questions.models.Answer.has_content / is_empty), used by every rule."""
from questions.models import Answer, Integration, Measure
from scoring.rules import Facts, _index


def _answer(**fields) -> Answer:
    return Answer(question="q", **fields)


def test_an_answer_with_only_spaces_typed_is_empty():
    assert _answer(text="  \n ").is_empty
    assert not _answer(text="  \n ").has_content


def test_a_choice_text_measure_or_integration_is_content():
    for fields in ({"choices": ["a"]}, {"text": "SAP PM"}, {"measure": Measure(unit="h")},
                   {"integrations": [Integration(system="erp")]}):
        assert _answer(**fields).has_content and not _answer(**fields).is_empty


def test_a_quote_alone_is_not_content_but_keeps_the_answer_from_being_empty():
    answer = _answer(quotes=["We connect to SAP."])
    assert not answer.has_content
    assert not answer.is_empty


def test_the_evidence_level_alone_does_not_make_an_answer_non_empty():
    assert _answer(evidence="proven").is_empty


def test_a_measure_is_given_by_a_metric_or_a_number_not_by_a_unit_alone():
    assert not Measure(unit="hours").given
    assert Measure(metric="Downtime").given and Measure(baseline=0).given and Measure(target=5).given


def _answered_for_the_rules(answer: Answer) -> bool:
    return _index(Facts(labels=set()), answer, 1, set())[1]


def test_the_scoring_rules_count_a_measure_as_an_answer_only_once_given_and_a_quote_alone_never():
    assert not _answered_for_the_rules(_answer(measure=Measure(unit="hours")))
    assert _answered_for_the_rules(_answer(measure=Measure(unit="hours"), text="per month"))
    assert _answered_for_the_rules(_answer(measure=Measure(baseline=3)))
    # a sentence accepted under a question names no option yet: no flag it would lower goes down
    assert not _answered_for_the_rules(_answer(quotes=["a quote"]))


def test_a_stored_answer_read_fast_has_the_same_notion_of_empty():
    from store.mirror import StoredAnswer, StoredMeasure
    assert StoredAnswer(question="q", text=" ").is_empty
    assert StoredAnswer(question="q", quotes=["x"]).has_content is False
    assert not StoredMeasure(unit="h").given and StoredMeasure(target=1.0).given
