"""What a technology is made of, named by its parts rather than its label: an IoT sensor, machines on Wi-Fi, a learnt or
optimising model by its kind, two of the plant's systems told joined (drafting.yaml workflow.technologies; recall81)."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def technologies(text: str) -> set[str]:
    answer = draft(text, BANK).answer("workflow.technologies")
    return set(answer.choices) | set(answer.suggested) if answer else set()


def drafted(text: str) -> list[str]:
    answer = draft(text, BANK).answer("workflow.technologies")
    return answer.choices if answer else []


def test_one_iot_sensor_per_machine_is_iiot():
    offer = ("We will mount one IoT sensor on each of your six presses. Each press then reports its spindle load to "
             "the plant server every five seconds.")
    assert "iiot" in drafted(offer)


def test_an_optimisation_model_built_for_the_plant_is_data_analytics():
    story = ("For the Linz plant we developed an optimization model that allocates scrap grades to each furnace heat. "
             "The plant planners have used it on every shift since March 2023.")
    assert "data_analytics" in drafted(story)


def test_two_systems_interchanging_data_are_system_integration():
    story = ("In 2022 Dalby Dairy renewed the packing hall at its Aarhus site. Since the go-live, order data is "
             "interchanged between the ERP and the MES every ten minutes. The packing lines report their counts and "
             "stops to the MES. The site manager reviews the shift figures each morning.")
    assert "system_integration" in drafted(story)


def test_lathes_connected_over_wifi_told_in_italian_are_iiot():
    story = ("Nel 2021 la Meccanica Rossi ha rinnovato il reparto di tornitura dello stabilimento di Lecco. "
             "Con il progetto, i dodici torni sono stati collegati tramite wi-fi al server dello stabilimento. "
             "Il server raccoglie i pezzi prodotti e i tempi di fermo di ogni tornio. "
             "Il responsabile di produzione controlla ogni mattina i dati del turno precedente. "
             "Secondo l'azienda, i fermi non pianificati sono diminuiti del 18 per cento in un anno.")
    assert "iiot" in technologies(story)
