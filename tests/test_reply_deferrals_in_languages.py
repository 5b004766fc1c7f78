"""'To be defined' in the writer's own language, left in an English reply ("Da definire with your automation team",
"à définir", "por definir"): the answer is put off, as "to be defined" puts it off (issue 16, a kind tuning38 showed).
Every reply here is new."""
import pytest

from rounds_corpus import Mail, sent_out

KILN = ("KilnGuard is predictive maintenance for roller kilns.\n"
        "IoT sensors and AI predict burner and roller failures before they stop the kiln.\n")
MAIL = Mail("Dear Mr Rossi,", "Kind regards,\nEva Lund")


@pytest.fixture(scope="module")
def kiln():
    return sent_out(KILN, "KilnGuard", "P. Rossi")


@pytest.mark.parametrize("put_off", ["da definire", "à définir", "por definir", "nader te bepalen", "do ustalenia"])
def test_a_deferral_in_the_writers_language_makes_the_answer_vague(kiln, put_off):
    data = MAIL.asked(kiln, f"Data: zone temperatures and roller drive currents from the S7-1500 PLCs, the new "
                            f"sensors {put_off} with your maintenance team.")["data"]
    assert data.status == "not_answered" and f"\u201c{put_off}\u201d is vague" in data.why


def test_the_same_answer_with_its_sensors_named_is_read(kiln):
    data = MAIL.asked(kiln, "Data: zone temperatures and roller drive currents from the S7-1500 PLCs, and a new "
                            "vibration sensor on each roller bearing.")["data"]
    assert data.status == "answered"
