"""A deck of several other customers' case studies handed in beside the offer (walk 70: "Customer success stories -
Automotive", three "Case study: <customer>" slides, filed "Other document", drafted Hollins' "OEE up from 54% to 66%" as
this offer's return and left the reference unanswered): a title naming case studies or references in the buyer's
languages, or several sections each naming a customer, makes it another customers' case studies; nothing of it is
drafted as this offer and each customer's results are offered as the reference."""
from __future__ import annotations

import pytest

from questions import load_bank
from reading.documents import kind_read, kinds_from_names, pasted
from reading.draft import drafter_for

BANK = load_bank()
DECK = """Altavant SmartPress 4.0
Customer success stories - Automotive November 2026

Case study: Hollins Automotive Components, Telford Tier-1 body-in-white stampings, 22 presses
- Challenge: no real-time view of press performance
- Solution: SmartPress 4.0 on 22 presses, SAP ECC integration
- Result: OEE up from 54% to 66% in 11 months
- Die change time reduced by 31%

Case study: Meridian Brackets GmbH, Zwickau Tier-2 supplier, 9 servo presses
- 'SmartPress gave us a single version of the truth' - Plant Manager
- Unplanned downtime reduced by 22%

Why Altavant?
400+ deployments | 25 years | SAP & IBM partner
"""
OFFER = """Proposal for press monitoring
Prepared for: Brayfield Pressings Ltd, Leicester

We connect the 14 presses of your press shop and capture every stop longer than 2 minutes with its reason code on the \
operator terminal. The shift leader sees a live board of OEE for the shift."""
TITLED = {  # a deck's title in each language, its sections naming no customer on a field line
    "en": "Customer references\nPress shops that run on SmartPress",
    "de": "Referenzen\nPresswerke mit SmartPress",
    "fr": "Références clients\nAteliers de presse équipés",
    "es": "Casos de éxito\nTalleres de prensas con SmartPress",
    "it": "Casi di successo\nPresse collegate con SmartPress",
}


@pytest.mark.parametrize("language", sorted(TITLED))
def test_a_deck_titled_case_studies_or_references_is_other_customers_case_studies(language):
    text = TITLED[language] + "\n\nHollins Automotive: OEE +12 points.\nMeridian Brackets: downtime -22 %.\n"
    assert kind_read("other", "slides.pdf", text) == "case_study"


def test_several_sections_each_naming_a_customer_make_a_deck_without_a_title():
    text = "Altavant\nNovember 2026\nWhy us\n\n" + DECK.split("\n\n", 1)[1]
    assert kind_read("other", "slides.pdf", text) == "case_study"


def test_one_case_study_line_in_an_offer_makes_no_deck():
    text = OFFER + "\n\nCase study: Hollins Automotive Components cut die change time by 31 %.\n"
    assert kind_read("proposal", "notes.pdf", text, [pasted(OFFER)]) == "proposal"


def test_a_deck_of_the_buyers_own_pilots_is_not_other_customers():
    deck = DECK.replace("Hollins Automotive Components", "Brayfield Pressings Ltd")
    assert kind_read("other", "slides.pdf", deck, [pasted(OFFER)]) == "other"


def test_a_file_named_case_studies_or_references_is_a_case_study():
    assert kinds_from_names(["offer.pdf", "Altavant_Automotive_Case_Studies_2026.pdf", "Referenzen.pdf",
                             "casos de éxito.pdf"], first=True) == ["proposal", "case_study", "case_study", "case_study"]


def test_beside_the_offer_a_deck_drafts_nothing_of_this_offer_and_each_customer_as_a_reference():
    deck = pasted(DECK, kind_read("other", "slides.pdf", DECK), "slides.pdf")
    drafted = drafter_for(BANK).draft_documents([pasted(OFFER), deck], proposal="SmartPress", vendor="Altavant")
    answers = {a.question: a for a in drafted.answers}
    offer_quotes = " ".join(q for qid, a in answers.items() if qid != "return.reference" for q in a.quotes)
    assert not any(said in offer_quotes for said in ("54%", "22%", "31%", "Plant Manager", "Hollins", "Meridian"))
    reference = answers["return.reference"].quotes
    assert "- Result: OEE up from 54% to 66% in 11 months" in reference
    assert "- Unplanned downtime reduced by 22%" in reference  # the second customer's result is not crowded out
    assert any(q.startswith("Case study: Meridian Brackets GmbH") for q in reference)
