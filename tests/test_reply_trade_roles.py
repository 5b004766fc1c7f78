"""A person named by the plant's craft or trade ("the cheesemaker", "the sawyer", "the fitter") is a role, as "the
operator" is: a reply that says what the cheesemaker sees every hour names who uses the system (issue 16, a kind
tuning31 showed). A trade word that also names a machine ("the roaster", "the caster") is none. Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

VATS = ("CurdSense is a smart factory system for cheese vats.\n"
        "Operators, managers and maintenance use live dashboards.\n"
        "AI predicts curd firmness and recommends cutting time.\n")


@pytest.fixture(scope="module")
def vats():
    return sent_out(VATS, "CurdSense", "M. Dubois")


MAIL = Mail("Dear Mr Dubois,", "Kind regards,\nSven Aalto")


@pytest.mark.parametrize("who", ["cheesemaker", "head cheesemaker", "fitter", "brewer", "sawyer"])
def test_a_trade_named_user_who_sees_it_every_hour_names_a_role(vats, who):
    users = MAIL.asked(vats, f"The {who} sees the predicted cutting time on the vat panel every hour.")["users"]
    assert users.status in ("partly", "answered")
    assert "names a role" in users.why


def test_a_machine_named_like_a_trade_names_no_role(vats):
    users = MAIL.asked(vats, "The roaster sees the predicted cutting time on the vat panel every hour.")["users"]
    assert users.status == "not_answered"
