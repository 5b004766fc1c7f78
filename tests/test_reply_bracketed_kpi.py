"""Reply kind that recurs on blind sets (tuning42, tuning43): a KPI whose baseline's period is in brackets with an
abbreviation's full stop ("(avg. Jan-Oct 2026)", "(average Jan.-Oct. 2026)"): a full stop inside a bracket closed on
the same line ends no sentence, so the baseline, its period and the target by a date are read as one. Every reply here
is new."""
import pytest

from rounds_corpus import asked, sent_out
from reading.reply_wrapped import as_read

MIXERS = ("MixMind is the AI-driven IIoT cloud platform for industrial dough mixers.\n"
          "It predicts every failure and gives your bakery real-time insights and a digital future.\n")


@pytest.fixture(scope="module")
def mixers():
    return sent_out(MIXERS, "MixMind", "L. Meyer")


def _reply(kpi: str) -> str:
    return f"Dear Ms Meyer,\n\n7) KPI: {kpi}\n\nBest regards,\nTom Berger\n"


@pytest.mark.parametrize("period", ["(avg. Jan-Oct 2026)", "(average Jan.-Oct. 2026)", "(avg. Feb.-Sep. 2026 in the shift log)"])
def test_a_kpi_with_its_baselines_period_bracketed_after_a_stop_is_read_whole(mixers, period):
    kpi = (f"batches scrapped for over-mixed dough, from 2.4 % {period} to below 0.8 % by 1 March 2027, "
           "measured monthly from the shift log.")
    read = asked(mixers, _reply(kpi))["kpi"]
    assert read.status == "answered" and read.closed, read.why


def test_the_same_kpi_with_its_period_cut_off_by_a_line_break_is_still_not_whole(mixers):
    kpi = "batches scrapped for over-mixed dough, from 2.4 % (avg.\nJan-Oct 2026) to below 0.8 % by 1 March 2027."
    assert asked(mixers, _reply(kpi))["kpi"].status != "answered"


def test_a_stop_inside_a_bracket_reads_as_a_space_and_the_reply_keeps_its_length():
    text = "Scrap from 2.4 % (avg. Jan-Oct 2026) to 0.8 %. Next, the panel (see Fig. 3) shows it."
    read = as_read(text, None)
    assert len(read) == len(text) and "(avg  Jan-Oct 2026)" in read
    assert "0.8 %. Next" in read and "(see Fig. 3)" in read  # a stop outside brackets, or one the splitter passes, stays
