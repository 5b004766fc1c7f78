"""Reply kinds a blind set showed (tuning30): a colleague's answers forwarded under a cover note that says it forwards
them, whatever the header's language and whoever's names are on it; a reply pasted from the forwarded message's separator
line on. Every reply here is new."""
import pytest

from rounds_corpus import replied, sent_out

MIXERS = ("MixMind is the AI-driven IIoT cloud platform for industrial dough mixers.\n"
          "It predicts every failure and gives your bakery real-time insights and a digital future.\n")
ENGINEER = ("Ines, here my answers for Ms Meyer:\n\n1 Data: motor current and bowl temperature of each of the six spiral "
            "mixers from their Siemens S7 PLCs.\n2 Interfaces: OPC UA, every second.\n\nKarl\n")


@pytest.fixture(scope="module")
def mixers():
    return sent_out(MIXERS, "MixMind", "L. Meyer")


def _statuses(sent, text: str) -> dict[str, str]:
    return {q.topic: q.status for q in replied(sent, text).round.questions}


def _forwarded(cover: str, separator: str = "---------- Forwarded message ----------",
               header: str = "From: Karl Brenner\nSent: Friday, 6 November 2026 09:14\nTo: Ines Vogt\nSubject: FW: Questions") -> str:
    return f"{cover}{separator}\n{header}\n\n{ENGINEER}"


@pytest.mark.parametrize("separator,header", [
    ("---------- Forwarded message ----------",
     "From: Karl Brenner\nSent: Friday, 6 November 2026 09:14\nTo: Ines Vogt\nSubject: FW: Questions"),
    ("---------- Weitergeleitete Nachricht ----------",
     "Von: Karl Brenner\nGesendet: Freitag, 6. November 2026 09:14\nAn: Ines Vogt\nBetreff: WG: Fragen")])
def test_a_message_the_cover_note_says_it_forwards_to_the_reader_is_the_reply(mixers, separator, header):
    forwards = "Dear Ms Meyer,\n\nI forward you the answers of our engineer.\n\nBest regards\nInes Vogt\nSales, MixMind\n\n"
    thanks = "Dear Ms Meyer,\n\nthank you for your questions.\n\nBest regards\nInes Vogt\nSales, MixMind\n\n"
    read = _statuses(mixers, _forwarded(forwards, separator, header))
    assert read["data"] == "answered" and read["protocols"] == "answered"
    unsaid = _statuses(mixers, _forwarded(thanks, separator, header))
    assert unsaid["data"] == "not_answered" and unsaid["protocols"] == "not_answered"


def test_looking_forward_to_something_forwards_nothing(mixers):
    cover = "Dear Ms Meyer,\n\nwe look forward to your visit.\n\nBest regards\nInes Vogt\nSales, MixMind\n\n"
    assert _statuses(mixers, _forwarded(cover))["data"] == "not_answered"


def test_a_reply_pasted_from_the_forwarded_messages_separator_on_is_that_message(mixers):
    read = _statuses(mixers, _forwarded(""))
    assert read["data"] == "answered" and read["protocols"] == "answered"


def test_a_heading_that_names_how_soon_the_alarm_comes_heads_the_latency_answer(mixers):
    note = "Alarm time: stop alarm on the panel by the ovens and the night baker's phone max. 20 s; checked each month."
    assert _statuses(mixers, f"Dear Ms Meyer,\n\n{note}\n\nKarl\n")["latency"] == "answered"
    unheaded = note.replace("Alarm time: ", "")
    assert _statuses(mixers, f"Dear Ms Meyer,\n\n{unheaded}\n\nKarl\n")["latency"] == "not_answered"


def test_a_bare_number_before_a_label_numbers_the_item_and_keeps_its_label(mixers):
    note = "Alarm time: stop alarm on the panel by the ovens and the night baker's phone max. 20 s; checked each month."
    body = f"1 Data: motor current of each mixer from the Siemens S7 PLCs.\n2 {note}\n"
    read = _statuses(mixers, f"Dear Ms Meyer,\n\n{body}\nKarl\n")
    assert read["latency"] == "answered" and read["data"] != "not_answered"
    # a count before a word in lower case is a figure, no item's number ("2 cranes: ...")
    counted = _statuses(mixers, "Dear Ms Meyer,\n\n2 mixers: stop alarm on the panel max. 20 s.\n\nKarl\n")
    assert counted == _statuses(mixers, "Dear Ms Meyer,\n\nTwo mixers: stop alarm on the panel max. 20 s.\n\nKarl\n")


@pytest.mark.parametrize("gloss", ["({})", "[{}]"])
def test_a_heading_glossed_in_brackets_heads_its_paragraph_as_the_heading_alone_does(mixers, gloss):
    body = ("Data (Daten)\nMotor current of each mixer from the Siemens S7 PLCs over OPC UA, each second.\n\n"
            "Service (Betreuung)\nInstallation by us in 3 weeks, then remote monitoring from Linz and a model update "
            "twice a year. 4.800 EUR p.a.\n")
    body = body.replace("(Daten)", gloss.format("Daten")).replace("(Betreuung)", gloss.format("Betreuung"))
    glossed = _statuses(mixers, f"Dear Ms Meyer,\n\n{body}\nKarl\n")
    unglossed = body.replace(" " + gloss.format("Daten"), "").replace(" " + gloss.format("Betreuung"), "")
    plain = _statuses(mixers, f"Dear Ms Meyer,\n\n{unglossed}\nKarl\n")
    assert glossed == plain and glossed["upkeep_owner"] != "not_answered"


def test_an_asked_answer_pointed_to_inside_a_paragraph_that_says_it_was_not_asked_is_read(mixers):
    aside = ("Dear Ms Meyer,\n\nsome news on our dough sheeter, even if it is not in your questions. About your question on "
             "the network: the gateway sits in your OT network behind your firewall and opens only outbound HTTPS on "
             "port 443, nothing inbound.\n\nKarl\n")
    assert _statuses(mixers, aside)["security"] == "answered"
    unpointed = aside.replace("About your question on the network: the", "The")
    assert _statuses(mixers, unpointed)["security"] == "not_answered"


@pytest.mark.parametrize("who", ["machine tender", "oven attendant", "machine minder"])
def test_who_tends_or_minds_a_machine_is_a_role_that_reviews(mixers, who):
    said = f"Dear Ms Meyer,\n\nThe {who} sees the advice on the panel and accepts or rejects it.\n\nKarl\n"
    assert _statuses(mixers, said)["human_review"] == "answered"
    assert _statuses(mixers, said.replace(f"The {who} sees", "One sees"))["human_review"] != "answered"


def test_a_tender_as_a_bid_names_no_one(mixers):
    said = "Dear Ms Meyer,\n\nAs in the tender, the advice is shown on the panel before it is applied.\n\nKarl\n"
    assert _statuses(mixers, said)["human_review"] != "answered"


@pytest.mark.parametrize("price", ["Rs. 7.2 lakh per year", "INR 7,20,000 per year", "AUD 9,800 a year", "2.5 crore rupees"])
def test_an_upkeep_costed_in_a_currency_beyond_europe_names_what_it_costs(mixers, price):
    said = f"Dear Ms Meyer,\n\nAfter the pilot our service team in Linz monitors the mixers remotely; the cost is {price}.\n\nKarl\n"
    assert _statuses(mixers, said)["upkeep_owner"] == "answered"
    unpriced = said.replace(f"; the cost is {price}", "")
    assert _statuses(mixers, unpriced)["upkeep_owner"] == "partly"


def test_a_serial_link_named_rs_is_no_price(mixers):
    said = "Dear Ms Meyer,\n\nAfter the pilot our service team in Linz monitors the mixers over RS 485.\n\nKarl\n"
    assert _statuses(mixers, said)["upkeep_owner"] == "partly"


def test_a_price_on_the_next_line_of_a_hand_wrapped_paragraph_costs_the_upkeep_before_it(mixers):
    wrapped = ("Dear Ms Meyer,\n\nAfter the pilot our service team in Linz monitors the mixers remotely every day and\n"
               "retrains the model twice a year. The installation is done by us in 3 weeks.\n"
               "The cost is 31.500 € per year for line 2.\n\nKarl\n")
    assert _statuses(mixers, wrapped)["upkeep_owner"] == "answered"
    # under a short line of its own a price is no wrapped line's: it costs what the question above it asks
    listed = wrapped.replace("in 3 weeks.\n", "in 3 weeks.\n\nData?\n")
    assert _statuses(mixers, listed)["upkeep_owner"] == "partly"


@pytest.mark.parametrize("made", ["tailor-made for each customer", "bespoke", "made to measure for every plant"])
def test_a_link_said_to_be_made_to_measure_answers_nothing(mixers, made):
    said = f"Dear Ms Meyer,\n\nThe integration with your MES and ERP is {made}.\n\nKarl\n"
    assert _statuses(mixers, said)["integrations"] == "not_answered"
    told = said.replace(made, "a REST API each night, one way, owned by your IT manager")
    assert _statuses(mixers, told)["integrations"] != "not_answered"


@pytest.mark.parametrize("note", ["Please find below the answers of our engineer.", "Here are the answers from our engineer.",
                                  "Below you will find what our engineer wrote.", "I pass on to you what our engineer wrote."])
def test_a_cover_note_that_hands_on_a_colleagues_answers_makes_them_the_reply(mixers, note):
    cover = f"Dear Ms Meyer,\n\n{note}\n\nBest regards\nInes Vogt\nSales, MixMind\n\n"
    read = _statuses(mixers, _forwarded(cover))
    assert read["data"] == "answered" and read["protocols"] == "answered"


@pytest.mark.parametrize("who", ["brewer", "kiln burner", "charge hand", "shift chemist"])
def test_whoever_accepts_or_rejects_the_advice_is_a_person_in_a_role(mixers, who):
    said = f"Dear Ms Meyer,\n\nThe {who} sees the advice on the panel and accepts or rejects it.\n\nKarl\n"
    assert _statuses(mixers, said)["human_review"] == "answered"


@pytest.mark.parametrize("thing", ["The model sees the trend and rejects the batch.", "The ERP confirms each order.",
                                   "The supplier confirms that the mixers are covered."])
def test_a_thing_that_rejects_or_a_party_that_confirms_a_fact_is_no_reviewer(mixers, thing):
    assert _statuses(mixers, f"Dear Ms Meyer,\n\n{thing}\n\nKarl\n")["human_review"] != "answered"


def test_a_reply_with_answers_of_its_own_that_forwards_an_alarm_keeps_the_buyers_quoted_letter_out(mixers):
    letter = ("We run SAP S/4HANA and a Siemens MES; our IT manager Ms Vogt owns both links, by IDoc each night.\n\n"
              "Which systems receive the data?\n\nRegards\nLisa Meyer\n")
    own = ("Dear Ms Meyer,\n\nwe read the motor current of each mixer from the Siemens S7 PLCs over OPC UA every second, "
           "and I forward the stop alarm to the night baker's phone within 20 seconds; we test that each month with a "
           "planned stop. After the pilot our service team in Linz maintains the gateways and retrains the model twice "
           "a year, for 4,800 EUR a year, and the night baker confirms each proposed change on the panel before it is "
           "applied.\n\nBest regards\nKarl\n\n")
    quoted = f"{own}-----Original Message-----\nFrom: Lisa Meyer\nSent: Monday, 2 November 2026 09:00\nTo: Karl\n" \
             f"Subject: Questions\n\n{letter}"
    assert _statuses(mixers, quoted) == _statuses(mixers, own)
