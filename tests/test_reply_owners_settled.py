"""A reply's link owners are read up to the sentence that owns the last link still without one (reply_owners.owners_said
`needed`): the first owner a sentence names stays, so the rows are owned as when every sentence is read (the tuning
pairs' replies, tuning/ to tuning3/ only, and the speed aim's ten pages, drafted against their rounds)."""
import pytest

from questions import load_bank
from reading import reply_drafting, reply_owners
from reading.documents import pasted
from rounds_corpus import SETS, cases, speed_round
from scoring.rounds import reply_reader

BANK = load_bank()
READER = reply_reader(BANK)
LINKS = BANK.key_questions.integrations


def _rounds():
    _offer, sent, reply = speed_round()
    yield sent, reply
    for half in SETS[:3]:
        for _name, case in cases(half):
            for text in case["replies"].values():
                yield sent, pasted(text["text"] if isinstance(text, dict) else text, "reply", "Reply")


def _links(sent, reply) -> list:
    evaluation = sent.model_copy(update={"documents": [*sent.documents, reply.model_copy(update={"kind": "reply"})]})
    READER.forget()
    reply_drafting.forget()
    answer = reply_drafting.draft_documents(evaluation, BANK, READER)[0].answer(LINKS)
    return [] if answer is None else [(row.system, row.owner) for row in answer.integrations]


def test_the_links_are_owned_as_when_every_sentence_is_read(monkeypatch):
    settled = [_links(sent, reply) for sent, reply in _rounds()]
    read_all = reply_owners.owners_said
    monkeypatch.setattr(reply_owners, "owners_said", lambda *a, **k: read_all(*a, **{**k, "needed": None}))
    assert settled == [_links(sent, reply) for sent, reply in _rounds()]
    assert sum(bool(owner) for links in settled for _s, owner in links) > 20  # owners were read


def test_reading_stops_once_every_link_asked_for_has_its_owner(monkeypatch):
    _offer, sent, reply = speed_round()
    asked = []
    read_all = reply_owners.owners_said
    monkeypatch.setattr(reply_owners, "owners_said", lambda said, *a, **k: asked.append(len(said)) or read_all(said, *a, **k))
    owned = _links(sent, reply)
    assert owned and all(owner for _s, owner in owned)
    spent = []
    monkeypatch.setattr(reply_owners, "_owned_by", lambda *a, _f=reply_owners._owned_by: spent.append(1) or _f(*a))
    _links(sent, reply)
    assert 0 < len(spent) < asked[0] / 4  # far fewer sentences read than the reply holds
