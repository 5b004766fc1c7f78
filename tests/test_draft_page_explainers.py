"""A product page or an explainer tells no site's story, however it words its features or cites its sources:
a participle that names its noun ("the bottles made at each filler head") is no past told, and a sentence citing a
dated book, study or survey states what the literature says (issue 14: pages drafted "described specifically")."""
from questions import load_bank
from reading.draft import draft, drafter_for
from reading.phrases import normalise, tokens

BANK = load_bank()
DRAFTER = drafter_for(BANK)


def words(sentence: str) -> list[str]:
    return tokens(normalise(sentence))


def general(sentence: str) -> str | None:
    said = words(sentence)
    return DRAFTER.agent.general(said, DRAFTER.rules.scan.find(said))


# A filling app suite described item by item, each item's participle naming what it works on.
SUITE_PAGE = """Filling Record Suite

The Filling Record suite guides a filling line through its batch from start to release.
Each step of the batch is a small app on a tablet at the line.
- Label Check - Compares the labels used for each carton with the order.
- Fill Weights - Records the bottles made at each filler head every ten minutes.
- Cap Torque - Stores the capper heads replaced during each shift with their torque.
- Line Clearance - Lists the parts found across the line before the next batch starts.
- Seal Test - Logs the pallets lost by the seal tester for every batch.
The suite sends the batch record to the quality team for review at the end of the batch.
A deviation opens when a fill weight is outside its limits.
Batch records are kept for five years in a SQL database.
"""


def test_a_participle_that_names_its_noun_is_no_past():
    story = DRAFTER.story
    assert not story.in_past(words("it records the bottles made at each filler head"))
    assert not story.in_past(words("the views used by operators and supervisors to manage downtime"))
    assert not story.in_past(words("it lists the parts found across the line before the next batch"))


def test_a_past_deed_before_the_same_words_is_still_past():
    story = DRAFTER.story
    assert story.in_past(words("the maintenance team looked for a partner with OPC UA experience"))
    assert story.in_past(words("the line was designed and implemented by the integrator in 2021"))
    assert story.in_past(words("scrap reduced by 30 % in the first year"))


def test_a_page_whose_features_name_their_samples_drafts_only_claims():
    drafted = draft(SUITE_PAGE, BANK)
    assert drafted.answers  # it still drafts what the page claims ...
    assert all(a.evidence == "vendor_claim" for a in drafted.answers)  # ... as the vendor's claim


def test_a_dated_publication_cited_is_a_general_truth():
    assert general("A 2023 survey of bottling plants found that most lines stop twice a shift.") == "source"
    assert general("Shingo described the changeover method in his 1985 book on quick die change.") == "source"
    assert general("The survey terminal records each stop of the filler at the line.") is None


# An explainer on changeovers: definitions, a cited figure, a worked example; no offer, no site.
EXPLAINER = """Changeover time on packaging lines.

Changeover time is the time from the last good unit of one run to the first good unit of the next.
It is measured in minutes per changeover and summed per shift on the line dashboard.
A line that runs six changeovers a shift at 40 minutes each loses four hours of production.
Internal steps stop the line and external steps are done while the line runs.
Shigeo Shingo described the single-minute method in his 1985 book on quick die change.
Converting internal steps into external ones is the first of his stages.
Standard carts, preset tools and quick clamps cut the minutes of each step.
The target is a changeover below ten minutes on every format.
Operators record each changeover step on a tablet with its start and end time.
"""


def test_an_explainer_citing_its_source_drafts_only_claims():
    drafted = draft(EXPLAINER, BANK)
    assert all(a.evidence == "vendor_claim" for a in drafted.answers)


# A product description in the present that names "the plant" and "the customer" in passing, as pages do.
PRESS_PAGE = """Kiln Watch

Kilns set the pace of the plant.
Every other step has to wait for the firing curve.
A firing cycle takes 14 to 20 hours per car across six kilns, each with its own curve.
Kiln Watch reads the zone temperatures from the kiln controllers every 30 seconds.
It compares each zone with the curve of the product on the car.
A zone that drifts more than 8 degrees from its curve raises an alert on the shift screen.
The shift lead sees which car is at risk and how long until it leaves the kiln.
Each fired car is stamped with its curve, its drifts and its operator notes.
And the customer complaint report shows which cars were fired off curve.
Kiln Watch keeps the curves of every car for ten years.
"""


def test_a_product_description_naming_the_plant_in_passing_drafts_only_claims():
    drafted = draft(PRESS_PAGE, BANK)
    assert drafted.answers
    assert all(a.evidence == "vendor_claim" for a in drafted.answers)


def test_a_participle_closing_a_list_item_is_no_past():
    story = DRAFTER.story
    assert not story.in_past(words("it links each serial to its batch, shift, equipment used, raw materials and tests"))
    assert story.in_past(words("after the audit, the plant used two scanners at the dock"))


# A product page that sets its scene in the past of the reader alone ("you found out ..."), as pages do.
SCENE_PAGE = """Fault Trace

A fault reaches the field and nobody knows which units share its parts.
You found out about the faulty lot only when the first complaint arrived.
By then you've already lost a week of shipments to a blanket recall.
Fault Trace links every serial number to its lot, its line and its test results.
The links are written by the line scanners at each station every second.
A search by serial number returns its full history in under a minute.
Quality engineers flag a lot and see every serial number built from it.
The flagged serials are sent to the ERP as a blocked stock list.
Each test result is stored with the tester number and the time of the test.
Fault Trace keeps the history of every serial for fifteen years.
"""


def test_a_page_setting_its_scene_in_the_readers_past_drafts_only_claims():
    drafted = draft(SCENE_PAGE, BANK)
    assert drafted.answers
    assert all(a.evidence == "vendor_claim" for a in drafted.answers)
