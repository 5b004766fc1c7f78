"""Numbers read by what the rest of the text tells of them: a German writer's thousands dots in a sentence that
writes no decimal comma of its own (another line of the text does), and a history told year by year whose latest
year is today's value. Sentences written for these tests."""
import pytest

from kpi_corpus import offered_kpi_ends
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def test_thousands_dots_in_a_text_that_writes_decimal_commas_group_thousands():
    text = ("The dryer runs at 1,8 bar steam pressure on 3 lines.\n"
            "Its specific steam use is today 1.450 kg per tonne of product.\n"
            "After the retrofit we guarantee a specific steam use of 1.210 kg per tonne.")
    assert offered_kpi_ends(text) == (1450, 1210)


def test_thousands_dots_in_a_text_that_groups_a_number_twice_with_dots_group_thousands():
    text = ("The retrofit is priced at EUR 1.485.000 for both lines.\n"
            "Its specific steam use is today 1.450 kg per tonne of product.\n"
            "After the retrofit we guarantee a specific steam use of 1.210 kg per tonne.")
    assert offered_kpi_ends(text) == (1450, 1210)


def test_a_quote_keeps_the_thousands_dots_as_written():
    text = ("The dryer runs at 1,8 bar steam pressure on 3 lines.\n"
            "Its specific steam use is today 1.450 kg per tonne of product.\n"
            "After the retrofit we guarantee a specific steam use of 1.210 kg per tonne.")
    answer = draft("Quotation for your plant\n\n" + text, BANK).answer("decision.kpi")
    assert any("1.210 kg" in quote for quote in answer.quotes)


def test_dots_in_a_text_without_decimal_commas_stay_decimals():
    text = ("Its specific steam use is today 1.450 t per tonne of product.\n"
            "After the retrofit we guarantee a specific steam use of 1.210 t per tonne.")
    assert offered_kpi_ends(text) == (1.45, 1.21)


@pytest.mark.parametrize("history, today", [
    ("Your line's OEE has slipped: 71.2 % in 2023, 69.5 % in 2024 and 66.0 % in 2025.", 66.0),
    ("Your line's OEE has slipped, 71.2 % (2023), 69.5 % (2024) and 66.0 % (2025).", 66.0),
    ("Your line's OEE has slipped: 2023: 71.2 %, 2024: 69.5 %, 2025: 66.0 %.", 66.0),
    ("Your line's OEE has slipped (2023 71.2 %, 2024 69.5 %, 2025 66.0 %).", 66.0),
    ("Your line's OEE was 71.2 %, 69.5 % and 66.0 % in 2023, 2024 and 2025.", 66.0),
    ("Your line's OEE over the last three years: 71.2 %, 69.5 % and 66.0 %.", 66.0),
])
def test_a_history_told_year_by_year_gives_the_latest_year_as_today(history, today):
    text = history + "\nTarget: an OEE of 75 % within a year of start-up."
    assert offered_kpi_ends(text) == (today, 75)


def test_two_measures_listed_over_years_are_no_history_of_one():
    text = ("Over the last three years your line's OEE averaged 71.2 % and its rework 1.1 %.\n"
            "Target: an OEE of 75 % within a year of start-up.")
    assert offered_kpi_ends(text) == (71.2, 75)


@pytest.mark.parametrize("label", ["OEE today: 71.2 % in 2023, 69.5 % in 2024, 66.0 % in 2025",
                                   "OEE today: 71.2 % (2023), 69.5 % (2024), 66.0 % (2025)"])
def test_a_label_giving_a_history_gives_the_latest_year_as_today(label):
    assert offered_kpi_ends(label + "\nTarget: 75 %") == (66.0, 75)


def test_a_document_groups_thousands_with_dots_exactly_where_one_of_its_sentences_does():
    # document_groups tries its patterns only where a comma or a dot group is: the same answer as every sentence
    # searched whole, on random texts of digits, dots, commas and words
    import random
    from reading.kpi_numbers import _DECIMAL_COMMA, _DOT_GROUPS, document_groups

    def each_sentence(texts):
        return any(_DECIMAL_COMMA.search(t) or _DOT_GROUPS.search(t) for t in texts)
    rng = random.Random(7)
    for letters in ("0123456789., ab", "1.0002,3 ", "12.345.678,9 x"):
        for _ in range(3000):
            texts = ["".join(rng.choice(letters) for _ in range(rng.randint(0, 16))) for _ in range(rng.randint(1, 4))]
            assert document_groups(texts) == each_sentence(texts), texts
