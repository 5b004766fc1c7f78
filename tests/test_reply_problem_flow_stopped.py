"""What stops the flow through a plant's machines, counted, is the problem's data as failures and jams are ("the
blockages of the two cones, 14 per month in your shift log"; rounds.yaml problem.also.data, tuning41's kind). A count
of what goes right names none. Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

SILOS = ("SiloSense brings AI to your cement silos and screw conveyors.\n"
         "Machine learning predicts what stops the conveyors and warns the control room.\n")
MAIL = Mail("Dear Ms Ruiz,", "Best regards,\nTom Berg")


@pytest.fixture(scope="module")
def silos():
    return sent_out(SILOS, "SiloSense", "A. Ruiz")


@pytest.mark.parametrize("stopped", ["blockages of the two screw conveyors", "clogs at the silo outlets",
                                     "bridging in silo 3"])
def test_a_counted_stoppage_of_the_flow_answers_the_problem(silos, stopped):
    body = f"The first problem are the {stopped}, 11 per month in your shift log; solved when below 3 per month."
    problem = MAIL.asked(silos, body)["problem"]
    assert problem.closed, problem.why


def test_a_count_of_what_goes_right_leaves_the_problem_open(silos):
    body = "The first problem we solve are the screw conveyors: 11 per month in your shift log."
    assert not MAIL.asked(silos, body)["problem"].closed
