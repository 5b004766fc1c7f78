"""A link needs which system: an area named only by what it holds ("the stores clerk reads the stock of spare parts on
the tablet") drafts no inventory link, where one named as where the data goes ("posts the consumption to stock") or by
its system ("goods issues are posted to your SAP") still does (drafting.yaml integrations bare_areas;
reading/draft_bare_areas.py)."""
import pytest

from reading.draft import draft


def _areas(text, bank):
    links = next((a for a in draft(text, bank).answers if a.question == "connect.integrations"), None)
    return [r.system for r in links.integrations] if links else []


@pytest.mark.parametrize("text", [
    "The stores clerk reads the stock of spare parts on the tablet.",
    "REST API\n\nThe technicians read the spare parts stock on the tablet before each job.",
])
def test_what_a_store_holds_named_with_no_system_is_no_link(text, bank):
    assert "inventory" not in _areas(text, bank)


@pytest.mark.parametrize("text", [
    "The consumption of each job is posted to stock every hour.",
    "Goods issues are posted to your SAP every hour.",
])
def test_a_link_to_a_system_or_into_stock_is_still_drafted(text, bank):
    assert "inventory" in _areas(text, bank)
