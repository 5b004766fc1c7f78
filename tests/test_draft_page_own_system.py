"""A product page whose opening sentence names the kind of system it sells ("Inventory app", "Our maintenance
software") describes that system: the area it names is the product itself, not a link to the plant's own system of
that kind (drafting.yaml product_page.own_system; issue 14: a billing system drafted as a finance link, an MES page as
a production link). A sentence behind the link that names a suite the product reaches ("SAP") keeps the link."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()
LINK = "connect.integrations"

PAGE = """Warehouse management app for spare parts

Key features for manufacturing teams of all sizes.
The app keeps a live count of every spare part in every storage location.
Every goods issue is posted to your warehouse management system with the technician and the work order.
Stock levels are synchronised with your warehouse management system every minute, so the count is always current.
A low-stock alert is sent to the storeroom when a part falls below its minimum.
Book a demo to see the app in action.
"""

# The same lines under an opening that names no kind of system.
UNNAMED = PAGE.replace("Warehouse management app for spare parts", "Never run out of a part again")

# The same page whose link sentences name the suite it reaches.
TO_SAP = PAGE.replace("posted to your warehouse", "posted to your SAP and warehouse") \
    .replace("synchronised with your warehouse", "synchronised with your SAP and warehouse")


def _areas(text: str) -> set[str]:
    answer = next((a for a in draft(text, BANK).answers if a.question == LINK), None)
    return {row.system for row in answer.integrations} if answer else set()


def test_a_page_that_opens_on_the_system_it_sells_drafts_no_link_to_that_kind_of_system():
    assert "inventory" not in _areas(PAGE)


def test_the_same_lines_under_an_opening_that_names_no_system_draft_the_link():
    assert "inventory" in _areas(UNNAMED)


def test_a_link_whose_sentences_name_a_suite_stays_a_link():
    assert "inventory" in _areas(TO_SAP)
