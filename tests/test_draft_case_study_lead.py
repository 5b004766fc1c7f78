"""A case study whose opening tells what was done and for whom is one site's story, however its goals and its
solution are told after it (issue 14: short case studies read as product pages drafted nothing): a deed in the past
done for or at one site tells that site's story (story.served_by), and an opening that tells one ties the text to
its project (product_page.lead). A scene put to the reader ("Your mill's ...") ties nothing."""
from questions import load_bank
from reading.draft import draft, drafter_for
from reading.draft_pass import Pass

BANK = load_bank()
DRAFTER = drafter_for(BANK)

TITLE = "Carton Inspection with Deep Learning\n\n"
LEAD = ("Korvel Vision successfully developed and deployed an AI-driven carton inspection system for a leading "
        "folding carton mill.\n\n")
# goals as a list and the solution in the present, as a vendor's page would tell them too
BODY = """Business Goals
- Automate the inspection of every carton before it leaves the folder-gluer.
- Catch print smears and torn flaps before the pallets are wrapped.
- Cut the claims that retailers raise for damaged cartons.

The Solution
The inspection system uses four line-scan cameras above the conveyor and a trained neural network on an edge computer.
Each carton image is classified within forty milliseconds of the carton passing the cameras.
A carton judged defective is pushed off the conveyor into a reject bin by an air jet.
Operators see every reject with its image and defect class on a touch screen beside the folder-gluer.
The defect counts per shift are stored in a SQL database and sent to the quality manager every morning.
The network is retrained on the images the operators confirm or overrule each week.
"""


def _seen(text: str) -> Pass:
    return Pass(DRAFTER, DRAFTER.reader.read(text))


def _words(sentence: str) -> list[str]:
    return _seen(sentence).words[0]


def test_a_deed_done_for_one_site_tells_its_story():
    story = DRAFTER.story
    assert story.tells(_words("Korvel Vision developed and deployed an inspection system for a leading folding carton mill."))
    assert story.tells(_words("Lerida Foods has installed the new checkweighers at its plant in Tarragona."))
    # a page counts its sites, and a product's fitting in the present is no deed
    assert not story.tells(_words("Deployed at 500 plants in 30 countries worldwide."))
    assert not story.tells(_words("The sensor is installed at the plant entrance in minutes."))


def test_an_opening_that_tells_the_deed_ties_the_case_study_to_its_site():
    told, bare = _seen(TITLE + LEAD + BODY), _seen(TITLE + BODY)
    assert told.lead_told and not DRAFTER.untied(told)
    assert not bare.lead_told and DRAFTER.untied(bare)  # the same goals and solution alone read as a product page
    detection = draft(TITLE + LEAD + BODY, BANK).answer("workflow.analytics")
    assert detection is not None and "detection" in detection.choices
    unread = draft(TITLE + BODY, BANK).answer("workflow.analytics")
    assert unread is None or "detection" not in unread.choices


def test_an_opening_put_to_the_reader_ties_nothing():
    site = "A carton mill in Ohio installed a second folder-gluer for its largest customer last year.\n\n"
    scene = "Your carton mill installed a second folder-gluer for its largest customer last year.\n\n"
    assert _seen(TITLE + site + BODY).lead_told
    assert not _seen(TITLE + scene + BODY).lead_told
