"""A system said to stand on premises with no connection to the internet answers where it runs and how it is reached:
nothing reaches the plant's network from outside, so the cloud label's network gap closes (replywalk6: rounds.yaml
security `also` system, its segmentation read, glossary cloud_edge). A connection lost for a while, or a system that
only needs none, says nothing of how the network is kept apart. Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

PANS = ("CoatWise is the cloud platform for tablet coating.\n"
        "NIR sensors and machine learning predict film thickness and the end point of each batch.\n"
        "Dashboards in the cloud show every pan.\n")


@pytest.fixture(scope="module")
def pans():
    return sent_out(PANS, "CoatWise", "M. Rossi")


MAIL = Mail("Dear Ms Rossi,", "Kind regards,\nPaolo Neri")


def test_the_letter_asks_how_the_cloud_reaches_the_network(pans):
    assert "security" in {q.topic for q in pans.rounds[-1].questions}


@pytest.mark.parametrize("sentence", [
    "None inbound; the server is on-premise in your GMP production zone with no internet connection.",
    "The CoatWise server runs on premises in your OT network and is air-gapped.",
    "The edge PC stands in the coating suite's OT network, not connected to the internet at all.",
])
def test_a_server_on_premises_with_no_internet_connection_closes_the_network_question(pans, sentence):
    assert MAIL.asked(pans, sentence)["security"].closed


@pytest.mark.parametrize("sentence", [
    "If there is no internet connection, the edge server keeps 7 days of data.",
    "The server needs no internet connection.",
])
def test_an_outage_or_a_server_that_needs_no_internet_leaves_the_network_question_open(pans, sentence):
    assert not MAIL.asked(pans, sentence)["security"].closed
