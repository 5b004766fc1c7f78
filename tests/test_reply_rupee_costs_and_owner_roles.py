"""Walk 71, as an Indian supplier writes a reply: a yearly cost in rupees with "Rs." before the figure ("platform licence
Rs. 4,80,000 + hardware AMC Rs. 2,21,400 = Rs. 7,01,400 + GST per year") says what upkeep costs (reply_words.with_codes
reads words.yaml `before_figures`), and "our integration engineer" or "your IT head" owns a link (rounds.yaml `roles`).
Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

TOOLS = ("ToolSense AI predicts tool life on your 14 CNC machines.\n"
         "AI and IoT cut tool cost, with ERP integration.\n")
MAIL = Mail("Dear Madam,", "Thanking you,\nS. Patil")


@pytest.fixture(scope="module")
def tools():
    return sent_out(TOOLS, "ToolSense", "P. Nair")


@pytest.mark.parametrize("body", [
    "Our Nashik service team maintains the system under AMC. Yearly cost: licence Rs. 3,60,000 + AMC Rs. 95,000 "
    "= Rs. 4,55,000 + GST per year.",
    "After go-live our service engineers at Pune maintain the system; AMC Rs 2,40,000 per year plus GST.",
])
def test_a_yearly_cost_in_rupees_says_what_upkeep_costs(tools, body):
    out = MAIL.read(tools, body)
    upkeep = [q for q in out.round.questions if q.topic == "upkeep_owner"]
    assert upkeep and upkeep[0].status == "answered", upkeep and upkeep[0].why


@pytest.mark.parametrize("owner", ["your IT head", "our integration engineer Mr. Rakesh Pawar"])
def test_an_it_head_or_integration_engineer_owns_a_link(tools, owner):
    body = (f"Tool consumption is sent nightly to SAP Business One through the Service Layer REST API, one way; "
            f"{owner} owns this interface.")
    out = MAIL.read(tools, body)
    links = [q for q in out.round.questions if q.topic == "integrations"]
    assert links and "but not a role" not in links[0].why, links and links[0].why
