"""A KPI laid out rather than told (issue 14, item 2): a table's row, a slide's lines, bullets with the
figure first, cells that name themselves are one reading (reading/kpi_block.py): a metric named once,
one value labelled today's and one labelled the target, in one unit. And the sentence kinds that
recur beside them: a ceiling as a target, a past change's start year, a value told after "the", a
customer story. Texts written for these tests."""
from kpi_corpus import kpi_ends as ends, whole_kpi as measure
from reading.kpi_block import piece, role


def test_a_table_under_before_and_after_columns_reads_the_row_that_has_both():
    text = ("Packaging line 3 - expected effect\n"
            "Measure | Before | After\n"
            "Changeover time | 95 min | 40 min\n"
            "Operators per shift | 4 | 4\n")
    got = measure(text)
    assert (got.metric, got.unit, got.baseline, got.target) == ("changeover time", "min", 95, 40)


def test_a_column_of_another_plants_figures_is_neither_today_nor_the_target():
    text = ("KPI | Your line, 2025 | Reference: Lyon plant after go-live | Committed for your line\n"
            "Unplanned stops per week | 14 stops | 5 stops | 8 stops\n")
    assert ends(text) == (14, 8)


def test_a_table_of_another_plants_before_and_after_drafts_nothing():
    text = ("KPI | Reference plant, before | Reference plant, after\n"
            "Downtime | 40 h/month | 22 h/month\n")
    assert measure(text) is None


def test_the_row_a_table_marks_contractual_comes_before_an_expected_row_above_it():
    text = ("| Measure | Current | Expected | Contractual |\n"
            "| Scrap | 4.5 % | 3 % | no, depends on your resin |\n"
            "| Availability | 88 % | 93 % | yes |\n")
    assert ends(text) == (88, 93)


def test_bare_numbers_take_the_unit_written_in_brackets_beside_the_metric():
    text = ("Targets for the anodising line\n"
            "KPI | Today (2025 average) | Target after handover\n"
            "Reject rate (% of racks) | 5.1 | 2.4\n"
            "Rack loading | manual | manual\n")
    got = measure(text)
    assert (got.unit, got.baseline, got.target) == ("%", 5.1, 2.4)


def test_a_slides_heading_names_todays_line_and_the_line_with_the_offer():
    text = ("SLIDE 3 | Kiln 1 - roof tiles\n"
            "Gas per tonne fired\n"
            "Today: 1.9 GJ/t\n"
            "With burner tuning and a kiln model: 1.6 GJ/t\n"
            "Firing curve: unchanged\n")
    got = measure(text)
    assert (got.metric, got.baseline, got.target) == ("gas per tonne fired", 1.9, 1.6)


def test_bullets_with_the_figure_first_pair_todays_value_with_the_committed_one():
    text = ("What the weld camera changes on the frame line:\n"
            "- 3.2 % weld defects at final inspection today\n"
            "- 1.5 % weld defects committed from month three\n"
            "- 4 to 6 weeks to train the model\n")
    got = measure(text)
    assert (got.metric, got.unit, got.baseline, got.target) == ("weld defects", "%", 3.2, 1.5)


def test_bullets_under_a_heading_that_names_another_site_draft_nothing():
    text = ("At a reference plant in Ghent:\n"
            "- 7 % rejects before the project\n"
            "- 2 % rejects after one year\n"
            "For your plant we propose a first audit.\n")
    assert measure(text) is None


def test_todays_value_alone_on_a_slide_drafts_no_measure():
    text = "SLIDE 2 | Your plant\nOEE today: 61 %\nLine speed: 120 parts per minute\nShifts: 3\n"
    assert measure(text) is None


def test_a_range_labelled_today_is_no_baseline():
    text = ("Cure oven 2:\n"
            "- 12 to 18 minutes per batch today, depending on load\n"
            "- 10 minutes per batch after the upgrade\n")
    assert measure(text) is None


def test_a_tenders_section_numbers_are_not_figures():
    text = ("Tender 44/2026\n"
            "3.1 Current situation: downtime of 38 hours per month.\n"
            "3.2 Bidders state the target they commit to after 12 months.\n")
    assert measure(text) is None


def test_a_german_slide_reads_ist_and_ziel_with_decimal_commas():
    text = "Folie 3 | Linie 2\nAusschussquote\nIst: 3,8 %\nZiel: 2,1 %\n"
    assert ends(text) == (3.8, 2.1)


def test_a_target_before_todays_value_in_a_labelled_line_pairs_both_ways():
    text = "Scrap on the die casting cell\nTarget: 2.5 % of shots\nToday: 4.0 % of shots\n"
    assert ends(text) == (4.0, 2.5)


def test_labels_say_which_value_is_which_and_another_site_is_neither():
    assert role(["today"]) == "today" and role(["target", "after", "ramp", "up"]) == "target"
    assert role(["committed", "for", "your", "plant"]) == "target"
    assert role(["reference", "brno", "plant", "after", "1", "year"]) == ""
    with_offer = piece("With the new dryer control: 0.9 t/h")
    assert (with_offer.role, with_offer.value.value, with_offer.name) == ("target", 0.9, "")
    assert piece("3.3 Bidders shall state the rate") is None


def test_a_ceiling_the_offer_sets_is_the_target_for_todays_value():
    text = ("Each grade change now costs about 2.4 t of off-spec film.\n"
            "With the gauge controller, off-spec film shall not exceed 1.2 t per grade change.\n")
    got = measure(text)
    assert (got.baseline, got.target) == (2.4, 1.2) and "will" not in got.metric and "shall" not in got.metric


def test_no_more_than_a_number_in_words_is_a_target():
    text = ("A die change currently takes ninety minutes on press 4.\n"
            "With quick clamps and a preset cart, a die change will take no more than thirty minutes.\n")
    assert ends(text) == (90, 30)


def test_a_past_change_told_with_its_start_year_leaves_today_at_its_end():
    text = ("Background: leaks at end-of-line test went from 1.9 % in 2024 to 1.4 % this year.\n"
            "We guarantee leaks at 0.8 % of units from month 6.\n")
    assert ends(text) == (1.4, 0.8)


def test_a_value_told_after_the_with_whose_it_is_is_todays_value():
    text = ("Commitment: compressed air use of 410 Nm3/h on the blow moulders from month 3.\n"
            "This compares with the 520 Nm3/h your energy audit recorded in 2025.\n")
    assert ends(text) == (520, 410)


def test_todays_value_named_by_the_targets_kind_further_before_is_its_baseline():
    text = ("Your first pass yield on the gearbox line was 89.5 % over 2025.\n"
            "Rework loops today range from 2 to 5 per shift.\n"
            "A torque-angle monitor checks every joint.\n"
            "Commitment: a first pass yield of 94 % within six months.\n")
    assert ends(text) == (89.5, 94)


def test_a_customer_story_tells_another_plants_change():
    text = ("Customer story: a bakery in Ohio\n"
            "Their oven downtime went from 30 to 12 hours per month after our sensors were fitted.\n"
            "Could this work for you?\n")
    assert measure(text) is None


def test_a_relative_change_that_names_its_metric_takes_no_baseline_from_a_sentence_about_else():
    text = ("Eight months after go-live the plant runs three shifts again.\n"
            "The team cut its spare parts inventory cost by 12%.\n")
    assert measure(text) is None


def test_a_change_pointing_back_with_that_takes_the_value_told_before_however_named():
    text = ("Your filler overfills each 1 kg bag by 14 g on average.\n"
            "Closed-loop weighing will halve that giveaway.\n")
    assert ends(text) == (14, 7)


def test_double_what_was_projected_is_a_comparison_not_a_change():
    text = ("We logged the compressors for 3 weeks before and after the retrofit.\n"
            "Savings came to about 210,000 kWh a year, roughly double we projected.\n")
    assert measure(text) is None


def test_how_long_something_was_watched_is_no_baseline():
    text = ("We recorded the dryer's steam flow for 4 weeks.\n"
            "Our controller will cut that steam use by 15%.\n")
    assert measure(text) is None


def test_a_count_of_people_that_changed_is_no_kpi():
    text = "After the audit the number of people on the packing line has been reduced from six to five people.\n"
    assert measure(text) is None


def test_a_version_or_a_clock_time_labelled_today_and_target_is_no_measure():
    assert measure("Controller upgrade\nCurrent firmware: 3.2\nTarget firmware: 3.6\n") is None
    assert measure("Shift report\nToday: ready at 10:30\nTarget: ready by 09:00\n") is None


def test_a_price_after_renewal_is_no_kpi_but_output_per_shift_after_the_upgrade_is():
    assert measure("Service contract\nCurrent fee: EUR 9,000 per year\nAfter renewal: EUR 11,000 per year\n") is None
    text = "- 260 castings per shift leave the cell today\n- 300 castings per shift after the upgrade\n"
    assert ends(text) == (260, 300)


def test_a_heading_that_shows_the_target_moving_the_wrong_way_drafts_nothing():
    assert measure("Scrap rate\nToday: 2 %\nTarget: 3 %\n") is None


def test_without_and_with_columns_and_current_and_future_state_are_today_and_after():
    text = "Measure | Without monitoring | With monitoring\nUnplanned downtime | 52 h/month | 30 h/month\n"
    assert ends(text) == (52, 30)
    assert ends("KPI | Current state | Future state\nFirst pass yield | 86 % | 93 %\n") == (86, 93)


def test_a_year_in_a_labels_brackets_is_when_not_what():
    text = "Scrap rate on line 4\nToday (2025 average): 4.2 %\nTarget (end of 2026): 2.5 %\n"
    assert ends(text) == (4.2, 2.5)


def test_a_heading_with_a_machines_number_names_the_slides_values():
    got = measure("Changeover on press 3\nNow: 50 minutes\nWith SMED kit: 20 minutes\n")
    assert (got.metric, got.baseline, got.target) == ("changeover on press 3", 50, 20)


def test_a_ceiling_above_todays_value_of_another_thing_is_no_target():
    text = ("Today your fitters need about 45 minutes to reach a stopped machine.\n"
            "Our service technicians respond within no more than 4 hours.\n")
    assert measure(text) is None
    text = ("The press hall is at 82 dB today.\n"
            "Noise at the operator position will not exceed 75 dB after the enclosure is fitted.\n")
    assert ends(text) == (82, 75)


def test_a_target_told_before_the_value_it_comes_from_is_a_change():
    text = "With the new scheduling, OEE on line 1 is expected to rise to 70 % from 58 % today.\n"
    assert ends(text) == (58, 70)
    assert measure("Up to 30 % from day one, say our customers.\n") is None


def test_a_german_change_von_auf_committed_in_the_contract_is_read():
    assert ends("Wir senken die Rüstzeit von 90 Minuten auf 35 Minuten (vertraglich zugesagt).\n") == (90, 35)


def test_a_pages_call_outs_of_the_industrys_figures_are_no_baseline_and_target():
    # the first line is a truth of the industry (an analysts' survey), so the pair is no plant's measure
    text = ("Why monitor pumps\n"
            "72% of pump failures have detectable signatures weeks before breakdown, studies show\n"
            "41% with temperature alone\n")
    assert measure(text) is None
