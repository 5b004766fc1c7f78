"""A machine that checks the product with a learnt model or a camera (a deep-learning re-inspection stage, AI vision
inspection, AOI with AI) is detection in a case study too: the check is the machine's, so it needs no dashboard or
data word beside it; and a customer named as "a leading ... maker" is no boast that hides the sentence."""
from questions import load_bank
from reading.draft import draft, drafter_for
from reading.phrases import normalise, tokens

BANK = load_bank()

STORY = """Glass vials: fewer false rejects at a filling plant

A filling plant for eye drops ran 100% inspection on older light-inspection machines. Too many good vials were
rejected, and two people re-checked every rejected tray by hand each shift.

{check}

After six months the plant rejected 60% fewer good vials, and the re-check team moved to other work.
"""


def analytics(check: str) -> list[str]:
    answer = draft(STORY.format(check=check), BANK, proposal="story").answer("workflow.analytics")
    return answer.choices if answer else []


def test_a_deep_learning_re_inspection_stage_is_detection():
    assert "detection" in analytics("We installed a deep-learning re-inspection stage after the existing machines: "
                                    "every vial they reject is checked again and released or confirmed as a reject.")


def test_ai_vision_inspection_that_caught_the_defect_is_detection_without_a_data_word():
    assert "detection" in analytics("The new AI vision inspection, connected to the same camera hardware on "
                                    "line 2, checks every vial and caught a hairline crack on 300 vials in its "
                                    "first week.")


def _sells(sentence: str) -> bool:
    drafter = drafter_for(BANK)
    read = drafter.reader.read(sentence).sentences[0]
    return drafter.is_marketing(read, tokens(normalise(read.text)))


def test_a_system_built_for_a_leading_maker_is_no_boast():
    assert not _sells("We developed and deployed an AI-driven surface inspection system for a leading tile maker.")


def test_a_vendor_that_calls_itself_leading_still_boasts():
    assert _sells("We are a leading provider of AI inspection.")


def test_people_who_inspect_by_hand_in_the_story_are_no_detection():
    assert "detection" not in analytics("Since then two inspectors inspect every rejected tray by hand and write the "
                                        "result on a sheet at the end of the shift.")


def test_computer_vision_quality_control_is_detection():
    assert "detection" in analytics("Since May a computer-vision quality control station at the end of line 2 "
                                    "looks at every vial before it is packed.")


def test_a_learnt_model_named_before_what_it_detected_is_detection():
    assert "detection" in analytics("Our machine learning solution reduced the vials falsely detected as cracked by "
                                    "the older machines.")


def test_quality_control_by_people_is_no_detection():
    assert "detection" not in analytics("Two quality control staff at the end of line 2 look at every tray before "
                                        "it is packed.")
