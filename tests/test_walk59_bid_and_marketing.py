"""What walk 59 found drafting a bid's price sheet and a marketing text.

A bid lists what it leaves out beside what it sells: a line item marked not included, excluded, optional, on a
roadmap or with a quantity of 0 offers nothing (no label, no option, no claim), in the vendor's language; a priced
line item with its quantity is what the bid binds itself to, described specifically, and a sheet of such rows is no
product page; a priced yearly maintenance line names the vendor keeping the system. In a marketing text the system
recommending names no person who approves; what customers typically get is no plant's problem; another customer's
signed quote is a reference; a role named as one item of "every machine, every operator and every batch" is no user.
"""
from __future__ import annotations

import io

import pytest
from openpyxl import Workbook

from proposals import extract_text
from questions import load_bank
from reading.documents import from_file, kind_read, pasted
from reading.draft import drafter_for
from reading.fees import fees
from scoring import score

BANK = load_bank()
HEADER = ("Pos.", "Descrizione / Description", "Scope", "Q.ty", "Unit price EUR", "Total EUR", "Remarks")
ROWS = [(1, "OEE data collector box (PLC interface, Profinet)", "Lines 1-6", 6, 1850, 11100,
         "One per line; Profinet only, OPC UA on request +400 EUR/line"),
        (2, "OEE dashboard software licence, perpetual", "Plant", 1, 14000, 14000, "Web dashboard, 10 named users"),
        (3, "Stop reason tablet at line side", "Lines 1-6", 6, 650, 3900, "Operators select stop reason manually from list"),
        (4, "Installation and commissioning", "Lines 1-6", 12, 980, 11760, "Days on site; excludes PLC programming changes"),
        (5, "Training shift leaders", "Plant", 2, 980, 1960, "Days, in Italian"),
        (6, "AI anomaly detection module", "Lines 1-6", 1, 0, 0, "Not included - available 2027 roadmap"),
        (7, "SAP S/4HANA interface (production orders)", "Plant", 1, 6500, 6500, "IDoc inbound only"),
        (8, "Annual maintenance", "Plant", 1, 2800, 2800, "Per year, software updates + phone support"),
        (9, "Validation documentation (IQ/OQ)", "Plant", 0, 0, 0,
         "Excluded: customer to validate; 21 CFR Part 11 not supported in current release"),
        (None, "TOTAL", None, None, None, 52020, "Prices excl. VAT, delivery 10 weeks ARO")]
MARKETING = """TwinForge AI - The AI-powered Digital Twin for Pharma Packaging

Transform your packaging operations with TwinForge, the industry's most advanced AI-powered digital twin. TwinForge creates a living, breathing virtual replica of your entire packaging hall, continuously learning from every machine, every operator and every batch.

Our proprietary deep-learning engine, trained on billions of data points from leading manufacturers worldwide, predicts failures before they happen and unlocks hidden capacity you never knew you had. With TwinForge, your lines do not just run - they think.

Why TwinForge?
- Holistic visibility: a single pane of glass across blistering, cartoning, serialization and palletizing.
- Predictive intelligence: AI that anticipates bottlenecks and recommends the next best action.
- Seamless connectivity: plug-and-play with any ERP, MES or LIMS through our open ecosystem of connectors.
- Compliance by design: built for the most demanding regulated industries.
- Rapid time to value: go live in weeks, not months.

TwinForge can integrate with SAP, Werum PAS-X and leading LIMS platforms, and can be deployed in the cloud or on-premise depending on your IT strategy. Our digital twin can simulate new line layouts and format changes before you commit capital.

"With TwinForge we increased OEE by 18 % across our three packaging sites within the first year." - VP Operations, global generics manufacturer

Customers typically see a return on investment within 6 to 9 months. Pricing is subscription-based and tailored to the scale of your operations; contact our team for a personalised quote.

Next steps: book a discovery workshop with our digital transformation experts to map your journey to the smart factory of the future.
"""
TESTIMONIAL = "\"With TwinForge we increased OEE"


def workbook(rows=ROWS) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "Offerta"
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def bid(rows=ROWS):
    """The workbook drafted as the app drafts a file added first: its kind read from its rows."""
    data, name = workbook(rows), "OEEBox_offerta.xlsx"
    text = extract_text(name, data)
    document = from_file(name, kind_read("proposal", name, text.text), text, data)
    return drafter_for(BANK).draft_documents([document], proposal="OEEBox offerta")


def marketing():
    return drafter_for(BANK).draft(MARKETING, proposal="TwinForge")


def said(evaluation) -> str:
    return " ".join(q for a in evaluation.answers for q in a.quotes)


# --- a line item left out offers nothing ----------------------------------------------------------------------

def test_a_roadmap_line_not_included_sells_no_label_and_offers_no_prediction():
    evaluation = bid()
    assert evaluation.labels == []
    assert "AI anomaly detection" not in said(evaluation)
    analytics = evaluation.answer("workflow.analytics")
    assert analytics is None or "prediction" not in analytics.choices + analytics.suggested


def test_an_excluded_validation_line_offers_no_audit_log():
    evaluation = bid()
    assert evaluation.answer("security.controls") is None
    assert "Validation documentation" not in said(evaluation)


@pytest.mark.parametrize("remark", ["Non incluso - disponibile nella roadmap 2027", "Nicht im Lieferumfang",
                                    "Optional, on request", "No incluido en esta oferta", "Non inclus",
                                    "Excluded", "Available in a future release"])
def test_a_line_left_out_in_the_vendors_words_offers_nothing(remark):
    rows = [r if r[0] != 6 else (6, "AI anomaly detection module", "Lines 1-6", 1, 4500, 4500, remark) for r in ROWS]
    evaluation = bid(rows)
    assert evaluation.labels == [] and "AI anomaly detection" not in said(evaluation)


def test_a_line_of_quantity_zero_offers_nothing_whatever_its_remark():
    rows = [r if r[0] != 6 else (6, "AI anomaly detection module", "Lines 1-6", 0, 4500, 0, "Predicts stops") for r in ROWS]
    evaluation = bid(rows)
    assert evaluation.labels == [] and "AI anomaly detection" not in said(evaluation)


def test_a_delivered_line_that_leaves_a_part_out_still_offers_itself():
    assert "Installation and commissioning" in said(bid())  # "excludes PLC programming changes" leaves a part out


# --- a priced line item with its quantity -----------------------------------------------------------------------

def test_a_priced_line_item_with_its_quantity_is_described_specifically():
    sources = bid().answer("data.sources")
    assert sources.evidence == "specific" and "plc_integration" in sources.choices


def test_the_kept_line_items_deliver_the_scope_they_name():
    evaluation = bid()
    kept = evaluation.model_copy(update={"answers": [a.model_copy(update={"reviewed": True}) for a in evaluation.answers]})
    card = score(kept, BANK)
    assert card.delivered_scope >= 1 and not [f for f in card.flags if f.severity == "high"]


def test_a_priced_yearly_maintenance_line_names_the_vendor_keeping_the_system():
    owner = bid().answer("upkeep.owner")
    assert owner is not None and owner.choices == ["vendor_service"] and owner.evidence == "specific"


def test_a_protocol_on_request_at_a_price_is_no_export_of_the_data():
    assert bid().answer("connect.data_ownership") is None


def test_a_product_pages_prices_are_no_bid():
    page = "\n".join(["EdgeSense: The ~$500 IoT Edge Device", "- Industrial IoT middleware: $15,000-$50,000 per installation",
                      "- OPC-UA gateway hardware: $5,000-$10,000 per line",
                      "- Hardware cost: approximately $500 per unit (Raspberry Pi 4 or 5)"])
    assert not fees().bid(page) and not fees().itemised(page)


# --- a marketing text ------------------------------------------------------------------------------------------

def test_the_system_recommending_names_no_person_who_approves():
    review = marketing().answer("upkeep.human_review")
    assert review is None or "human_approves" not in review.choices


def test_what_customers_typically_get_states_no_plant_problem():
    problem = marketing().answer("problem.statement")
    assert problem is None or not any("return on investment" in q for q in problem.quotes)


def test_another_customers_signed_quote_is_a_reference_not_the_promised_return():
    evaluation = marketing()
    promise, reference = evaluation.answer("return.promise"), evaluation.answer("return.reference")
    assert promise is None or not any(q.startswith(TESTIMONIAL) for q in promise.quotes)
    assert reference is not None and any(q.startswith(TESTIMONIAL) for q in reference.quotes)


def test_every_operator_in_a_list_of_what_the_twin_learns_from_is_no_user():
    evaluation = marketing()
    for question in ("users.roles", "users.daily_use", "decision.improved"):
        answer = evaluation.answer(question)
        assert answer is None or not any("every operator" in q for q in answer.quotes), question


def test_a_reply_answering_who_reviews_is_not_held_to_naming_the_person():
    # the buyer asked who reviews the recommendations: "each change must be approved" answers it
    reply = pasted("Each recommended change must be approved before it is executed on the line.", "reply")
    review = drafter_for(BANK).draft_documents([reply]).answer("upkeep.human_review")
    assert review is not None and review.choices == ["human_approves"]
