"""Round faults two new buyers' walks found (walk 56: a scanned offer, a link list, commercial terms and a reply in a
table; walk 57: a Portuguese offer and its Portuguese reply), fixed as the kind each is: an owner labelled for a link,
a question a reply closed asked again, a question the buyer added merged into its topic's, a vague promise of support
read as an owner, the vendor by its own name keeping the system, reading only from a system, and a deferral to a later
document."""
from datetime import date

import pytest

from questions import load_bank
from reading.documents import pasted
from rounds_corpus import SENT, drafted, replied, sent_out
from scoring import score
from scoring.rounds import freeze

BANK = load_bank()

LINKED = ("LineMind offer for your 14 extrusion lines.\n"
          "Each line's PLC is read over OPC UA every second for melt temperature and screw speed.\n"
          "LineMind creates a maintenance notification in your CMMS when a screw wears.\n"
          "LineMind reads the production orders from your ERP.\n")


def _mail(body: str) -> str:
    return f"Dear Ms Novak,\n\nthank you for your questions.\n\n{body}\n\nBest regards,\nTom Hale\n"


@pytest.fixture(scope="module")
def linked():
    return sent_out(LINKED, "LineMind", "Buyer")


def _rows(done) -> dict[str, tuple[str, str]]:
    answer = done.evaluation.answer("connect.integrations")
    return {row.system: (row.direction, row.owner) for row in answer.integrations} if answer else {}


def test_an_owner_labelled_of_the_connection_owns_the_link_named_before_it(linked):
    done = replied(linked, _mail(
        "1. ERP: LineMind reads the production orders through the standard OData API once an hour. Owner of the "
        "interface: your ERP key user team, LineMind for its own side. CMMS: LineMind writes maintenance notifications "
        "through the REST API every 10 minutes. Owner of this connection: your maintenance administrator."))
    owners = {system: owner for system, (_way, owner) in _rows(done).items()}
    assert owners.get("maintenance") == "maintenance administrator" and owners.get("inventory"), owners


def test_a_labelled_owner_beside_what_the_vendor_maintains_still_owns_the_link(linked):
    done = replied(linked, _mail(
        "1. CMMS: LineMind writes maintenance notifications through the REST API every 10 minutes. Owner: your "
        "maintenance administrator, LineMind maintains the field mapping."))
    assert _rows(done).get("maintenance", ("", ""))[1] == "maintenance administrator", _rows(done)


def test_reading_only_from_a_system_is_data_coming_from_it(linked):
    done = replied(linked, _mail(
        "1. ERP: LineMind reads the production orders through the standard OData API, read-only, once an hour. "
        "Owner: your ERP key user team."))
    assert _rows(done).get("inventory", ("", ""))[0] == "from_system", _rows(done)


def test_a_link_written_into_a_system_still_goes_into_it(linked):
    done = replied(linked, _mail(
        "1. CMMS: LineMind writes maintenance notifications through the REST API every 10 minutes. Owner: your "
        "maintenance administrator."))
    assert _rows(done).get("maintenance", ("", ""))[0] == "to_system", _rows(done)


def _asked(done) -> dict:
    return {q.topic: q for q in done.round.questions}


def test_a_vague_promise_of_support_over_the_life_of_the_system_names_no_owner(linked):
    done = replied(linked, _mail(
        "7. Our experienced service organisation supports you throughout the whole life of the lines, together with "
        "our partner network in Austria."))
    upkeep, owner = _asked(done)["upkeep_owner"], done.evaluation.answer("upkeep.owner")
    assert upkeep.status == "not_answered" and not upkeep.closed, upkeep.why
    assert owner is None or owner.evidence != "specific", owner


def test_a_service_team_that_maintains_the_system_still_names_who_keeps_it(linked):
    done = replied(linked, _mail("7. Our service team in Graz maintains and monitors the system after the pilot."))
    assert "role" not in _asked(done)["upkeep_owner"].why.split("but not")[-1], _asked(done)["upkeep_owner"].why


PT_OFFER = ("Proposta técnica — monitorização das estufas de secagem da Corticeira do Norte.\n"
            "Propomos instalar 12 sondas de temperatura e humidade nas estufas, ligadas a um gateway industrial local.\n"
            "O gateway lê os dados por Modbus TCP e envia-os por MQTT para a plataforma Kiloteq.\n"
            "A plataforma mostra um painel por estufa e envia alertas por email ao chefe de turno.\n")


@pytest.fixture(scope="module")
def portuguese():
    return sent_out(PT_OFFER, "Kiloteq", "Comprador")


@pytest.mark.parametrize("kept", [
    "5. A Kiloteq instala, monitoriza e mantém o sistema depois do piloto, com o contrato de manutenção anual de "
    "3.900,00 € (calibração anual das sondas e atualizações do gateway).",
    "5. Die Kiloteq installiert, überwacht und wartet das System nach dem Pilot, mit dem jährlichen Wartungsvertrag "
    "von 3.900,00 EUR.",
])
def test_the_vendor_by_its_own_name_as_the_subject_of_keeping_the_system_names_who_keeps_it(portuguese, kept):
    reply = f"Caro Eng. Ribeiro,\n\nObrigado pelas perguntas.\n\n{kept}\n\nCom os melhores cumprimentos,\nAna Lima\n"
    upkeep = _asked(replied(portuguese, reply))["upkeep_owner"]
    assert upkeep.status != "not_answered" and "not a role" not in upkeep.why, upkeep.why


def test_a_system_that_maintains_itself_names_no_one(portuguese):
    reply = ("Caro Eng. Ribeiro,\n\n5. It maintains itself, for 3.900,00 € per year.\n\n"
             "Com os melhores cumprimentos,\nAna Lima\n")
    assert "not a role" in _asked(replied(portuguese, reply))["upkeep_owner"].why


@pytest.fixture(scope="module")
def outage():
    evaluation = drafted({"proposal": LINKED}, "LineMind")
    return freeze(evaluation, score(evaluation), "Buyer", SENT, also=frozenset({"reliability.offline"}))


@pytest.mark.parametrize("later", [
    "6. The details of the buffering concept will be documented in the design specification in phase 2.",
    "6. How data is buffered during an outage will be described in the detailed design.",
])
def test_an_answer_left_to_a_later_document_answers_nothing(outage, later):
    done = replied(outage, _mail(later))
    offline = done.evaluation.answer("reliability.offline")
    assert offline is None or not offline.choices, offline
    assert not _asked(done)["reliability"].closed


def test_buffering_told_now_still_answers_the_outage(outage):
    done = replied(outage, _mail("6. If the network is down, the edge box buffers 14 days of data and sends them later."))
    assert done.evaluation.answer("reliability.offline").choices, done.evaluation.answer("reliability.offline")


def test_a_question_a_reply_closed_is_not_asked_again_for_the_owner_its_own_link_left_out():
    sent = sent_out("ThermoWatch monitors your three drying ovens with 18 temperature probes over Modbus TCP.\n",
                    "ThermoWatch", "Buyer")
    assert "integrations" in {q.topic for q in sent.rounds[-1].questions}
    done = replied(sent, _mail("2. The energy use per order is exported every night at 02:00 to your Dynamics ERP "
                               "as a CSV file in a shared folder."))
    assert _asked(done)["integrations"].closed, _asked(done)["integrations"].why
    again = freeze(done.evaluation, score(done.evaluation), "Buyer", date(2026, 12, 1))
    assert "integrations" not in {q.topic for q in again.rounds[-1].questions}


KPI_OFFER = ("DowntimeGuard offer for your 22 presses.\n"
             "Each press PLC is read over OPC UA every second for stroke count and brake stopping time.\n"
             "A work request is created in your Maximo when the brake stopping time crosses its limit.\n")
ADDED = frozenset({"return.promise", "return.reference"})


@pytest.fixture(scope="module")
def kpi_sent():
    evaluation = drafted({"proposal": KPI_OFFER}, "DowntimeGuard")
    return freeze(evaluation, score(evaluation), "Buyer", SENT, also=ADDED)


def test_each_question_the_buyer_adds_is_asked_in_its_own_words(kpi_sent):
    kpi = {q.topic: q for q in kpi_sent.rounds[-1].questions}["kpi"]
    prompts = {q.id: q.prompt for q in BANK.questions().values()}
    assert all(prompts[q] in kpi.text for q in ADDED), kpi.text


def test_after_the_kpi_is_answered_only_the_added_questions_left_are_asked(kpi_sent):
    done = replied(kpi_sent, _mail(
        "3. The KPI is unplanned press downtime: 1,460 hours in 2025, target 1,020 hours per year within 12 months "
        "after go-live, measured from your Maximo work orders with cause code breakdown."))
    again = freeze(done.evaluation, score(done.evaluation), "Buyer", date(2026, 12, 1))
    kpi = {q.topic: q for q in again.rounds[-1].questions}["kpi"]
    assert not kpi.text.startswith("Which KPI moves") and "reference customer" in kpi.text, kpi.text


@pytest.mark.parametrize("outbound", [
    "O gateway só abre ligações de saída para a plataforma (porta 8883, TLS); não é necessária nenhuma porta de entrada.",
])
def test_a_romance_sentence_on_outbound_connections_tells_how_the_system_reaches_the_network(outbound):
    from reading.draft import draft
    answer = draft(PT_OFFER + outbound + "\n", BANK).answer("security.model")
    assert answer is not None and answer.choices == ["outbound_only"], answer


def test_the_count_of_questions_the_buyer_may_add_is_the_count_the_list_still_offers(store):
    """Walk 56: "Also ask (13 unanswered questions ...)" over a list offering 10, three of them picked already."""
    import kit
    from rounds_corpus import cases
    from scoring.rounds import may_also_ask
    evaluation = drafted(dict(cases("tuning"))["spindle_ai"], "SpindleSense")
    eid = store.create(evaluation).id
    more = may_also_ask(evaluation, score(evaluation))
    at = kit.open_app("rounds", eid, timeout=60)
    assert f"({len(more)} unanswered" in at.multiselect(key=f"rounds:{eid}:also").label
    at.multiselect(key=f"rounds:{eid}:also").select(more[0]).run()
    assert not at.exception, at.exception
    assert f"({len(more) - 1} unanswered" in at.multiselect(key=f"rounds:{eid}:also").label
