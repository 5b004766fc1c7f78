"""Issue 14, walk76 (a French dairy's French, Spanish and US offers): what a Romance offer states is drafted, and what it
leaves out or needs of the plant is not. A share cut "against the reference of X" is a KPI from X to X less the share;
a section or a lead-in of what the offer does not include connects no system; the stops the installation needs are no
plant problem; a role a review "stays the responsibility of" reviews; a buffer kept while the link is lost, a
vendor's support, training days at the plant are read as their English is."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()

FRENCH = ["Fromagerie du Jura", "À l'attention de M. le Directeur d'usine",
          "Offre technique et commerciale n° TX-2025-0112",
          "Suite à notre visite, nous avons le plaisir de vous remettre notre proposition pour le suivi de vos lignes.",
          "Nous installerons des capteurs de débit et de température sur les deux lignes de conditionnement.",
          "Les automates existants seront raccordés par OPC UA à un serveur installé dans votre local technique."]
SPANISH = ["Quesos del Norte S.A.", "Estimado Director de Planta:",
           "Propuesta técnica y económica n.º QN-2025-041",
           "Le presentamos nuestra propuesta para la monitorización de las líneas de envasado de su planta.",
           "Instalaremos sensores de caudal y de temperatura en las dos líneas de envasado.",
           "Los PLC existentes se conectarán por OPC UA a un servidor instalado en su planta."]


def _answer(lines: list[str], *more: str, qid: str):
    return draft("\n".join([*lines, *more]), BANK).answer(qid)


def _choices(lines: list[str], *more: str, qid: str) -> list[str]:
    answer = _answer(lines, *more, qid=qid)
    return answer.choices if answer else []


def _links(lines: list[str], *more: str) -> list[str]:
    answer = _answer(lines, *more, qid="connect.integrations")
    return [i.system for i in answer.integrations] if answer else []


def test_a_share_cut_against_a_stated_reference_is_the_kpi_in_each_language():
    for sentence, baseline, target in [
            ("Nous nous engageons sur une réduction de 15 % de la consommation de vapeur par rapport à la référence de "
             "600 MWh/an.", 600, 510),
            ("Wir garantieren eine Senkung des Druckluftverbrauchs um 20 % gegenüber dem Referenzwert von 900 MWh/Jahr.",
             900, 720),
            ("Garantizamos una reducción del 10 % del consumo de agua respecto a la referencia de 5.000 m³/mes.",
             5000, 4500),
            ("Garantiamo una riduzione del 25 % dei fermi macchina rispetto al riferimento di 320 ore/anno.", 320, 240)]:
        measure = draft(sentence, BANK).answer("decision.kpi").measure
        assert (measure.baseline, round(measure.target)) == (baseline, target), sentence


def test_the_vendor_committing_by_its_name_commits():
    answer = _answer(FRENCH, "TXA s'engage sur une réduction de 10 % de la consommation d'eau par rapport à la référence "
                             "de 3 000 m³/mois. Si la réduction mesurée est inférieure à 6 %, TXA rembourse 40 % du prix.",
                     "Objectif (non contractuel) : réduction de 5 à 8 % de la vapeur consommée.", qid="decision.kpi")
    assert (answer.measure.baseline, round(answer.measure.target)) == (3000, 2700)
    assert len(answer.quotes) == len(set(answer.quotes))


def test_a_range_of_a_cuts_share_is_no_change_from_one_to_the_other():
    answer = _answer(FRENCH, "Objectif : réduction de 5 à 8 % de la vapeur consommée par les fours.", qid="decision.kpi")
    assert not answer or answer.measure is None or answer.measure.baseline != 5


def test_a_share_with_no_value_of_today_is_still_no_kpi():
    answer = draft("Our target is a 12 % reduction in scrap compared with last year.", BANK).answer("decision.kpi")
    assert not answer or answer.measure is None


def test_what_a_numbered_exclusions_section_or_a_lead_in_leaves_out_connects_nothing():
    french = ["7. Exclusions", "Ne sont pas compris dans la présente offre :",
              "– l'interface avec votre ERP SAP (chiffrage séparé) ;", "– les travaux de génie civil."]
    assert "inventory" not in _links(FRENCH, *french)
    assert "system_integration" not in _choices(FRENCH, *french, qid="workflow.technologies")
    spanish = ["No se incluye en esta oferta:", "– la integración con su ERP SAP Business One;",
               "– las obras civiles."]
    assert "inventory" not in _links(SPANISH, *spanish)
    german = ["Sehr geehrter Herr Maier, anbei unser Angebot Nr. AN-25-118 für die Überwachung Ihrer Linien.",
              "Wir installieren Durchflusssensoren an beiden Linien.", "Nicht enthalten sind:",
              "- die Schnittstelle zu Ihrem ERP-System SAP;", "- Bauarbeiten."]
    assert "inventory" not in _links(german)


def test_the_same_erp_link_in_the_scope_is_still_drafted():
    english = ["Dear Ms Hale,", "Please find our proposal for the monitoring of your packing lines.",
               "Scope of supply", "- Flow and temperature sensors on both packing lines.",
               "- Interface to your SAP ERP: consumptions are posted to each production order."]
    assert "inventory" in _links(english) or "production" in _links(english)


def test_the_stops_the_installation_needs_are_no_plant_problem():
    for lines, sentence in [(FRENCH, "Arrêts de production nécessaires : 3 arrêts de 6 heures pendant l'été."),
                            (SPANISH, "Paradas necesarias: 2 paradas de 8 horas durante las vacaciones de agosto."),
                            (["Sehr geehrter Herr Maier, anbei unser Angebot für Ihre Linien."],
                             "Erforderliche Stillstände: 2 Stillstände von je 8 Stunden in den Werksferien.")]:
        assert "downtime_unclear" not in _choices(lines, sentence, qid="problem.plant_problems"), sentence


def test_a_real_stop_problem_is_still_the_plants():
    english = ["Dear Ms Hale,", "Please find our proposal for line 2.",
               "Today line 2 stops 14 times a week and nobody knows why the filler stands."]
    assert "downtime_unclear" in _choices(english, qid="problem.plant_problems")


def test_a_review_that_stays_a_roles_responsibility_is_human_review():
    french = "La validation de chaque alerte reste de la responsabilité de votre chef d'équipe."
    assert "human_approves" in _choices(FRENCH, french, qid="upkeep.human_review")
    assert "human_approves" in _choices(FRENCH, "Chaque alerte est validée par le responsable qualité.",
                                        qid="upkeep.human_review")
    assert "human_approves" not in _choices(FRENCH, "La responsabilité des travaux de génie civil reste au client.",
                                            qid="upkeep.human_review")


def test_spanish_buffer_support_and_training_days_read_as_stated():
    assert "buffered" in _choices(SPANISH, "Almacenamiento local | 16 GB — búfer local de 7 días si se pierde la conexión",
                                  qid="reliability.offline")
    assert "maintenance_technicians" not in _choices(SPANISH, "Soporte técnico remoto 24/7 | Incluido en la suscripción",
                                                     qid="users.roles")
    assert "onsite" in _choices(SPANISH, "Formación: Sí, 2 jornadas en planta.", qid="users.training")


def test_french_history_kept_for_years_is_kept():
    assert _choices(FRENCH, "Les mesures sont historisées sur site pendant 3 ans.", qid="data.history")
