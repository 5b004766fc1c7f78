"""A reply that numbers its answers "#4" as the letter numbers its questions: the point's number is no figure, so
"#4 Detection: cracked tiles, with great accuracy" names no number or measured result and makes nothing specific
(issue 16, a kind tuning31 showed). Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

KILN = ("TileEye uses cameras and AI on your kiln exit to find cracked and chipped tiles.\n"
        "Machine learning predicts roller wear before it causes defects.\n")


@pytest.fixture(scope="module")
def kiln():
    return sent_out(KILN, "TileEye", "K. Haas")


MAIL = Mail("Dear Mr Haas,", "Kind regards,\nLuis Ortega")


@pytest.mark.parametrize("sentence", [
    "#4 Detection: cracked, chipped and warped tiles and roller problems, with great accuracy.",
    "#12 Detection: cracked tiles.",
    "# 4 The model finds cracked tiles.",
])
def test_a_hash_numbered_answer_without_a_figure_leaves_the_analysis_open(kiln, sentence):
    analysis = MAIL.asked(kiln, sentence)["analytics"]
    assert not analysis.closed and analysis.status != "answered"
    assert MAIL.specific(kiln, sentence) == []


def test_a_hash_numbered_answer_with_its_measured_result_closes_the_analysis(kiln):
    text = ("#4 The model found 57 of 60 cracked tiles in a 2-week trial on kiln 2, with 0.4% of good tiles "
            "rejected, counted against your manual inspection.")
    assert MAIL.asked(kiln, text)["analytics"].closed
