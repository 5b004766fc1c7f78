"""A reply line labelled by where the project aims first ("First target: ...", "Focus: ...", "Erstes Ziel: ...",
"Priorité : ...") answers the question on the problem, as one labelled "Problem:" does (rounds.yaml problem `heads`,
reply_languages.yaml `headings`); a bare "Target:" is a KPI's and puts nothing on the problem. Every sentence here is
new."""
import pytest

from rounds_corpus import Mail, sent_out

OFFER = ("FrameSense uses machine learning and AI to make your plant smarter.\n"
         "Our algorithms learn from your data and optimise everything.\n")
MAIL = Mail("Dear Mr Lindgren,", "Kind regards,\nJan Visser")


@pytest.fixture(scope="module")
def offer():
    return sent_out(OFFER, "FrameSense", "P. Lindgren")


@pytest.mark.parametrize("body", [
    "First target: undetected gearbox damage on the kiln drives, 3 gearboxes were returned for damage in 2024 (your "
    "warranty log).",
    "Focus: weld cracks on the frame line, 14 in 2025 by your weld log.",
    "Erstes Ziel: Ausfälle der Lager an Linie 2, 9 Lager im Jahr 2025 getauscht.",
    "Priorité : pannes des roulements de la ligne 2, 6 roulements changés en 2025.",
])
def test_a_line_labelled_by_where_the_project_aims_first_answers_the_problem(offer, body):
    question = MAIL.asked(offer, body)["problem"]
    assert question.closed, question.why


def test_a_bare_target_label_is_the_kpi_s_not_the_problem(offer):
    assert not MAIL.asked(offer, "Target: under 4 weld cracks a year by 2027.")["problem"].closed
