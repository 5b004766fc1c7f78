"""A text whose sentence has the project or the study itself as its subject ("The project was carried out at a
brewery", "The case study looked at ...") or a project sheet's field ("Project duration: ...") tells one project:
no product page (drafting.yaml product_page.declared, issue 14). A job's name ("the project manager") is no such
subject."""
from questions import load_bank
from reading.documents import pasted
from reading.draft import drafter_for

DRAFTER = drafter_for(load_bank())


def is_page(text: str) -> bool:
    _ev, seen = DRAFTER.drafted_pass([pasted(text)])
    brochure = seen.brochure(DRAFTER.rules.marketing_document_below, DRAFTER.story.least) and not seen.story
    return DRAFTER.product_page(seen, brochure)


def gearbox_text(opening: str) -> str:
    """A monitoring text told in the general present: what the sensors and the software do, no site's story."""
    return (opening +
            "Gearboxes in bottling halls run around the clock and fail without much warning.\n"
            "Manufacturers lose hours of output every time a bearing seizes on a conveyor drive.\n"
            "Wireless vibration sensors are mounted on each gearbox housing with a magnetic base.\n"
            "Every ten minutes the sensors send a spectrum to a gateway in the control room.\n"
            "The software compares each spectrum with a baseline learned in the first weeks.\n"
            "A deviation raises an alert on the maintenance screen with the affected drive marked.\n"
            "Planners see the remaining useful life of each bearing in a weekly overview.\n"
            "The gateway keeps a buffer of readings when the network drops for a while.\n"
            "Batteries in the sensors last several years at the standard measuring rate.\n"
            "Reports can be exported to a spreadsheet for the weekly reliability meeting.\n")


def test_a_text_about_gearbox_monitoring_told_in_the_present_is_a_page():
    assert is_page(gearbox_text("Gearbox monitoring for bottling lines.\n"))


def test_the_same_text_with_the_project_as_a_sentence_subject_is_no_page():
    text = gearbox_text("The project was carried out at a brewery in the north of the country.\n")
    assert not is_page(text)


def test_a_text_whose_sentence_speaks_of_the_case_study_is_no_page():
    text = gearbox_text("The case study looked at twelve conveyor drives over two winters.\n")
    assert not is_page(text)


def test_a_project_sheet_field_makes_no_page():
    assert not is_page(gearbox_text("Project duration: 14 months.\n"))


def test_the_project_manager_named_in_a_page_is_a_job_not_a_project():
    text = gearbox_text("The project manager gets a summary of every alert by e-mail.\n")
    assert is_page(text)
