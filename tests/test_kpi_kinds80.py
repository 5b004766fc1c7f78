"""KPI kinds the blind set tuning42 showed (issue 14, kpi80), each in other words and languages than that set's: a
rate's unit with what it is of between its unit and its base ("120 litros de água por quilo" against "70 L/kg"); days
and spans in words and with a half or a quarter ("sex dygn", "fyra och ett halvt dygn", "an hour and a quarter"); a
cut to a share of today's value ("para metade") and a Portuguese demonstrative pointing back ("esse número"); a Dutch
"we" and a Swedish verb before "vi" committing; a reference site told by an adjective ("w odlewni referencyjnej") and
a dash after a label's colon a minus sign, no value. Sentences written for these tests."""
import pytest

from kpi_corpus import kpi_ends, offered_kpi_ends, whole_kpi
from reading.kpi_durations import durations_as_read


@pytest.mark.parametrize("text, ends", [
    ("A fábrica consome hoje 9,5 litros de água por quilo de queijo. Garantimos um consumo máximo de 6 L/kg.",
     (9.5, 6.0)),
    ("La planta consume hoy 310 litros de agua por tonelada de fruta. Garantizamos 240 L/t.", (310.0, 240.0)),
])
def test_a_rates_unit_with_what_it_is_of_pairs_with_its_short_name(text, ends):
    assert kpi_ends(text) == ends


def test_a_short_unit_per_a_square_metre_keeps_its_square_and_period():
    got = whole_kpi("Uw stal verbruikt nu 22 m³ water per m² per jaar. Wij verlagen dat naar 15 m³/m² per jaar.")
    assert (got.unit, got.baseline, got.target) == ("m³/m² per jaar", 22.0, 15.0)


@pytest.mark.parametrize("said, read", [
    ("på sex dygn i snitt", "på 6 dygn i snitt"), ("fyra och ett halvt dygn", "4.5 dygn"),
    ("dauert anderthalb tage", "dauert 1.5 tage"), ("deux jours et demi", "2.5 jours"),
    ("tres días y medio", "3.5 días"), ("an hour and a quarter", "75 minutes"), ("una hora y cuarto", "75 minutes"),
    ("zwei und eine halbe stunde", "2.5 stunde"),
])
def test_days_and_spans_in_words_are_read_as_one_value(said, read):
    assert durations_as_read(said) == read


@pytest.mark.parametrize("said", ["en deux postes", "toutes les deux heures", "in zwei schichten", "drie uur"])
def test_a_count_of_shifts_or_hours_in_words_stays_words(said):
    # a guard of the rule above (it passed before it): how the plant works or an interval, no measure's value
    assert durations_as_read(said) == said


@pytest.mark.parametrize("text, ends", [
    ("Era ugnar torkar i dag en laddning på fem dygn. Med ny styrning lovar vi att den torkas på tre och ett halvt dygn.",
     (5.0, 3.5)),
    ("Die Trocknung dauert heute anderthalb Tage. Wir garantieren höchstens 1 Tag.", (1.5, 1.0)),
    ("Trucks currently wait an hour and a quarter at the gate. We will cut this waiting time by 20%.", (75.0, 60.0)),
])
def test_a_duration_in_words_is_the_baseline(text, ends):
    assert kpi_ends(text) == ends


@pytest.mark.parametrize("text, ends", [
    ("A sua prensa regista 18 avarias por mês. Comprometemo-nos a reduzir esse número para metade.", (18.0, 9.0)),
    ("La vostra linea registra 12 fermi a settimana. Ci impegniamo a ridurre questi fermi alla metà.", (12.0, 6.0)),
    ("A sua linha regista 30 paragens por mês. Garantimos reduzir essas paragens para um terço.", (30.0, 10.0)),
])
def test_a_cut_to_a_share_of_the_value_told_before(text, ends):
    assert kpi_ends(text) == ends


@pytest.mark.parametrize("text, ends", [
    ("Uw lijn heeft nu 40 minuten omsteltijd. Met de nieuwe wisselset verlagen we dat naar 25 minuten.", (40.0, 25.0)),
    ("Maskinen förbrukar i dag 420 kWh per ton. Genom ny styrning sänker vi förbrukningen till 350 kWh per ton.",
     (420.0, 350.0)),
])
def test_a_commitment_with_the_verb_before_its_pronoun(text, ends):
    assert kpi_ends(text) == ends


@pytest.mark.parametrize("text", [
    "Dostarczamy nową prasę. W zakładzie referencyjnym pod Brnem zmniejszono udział braków z 4,8 % do 1,9 %.",
    "Dodáme nový lis. V referenčním závodě v Brně se zmetkovitost snížila z 4,8 % na 1,9 %.",
    "Rendement annoncé par le fabricant : 6 à 7 % par mètre. Objectif visé pour votre site : –30 % sur la facture d'énergie.",
])
def test_a_reference_sites_result_or_a_bare_cut_is_no_kpi(text):
    ends = offered_kpi_ends(text)
    assert whole_kpi(text) is None and (ends is None or None in ends)


@pytest.mark.parametrize("text, ends", [
    ("Cílem projektu je zvýšit dostupnost balicí linky na 92 %; podle Vašich záznamů je dnes 84 %.", (84.0, 92.0)),
    ("Cílem je snížit zmetkovitost lisu na 1,5 %; dnes je 3,2 %.", (3.2, 1.5)),
])
def test_a_czech_aim_told_before_todays_value(text, ends):
    assert kpi_ends(text) == ends
