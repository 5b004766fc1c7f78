"""A sales e-mail pasted beside the offer on the Evaluate page (walk79: "A pasted e-mail can't be named or typed as
'sales e-mail'"): a text that reads as an e-mail is filed as one, named as the buyer names it, and any document's kind
and name are the buyer's to change."""
from __future__ import annotations

import pytest

import kit
from paths import EXAMPLES_BANK_VERSION
from questions import Evaluation
from test_sales_email import MAILS, OFFER

TITLE = ":material/description: **Sales e-mail or letter**"


@pytest.fixture
def eid(first_run) -> str:
    return first_run.create(Evaluation(bank_version=EXAMPLES_BANK_VERSION, proposal="KilnSense", vendor="Voltis")).id


def paste(at, eid: str, text: str, name: str = "") -> None:
    at.radio(key=f"proposal:{eid}:source").set_value("Paste the text").run()
    at.text_area(key=f"proposal:{eid}:paste").input(text)
    if name:
        at.text_input(key=f"proposal:{eid}:paste_name").input(name)
    at.button(key=f"proposal:{eid}:read").click().run()


def test_a_pasted_email_beside_the_offer_is_filed_as_a_sales_email_under_its_name(store, eid):
    at = kit.open_app("evaluate", eid, timeout=60)
    paste(at, eid, OFFER)
    paste(at, eid, MAILS["de"], "Mail Vogel 27.11.")
    assert not at.exception, at.exception
    documents = store.get(eid).evaluation.documents
    assert [(d.kind, d.name) for d in documents] == [("proposal", "Pasted text"), ("sales_email", "Mail Vogel 27.11.")]
    assert any(kit.unescape(t).startswith(TITLE) for t in kit.raw_text(at))
    assert "Filed as Sales e-mail or letter" in kit.shown(at)


def test_the_buyer_sets_a_documents_kind_and_name(store, eid):
    at = kit.open_app("evaluate", eid, timeout=60)
    paste(at, eid, OFFER)
    at.selectbox(key=f"proposal:{eid}:paste_kind").set_value("proposal").run()  # the buyer's choice, not the guess
    paste(at, eid, MAILS["it"])
    documents = store.get(eid).evaluation.documents
    assert [d.kind for d in documents] == ["proposal", "proposal"]
    part = f"1:{documents[1].sha256[:12]}"
    at.selectbox(key=f"proposal:{eid}:retype:{part}").set_value("sales_email").run()
    at.text_input(key=f"proposal:{eid}:rename:{part}").input("E-mail Rossi").run()
    at.button(key=f"proposal:{eid}:retyped:{part}").click().run()
    assert not at.exception, at.exception
    assert [(d.kind, d.name) for d in store.get(eid).evaluation.documents][1] == ("sales_email", "E-mail Rossi")
    assert "E-mail Rossi is now filed as Sales e-mail or letter." in kit.shown(at)


def test_the_scorecard_page_shows_where_the_email_says_the_contrary_of_the_offer(store):
    from test_sales_email import CONTRARY, OFFERS, draft

    from reading.documents import pasted
    from reading.mail_contradicts import contradicted
    drafted = draft(pasted(OFFERS["de"], "proposal", "Angebot"), pasted(CONTRARY["de"], "sales_email", "Mail Vogel"))
    [found] = contradicted(drafted)
    eid = store.create(drafted.model_copy(update={"bank_version": EXAMPLES_BANK_VERSION})).id
    at = kit.open_app("scorecard", eid, timeout=60)
    assert not at.exception, at.exception
    text = " ".join(kit.unescape(kit.shown(at)).split())
    assert "The sales e-mail says the contrary of the offer" in text
    assert found.mail in text and found.offer in text
