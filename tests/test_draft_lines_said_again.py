"""A long offer says some lines again and again (a running line on every page, a commitment in the summary and in the
body): drafting reads each distinct line's own words once and draws the same answers as from a text that says it once;
what depends on where a line stands (its role, today's value near it) is still read where it stands. Each running
head glued by unwrapping to the words atop a page is still set apart, however long the words after it. Sentences
written for these tests (reading/draft_offered_links.py, draft_excluded.py, kpi_relative.py, proposals/layout.py)."""
import pytest

from kpi_corpus import offered_kpi
from proposals.layout import PAGE_BREAK, tidy
from reading.draft import draft, drafter_for
from reading.kpi_relative import relative_measure

FILLER = ["The edge box keeps the readings locally.", "Alarms are shown on the HMI next to the press.",
          "The dashboard shows the stops of each shift.", "Each shift team is trained on site."]
LINKS = "connect.integrations"


def _pages(lines: list[str], again: str, times: int) -> str:
    """The lines with `again` said after every one of them, `times` times in all."""
    out = []
    for i in range(times):
        out += [lines[i % len(lines)], again]
    return "\n".join(out)


def _links(evaluation):
    return next((a for a in evaluation.answers if a.question == LINKS), None)


@pytest.mark.parametrize("sensors, optional", [
    ("We install 40 vibration sensors on the pumps of line 2 and read them every minute over OPC UA.",
     "Optional: interface to SAP PM in phase 2."),
    ("We fit 12 current sensors to the kilns and read them every 10 seconds over Modbus TCP.",
     "As an option, the kiln stops can be sent to your MES later."),
])
def test_an_optional_link_said_on_every_page_is_offered_as_when_said_once(sensors, optional, bank):
    once = _links(draft(sensors + "\n" + "\n".join(FILLER) + "\n" + optional, bank))
    again = _links(draft(sensors + "\n" + _pages(FILLER, optional, 12), bank))
    assert once.suggested and again.suggested == once.suggested and again.integrations == []


def test_an_optional_link_said_again_under_the_plant_before_is_still_read_where_it_stands(bank):
    text = ("We install 40 vibration sensors on the pumps of line 2 and read them every minute over OPC UA.\n"
            "Optional: interface to SAP PM in phase 2.\n" + "\n".join(FILLER) + "\n"
            "Today: work orders are typed into SAP PM by hand.")
    links = _links(draft(text, bank))
    assert links.suggested == ["maintenance"] and "Today: work orders are typed into SAP PM by hand." not in links.quotes


OFFERED = {
    "en": "Our gateway reads the spindle load of 40 CNC machines every second and the shift leader sees it on a live "
          "dashboard. The platform predicts bearing failures two weeks ahead.",
    "es": "Nuestra pasarela lee la carga del husillo de 40 máquinas CNC cada segundo y el jefe de turno la ve en un "
          "panel en tiempo real. La plataforma predice fallos de rodamientos con dos semanas de antelación.",
}
LEFT_OUT = {"en": "Predictive maintenance models are not included in this proposal.",
            "es": "Fuera del alcance: los modelos de mantenimiento predictivo."}


def _analytics(evaluation) -> list[str]:
    answer = next((a for a in evaluation.answers if a.question == "workflow.analytics"), None)
    return answer.choices + answer.suggested if answer else []


@pytest.mark.parametrize("language", sorted(OFFERED))
def test_a_scope_line_said_on_every_page_leaves_its_option_out(language, bank):
    assert "prediction" in _analytics(draft(OFFERED[language] + "\n" + "\n".join(FILLER * 3), bank))  # unsaid, drafted
    assert "prediction" not in _analytics(draft(OFFERED[language] + "\n" + _pages(FILLER, LEFT_OUT[language], 12), bank))


@pytest.mark.parametrize("today, change, expected", [
    ("At final test 3.8 % of the pumps must be reworked by hand.", "With the new fixtures we will halve this rework "
     "rate.", (3.8, 1.9)),
    ("Hoy el consumo de gas del horno 2 es de 410 m³ por turno.", "Con los nuevos quemadores reduciremos este consumo "
     "un 20 %.", (410, 328)),
    ("Derzeit liegt der Ausschuss an Linie 3 bei 4,2 %.", "Mit der neuen Prüfstation halbieren wir diesen Ausschuss.",
     (4.2, 2.1)),
])
def test_a_relative_change_said_again_keeps_the_value_of_today(today, change, expected):
    got = offered_kpi("\n".join([today, *FILLER, change, *FILLER, change, *FILLER, change]))
    assert (got.baseline, got.target) == expected


HEAD = "Kessler Antriebe GmbH · Angebot 2027-114 · Rev. 3"


def test_a_running_head_with_figures_glued_to_the_words_atop_a_page_is_set_apart():
    pages = [f"{HEAD}\n1. Umfang\nWir liefern zwölf Schwingungssensoren für die Pumpen der Linie 4 und",
             f"{HEAD}\ndie Auswertung läuft auf einem Edge-Rechner im Schaltschrank. Die Daten gehen stündlich an Ihr MES.",
             f"{HEAD}\n3. Service\nDer Service umfasst ein Update pro Quartal und eine Hotline."]
    text = tidy(PAGE_BREAK.join(pages), unwrap=True)
    assert HEAD not in text
    assert ("Wir liefern zwölf Schwingungssensoren für die Pumpen der Linie 4 und die Auswertung läuft auf einem "
            "Edge-Rechner im Schaltschrank.") in text.split("\n")


def test_a_page_opening_with_the_heads_first_words_but_no_head_is_left_whole():
    top = ("Kessler Antriebe GmbH liefert die Sensoren bis Ende Mai, und die Auswertung läuft auf einem Edge-Rechner im "
           "Schaltschrank der Linie 4.")
    pages = [f"{HEAD}\n1. Umfang\nWir liefern zwölf Sensoren.", f"{HEAD}\n2. Termine\nDie Schulung dauert zwei Tage.",
             f"{top}\n3. Service\nDer Service umfasst ein Update pro Quartal."]
    assert top in tidy(PAGE_BREAK.join(pages), unwrap=True).split("\n")


@pytest.mark.parametrize("text", [
    "We will halve that giveaway.\nCurrently the giveaway averages 7.5 g per pack.\nWe will halve that giveaway.",
    "Mit der Prüfstation halbieren wir diesen Ausschuss.\nDerzeit liegt der Ausschuss bei 4,2 %.\n"
    "Mit der Prüfstation halbieren wir diesen Ausschuss.\nDer Schichtleiter sieht die Stopps am Bildschirm.",
])
def test_a_change_read_once_for_its_text_still_looks_for_its_baseline_where_each_saying_stands(text, bank):
    drafter = drafter_for(bank)
    sentences = drafter.reader.read(text).sentences
    read: dict = {}
    for at in range(len(sentences)):
        assert relative_measure(sentences, drafter.rules, at, read) == relative_measure(sentences, drafter.rules, at)
    assert len(read) == len({s.text for s in sentences})  # each text read once
