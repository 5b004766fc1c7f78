"""The cheaper looks of a first read (bench/PROFILE_EDIT.md, replyspeed8): each finds what the look it replaces found,
on random texts made of the words and characters the rules look for."""
import random

from questions import load_bank
from scoring.rounds import reply_reader

READER = reply_reader(load_bank())
RULES = READER.rules


def _texts(pieces: list[str], seed: int, count: int = 20_000, most: int = 10):
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(pieces) for _ in range(rng.randint(0, most)))


def test_a_title_before_a_name_is_found_where_the_look_behind_pattern_finds_it():
    titled = READER.titled
    pieces = [*RULES.titles, *RULES.months[:4], "Juni", "M", "Dipl.-", "Ing", ".", ". ", " ", "\t", "\n", "x", "_", "1",
              "30", ",", "-", "Girard", "\u00c9", "H\u00e4", "\u00e9"]
    texts = list(_texts(pieces, 23))
    found = [titled.compiled.search(text) is not None for text in texts]
    assert all(titled.held(text) for text, hit in zip(texts, found) if hit)  # never skips a text the pattern matches
    assert [titled.sub(lambda m: m.group()[:-1] + " ", t) for t in texts] == \
        [titled.compiled.sub(lambda m: m.group()[:-1] + " ", t) for t in texts]
    assert any(found) and not all(found)


def test_data_held_and_sent_later_is_found_where_the_whole_pattern_finds_it():
    resend, rules = READER.resend, RULES.resend
    pieces = [*rules.holds[:8], *rules.sends[:8], *rules.later[:5], *rules.back[:3], *rules.links[:4], *rules.returns[:4],
              " ", " ", " ", " them ", " data ", "-", ".", ",", "\u00fc", "x", "14 days of "]
    rng = random.Random(31)
    shaped = [f"{rng.choice(rules.holds)} 14 days {rng.choice(rules.sends)} them {rng.choice(rules.later)}."
              for _ in range(200)]  # some texts in the order a match needs
    texts = [*_texts(pieces, 29), *(a + b for a, b in zip(shaped, _texts(pieces, 37, 200)))]
    found = [bool(resend.pattern.search(text)) for text in texts]
    assert [resend.said(text) for text in texts] == found
    assert any(found) and not all(found)


def test_a_text_none_of_whose_phrases_drafts_for_links_names_the_areas_its_cues_name():
    from reading import reply_owners
    from reading.draft import drafter_for
    drafter = drafter_for(load_bank())
    question, targets = drafter.bank.key_questions.integrations, drafter.rules.scan.targets
    rng = random.Random(41)
    linking = [p for p, ts in targets.items() if any(q == question for q, _o in ts) and p[0] != "~"]
    others = [p for p, ts in targets.items() if p[0] != "~" and p not in linking]
    pieces = [*rng.sample(linking, 40), *rng.sample(others, 60), "sends", "to", "your", "not", "no", "the", "and", ",",
              "SAP", "MES", "planner", "owns", "confirms", "each", "via", "CSV"]
    texts = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(3_000)]
    areas = [reply_owners._areas_of_text(drafter, question, text, {}, {}) for text in texts]
    assert areas == [tuple(reply_owners._areas(drafter.cues(text), question)) for text in texts]
    assert any(areas) and not all(areas)


def test_who_a_sentence_names_as_owner_is_found_where_the_three_patterns_find_one():
    from reading import reply_owners
    pieces = ["owner", "Owner", "owned by", "OWNED BY", "owns", "own", "looks after", "look after", "responsible for",
              "responsible person", "contact person", "your ", "our ", "the ", "SAP team", "Mr. Koch", ": ", " is ", ", ",
              " both", " them", " and ", ".", " ", "\u212a", "x", "Petra"]
    texts = list(_texts(pieces, 43))
    full = lambda text: (lambda found: [found.group("who").rstrip(".")] if found else [])(
        reply_owners._OWNER_IS.search(text) or reply_owners._OWNED_BY.search(text) or reply_owners._OWNS.search(text))
    found = [full(text) for text in texts]
    assert [reply_owners.owner_named(text) for text in texts] == found
    assert any(found) and not all(found)
