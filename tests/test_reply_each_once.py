"""A sentence's roles are read once per sentence of a reply (reply_drafting._each_once), though each owner's look asks
them: each sentence its own, a new list each time, as reading them afresh gives."""
from reading.reply_drafting import _each_once
from reading.text import Sentence


def test_each_sentence_is_read_once_and_given_its_own_roles():
    asked = []
    roles = _each_once(lambda s: asked.append(s.text) or [w for w in s.text.split() if w.istitle()])
    a, b = Sentence("Owner: Herr Wolf.", 0, 17, "substance"), Sentence("Owner: Frau Yilmaz.", 18, 37, "substance")
    assert [roles(a), roles(b), roles(a), roles(b)] == [["Owner:", "Herr", "Wolf."], ["Owner:", "Frau", "Yilmaz."]] * 2
    assert asked == [a.text, b.text]


def test_a_list_given_and_changed_leaves_the_next_as_read():
    roles = _each_once(lambda s: ["planner"])
    sentence = Sentence("Your planner owns it.", 0, 21, "substance")
    roles(sentence).append("IT")
    assert roles(sentence) == ["planner"]
