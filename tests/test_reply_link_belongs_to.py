"""Reply kind from tuning50's gum specific ("... as a CSV file every hour, one way into SAP, and this connection belongs to
your IT.", "... by REST API, one way, and this connection belongs to us."): a link said as one ("this connection", "the
interface") and whose it is ("belongs to", "sits with") names its owner as "owned by" does, a bare "your IT" or the
vendor's "us" too; whose the data is ("all data belongs to you") owns no link. Every reply here is new."""
import pytest

from rounds_corpus import Mail, sent_out

SHEETING = ("SheetLine is the Industry 4.0 and AI platform for sheeting lines.\n"
            "Machine learning predicts sticking at the rollers, and the results flow into your ERP and your maintenance "
            "software.\n")
MAIL = Mail("Dear Ms Lindqvist,", "Kind regards,\nTomas")
ERP = "Scrap quantities per batch go to your ERP (Microsoft Dynamics 365) as a CSV file every hour, one way"
CMMS = "Roller alarms go to your maintenance software (Fiix) by REST API, one way"


@pytest.fixture(scope="module")
def sheeting():
    return sent_out(SHEETING, "SheetLine", "A. Lindqvist")


@pytest.mark.parametrize("body", [
    f"{ERP}, and this connection belongs to your IT. {CMMS}, and this connection belongs to us.",
    f"{ERP}; the interface sits with your IT. {CMMS}; the interface sits with us."])
def test_a_link_that_belongs_to_someone_names_its_owner(sheeting, body):
    read = MAIL.asked(sheeting, body)["integrations"]
    assert read.closed and "names no owner" not in read.why, read.why


def test_whose_the_data_is_owns_no_link(sheeting):
    read = MAIL.asked(sheeting, f"{ERP}, and all data belongs to you. {CMMS}.")["integrations"]
    assert not read.closed and "names no owner" in read.why, read.why
