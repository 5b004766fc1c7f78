"""A plant system a reply's list of links heads by its product's name with what it is for in brackets ("Cityworks
(maintenance): work orders created through its API, owned by us") is that area's system: the bracket names the area no
list of products knows (reading/reply_labelled.py). Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

KILNS = ("KilnWise brings Industry 4.0 to your brick plant.\n"
         "Machine learning tunes the firing curve and warns of fan failures.\n"
         "Integrates with your business systems.\n")
MAIL = Mail("Dear Mr Okafor,", "Kind regards,\nLena Brandt")


@pytest.fixture(scope="module")
def kilns():
    return sent_out(KILNS, "KilnWise", "T. Okafor")


def rows(kilns, text: str) -> dict[str, object]:
    answer = MAIL.read(kilns, text).evaluation.answer("connect.integrations")
    return {row.system: row for row in (answer.integrations if answer else [])}


@pytest.mark.parametrize("line, area", [
    ("- Brixly (maintenance): fan work requests through its REST API, one way; owner your maintenance lead, Mr. Adeyemi.",
     "maintenance"),
    ("- Ledgerline Pro (stores and accounts): fired pallets per shift as a nightly CSV file, one way; owner your "
     "accountant, Mrs. Obi.", "inventory"),
    ("- Qualtrak (quality): test results per batch by its API, one way; owner your lab chief, Mr. Bello.", "quality"),
    # the bracket in the writer's language, in a reply written in English
    ("- Kontor Plus (comptabilité): fired pallets per shift as a nightly CSV file, one way; owner Mrs. Weber.", "finance"),
    ("- Kontor Plus (Lagerverwaltung): fired pallets per shift as a nightly CSV file, one way; owner Mrs. Weber.",
     "inventory"),
    ("- Kontor Plus (magazzino): fired pallets per shift as a nightly CSV file, one way; owner Mrs. Weber.", "inventory"),
])
def test_a_product_headed_with_its_area_in_brackets_is_that_area_s_system(kilns, line, area):
    row = rows(kilns, line)[area]
    assert row.method and row.owner


def test_two_systems_headed_so_close_the_links_question(kilns):
    text = ("Systems:\n- Brixly (maintenance): fan work requests through its REST API, one way; owner your maintenance "
            "lead, Mr. Adeyemi.\n- Ledgerline Pro (stores and accounts): fired pallets per shift as a nightly CSV file, "
            "one way; owner your accountant, Mrs. Obi.")
    assert MAIL.asked(kilns, text)["integrations"].closed


@pytest.mark.parametrize("line", [
    # a bracket that names no area, a person headed with a role
    "- Brixly (version 4.2): fan data as a nightly CSV file, one way; owner your lead Mr. Adeyemi.",
    "- Tunde Okafor (plant manager): approves the firing curves every Monday.",
])
def test_a_head_whose_bracket_names_no_area_adds_no_link(kilns, line):
    assert not {"inventory", "planning", "maintenance", "quality", "finance", "production"} & set(rows(kilns, line))
