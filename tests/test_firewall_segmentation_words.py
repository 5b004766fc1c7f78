"""The network's segmentation told with a firewall in French or Spanish is drafted as English's is (walk 68): the offer
said "Le réseau machines est séparé du réseau bureautique par un pare-feu" and the letter still asked "no answer on
OT network security"; the reply said it again and the network question stayed only partly answered."""
import pytest

from rounds_corpus import drafted, replied, sent_out

SEPARATED = [
    "Le réseau machines est séparé du réseau bureautique par un pare-feu fourni par Axiome.",
    "La red de máquinas está separada de la red de oficina por un cortafuegos suministrado por nosotros.",
    "The machine network is separated from the office network by a firewall supplied by Axiome.",
]
OFFER = ("Chaque presse est raccordée en OPC UA à une passerelle edge Axiome Gate. Notre plateforme cloud analyse les "
         "vibrations des presses pour prédire les pannes.\n\n{}")


def answer(evaluation, question: str):
    return next((a for a in evaluation.answers if a.question == question), None)


@pytest.mark.parametrize("sentence", SEPARATED)
def test_a_firewall_between_the_networks_drafts_the_segmentation(sentence):
    drafted_answer = answer(drafted({"proposal": OFFER.format(sentence)}), "security.segmentation")
    assert drafted_answer is not None and sentence in drafted_answer.quotes


def test_a_french_reply_naming_the_way_in_and_the_firewall_answers_the_network_question():
    sent = sent_out("Notre plateforme cloud analyse les vibrations des presses avec l'IA pour prédire les pannes.\n\n"
                    "Le technicien acquitte l'alerte sur la tablette d'atelier.", "Axiome", "Sophie Laurent")
    reply = ("Bonjour,\n\n1. La passerelle edge n'ouvre aucune connexion entrante : seule une connexion sortante HTTPS "
             "(port 443) vers notre plateforme de supervision est nécessaire. Le réseau machines est séparé du réseau "
             "bureautique par un pare-feu Stormshield SN310 fourni et paramétré par Axiome.\n\nCordialement,\nThomas Morel")
    status = {q.topic: q.status for q in replied(sent, reply).round.questions}
    assert status["security"] == "answered"
    assert answer(replied(sent, reply).evaluation, "security.segmentation") is not None
