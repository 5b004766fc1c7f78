"""Reply kind seen on blind sets (tuning47's "A machine stop reaches the Schichtleiter's tablet in under 10 seconds; we
check this every month against the PLC stop timestamp." beside "You will see it solved when the hydrotest reject rate
... stays under 3 % for three months." and weekly data and override checks): how fast a stop is seen is read from the
reply's own answers by the shortest length they say, not the longest ("three months" is how long the problem must stay
solved), so a delay of seconds replaces the "every week" read in the review's and the data check's sentences. Every reply
here is new."""
import pytest

from rounds_corpus import asked, sent_out

WINDERS = ("WindSense is the real-time AI platform for filament winding machines.\n"
           "Machine learning predicts voids and the real-time dashboard shows every stop instantly.\n")
WEEKLY = ("Our data scientist checks the data quality every week and reports to your quality engineer.\n"
          "No recommendation changes a machine by itself: the operator sees the suggested correction on the HMI, the "
          "shift leader accepts or overrides it, and your process engineer reviews all overrides every week.\n")


@pytest.fixture(scope="module")
def winders():
    return sent_out(WINDERS, "WindSense", "P. de Vries")


def _reply(stop: str) -> str:
    return ("Dear Mr de Vries,\n\nThe first problem we solve is voids in the DN 500 pipes: 6 % of them failed the "
            "hydrotest in 2026.\nYou will see it solved when the reject rate in your MES stays under 2 % for three "
            f"months.\n{WEEKLY}{stop}\n\nBest regards,\nLena\n")


def test_a_stop_seen_in_seconds_closes_how_fast_beside_longer_lengths(winders):
    read = asked(winders, _reply("A machine stop reaches the shift leader's tablet in under 10 seconds; we check this "
                                 "every month against the PLC stop time."))["latency"]
    assert read.closed and read.status == "answered", read.why


def test_no_delay_said_leaves_how_fast_open(winders):
    read = asked(winders, _reply("A machine stop is shown on the shift leader's tablet as well."))["latency"]
    assert not read.closed, read.why
