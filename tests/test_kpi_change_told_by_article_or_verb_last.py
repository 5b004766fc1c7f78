"""A change told by its share with the Spanish article alone ("reducir las paradas un 25 %", no "en") or with a German
verb put last without its "zu" ("Ziel: die ungeplanten Stillstände um 25 % senken") is a change of today's value,
as "en un 25 %" and "um 25 % zu senken" are; an English "a 25 %" is no change. Paragraphs written for these tests."""
from kpi_corpus import offered_kpi
from reading.kpi_change import read_relative


def _ends(text: str):
    got = offered_kpi(text)
    return got and (got.baseline, got.target)


def test_a_spanish_share_after_its_article_alone_is_a_change():
    text = ("Hoy la línea tiene 40 horas de paradas no planificadas al mes. Con nuestro sistema nos comprometemos a "
            "reducir las paradas no planificadas un 25 %.")
    assert _ends(text) == (40.0, 30.0)


def test_a_german_goal_with_its_verb_last_and_no_zu_is_a_change():
    text = ("Heute hat die Linie 40 Stunden ungeplante Stillstände im Monat. "
            "Ziel: die ungeplanten Stillstände um 25 % senken.")
    assert _ends(text) == (40.0, 30.0)


def test_a_german_main_clause_with_its_verb_last_is_a_change():
    assert read_relative("wir werden den ausschuss um 25 % senken.").factor == 0.75


def test_an_english_article_before_a_share_is_no_change():
    assert read_relative("we will cut scrap a 25 % of the time.") is None


def test_a_noun_of_change_before_what_changes_is_a_change():
    text = ("Według rejestru przestojów linia stała łącznie 46 godzin w miesiącu. "
            "Gwarantujemy skrócenie tych przestojów o 30% w ciągu 3 miesięcy od odbioru linii.")
    assert _ends(text) == (46.0, 32.2)


def test_a_noun_of_change_names_what_changes_after_its_share():
    text = ("Nel 2026 la linea ha registrato in media 27,5 ore di fermo non programmato a settimana. "
            "Garantiamo una riduzione del 40 % di tali ore di fermo entro 6 mesi.")
    assert _ends(text) == (27.5, 16.5)


def test_a_pronoun_before_the_share_keeps_what_follows_out_of_the_name():
    assert read_relative("our proposal is built to reduce that by 25 % in year one.").metric == ""
