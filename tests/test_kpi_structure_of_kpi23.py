"""KPIs told by structure the reader missed (issue 14, kpi23): a rate's base told with what it is of ("per hour of
running") is the same base as the bare period; a value a commitment wraps ("write 92 % availability ... into the
contract") is its target when its measure's name follows the value at once; a loss told as what counted things went
without ("passed without retest or repair") and a clause of its own after a semicolon name no other measure than a
yield's; a relative cut of a time named per a thing takes the time told as that measure's; a long name starts at the
kind it names and a kind word sizing a machine ("steam sterilizer") names no measure; "take" with its particle commits
as "bring" does; a hyphened name is found by its parts; a floor a value "will be" commits; a German verb put last
after its share reads as "by"; ">=" leads a target and a bound in brackets defines what is counted; a name ending in
when its target is for is cut there. Sentences written for these tests."""
from kpi_corpus import kpi_ends
from reading.kpi_numbers import counted_per


def test_a_base_told_with_what_it_is_of_counts_per_the_same_period():
    assert counted_per("jams per hour", "per hour of running")
    assert not counted_per("jams per shift", "per hour of running")


def test_a_buyers_ceiling_per_an_hour_of_running_pairs_with_todays_count_per_hour():
    text = ("Request for quotation - labeller upgrade\nOur shift logs for the spring show 9 label jams (any stop the "
            "operator must clear) per hour of running on the labeller.\nThe supplier shall upgrade the label feed.\n"
            "After the upgrade, label jams shall not exceed 3 per hour of running, verified over 6 shifts.")
    assert kpi_ends(text) == (9, 3)


def test_a_value_a_commitment_wraps_with_its_measure_named_after_it_is_the_target():
    text = ("Subject: kiln 4 - what we can sign\nHi Joe,\nYour records for last year show the kiln 4 dryer was "
            "available for 81.0 % of its scheduled hours.\nWith the new burner we'd be happy to put 88 % availability "
            "of kiln 4 into the contract, measured over the first quarter.\nRegards, Ann")
    assert kpi_ends(text) == (81.0, 88.0)


def test_a_value_in_another_clause_before_the_commitment_is_not_wrapped_by_it():
    from questions import load_bank
    from reading.draft_rules import rules_for
    from reading.kpi_numbers import as_read
    from reading.kpi_wrapped import wrapped_value
    from reading.phrases import normalise, tokens
    lower = as_read("The line ran at 88 % availability last year, and we would write the new burner into the contract.")
    cue = tokens(normalise(lower)).index("into")
    assert wrapped_value(lower, cue, [], rules_for(load_bank())) is None


def test_a_loss_told_as_what_passing_units_went_without_is_no_other_measure():
    from questions import load_bank
    from reading.draft_rules import rules_for
    from reading.kpi_kinds import other_kind_only
    rules = rules_for(load_bank())
    assert not other_kind_only("first-pass yield", "last year 88.0 % of pumps passed the leak test without rework", rules)
    assert other_kind_only("first-pass yield", "last year 12.0 % of pumps needed rework after the leak test", rules)


def test_a_first_pass_yield_told_as_units_passing_without_repair_is_its_baseline():
    text = ("Pump assembly - leak test proposal\nYour plant in Brno has built pumps since 2009.\nIn 2025 only 88.0 % "
            "of pumps passed the leak test without rework or repair; most failures were seal problems of the fixture.\n"
            "We commit to a first-pass yield at the leak test of at least 95.0 % of pumps, counted over 10,000 units.")
    assert kpi_ends(text) == (88.0, 95.0)


def test_a_cut_of_a_time_named_per_a_thing_takes_the_time_told_as_that_measures():
    text = ("Spritzgießzelle für Eimer, Angebot\nDie Zykluszeit je Eimer lag im Mittel der Monate März bis August "
            "2026 bei 40 s, bestimmt durch die Kühlung.\nMit neuen Formeinsätzen senken wir die Zykluszeit je Eimer "
            "um 25 Prozent.")
    assert kpi_ends(text) == (40.0, 30.0)


def test_a_cut_of_a_use_per_a_thing_takes_no_time_told_beside_it():
    text = ("Cleaning line - proposal\nYour plant cleans 5,000 crates a day; a crate spends 40 s in the tunnel.\n"
            "We will cut the water use per crate by 25 %.")
    assert kpi_ends(text) is None


def test_a_long_name_is_cut_to_start_at_the_kind_of_measure_it_names():
    from questions import load_bank
    from reading.draft_rules import rules_for
    from reading.kpi_metric import metric_before
    name = metric_before("guaranteed throughput of washed carrots after the upgrade: ", rules_for(load_bank()))
    assert name.startswith("throughput")


def test_a_kind_word_sizing_a_machine_names_no_measure():
    from reading.kpi_kinds import unnamed_machines
    assert unnamed_machines("the old steam sterilizer holds the line to 900 kg per hour") == \
        "the old sterilizer holds the line to 900 kg per hour"
    assert unnamed_machines("steam use is 2.1 t per hour") == "steam use is 2.1 t per hour"


def test_a_rate_a_machine_named_for_a_falling_kind_limits_is_the_throughputs_baseline():
    text = ("Carrot washing - line upgrade\nThe present steam sterilizer limits the line to 3,200 kg per hour of "
            "carrots; the washers upstream handle 6,000 kg per hour.\nWe will replace it with a continuous unit.\n"
            "Guaranteed throughput of washed carrots after the upgrade: 5,000 kg per hour, over an 8-hour run.")
    assert kpi_ends(text) == (3200.0, 5000.0)


def test_take_with_its_particle_commits_as_bring_does_and_pairs_across_units_of_time():
    text = ("Label press - changeover proposal\nA job change on your label press currently takes 2.5 hours on "
            "average (press log, 2026).\nOur quick-change anilox and sleeve system takes the job change down to "
            "50 minutes.\nThe rewinder is not affected.")
    assert kpi_ends(text) == (150.0, 50.0)


def test_a_ceiling_told_after_a_value_of_a_description_commits_nothing():
    text = ("Site view - offer\nInstallation by our technician takes one day per site.\nThe picture on your phone is "
            "at most one minute old.")
    assert kpi_ends(text) is None


def test_a_kind_told_far_before_a_long_names_cut_does_not_start_it():
    from questions import load_bank
    from reading.draft_rules import rules_for
    from reading.kpi_metric import metric_before
    name = metric_before("we had been tracking efficiency by hand for a long time and our figures were all over the "
                         "place, from ", rules_for(load_bank()))
    assert not name.startswith("efficiency")


def test_a_hyphened_measure_is_named_by_its_parts_in_the_baseline_sentence():
    text = ("Cherry packhouse - sorter proposal\nYour pack-out (the share of received cherries that leaves as first "
            "grade) averaged 74 % in 2026.\nOur sorter replaces the hand tables.\nWe commit to raising the pack-out "
            "of received cherries by 6 percentage points, measured over 2 weeks of the 2027 season.")
    assert kpi_ends(text) == (74.0, 80.0)


def test_a_floor_a_value_will_be_is_a_committed_target():
    text = ("Cheese brining - our offer\nThe yield of saleable wheels from pressed curd is in 2026 on 91,5 %, because "
            "wheels with cracked rinds are taken out.\nWe deliver a new brine circulation with 8 sensors.\nAfter our "
            "measures the yield of saleable wheels from pressed curd will be minimum 94,0 %, measured over three weeks.")
    assert kpi_ends(text) == (91.5, 94.0)


def test_a_value_a_thing_will_be_with_no_bound_commits_nothing():
    text = ("Cheese brining - our offer\nThe yield of saleable wheels from pressed curd is in 2026 on 91,5 %.\n"
            "The new brine room will be 12 m long and will be ready in 6 weeks.")
    assert kpi_ends(text) is None


def test_a_german_cut_with_its_verb_put_last_after_the_share_is_read():
    from reading.kpi_change import read_relative
    from reading.kpi_numbers import as_read
    change = read_relative(as_read("Wir verpflichten uns, den Ausschussanteil der gepressten Teile um 25 Prozent zu "
                                   "senken, gemessen über 5 Tage."))
    assert change and change.factor == 0.75 and change.metric == "ausschussanteil der gepressten teile"


def test_a_german_cut_with_its_verb_last_takes_the_share_told_before():
    text = ("Pressenlinie – Angebot\nIm Jahr 2025 wurden laut Ihrer Statistik 6,0 % der gepressten Teile wegen Rissen "
            "aussortiert.\nWir liefern neue Werkzeuge.\nWir sagen zu, den Ausschussanteil der gepressten Teile um 25 "
            "Prozent zu senken, gemessen über 10 Produktionstage.")
    assert kpi_ends(text) == (6.0, 4.5)


def test_a_floor_sign_leads_a_short_units_target_and_a_bound_in_brackets_defines_what_is_counted():
    text = ("Labeller LB-40 retrofit - summary of offer\nProduct: bottles, 2 formats, nominal speed 240 bottles/min.\n"
            "Current MTBF (Jan-Mar 2026, stops > 20 s, MES data): 18 min.\nScope: new label magazine, servo drive.\n"
            "Guar. MTBF after retrofit: >= 60 min at 200 bottles/min, 4 consecutive shifts.")
    assert kpi_ends(text) == (18.0, 60.0)


def test_a_value_in_brackets_with_no_bound_is_still_a_value():
    from questions.models import Measure
    from reading.kpi_said import said_in_unit
    said = [s[0] for s in said_in_unit("current mtbf (18 min, mes data) and stops (> 20 s)", Measure(metric="mtbf",
                                                                                                    unit="min"))]
    assert said == [18.0]


def test_a_name_ending_in_when_its_target_is_for_is_cut_there():
    from questions.models import Measure
    from reading.kpi_tidy import without_time
    def name(metric):
        return without_time(Measure(metric=metric, unit="min", baseline=1, target=2)).metric
    assert name("mtbf after retrofit") == "mtbf"
    assert name("mttr after 3 mths") == "mttr"
    assert name("line audit in october 2026") == "line audit"
    assert name("solder joint defects after reflow") == "solder joint defects after reflow"
    assert name("rejects after 3 passes") == "rejects after 3 passes"


def test_the_offers_machines_with_their_means_name_what_their_present_verb_changes():
    from questions import load_bank
    from reading.draft_rules import rules_for
    from reading.kpi_metric import metric_before
    said = "our new fillers with servo pistons that cut foaming bring the underfilled bottles down to "
    assert metric_before(said, rules_for(load_bank())) == "underfilled bottles"


def test_spoilage_is_a_kind_of_measure_that_should_fall():
    from questions import load_bank
    from reading.draft_rules import rules_for
    from reading.kpi_kinds import way_of
    assert way_of("spoilage", rules_for(load_bank())) == (True, False)
