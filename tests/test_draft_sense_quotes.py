"""An option ruled out because its sentence lacks (or holds) a word of its sense (drafting.yaml said_with, said_without)
takes its quotes with it: the answer no longer quotes a sentence that backs nothing it drafts."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()
CLOUD = "The edge box reads the oven PLCs every 10 seconds and sends them to the cloud dashboard."
HUDDLES = "The team held daily huddles and workshops to analyse the root causes of the stops."


def test_people_analysing_in_huddles_are_neither_drafted_nor_quoted_as_analytics():
    answer = draft(f"{CLOUD} {HUDDLES}", BANK).answer("workflow.technologies")
    assert "data_analytics" not in answer.choices
    assert HUDDLES not in answer.quotes
    assert CLOUD in answer.quotes


def test_analytics_on_the_data_stays_drafted_and_quoted():
    model = "Our data analytics software analyses the oven data every hour and predicts burner faults."
    answer = draft(f"{CLOUD} {model}", BANK).answer("workflow.technologies")
    assert "data_analytics" in answer.choices
    assert model in answer.quotes


def test_an_analysis_backed_only_by_an_audits_data_is_no_analytics():
    # the one line that names data is the audit's: set aside first, the other analyses name no data of their own
    consultants = ("Energy audit of a clothing factory\n"
                   "The consultants carried out the following work for the factory in Cape Town:\n"
                   "• Analysis of historical consumption to establish a building performance baseline;\n"
                   "• Logging and analysis of the main incoming feeder for one week;\n"
                   "• Analysis of the data gathered during the energy efficiency audit;\n"
                   "• Evaluation and financial analysis of proposed interventions.\n"
                   "The factory then replaced its lighting and cut its bill by 12%.")
    review = ("Cold store review\n"
              "Our engineers carried out the following for the cold store in Leeds:\n"
              "- Analysis of the doors and seals of all six rooms;\n"
              "- Analysis of the temperature data collected during the audit;\n"
              "- A cost analysis of the repairs proposed.\n"
              "The store then replaced two door seals.")
    for text in (consultants, review):
        answer = draft(text, BANK).answer("workflow.technologies")
        assert answer is None or "data_analytics" not in answer.choices
