"""A link's method and who builds it, told in the sentence that tells the link, go into its row in every language the
gloss reads (reading/link_builders.py, drafting.yaml `link_builders` and integrations `methods`): "vía RFC/BAPI,
interfaz desarrollada por ..." is the method RFC and BAPI, and the builder owns the link. Not another customer's team,
nor a builder denied, nor a party that is no one (a thing)."""
import pytest

from questions import load_bank
from reading.draft import draft
from reading.link_builders import builder

BANK = load_bank()
OPENING = {
    "es": "Propuesta técnica para la planta de fundición de Apodaca.\n\nInstalaremos sensores de vibración en las 3 "
          "celdas y los datos se guardan en el servidor de la planta.\n\n",
    "fr": "Offre technique pour votre usine de fonderie de Lyon.\n\nNous installons des capteurs de vibration sur les 3 "
          "cellules et les données sont stockées sur le serveur de l'usine.\n\n",
    "de": "Angebot für die Gießerei in Soest.\n\nWir installieren Schwingungssensoren an den 3 Zellen und die Daten "
          "werden auf dem Server des Werks gespeichert.\n\n",
    "en": "Quotation for the die-casting plant in Sheffield.\n\nWe install vibration sensors on the 3 cells and the data "
          "is stored on the plant's server.\n\n",
}


def _rows(language: str, sentence: str) -> dict[str, tuple[str, str]]:
    answer = draft(OPENING[language] + sentence, BANK, proposal="builders").answer("connect.integrations")
    return {row.system: (row.method, row.owner) for row in answer.integrations} if answer else {}


@pytest.mark.parametrize("language, sentence, system, method, owner", [
    ("es", "Los avisos se envían a SAP PM vía RFC/BAPI, interfaz desarrollada por nuestro equipo de integración.",
     "maintenance", "RFC, BAPI", "nuestro equipo de integración"),
    ("fr", "Les ordres de travail sont créés dans la GMAO Mainti4 par web service, interface réalisée par Axiome.",
     "maintenance", "web service", "Axiome"),
    ("fr", "Les arrêts sont envoyés au MES via OPC UA, interface développée par notre équipe d'intégration.",
     "production", "OPC UA", "notre équipe d'intégration"),
    ("de", "Die Störmeldungen werden über eine REST-API an SAP PM übertragen, entwickelt von der Firma Datacon.",
     "maintenance", "REST", "der Firma Datacon"),
    ("de", "Die Aufträge werden über eine OPC-UA-Schnittstelle an das MES übertragen, entwickelt von unserem "
           "Integrationsteam.", "production", "OPC-UA", "unserem Integrationsteam"),
    ("en", "Work orders are created in SAP PM through a BAPI interface built by Kessler Automation.",
     "maintenance", "BAPI", "Kessler Automation"),
    ("en", "Downtime events go to your MES via REST/JSON, an interface developed by our integration team.",
     "production", "REST", "our integration team"),
])
def test_the_way_and_the_builder_told_with_the_link_fill_its_row(language, sentence, system, method, owner):
    assert _rows(language, sentence).get(system) == (method, owner)


@pytest.mark.parametrize("sentence", [
    "Work orders are created in SAP PM through a BAPI interface, not developed by us.",
    "Work orders are created in SAP PM through a BAPI interface developed by their IT team.",
    "Work orders are created in SAP PM through a BAPI interface developed by the standard template.",
])
def test_no_builder_where_none_of_this_offer_builds_it(sentence):
    assert _rows("en", sentence).get("maintenance") == ("BAPI", "")


def test_the_walks_offer_reads_its_slashed_methods_and_its_builder():
    sentence = ("2.6 Órdenes de trabajo: las alertas generan una notificación en SAP PM (orden tipo M2, aviso de "
                "avería) a través de interfaz RFC/BAPI desarrollada por IIN.")
    assert builder(sentence) == "IIN"
    assert builder("La interfaz con SAP PM es desarrollada por IIN y probada en sitio.") == "IIN"
