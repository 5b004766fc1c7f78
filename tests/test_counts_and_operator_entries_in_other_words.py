"""What a machine counts and what operators key in at a tablet, told in the words of a Spanish, French, Italian,
Portuguese or German offer (romance.yaml, polish.yaml, drafting.yaml class_phrases): walk77's "lectura de contador de
disparos" was read as a meter and "conteo de piezas" not at all, so no production count was drafted, and "la captura de
scrap en la terminal del operador" drafted no operator input. Offers of our own, one per language."""
import pytest

from reading.draft import draft

OFFERS = {
    "es": ("Propuesta técnica No. PT-2026-118 para Estampados del Bajío, S.A. de C.V.\n"
           "Cliente: Estampados del Bajío, planta Celaya\n"
           "El gateway lee del PLC de cada prensa el contador de golpes y el tiempo de ciclo cada 5 segundos vía OPC UA.\n"
           "Los operadores registran el scrap en una tableta junto a cada prensa.\n"
           "Precio total: USD 38,900.00 + IVA.\n"),
    "es_nouns": ("Propuesta técnica No. PT-2026-119 para Inyectados Norte, S.A. de C.V.\n"
                 "Cliente: Inyectados Norte, planta Apodaca\n"
                 "Leemos el conteo de piezas y el estado de cada inyectora desde su PLC vía OPC UA cada segundo.\n"
                 "El scrap se toma de la captura de rechazos en la terminal del operador de cada celda.\n"
                 "Precio total: USD 41,200.00 + IVA.\n"),
    "fr": ("Offre n° FX-2026-044 pour Fonderie du Jura SAS, site de Morteau.\n"
           "Le boîtier lit dans l'automate de chaque presse le comptage des pièces et le temps de cycle toutes les 5 "
           "secondes via OPC UA.\nLes opérateurs saisissent les rebuts sur une tablette au poste.\n"
           "Prix total : 36 400 EUR HT.\n"),
    "it": ("Offerta n. PX/26/140 per Stampaggi Brianza S.r.l., stabilimento di Lissone.\n"
           "Il gateway legge dal PLC di ogni pressa il contatore dei pezzi e il tempo ciclo ogni 5 secondi via OPC UA.\n"
           "Gli operatori registrano gli scarti su un tablet a bordo macchina.\n"
           "Prezzo complessivo: 36.400,00 EUR + IVA.\n"),
    "pt": ("Proposta n.º PX-2026-077 para Metalúrgica Serra Ltda., fábrica de Caxias do Sul.\n"
           "O gateway lê do CLP de cada prensa a contagem de peças e o tempo de ciclo a cada 5 segundos via OPC UA.\n"
           "Os operadores registram o refugo em um tablet em cada célula.\n"
           "Preço total: R$ 186.000,00.\n"),
    "de": ("Angebot Nr. 2026-0318 für die Kessler Druckguss GmbH, Werk Aalen.\n"
           "Das Gateway liest aus der SPS jeder Zelle die Stückzahl und die Zykluszeit alle 5 Sekunden über OPC UA.\n"
           "Die Bediener erfassen den Ausschuss auf einem Tablet an jeder Zelle.\n"
           "Gesamtpreis: 36.400,00 EUR netto.\n"),
    "pl": ("Oferta nr 2026/045 dla Tłocznia Mazowsze Sp. z o.o., zakład Radom.\n"
           "Bramka odczytuje ze sterownika PLC każdej wtryskarki licznik wtrysków i czas cyklu co 5 sekund przez OPC UA.\n"
           "Operatorzy wprowadzają odrzuty na tablecie przy każdej maszynie.\n"
           "Cena całkowita: 146 000 PLN netto.\n"),
    "it_entered": ("Offerta n. PX/26/141 per Pressofusione Veneta S.r.l., stabilimento di Vicenza.\n"
                   "Il gateway legge dal PLC di ogni cella il contatore delle stampate ogni 5 secondi via OPC UA.\n"
                   "Gli operatori inseriscono gli scarti sul tablet operatore.\n"
                   "Prezzo complessivo: 36.400,00 EUR + IVA.\n"),
    "es_entered": ("Propuesta técnica No. PT-2026-130 para Fundiciones del Golfo, S.A. de C.V.\n"
                   "Cliente: Fundiciones del Golfo, planta Veracruz\n"
                   "El gateway lee del PLC de cada celda el contador de inyecciones cada 2 segundos vía OPC UA.\n"
                   "Los operadores ingresan los rechazos en una tableta en cada celda.\n"
                   "Precio total: USD 28,900.00 + IVA.\n"),
}


def drafted(text: str) -> dict[str, list[str]]:
    return {a.question: a.choices for a in draft(text).answers}


@pytest.mark.parametrize("language", sorted(OFFERS))
def test_a_count_read_from_the_machine_drafts_the_production_count(language):
    assert "production_count" in drafted(OFFERS[language]).get("data.captured", [])


@pytest.mark.parametrize("language", sorted(OFFERS))
def test_scrap_keyed_in_at_an_operators_tablet_drafts_operator_inputs_from_operator_entry(language):
    answers = drafted(OFFERS[language])
    assert "operator_inputs" in answers.get("data.captured", [])
    assert "operator_entry" in answers.get("data.sources", [])


def test_a_counter_of_shots_is_a_count_where_a_counter_of_energy_stays_a_meter():
    text = ("Propuesta técnica No. PT-2026-120 para Galletas del Norte, S.A. de C.V.\n"
            "Cliente: Galletas del Norte, planta Monterrey\n"
            "Instalamos un contador de energía en cada horno, leído cada minuto vía Modbus TCP.\n"
            "Precio total: USD 12,400.00 + IVA.\n")
    answers = drafted(text)
    assert "meters" in answers.get("data.sources", []) and "production_count" not in answers.get("data.captured", [])
    shots = drafted(text.replace("un contador de energía en cada horno", "un contador de disparos en cada inyectora"))
    assert "production_count" in shots.get("data.captured", []) and "meters" not in shots.get("data.sources", [])
