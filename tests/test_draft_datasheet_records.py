"""A datasheet is records ("Interfaces: 2x Ethernet, OPC UA, Modbus TCP, MQTT") as much as sentences: a record ends
where a capital opens the next line (however wide it was), a record under the sheet's title is no part of that title
but what the product offers, and a German sheet's buffering while the link is down is read as in English. Texts
written for these tests."""
import pytest

from proposals.layout import tidy
from questions import load_bank
from reading.draft import draft

BANK = load_bank()
SHEET = ("Datasheet Edge Gateway EG-400\n\nTechnical data\nSupply: 24 V DC, max. 12 W\n"
         "Interfaces: 2x Ethernet, OPC UA, Modbus TCP, MQTT\n"
         "If the network connection fails, the gateway buffers all readings locally for up to 7 days and then sends them.\n"
         "Protection class IP65\n")


def test_a_record_ends_where_a_capital_opens_the_next_line():
    lines = tidy(SHEET, unwrap=True).splitlines()
    assert "Interfaces: 2x Ethernet, OPC UA, Modbus TCP, MQTT" in lines
    assert any(line.startswith("If the network connection fails") for line in lines)


def test_a_record_whose_value_ends_on_a_comma_goes_on():
    text = ("Interfaces: 2x Ethernet, OPC UA, Modbus TCP, MQTT, and on request the serial ports of older machines,\n"
            "Profibus DP and Modbus RTU over the optional RS-485 module of the gateway.\n")
    assert len(tidy(text, unwrap=True).splitlines()) == 1


def test_a_record_under_the_sheets_title_drafts_what_it_names():
    drafted = draft(SHEET, BANK, proposal="EG-400")
    protocols = drafted.answer("data.protocols")
    assert protocols is not None
    assert "Interfaces: 2x Ethernet, OPC UA, Modbus TCP, MQTT" in protocols.quotes
    assert not any("If the network" in quote for quote in protocols.quotes)


@pytest.mark.parametrize("sentence", [
    "Bei Netzwerkausfall puffert das Gateway alle Messwerte bis zu 7 Tage lokal.",
    "Falls die Verbindung ausfällt, werden die Messwerte bis zu 7 Tage gepuffert.",
])
def test_a_german_sheet_buffering_while_the_link_is_down_is_its_offline_answer(sentence):
    text = f"Datenblatt EG-400\n\nDas Gateway liest die SPS der Abfüllanlage über OPC UA.\n{sentence}\n"
    offline = draft(text, BANK, proposal="EG-400").answer("reliability.offline")
    assert offline is not None and "buffered" in offline.choices
