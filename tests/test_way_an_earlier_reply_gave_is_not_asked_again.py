"""A way of connecting an earlier reply stated ("solo abre conexiones salientes", "apre solo connessioni in uscita") is
given, as the offer's would be: the next round asks only how the networks are kept apart, not "inbound or outbound"
again (issue 16, walk 69)."""
import pytest

from questions.loader import load_round_rules
from questions.models import Answer, Evaluation
from reading.documents import pasted
from scoring.round_asks import read_options

_SAID = {"es": "El gateway solo abre conexiones salientes (MQTT por el puerto 8883), no necesita puertos entrantes.",
         "it": "Il gateway apre solo connessioni in uscita (MQTT sulla porta 8883), non servono porte in entrata.",
         "fr": "La passerelle n'ouvre que des connexions sortantes (MQTT sur le port 8883), aucun port entrant.",
         "pt": "O gateway só abre ligações de saída (MQTT pela porta 8883), não precisa de portas de entrada.",
         "de": "Das Gateway baut nur ausgehende Verbindungen auf (MQTT über Port 8883), keine eingehenden Ports."}


@pytest.mark.parametrize("language", sorted(_SAID))
def test_the_way_an_earlier_reply_drafted_is_given_in_the_next_round(language):
    offer = pasted("KilnSense 4.0 monitors the kilns H1-H3 and sends alerts to the shift leader.", "proposal", "offer.txt")
    reply = pasted(f"Hola Marta,\n\n7. {_SAID[language]}\n\nUn saludo", "reply", "reply.txt")
    model = Answer(question="security.model", evidence="specific", choices=["outbound_only"], quotes=[_SAID[language]],
                   drafted=True)
    evaluation = Evaluation(bank_version="1", proposal="KilnSense", documents=[offer, reply], answers=[model])
    topic = next(t for t in load_round_rules().topics if t.id == "security")
    assert read_options(evaluation, topic, []) == {"direction": _SAID[language]}
