"""Changes told by kind (issue 14): a gain or a reduction told as a noun in percentage points adds those points
to today's share, never that percent of it. Sentences written for these tests."""
import pytest

from kpi_corpus import offered_kpi


@pytest.mark.parametrize("change, target", [
    ("an availability gain of 6 percentage points", 84),
    ("a 6 percentage point gain in availability", 84),
    ("an availability gain of 6 points", 84),
])
def test_a_gain_told_in_points_adds_them_to_todays_share(change, target):
    text = ("Availability of the bottling line stood at 78 % over the last six months.\n"
            f"We commit to {change} within a year of go-live.")
    got = offered_kpi(text)
    assert (got.baseline, got.target) == (78, target)


def test_a_reduction_told_in_points_takes_them_off_todays_share():
    text = ("Your reject rate at the end-of-line tester was 5.5 % in 2025.\n"
            "We commit to a reduction of 2 percentage points in the reject rate after the first quarter.")
    got = offered_kpi(text)
    assert (got.baseline, got.target) == (5.5, 3.5)


def test_a_gain_told_in_percent_is_still_a_share_of_todays_value():
    text = ("Availability of the bottling line stood at 80 % over the last six months.\n"
            "We commit to an availability gain of 10 % within a year of go-live.")
    got = offered_kpi(text)
    assert (got.baseline, got.target) == (80, 88)


def test_a_target_told_in_a_longer_unit_of_time_is_kept_in_todays_shorter_unit():
    text = ("Changeover on press 4 took 75 mins on average last year.\n"
            "Committed: changeover 1 hr from month 3.")
    got = offered_kpi(text)
    assert (got.baseline, got.target) == (75, 60)


def test_a_target_in_todays_own_unit_of_time_is_read_as_told():
    text = ("Changeover on press 4 took 3 hrs on average last year.\n"
            "Committed: changeover 2 hrs from month 3.")
    got = offered_kpi(text)
    assert (got.baseline, got.target) == (3, 2)


def test_halving_a_rate_of_rejects_takes_todays_share_not_a_time_told_beside_it():
    text = ("Last year 4.8 % of the castings were scrapped for porosity (checked at the X-ray cell, 35 seconds "
            "per casting).\n"
            "We undertake to halve the porosity scrap rate within the first year.")
    got = offered_kpi(text)
    assert (got.baseline, got.target) == (4.8, 2.4)


def test_cutting_a_share_takes_todays_share_not_a_weight_told_beside_it():
    text = ("Of every coil you slit, 9 % ends up as edge trim (weighed over May: 480 t of coils, 43 t of trim).\n"
            "The new slitting planner will cut the trim share by a third.")
    got = offered_kpi(text)
    assert (got.baseline, got.target) == (9, 6)


def test_a_rate_of_something_that_should_rise_is_no_share():
    text = ("The filler runs at a flow rate of 120 l/min today, about 4 % below its rating.\n"
            "We will raise the flow rate by 10 %.")
    got = offered_kpi(text)
    assert got is None or got.baseline != 4


def test_a_german_result_at_one_of_the_vendors_customers_is_no_kpi_of_the_buyer():
    text = ("Die Brauerei eines unserer Kunden in Franken hat mit unserem System den Wasserverbrauch von 5,2 auf "
            "4,1 hl je hl Bier gesenkt.\n"
            "Für Ihre Brauerei nennen wir erst nach der Messung einen Wert.")
    assert offered_kpi(text) is None


def test_a_dutch_result_at_one_of_the_vendors_customers_is_no_kpi_of_the_buyer():
    text = ("Bij een van onze klanten daalde de uitval met ons systeem van 4,5 naar 2,1 %.\n"
            "Voor uw lijn noemen we pas na de meting een waarde.")
    assert offered_kpi(text) is None


@pytest.mark.parametrize("today, target", [
    ("Line 6 needs 0.46 kWh per kg of pipe today, measured at a throughput of 1,150 kg/h.",
     "We will lower the specific energy use of line 6 to 0.38 kWh/kg."),
    ("Die Linie 6 braucht heute 0,46 kWh je kg Rohr, gemessen bei einem Durchsatz von 1.150 kg/h.",
     "Wir senken den spezifischen Energieverbrauch der Linie 6 auf 0,38 kWh/kg."),
])
def test_a_throughput_today_was_measured_at_does_not_hide_todays_energy_use(today, target):
    got = offered_kpi(f"{today}\n{target}")
    assert (got.baseline, got.target) == (0.46, 0.38)


@pytest.mark.parametrize("today, target", [
    ("Die Presse 2 braucht heute 310 kWh je Tonne.",
     "Mit der neuen Regelung wird der Energieverbrauch der Presse 2 auf 270 kWh je Tonne gesenkt."),
    ("Pers 2 verbruikt vandaag 310 kWh per ton.",
     "Met de nieuwe regeling wordt het energieverbruik van pers 2 naar 270 kWh per ton verlaagd."),
])
def test_a_german_or_dutch_passive_of_a_change_commits_to_its_value(today, target):
    got = offered_kpi(f"{today}\n{target}")
    assert (got.baseline, got.target) == (310, 270)


def test_a_change_named_by_a_short_word_finds_today_told_in_its_plural():
    text = ("At the final pressure test, 2.8 % of your valves fail for leaks at the stem seal today.\n"
            "We commit to reducing the leak reject rate by a quarter in the first year.")
    got = offered_kpi(text)
    assert (got.baseline, got.target) == (2.8, 2.1)
