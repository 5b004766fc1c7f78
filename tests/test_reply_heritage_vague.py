"""A vague reply's boasts never make an answer "described specifically" (issue 16; kinds tuning32 to tuning34 showed):
the vendor's experience counted in years, data boasted by its size or gathered at other plants, results boasted
"best" or "better every day". Replies written here."""
import pytest

from rounds_corpus import Mail, sent_out

GLASS = ("FurnaceMind is an AI and IoT platform for the glass furnaces of your container plant, on an edge PC and in "
         "our cloud.\nIt learns from your furnace data and warns the shift leader before a bubble defect.\n")
MAIL = Mail("Dear Ms Brandt,", "Kind regards,\nOle Berg")


@pytest.fixture(scope="module")
def glass():
    return sent_out(GLASS, "FurnaceMind", "H. Brandt")


def _specific_quotes(sent, body: str) -> list[tuple[str, str]]:
    done = MAIL.read(sent, body)
    return [(a.question, q) for a in done.evaluation.answers if a.evidence == "specific" for q in a.quotes]


@pytest.mark.parametrize("boast", [
    "FurnaceMind is born from 35 years of experience in glass plants and runs today at the biggest bottle makers.",
    "Our AI is trained on huge data from many plants, so it gives best results from the first week.",
    "Our machine learning models are trained on decades of expertise and become better every day."])
def test_a_boast_of_heritage_data_size_or_results_makes_no_answer_specific(glass, boast):
    assert not [question for question, quote in _specific_quotes(glass, boast) if quote == boast]


def test_the_plants_own_history_told_in_years_is_still_read(glass):
    history = ("The model learns from 3 years of furnace temperatures and crown pressures in your Siemens historian, "
               "joined to the defect counts of your cold end inspection.")
    assert any(question == "data.history" for question, quote in _specific_quotes(glass, history) if quote == history)
