"""Reply kind that recurs on blind sets (tuning43's "Daily work: the system supports your team in the daily work.",
tuning47's "| Quality holds | Standard workflow |", tuning48's "5. Accuracy - very good results at other plants." and
"13. Review - according to your SOPs."): a short answer in the place the reply's layout gives a question (its number,
its heading) that names nothing the question asks dodges it, so the question stays open whatever other items say; a
sentence placed under another question (the quality hold with the lab technician releasing it) answers that one only.
A heading of another answer under a question's number ("9) Security") and a long answer in words the reading does
not list are no such dodge. Every reply here is new."""
import pytest

from rounds_corpus import asked, sent_out

PRESSES = ("BriqAI is the AI platform for smart factory briquette presses.\n"
           "Machine learning predicts briquette strength and the AI optimises binder dosing automatically.\n")
MILL = ("MillMind is the AI platform for the smart factory in flour mills.\n"
        "Machine learning predicts ash content and roll wear and the AI tells your team what to do.\n")

HOLDS = ("4. Holds - a low-strength prediction puts the lot on quality hold in your ERP and the lab technician releases "
         "it after the crush test.")


@pytest.fixture(scope="module")
def presses():
    return sent_out(PRESSES, "BriqAI", "J. Berg")


@pytest.fixture(scope="module")
def mill():
    return sent_out(MILL, "MillMind", "K. Berg")


def _numbered(accuracy: str, review: str) -> str:
    """Short items in the letter's order (problem, data, history, workflow, analytics, users, systems, KPI, network,
    upkeep, review)."""
    return ("Hi Johan,\n\nshort answers in your order:\n\n1. Problem - TBC after our visit.\n"
            "2. Data - press force from new load cells and moisture from a new NIR sensor at the dryer exit.\n"
            f"3. History - TBC.\n{HOLDS}\n5. Accuracy - {accuracy}\n6. Users - press operator and lab technician.\n"
            "7. Systems - we have connectors for most ERPs.\n8. KPI - TBC.\n9. Network - the cloud is secure.\n"
            f"10. Support - pricing follows.\n11. Review - {review}\n\nBest regards,\nPetra\n")


def test_an_item_naming_nothing_asked_keeps_its_question_open_whatever_other_items_say(presses):
    read = asked(presses, _numbered("very good results at other plants.", "according to your SOPs."))
    for topic in ("analytics", "human_review"):
        assert not read[topic].closed and read[topic].status == "not_answered", (topic, read[topic].why)
        assert HOLDS[3:] not in read[topic].quotes
    assert read["workflow"].closed, read["workflow"].why  # the holds item answers its own question


def test_items_that_answer_in_their_own_place_still_close_their_questions(presses):
    read = asked(presses, _numbered("strength 2 hours ahead; at a plant in Gdansk 91 % of weak lots found over 6 "
                                    "months, checked against the crush test.",
                                    "the lab technician approves each set point change on the panel."))
    assert read["analytics"].closed, read["analytics"].why
    assert read["human_review"].closed and read["human_review"].status == "answered", read["human_review"].why


def _headed(daily: str) -> str:
    return ("Dear Mr Berg,\n\nour answers:\n\n"
            "Problem: lots above the ash limit, about 5 % of lots in 2026; solved when under 2 % for three months.\n"
            "Data: roll gap and feed rate from your PLC, a new NIR analyser before the silo.\n"
            f"Daily work: {daily}\n"
            "Prediction: ash content 20 minutes ahead; at a mill in Basel within 0.02 % for 90 % of 8,000 lots over 10 "
            "months against lab results.\n"
            "Review: the shift miller applies or rejects each recommendation with a reason; the head miller reviews the "
            "rejections weekly.\n\nBest regards,\nAnna\n")


def test_a_heading_whose_line_names_nothing_asked_keeps_its_question_open_in_prose(mill):
    read = asked(mill, _headed("the system supports your team in the daily work."))
    assert not read["workflow"].closed, read["workflow"].why
    assert read["human_review"].closed and read["analytics"].closed  # the other headings answer their own


def test_a_heading_whose_line_answers_closes_its_question_in_prose(mill):
    read = asked(mill, _headed("a predicted ash above the limit puts the lot on quality hold in your ERP, and the head "
                               "miller releases it after the lab test."))
    assert read["workflow"].closed and read["workflow"].status == "answered", read["workflow"].why


def test_another_answers_heading_under_a_questions_number_is_no_dodge(presses):
    """"11) Network" where the letter's 11 asks who reviews: the heading names the network, not the review; the review
    answered elsewhere ("the lab technician releases it") is read as before."""
    text = _numbered("very good results at other plants.", "according to your SOPs.").replace(
        "11. Review - according to your SOPs.", "11) Network\nWe will confirm the connections in a call with your IT.")
    read = asked(presses, text)
    assert read["human_review"].closed and read["human_review"].status == "answered", read["human_review"].why


def test_a_long_answer_in_its_own_place_is_no_dodge(presses):
    """An item longer than a dodge (rounds.yaml dodge_words) may name what it asks in words the reading does not list:
    the other items may still settle its question."""
    long = "we will tell you more about this part once the first weeks of the pilot on both presses are behind us."
    read = asked(presses, _numbered("very good results at other plants.", long))
    assert read["human_review"].closed, read["human_review"].why


WINDERS = ("WindSense is the AI platform for the smart factory in filament winding.\n"
           "Machine learning predicts voids and the AI tells your team what to do.\n")


@pytest.fixture(scope="module")
def winders():
    return sent_out(WINDERS, "WindSense", "P. de Vries")


def _table(holds: str) -> str:
    return ("Dear Mr de Vries,\n\nplease find our first answers in the table.\n\n| Topic | Answer |\n|---|---|\n"
            "| Data | Fibre tension from new load cells, resin bath temperature and mandrel speed from the Beckhoff PLCs |\n"
            f"| Quality holds | {holds} |\n"
            "| Users | Winding operator (corrects the roving), shift leader (releases holds), quality inspector "
            "(ultrasonic checks), maintenance technician (drive work orders) |\n\nBest regards,\nLena\n")


def test_a_table_row_naming_nothing_asked_keeps_its_question_open_whatever_other_rows_say(winders):
    """The Users row names work orders and holds, but the row the table gives the holds says only "Standard workflow":
    no answer drafted from the Users row closes the workflow question."""
    read = asked(winders, _table("Standard workflow"))["workflow"]
    assert not read.closed and read.status == "not_answered", read.why


def test_a_table_row_that_answers_closes_its_question(winders):
    read = asked(winders, _table("A high void risk puts the pipe on quality hold in your MES; the quality inspector "
                                 "decides on an extra ultrasonic check"))["workflow"]
    assert read.closed and read.status == "answered", read.why
