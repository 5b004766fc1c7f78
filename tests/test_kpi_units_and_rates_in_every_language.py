"""A KPI whose baseline and target are told in other words than English's: a time in hours in the language of the
offer against a target in minutes (Czech "hodiny", Polish "godziny", Spanish "horas"), a changeover named by what
is changed ("die changes", "roll changes"), a bare rate's "per" in another language ("6 por turno" against "17
paradas por turno"), and a Romance "a" that is "to" after a verb of change ("reducir las paradas a 6"). Sentences
written for these tests (issue 14)."""
from kpi_corpus import kpi_ends


def test_a_czech_time_in_hours_converts_to_the_target_in_minutes():
    text = ("Lakovna – nabídka\nVýměna barvy na lince 2 trvá dnes průměrně 2,5 hodiny.\n"
            "S novým systémem garantujeme výměnu barvy do 40 minut.")
    assert kpi_ends(text) == (150.0, 40.0)


def test_a_polish_time_in_hours_converts_to_the_target_in_minutes():
    text = ("Wtryskarki – oferta\nPrzezbrojenie formy trwa dziś średnio 1,5 godziny.\n"
            "Gwarantujemy skrócenie przezbrojenia do 25 minut.")
    assert kpi_ends(text) == (90.0, 25.0)


def test_a_changeover_named_by_what_is_changed_is_a_time_to_cut():
    text = ("Paper machine - winder upgrade\nA roll change on the winder now takes 1 hour 10 minutes on average.\n"
            "With the automatic splicer we guarantee roll changes in 20 minutes or less.")
    assert kpi_ends(text) == (70.0, 20.0)


def test_a_spanish_rate_per_shift_reads_its_target_after_reducir_a():
    text = ("Asunto: línea de zumos\nHoy la etiquetadora tiene de media 12 atascos por turno.\n"
            "Con el nuevo alimentador nos comprometemos a reducir esos atascos a 3 por turno como máximo.")
    assert kpi_ends(text) == (12.0, 3.0)


def test_an_italian_rate_per_shift_reads_its_target_after_ridurre_a():
    text = ("Oggetto: linea pasta fresca\nOggi la linea registra 9 fermate per turno.\n"
            "Ci impegniamo a ridurre le fermate a 4 per turno.")
    assert kpi_ends(text) == (9.0, 4.0)


def test_an_english_article_before_a_number_stays_an_article():
    text = ("Printing - proposal\nToday makeready takes 50 minutes per job.\n"
            "We will reduce makeready on a 6-colour press and guarantee 30 minutes per job.")
    assert kpi_ends(text) == (50.0, 30.0)


def test_a_span_in_spanish_is_still_no_change():
    text = "Piloto\nEl piloto dura de 4 a 6 semanas y la instalación se hace en 3 días."
    assert kpi_ends(text) is None
