"""Walk 66: "Project lead: Karen Whitfield, controls engineer, 14 years in food plants" drafted the data history
"Years, exportable": a person's years in a trade tell who does the work, not how long the data is kept."""
import pytest

from questions import load_bank
from reading.draft import draft

BANK = load_bank()
OFFER = ("We will connect the three filling lines of your Leeds plant to an on-site server over OPC UA.\n"
         "Every stop, its duration and the operator's reason are recorded and shown on a screen at each line.\n"
         "{said}\n"
         "The price for the three lines is GBP 42,000, installation included.")


def history(said: str) -> list[str]:
    answer = draft(OFFER.format(said=said), BANK).answer("data.history")
    return answer.choices if answer else []


@pytest.mark.parametrize("said", [
    "Site lead: Omar Haddad, automation engineer, 12 years in beverage plants.",
    "Our commissioning technician has 15 years of experience in bottling and 3 years in dairies.",
])
def test_a_person_s_years_in_a_trade_keep_no_data(said):
    assert history(said) == []


def test_data_kept_for_years_and_exported_is_still_the_history():
    assert history("All records are kept for 5 years on the server and can be exported as CSV at any time.") == [
        "years_exportable"]
