"""An edge box named as kit ("the edge units buffer data locally") is a gateway the vendor installs, and a capitalised
word with a release number after a determiner ("our Edge 5 units") is the vendor's product: neither sells the Cloud /
edge label (questions/words.yaml system words, glossary.yaml product_names `named_by`; reading/label_denials.py).
Edge computing told as such, and a label's own decimal ("the Industry 4.0 journey"), still sell their labels."""
import pytest

from reading import analyze
from reading.draft import draft


@pytest.mark.parametrize("sentence", [
    "Data is collected by our Edge 5 units installed next to each press.",
    "The Edge 5 units read the PLCs every second.",
    "The edge units buffer data locally.",
    "The edge PC beside each line runs the model.",
])
def test_edge_kit_or_a_product_release_sells_no_cloud_edge_label(sentence):
    reading = analyze(sentence)
    assert "cloud_edge" not in reading.labels


@pytest.mark.parametrize("sentence, label", [
    ("Data is processed at the edge, close to the machines.", "cloud_edge"),
    ("Our Edge computing keeps data local.", "cloud_edge"),
    ("The Industry 4.0 journey starts here.", "industry_4_0"),
])
def test_edge_computing_and_a_label_s_own_number_still_sell(sentence, label):
    assert label in analyze(sentence).labels


def test_an_offer_with_edge_units_is_not_sold_as_cloud_edge(bank):
    text = ("We install 40 vibration sensors on the pumps of line 2. Data is collected by our Edge 5 units installed "
            "next to each press. The edge units buffer data locally for 7 days if the network is down.")
    evaluation = draft(text, bank)
    assert "cloud_edge" not in evaluation.labels
    technologies = next(a for a in evaluation.answers if a.question == "workflow.technologies")
    assert "cloud" not in technologies.choices + technologies.suggested
