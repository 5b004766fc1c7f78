"""A KPI whose two values are told lines apart in other words (kpi13): a commitment naming the measure in the plural
("weld rejects <= 0.5 %") pairs with today's value told a few lines earlier under the measure's singular name ("Current
weld reject rate: 1.6 %"). Lines written for these tests."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def measure(text: str):
    answer = draft(text, BANK).answer("decision.kpi")
    return answer.measure if answer and answer.measure else None


def test_a_plural_commitment_pairs_with_the_singular_rate_told_lines_before():
    text = """Weld seam inspection cell WIC-2 retrofit
Current weld reject rate: 1.6 % (seams passed but found open at final test, avg. of 4 weeks).
Sheet gauge 0.8-1.2 mm, line speed 12 m/min.
Scope: two laser profile sensors and new evaluation software.
Commitment: weld rejects <= 0.5 % at unchanged line speed, verified at SAT.
Timeline: FAT wk 22, SAT wk 27."""
    got = measure(text)
    assert got and (got.baseline, got.target) == (1.6, 0.5)


def test_a_plural_commitment_takes_no_value_of_another_measure_lines_before():
    text = """Weld seam inspection cell WIC-2 retrofit
Current line speed: 12 m/min (avg. of 4 weeks).
Sheet gauge 0.8-1.2 mm.
Scope: two laser profile sensors and new evaluation software.
Commitment: weld rejects <= 0.5 % at unchanged line speed, verified at SAT."""
    got = measure(text)
    assert not (got and got.baseline is not None)


def test_a_cut_of_a_use_per_counted_base_applies_to_today_per_that_base():
    # "per 100 kg" is the rate's base on both sides: the cut is of today's 4.0 m3 per 100 kg, never of the 100
    text = """Malt kiln 3 - burner and recirculation upgrade
Your kiln 3 currently burns 4.0 m3 of natural gas per 100 kg of finished malt (meter readings against bagged output, May 2026).
The new recirculation damper and burner management will cut the kiln's gas use per 100 kg by 25 %, shown over a three-week trial after start-up."""
    got = measure(text)
    assert got and (got.baseline, got.target) == (4.0, 3.0) and "100 kg" in got.unit


def test_a_guarantee_proven_at_a_capacity_is_the_target_never_the_capacity():
    # "at nameplate capacity of 9 t/h" is what the guarantee is measured at, no target of its own
    text = """Salt evaporator - vapour recompression retrofit
The evaporator consumes 0.70 t steam/t salt (plant historian vs. dispatched salt, Feb-Jul 2026).
Mechanical vapour recompression on effect 1: guaranteed 0.52 t steam/t salt, demonstrated in a 48 h test at nameplate capacity of 9 t/h."""
    got = measure(text)
    assert got and (got.baseline, got.target) == (0.70, 0.52)


def test_a_place_of_measuring_after_at_leaves_the_guaranteed_value_the_target():
    # with no value told before it, "at the leak tester of 0.3 %" says where the measure is taken, not a condition
    text = """Valve body machining - leak test
Today 1.1 % of valve bodies fail the helium leak tester (QA records, 2026).
With new clamping and a tool-wear check we guarantee failures at the leak tester of 0.3 % of bodies at most."""
    got = measure(text)
    assert got and (got.baseline, got.target) == (1.1, 0.3)


def test_a_short_compound_unit_is_read_whole_and_names_the_measure():
    # "t steam/t salt" is one unit, what it is of ("steam") naming a measure the guarantee's words do not
    text = """The evaporator consumes 0.70 t steam/t salt today.
Guaranteed after the retrofit: 0.52 t steam/t salt."""
    got = measure(text)
    assert got and got.unit == "t steam/t salt" and "steam" in got.metric


def test_a_cut_by_a_third_applies_to_the_share_found_never_the_count_it_was_found_in():
    # "over the last 600 lenses" is what the share was counted on, no value of the plant's
    text = """About 9 % of moulded lenses are scrapped today, mostly for haze and flash (your QA count over the last 600 lenses).
With the new mould venting we expect to cut lens scrap by a third, and we accept that as the acceptance figure."""
    got = measure(text)
    assert got and (got.baseline, got.target) == (9.0, 6.0)


def test_a_short_guarantee_label_commits_and_a_throughput_held_after_the_value_is_no_target():
    # "Guar." is short for guaranteed; "at 30 t/h" is what the guaranteed value holds at
    text = """Sugar evaporator - vapour recompression, technical summary
Present: 5-effect evaporator, 30 t/h thin juice, LP steam 0.41 t stm/t juice (plant historian).
Proposed: MVR fan on effects 1+2, 1.6 MW el.
Guar. value after retrofit: LP steam 0.29 t stm/t juice at 30 t/h, brix 65-68.
Not incl.: juice purification."""
    got = measure(text)
    assert got and (got.baseline, got.target) == (0.41, 0.29)


def test_a_guarantee_of_this_figure_commits_the_sentence_before_it():
    text = """Your existing fryer uses 640 kg of gas per hour at 3 t/h of chips (metered over the 2025 season).
Our fryer with an insulated hood and heat recovery will need 480 kg/h of gas at the same 3 t/h, frying at 175-180 °C as today.
We guarantee this figure; any further savings on wedges are yours."""
    got = measure(text)
    assert got and (got.baseline, got.target) == (640, 480)
    assert "gas" in got.metric and "recovery" not in got.metric  # the unit names the measure, not the hood


def test_a_figure_pointed_at_without_a_firm_commitment_is_no_target():
    text = """Your existing fryer uses 640 kg of gas per hour at 3 t/h of chips (metered over the 2025 season).
Our fryer with an insulated hood and heat recovery needs 480 kg/h of gas at the same 3 t/h in other plants.
We like this figure; any further savings on wedges are yours."""
    got = measure(text)
    assert not (got and got.target == 480 and got.baseline == 640)


def test_halving_a_breakage_takes_the_share_told_as_broken_pieces():
    text = """Hi Marta,
thanks for the tour of the glazing line on Tuesday. Notes as agreed:
You said that 3.8 % of glazed floor tiles end up broken or chipped between the kiln exit and the sorting table.
The line sorts about 9,400 tiles a shift in sizes from 30 cm to 60 cm.
Our proposal: soft belt transfers, a gentler stacker and a camera at the kiln exit.
On that basis we are prepared to commit to halving breakage within four months of start-up; your QA counts it as today."""
    got = measure(text)
    assert got and (got.baseline, got.target) == (3.8, 1.9)


def test_making_that_the_acceptance_figure_commits_to_the_value_told_before_it():
    # the later "over four normal shifts" is how the figure is measured, never the target
    text = """Dear Ines,
your folding line currently packs around 2,300 cartons per shift, held back by manual magazine loading.
With the automatic magazine, we are confident of 2,900 cartons per shift on the standard carton and would be happy to make that the acceptance figure, measured over four normal shifts.
Kind regards, Tom"""
    got = measure(text)
    assert got and (got.baseline, got.target) == (2300, 2900)


def test_a_pilot_at_another_companys_hall_is_no_kpi_of_the_buyer():
    text = """Proposal for the blister line.
In a pilot run at another pharma company's packaging hall, the new feeder brought line stops down from 14 to 5 per shift.
For your line we offer the same feeder with installation in week 32."""
    assert not measure(text)


def test_a_commitment_for_the_buyer_after_another_companys_pilot_is_still_read():
    text = """In a pilot run at another pharma company's packaging hall, the new feeder brought line stops down from 14 to 5 per shift.
Your line stops 11 times per shift today; we commit to bringing that down to 6 per shift."""
    got = measure(text)
    assert got and (got.baseline, got.target) == (11, 6)


def test_an_aside_in_brackets_and_a_stated_shift_length_leave_todays_rate_per_shift():
    text = """Dear Ines,
your folding line currently packs around 2,300 shipping cartons (RSC, 400 x 300 mm) per 8-hour shift, held back by manual loading.
With the automatic magazine, we are confident of 2,900 cartons per shift and would be happy to make that the acceptance figure."""
    got = measure(text)
    assert got and (got.baseline, got.target) == (2300, 2900)
    assert got.metric == "cartons per shift"  # neither "confident" nor the means the offer brings


DUTCH_HALVING = """Beste Anouk,
Jullie gaven aan dat 3,8 % van de geglazuurde tegels gebroken of gescheurd uit de oven komt.
De lijn sorteert ongeveer 9.400 tegels per ploeg.
Ons voorstel: zachte transportbanden en een camera bij de ovenuitgang.
Wij verbinden ons ertoe de breuk binnen vier maanden te halveren."""


def test_a_dutch_halving_with_its_verb_last_halves_the_broken_share_never_the_output():
    got = measure(DUTCH_HALVING)
    assert got and (got.baseline, got.target) == (3.8, 1.9)


def test_a_verb_put_last_names_what_it_changes_before_it():
    from reading.kpi_change import read_relative

    assert read_relative("wir verpflichten uns, die ausschussquote im ersten jahr zu halbieren.").metric == "ausschussquote"
    assert read_relative("wij beloven de omsteltijd binnen een jaar te halveren.").metric == "omsteltijd"


def test_a_dutch_halving_of_breakage_never_halves_the_tiles_sorted_a_shift():
    got = measure(DUTCH_HALVING.replace("Jullie gaven aan dat", "Bij de rondgang zagen we dat"))
    assert not (got and got.baseline == 9400)
