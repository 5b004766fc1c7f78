"""The letter on links (issue 14 and 16, walk14d): where every link the offer drafts names its system, its way and its
direction and only an owner lacks, the letter asks only who owns them, and a reply naming the owners answers; a reply
that offers a link only on request or at extra cost makes none, so it does not answer which systems receive the data.
A model said to compare each machine with its own baseline names the data it learns from: the letter asks only how
much history."""
import pytest

from rounds_corpus import Mail, sent_out

OFFER = ("Quotation 118: OEE monitoring for your gearbox assembly lines\n"
         "We connect the 38 stations of your four lines through their S7-1500 PLCs over OPC UA; cycle times and "
         "machine states are read every second.\n"
         "OEE per line is shown live on a screen above each line.\n")
STATED = "Production orders are taken from your SAP ERP via the standard IDoc interface every 15 minutes.\n"
MAIL = Mail("Dear Ms Berger,", "Kind regards,\nSysweld Integration GmbH")
OWNERS = "Who owns each of the connections your offer describes, on your side and on ours?"


def _links(offer: str):
    return {q.topic: q for q in sent_out(offer, "Sysweld", "M. Berger").rounds[-1].questions}.get("integrations")


def test_links_that_lack_only_owners_are_asked_only_who_owns_them():
    links = _links(OFFER + STATED)
    assert links is not None and links.text == OWNERS and links.given == ["system", "protocol"], links


def test_a_link_without_its_way_is_asked_in_full():
    links = _links(OFFER + "Production orders are taken from your SAP ERP every 15 minutes.\n")
    assert links is not None and links.text != OWNERS and links.given == [], links


def test_an_offer_naming_no_link_is_asked_in_full():
    links = _links(OFFER)
    assert links is not None and links.text.startswith("Which of our systems"), links


@pytest.mark.parametrize("reply", [
    "The interface on our side is maintained by our integration team, the SAP side by your SAP competence centre.",
    "Our integration team owns the IDoc interface; your SAP team owns the SAP side.",
])
def test_a_reply_naming_the_owners_needs_not_name_the_systems_again(reply):
    # (partly, not answered: one SAP link read as two areas, planning and inventory, gets its owner on one only)
    links = MAIL.asked(sent_out(OFFER + STATED, "Sysweld", "M. Berger"), reply)["integrations"]
    assert links.status in ("answered", "partly") and "names a role" in links.why, links.why
    assert "named system" not in links.why and "protocol" not in links.why, links.why


@pytest.mark.parametrize("reply", [
    "On request we also create a notification in your SAP PM through the standard notification BAPI.",
    "For an extra charge we post the OEE figures to your Power BI via a REST API; the interface is maintained by our "
    "integration team.",
    "Op verzoek sturen we de meldingen naar uw SAP PM via een BAPI, beheerd door ons integratieteam.",
])
def test_a_link_offered_on_request_does_not_answer_which_systems_receive_the_data(reply):
    links = MAIL.asked(sent_out(OFFER, "Sysweld", "M. Berger"), reply)["integrations"]
    assert links.status != "answered" and not links.closed, links.why


def test_a_link_the_reply_makes_still_answers():
    reply = "We post the OEE figures to your Power BI through its REST API every hour; your IT team owns that interface."
    links = MAIL.asked(sent_out(OFFER, "Sysweld", "M. Berger"), reply)["integrations"]
    assert links.status == "answered", links.why


@pytest.mark.parametrize("baseline", [
    "Our model compares each bearing's vibration spectrum with its own baseline and flags a developing fault.",
    "The model learns the normal vibration of each pump during the first four weeks.",
])
def test_a_model_that_learns_each_machines_own_baseline_leaves_only_how_much_history(baseline):
    offer = ("We install two wireless vibration sensors on each of your five compressors.\n"
             "Our AI predicts bearing faults before they stop the station.\n" + baseline + "\n")
    history = {q.topic: q for q in sent_out(offer, "Vibrio", "K. Albrecht").rounds[-1].questions}.get("history")
    assert history is not None and history.given == ["data"], history


def test_a_model_named_without_what_it_learns_from_is_asked_what_data():
    offer = ("We install two wireless vibration sensors on each of your five compressors.\n"
             "Our AI predicts bearing faults before they stop the station.\nIt detects faults early.\n")
    history = {q.topic: q for q in sent_out(offer, "Vibrio", "K. Albrecht").rounds[-1].questions}["history"]
    assert history.given == [] and history.text.startswith("What data does the model learn from")
