"""Kinds of KPI sentence the reader must get right wherever they come from (issue 14): German offers with decimal
commas and German verbs of change, a rate whose base holds a thousands separator, things counted per a base, a
baseline told beside an industry range, a relative change of a measure per a thing, and texts that state no KPI
although they hold a range, a tolerance or a share of change. Texts written for these tests."""
import pytest

from questions import load_bank
from reading.draft import draft
from reading.kpi_change import read_relative
from reading.kpi_numbers import as_read

BANK = load_bank()


def measure(text: str):
    answer = draft(text, BANK).answer("decision.kpi")
    m = answer.measure if answer else None
    return m if m and m.baseline is not None and m.target is not None else None


def ends(text: str):
    m = measure(text)
    return (m.baseline, m.target) if m else None


def test_a_german_target_after_senken_wir_auf_pairs_with_the_decimal_comma_baseline():
    text = ("Angebot – Lackieranlage Halle 4\n\n"
            "Ausgangslage: Der Lösemittelverbrauch lag 2025 bei 3,8 kg je Karosse.\n"
            "Mit der neuen Dosierung senken wir den Lösemittelverbrauch auf 3,1 kg je Karosse.")
    assert ends(text) == (3.8, 3.1)


def test_a_german_target_names_the_measure_after_the_vendor_not_the_means():
    text = ("Angebot Trockner T-2\n\n"
            "Eine Trocknung dauert heute im Mittel 14,5 Stunden.\n"
            "Mit der Feuchteregelung verkürzen wir die Trocknungszeit auf 11 Stunden.")
    m = measure(text)
    assert (m.baseline, m.target) == (14.5, 11.0)
    assert "regelung" not in m.metric and "wir" not in m.metric.split()


def test_a_rate_per_a_thousand_things_keeps_its_base_in_the_unit():
    text = ("Proposal: web inspection for paper machine 2\n\n"
            "Over the last six months your crews recorded 4.2 web breaks per 1,000 t of paper.\n"
            "With the new camera system we will bring that down to no more than 2.5 breaks per 1,000 t.")
    m = measure(text)
    assert (m.baseline, m.target) == (4.2, 2.5)
    assert "1,000" in m.unit


def test_things_counted_per_a_base_pair_with_a_target_per_the_same_base():
    text = ("Seam inspection proposal\n\n"
            "Your quality records show 3.4 seam leaks per 100 cans on line 2.\n"
            "We will reduce the seam leaks to 1.2 per 100 cans within a year.")
    assert ends(text) == (3.4, 1.2)


def test_a_baseline_told_beside_an_industry_range_is_the_plants_own_figure():
    text = ("Bottle inspection proposal\n\n"
            "Your QA logs for 2025 show 5.1 rejects per 1,000 bottles at the filler, against an industry norm of 2 to 3.\n"
            "We will reduce your rejects to 1.8 per 1,000 bottles with the new inspection head.")
    assert ends(text) == (5.1, 1.8)


def test_a_relative_change_of_a_measure_per_a_thing_takes_the_baseline_per_that_thing():
    text = ("Proposal gas saving - bakery line 3 (buns, 4.5 t/h)\n"
            "Your gas use last year was 310 kWh per tonne of baked product. With the heat exchangers we "
            "reduce the gas use per tonne by 20 % in the first year.")
    m = measure(text)
    assert (m.baseline, round(m.target, 6)) == (310.0, 248.0)


def test_an_adjective_that_is_also_a_verb_of_change_does_not_name_the_change():
    change = read_relative(as_read("With the cutting oil filter we reduce the coolant use by 30 %."))
    assert change.metric == "coolant use" and change.factor == pytest.approx(0.7)


@pytest.mark.parametrize("text", [
    # a range's ends after a verb of spread are no baseline, and a tolerance is no target
    "Moulding proposal\n\nYour reject rate ranges anywhere from 2 to 5 % of parts by shift. Our controller holds the "
    "melt temperature within ±2 % and will lower rejects clearly. A firm target follows after the trial.",
    # a baseline for one measure and a share of change for another are two measures, no KPI
    "Mixing plant proposal\n\nToday 9 % of your batches need a rework step before release. Our aim is 25 % shorter "
    "mixing times and no rework shipped.",
])
def test_a_text_without_a_kpi_drafts_no_measure_from_ranges_tolerances_or_change_shares(text):
    assert measure(text) is None


def test_german_thousands_dots_are_thousands_where_the_sentence_writes_decimal_commas():
    assert as_read("Der Verbrauch lag bei 4,2 kWh je Stück (rund 12.500 Stück im Monat).").endswith(
        "(rund 12,500 stück im monat).")
    assert "1,250,000" in as_read("Preis: 1.250.000 € netto")
    assert "0.125 mm" in as_read("a gap of 0.125 mm")  # an English decimal stays


def test_a_german_change_from_hours_to_minutes_converts_its_units_of_time():
    text = ("Angebot Schnellwechselsystem\n\n"
            "Heute dauert ein Formatwechsel an Linie 3 im Mittel 2 Stunden.\n"
            "Mit dem Schnellwechselsystem verkürzen wir den Formatwechsel auf 45 Minuten.")
    assert ends(text) == (120.0, 45.0)


def test_a_german_compound_names_its_kind_so_a_target_the_wrong_way_drafts_nothing():
    text = ("Angebot Beizanlage\n\n"
            "Der Säureverbrauch lag 2025 bei 12,5 kg je Tonne.\n"
            "Mit der Regelung steigern wir den Säureverbrauch auf 14,0 kg je Tonne.")
    assert measure(text) is None
    assert ends(text.replace("steigern", "senken").replace("14,0", "10,0")) == (12.5, 10.0)


@pytest.mark.parametrize("text, expected", [
    ("Angebot Verzinkerei\n\nDer Zinkverbrauch lag 2025 bei 62,0 kg je Tonne.\n"
     "Mit der Badregelung senken wir den Zinkverbrauch um 10 %.", (62.0, 55.8)),
    ("Angebot Abfüllung\n\nDie Stillstandszeit liegt heute bei 14 Stunden pro Woche.\n"
     "Mit dem Paket halbieren wir die Stillstandszeit.", (14.0, 7.0)),
])
def test_a_german_relative_change_um_or_halbieren_applies_to_the_stated_baseline(text, expected):
    got = ends(text)
    assert got and (got[0], round(got[1], 6)) == expected


def test_a_change_per_a_period_takes_the_baseline_per_that_period_and_leaves_when_out_of_the_unit():
    text = ("Offer for your bottling hall\n\n"
            "Unplanned downtime cost you 38 hours a month last year.\n"
            "We will reduce the unplanned downtime per month by 40 %.")
    m = measure(text)
    assert (m.baseline, round(m.target, 6), m.unit) == (38.0, 22.8, "hours a month")


def test_a_result_at_a_customers_site_is_no_baseline_and_target_of_this_plant():
    text = ("Offer for your weaving hall\n\n"
            "At the Lodz mill of a customer, loom efficiency went from 81 % to 88 %. For your hall we propose the same.")
    assert measure(text) is None


def test_what_customers_typically_get_is_no_baseline_and_target_of_this_plant():
    text = ("Offer for your moulding shop\n\n"
            "Customers typically cut scrap from 8 % to 3 % with our system. We expect similar results at your plant.")
    assert measure(text) is None
    assert ends(text.replace("Customers typically cut", "We will cut your")) == (8.0, 3.0)


def test_a_dutch_target_after_verlagen_wij_naar_pairs_with_todays_value():
    text = ("Voorstel omstelsysteem\n\n"
            "De omsteltijd is nu gemiddeld 34 minuten.\n"
            "Met het nieuwe systeem verlagen wij de omsteltijd naar 15 minuten.")
    assert ends(text) == (34.0, 15.0)


def test_the_ends_of_a_range_told_with_between_are_no_baseline():
    text = ("Offer for your kiln dryer\n\n"
            "Your dryer takes between 6 and 8 hours per load. We guarantee 5 hours per load.")
    assert measure(text) is None


def test_a_value_told_of_a_kind_that_moves_the_other_way_is_no_baseline_for_the_target():
    text = ("Offer for your packing line\n\n"
            "Your line loses 6.5 % of its planned time to changeovers. We guarantee an OEE of 78 % after the upgrade.")
    assert measure(text) is None


def test_a_count_per_a_hyphenated_base_keeps_its_unit():
    text = "Offer for knitting hall 2\n\nSpindle stops: today 3.1 per machine-hour. Target: 1.5 per machine-hour."
    m = measure(text)
    assert (m.baseline, m.target, m.unit) == (3.1, 1.5, "per machine-hour")


def test_a_bare_count_labelled_as_the_baseline_pairs_with_a_bare_target_in_its_sentence():
    text = ("Offer for your extrusion hall\n\n"
            "KPI: profiles scrapped for wall thickness. Baseline 1,840 in 2025 from your scrap report; target below 700 "
            "in 2027, measured monthly with the same report.")
    assert ends(text) == (1840.0, 700.0)


def test_things_counted_per_a_base_pair_with_a_target_told_only_per_that_base():
    text = ("Offer for your AOI stations\n\n"
            "KPI: false-call rate on line 4, baseline 0.65 false calls per panel (your AOI log, Q3 2026), target 0.2 per "
            "panel by June 2027.")
    m = measure(text)
    assert (m.baseline, m.target) == (0.65, 0.2) and "panel" in m.unit


def test_german_things_with_umlauts_per_shift_are_the_unit_and_name_the_measure_not_the_heading():
    text = ("Angebot\n\nAusgangslage: 4,2 Störungen je Schicht (Januar bis März 2026). "
            "Ziel: höchstens 1,5 Störungen je Schicht nach sechs Monaten.")
    m = measure(text)
    assert (m.baseline, m.target, m.unit, m.metric) == (4.2, 1.5, "Störungen je Schicht", "Störungen")


def test_a_document_heading_over_labelled_lines_gives_way_to_the_things_counted():
    text = "Offer\n\nBaseline: 4.2 stoppages per shift (January to March 2026). Target: at most 1.5 stoppages per shift."
    m = measure(text)
    assert (m.baseline, m.target, m.metric) == (4.2, 1.5, "stoppages")


def test_a_relative_change_takes_the_value_its_metric_is_named_right_after_not_an_output_rate():
    text = ("Offer for your frame welding\n\n"
            "Your welding cells produce 1,400 frames a week, and 3.5 % of them need rework. We will cut rework by half.")
    m = measure(text)
    assert (m.baseline, m.target, m.unit) == (3.5, 1.75, "%")


@pytest.mark.parametrize("today, target, drafted", [(9.5, 6, True), (6, 9.5, False)])
def test_the_time_of_a_kind_that_should_rise_should_fall(today, target, drafted):
    text = (f"Offer for your order flow\n\nYour order throughput time is {today} days today. "
            f"We will bring the throughput time to {target} days.")
    assert (ends(text) == (today, target)) is drafted and (measure(text) is not None) is drafted


def test_a_relative_change_of_energy_use_takes_the_baseline_its_unit_names_as_energy():
    text = ("Offer for your rolling mill\n\n"
            "Your plant (42,000 t a year) used 610 kWh per tonne in 2025. "
            "With the new drives we lower the energy use per tonne by 8 %.")
    m = measure(text)
    assert (m.baseline, round(m.target, 6)) == (610.0, 561.2)


@pytest.mark.parametrize("text, expected", [
    ("Offre pour votre ligne 2\n\nLe taux de rebut est aujourd'hui de 4,2 %. Nous nous engageons à le ramener à 2,5 %.",
     (4.2, 2.5)),
    ("Offre pour votre ligne 2\n\nNous réduisons le taux de rebut de 4,2 % à 2,5 % en six mois.", (4.2, 2.5)),
])
def test_a_french_change_de_a_or_a_target_a_pairs_with_todays_value(text, expected):
    assert ends(text) == expected


def test_a_german_kpi_named_before_its_labelled_lines_names_the_measure():
    text = ("Angebot Presse 4\n\nKennzahl: ungeplante Stillstandszeit\n- Ausgangswert 2025: 38 h/Monat\n"
            "- Zielwert ab Monat 6: 20 h/Monat")
    m = measure(text)
    assert (m.baseline, m.target, m.metric) == (38.0, 20.0, "ungeplante stillstandszeit")


def test_a_bound_ends_no_metric_name():
    text = "Offer for line 1\n\nYour OEE: 58.5 % (Jan-Jun 2026). With our system, OEE of at least 68 %, guaranteed."
    assert measure(text).metric == "OEE"


@pytest.mark.parametrize("text", [
    "Angebot Spritzguss\n\nDie Ausschussquote schwankt heute zwischen 3 und 6 %. Wir garantieren 1,5 %.",
    "Angebot Spritzguss\n\nDer Ausschuss liegt je nach Werkzeug bei 3 bis 6 %. Mit der Regelung senken wir ihn auf 1,5 %.",
    "Voorstel spuitgieten\n\nDe uitval ligt tussen 3 en 6 %. Wij garanderen 1,5 %.",
    "Offre injection\n\nLe taux de rebut varie entre 3 et 6 %. Nous garantissons 1,5 %.",
])
def test_a_range_told_in_german_dutch_or_french_gives_no_baseline(text):
    assert measure(text) is None


def test_a_german_link_verb_ends_the_measures_name():
    text = "Angebot Rüstsystem\n\nDie Rüstzeit beträgt derzeit 48 Minuten. Wir verkürzen sie um 20 Minuten."
    m = measure(text)
    assert (m.metric, m.baseline, m.target) == ("Rüstzeit", 48.0, 28.0)


def test_a_german_change_of_a_measure_je_tonne_takes_the_baseline_per_tonne_not_the_lines_output():
    text = ("Angebot Pommes-Linie (22 t/h Fertigware)\n\nDer Frischwasserverbrauch lag 2025 bei 6,8 m³ je Tonne "
            "Fertigware.\nMit der Aufbereitung reduzieren wir den Frischwasserverbrauch je Tonne um 25 %.")
    m = measure(text)
    assert (m.metric, m.baseline, round(m.target, 6)) == ("Frischwasserverbrauch", 6.8, 5.1)


def test_a_tolerance_written_in_words_is_no_target():
    text = ("Offer for your cheese line\n\n"
            "Today the fill weight varies by 4 g. We keep it to plus/minus 1.5 g and will reduce giveaway.")
    assert measure(text) is None


@pytest.mark.parametrize("promise", [
    "Mit der neuen Regelung sagen wir eine Nacharbeitsquote von höchstens 1,9 % zu.",
    "Mit der neuen Regelung verpflichten wir uns, die Nacharbeitsquote auf 1,9 % zu senken.",
    "Mit der neuen Regelung sichern wir Ihnen eine Nacharbeitsquote von höchstens 1,9 % zu."])
def test_a_german_commitment_in_inverted_word_order_pairs_with_the_baseline_lag_bei(promise):
    text = ("Angebot Lackierlinie 3\n"
            f"Ihre Nacharbeitsquote lag im Jahr 2025 bei 4,4 % (rund 120.000 Teile).\n{promise}")
    assert ends(text) == (4.4, 1.9)


def test_a_german_sentence_that_only_says_sagen_wir_of_a_range_drafts_no_kpi():
    text = ("Angebot Kameraprüfung\n"
            "Die Linie läuft mit 300 bis 400 Teilen pro Minute, sagen wir im Mittel 350.\n"
            "Lieferzeit: 12 Wochen.")
    assert measure(text) is None
