"""KPI statements beside the numbers that tempt a reader (issue 14, tuning5): a time between failures
named at length, a thing made "every N seconds", the offer's means before "we target", a range, a model
number and a product's size beside today's value, a short word that names the measure ("gas").
Texts written for these tests."""
from kpi_corpus import kpi_ends as ends, whole_kpi as measure
from questions import load_bank
from reading.draft import drafter_for
from reading.draft_kpi import read_target

RULES = drafter_for(load_bank()).rules


def test_a_time_between_failures_named_at_length_keeps_the_kind_that_should_rise():
    text = ("Your service reports put the mean time between failures of the main drive chain at 150 hours.\n"
            "Our goal is an MTBF of 300 hours after the first year.\n")
    assert ends(text) == (150.0, 300.0)


def test_one_thing_made_every_n_seconds_is_a_time_per_thing_that_may_fall():
    text = ("Today the thermoformer delivers one tray every 12 seconds.\n"
            "After the servo retrofit we will bring that to one tray every 9 seconds.\n")
    assert ends(text) == (12.0, 9.0)


def test_a_ceiling_on_faults_told_every_n_hours_is_a_time_between_that_should_rise():
    rising = ("Today your winder has a web snag every 3 hours.\n"
              "With the tension controller we guarantee at most one web snag every 8 hours.\n")
    falling = ("Today your winder has a web snag every 8 hours.\n"
               "With the tension controller we guarantee at most one web snag every 3 hours.\n")
    assert ends(rising) == (3.0, 8.0)
    assert ends(falling) is None


def test_the_offers_means_before_we_target_names_no_metric():
    text = ("Your dryer line runs at 21 t/h today.\n"
            "With the steam conditioning upgrade we target 26 t/h on the same product.\n")
    assert ends(text) == (21.0, 26.0)


def test_a_range_told_today_is_never_the_value_a_relative_cut_starts_from():
    text = ("Energy for the tunnel kiln cost you €3.6M last year.\n"
            "The tunnel kiln's flue gas leaves at 180-220 °C today.\n"
            "We will cut the tunnel kiln's energy bill by a quarter.\n")
    assert ends(text) == (3.6, 2.7)


def test_a_model_number_is_no_value_and_a_short_word_names_the_measure():
    text = ("Natural gas for dryer D3 cost you €1.2M in 2025.\n"
            "We expect to cut the dryer's gas bill by a third.\n")
    got = measure(text)
    assert (got.baseline, got.target) == (1.2, 0.8)
    assert "gas" in got.metric


def test_the_value_said_to_be_todays_is_the_one_a_cut_points_back_to_not_a_products_size():
    text = ("On the 24,000 bph line (1.5 l bottles) your crew needs on average 40 minutes to clear a labeller stoppage.\n"
            "Our guided fault trees should cut that by 25%.\n")
    got = measure(text)
    assert (got.baseline, got.target) == (40.0, 30.0)
    assert "stoppage" in got.metric


def test_a_table_whose_first_header_cell_names_the_measure_gives_it_to_rows_that_name_things():
    text = ("| Good-part rate (%) | Your foundry, 2026 | Reference foundry (Ohio) | Your target after year 1 |\n"
            "| Gearbox housings | 81 | 93 | 88 |\n")
    got = measure(text)
    assert (got.baseline, got.target, got.unit) == (81.0, 88.0, "%")
    assert "gearbox housings" in got.metric


def test_a_column_of_the_buyers_own_is_todays_whatever_it_calls_the_site():
    text = ("| Scrap (% of castings) | Your shop, week 30 | Committed |\n"
            "| Scrap rate | 6.5 | 4 |\n")
    assert ends(text) == (6.5, 4.0)


def test_a_label_that_names_the_state_after_the_offer_at_length_labels_the_target():
    text = ("Current situation: the label changeover on your wrap-around labeller averages 45 minutes.\n"
            "After the retrofit with servo magazines and recipe recall: changeover to 15 minutes.\n")
    assert ends(text) == (45.0, 15.0)


def test_a_dutch_offer_states_today_and_the_target_in_its_own_words():
    told = ("Huidige situatie: de omsteltijd van de vulmachine is gemiddeld 50 minuten per wissel.\n"
            "Na de ombouw met snelwisselklemmen: omsteltijd naar 20 minuten per wissel.\n")
    changed = "Wij garanderen dat de stilstand van lijn 2 daalt van 30 naar 18 uur per maand.\n"
    assert ends(told) == (50.0, 20.0)
    assert ends(changed) == (30.0, 18.0)


def test_a_price_under_the_buyers_own_label_and_after_the_offer_is_no_kpi():
    text = ("Your price today: EUR 48,000 per line and year.\n"
            "After the renewal with the extended service package: EUR 52,000 per line and year.\n")
    assert measure(text) is None


def test_a_dutch_range_is_never_a_baseline_and_a_target():
    text = "Omsteltijden liggen tussen 20 en 45 minuten, afhankelijk van het formaat; wij verkorten die omstellingen.\n"
    assert measure(text) is None


def test_the_words_between_a_label_and_its_value_name_the_measure():
    english = "Current situation: rework 9 % of frames.\nAfter the installation: rework 4 % of frames.\n"
    dutch = "Huidige situatie: afkeur 7 %.\nNa de installatie: afkeur 2,5 %.\n"
    assert measure(english).metric == "rework" and ends(english) == (9.0, 4.0)
    assert ends(dutch) == (7.0, 2.5)


def test_a_ranges_upper_end_is_no_target():
    assert read_target("Our press line commits to blanks of 0.6 to 2.5 mm on the same tooling.", RULES) is None
    assert read_target("We commit to bringing set-up time to 12 minutes.", RULES).target == 12.0


def test_a_cut_pointing_back_takes_the_value_an_earlier_clause_of_its_sentence_names():
    assert ends("Your bakery loses €0.8M a year to scrap and rework; we plan to halve this within a year.\n") == (0.8, 0.4)
    assert measure("In 2 weeks, we will halve it.\n") is None


def test_a_pointer_in_an_emails_promise_and_a_forecast_for_this_plant_are_targets():
    email = ("Hi Lars, your shift leaders count the case packer jamming about 45 times a week.\n"
             "We'd get that under 15 a week with the new magazine.\n")
    forecast = "Drip loss in your chillers is 1.8% of carcass weight today and should fall to 1.3% with misting.\n"
    assert ends(email) == (45.0, 15.0)
    assert ends(forecast) == (1.8, 1.3)


def test_a_cut_by_a_fifth_leaves_four_fifths():
    assert ends("Steam use is 3.0 t per tonne of sugar today. We commit to cutting steam use by a fifth.\n") == (3.0, 2.4)


def test_a_means_as_the_subject_names_no_metric_the_thing_it_changes_does():
    text = "Set-up time on the slitter averages 50 minutes; the recipe manager will cut set-up time to 20 minutes.\n"
    got = measure(text)
    assert (got.baseline, got.target) == (50.0, 20.0)
    assert "set-up time" in got.metric


def test_a_target_told_first_pairs_with_the_value_a_later_sentence_says_the_buyers_records_show():
    text = ("Our commitment is 6 stoppages a week.\n"
            "That compares with the 22 stoppages a week of the bagging line your shift book shows for 2026.\n")
    assert ends(text) == (22.0, 6.0)


def test_a_change_by_points_from_todays_value_takes_today_not_its_amount():
    got = measure("We will lift the availability of the press line by 5 points from today's 88%.\n")
    assert (got.baseline, got.target) == (88.0, 93.0)


def test_a_kind_held_the_same_is_a_condition_not_the_measure():
    text = "The spray dryer draws 410 kW on average. We commit to 350 kW at the same throughput of 3-4 t/h.\n"
    assert ends(text) == (410.0, 350.0)


def test_a_digit_inside_a_name_hides_no_kind_of_measure():
    text = "The boiler house's CO2 emissions are 5,200 t a year; our burner programme will cut them by 20%.\n"
    assert ends(text) == (5200.0, 4160.0)
