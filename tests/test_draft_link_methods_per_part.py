"""Two links told in one sentence, each in its own part split by ";", each with its own way: the method of one is
not the other's ("SAP PM receives work orders via BAPI; the QM module receives scrap counts via REST API"); a part
that names no way keeps the sentence's ("work orders go to SAP PM by the same interface")."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def methods(text: str) -> dict[str, str]:
    answer = draft(text, BANK).answer("connect.integrations")
    return {row.system: row.method for row in answer.integrations}


def test_each_part_of_a_sentence_keeps_its_own_way():
    said = methods("The edge box reads the press PLCs every 10 seconds. SAP PM receives the work orders via BAPI; "
                   "the QM module receives the scrap counts via REST API.")
    assert said["maintenance"] == "BAPI" and said["quality"] == "REST API"


def test_a_part_that_names_no_way_keeps_the_sentences():
    said = methods("The edge box reads the press PLCs every 10 seconds. Batch results go to your SAP QM by OData; "
                   "work orders go to SAP PM by the same interface.")
    assert said["quality"] == "OData" and said["maintenance"] == "OData"
