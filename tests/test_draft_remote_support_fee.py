"""Remote support named as a fee is a service billed, no way into the plant's network: beside a stated outbound-only
connection the security model is outbound-only (walk 75: "the platform licence and remote support are charged at EUR
14,500 per year" drafted the vendor's remote access)."""
from __future__ import annotations

from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def _model(text: str) -> list[str]:
    answer = next((a for a in draft(text, BANK).answers if a.question == "security.model"), None)
    return list(answer.choices) if answer else []


SECURITY = "The edge box only opens outbound connections over HTTPS on port 443; no inbound ports are needed."


def test_remote_support_named_as_a_yearly_fee_is_no_remote_access():
    text = f"""Commercial terms

From the second year, software updates and remote support are invoiced at 9,800 EUR a year.

Network

{SECURITY}
"""
    assert _model(text) == ["outbound_only"]


def test_a_german_fee_for_remote_support_is_no_remote_access():
    text = f"""Preise

Fernwartung und Remote Support werden ab dem zweiten Jahr mit 6.200 € pro Jahr berechnet.

Netzwerk

{SECURITY}
"""
    assert "vendor_remote_access" not in _model(text)


def test_a_priced_remote_access_that_names_its_path_stays_remote_access():
    text = """Services

Remote access by our engineers through a TeamViewer session into your network is charged at 95 EUR per hour.
"""
    assert "vendor_remote_access" in _model(text)
