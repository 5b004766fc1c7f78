"""A plant system named by its product right after what the plant calls it ("your winery software Isagri Winery as a
CSV export every night") is a named system the data goes to, as one named in brackets is ("your stock system
(Timbersoft)"): where nothing says what it is for, the software the plant runs its trade on (rounds.yaml
links.named_area). What the plant calls it alone ("your furnace software") names no system (tuning41's kind). Every
sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

OFFER = ("KilnIQ is Industry 4.0 for your tunnel kiln: AI and IoT sensors cut gas use and cracked bricks.\n"
         "It connects to your systems and shows everything on one dashboard.\n")
MAIL = Mail("Dear Mr Dvorak,", "Best regards,\nSara Holm")


@pytest.fixture(scope="module")
def kiln():
    return sent_out(OFFER, "KilnIQ", "P. Dvorak")


def _rows(sent, body: str) -> list[tuple[str, str, str]]:
    answer = MAIL.read(sent, body).evaluation.answer("connect.integrations")
    return [(r.system, r.method, r.owner) for r in answer.integrations] if answer else []


def test_a_product_named_after_the_plants_word_for_it_is_a_system_the_data_goes_to(kiln):
    body = "Firing results per car go to your kiln software Kilnmaster Pro as a CSV export every night, one way, owned by us."
    assert ("production", "CSV export", "us") in _rows(kiln, body)


def test_what_the_plant_calls_its_software_alone_names_no_system(kiln):
    body = "Firing results per car go to your kiln software as a CSV export every night, one way, owned by us."
    assert _rows(kiln, body) == []


def test_a_described_system_keeps_its_own_area_with_the_name_after_it(kiln):
    body = "Fired stock per car goes to your stock system Lagerpro as a CSV file every night, one way, owned by us."
    assert [row[0] for row in _rows(kiln, body)] == ["inventory"]
