"""How long data is kept, told in years in another language than English ("5 Jahre", "5 años", "5 anni", "5 jaar",
"5 anos", "5 år"), reads as English's years: years exportable where the text says the data can be exported in an
open format, else months, as "The data is stored for 5 years" alone is; a German or Dutch length told before its
keeping verb ("5 Jahre lang gespeichert", "5 jaar bewaard") is the length kept. Texts written for these tests."""
import pytest

from questions import load_bank
from reading.draft import draft

BANK = load_bank()

OPENINGS = {
    "de": ["Angebot für die Zustandsüberwachung der Pressen in Linie 3.",
           "Wir installieren Schwingungssensoren an den zwölf Pressen und ein Gateway in Ihrem Serverraum."],
    "es": ["Propuesta para la monitorización de las prensas de la línea 3.",
           "Instalamos sensores de vibración en las doce prensas y una pasarela en su sala de servidores."],
    "it": ["Proposta per il monitoraggio delle presse della linea 3.",
           "Installiamo sensori di vibrazione sulle dodici presse e un gateway nella vostra sala server."],
    "nl": ["Offerte voor de bewaking van de persen op lijn 3.",
           "Wij installeren trillingssensoren op de twaalf persen en een gateway in uw serverruimte."],
    "sv": ["Offert för tillståndsövervakning av pressarna på linje 3.",
           "Vi installerar vibrationsgivare på de tolv pressarna och en gateway i ert serverrum."],
    "pt": ["Proposta para a monitorização das prensas da linha 3.",
           "Instalamos sensores de vibração nas doze prensas e um gateway na sua sala de servidores."],
    "fr": ["Proposition pour la surveillance des presses de la ligne 3.",
           "Nous installons des capteurs de vibration sur les douze presses et une passerelle dans votre salle serveur."],
}


def _history(language: str, *lines: str) -> list[str]:
    answer = draft("\n".join([*OPENINGS[language], *lines]), BANK).answer("data.history")
    return answer.choices if answer else []


@pytest.mark.parametrize("language, kept, exported", [
    ("de", "Die Messdaten werden 5 Jahre lang vor Ort gespeichert", " und sind jederzeit als CSV exportierbar."),
    ("es", "Los datos se almacenan en planta durante 5 años.", "Se pueden exportar en cualquier momento en formato CSV."),
    ("it", "I dati vengono conservati in stabilimento per 5 anni.", "Sono esportabili in qualsiasi momento in CSV."),
    ("nl", "De meetgegevens worden 5 jaar ter plaatse bewaard.", "Ze zijn op elk moment als CSV exporteerbaar."),
    ("sv", "Mätdata lagras i 5 år på plats.", "De kan när som helst exporteras som CSV."),
    ("pt", "Os dados são armazenados na fábrica durante 5 anos.", "Podem ser exportados a qualquer momento em CSV."),
    ("fr", "Les données sont conservées 5 ans.", "Vous pouvez les exporter à tout moment."),
])
def test_years_kept_in_another_language_are_years_exportable_only_where_export_is_said(language, kept, exported):
    told = [kept + exported] if exported.startswith(" ") else [kept, exported]  # one sentence, or two
    assert _history(language, *told) == ["years_exportable"]
    assert _history(language, kept.rstrip(".") + ".") == ["months"]


def test_a_retention_labelled_in_french_with_an_export_is_years_exportable():
    assert _history("fr", "Durée de conservation des données : 5 ans, avec export possible vers votre ERP.") \
        == ["years_exportable"]


def test_a_length_before_its_keeping_verb_is_kept_unless_a_word_of_when_leads_to_it():
    assert _history("de", "Die Rohdaten werden 2 Jahre archiviert.") == ["months"]
    assert _history("nl", "De ruwe gegevens worden 2 jaar gearchiveerd.") == ["months"]
    assert _history("de", "Nach 6 Monaten werden die Rohdaten archiviert.") == []
    assert _history("nl", "Na 6 maanden worden de ruwe gegevens gearchiveerd.") == []
