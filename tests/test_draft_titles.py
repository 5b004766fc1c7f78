"""A text's first line that is its title names the story, no deed: a title with a colon counts when it is
in title case ("Live Dashboards: What Shift Leads Really Need"), not a proposal's subject line
("Proposal: vibration sensors on the press motors of Line 2")."""
from questions import load_bank
from reading.draft import draft, drafter_for

BANK = load_bank()
ROLES = drafter_for(BANK).roles


def first_role(text: str) -> str:
    return ROLES.roles(text.split("\n"))[0].kind


def test_a_title_case_title_with_a_colon_is_no_claim():
    assert first_role("Vibration Sensors Everywhere: Why Maintenance Planners Love Their New Alerts\n"
                      "A look at three plants.") == "furniture"


def test_a_subject_line_with_a_colon_still_tells_the_offer():
    assert first_role("Proposal: vibration sensors on the eight press motors of your Line 2\n"
                      "We fit the sensors in week 12.") != "furniture"


STORY = ("{title}\n\n"
         "In 2023 the Halden glassworks chose our service for the four cooling fans of its furnace. "
         "We fitted accelerometers on each fan motor and the model warned the fitters of two bearing failures "
         "in time, so both bearings were changed in a planned stop.")


def quotes_of(text: str, qid: str) -> list[str]:
    answer = draft(text, BANK).answer(qid)
    return answer.quotes if answer else []


def test_a_case_studys_title_names_its_topic_and_is_quoted_behind_no_option():
    text = STORY.format(title="Predictive maintenance at a float glass works")
    assert all("Predictive maintenance" not in q for q in quotes_of(text, "workflow.analytics"))
    assert all("Predictive maintenance" not in q for q in quotes_of(text, "workflow.technologies"))


def test_a_case_studys_title_alone_drafts_nothing_its_body_does_not_say():
    text = STORY.format(title="Energy monitoring for a float glass works")
    drafted = {a.question: a.choices + a.suggested for a in draft(text, BANK).answers}
    assert "energy_consumption" not in drafted.get("data.captured", [])
    # the body's own sentence still reads (one sentence of a case study: drafting.yaml reliability, to check)
    assert "vibration" in drafted.get("data.captured", [])


def test_a_proposals_title_still_names_what_it_offers():
    text = ("PressGuard APS - Offer for Walzwerk Kern GmbH\n\n"
            "We connect the eight presses of your hall 2 over OPC UA. The offer is valid for 60 days.")
    drafted = {a.question: a.choices for a in draft(text, BANK).answers}
    assert "schedule_changes" in drafted.get("workflow.outputs", [])


def test_the_title_of_a_use_case_told_in_the_present_drafts_nothing_its_body_does_not_say():
    text = ("Energy monitoring for a mineral water bottler\n\n"
            "The bottler fills 36,000 bottles an hour on two lines. Each filler motor gets a clamp-on sensor, and the "
            "shift lead sees the vibration of every motor on a tablet beside the line.")
    drafted = {a.question: a.choices for a in draft(text, BANK).answers}
    assert "energy_consumption" not in drafted.get("data.captured", [])
    assert "vibration" in drafted.get("data.captured", [])


def test_a_case_studys_title_with_a_colon_names_no_analytics_its_body_does_not_tell():
    text = STORY.format(title="Predictive maintenance pays off: a case study from Norway")
    assert all("pays off" not in q for q in quotes_of(text, "workflow.analytics"))



def test_a_case_studys_results_title_with_a_colon_names_the_problem_it_cut_and_no_data_read():
    answers = draft(STORY.format(title="Glassworks cuts its scrap by 30%: a case study from Norway"), BANK).answers
    drafted = {a.question: a.choices + a.suggested for a in answers}
    assert "quality_repeats" in drafted.get("problem.plant_problems", [])
    assert drafted.get("data.captured") == ["vibration"]  # the body's own sentence; no scrap data read


def test_a_short_name_atop_a_case_study_is_page_text_and_lets_the_title_below_be_one():
    text = ("Kilnworks Energy Blog\n\nFrom Burner Trips to Planned Stops: The Kiln 4 Story\n\n"
            "In 2023 the Halden glassworks chose our service for the four cooling fans of its furnace.")
    for name in ("Kilnworks Energy Blog", "ML9 Kilnworks Journal"):
        roles = ROLES.roles(text.replace("Kilnworks Energy Blog", name).split("\n\n"))
        assert roles[0].heading and roles[1].kind == "furniture" and roles[2].kind != "furniture"
    assert ROLES.roles(["ML9 Kilnworks Journal", "In 2023 the glassworks chose our service."])[0].kind == "furniture"


def test_a_product_pages_name_atop_it_still_names_what_the_page_claims():
    page = ("Vibration Alerts Module\n\nWireless vibration sensors on every motor send their readings every minute. "
            "Our dashboard shows each motor's health, and the maintenance team gets an alert before a bearing fails. "
            "Book a demo to see how manufacturers cut unplanned downtime. Contact us for a free trial.")
    assert ROLES.roles(page.split("\n\n"))[0].heading


def mail_quotes(text: str, qid: str) -> list[str]:
    return draft(text, BANK, proposal="mail").answer(qid).quotes


def test_a_mail_header_line_is_no_quote_where_the_body_backs_the_answer():
    for header, body in [("Subject: Proposal - AI energy monitoring of the gas consumption",
                          "Our platform measures the gas consumption of each oven every 10 seconds."),
                         ("Asunto: Propuesta – monitorización del consumo de gas con IA",
                          "Nuestra plataforma mide el consumo de gas de cada horno cada 10 segundos."),
                         ("Betreff: Angebot zur Messung des Gasverbrauchs",
                          "Unsere Plattform misst den Gasverbrauch jedes Ofens alle 10 Sekunden.")]:
        quotes = mail_quotes(f"From: Carl Brenner <carl@vendor.example>\n{header}\n\n{body}", "data.captured")
        assert quotes == [body], quotes


def test_an_answer_marked_a_colon_is_no_mail_header():
    text = "Q: Which data do you capture?\nA: The gas consumption of each oven, measured every 10 seconds."
    assert any(q.startswith("A:") for q in mail_quotes(text, "data.captured"))
