"""A technology or a kind of analysis is ticked where the vendor's system does it for the plant: not a trend of the
market, a forecast the customers hand in, a chart shown on a screen or SPC, an analysis people made, a writer's
experience of plants in general, a case the reader supposes, the text's own figures, a print's step and repeat, a
department's name; and an IIoT named by its kit ("smart sensors", "IoT-based") is one."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def choices(text: str, qid: str) -> list[str]:
    answer = draft(text, BANK).answer(qid)
    return answer.choices if answer else []


def test_a_trend_of_the_market_is_no_trend_chart():
    for text in ("Orders from the furniture trade show a new trend toward smaller batches per customer.",
                 "There has been a trend towards fewer operators per line across the region.",
                 "Der Kunde folgt diesem Trend und bestellt kleinere Lose."):
        assert "trends" not in choices(text, "workflow.analytics"), text
        assert "data_analytics" not in choices(text, "workflow.technologies"), text
    assert "trends" in choices("The line screen shows the trend of each oven's zone temperatures over the shift.",
                               "workflow.analytics")


def test_a_trend_shown_on_a_screen_is_a_chart_not_data_analytics():
    text = "The control room screen shows the tank levels and their trends for the last 24 hours."
    assert "trends" in choices(text, "workflow.analytics")
    assert "data_analytics" not in choices(text, "workflow.technologies")
    assert "data_analytics" in choices("Our analytics software ranks the stop reasons of each press every week.",
                                       "workflow.technologies")


def test_forecasts_the_customers_provide_are_no_prediction():
    text = "The weekly plan is driven by open sales orders and customer-provided forecasts from the ERP."
    assert "prediction" not in choices(text, "workflow.analytics")
    assert "prediction" in choices("The model predicts each week's demand per article from two years of orders.",
                                   "workflow.analytics")


def test_an_analysis_people_performed_or_an_audit_made_is_no_data_analytics():
    for text in ("The project team performed an analysis of the energy data of the three furnaces in May.",
                 "Investigation of the downtime data to analyse causes, with the plant's engineers."):
        assert "data_analytics" not in choices(text, "workflow.technologies"), text


def test_what_the_writer_has_seen_on_plants_in_general_drafts_no_technology():
    for text in ("In our experience, the vibration analysis of slow gearboxes differs from that of fast ones.",
                 "TL;DR: In our experience, presses with closed-loop colour control hold the shade in a tight band."):
        assert "data_analytics" not in choices(text, "workflow.technologies"), text
        assert "closed_loop" not in choices(text, "workflow.analytics"), text


def test_smart_sensors_and_an_iot_based_system_are_iiot():
    for text in ("We fit smart sensors to the 14 pump motors of the cooling circuit; they send their readings hourly.",
                 "We install an IoT-based monitoring system on the four kilns of line 2; it reads the temperature "
                 "every minute."):
        assert "iiot" in choices(text, "workflow.technologies"), text


def test_spc_control_charts_are_charts_not_data_analytics():
    text = "Each filler's fill weights go to SPC software on the line PC, which draws a control chart per head."
    assert "data_analytics" not in choices(text, "workflow.technologies")
    assert "trends" in choices(text, "workflow.analytics")


def test_a_graph_of_the_texts_own_figure_is_no_trend_chart():
    text = "The graph in Fig. 2 shows the share of coils rolled within tolerance before and after the retrofit."
    assert "trends" not in choices(text, "workflow.analytics")


def test_a_case_the_reader_supposes_drafts_nothing_of_its_own():
    text = "If you do predictive modelling on your oven data, then the schedule works better."
    assert "prediction" not in choices(text, "workflow.analytics")
    assert "data_analytics" not in choices(text, "workflow.technologies")


def test_a_prints_step_and_repeat_is_no_recurring_loss():
    text = "The MES sends the job's colours, plates and Step & Repeat layout to the platesetter over JDF."
    assert "loss_patterns" not in choices(text, "workflow.analytics")


def test_a_predictive_maintenance_department_is_who_people_are_not_a_prediction():
    text = "The predictive maintenance department of the mill checks the vibration values of the fans every day."
    assert "prediction" not in choices(text, "workflow.analytics")
