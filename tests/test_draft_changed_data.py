"""Data named as what the project changed (drafting.yaml kinds `changed`): "energy consumption fell by 20%", "a 35%
reduction in rejects" tell the project's result, not data the system records; the same words said as what it records do draft."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()
READS = "The edge box reads the extruder PLCs every 10 seconds and shows the line state on a dashboard."


def captured(text: str) -> list[str]:
    answer = draft(text, BANK).answer("data.captured")
    return answer.choices if answer else []


def test_energy_use_that_fell_is_no_data_captured():
    result = READS + " Energy consumption of both lines fell by 20% in the first year."
    records = READS + " The meters log the energy consumption of both lines."
    assert "energy_consumption" not in captured(result)
    assert "energy_consumption" in captured(records)


def test_rejects_told_with_their_reduction_after_them_are_a_result():
    result = READS + " Every rejected part count fell by a third on the second line."
    records = READS + " Every rejected part is logged with the camera image."
    assert "quality_events" not in captured(result)
    assert "quality_events" in captured(records)


def test_a_change_word_in_another_clause_does_not_unsay_the_data():
    told = READS + " The sensors log energy consumption per shift; that alone cut our bills."
    assert "energy_consumption" in captured(told)
