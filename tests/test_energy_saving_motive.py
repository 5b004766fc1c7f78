"""A project's energy saving states the plant's energy cost, however it is told (recall68): the efficiency or the saving
a project works for is its motive, with no word of the plant's state needed (drafting.yaml roles motive_problems), and
the saving's own words cue it in every language the gloss reads (Energieeinsparung, économies d'énergie, ahorro de
energía, risparmio energetico). Downtime a screen shows is still no problem of the plant, and a vendor's boast to any
reader still sells (test_draft_real_recall.py)."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()
PROBLEM = "problem.plant_problems"


def ticked(text: str) -> list[str]:
    answer = draft(text, BANK).answer(PROBLEM)
    return answer.choices if answer else []


def test_meters_fitted_to_save_energy_tell_the_energy_cost_problem():
    assert "energy_cost" in ticked("The bakery fitted meters on its compressors, chillers and ovens in 2021 to save energy.")


def test_a_saving_told_as_what_the_line_now_does_tells_it():
    text = "Since the retrofit, the dryer line saves energy every shift, and the meters paid for themselves in 14 months."
    assert "energy_cost" in ticked(text)


def test_energy_efficiency_worked_for_needs_no_word_of_the_plants_state_where_downtime_shown_does():
    text = "The new control screens help the operators of both paper machines improve energy efficiency."
    assert "energy_cost" in ticked(text)
    assert "downtime_unclear" not in ticked("The screens show the operators the downtime of each press.")


def test_german_efficiency_worked_for_tells_it():
    text = ("Die Gießerei hat 2022 neue Leitstände installiert. Die neuen Bildschirme helfen den Bedienern beider Öfen, "
            "die Energieeffizienz zu verbessern. Die Daten werden jede Woche vom Produktionsleiter ausgewertet.")
    assert "energy_cost" in ticked(text)


def test_german_plant_that_saves_energy_tells_it():
    text = ("Die Molkerei hat 2021 Zähler an den Kompressoren und Kühlanlagen installiert. Die neue Anlage spart Energie "
            "und Wasser. Die Daten werden jede Woche vom Produktionsleiter ausgewertet.")
    assert "energy_cost" in ticked(text)


def test_french_energy_savings_tell_it():
    text = ("L'entreprise a installé des compteurs sur les machines de la ligne. Le projet a permis de réaliser des "
            "économies d'énergie importantes pour l'usine. Les données sont analysées chaque semaine par le responsable "
            "de la production.")
    assert "energy_cost" in ticked(text)


def test_french_efficiency_worked_for_tells_it():
    text = ("L'usine a installé de nouveaux écrans en 2022. Les écrans aident les opérateurs des deux fours à améliorer "
            "l'efficacité énergétique. Les données sont analysées chaque semaine par le responsable de la production.")
    assert "energy_cost" in ticked(text)


def test_spanish_energy_saving_tells_it():
    text = ("La empresa instaló contadores en las máquinas de la línea. El proyecto permitió un ahorro de energía "
            "importante para la planta. Los datos se analizan cada semana por el responsable de producción.")
    assert "energy_cost" in ticked(text)


def test_italian_energy_saving_tells_it():
    text = ("L'azienda ha installato contatori sulle macchine della linea. Il progetto ha permesso un notevole risparmio "
            "energetico per lo stabilimento. I dati sono analizzati ogni settimana dal responsabile della produzione.")
    assert "energy_cost" in ticked(text)
