"""KPI kinds by grammar and structure rather than by phrase: a verb of change the offer's voice puts in the future or its
own present, a figure written into a contract however it is named, a guarantee beside an unsure aside, a German text's
thousands dots, a ratio told with its things, a range as a target, a named company's past result, shortened words and
labelled lines of a technical summary. Sentences written for these tests."""
import pytest

from kpi_corpus import kpi_ends
from proposals.layout import unwrap_lines
from questions import load_bank
from reading.draft_rules import rules_for
from reading.phrases import normalise, tokens
from reading.splitting import splitter

RULES = rules_for(load_bank())


@pytest.mark.parametrize("text, ends", [
    ("Your labeller ran at 91 % first-time-right in 2025. The new vision station will lift first-time-right on the "
     "labeller to 97 % by the end of the year.", (91, 97)),
    ("Your stamping press loses 6.2 hours to die changes per week today. With quick-clamp tooling we shorten die changes "
     "to 2.5 hours per week.", (6.2, 2.5)),
])
def test_a_verb_of_change_in_the_future_or_the_vendors_present_commits(text, ends):
    assert kpi_ends(text) == ends


def test_a_verb_that_also_tells_the_past_is_no_commitment_in_the_present():
    assert not RULES.kpi_commits.find(tokens(normalise("Last spring we cut scrap at the bakery in half.")))
    assert RULES.kpi_commits.find(tokens(normalise("We lower the scrap on your line to 2 %.")))


def test_a_figure_written_into_a_contract_named_at_length_commits():
    text = ("Your average repair on the palletiser takes 70 minutes today. We are glad to write a repair time of 30 "
            "minutes into the full-service maintenance contract.")
    assert kpi_ends(text) == (70, 30)


def test_a_german_texts_thousands_dots_are_thousands():
    text = ("Die Ausfallzeiten der Pressen lagen im Jahr 2025 bei 1.850 Stunden. Mit der Überwachung senken wir die "
            "Ausfallzeiten auf 1.200 Stunden pro Jahr.")
    assert kpi_ends(text) == (1850, 1200)


def test_a_guarantee_outside_an_aside_that_sets_the_old_way_aside_stands():
    text = ("Your tunnel oven uses 310 kWh/t today. With the new burners (combustion air preheated to 400 °C instead of "
            "250 °C) we guarantee 270 kWh/t.")
    assert kpi_ends(text) == (310, 270)


def test_a_ratio_told_with_its_things_named_is_no_value_of_one_thing():
    text = ("Casting scrap on moulding line 2: today roughly one casting in twelve is scrapped, and your records show a "
            "scrap rate of 8 % for 2025. We will reduce casting scrap by half within a year.")
    assert kpi_ends(text) == (8, 4)


def test_a_participle_before_a_rates_base_and_a_label_of_how_things_stand_pair_a_target_told_first():
    text = ("Target after the retrofit: no more than 0.8 wire breaks per 100 running hours on the drawing machine.\n"
            "Current situation: 2.6 breaks per 100 hours (your maintenance log, first half of 2026).")
    assert kpi_ends(text) == (2.6, 0.8)


def test_a_range_told_between_two_numbers_is_no_target():
    text = "Changeover on the filler takes 45 minutes today. Our SMED kit will reduce changeover to between 5 and 7 minutes."
    assert kpi_ends(text) is None


@pytest.mark.parametrize("target", ["Our target: 1.5-2 % after ramp-up.", "We will bring rejects to 1.5 to 2 % after ramp-up."])
def test_a_range_of_one_size_joined_by_a_dash_or_to_is_no_target(target):
    assert kpi_ends("Your reject rate is 2.8 % today. " + target) is None


def test_ends_far_apart_are_a_name_and_a_value_not_a_range():
    text = "Die OEE der Linie 3 liegt heute bei 58 %. We commit to raise OEE on Linie 3 to 70 % within a year."
    assert kpi_ends(text) == (58, 70)


def test_a_single_target_after_the_same_cue_is_read():
    text = "Changeover on the filler takes 45 minutes today. Our SMED kit will reduce changeover to 12 minutes."
    assert kpi_ends(text) == (45, 12)


@pytest.mark.parametrize("text", [
    "Hollis Foods reduced changeover time from 50 to 20 minutes with our kit.",
    "Last year Hollis Foods has cut changeover time from 50 to 20 minutes.",
    "With our kit, Hollis Foods reduced changeover time from 50 to 20 minutes.",
    "Hollis Foods' changeover time dropped from 50 to 20 minutes after the kit was fitted.",
])
def test_a_named_company_telling_its_own_past_result_gives_no_kpi(text):
    assert kpi_ends(text) is None


def test_a_measure_opening_a_result_is_no_company():
    assert kpi_ends("Scrap on your line 3 fell from 5 % to 3 % in the pilot we ran with your team.") == (5, 3)


@pytest.mark.parametrize("text, count", [
    ("Actual: spec. fuel cons. 3.95 GJ/t, avg. of the last year", 1),
    ("Upgrade of the dryer & ctrl. cabinet, tech. summary", 1),
    ("The line stops. Then it restarts.", 2),
    ("The new screen works. iFactory runs it.", 2),
])
def test_a_stop_after_a_shortened_word_goes_on_before_small_letters_or_a_figure(text, count):
    assert len(list(splitter().sentences(text))) == count


def test_a_labelled_line_with_a_figure_stands_apart_from_a_wide_line_before_it():
    lines = ["Shaft kiln K3 burner and control upgrade for the second shaft, technical summary of the offer",
             "Actual: spec. fuel cons. 3.95 GJ/t, average of the last nine months of operation",
             "Guar.: 3.70 GJ/t at the same output and the same lime quality, measured over ten days"]
    assert unwrap_lines(lines) == lines


def test_a_wrapped_line_that_merely_holds_a_colon_still_joins():
    lines = ["The offer covers the burner, the control cabinet and the following items of the scope of supply, all",
             "installed by our team: lances, valves and the new flame scanners for both shafts of the kiln"]
    assert len(unwrap_lines(lines)) == 1


def test_a_change_told_of_the_buyers_own_plant_stands_in_a_text_that_tells_a_case_study():
    text = ("Case Study: how a can maker in Ohio cut scrap on its body makers with our vision system\n"
            "At the Ohio plant, scrap fell from 4.0 % to 1.5 % within eight months of the start of the project.\n"
            "For your Leeds plant the scrap rate must come down from 3.2 % to 1.8 % within a year of go-live.\n")
    assert kpi_ends(text) == (3.2, 1.8)


def test_the_case_studys_own_result_is_still_no_kpi():
    text = ("Case Study: how a can maker in Ohio cut scrap on its body makers with our vision system\n"
            "At the Ohio plant, scrap fell from 4.0 % to 1.5 % within eight months of the start of the project.\n")
    assert kpi_ends(text) is None


def test_a_benchmark_word_the_vendor_boasts_with_in_its_own_guarantee_tells_no_other_site():
    text = "Your scrap rate is 3.4 % today. With our AI-powered, best-in-class vision platform we guarantee below 2 %."
    assert kpi_ends(text) == (3.4, 2)


def test_best_in_class_sites_are_still_other_sites():
    assert kpi_ends("Your refiners run at 310 kWh/t today; best-in-class mills reach 250 kWh/t.") is None
