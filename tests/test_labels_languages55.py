"""A label's name in Spanish, French, Italian, Portuguese or German is the label (questions/glossary.yaml aliases): a
Spanish offer that sells "Industria 4.0", a "gemelo digital" and "inteligencia artificial" sells what an English one
selling Industry 4.0, a digital twin and AI does; and a denial in those languages ("sin nube",
"senza cloud", "sem nuvem") sells no cloud (glossary.yaml denied). Sentences of our own (walk55)."""
import pytest

from reading import analyze


@pytest.mark.parametrize("sentence, label", [
    ("Nuestra solución de Industria 4.0 conecta la panadería entera.", "industry_4_0"),
    ("Ofrecemos un gemelo digital de cada línea de envasado.", "digital_twin"),
    ("La inteligencia artificial avisa antes de que falle el motor.", "ai"),
    ("Acompañamos su transformación digital paso a paso.", "digital_transformation"),
    ("Una fábrica inteligente empieza por sus hornos.", "smart_factory"),
    ("Une solution d'intelligence artificielle pour vos lignes.", "ai"),
    ("Le jumeau numérique simule chaque presse.", "digital_twin"),
    ("La piattaforma di intelligenza artificiale per i vostri compressori.", "ai"),
    ("Una fabbrica intelligente nasce dai dati.", "smart_factory"),
    ("A indústria 4.0 chega às suas prensas.", "industry_4_0"),
    ("O gêmeo digital mostra cada forno.", "digital_twin"),
    ("Der digitale Zwilling bildet jede Abfüllanlage ab.", "digital_twin"),
    ("Unsere künstliche Intelligenz lernt aus Ihren Daten.", "ai"),
    ("Maschinelles Lernen für Ihre Pumpen.", "ai"),
])
def test_a_labels_name_in_another_language_is_the_label(sentence, label):
    assert label in analyze(sentence).labels


@pytest.mark.parametrize("sentence", [
    "Todo se calcula en el armario de la planta, sin nube.",
    "El sistema funciona sin conexión a la nube.",
    "La centralina lavora senza cloud, nello stabilimento.",
    "O sistema roda na fábrica, sem nuvem.",
    "No se necesita ninguna nube: el servidor está en su planta.",
])
def test_a_label_denied_in_spanish_italian_or_portuguese_is_no_label(sentence):
    assert "cloud_edge" not in analyze(sentence).labels


def test_a_condition_without_the_label_still_sells_it():
    assert "ai" in analyze("Sin inteligencia artificial, los inspectores no ven las grietas pequeñas.").labels
