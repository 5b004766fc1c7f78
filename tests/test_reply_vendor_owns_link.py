"""Reply kind seen on two blind sets (tuning42's transformer winding, tuning43's coffee roasters): the vendor naming
itself as the subject of the owning verb ("..., one way, and we own this connection.") owns that link, as "owned by
us" says. Every reply here is new."""
import pytest

from rounds_corpus import asked, sent_out

MIXERS = ("MixMind is the Industry 4.0 platform for industrial dough mixers.\n"
          "It predicts every failure and gives your bakery real-time insights and seamless integration with your ERP.\n")
FIRST = ("Mixer stops go to your MES (Siemens Opcenter) by OPC UA after each batch, one way, owned by your IT "
         "department.")


@pytest.fixture(scope="module")
def mixers():
    return sent_out(MIXERS, "MixMind", "L. Meyer")


def _reply(second: str) -> str:
    return f"Dear Ms Meyer,\n\n{FIRST} {second}\n\nBest regards,\nTom Berger\n"


@pytest.mark.parametrize("owning", ["and we own this connection", "and we look after that link",
                                    "and we are responsible for this interface"])
def test_the_vendor_as_the_subject_of_owning_a_link_owns_it(mixers, owning):
    second = f"Bearing notices go to your SAP PM as notifications via OData, one way, {owning}."
    read = asked(mixers, _reply(second))["integrations"]
    assert read.closed, read.why


def test_a_link_whose_owner_is_not_said_still_names_no_owner(mixers):
    second = "Bearing notices go to your SAP PM as notifications via OData, one way."
    read = asked(mixers, _reply(second))["integrations"]
    assert not read.closed and "names no owner" in read.why, read.why
