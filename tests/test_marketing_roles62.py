"""A marketing text's sentences that tell no deed of the offer (issue 14): the writer's own career told in the first
person, other people's words reported, and a person's title after "your", which names no system of one plant
(reading/agent.py, reading/one_plant.py; drafting.yaml agent author and reported, product_page one_plant people)."""
from questions import load_bank
from reading.draft import draft, drafter_for
from reading.phrases import normalise, tokens

BANK = load_bank()


def _general(sentence: str) -> str | None:
    drafter = drafter_for(BANK)
    words = tokens(normalise(sentence))
    return drafter.agent.general(words, drafter.rules.scan.find(words))


def _ties(*sentences: str) -> bool:
    drafter = drafter_for(BANK)
    return drafter.one_plant.ties(list(sentences), [tokens(normalise(s)) for s in sentences], drafter.sites)


def test_the_writers_own_career_in_the_first_person_is_no_deed_of_the_offer():
    assert _general("I worked for ten years as a quality engineer at a die caster before I founded Castwise.") == "author"
    assert _general("I've spent a decade as a plant manager in packaging.") == "author"


def test_what_the_writer_will_do_or_a_system_does_is_not_the_writers_career():
    assert _general("I will visit the plant in week 3 to fit the sensors.") is None
    assert _general("The gateway works as a buffer when the network is down.") is None


def test_other_peoples_words_reported_are_hearsay_of_any_plant():
    assert _general("We often talk to quality managers who describe recalls that cost them half a year's margin.") \
        == "reported"
    assert _general("Maintenance planners tell us that a missed lubrication round costs a day of output.") == "reported"


def test_named_people_of_one_plant_doing_something_are_not_hearsay():
    assert _general("The operators report each stop on the tablet at the line.") is None
    assert _general("Our engineers describe the limits in the commissioning report.") is None


def test_a_career_and_hearsay_on_a_page_draft_nothing_described_specifically():
    page = ("I spent twelve years as a maintenance engineer at a bottling plant before starting Valvewise, and the talks "
            "I have with plant managers today sound the same. "
            "We've spoken with operations directors who describe single line stops that cost over $150,000. "
            "This handbook is written for maintenance teams at breweries with 5 to 20 filling lines.")
    assert [a.question for a in draft(page, BANK).answers if a.evidence == "specific"] == []


def test_a_persons_title_after_your_names_no_system_of_one_plant():
    assert not _ties("Recipe formulation stays with your Quality Manager, not with us.")
    assert _ties("We read the batch times from your existing Braumat system.")


def test_an_adverb_right_after_hat_is_no_deed_done():
    import dataclasses

    from reading.draft_rules import draft_data
    from reading.german import gloss_rules
    from reading.story import StoryReader
    rules = dataclasses.replace(gloss_rules(), on=True, nouns_on=True, subjects_on=True)
    story = StoryReader.from_data(draft_data()["product_page"])
    past = lambda text: story.in_past(rules.gloss(text, tokens(normalise(text))))  # noqa: E731
    assert not past("Der Betreiber hat jederzeit Zugriff auf alle Messwerte der Anlage.")
    assert past("Der Betreiber hat im Sommer neue Zähler eingebaut.")  # the participle at the clause's end still is one
