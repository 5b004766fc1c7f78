"""A drafted link's method is how the data moves (a protocol, an interface, a file, a record the system makes in the
other system), never the name of the system it goes to."""
import pytest

from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def _rows(sentence: str):
    answer = draft("Quotation for press line 3.\n\n" + sentence, BANK, proposal="links").answer("connect.integrations")
    return {row.system: row.method for row in answer.integrations} if answer else {}


@pytest.mark.parametrize("sentence, system", [
    ("Every reject is booked in your SAP QM with the image and die number.", "quality"),
    ("The scrap quantities are posted to SAP every hour.", "quality"),
    ("Maintenance notifications flow into Maximo.", "maintenance"),
    ("Die Ausschussmengen are written into your proALPHA ERP once per shift.", "inventory"),
])
def test_a_system_named_without_a_way_leaves_the_method_empty(sentence, system):
    assert _rows(sentence).get(system) == ""


@pytest.mark.parametrize("sentence, system, method", [
    ("Every reject is booked as a quality notification in your SAP QM with the image and die number.",
     "quality", "booked as a quality notification"),
    ("CondiSense creates a notification in your SAP PM through the standard BAPI.", "maintenance",
     "creates a notification, BAPI"),
    ("Reject counts per order are written to your MES (MPDV Hydra) every 15 minutes through its import interface.",
     "production", "import interface"),
    ("Work orders are created in Maximo through its REST API when a bearing alarm is raised.", "maintenance", "REST API"),
    ("We write the good counts into the ERP (Exact) via a database view every shift.", "inventory", "database view"),
    ("The results go per IDoc to SAP MM, like agreed in the kick-off.", "inventory", "IDoc"),
])
def test_the_method_is_the_way_the_sentence_names(sentence, system, method):
    assert _rows(sentence).get(system) == method


def test_a_record_that_only_moves_is_no_method():
    rows = _rows("TraceLine reads the work orders and bills of material from Infor LN and reports the consumed "
                 "quantity of every reel back.")
    assert rows.get("inventory") == ""


@pytest.mark.parametrize("sentence", [
    "The results are posted to SAP QM through the QM notification interface.",
    "Every reject is booked in SAP QM as a notification with the image and die number.",
])
def test_a_suite_module_of_one_area_keeps_its_area_beside_what_moves(sentence):
    assert set(_rows(sentence)) == {"quality"}  # "SAP QM" is no bare "SAP": its notification is no maintenance link
