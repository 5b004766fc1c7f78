"""A record said to be traceable (each verdict with its image, each approval) is the trail a buyer reads as quality
holds and traceability, as the word "traceability" is; a check that keeps no such record drafts none."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def outputs(text: str) -> list[str]:
    answer = draft(text, BANK, proposal="trail").answer("workflow.outputs")
    return answer.choices if answer else []


def test_inspection_verdicts_kept_traceable_are_a_traceability_record():
    text = ("We install a re-inspection station after your filling machine. It checks every syringe for particles. "
            "Each verdict, with the image and the inspection parameters, is stored and fully traceable for GMP "
            "audits.")
    assert "quality_holds" in outputs(text)


def test_a_text_without_a_traceable_record_drafts_no_quality_holds():
    text = ("We install a re-inspection station after your filling machine. It checks every syringe for particles "
            "and shows the count of good and bad syringes per hour on a screen at the line.")
    assert "quality_holds" not in outputs(text)
