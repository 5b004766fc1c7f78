"""Reply kind that recurs on blind sets (tuning47's "Seam alarms and held lots go to your traceability system (Optimum
Trace) by REST API, one way, connection owned by us; roll replacement work orders go to SAP PM as IDoc ...", tuning43's
and tuning48's weighbridge software beside the ERP): a statement of a several-link sentence whose system drafting's area
words do not name lands in the area of what the plant's own system is said to be for (rounds.yaml links.described: a
traceability system keeps lots for holds and recalls, a weighbridge books goods in and out), with its own owner, so the
sentence reaches two business areas. A product's name alone says no area. Every reply here is new."""
import pytest

from rounds_corpus import asked, sent_out

SEAMERS = ("SeamSense is the Industry 4.0 platform for can seamers.\n"
           "Sensors read roll force and the system predicts faulty double seams and connects to all your business "
           "systems.\n")


@pytest.fixture(scope="module")
def seamers():
    return sent_out(SEAMERS, "SeamSense", "A. Costa")


def _links(where: str) -> str:
    return (f"Dear Ms Costa,\n\nSeam alarms and held lots go to {where} by REST API, one way, owned by us; roll work "
            "orders go to SAP PM as IDoc, one way, owned by your IT department.\n\nBest regards,\nNuno\n")


@pytest.mark.parametrize("where", ["your traceability system (TraceLink)", "your weighbridge system (Avery)"])
def test_a_link_to_the_plants_own_system_named_by_what_it_is_for_reaches_a_second_area(seamers, where):
    read = asked(seamers, _links(where))["integrations"]
    assert read.closed and read.status == "answered", read.why


def test_a_product_name_alone_says_no_area(seamers):
    read = asked(seamers, _links("TraceLink"))["integrations"]
    assert not read.closed and "at least two" in read.why, read.why
