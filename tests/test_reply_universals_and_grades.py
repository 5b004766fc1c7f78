"""A vague reply sentence never makes an answer specific (issue 16), read by how the sentence is built: a quantifier
over a class of systems the product links with ("connects to all presses and all ERP and CMMS", "connectors to all
ERP and MES", "whatever ERP you run") names no system of this plant; a grade without a measure ("your data are
protected at the highest level") names no control, and its "your" ties it to no thing of the plant. Every proposal and
reply here is new; the sentences are built as the blind sets' were, with other words."""
import pytest

from questions import load_bank
from rounds_corpus import Mail, sent_out
from scoring.rounds import reply_reader

KILN = ("KilnMind brings Industry 4.0, AI and a smart factory to your tunnel kilns.\n"
        "Every burner, fan and car is captured and shared with your business systems, your data stay yours.\n"
        "Connected to your ERP and LIMS, with live dashboards and a digital twin of the firing curve.\n")

MAIL = Mail("Dear Ms Okafor,", "Kind regards,\nTomas Lind\nKilnMind AB")


@pytest.fixture(scope="module")
def kiln():
    return sent_out(KILN, "KilnMind", "A. Okafor")


@pytest.fixture(scope="module")
def general():
    return reply_reader(load_bank()).general


@pytest.mark.parametrize("body", [
    "KilnMind talks to all kilns and all ERP and QMS, the twin is extremely precise, and the data are handled with utmost care.",
    "It integrates with every ERP and LIMS, and your data are secure at the highest standard.",
    "Interfaces: we ship connectors to all MES and ERP.",
    "It links to whatever ERP you run and to any LIMS."])
def test_a_quantifier_over_the_systems_linked_with_makes_no_answer_specific(kiln, body):
    assert MAIL.specific(kiln, body) == []
    asked = MAIL.asked(kiln, body)
    assert not any(asked[t].closed for t in ("integrations", "data_ownership") if t in asked)


@pytest.mark.parametrize("text", ["It connects to all dryers and all ERP and CMMS, and the model is very accurate.",
                                  "Our gateway works with all PLCs.", "We offer adapters for all SCADA systems.",
                                  "It works with whichever MES your plant uses."])
def test_linking_with_a_whole_class_of_systems_is_offered_to_every_plant(general, text):
    assert "every system of a kind" in general.why(text)


@pytest.mark.parametrize("text", ["Review: the kiln master decides on rework for every NOK.",
                                  "We read the burner state every PLC cycle from the Siemens S7-1500.",
                                  "The gateway links every PLC of kiln 3 to the MES (Plex), owned by your IT.",
                                  "We read all PLC tags of the kiln line."])
def test_a_quantifier_over_parts_cycles_or_the_plants_own_systems_is_no_offer(general, text):
    assert "every system of a kind" not in general.why(text)


@pytest.mark.parametrize("text", ["Your data are protected at the highest level.",
                                  "The model is extremely accurate on your kilns."])
def test_a_grade_without_a_measure_is_no_answer_though_it_says_your(general, text):
    assert "grades the product" in general.why(text)


@pytest.mark.parametrize("text", ["Your data are encrypted with AES-256 and protected at the highest level.",
                                  "The data are fully protected: TLS 1.3 and a key your IT holds.",
                                  "Your data stay fully yours and are never shared.",
                                  "The alarm comes when your tank reaches maximum level."])
def test_a_grade_beside_a_figure_a_name_or_an_owner_still_answers(general, text):
    assert general.why(text) == ""


def test_a_grades_your_leaves_a_universal_sentence_general(general):
    why = general.why("It connects to every ERP and LIMS, and your data are protected at the highest level.")
    assert "every system of a kind" in why
