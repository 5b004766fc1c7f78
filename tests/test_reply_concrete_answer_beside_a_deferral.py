"""An answer that says concretely what the system puts out and who acts on it, with one part put off, answers (at least
partly): the sentence put off must not outweigh it, and a deferring phrase set in quotation marks as a status's name
("segnalato come \u201cda verificare\u201d") puts nothing off. Walk 65's German 1.4 (a part put on hold in the CAQ system,
the shift lead deciding; only the interface "klären wir nach dem Vor-Ort-Termin") and walk 67's Italian round 2 (a
maintenance request in Mainsim, the lot flagged "da verificare" to the quality lab) were "Not answered", quoting only the
deferral."""
import pytest

from rounds_corpus import replied, sent_out

MIXERS = ("MixMind is the AI-driven IIoT smart factory platform for industrial dough mixers.\n"
          "It predicts every failure and gives your bakery real-time insights and a digital future.\n")
GERMAN = ("Sehr geehrte Frau Meyer,\n\nArbeitsablauf: Bei einem n.i.O.-Ergebnis setzt die Box die Charge in Ihrem "
          "CAQ-System auf Sperrstatus; der Schichtführer Qualität entscheidet über Verschrottung oder Nacharbeit. Die "
          "genaue Schnittstelle klären wir nach dem Vor-Ort-Termin mit Ihrer IT.\n\nMit freundlichen Grüßen\nKarl\n")
ITALIAN = ("Gentile Ing. Meyer,\n\nFlusso di lavoro: se la temperatura dell'impasto resta fuori dalla fascia 24-26 °C per "
           "piu' di 5 minuti, il lotto viene segnalato come \"da verificare\" al laboratorio qualita', che decide se "
           "bloccarlo; il sistema apre una richiesta di intervento nel Vostro Maximo, assegnata al capoturno. La gestione "
           "degli ordini di acquisto e' da definire dopo il sopralluogo.\n\nCordiali saluti\nMarco\n")


@pytest.fixture(scope="module")
def mixers():
    return sent_out(MIXERS, "MixMind", "L. Meyer")


@pytest.mark.parametrize("reply, concrete", [(GERMAN, "auf Sperrstatus"), (ITALIAN, "richiesta di intervento")])
def test_a_concrete_answer_with_one_part_put_off_answers_and_is_quoted(mixers, reply, concrete):
    workflow = next(q for q in replied(mixers, reply).round.questions if q.topic == "workflow")
    assert workflow.status in ("answered", "partly")
    assert any(concrete in quote for quote in workflow.quotes)


def test_an_answer_only_put_off_still_answers_nothing(mixers):
    put_off = "Gentile Ing. Meyer,\n\nFlusso di lavoro: la gestione degli ordini e' da definire dopo il sopralluogo.\n\nMarco\n"
    workflow = next(q for q in replied(mixers, put_off).round.questions if q.topic == "workflow")
    assert workflow.status == "not_answered"
