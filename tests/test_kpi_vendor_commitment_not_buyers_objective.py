"""The KPI is the vendor's commitment, never the buyer's objective an offer quotes back, nor another customer's
result under a case study's heading; and two signed changes one clause joins each belong to their own measure
(walks 69 and 70). Lines written for these tests."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def measure(text: str):
    answer = draft(text, BANK).answer("decision.kpi")
    return answer.measure if answer and answer.measure else None


def test_the_buyers_rfp_objective_quoted_back_is_no_kpi_of_the_vendor():
    text = """Brayfield operates 14 presses at the Tamworth site over three shifts.
Die change times are not measured consistently. Brayfield's stated objective in RFP-BP-2026-07 is to raise press OEE to 65% within 18 months and to reduce average die change time on the 400 t to 800 t presses from about 48 minutes to under 30 minutes.
The setter starts and ends a die change on the terminal, which records the time per phase."""
    assert measure(text) is None


def test_your_rfp_asks_is_the_buyers_wish_too():
    text = """Your RFP asks to cut die change time from 48 to 30 minutes on the large presses.
Our terminal records each die change by phase."""
    assert measure(text) is None


def test_the_vendors_own_commitment_beside_the_objective_is_still_read():
    text = """Your RFP asks to cut die change time from 48 to 30 minutes on the large presses.
We commit to cut die change time on the large presses from 48 to 35 minutes within the first year."""
    got = measure(text)
    assert got and (got.baseline, got.target) == (48, 35)


def test_a_case_studys_result_line_is_no_baseline_for_a_service_target():
    text = """Case study: Hollins Automotive Components, Telford Tier-1 body-in-white stampings, 22 presses
- Challenge: no real-time view of press performance
- Result: OEE up from 54% to 66% in 11 months
- Die change time reduced by 31%

Support, service levels and upkeep
Standard support is available 08:00 to 18:00 UK time Monday to Friday.
The cloud service has a target availability of 99.5% per calendar month, excluding planned maintenance."""
    assert measure(text) is None


def test_a_range_today_gives_no_exact_baseline_and_never_reverses():
    text = """At the pilot review gate we will compare OEE on the pilot presses with your manual figures (52 to 58 percent today).
Our target for the four pilot presses is 62 percent OEE by week 24."""
    got = measure(text)
    assert got is None or (got.metric.lower() != "figures" and got.target == 62 and got.baseline is None)


def test_the_second_of_two_joined_changes_takes_the_baseline_told_of_its_own_measure():
    text = """El problema que resolvemos: los tres hornos consumen en torno al 62 % del gas natural de la planta y las paradas no programadas por rotura de rodillos supusieron 41 horas de parada en 2025.
Objetivo: reducir el consumo específico de gas (kWh/m²) un 8 % y las paradas no programadas un 30 % en 12 meses."""
    got = measure(text)
    assert got and "paradas" in got.metric and (got.baseline, round(got.target, 2)) == (41, 28.7)


def test_two_signed_changes_in_one_clause_each_their_own():
    text = """Las paradas no planificadas suman hoy 41 horas al mes.
Objetivo: -8 % de gas por m² y -30 % de paradas no planificadas."""
    got = measure(text)
    assert got and "paradas" in got.metric and (got.baseline, round(got.target, 2)) == (41, 28.7)


def test_two_changes_in_english_take_the_one_whose_baseline_is_told():
    text = """Unplanned downtime on the line is 40 hours a month today.
We will cut scrap by 20 % and unplanned downtime by 30 % within a year."""
    got = measure(text)
    assert got and "downtime" in got.metric and (got.baseline, round(got.target, 2)) == (40, 28)
