"""What a proposal states and drafting used to miss (walk 51): how far ahead the system warns, told as an average or a
range of time before the event (reading/draft_horizon.py); a role, named by a person, who reviews or schedules what the
system puts out (drafting.yaml acting); and a role of the plant's that owns or is responsible for the upkeep
(reading/draft_upkeep.py), never a team named in a sentence on the network or on training. Every sentence here is new
but for the last test, which drafts documents made as the walk's four were: a scanned cover letter read by OCR, a Word
proposal, an Excel price sheet and a PDF datasheet."""
import io

import docx
import openpyxl
import pytest
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

from proposals import extract_text
from questions import load_bank
from reading.documents import from_file, kind_from_name
from reading.draft import draft, drafter_for
from scoring import score


@pytest.fixture(scope="module")
def bank():
    return load_bank()


def _answer(text: str, bank, question: str):
    return draft(text, bank).answer(question)


def _choices(text: str, bank, question: str) -> list[str]:
    answer = _answer(text, bank, question)
    return answer.choices if answer is not None else []


OFFER = ("Offer for the extruder line of Kunststoffwerk Brandt.\n"
         "We fit accelerometers on the gearbox and the screw bearings of extruders 2 and 4.\n"
         "{horizon}\n"
         "The maintenance planner plans the repair from the SAP PM work order into the next product change.")


@pytest.mark.parametrize("horizon", [
    "The bearing model warns of a failing gearbox typically 2 to 4 weeks before breakdown.",
    "In the trial it flagged the screw bearing on average 11 days before it failed.",
    "Lead time: 3-10 days before functional failure, depending on the fault.",
    "Each warning comes five shifts prior to the unplanned stop."])
def test_a_horizon_before_the_failure_is_an_early_warning_and_a_prediction(bank, horizon):
    text = OFFER.format(horizon=horizon)
    assert "alerts" in _choices(text, bank, "workflow.outputs")
    assert "prediction" in _choices(text, bank, "workflow.analytics")
    assert _answer(text, bank, "decision.improved").quotes[0] == horizon


@pytest.mark.parametrize("sentence", [
    "We fit the sensors two weeks before your summer shutdown.",
    "Our soft sensor predicts the melt index 45 minutes ahead from the barrel temperatures."])
def test_a_date_before_a_planned_stop_or_a_value_predicted_ahead_warns_of_nothing(bank, sentence):
    assert "alerts" not in _choices(OFFER.format(horizon=sentence), bank, "workflow.outputs")


def test_a_horizon_alone_answers_no_decision(bank):
    """It says how early, not which decision improves nor who makes it: no answer of its own."""
    assert _answer("Gearbox wear warning 10 to 14 days before breakdown.", bank, "decision.improved") is None


REVIEWED = ("The model opens a maintenance request in SAP PM for every drifting bearing of your presses 3 and 4.\n"
            "{review}\n"
            "Vibration is read every 10 minutes over OPC UA from the new gateway.")


@pytest.mark.parametrize("review", [
    "Your reliability engineer, Tom Berger, reviews it every morning and schedules the replacement.",
    "The shift lead, Anna Vogt, reviews the alerts at the start of each shift and plans the repair."])
def test_a_role_named_by_its_person_who_reviews_the_output_is_a_specific_human_review(bank, review):
    drafted = draft(REVIEWED.format(review=review), bank)
    answer = drafted.answer("upkeep.human_review")
    assert answer.choices == ["human_approves"] and answer.evidence == "specific"
    assert review in answer.quotes
    assert review in drafted.answer("decision.improved").quotes[:2]  # who makes the decision


def test_a_bare_role_that_decides_is_a_review_only_as_the_vendor_claims_it(bank):
    answer = _answer(REVIEWED.format(review="Review: the setter decides."), bank, "upkeep.human_review")
    assert answer.choices == ["human_approves"] and answer.evidence == "vendor_claim"


UPKEEP = ("We install 12 current transformers and an edge gateway that reads the press PLC over OPC UA.\n"
          "{upkeep}\n"
          "Stops longer than 5 minutes are shown to the shift lead on the line's screen.")


@pytest.mark.parametrize("upkeep, owner", [
    ("After go-live, your maintenance technician owns the sensor calibration, with our hotline open on workdays.",
     "maintenance_team"),
    ("From month four, your controls engineer is responsible for the model updates and the gateway firmware.",
     "it_ot_team")])
def test_a_role_of_the_plant_that_owns_the_upkeep_names_its_team_as_owner(bank, upkeep, owner):
    answer = _answer(UPKEEP.format(upkeep=upkeep), bank, "upkeep.owner")
    assert answer.choices == [owner] and answer.quotes == [upkeep]


@pytest.mark.parametrize("upkeep", [
    "The edge gateway sits in your OT VLAN next to the press PLC.",
    "Your OT engineer is responsible for the firewall rules.",
    "We train your maintenance team for two days on site."])
def test_a_team_named_on_the_network_or_the_training_owns_no_upkeep(bank, upkeep):
    assert _choices(UPKEEP.format(upkeep=upkeep), bank, "upkeep.owner") == []


def test_the_owner_named_after_the_pilot_is_no_measurement_of_it(bank):
    upkeep = "After the pilot, your maintenance planner owns the alarm limits."
    text = UPKEEP.format(upkeep=upkeep) + "\nWe measure the pilot against a 6-week baseline from your stop log."
    drafted = draft(text, bank)
    assert drafted.answer("upkeep.owner").choices == ["maintenance_team"]
    assert upkeep not in drafted.answer("return.measurement").quotes


# --- the walk's four documents, made again here (its scan alone is 0.5 MB) ------------------------------------------

COVER = ["VANTORA ANALYTICS, INC.", "", "November 18, 2026", "", "Dear Mr. Kowalski,", "",
         "Enclosed are our technical proposal, our price and scope sheet and",
         "the PulseGuard datasheet. In short, we will fit wireless tri-axial",
         "vibration and temperature sensors on the press main motor, flywheel",
         "bearings and clutch/brake. Our models flag a developing fault on",
         "average 9 days before failure.", "",
         "Alerts go to your maintenance planner in Fiix as work requests, so",
         "your crew keeps its existing routine. We propose a 90-day pilot on",
         "Press Line 3 at a fixed fee of $38,500.", "", "Sincerely,", "Karen Whitfield"]
WORKFLOW = ("When a model score crosses its threshold, PulseGuard opens a work request in Fiix with the asset, the fault "
            "type, the evidence plots and a recommended action. Your maintenance planner, Rick, reviews it at the 7:00 "
            "morning meeting and schedules the repair into the next planned die change, instead of stopping the line "
            "mid-shift.")
MEASURED = "We will measure the pilot against the following baseline taken from your own Fiix and Plex records for Q3 2026."
PEOPLE = ("The edge gateway sits on your OT VLAN and sends data out over an outbound-only TLS 1.3 connection to our Azure "
          "tenant in US East; no inbound ports are opened. We train two maintenance technicians and the planner for one "
          "day on site. After the pilot, your reliability technician owns threshold tuning, with our support desk "
          "available 7:00-19:00 Eastern.")
DATASHEET = ("PulseGuard is the AI-powered predictive maintenance platform for discrete manufacturing.\n\n"
             "Analytics: bearing-fault models trained on more than 40,000 machine-years of rotating equipment data; "
             "typical lead time 5 to 30 days before functional failure.")


def _scan(lines: list[str]) -> bytes:
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 44)
    page = Image.new("L", (2550, 1800), 255)
    for n, line in enumerate(lines):
        ImageDraw.Draw(page).text((220, 150 + 62 * n), line, font=font, fill=0)
    out = io.BytesIO()
    page.rotate(0.6, fillcolor=255).convert("RGB").save(out, format="PDF", resolution=300)
    return out.getvalue()


def _proposal() -> bytes:
    doc = docx.Document()
    doc.add_heading("PulseGuard Predictive Maintenance - Technical Proposal", 1)
    doc.add_heading("3. How it fits your workflow", 2)
    doc.add_paragraph(WORKFLOW)
    doc.add_heading("5. Measurable results", 2)
    doc.add_paragraph(MEASURED)
    doc.add_heading("6. Security and people", 2)
    doc.add_paragraph(PEOPLE)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _prices() -> bytes:
    book = openpyxl.Workbook()
    book.active.title = "Price"
    for row in [("Item", "Qty", "Unit price (USD)", "Total (USD)"), ("VX-3 wireless vibration sensor", 8, 1150, 9200),
                ("PulseGuard software, 90-day pilot", 1, 12000, 12000), ("Pilot total", "", "", 38500)]:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _datasheet() -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    for paragraph in DATASHEET.split("\n\n"):
        pdf.multi_cell(0, 5.5, paragraph)
        pdf.ln(2)
    return bytes(pdf.output())


def test_the_walks_four_documents_draft_the_horizon_the_reviewer_and_the_owner(bank):
    files = {"Vantora_cover_letter_scan.pdf": _scan(COVER), "Vantora_technical_proposal.docx": _proposal(),
             "Vantora_price_and_scope.xlsx": _prices(), "PulseGuard_datasheet.pdf": _datasheet()}
    documents = [from_file(name, kind_from_name(name, i == 0), extract_text(name, data), data)
                 for i, (name, data) in enumerate(files.items())]
    drafted = drafter_for(bank).draft_documents(documents, "PulseGuard", "Vantora")
    improved = drafted.answer("decision.improved").quotes
    assert "9 days before failure" in improved[0] and improved[1].startswith("Your maintenance planner, Rick")
    assert any("9 days before failure" in q for q in drafted.answer("workflow.outputs").quotes)
    review = drafted.answer("upkeep.human_review")
    assert review.choices == ["human_approves"] and review.evidence == "specific"
    owner = drafted.answer("upkeep.owner")
    assert owner.choices == ["maintenance_team"] and len(owner.quotes) == 1 and "owns threshold tuning" in owner.quotes[0]
    assert not any("owns threshold tuning" in q for q in drafted.answer("return.measurement").quotes)
    card = score(drafted, bank)
    assert {"no_human_review", "no_upkeep_owner"}.isdisjoint(f.id for f in card.flags)
    missing = {g.missing for g in card.gaps}
    assert {"no prediction horizon and no one named to act on it", "no human review of what the AI decides"}.isdisjoint(missing)
