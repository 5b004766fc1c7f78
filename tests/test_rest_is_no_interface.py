""""Encrypted in transit and at rest" and "the rest of the line" name no REST interface (a walk's protocols answer and
letter quoted an encryption sentence as the protocol named, and missed the vendor's list of protocols)."""
from questions import load_bank
from reading.draft import drafter_for

READER = drafter_for(load_bank()).reader


def _named(text: str) -> set[str]:
    return {s.key for sentence in READER.read(text).sentences for s in sentence.substance}


def test_at_rest_and_the_rest_name_no_interface():
    assert "rest" not in _named("All data is encrypted in transit and at rest.")
    assert "rest" not in _named("We take care of the rest of the roll-out.")


def test_a_rest_interface_is_still_one():
    assert "rest" in _named("Orders are posted to SAP via REST.")
    assert "rest api" in _named("Stops go to your Infor EAM as work orders over the REST API.")
    assert "rest api" in _named("Quality deviations open a record in TrackWise through its REST API.")
