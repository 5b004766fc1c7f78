"""A solution said to be fitted to the buyer's needs, context or priorities, in English or French, answers nothing
(issue 16; the kind tuning33 and tuning34 showed): the question it names stays open. Replies written here."""
import pytest

from rounds_corpus import Mail, sent_out

OVEN = ("OvenLink is an Industry 4.0 cloud platform for the tunnel ovens of your bakery.\n"
        "It connects the ovens to your business systems and our service team looks after it.\n")
MAIL = Mail("Dear Ms Brandt,", "Kind regards,\nOle Berg")


@pytest.fixture(scope="module")
def oven():
    return sent_out(OVEN, "OvenLink", "H. Brandt")


@pytest.mark.parametrize("fitted", [
    "For the link to your ERP and the service contract we build a solution sur mesure, according to your context.",
    "The integration with your ERP and the service contract are configured according to your needs.",
    "The ERP interface and the service contract will be set up as per requirement."])
def test_a_solution_fitted_to_the_buyers_needs_closes_nothing(oven, fitted):
    asked = MAIL.asked(oven, fitted)
    assert not any(asked[t].closed for t in ("integrations", "upkeep_owner") if t in asked)
    assert all(asked[t].status != "answered" for t in ("integrations", "upkeep_owner") if t in asked)


def test_the_same_topics_answered_plainly_still_close(oven):
    asked = MAIL.asked(oven, "Baked counts per oven go to your ERP (SAP S/4HANA) by REST every hour, one way; owner "
                             "your IT lead Mr Kern. After the pilot our service team in Ulm maintains the gateways for "
                             "EUR 9,000 per year.")
    assert asked["upkeep_owner"].closed


PRESS = ("PressWatch is predictive maintenance with machine learning for your hydraulic presses, on an edge box and in our "
         "cloud.\nThe AI learns from your press data and warns maintenance before a seal fails.\n")


@pytest.fixture(scope="module")
def press():
    return sent_out(PRESS, "PressWatch", "H. Brandt")


def _quoted(sent, answers: dict[str, str]) -> dict:
    """A reply that quotes each asked question after "> " with the given answer under it."""
    letter = {q.topic: q.text for q in sent.rounds[-1].questions}
    body = "\n\n".join(f"> {letter[t]}\n{said}" for t, said in answers.items() if t in letter)
    return MAIL.asked(sent, body)


@pytest.mark.parametrize("put_off", ["Wird im Workshop festgelegt.", "Angebot folgt.", "À définir.",
                                     "Offer follows.", "Will be shared shortly.", "To be finalised."])
def test_an_answer_put_off_in_german_french_or_english_is_read_as_vague(press, put_off):
    asked = _quoted(press, {"history": put_off, "upkeep_owner": put_off})
    assert all(not asked[t].closed and "vague" in asked[t].why for t in ("history", "upkeep_owner"))


def test_how_fast_said_in_a_german_word_is_vague(press):
    asked = _quoted(press, {"latency": "Zeitnah.", "history": "Zeitnah."})
    topic = "latency" if "latency" in asked else "history"
    assert not asked[topic].closed and "vague" in asked[topic].why


@pytest.mark.parametrize("choice", ["confirms or refuses", "approves or rejects", "accepts or declines"])
def test_a_named_person_who_confirms_or_refuses_each_output_reviews_it(press, choice):
    asked = _quoted(press, {"human_review": f"The press operator {choice} each speed reduction with one button."})
    assert asked["human_review"].closed


@pytest.mark.parametrize("counted", ["false alarms", "jams", "oil leaks"])
def test_a_problem_told_by_the_events_the_plant_counts_names_its_data(press, counted):
    said = (f"Breakouts and {counted} on press 3; 4 breakouts in 2025 and 35 {counted} per month, solved when "
            f"zero breakouts and under 10 {counted} per month for 6 months in your shift log.")
    assert _quoted(press, {"problem": said})["problem"].closed


def test_the_plants_order_system_named_by_what_it_is_for_is_a_planning_link(oven):
    body = ("The bake plan goes each morning to your order system (BakeOrder) as a CSV file, one way, owned by Ms. Kelly "
            "(sales office).")
    done = MAIL.read(oven, body)
    links = next(a.integrations for a in done.evaluation.answers if a.question == "connect.integrations")
    assert [(link.system, link.method, link.owner) for link in links] == [("planning", "CSV", "Ms. Kelly")]
