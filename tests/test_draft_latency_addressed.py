"""A decision seen within minutes follows from a dashboard or an alert only in a text written to one site (it names
the site's units or speaks to the reader's own plant); a text that only tells what a product does offers it to check
(drafting.yaml implies_addressed)."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()

DESCRIBED = ("Machine or line is divided into sections on the operations dashboard. "
             "Each section shows the state of its machines, the count of good parts and the current order. "
             "Operators and supervisors open the dashboard in a browser on the shop floor. "
             "Stop reasons are entered at the station and shown beside each stop.")

OFFERED = ("We will fit a live dashboard on the wall of line 3 beside your four presses. "
           "Each section shows the state of the presses, the count of good parts and the current order. "
           "Your shift leaders open the dashboard in a browser on the shop floor. "
           "Stop reasons are entered at the press and shown beside each stop.")


def test_a_dashboard_a_text_describes_to_no_site_only_offers_minutes_to_check():
    drafted = draft(DESCRIBED, BANK)
    assert "live_dashboard" in drafted.answer("workflow.outputs").choices
    latency = drafted.answer("decision.latency")
    assert "minutes" not in latency.choices and "minutes" in latency.suggested


def test_a_dashboard_offered_to_one_sites_line_drafts_minutes():
    latency = draft(OFFERED, BANK).answer("decision.latency")
    assert latency and "minutes" in latency.choices
