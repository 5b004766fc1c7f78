"""Reply reading, kinds seen on issue 16 (walk81) and fixed as kinds, each test's sentences new: who owns a link named in
Polish, Dutch, Czech and French (owning words, a title, an untitled name after an owner's label); a link's cue read
inside a longer noun ("orders from" in "work orders from") names no link; a second reply in Polish on the vendor's
service after the pilot answers the upkeep question."""
import pytest

from reading.draft import draft
from rounds_corpus import Mail, sent_out

OFFER = ("PackSense brings AI, IoT and a digital twin to your packaging lines.\n"
         "Smart sensors and machine learning predict failures and cut downtime dramatically.\n"
         "Our platform reads production orders from your SAP ERP by OData and sends work orders to your Maximo CMMS by "
         "REST API.\n")
MAIL = Mail("Dzień dobry,", "Pozdrawiam,\nAnna")


@pytest.fixture(scope="module")
def packs():
    return sent_out(OFFER, "PackSense", "J. Kowal")


def _number(sent, topic: str) -> str:
    return str(next(i for i, q in enumerate(sent.rounds[-1].questions, 1) if q.topic == topic))


def _owners(sent, body: str) -> set[str]:
    text = f"Ad 1. Dziś brygadzista wpisuje postoje ręcznie do arkusza.\n\nAd {_number(sent, 'integrations')}. {body}"
    answer = MAIL.read(sent, text).evaluation.answer("connect.integrations")
    return {row.owner for row in answer.integrations} if answer else set()


@pytest.mark.parametrize("body, owner", [
    ("Połączenie z SAP (zlecenia przez OData) – osoba odpowiedzialna: Jan Wiśniewski, kierownik projektu.",
     "Jan Wiśniewski"),
    ("Połączenie z SAP: po stronie SAP odpowiada pan Kowalczyk.", "pan Kowalczyk"),
    ("Za połączenie z SAP ERP odpowiada Państwa dział IT.", "dział IT"),
    ("De koppeling met SAP wordt beheerd door uw IT-afdeling.", "IT-afdeling"),
    ("De koppeling met SAP (OData) – verantwoordelijk: dhr. Bakker, projectleider.", "dhr. Bakker"),
    ("Propojení se SAP spravuje váš IT tým.", "IT tým"),
    ("Propojení se SAP: odpovědná osoba: paní Horáková.", "paní Horáková"),
    ("Connexion avec SAP : responsable : M. Moreau (IT).", "M. Moreau")],
    ids=["polish label, untitled name", "polish inverted verb, pan", "polish fronted", "dutch passive",
         "dutch label, dhr", "czech verb", "czech label, paní", "french label, M."])
def test_a_links_owner_named_in_polish_dutch_czech_or_french_owns_the_link(packs, body, owner):
    assert owner in _owners(packs, body)


@pytest.mark.parametrize("text", [
    "Maximo receives work orders from the OEE module by REST API.",
    "The CMMS takes repair orders from the alarm list through a REST API."])
def test_a_links_cue_inside_a_longer_noun_drafts_no_planning_link(text):
    answer = draft(text).answer("connect.integrations")
    systems = {row.system for row in answer.integrations} if answer else set()
    assert "planning" not in systems, systems


def test_orders_from_the_erp_still_draft_the_planning_link():
    answer = draft("The platform reads production orders from SAP PP via RFC every 15 minutes.").answer(
        "connect.integrations")
    assert answer and "planning" in {row.system for row in answer.integrations}


@pytest.mark.parametrize("body", [
    "Uzupełniając wczorajszą odpowiedź: po zakończeniu pilotażu system utrzymuje nasz zespół serwisowy w ramach "
    "abonamentu serwisowego za 3 900 PLN netto miesięcznie.",
    "Po odbiorze pilotażu opiekunem systemu będzie nasz serwisant Piotr Lis; umowa serwisowa kosztuje 42 000 PLN "
    "rocznie.",
    "Po pilotním provozu zajišťuje údržbu systému náš servisní technik, servisní smlouva stojí 95 000 Kč ročně."],
    ids=["polish subscription", "polish contract", "czech contract"])
def test_a_reply_on_the_service_after_the_pilot_in_polish_or_czech_answers_the_upkeep_question(packs, body):
    asked = MAIL.asked(packs, body)
    assert asked["upkeep_owner"].status in ("answered", "partly"), asked["upkeep_owner"].why
