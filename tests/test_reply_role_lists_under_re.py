"""Reply kind from tuning48's zipper partial ("Re: users" over "Machine operator, QC technician and tool shop technician;
the operator adjusts melt temperature, QC releases held rolls, the tool shop services the moulds."): a list of roles is no
list of products offered as alternatives (its items end in a word of a person's role, rounds.yaml general.people), and
the line right under a heading alone on its line ("Re: users", "Users:") is that heading's answer though its own words
are on another topic. Products listed as alternatives stay general. Every reply here is new."""
import pytest

from questions import load_bank
from rounds_corpus import Mail, sent_out
from scoring.rounds import reply_reader

MOULDING = ("MouldSense is the AI and smart factory platform for injection moulding.\n"
            "Machine learning predicts short shots and the AI adjusts the barrel temperatures automatically; the smart "
            "factory dashboard connects operators, quality and maintenance.\n")
MAIL = Mail("Dear Ms Lindqvist,", "Kind regards,\nTomas")


@pytest.fixture(scope="module")
def moulding():
    return sent_out(MOULDING, "MouldSense", "A. Lindqvist")


@pytest.mark.parametrize("roles", [
    "Machine operator, QC technician and tool shop technician; the operator adjusts the melt temperature, QC releases "
    "held parts, the tool shop services the moulds.",
    "Machine operator, QC technician and maintenance planner: the operator adjusts the melt temperature every shift, QC "
    "releases held parts."])
def test_roles_listed_under_a_re_users_line_answer_who_uses_it(moulding, roles):
    read = MAIL.asked(moulding, f"Re: users\n{roles}")["users"]
    assert read.closed and read.status == "answered", read.why


@pytest.mark.parametrize("text, general", [
    ("Machine operator, QC technician and tool shop technician.", False),
    ("We connect to Infor, Epicor and IFS.", True)])
def test_a_list_of_roles_is_no_list_of_alternatives(text, general):
    why = reply_reader(load_bank()).general.why(text)
    assert ("alternatives" in why) == general, why
