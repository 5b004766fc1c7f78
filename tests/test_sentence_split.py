"""Where a sentence ends (reading/splitting.py, questions/sentences.yaml): not at the stop of an
abbreviation that goes on, but still where a new sentence opens after one that may end a sentence."""
import pytest

from reading import analyze


def cut(text: str) -> list[str]:
    return [s.text for s in analyze(text).sentences]


@pytest.mark.parametrize("sentence", [
    "Brightwater Foods Co., Ltd. (Taiyuan) runs four retort lines.",
    "The gateway was built by Orlen Controls Inc. for the canning hall.",
    "Maschinenbau Kessler GmbH & Co. KG fitted the press sensors in 2024.",
    "Ferrovia Sistemi S.A. and Hallbeck Corp. share the maintenance contract.",
    "The pumps were shipped from the U.S. to the U.K. plant in twelve crates.",
    "Our service office in St. Louis answers calls within four hours.",
    "The cutover is planned for Oct. 14 and the first audit for Sept. 2026.",
    "Cleaning runs every Mon. and Thu. night after the last shift.",
])
def test_company_place_and_date_abbreviations_stay_in_their_sentence(sentence):
    assert cut(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Each kiln loses ca. 40 kWh per charge while it idles.",
    "The dryer draws approx. 3.5 kW at full load.",
    "Fill weights, e.g. of the 500 g packs, are logged per sachet.",
    "The edge box, i.e. a fanless PC on the DIN rail, buffers the readings.",
    "Valves, pumps, motors etc. are read over Modbus every second.",
    "Manual logging vs. automatic capture was compared over six weeks.",
    "Press No. 3 and the stamping cell in Fig. 2 feed the same conveyor.",
    "The chiller keeps the brine between min. 2 and max. 4 degrees.",
    "The line runs firmware v2.1 and cuts sheets of 3.5 mm on both shifts.",
])
def test_latin_and_measuring_abbreviations_keep_numbers_with_their_units(sentence):
    assert cut(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Dr. Amara Osei led the commissioning with Mr. Tan from the plant.",
    "The study was reviewed by Prof. Lindqvist before the rollout.",
    "K. Novak signed off the acceptance test for the bottling line.",
    "The wiring plan came from J. R. Smith at the integrator.",
])
def test_titles_and_initials_stay_with_the_name(sentence):
    assert cut(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Die Anlage misst z. B. den Druck an jeder Presse.",
    "Der Trockner verbraucht ca. 30 kWh bzw. 12 Prozent weniger als vorher.",
    "Die Presse Nr. 4 steht in Halle 2 der Weber Metall GmbH in Linz.",
    "Die Sensoren, z.B. an den Pumpen, melden jede Minute.",
])
def test_german_abbreviations_stay_in_their_sentence(sentence):
    assert cut(sentence) == [sentence]


@pytest.mark.parametrize("text, sentences", [
    ("The housings are made in the U.S. The line in Ohio assembles them.",
     ["The housings are made in the U.S.", "The line in Ohio assembles them."]),
    ("We track scrap, rework, downtime and so on, etc. Next, the planners get a daily report.",
     ["We track scrap, rework, downtime and so on, etc.", "Next, the planners get a daily report."]),
    ("The contract was signed with Veltra Ltd. Our team started in May.",
     ["The contract was signed with Veltra Ltd.", "Our team started in May."]),
    ("Die Wartung übernimmt die Hansen GmbH. Die Linie läuft seit März.",
     ["Die Wartung übernimmt die Hansen GmbH.", "Die Linie läuft seit März."]),
    ("The sensors sit on Line A. The operators read them on a tablet.",
     ["The sensors sit on Line A.", "The operators read them on a tablet."]),
    ("Operators check the tanks on Line B. Shift leads sign the log.",
     ["Operators check the tanks on Line B.", "Shift leads sign the log."]),
])
def test_a_new_sentence_after_an_abbreviation_that_ends_one_is_still_split(text, sentences):
    assert cut(text) == sentences


def test_a_line_break_after_an_abbreviation_still_ends_the_sentence():
    assert cut("Supplied by Dr.\nKessler runs the line.") == ["Supplied by Dr.", "Kessler runs the line."]


def test_a_small_letter_before_a_stop_is_no_initial():
    assert cut("We measured it in plan b. Then we stopped.") == ["We measured it in plan b.", "Then we stopped."]


def test_merged_sentences_point_back_into_the_text():
    text = "Orlen Controls Inc. (Ohio) fitted it.  The U.K. site was next. Dr. Osei agreed."
    for s in analyze(text).sentences:
        assert text[s.start:s.end] == s.text
    assert cut(text) == ["Orlen Controls Inc. (Ohio) fitted it.", "The U.K. site was next.", "Dr. Osei agreed."]


def test_every_abbreviation_in_the_data_is_read_as_written():
    """YAML reads a bare No or on as a truth value: the word lists must stay words."""
    import yaml

    from reading.splitting import _DATA
    data = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    words = [w for key in data for group in data[key] for w in (group if isinstance(group, list) else [group])]
    assert words and all(isinstance(w, str) for w in words)


def test_an_abbreviation_goes_on_at_the_very_start_after_a_bracket_or_a_tab():
    assert cut("E.g. the kiln line stops twice a week. (approx. 30 sensors) are read by K. Novak.") == [
        "E.g. the kiln line stops twice a week.", "(approx. 30 sensors) are read by K. Novak."]
    assert cut("Dr.\tOsei signed it. It runs.") == ["Dr.\tOsei signed it.", "It runs."]


def test_a_stop_after_a_plain_word_or_a_lone_abbreviation_that_may_end_still_ends_the_sentence():
    assert cut("A. Novak signed. Ltd. Then it ran. The line stopped.") == [
        "A. Novak signed.", "Ltd.", "Then it ran.", "The line stopped."]


@pytest.mark.parametrize("sentence", [
    "Zielwert, vereinbart am 14. Oktober 2026: höchstens 1,5 % Bruch an der Siebmaschine.",
    "Die Pilotphase beginnt am 3. März auf der 2. Linie und endet nach dem 12. Einsatztag.",
    "Leveringen starter den 14. oktober på linje 2.",
    "Zkušební provoz začne 1. října na lince 3.",
])
def test_an_ordinal_before_a_month_or_after_a_word_taking_one_stays_in_its_sentence(sentence):
    # a German date split the target from its figure, so a KPI told "am 14. Oktober: höchstens 1,5 %" was lost
    assert cut(sentence) == [sentence]


def test_a_sentence_ending_on_a_number_still_ends_there():
    assert cut("We start on line 2. Next week we add line 3.") == ["We start on line 2.", "Next week we add line 3."]
    assert cut("Wir haben 2. Die Linie ist neu.") == ["Wir haben 2.", "Die Linie ist neu."]
