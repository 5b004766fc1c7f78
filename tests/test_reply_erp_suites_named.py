"""Rounds tuning64 and tuning68: an ERP named only by its product ("Retread results go to TOTVS Protheus by REST API in
one direction, owned by your IT analyst", "Tally Prime receives lot-wise output as an XML import every evening") named
no system, and the integrations question stayed open. ERP suites the world over are systems by their names (words.yaml
`system`, drafting.yaml's inventory and suites), in each language the reply is written in."""
import pytest

from rounds_corpus import replied, sent_out

OFFER = ("PressSense is an IIoT platform for die-casting cells. Sensors on the 4 cells read shot pressure, die "
         "temperature and cycle time. Live dashboards and alerts to supervisors, integration with the ERP.")


@pytest.mark.parametrize("answer", [
    "Systems: good and scrap castings per order go to Acumatica by REST API every hour, one way, owned by your IT lead.",
    "Systeme: Gut- und Ausschussteile je Auftrag gehen stündlich per REST API an Comarch, nur in eine Richtung; "
    "verantwortlich ist Ihr IT-Leiter.",
    "Sistemas: las piezas buenas y el rechazo por orden van a Contpaqi por REST API cada hora, en un solo sentido; "
    "responsable: su jefe de TI.",
])
def test_an_erp_named_by_its_product_answers_which_system(answer):
    sent = sent_out(OFFER, "PressSense", "Buyer")
    done = replied(sent, f"Dear Ms. Ortiz,\n\n{answer}\n\nRegards,\nTom")
    question = next(q for q in done.round.questions if q.topic == "integrations")
    assert "does not name which system" not in question.why
    assert question.status in ("answered", "partly")
