"""Numbers read as the quantities they are: a rate told per a counted base in any order ("38 cartons in every 1,000",
"per 1,000 cartons", "210 per 1,000 rejected") is one rate; what a target is measured on ("measured on 300 kg") is no
baseline; thousands grouped with a space, a narrow no-break space, an apostrophe or (in a German text) a dot are one
number; a decimal comma in a told result is one number. Texts written for these tests."""
from kpi_corpus import drafted_kpi


def _read(text: str) -> tuple:
    measure = drafted_kpi(text)
    return measure and (measure.baseline, measure.target)


def test_a_count_in_every_thousand_is_a_rate_per_thousand():
    text = ("At the end-of-line check, 38 cartons in every 1,000 are rejected today for crushed corners.\n"
            "With the new folding unit we undertake to bring rejects to 12 per 1,000 cartons or fewer.\n")
    assert _read(text) == (38, 12)


def test_two_rates_per_the_same_count_pair_whichever_side_names_the_things():
    text = ("Our commitment: rejects at glaze inspection down to 80 tiles per 1,000.\n"
            "Your records for 2025 show 210 per 1,000 rejected for pinholes or crawling.\n")
    assert _read(text) == (210, 80)


def test_two_modifiers_joined_by_or_count_the_things_of_the_rate():
    text = ("Today 52 lenses in every 1,000 are scratched at the coater and sorted out.\n"
            "We guarantee no more than 20 scratched or chipped lenses per 1,000 lenses after start-up.\n")
    assert _read(text) == (52, 20)


def test_rates_per_the_same_count_of_different_things_are_two_units():
    from reading.kpi_said import same_count_base

    assert not same_count_base("stops per 1,000 hours", "defects per 1,000 parts")
    assert not same_count_base("rejects per 100 bags", "rejects per 1,000 bags")
    assert same_count_base("bags per 1,000", "per 1,000 bags")


def test_the_quantity_a_target_is_measured_on_is_no_baseline():
    assert drafted_kpi("Your plant makes 18,000 t a year. We guarantee scrap of 2 kg, measured on 300 kg.\n") is None


def test_thousands_grouped_with_a_space_are_one_number():
    text = "Output is 1 450 kg per hour today. We guarantee 1 800 kg per hour.\n"
    assert _read(text) == (1450, 1800)


def test_thousands_grouped_with_a_narrow_or_no_break_space_are_one_number():
    text = "Output is 2\u202f350 bottles per hour today. We guarantee 2\u00a0900 bottles per hour.\n"
    assert _read(text) == (2350, 2900)


def test_swiss_thousands_with_an_apostrophe_are_one_number():
    text = "Output is 1'450 kg per hour today. We guarantee 1’800 kg per hour.\n"
    assert _read(text) == (1450, 1800)


def test_a_german_text_of_short_sentences_groups_thousands_with_dots():
    text = "Der Durchsatz liegt heute bei 1.450 kg pro Stunde. Wir garantieren 1.800 kg pro Stunde.\n"
    assert _read(text) == (1450, 1800)


def test_numbers_listed_after_a_count_are_not_grouped():
    text = "Scrap on lines 2 3 and 4 is 6.5 % today. We guarantee 3.2 %.\n"
    assert _read(text) == (6.5, 3.2)


def test_a_decimal_comma_in_a_result_told_is_one_number():
    text = ("The rejection rate amounts currently to 4,5 %.\n"
            "The rejection rate will amount after the retrofit to max. 1,9 % of cut profiles.\n")
    assert _read(text) == (4.5, 1.9)


def test_the_count_a_relative_cut_is_measured_on_is_no_baseline():
    text = ("Last year 14 % of turned mugs could not be matched into a set.\n"
            "We commit to cutting the share of mugs that cannot be matched by 25 %, measured on two glazes over six "
            "weeks.\n")
    assert _read(text) == (14, 10.5)
