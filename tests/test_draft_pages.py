"""A marketing page never reads as "described specifically" (issue 14's marketing aim): a product's own facts and
figures are the vendor's claims about the product; only a text that names this plant (a proposal) or tells one
site's story (a case study) describes a project specifically."""
from questions import load_bank
from reading.documents import pasted
from reading.draft import draft, drafter_for
from reading.site_named import SiteNames

BANK = load_bank()

# A short product note: what the screen does, in the present, for any plant.
SHORT_PAGE = """StopPad terminal

When a machine stops for more than two minutes, the StopPad terminal shows the operator a list of stop reasons.
The operator picks a reason with one tap and the terminal stamps it with the time of the stop.
Reasons and durations are sent to the database every 30 seconds over OPC UA.
The terminal then returns to the job screen with the current order, its quantity and its pace.
"""

# The same lines, offered to one buyer for its own numbered presses.
SHORT_OFFER = """StopPad terminals for press 2 and press 4

When a machine stops for more than two minutes, the StopPad terminal shows the operator a list of stop reasons.
The operator picks a reason with one tap and the terminal stamps it with the time of the stop.
Reasons and durations are sent to the database every 30 seconds over OPC UA.
The terminal then returns to the job screen with the current order, its quantity and its pace.
"""

# A page of headings and feature names alone: no sentence says anything concrete.
NEUTRAL_PAGE = """Maintenance Module

Planned maintenance for every asset you run.
Work orders for every asset and every team.
Spare parts and stock for the whole maintenance store.
A mobile app for the technicians in the field.
Reports and dashboards for the maintenance manager.
Why customers choose the module for their maintenance teams.
Everything your maintenance department needs in one place.
Built together with maintenance managers from many industries.
One module for planning, doing and reviewing the work.
Made for the people who keep the machines going.
"""


def _specific(text: str) -> list[str]:
    return [a.question for a in draft(text, BANK).answers if a.evidence == "specific"]


def test_a_short_product_note_drafts_only_the_vendors_claim():
    drafted = draft(SHORT_PAGE, BANK)
    assert drafted.answers  # it still drafts what the note claims ...
    assert _specific(SHORT_PAGE) == []  # ... but none of it as described specifically


def test_a_short_note_that_numbers_the_buyers_presses_keeps_specific_evidence():
    assert _specific(SHORT_OFFER)


def test_a_short_note_keeps_the_options_an_offer_would_draft():
    def items(text):
        return {(a.question, c) for a in draft(text, BANK).answers for c in a.choices}
    assert items(SHORT_PAGE) and items(SHORT_PAGE) <= items(SHORT_OFFER)  # only the evidence is capped


def test_a_short_reply_to_the_buyer_is_no_product_note():
    drafter = drafter_for(BANK)
    reply = pasted(SHORT_PAGE).model_copy(update={"kind": "reply"})
    evaluation, _seen = drafter.drafted_pass([reply])
    assert any(a.evidence == "specific" for a in evaluation.answers)


def test_a_text_with_no_concrete_sentence_is_a_brochure():
    drafter = drafter_for(BANK)
    _evaluation, seen = drafter.drafted_pass([pasted(NEUTRAL_PAGE)])
    assert sum(seen.said.values()) == 0  # every line is neutral ...
    assert seen.brochure(drafter.rules.marketing_document_below, drafter.story.least)  # ... so nothing concrete: a brochure
    assert _specific(NEUTRAL_PAGE) == []


def test_a_site_is_named_by_a_numbered_counted_or_own_unit():
    sites = SiteNames(frozenset({"line", "press", "presses", "plant", "machines"}), frozenset({"your"}))
    assert sites.names("downtime on line 3 is logged".split())
    assert sites.names("we fit four presses with sensors".split())
    assert sites.names("12 cnc machines report every second".split())
    assert sites.names("data stays inside your plant".split())
    assert not sites.names("press a key to confirm the reason".split())
    assert not sites.names("the line stops and the plant manager is told".split())


# An article on a vendor's site: it names itself an article, says how a technology works for any plant, and passes
# a project cue ("explains", "go-live") only inside a general line or in advice.
ARTICLE_PAGE = """RFID for work in progress: what it does on the shop floor

This article explains how RFID tags on carriers show where every order is on the shop floor.
Readers at each station record the tag number, the station and the time when a carrier passes.
The reader sends each read to the MES within two seconds over the network.
The MES shows the queue in front of each station and the time each order has waited there.
Supervisors see the longest waits on a large screen at the end of the hall.
Tags are read through cardboard and plastic up to three metres away.
Tags survive washing at 90 °C and last for about 100,000 reads.
"""


def test_a_text_naming_itself_an_article_drafts_only_the_vendors_claim():
    drafter = drafter_for(BANK)
    _evaluation, seen = drafter.drafted_pass([pasted(ARTICLE_PAGE)])
    assert seen.generic >= 1  # it speaks to readers in general ...
    assert _specific(ARTICLE_PAGE) == []  # ... so what it says is the vendor's claim


def test_a_general_truth_ties_the_text_to_no_project():
    drafter = drafter_for(BANK)
    _evaluation, seen = drafter.drafted_pass([pasted(ARTICLE_PAGE)])
    assert seen.project == 0  # "This article explains" is no "explains" of a customer's spokesman
    quoted = ARTICLE_PAGE.replace("This article explains", "Our project lead explains")
    _evaluation, seen = drafter.drafted_pass([pasted(quoted)])
    assert seen.project == 1  # the same cue in a line that is no general truth still ties it


def test_a_length_in_metres_is_no_meter():
    def sources(text):
        answer = draft(text, BANK).answer("data.sources")
        return set(answer.choices) | set(answer.suggested) if answer else set()
    assert "meters" not in sources("The camera checks every meter of fabric while the web runs at 60 meters per minute.")
    assert "meters" not in sources("The line saved 20,000 cubic meters of water per year after the change.")
    assert "meters" in sources("We fit four new energy meters on the compressors and read them every minute.")
