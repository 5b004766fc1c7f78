"""What tells one site's story besides "the plant chose": a customer the text names doing something in the past,
a result measured there in the past; and what does not: a named product that was used, a benefit or a range, a
past word that is an adjective ("the selected interval") on a page's screen (issue 14: case studies read as
product pages, pages as case studies)."""
from questions import load_bank
from reading.draft import draft, drafter_for
from reading.phrases import normalise, tokens
from reading.story import names_in

BANK = load_bank()
STORY = drafter_for(BANK).story


def words(sentence: str) -> list[str]:
    return tokens(normalise(sentence))


def test_the_names_of_a_text_are_the_words_it_writes_only_capitalised():
    names = names_in(["Every tin at Lindqvist Konserver is checked twice.",
                      "Our SCADA Module reads the seamers.",  # initials are a technology's; a title is no sentence
                      "Lindqvist counts every stop.", "The module keeps a stop log."])
    assert {"lindqvist", "konserver"} <= names
    assert not names & {"every", "our", "scada", "module", "the"}


def test_a_customer_the_text_names_tells_a_story_by_what_it_did():
    names = frozenset({"lindqvist", "konserver"})
    assert STORY.tells(words("Lindqvist Konserver decided to count stops at every seamer."), names)
    assert not STORY.tells(words("Lindqvist Konserver decided to count stops at every seamer."))  # unknown name
    # a product is named as often as a customer: what it was or underwent is no customer's deed
    assert not STORY.tells(words("Seamwatch Online was used to follow every tin."), frozenset({"seamwatch", "online"}))


def test_a_result_measured_in_the_past_tells_a_story():
    assert STORY.reports(words("After the retrofit the scrap rate fell from 4.2% to 1.1% on line two."))
    assert STORY.reports(words("Energy per tonne decreased by 12.5 % in the first campaign."))


def test_a_benefit_a_range_or_a_ceiling_is_no_measured_result():
    assert not STORY.reports(words("The system reduces scrap by 30% on any line."))  # the present: a benefit
    assert not STORY.reports(words("Customers cut scrap by up to 30% in months."))  # a ceiling: a boast
    assert not STORY.reports(words("Steam use, reduced by 5-10% as guaranteed."))  # a range: any site's
    assert not STORY.reports(words("Scrap can be reduced by 30% with inline checks."))  # not yet had


def test_a_past_word_after_a_determiner_is_an_adjective():
    assert not STORY.in_past(words("The chart shows every stop for the selected time interval."))
    assert STORY.tells(words("The plant selected a new filler in spring."))


SCREEN_PAGE = """Stop Board: dashboard reference

Purpose: the board lists every stop of all machines for the selected time interval.
Each row gives the machine, its stop reason and the duration in minutes.
Stops longer than five minutes are marked red on the selected line.
The timeline chart shows each machine's states for the selected shift.
Under the chart, the total stop time is given in hours and as a share of the selected period.
Reason codes are grouped by the categories set up by the administrator.
A filter narrows the board to one machine group or one product.
The board refreshes every thirty seconds from the machine connectors.
Every table exports to CSV from the menu at the top right.
Users with the viewer role can open the board but not change reason codes.
"""


def test_a_screen_reference_that_names_the_selected_interval_is_a_product_page():
    drafted = draft(SCREEN_PAGE, BANK)
    assert drafted.answers
    assert all(a.evidence == "vendor_claim" for a in drafted.answers)


# A short case study in the present but for one deed of the customer it names: nothing else ties it to one site.
NAMED_CUSTOMER = """Seam inspection at Lindqvist Konserver

Lindqvist Konserver packs herring into tins on three seaming lines in Karlskrona.
Lindqvist Konserver chose Seamwatch cameras for all three seamers after a recall of one batch.
Each camera measures the seam overlap of every tin at line speed.
Tins with a short overlap are pushed off the line before the palletiser.
Seam rejects are logged with the seamer head and the time in a SQL database.
A weekly teardown check confirms what the cameras report.
Every morning the quality lead reviews the rejects of the night shift.
The seam overlap of each head is charted per shift on a screen by the seamers.
Seam rejects of each head are counted per hour on the same screen.
A head with three rejects in an hour stops its seamer for a check.
"""


def test_a_text_whose_named_customer_chose_the_system_is_no_product_page():
    drafted = draft(NAMED_CUSTOMER, BANK)
    assert any(a.evidence == "specific" for a in drafted.answers)
    # the same text with the customer unnamed describes a product in the present: the vendor's claim
    unnamed = NAMED_CUSTOMER.replace("Lindqvist Konserver chose", "Seamwatch offers").replace(" after a recall of one batch", "")
    assert all(a.evidence == "vendor_claim" for a in draft(unnamed, BANK).answers)


def test_a_relative_clause_between_the_site_and_its_verb_still_tells_a_story():
    assert STORY.tells(words("The Lund mill, which makes liner board on two machines, faced weekly felt breaks."))
    assert not STORY.tells(words("The Lund mill, after a long winter, faced weekly felt breaks."))  # cut by the clause


def test_a_regular_past_right_after_who_did_it_tells_a_story():
    assert STORY.tells(words("The organisation performed every weighing step in house."))
    assert STORY.tells(words("In spring the bakery trialled two checkweighers on line three."))


def test_a_participle_or_a_pronoun_s_regular_past_tells_no_story():
    assert not STORY.tells(words("A packer based in Hull runs six lines."))  # a participle naming the place
    assert not STORY.tells(words("Stops are logged as they happened on the line."))  # "they" names no one
    assert not STORY.tells(words("Tablets at each press (customer-sourced) show the queue."))  # a label


def test_a_named_customer_s_deed_with_its_object_tells_a_story():
    names = frozenset({"halvorsen"})
    assert STORY.tells(words("At its works, Halvorsen fitted six forklifts with RFID readers."), names)
    assert not STORY.tells(words("A Halvorsen based reader fits any forklift."), names)  # a participle, no deed
    # the writer's own people, in a reply ("our engineer ... added"), tell no site's story
    assert not STORY.tells(words("Our process engineer Rob Halvorsen added the details inline."), names)


def test_what_a_named_customer_that_acted_does_now_tells_its_story():
    names = frozenset({"halvorsen", "tagwise"})
    said = [words("At its works, Halvorsen fitted six forklifts with RFID readers."),
            words("Tagwise sends each operator an alert.")]
    actors = STORY.actors(said, names)
    assert actors == {"halvorsen"}
    assert STORY.tells(words("Halvorsen sends each supplier a shipping request."), names, actors)
    # a name that did nothing in the past is a product's, and what it does now is what any page says
    assert not STORY.tells(words("Tagwise sends each operator an alert."), names, actors)


# A case study told in the present but for one deed of the customer it names (issue 14: "Continental sends ...").
NAMED_SITE_NOW = """RFID totes at Halvorsen Motors

At its Gdynia works, Halvorsen fitted five forklift trucks with RFID readers.
Every reusable tote and pallet carries a tag with a unique number.
Halvorsen sends one of its logistics providers a shipping request for each part.
The request is linked to a tote number in the ERP system.
After the tote is filled, its tag is scanned with a handheld reader.
Once the tag is scanned, Halvorsen knows the parts are packed and on the way.
When the truck arrives, a worker unloads the totes with a forklift.
The forklift reader captures each tag and sends it over Wi-Fi to the ERP system.
The ERP system then marks the parts as received in the stores.
Parts are booked to the line within a minute of unloading.
"""


def test_a_case_study_told_in_the_present_by_its_named_customer_is_no_product_page():
    drafted = draft(NAMED_SITE_NOW, BANK)
    assert drafted.answers
    assert any(a.evidence == "specific" for a in drafted.answers)


def test_a_subject_written_with_a_contraction_still_tells_a_story():
    assert STORY.tells(words("We've had fewer label mix-ups since the scanners went in, says the line lead."))
    assert STORY.tells(words("They'd struggled with paper batch records for years."))
