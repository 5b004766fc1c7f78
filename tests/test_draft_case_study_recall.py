"""A research paper that tells what was built and tried at one site is that site's case study (recall54: real case
studies told as papers read as product pages, and drafted almost nothing): a line that opens on the paper's own
words for itself ("Abstract", "In this study", "This work") counts as a case study's furniture does, in a text told
in the past (drafting.yaml product_page studied). A paper that only proposes, and a page's "In this article", stay
what they were."""
from questions import load_bank
from reading.draft import draft, drafter_for
from reading.draft_pass import Pass

BANK = load_bank()
DRAFTER = drafter_for(BANK)

# a paper on one dryer line: the deeds told in the passive and the present perfect, few subjects a story names
PAPER = """Monitoring a Pasta Drying Line with Battery-Powered Sensors

Abstract: This work describes the retrofit of a long-pasta drying line with battery-powered wireless sensors.
Pasta drying is an energy-intensive step whose main cost is the steam that heats the tunnels.
The drying tunnels of the line have been outfitted with air temperature sensors, humidity probes and a steam flow meter.
Readings were sent every minute over a LoRaWAN network to a cloud server.
The supervisor of each shift can follow every tunnel on a tablet, and an SMS alert reaches the technician on call when a tunnel leaves its humidity band.
Eleven months of readings were analysed for the drying profile of each product.
The results indicate that the tunnels can be run at a lower steam flow with no more cracked strands.
Drying pasta slowly at a controlled humidity keeps the strands from cracking.
The approach suits dryers of any size and any make.
Further work will extend the network to the packing hall.
"""


def _seen(text: str) -> Pass:
    seen = Pass(DRAFTER, DRAFTER.reader.read(text))
    DRAFTER.read(DRAFTER.reader.read(text), seen)
    return seen


def _choices(text: str, question: str) -> list[str]:
    answer = draft(text, BANK).answer(question)
    return answer.choices if answer else []


def test_a_paper_that_tells_its_trial_in_the_past_is_read_as_a_case_study():
    seen = _seen(PAPER)
    assert seen.declared and seen.story
    evaluation = draft(PAPER, BANK)
    assert evaluation.answer("workflow.outputs").evidence == "specific"  # the site's own, no vendor's claim
    assert "maintenance_techs" in _choices(PAPER, "users.roles")  # who the alert reaches, drafted, not suggested
    assert "iiot" in _choices(PAPER, "workflow.technologies")  # the network built there, no page's label


def test_the_same_line_told_with_no_word_for_the_paper_stays_a_description():
    # without the paper's own words the same text ties itself to no project: a product described
    bare = PAPER.replace("Abstract: This work describes the retrofit", "The retrofit is described")
    seen = _seen(bare)
    assert not seen.declared and not seen.story


def test_a_paper_that_only_proposes_tells_too_little_in_the_past():
    proposal = """Abstract: This work proposes a sensor network for long-pasta drying lines.
Each drying tunnel can be fitted with air temperature sensors and humidity probes.
The readings would be sent over LoRaWAN to a cloud server every minute.
An alert can be sent to the technician on call when a tunnel leaves its humidity band.
Drying pasta slowly at a controlled humidity keeps the strands from cracking.
The network is meant to run for a year on one set of batteries.
The design suits dryers of any size and any make.
A controller keeps the drying profile of each product.
The tunnels are heated by steam and vented by roof fans.
Further work will test the network on a working line.
"""
    assert not _seen(proposal).declared


def test_a_vendor_page_speaking_of_its_article_is_no_study():
    page = """In this article we explain how our wireless sensors watch a pasta dryer.
The sensors measure air temperature and humidity in every drying tunnel.
Readings reach the cloud every minute over LoRaWAN.
Alerts go to your phone when a tunnel leaves its humidity band.
Batteries last up to five years.
Installation takes less than a day per line.
Our dashboards show every tunnel at a glance.
Contact us for a demo.
The sensors fit dryers of any size and any make.
Learn more about our drying solutions.
"""
    assert not _seen(page).declared
