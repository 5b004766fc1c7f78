"""Kinds of sentence a new buyer's walk found drafting an option they do not say, or drafting nothing though they say
one: a thing planned for a later year, an availability with no remedy, the buyer's purchase decision, a throughput
read as a delay, training given a length, an offer's target, a datasheet's specification lines and a page's
furniture (a table's header, the title) quoted as evidence. The sentences are new, not the walk's."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()

# an offer to one plant, so that what it says is no product page's claim
OFFER = ("Offer for the filling hall of Brauhaus Tegernbach.\n\n"
         "We connect your two Krones fillers on line 2 to the Linemon edge box, which reads the machine state and the "
         "stop codes from the Siemens S7-1500 PLCs over OPC UA every second.\n\n"
         "Your shift leader sees each stop on the tablet at the filler and confirms its reason.\n\n")


def answer(text: str, qid: str):
    return next((a for a in draft(text, BANK).answers if a.question == qid), None)


def chosen(text: str, qid: str) -> list[str]:
    found = answer(text, qid)
    return found.choices if found else []


def offered(text: str, qid: str) -> list[str]:
    """Drafted or only suggested to check."""
    found = answer(text, qid)
    return [*found.choices, *found.suggested] if found else []


def test_a_module_available_only_in_a_later_year_drafts_no_analysis():
    text = OFFER + "Forecast: machine-learning module for predicting bearing failures (on the roadmap, available Q2 2028)\n"
    assert "prediction" not in offered(text, "workflow.analytics")


def test_a_module_offered_today_still_drafts_its_analysis():
    text = OFFER + "Forecast: machine-learning module for predicting bearing failures, included in this offer\n"
    assert "prediction" in chosen(text, "workflow.analytics")


def test_an_availability_under_an_sla_with_no_remedy_is_no_sla_with_penalties():
    text = OFFER + "The hosted service runs at 99.8% availability a month as set out in our SLA.\n"
    assert "sla" not in chosen(text, "reliability.measures")


def test_an_availability_with_a_credit_for_a_miss_is_an_sla_with_penalties():
    text = OFFER + "The hosted service runs at 99.8% availability a month; below that, 5% of the monthly fee is credited.\n"
    assert "sla" in chosen(text, "reliability.measures")


def test_the_buyers_decision_to_extend_is_no_human_review_and_no_decision_quote():
    said = "Once the trial ends you decide whether to roll out to lines 1 and 3 at EUR 38,000 per line."
    drafted = draft(OFFER + said + "\n", BANK).answers
    review = next((a for a in drafted if a.question == "upkeep.human_review"), None)
    assert review is None or said not in review.quotes
    for qid in ("decision.improved", "workflow.before_after"):
        assert all(said not in a.quotes for a in drafted if a.question == qid)


def test_a_reviewer_deciding_on_the_systems_proposal_is_still_human_review():
    text = OFFER + "The maintenance planner decides whether to release each proposed work order.\n"
    assert "human_approves" in chosen(text, "upkeep.human_review")


def test_a_count_of_things_per_minute_is_no_decision_within_minutes():
    text = ("Offer for line 5 of Kelso Foods.\n\nThe checker reads up to 600 labels per minute per head, and we log "
            "good and rejected counts per minute from your Allen-Bradley PLC.\n")
    assert "minutes" not in offered(text, "decision.latency")


def test_training_given_days_per_shift_is_training_on_site():
    text = OFFER + "The price includes 2 days of operator training per shift and the gateway hardware.\n"
    assert chosen(text, "users.training") == ["onsite"]


def test_the_offers_pilot_targets_answer_the_promised_return():
    target = "Pilot targets: filler availability 88% by month 4, unexplained stops under 5%."
    text = OFFER + "Baseline: filler availability 81% over the last quarter.\n\n" + target + "\n"
    promise = answer(text, "return.promise")
    assert promise is not None and target in promise.quotes


def test_a_target_of_the_vendors_own_service_is_no_promised_return():
    text = OFFER + "Cloud uptime target 99.5%, measured monthly by our monitoring.\n"
    promise = answer(text, "return.promise")
    assert promise is None or all("uptime" not in q for q in promise.quotes)


BROCHURE = """LumaCheck AI - Smart Quality for the Factory of the Future

Step into Industry 4.0 with LumaCheck, the AI-powered inspection platform that turns every line into a smart factory. \
Our cutting-edge deep learning engine delivers zero-defect quality, seamless integration and real-time insight across \
your entire operation.

Why LumaCheck?
• AI-driven zero-defect quality, every time
• Digital twin of your quality process
• Seamless integration with any MES or ERP
• Cloud dashboards on any device, anywhere
• Industry-leading ROI and payback in months

Trusted by innovative manufacturers worldwide, LumaCheck empowers your people with actionable intelligence and a \
culture of continuous improvement.

{heading}
• Camera: 5 MP colour area-scan camera, 850 nm infrared illumination, up to 120 parts per minute
• Storage: images kept for 60 days on the edge PC
• Output: 24 V reject signal to your existing diverter

Contact us today for a free proof of value.
"""


def test_a_brochures_specification_lines_are_described_specifically():
    text = BROCHURE.format(heading="Technical specifications")
    assert answer(text, "data.sources").evidence == "specific"
    assert answer(text, "data.history").evidence == "specific"
    assert answer(text, "workflow.analytics").evidence == "vendor_claim"  # "AI-driven zero-defect quality"


def test_a_brochures_lines_under_no_specification_heading_stay_the_vendors_claim():
    text = BROCHURE.format(heading="How it works")
    assert answer(text, "data.sources").evidence == "vendor_claim"


def test_the_plants_directory_named_makes_access_roles_specific():
    text = OFFER + "Sign-in goes through your Active Directory with read-only and administrator roles.\n"
    assert answer(text, "security.controls").evidence == "specific"


def test_a_kpi_tables_header_row_is_no_quote():
    text = (OFFER + "Measurable results\n\nKPI; Today; Target after 9 months\n"
            "Unplanned stops, line 2; 26 h per month; under 12 h per month\n")
    assert all(q != "KPI; Today; Target after 9 months" for a in draft(text, BANK).answers for q in a.quotes)


def test_the_documents_title_is_no_quote_where_the_body_says_it_too():
    title = "Linemon Predictive Maintenance - Technical Proposal for Brauhaus Tegernbach Co."  # a company's stop
    text = (title + "\n\nWe fit vibration sensors on the two filler main drives and predict bearing failures on line 2 "
            "two weeks ahead from their readings.\n")
    analytics = answer(text, "workflow.analytics")
    assert analytics is not None and title not in analytics.quotes
