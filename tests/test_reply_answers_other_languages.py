"""A reply written in Portuguese, Spanish, French or Italian answers as an English one does (issue 16): its sentences
name the data, the systems, the owners and how often in that language ("lemos a pressão ... do CLP", "el equipo de
mantenimiento de ustedes"), and drafting reads its lines glossed, as it reads such a proposal. Vague replies in those
languages stay open. Every reply here is new."""
from pathlib import Path

import pytest
import yaml

from questions import load_bank
from rounds_corpus import Mail, sent_out

QUESTIONS = Path(__file__).resolve().parent.parent / "questions"

PUMPS = ("PumpSense is predictive maintenance and IIoT for water pumping stations.\n"
         "IoT sensors and AI predict pump failures and give real-time dashboards in the cloud.\n")
PORTUGUESE = Mail("Prezada Sra. Duarte,", "Atenciosamente,\nRicardo Lopes")
SPANISH = Mail("Estimada Sra. Duarte:", "Un saludo cordial,\nRicardo López")
FRENCH = Mail("Madame Duarte,", "Cordialement,\nPierre Martin")
ITALIAN = Mail("Gentile Sig.ra Duarte,", "Cordiali saluti,\nPaolo Rossi")


@pytest.fixture(scope="module")
def pumps():
    return sent_out(PUMPS, "PumpSense", "A. Duarte")


@pytest.mark.parametrize("mail, body", [
    (PORTUGUESE, "Dados: lemos a pressão de descarga, a vazão e a corrente do motor de cada bomba no CLP da estação, e "
                 "instalamos sensores novos de vibração nos mancais das bombas.\n\nOs dados ficam no servidor da estação "
                 "e também são enviados para a nossa nuvem."),
    (SPANISH, "Datos: leemos la presión de descarga, el caudal y la corriente del motor de cada bomba del autómata de la "
              "estación, e instalamos sensores nuevos de vibración en los cojinetes de las bombas.\n\nLos datos se guardan "
              "en el servidor de la estación y también se envían a nuestra nube."),
    (FRENCH, "Données : nous lisons la pression de refoulement, le débit et le courant moteur de chaque pompe dans "
             "l'automate programmable de la station, et nous posons des capteurs de vibration neufs sur les paliers des "
             "pompes.\n\nLes données restent sur le serveur de la station et sont aussi envoyées vers notre cloud."),
    (ITALIAN, "Dati: leggiamo la pressione di mandata, la portata e la corrente motore di ogni pompa dal controllore della "
              "stazione, e montiamo sensori di vibrazione nuovi sui cuscinetti delle pompe.\n\nI dati restano sul server "
              "della stazione e sono anche inviati al nostro cloud."),
], ids=["portuguese", "spanish", "french", "italian"])
def test_the_data_and_its_source_named_in_the_writers_language_answer_the_data_question(pumps, mail, body):
    data = mail.asked(pumps, body)["data"]
    assert data.status != "not_answered" and "does not name the data" not in data.why
    assert data.closed


def test_an_owner_named_in_spanish_under_a_spanish_heading_answers_who_keeps_it_running(pumps):
    upkeep = SPANISH.asked(pumps, "Soporte: después del piloto el equipo de mantenimiento de ustedes vigila las "
                                  "bombas y nuestro servicio técnico mantiene el sistema, por 9.600 € al año.")["upkeep_owner"]
    assert upkeep.status == "answered"


@pytest.mark.parametrize("mail, body", [
    (PORTUGUESE, "Nossa equipe tem grande experiência no setor de saneamento e os dados são tratados com total segurança. "
                 "Vamos definir juntos os detalhes técnicos numa visita."),
    (SPANISH, "Nuestro equipo tiene gran experiencia en el sector del agua y los datos se tratan con total seguridad. "
              "Definiremos juntos los detalles técnicos en una visita."),
], ids=["portuguese", "spanish"])
def test_a_vague_reply_in_the_writers_language_leaves_every_question_open(pumps, mail, body):
    assert not any(q.closed for q in mail.asked(pumps, body).values())


def test_no_language_word_of_a_kind_is_an_english_word_the_reply_reader_already_reads():
    """A language's words are counted on every topic: one that is also an English word ("sensor", "gateway") would
    change how an English reply reads."""
    rounds = _yaml("rounds.yaml")
    english = {w.lower() for kind in load_bank().words.substance.values() for w in kind.words} | set(rounds["roles"])
    english |= {w for topic in rounds["topics"] for words in topic.get("also", {}).values() for w in words}
    assert not _added() & english


def _yaml(name: str) -> dict:
    return yaml.safe_load((QUESTIONS / name).read_text(encoding="utf-8"))


def _added() -> set[str]:
    said = _yaml("reply_languages.yaml")
    return {w for kinds in said["kinds"].values() for words in kinds.values() for w in words} | {
        w for topics in said["also"].values() for kinds in topics.values() for words in kinds.values() for w in words}
