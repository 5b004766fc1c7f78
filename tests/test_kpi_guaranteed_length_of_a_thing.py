"""A duration told as the length of a thing the guarantee names ("we guarantee a mould change of 18 minutes") is the
plant's measure, no term of the offer; a guarantee's own length ("a guarantee period of 24 months", "we guarantee a
period of 10 years") stays the offer's term. Sentences written for these tests."""
import pytest

from kpi_corpus import kpi_ends, offered_kpi


def test_a_guaranteed_length_of_a_thing_pairs_with_todays():
    text = ("Mould change offer\nA mould change on press 5 takes 45 minutes today, from your shift reports. "
            "We guarantee a mould change of 18 minutes on press 5, averaged over 20 changes after handover.")
    assert kpi_ends(text) == (45, 18)


@pytest.mark.parametrize("text", [
    "We offer a guarantee period of 24 months on all parts.",
    "We guarantee a period of 10 years.",
])
def test_a_guarantees_own_length_is_no_measure(text):
    assert offered_kpi(text) is None
