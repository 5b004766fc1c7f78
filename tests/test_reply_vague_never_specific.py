"""A vague reply sentence never makes an answer "described specifically" (issue 16), whatever names it holds: the
vendor's heritage, others trusting the product by its name, a law or a standard it is said to follow, its renown, an
idiom of safety ("your data are in good hands"), the reader's own audits it "supports", and a thing tailored to the
reader's needs, in English and as a reply written half in Spanish or French says it. Every proposal and reply here is
new; the kinds are those the tuning sets' vague replies showed, said with other words."""
import pytest

from questions import load_bank
from rounds_corpus import Mail, sent_out
from scoring.rounds import reply_reader

PASTA = ("PastaPilot brings AI, IoT and a digital twin to the dryers of your pasta plant.\n"
         "It captures the humidity and temperature of every dryer zone and shares them with your business systems.\n"
         "Connected to your ERP and MES, with live dashboards, alerts and predictive maintenance.\n")

MAIL = Mail("Dear Mr Ferraro,", "Kind regards,\nLena Vogt\nPastaPilot GmbH")
CORREO = Mail("Estimado Sr. Ferraro,", "Saludos cordiales,\nLena Vogt\nPastaPilot GmbH")


@pytest.fixture(scope="module")
def pasta():
    return sent_out(PASTA, "PastaPilot", "G. Ferraro")


@pytest.fixture(scope="module")
def reader():
    return reply_reader(load_bank())


def _why(reader, sent, mail: Mail, body: str) -> list[str]:
    """Why the reply's reader finds the body's sentence vague ('' where it may answer)."""
    asked = tuple((q.topic, q.text) for q in sent.rounds[-1].questions)
    return [why for s, _, why, _ in reader.placed_asked(mail.letter(body), asked) if s.text == body]


@pytest.mark.parametrize("body", [
    # a heritage; others trusting the product by its name
    "Drying pasta is our heritage, and pasta makers from Gragnano to Stuttgart trust PastaPilot for an even moisture "
    "every shift.",
    "Pasta makers from Gragnano to Stuttgart count on PastaPilot every day.",
    # a law or a standard followed, as a credential, with who built the models
    "PastaPilot is developed in line with EU Regulation 852/2004 and the FDA Food Code, and our AI models are "
    "trained by Italian pasta masters and data scientists from Politecnico di Milano.",
    "Our dryer twin complies with IFS Food Version 8 and the EU Machinery Regulation 2023/1230, and our machine "
    "learning was developed by food technologists and data engineers.",
    # renown
    "In 2025 PastaPilot was ranked among the Top 10 Food Tech Solutions by the European Pasta Organisation in Rome.",
    # links with every system of a kind, a grade, and an idiom of safety whose "your" names nothing of the plant
    "It works with every dryer and every MES, the twin is very precise, and your recipes are in good hands with us.",
    # the market's places, the reader's own audits "supported", a certificate
    "PastaPilot runs in pasta plants from Naples to Munich, supports your IFS and BRC audits, and our Azure cloud is "
    "ISO 27001 certified.",
    # tailored to whatever the reader needs
    "Interfaces with SAP and Opcenter, alerts and targets will be tailored to your plant's specific needs.",
    # know-how and roots counted in years (stop 52's blind rounds set: read as years of history and a prediction)
    "With 60 years of process know-how in pasta drying, we know your dryers better than anyone.",
    "Our roots are in 120 years of Italian milling, and that precision lives in every line of our code."])
def test_a_vague_sentence_is_read_as_vague_and_makes_no_answer_specific(reader, pasta, body):
    assert _why(reader, pasta, MAIL, body) != [""]
    assert MAIL.specific(pasta, body) == []


@pytest.mark.parametrize("body", [
    "Las interfaces con SAP ERP y el MES, las alarmas y los KPI los definimos según sus necesidades en una visita a Parma.",
    "Les interfaces avec SAP et Opcenter, les alertes et les KPI, nous les définissons selon vos besoins lors d'une "
    "visite à Parme."])
def test_a_thing_left_to_the_readers_needs_in_another_language_makes_no_answer_specific(reader, pasta, body):
    assert _why(reader, pasta, CORREO, body) != [""]
    assert CORREO.specific(pasta, body) == []
    assert not any(q.closed for q in CORREO.asked(pasta, body).values())


@pytest.mark.parametrize("body, question", [
    # a link with its way and owner stays an answer beside an idiom of safety set apart
    ("The edge PC sends the humidity of each dryer zone to your SAP ERP every minute over OPC UA; the interface is "
     "owned by your IT team, and your recipes are in good hands with us.", "connect.integrations"),
    # an alarm of this plant told "in line with" a plan stays an answer: no product said designed in line with a law
    ("The shift leader gets a push on his tablet within 2 minutes when a dryer zone leaves its humidity band, in line "
     "with the HACCP plan.", "decision.latency")])
def test_a_sentence_that_answers_beside_such_words_still_answers(pasta, body, question):
    assert question in MAIL.specific(pasta, body)


BRIEF = Mail("Sehr geehrter Herr Ferraro,", "Mit freundlichen Grüßen\nLena Vogt\nPastaPilot GmbH")


@pytest.mark.parametrize("mail, body", [
    # the vendor as the reader's partner at its side, a solution found together (walk 54's German reply closed who
    # keeps the system running with it)
    (MAIL, "We stand by you as a reliable partner over the whole term and together find the right solution for your "
           "organisation."),
    (BRIEF, "Wir stehen Ihnen als verlässlicher Partner über die gesamte Laufzeit zur Seite und finden gemeinsam die "
            "passende Lösung für Ihre Organisation."),
    (CORREO, "Como socio de confianza estaremos a su lado durante todo el contrato.")])
def test_a_vendor_calling_itself_the_readers_partner_answers_nothing(reader, pasta, mail, body):
    assert _why(reader, pasta, mail, body) != [""]
    assert mail.specific(pasta, body) == []
