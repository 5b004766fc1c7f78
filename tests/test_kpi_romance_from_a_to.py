"""A change told "de X a Y" in Spanish, "da X a Y" in Italian and "de X a Y" in Portuguese, decimal commas and all, is
the change from today's value to the target a buyer types; a span told so with no word of change ("el piloto dura de 4
a 6 semanas") gives no baseline and target. Proposal paragraphs written for these tests."""
from kpi_corpus import offered_kpi


def _read(text: str):
    got = offered_kpi(text)
    return got and (got.metric, got.unit, got.baseline, got.target)


def test_a_spanish_change_de_a_with_decimal_commas_is_read():
    text = ("Con el nuevo control de los hornos nos comprometemos a reducir el consumo de 1,9 a 1,6 kWh/m² en los "
            "primeros doce meses de operación.")
    assert _read(text) == ("consumo", "kWh/m²", 1.9, 1.6)


def test_an_italian_change_da_a_is_read():
    text = "Con il nuovo sistema di controllo ci impegniamo a ridurre lo scarto da 4,1 % a 2,5 % entro dodici mesi."
    assert _read(text) == ("scarto", "%", 4.1, 2.5)


def test_a_spanish_time_told_de_a_is_read():
    text = "Con el cambio rápido de formato nos comprometemos a reducir el tiempo de cambio de 45 a 30 minutos."
    assert _read(text)[2:] == (45, 30)


def test_a_portuguese_change_de_a_is_read():
    text = "Com o novo controlo dos fornos comprometemo-nos a reduzir o consumo de 1,9 a 1,6 kWh/m² em doze meses."
    assert _read(text)[2:] == (1.9, 1.6)


def test_a_span_told_de_a_without_a_change_is_no_measure():
    for text in ("El piloto dura de 4 a 6 semanas y nos comprometemos a entregar el informe final al cierre.",
                 "Il pilota dura da 4 a 6 settimane; ci impegniamo a consegnare il rapporto finale."):
        got = offered_kpi(text)
        assert got is None or got.baseline is None or got.target is None
