"""Spanish, French, Italian and Portuguese texts read as English (issue 14, reading/romance.py, questions/romance.yaml):
the language told by its function words, each word glossed into the English cue words, a noun's modifiers read
before it, a verb told in the past by its ending, and a case study in each language drafting what it names.
Sentences of our own."""
import pytest
import yaml

from questions import load_bank
from reading.draft import draft
from reading.german import english_words
from reading.phrases import normalise, tokens
from reading.romance import _DATA, romance_rules

RULES = romance_rules()

SPANISH = ("La empresa instaló sensores de temperatura y de vibración en las prensas de la planta. "
           "Los datos históricos se muestran en un tablero de control para el jefe de turno, y el sistema envía una "
           "alarma cuando la máquina se detiene. Antes, los operarios anotaban los paros en papel.")
FRENCH = ("L'usine a installé des capteurs de température et de pression sur les deux lignes de production. "
          "Les données sont affichées sur un tableau de bord pour le chef d'équipe et les opérateurs, et une alerte "
          "est envoyée pour chaque arrêt de la ligne. Auparavant, les arrêts étaient notés sur papier.")
ITALIAN = ("L'azienda ha installato sensori di vibrazione e di temperatura sui motori dello stabilimento. "
           "I dati sono visualizzati su una dashboard per il capoturno e gli operatori, e il sistema invia un "
           "allarme quando la macchina si ferma. Prima, i fermi erano annotati a mano dagli operatori.")
PORTUGUESE = ("A empresa instalou sensores de temperatura e de vibração nas prensas da fábrica. "
              "Os dados são mostrados em um painel para o líder de turno e os operadores, e o sistema envia um "
              "alarme quando a máquina para. Antes, os operadores anotavam as paradas em papel.")


def read(text: str, language: str = "") -> str:
    """The text glossed, in the language its words tell (a short sentence: in `language`)."""
    said = tokens(normalise(text))
    return " ".join(RULES.gloss(said, RULES.languages[language] if language else RULES.language([said])))


@pytest.mark.parametrize("text, language", [(SPANISH, "es"), (FRENCH, "fr"), (ITALIAN, "it"), (PORTUGUESE, "pt")])
def test_a_romance_text_is_told_by_its_function_words(text, language):
    assert RULES.language([tokens(normalise(text))]).name == language


def test_an_english_text_is_read_as_written():
    text = ("The plant installed temperature sensors on the presses. The data is shown on a dashboard for the shift "
            "leader, and an alarm is sent when a machine stops. Before, operators wrote the stops on paper.")
    assert RULES.language([tokens(normalise(text))]) is None
    assert english_words([text])[text] == tokens(normalise(text))


@pytest.mark.parametrize("text, english", [
    (SPANISH, "temperature and vibration sensors"),
    (FRENCH, "temperature and pressure sensors"),
    (ITALIAN, "vibration and temperature sensors"),
    (PORTUGUESE, "temperature and vibration sensors"),
])
def test_a_noun_after_de_or_di_is_read_as_the_modifier_of_the_noun_before_it(text, english):
    assert english in read(text)


@pytest.mark.parametrize("text, english", [
    (SPANISH, "historical data"),
    (FRENCH, "production lines"),
    ("Il progetto ha introdotto la manutenzione predittiva e il controllo qualità dei pezzi con i dati storici "
     "della produzione.", "historical data"),
])
def test_an_adjective_after_its_noun_is_read_before_it(text, english):
    assert english in read(text)


@pytest.mark.parametrize("text, english", [
    (FRENCH, "shift leader"),
    (SPANISH, "dashboard"),
    (ITALIAN, "shift leader"),
    (PORTUGUESE, "shift leader"),
])
def test_a_role_and_an_output_are_read_in_the_english_cue_words(text, english):
    assert english in read(text)


def test_french_and_italian_read_a_noun_right_after_a_noun_as_its_modifier():
    assert "quality control" in read("Il progetto ha introdotto il controllo qualità dei pezzi nello stabilimento "
                                     "con il sistema della linea.")


@pytest.mark.parametrize("text, language", [
    ("La empresa automatizó la línea de montaje.", "es"),
    ("Los técnicos digitalizaron los registros del almacén.", "es"),
    ("A empresa automatizou a linha de montagem.", "pt"),
    ("L'usine a automatisé la ligne de montage.", "fr"),
    ("Les techniciens ont numérisé les registres du magasin.", "fr"),
    ("Lo stabilimento ha digitalizzato il magazzino.", "it"),
])
def test_a_verb_no_entry_glosses_is_read_in_the_past_by_its_ending(text, language):
    assert "did" in read(text, language).split()


@pytest.mark.parametrize("text, language", [
    ("La empresa fabrica piezas de motor y los técnicos revisan la línea de montaje cada semana.", "es"),
    ("Lo stabilimento produce mangimi e i tecnici controllano la linea ogni settimana.", "it"),
])
def test_a_present_verb_is_not_read_in_the_past(text, language):
    assert "did" not in read(text, language).split()


@pytest.mark.parametrize("text, before", [(SPANISH, "previously"), (FRENCH, "previously"),
                                          (ITALIAN, "previously"), (PORTUGUESE, "previously")])
def test_the_before_state_marker_of_each_language_is_read(text, before):
    assert before in read(text).split()


@pytest.mark.parametrize("text", [SPANISH, FRENCH, ITALIAN, PORTUGUESE])
def test_a_romance_case_study_drafts_the_data_its_sensors_capture(text):
    answers = {a.question: a for a in draft(text, load_bank()).answers}
    assert "temperature" in answers["data.captured"].choices


def test_every_word_of_romance_yaml_is_text_not_a_yaml_boolean():
    data = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    for language in data["languages"].values():
        for section in ("words", "nouns", "adjectives"):
            assert all(isinstance(k, str) and isinstance(v, str) for k, v in language[section].items())
        assert all(isinstance(w, str) for w in language["markers"])
    assert all(isinstance(w, str) for w in data["english"] + data["of_words"] + data["ands"])


@pytest.mark.parametrize("text", [SPANISH, FRENCH, ITALIAN, PORTUGUESE])
def test_a_romance_sentence_opened_by_its_before_marker_tells_the_before_state(text):
    from reading.documents import pasted
    from reading.draft import drafter_for
    from reading.roles import BEFORE
    _, seen = drafter_for(load_bank()).drafted_pass([pasted(text)])
    assert [role.kind == BEFORE for role in seen.roles] == [False, False, True]


@pytest.mark.parametrize("text", [SPANISH, FRENCH, ITALIAN, PORTUGUESE])
def test_a_romance_case_study_drafts_its_dashboard_and_alerts_for_the_shift_leader(text):
    answers = {a.question: a for a in draft(text, load_bank()).answers}
    assert {"live_dashboard", "alerts"} <= set(answers["workflow.outputs"].choices)
    assert "shift_leads" in answers["users.roles"].choices


def test_a_participle_shape_opening_a_sentence_is_no_past_without_its_auxiliary():
    assert "did" not in read("Resultados obtenidos: eventos de parada de máquina medidos por turno.", "es").split()
