"""Walk72: a whole offer's "5. Exclusions" line ("Network cabling, switches and firewall configuration up to the edge
server.") answered how the OT network is separated, and approvals of a project's steps ("written approval by AluCast
quality" of a new model version, "X-ray type approval", "radiation protection approval by SÚJB") or the signature page's
"We accept the offer" drafted "A named person approves every action" for a classifier that decides on every casting.
A line under an exclusions heading is the buyer's job, and human review is a person acting on what the system decides.
Other sentences, in English and German, and where the rules must not fire."""
import pytest

from reading.draft import draft
from reading.draft_optional import excluded_sections, optional_sections

OFFER = ("Dear Mr Novak, thank you for your enquiry. We propose an inline camera system for your press line 2. "
         "The edge box reads the press force of each stroke from the PLC every second. ")
SEGMENTED = "The edge box sits in its own VLAN behind a firewall that our engineers configure. "


def _answer(evaluation, question):
    return next((a for a in evaluation.answers if a.question == question), None)


@pytest.mark.parametrize("heading, line", [
    ("www.example-vendor.de 4 Exclusions", "• Firewall rules, VLANs and network switches up to the edge box."),
    ("3. Nicht im Lieferumfang", "• Firewall-Konfiguration und VLAN-Einrichtung im Werksnetz."),
    ("Out of scope", "- Segmentation of the plant network and the DMZ."),
])
def test_a_network_line_under_an_exclusions_heading_answers_no_segmentation(bank, heading, line):
    text = OFFER + f"\n{heading}\n{line}\n5 Warranty\nWarranty is 24 months from acceptance."
    assert _answer(draft(text, bank), "security.segmentation") is None


def test_a_vendor_s_own_segmentation_before_the_exclusions_still_answers(bank):
    text = OFFER + SEGMENTED + "\n4 Exclusions\n• Civil works and foundations.\n5 Warranty\nWarranty is 24 months."
    assert _answer(draft(text, bank), "security.segmentation") is not None


def test_a_numbered_heading_after_a_page_s_running_head_opens_and_ends_a_section():
    sections, _ = excluded_sections()
    assert sections.heads("Tel. +49 7361 55 820-0 · www.vendor.de 5 Exclusions")
    assert sections.heads("4.2 Leistungsausschlüsse")
    assert not sections.heads("We quote 2 exclusions")  # a heading is capitalised
    assert optional_sections().heads("www.vendor.de 7 Optional phase 2: predictive maintenance")
    lines = sections.lines(["5 Exclusions", "• Network cabling.", "6 KPI guarantee: scrap rate", "Baseline: 4.8 %."],
                           [_Role(), _Role(), _Role(), _Role()])
    assert lines == frozenset({"• Network cabling."})


class _Role:
    heading = False


DECIDES = ("We propose an AI camera system for your press line 2. The classifier decides OK/NOK for every part within "
           "the line cycle and the reject gate removes each NOK part. ")


@pytest.mark.parametrize("sentence", [
    "A new model version goes live only after a test run on 150 reference parts and written approval by your quality "
    "manager.",
    "Each software revision of the inspection program is released after approval by the quality engineer.",
    "The camera housing has an ATEX type approval and the installation needs a building permit approval by the "
    "local authority.",
    "We accept the offer AB-2026-17 with the above terms.",
    "Labelling of the training images is done by your inspectors, reviewed by our application engineer.",
])
def test_an_approval_of_a_step_of_the_project_is_no_review_of_what_the_system_decides(bank, sentence):
    answer = _answer(draft(DECIDES + sentence, bank), "upkeep.human_review")
    assert answer is None or not {"human_approves", "human_exceptions"} & set(answer.choices)


@pytest.mark.parametrize("sentence", [
    "The line operator confirms each NOK decision on the HMI before the part is scrapped.",
    "The shift leader approves each reject before the part leaves the line.",
])
def test_a_person_approving_what_the_system_decides_is_still_review(bank, sentence):
    answer = _answer(draft(DECIDES + sentence, bank), "upkeep.human_review")
    assert answer is not None and {"human_approves", "human_exceptions"} & set(answer.choices)
