"""Comparing proposals: ranking, differences in substance, gaps, and how stable the winner is."""
import pytest

from scoring import compare


def test_connected_loop_beats_the_dashboard_and_the_ranking_is_by_overall(example):
    comp = compare([example("a_"), example("b_")])
    assert comp.ranking == ["Downtime-to-Maintenance Loop", "LineView Pro: downtime dashboard"]
    assert comp.winner_margin == pytest.approx(comp.overall[comp.ranking[0]] - comp.overall[comp.ranking[1]], abs=0.05)


def test_differences_name_what_each_proposal_shows(example):
    comp = compare([example("a_"), example("b_")])
    diff = next(d for d in comp.differences if d.question == "connect.integrations")
    assert "Maintenance / CMMS" in diff.answers["Downtime-to-Maintenance Loop"]
    assert "no connections" in diff.answers["LineView Pro: downtime dashboard"]
    assert all(len(set(d.answers.values())) > 1 for d in comp.differences)


def test_gaps_are_listed_per_proposal(example):
    comp = compare([example("a_"), example("b_")])
    assert comp.gaps["Downtime-to-Maintenance Loop"] == []
    assert comp.gaps["LineView Pro: downtime dashboard"]


def test_a_dominant_winner_is_stable_under_any_single_weight(example):
    comp = compare([example("a_"), example("b_")])
    assert comp.stability.section is None and "whatever weight" in comp.stability.text


def test_the_reported_weight_change_really_flips_the_winner(example):
    comp = compare([example("a_"), example("d_")])
    stab = comp.stability
    assert stab.section is not None and stab.new_winner != comp.winner
    flipped = compare([example("a_"), example("d_")], weights={stab.section: stab.to_weight})
    assert flipped.winner == stab.new_winner
    # and a change just short of it does not
    halfway = stab.from_weight + 0.9 * (stab.to_weight - stab.from_weight)
    assert compare([example("a_"), example("d_")], weights={stab.section: halfway}).winner == comp.winner


def test_a_flip_only_past_three_times_the_largest_weight_is_said_as_no_single_weight_changing_the_order(example):
    """Walk 57: "raising the weight of 'Security' from 10 to 262.2 would put EnerGate first"; walk 59: "'Measurable
    return' at 604.8 would put TwinForge first" where the weights run 6 to 15."""
    far = compare([example("a_"), example("c_")])
    largest = max(far.weights.values())
    assert far.stability.to_weight > 3 * largest
    assert "no single section's weight changes the order" in far.stability.text
    assert f"{far.stability.to_weight:g}" not in far.stability.text and "would put" not in far.stability.text
    assert compare([example("a_"), example("c_")], weights={far.stability.section: far.stability.to_weight}).winner \
        == far.stability.new_winner  # the figure it keeps still flips it
    near = compare([example("a_"), example("d_")]).stability
    assert near.to_weight <= 3 * largest and "would put" in near.text and "no single" not in near.text


def test_weights_re_rank(example):
    base = compare([example("a_"), example("d_")])
    only_data = compare([example("a_"), example("d_")], weights={s.id: 0 for s in base.sections} | {"data": 1})
    assert only_data.overall["LineView Pro: downtime dashboard"] == base.scorecards[0].section("data").score


def test_same_proposal_names_are_told_apart(example):
    a = example("a_")
    comp = compare([a, a.model_copy(update={"vendor": "Other Co"})])
    assert len(set(comp.proposals)) == 2


def test_a_shared_proposal_name_carries_every_vendor_not_only_the_later_ones(example):
    """Walk 55: three offers all called "Energy monitoring and oven PdM"; the first stood with no vendor, and the
    exported ranking could not say who came second."""
    a = example("a_")
    same = [a.model_copy(update={"proposal": "Oven PdM", "vendor": v}) for v in ("ThermaWatch", "HornoSmart")]
    comp = compare([*same, a.model_copy(update={"proposal": "Other offer", "vendor": "OvenGenius"})])
    assert comp.proposals == ["Oven PdM (ThermaWatch)", "Oven PdM (HornoSmart)", "Other offer"]


def test_bad_weights_and_single_evaluation_are_refused(example):
    with pytest.raises(ValueError, match="two or more"):
        compare([example("a_")])
    with pytest.raises(ValueError, match="unknown section 'nope'"):
        compare([example("a_"), example("b_")], weights={"nope": 1})
    with pytest.raises(ValueError, match="0 or more"):
        compare([example("a_"), example("b_")], weights={"data": -1})


def _drafted(evaluation, questions):
    """The evaluation with `questions`' answers drafted by Winnow and not yet reviewed."""
    answers = [a.model_copy(update={"drafted": True, "reviewed": False}) if a.question in questions else a
               for a in evaluation.answers]
    return evaluation.model_copy(update={"answers": answers})


def test_an_unreviewed_draft_is_told_apart_from_a_reviewed_answer_in_the_differences(example):
    drafted = _drafted(example("b_"), {"connect.integrations"})
    comp = compare([example("a_"), drafted])
    diff = next(d for d in comp.differences if d.question == "connect.integrations")
    assert diff.drafts == {"LineView Pro: downtime dashboard": False, "Downtime-to-Maintenance Loop": True}
    assert comp.unreviewed == {"LineView Pro: downtime dashboard": 0, "Downtime-to-Maintenance Loop": 1}
    assert not any(d.drafts["Downtime-to-Maintenance Loop"] for d in comp.differences if d is not diff)


def test_each_proposal_has_a_short_key_in_the_order_given(example):
    comp = compare([example("b_"), example("a_")])
    assert comp.keys == {"Downtime-to-Maintenance Loop": "A", "LineView Pro: downtime dashboard": "B"}
    from scoring.compare import keys_for
    assert keys_for(28)[-3:] == ["Z", "A2", "B2"]
