"""Walk 66: a plain US quote to one bakery (its addressee, a PLC tie-in over EtherNet/IP, two named tablets, an
itemised pilot price) drafted every answer "Vendor's claim" and scored Level 0: its schedule and price rows made it
41 lines, of which too few words tied it to one plant and project, so it was read as a product page. A text with an
itemised price table (line items, each priced with its quantity) is an offer to one buyer, however long its tables."""
from collections import Counter

from questions import load_bank
from reading.draft import draft
from reading.fees import fees

BANK = load_bank()

QUOTE = "\n".join([
    'Great Lakes Automation Inc.',
    'Quote GLA-2026-117',
    'To: Maria Santos, Plant Manager, Ridgeview Plastics, Grand Rapids, MI',
    'Re: Press monitoring, injection molding cell 4',
    '',
    'In other molding shops we usually find that short stops are never written down.',
    'Today your setup techs note press alarms on a clipboard and nobody sees how long each press sits idle between jobs.',
    "We will connect the four Engel presses in cell 4 to a small on-site server and show each press's state on a screen above the cell.",
    "Each press's cycle counter and alarm word are read from its controller over OPC UA every 5 seconds.",
    'When a press stops for more than 3 minutes, the setup tech on shift gets a text message and picks a reason on the cell screen.',
    'A daily summary of idle minutes per press and the top five stop reasons goes to you and the maintenance supervisor at 6:00 AM.',
    'The server keeps two years of data on your network, and you can export it to Excel at any time.',
    'Nothing goes to a cloud service.',
    'In plants like yours, most manufacturers find that a handful of stop reasons cause most of the idle time.',
    'Lead engineer: Paul Novak, controls engineer with 12 years in plastics.',
    'He is on site for the install and trains your setup techs in two 45-minute sessions per shift.',
    'Support: phone support 7 AM to 5 PM Monday to Friday, on site within one business day.',
    'Week: 1; What happens: Mount the screen and the server during the weekend shutdown, test the controller signals; Who from your side: Maintenance supervisor',
    'Week: 2; What happens: Train setup techs and shift leads at the cell, 45 minutes per shift; Who from your side: Shift leads',
    'Week: 3-6; What happens: Trial: clipboard and screen side by side, counts compared every Friday; Who from your side: Maria, shift leads',
    'Week: 7; What happens: Review meeting on idle minutes and top stop reasons, decide on cells 1 to 3; Who from your side: Maria, plant controller',
    'Trial success means: at least 90% of stops over 3 minutes get a reason, and the press stop count matches the clipboard within 5%.',
    'If the trial misses that, you return the screen and the server and pay only the install labor.',
    'Item: Industrial PC with OPC UA client, cabinet install; Qty: 1; Unit: $3,900; Total: $3,900',
    'Item: 43-inch cell screen with wall bracket; Qty: 1; Unit: $1,450; Total: $1,450',
    'Item: Press connection and alarm mapping per Engel press; Qty: 4; Unit: $1,100; Total: $4,400',
    'Item: Software setup: reason list, idle report, text alerts; Qty: 1; Unit: $5,400; Total: $5,400',
    'Item: Install and setup tech training (labor); Qty: 1; Unit: $2,800; Total: $2,800',
    'Item: Total cell 4 trial; Total: $17,950',
    'Item: Software support and updates (per year, from month 13); Qty: 1; Unit: $1,900; Total: $1,900/yr',
    "Alarm words are mapped from the Engel CC300 controller's alarm list, 212 alarms grouped into 14 reasons you can edit.",
    'Idle time is split into waiting on material, waiting on a setup tech, mold change and unplanned repair.',
    'The cell screen shows each press green, yellow or red with the minutes since its last cycle.',
    "Text messages go through your own e-mail server to the setup techs' phones; no app has to be installed.",
    'Reports are PDF and Excel, kept on the server for two years and on your file share for as long as you want.',
    'The server is a fanless industrial PC in the cell 4 cabinet with a mirrored SSD and a UPS for 20 minutes.',
    "If the network drops, each press's counts are kept on the PC for up to 7 days and sent when it is back.",
    'User accounts are per person, with a PIN at the cell screen and a password on the office PCs.',
    'Your IT administrator gets the admin account; we get none unless you open a remote session for us.',
    'Each controller is read only: we write nothing to the presses and change no press settings.',
    'We document every alarm mapping in a spreadsheet your maintenance supervisor can change later.',
    'Spare parts: a second SSD and a spare power supply are included in the price.',
    'Payment terms: half with the order, half after go-live.',
    'This quote is good for 45 days.',
])


def test_a_long_quote_with_an_itemised_price_table_is_described_specifically():
    evidence = Counter(a.evidence for a in draft(QUOTE, BANK).answers)
    assert evidence["specific"] > 3 * evidence["vendor_claim"], evidence


def test_its_priced_rows_are_what_make_the_quote_itemised():
    """Without its priced rows the same text has no itemised price table."""
    rows = [line for line in QUOTE.splitlines() if line.startswith("Item:")]
    assert fees().itemised(QUOTE) and not fees().itemised("\n".join(l for l in QUOTE.splitlines() if l not in rows))


def test_a_quote_is_itemised_from_three_priced_rows_with_their_quantities():
    rows = ["Item: Gateway; Qty: 2; Unit: $1,200; Total: $2,400", "Item: Setup; Qty: 1; Unit: $3,000; Total: $3,000"]
    assert not fees().itemised("\n".join(rows))
    assert fees().itemised("\n".join(rows + ["Item: Training day; Qty: 2; Unit: $900; Total: $1,800"]))
