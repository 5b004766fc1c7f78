"""An abbreviation of "about", "number", "page", "article" or "paragraph" in Spanish, Portuguese, Italian, French,
German, Dutch or Polish ends no sentence before the number it leads or inside the brackets it stands in
(questions/sentences.yaml, reading/splitting.py): walk77's "(aprox. 140 horas/año recuperadas)" was cut at "aprox.",
its hours left in a fragment of their own."""
import pytest

from reading import analyze


def cut(text: str) -> list[str]:
    return [s.text for s in analyze(text).sentences]


@pytest.mark.parametrize("sentence", [
    "Estimamos una reducción de paros de 30% (aprox. 95 horas/año recuperadas) en la línea de pintura.",
    "O consumo cai aprox. 12 kWh por lote no forno 2.",
    "Le séchoir consomme env. 40 kWh par charge (env. 6 % de moins qu'avant).",
    "Il forno consuma ca. 35 kWh per carica nel turno di notte.",
    "De oven verbruikt ong. 35 kWh per lading in de nachtploeg.",
    "Piec zużywa ok. 35 kWh na wsad na nocnej zmianie.",
    "La cláusula de soporte del art. 7 fija la respuesta en 4 horas.",
    "Los datos del sensor se listan en la pág. 12 del anexo técnico.",
    "La prensa núm. 3 y la prensa núm. 5 alimentan la misma banda.",
    "Zgodnie z ust. 2 umowy serwis reaguje w ciągu 8 godzin.",
    "De pers Nr. 4 staat in hal 2 van de fabriek.",
])
def test_an_abbreviation_before_a_number_keeps_the_sentence_whole(sentence):
    assert cut(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Reducimos los paros (aprox. cuarenta horas al año) en las tres celdas.",
    "Nous réduisons les arrêts (env. quarante heures par an) sur les trois presses.",
])
def test_an_abbreviation_inside_its_brackets_keeps_the_sentence_whole(sentence):
    assert cut(sentence) == [sentence]


def test_a_sentence_that_ends_on_such_a_word_still_ends():
    text = "Our panels are state of the art. The gateway reads the PLC every second."
    assert cut(text) == ["Our panels are state of the art.", "The gateway reads the PLC every second."]


def test_an_address_abbreviation_stays_with_its_street():
    text = "Av. Constitución 2150 Pte., Col. Centro, C.P. 64000, Monterrey, N.L."
    assert cut(text) == [text]


@pytest.mark.parametrize("first, second", [
    ("Estimamos una reducción de paros de 25% (aprox.", "140 horas/año recuperadas) en las tres celdas."),
    ("Der Trockner spart Energie (ca.", "40 kWh pro Charge) gegenüber dem Altgerät."),
    ("Le séchoir économise de l'énergie (env.", "40 kWh par charge) par rapport à l'ancien."),
    ("De oven bespaart energie (ong.", "35 kWh per lading) ten opzichte van de oude."),
])
def test_a_line_wrapped_after_such_a_stop_inside_its_brackets_is_joined_to_the_next(first, second):
    """A PDF's line ends after "(aprox." (walk77): the stop ends no sentence while the bracket it stands in is open."""
    from reading.documents import pasted
    assert cut(pasted(f"{first}\n{second}\nOtra línea.").text)[0] == f"{first} {second}"


def test_a_line_that_ends_a_sentence_after_its_closed_bracket_still_ends_it():
    from reading.documents import pasted
    assert cut(pasted("El retorno es de 14 meses (estimado).\n140 horas al año se recuperan.").text) == [
        "El retorno es de 14 meses (estimado).", "140 horas al año se recuperan."]
