"""Walk 80 in a browser: the scorecard lists, beside the offer's price, the options it sells at their price and how
often (one period, never said twice) and what it leaves out, read from the offer's documents."""
from __future__ import annotations

from playwright.sync_api import expect

from browser_kit import ROOT, screenshot, wait_idle
from questions import load_evaluation
from questions.models import Document
from store import Store

OFFRE = """4. Non compris
• Le câblage réseau Ethernet entre les îlots et le local informatique.
• Les travaux de génie civil, nacelles et consignations électriques.
5. Options
Option: OPT-1; Description: Interface SAP Business One (OF, quantités, rebuts); Prix HT: 8 400,00 €
Option: OPT-4; Description: Astreinte 24/7 (par an); Prix HT: 4 800,00 € / an
6. Prix
Poste: Total investissement HT; Total HT: 42 475,00 €
"""


def test_the_scorecard_lists_the_offer_s_priced_options_and_what_it_leaves_out(page, server):
    evaluation = load_evaluation(ROOT / "examples" / "a_dashboard_sold_as_industry_4_0.json")
    offer = Document(name="Offre_OF-2026-0412_revB.pdf", kind="proposal", text=OFFRE)
    evaluation = evaluation.model_copy(update={"proposal": "Nordmeca Insight 4.0", "documents": [offer]})
    eid = Store(f"sqlite:///{server.database}").create(evaluation).id
    page.goto(server.at("scorecard", id=eid), wait_until="domcontentloaded")
    wait_idle(page)
    facts = page.locator("[data-testid='stMarkdownContainer'] p").filter(has_text="Priced options:")
    options = facts.first
    expect(options).to_contain_text("OPT-1 Interface SAP Business One (OF, quantités, rebuts): 8 400,00 € one-off")
    expect(options).to_contain_text("OPT-4 Astreinte 24/7 (par an): 4 800,00 € a year")
    expect(options).to_contain_text("Not included: Le câblage réseau Ethernet")
    expect(options).to_contain_text("Les travaux de génie civil")
    expect(options).not_to_contain_text("/ an a year")
    options.scroll_into_view_if_needed()
    screenshot(page, "scorecard-options-and-exclusions")
