"""A person named in brackets after an informal role makes it a role (walk 66): "your IT guy (Mike Dunn, per our call)
owns that server" names who owns the link; the same words with no name after them name no one."""
from reading.reply_bracketed import bracket_pattern, bracketed_roles
from rounds_corpus import replied, sent_out

OFFER = "Our edge PC reads your PLC and copies the stop log to your office server every night. Operators see a downtime dashboard."
COPIES = "1. The edge PC copies the stop log nightly at 1:00 AM to a SQL Server Express database on your office server; "


def why_on_links(body: str) -> str:
    sent = sent_out(OFFER, "MVC", "Dana Lee")
    outcome = replied(sent, f"Hi Dana,\n\n{body}\n\nBest regards,\nTom")
    return next(q.why for q in outcome.round.questions if q.topic == "integrations")


def test_an_informal_role_with_a_name_in_brackets_owns_the_link():
    why = why_on_links(COPIES + "your IT guy (Mike Dunn, per our call) owns that server and the nightly job account.")
    assert "and a role" in why and "not a role" not in why


def test_the_informal_word_without_a_name_names_no_role():
    assert "not a role" in why_on_links(COPIES + "your IT guy owns that server and the nightly job account.")


def test_a_product_in_brackets_is_no_person():
    pattern = bracket_pattern(["guy", "contact", "person"])
    assert bracketed_roles(pattern, "our contact person (Ms Anna Berg) answers tickets") == [(4, "contact person")]
    assert bracketed_roles(pattern, "the ERP contact (SAP S/4HANA) sends orders") == []
    assert bracketed_roles(pattern, "your maintenance guy (mike) checks it") == []
