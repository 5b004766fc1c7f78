"""An answer of options to a question we asked is quoted first from the reply's own answer to it: drafting the whole
reply quotes the first sentences it meets, and where those all answer other questions ("which the quality inspector
releases" under the holds), the reply's answer under "Which roles use it daily?" was never read as the answer on the
users, though it names who does what and when (tuning41's kind). Its sentences whose own cues give the answer's
options are the answer's first quotes. Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

OFFER = ("FurnaceWise is the smart factory solution for your annealing furnaces.\n"
         "IoT sensors and AI predict roller wear and strip defects, with dashboards for everyone.\n")
MAIL = Mail("Dear Ms Horak,", "Best regards,\nJan Dvorak")
BEFORE = ("Q: Which data?\n"
          "A: Furnace temperatures from the existing PLC. Strip lot and steel supplier are scanned by the operator at "
          "each coil change.\n\n"
          "Q: Work orders and holds?\n"
          "A: A roller check work order in your maintenance system, which the maintenance fitter does in the next "
          "shift. And a quality hold on a coil when hardness is out of tolerance, which the quality inspector "
          "releases or scraps.\n\n"
          "Q: Which roles use it daily?\n")
ROLES = ("A: Three roles. The furnace operator sees the warnings and lowers the line speed. The shift master sees all "
         "furnaces and decides about stops. The maintenance fitter gets the roller work orders on his tablet.")


@pytest.fixture(scope="module")
def furnace():
    return sent_out(OFFER, "FurnaceWise", "E. Horak")


def test_roles_answered_under_their_own_question_close_the_users_after_other_answers_name_roles(furnace):
    users = MAIL.asked(furnace, BEFORE + ROLES)["users"]
    assert users.closed, users.why


def test_the_users_answer_quotes_the_replys_own_answer_first(furnace):
    roles = MAIL.read(furnace, BEFORE + ROLES).evaluation.answer("users.roles")
    assert roles.evidence == "specific"
    assert roles.quotes[0] == "The furnace operator sees the warnings and lowers the line speed."


def test_a_bare_role_under_the_question_leaves_the_users_open(furnace):
    users = MAIL.asked(furnace, BEFORE + "A: The operators use it.")["users"]
    assert not users.closed, users.why
