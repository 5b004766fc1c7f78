""""Real-time data", "real-time monitoring" and "real-time visibility" are labels (drafting.yaml labelled_with): a
sentence that calls data or monitoring real-time says how fresh it is, not how soon a person sees a stop, unless it also
names who is told or sees, the dashboard they watch, or a time."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()
SITE = " The edge box on line 2 of your bottling hall reads each filler's PLC and stores each stop with its reason."


def latency(text: str) -> list[str]:
    """Drafted or offered to check."""
    answer = draft(text, BANK).answer("decision.latency")
    return answer.choices + answer.suggested if answer else []


def test_real_time_data_alone_is_no_latency():
    text = "The platform collects real-time data from every filler and keeps it for trend analysis." + SITE
    assert "minutes" not in latency(text)


def test_real_time_energy_data_with_words_between_is_no_latency():
    text = "Near real-time energy usage data from your meters feeds the monthly cost report." + SITE
    assert "minutes" not in latency(text)


def test_real_time_data_a_supervisor_sees_is_minutes():
    text = "The platform collects real-time data so each shift supervisor sees a filler stop on the hall screen." + SITE
    assert "minutes" in latency(text)


def test_real_time_data_with_a_stated_refresh_is_minutes():
    text = "The hall screen shows real-time data from every filler, refreshed every 30 seconds." + SITE
    assert "minutes" in latency(text)


def test_a_stop_shown_in_real_time_is_still_minutes():
    text = "Each filler stop is shown in real time on the hall screen." + SITE
    assert "minutes" in latency(text)


def test_real_time_visibility_alone_is_no_latency():
    text = "The plant installed the platform to gain real-time visibility into every filler and capper." + SITE
    assert "minutes" not in latency(text)


def test_real_time_monitoring_alone_is_no_latency():
    text = "The software provides continuous real-time monitoring of the energy used by the compressors." + SITE
    assert "minutes" not in latency(text)


def test_real_time_monitoring_a_supervisor_sees_is_minutes():
    text = "Real-time monitoring lets each shift supervisor see a filler stop on the hall screen." + SITE
    assert "minutes" in latency(text)


def test_real_time_monitoring_on_dashboards_is_minutes():
    text = "- Real-time filler monitoring dashboards at each line." + SITE
    assert "minutes" in latency(text)
