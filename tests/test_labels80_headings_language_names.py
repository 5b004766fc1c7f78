"""labels80: three kinds. A heading alone on its line over body text in an offer ("Edge y servidor", "KI-Modul") names
the section's topic and sells no label, where a product page's heading still does (reading/label_headings.py). A short
sentence in Spanish or Portuguese is read in its language, and a boast of every system of a kind in Italian, Spanish or
Portuguese ("compatibile con tutti gli ERP") is glossed as the English one is, so it makes no answer specific
(romance.yaml detect, words). A reference is told apart from the buyer by its whole name, not its first word
(reading/references.py same_name)."""
import pytest

from questions import load_bank
from reading import analyze
from reading.draft import draft
from reading.phrases import normalise, tokens
from reading.references import same_name
from reading.romance import romance_rules
from reading.text_language import text_language

BANK = load_bank()

OFFERS = [  # (an offer's furniture, a heading alone, its body)
    ("Quotation Q-2291 for Hartley Foods", "Cloud and edge",
     "One gateway per oven reads the PLC over OPC UA; the server stays in your plant network."),
    ("Angebot AN-26-0412", "KI-Modul",
     "Das Modell sortiert die Stillstände nach Ursache und meldet sie dem Schichtleiter per E-Mail."),
    ("Offre n° OF-2026-77", "Intelligence artificielle",
     "Le modèle classe les arrêts par cause et les envoie au chef d'équipe chaque matin."),
    ("2.1 Sensores: 2 sensores de vibración por horno.\n2.2 Alertas por correo al supervisor.", "Edge y servidor",
     "Un gateway por celda y un servidor en la red OT de la planta, sin conexión externa."),
    ("Offerta n. CD/26/118", "Gemello digitale",
     "Il modello della pressa viene calibrato con i dati di due settimane di produzione."),
]


@pytest.mark.parametrize("head, heading, body", OFFERS)
def test_a_heading_alone_over_body_text_in_an_offer_sells_no_label(head, heading, body):
    assert analyze(f"{head}\n{heading}\n{body}\n").labels == []


@pytest.mark.parametrize("head, heading, body", OFFERS[:3])
def test_a_product_pages_heading_is_still_its_claim(head, heading, body):
    assert analyze(f"{heading}\n{body}\n").labels != []


@pytest.mark.parametrize("text, label", [
    ("Quotation Q-2291\nOur AI learns every oven.\nOne gateway per oven reads the PLC over OPC UA every second.\n", "ai"),
    ("Quotation Q-2291\n- Cloud dashboards\nOne gateway per oven reads the PLC over OPC UA every second.\n", "cloud_edge"),
    ("Angebot AN-26-0412\nKI-Modul\n", "ai"),  # no body after it: a line alone
])
def test_a_sentence_a_bullet_or_a_last_line_still_sells(text, label):
    assert label in analyze(text).labels


@pytest.mark.parametrize("sentence, language", [
    ("El sistema es seguro y no necesita nube en la planta.", "es"),
    ("O sistema é seguro na nuvem e a equipe o mantém.", "pt"),
    ("Los datos se guardan en su servidor.", "es"),
])
def test_a_short_romance_sentence_is_read_in_its_language(sentence, language):
    assert text_language(sentence) == language


@pytest.mark.parametrize("sentence", ["Our planners use SAP and we read the PLC data.", "Contact: Juan de la Cruz, Monterrey"])
def test_an_english_line_with_a_romance_word_stays_english(sentence):
    assert romance_rules().language([tokens(normalise(sentence))]) is None


@pytest.mark.parametrize("text", [
    "La nostra piattaforma è compatibile con tutti gli ERP ed è sicura nel cloud.",
    "Nuestra plataforma es compatible con todos los ERP y es segura en la nube.",
    "A nossa plataforma é compatível com todos os ERP e é segura na nuvem.",
    "Il software funziona con qualsiasi ERP ed è sicuro nel cloud.",
])
def test_a_boast_of_every_erp_makes_no_cloud_answer_specific(text):
    drafted = draft(text, BANK)
    assert [a.question for a in drafted.answers if a.evidence == "specific"] == []


@pytest.mark.parametrize("sentence", [
    "Con una trayectoria de 40 años en fundición, nuestra plataforma es de clase mundial.",
    "Contamos con 25 años de experiencia en la fundición de aluminio para la industria del automóvil.",
    "Abbiamo 30 anni di esperienza nella fusione e la nostra piattaforma è la migliore.",
    "Nous avons 40 ans d'expérience dans la fonderie et notre plateforme est la meilleure du marché.",
])
@pytest.mark.parametrize("alone", [True, False])
def test_a_vendors_years_of_experience_glossed_are_no_history(sentence, alone):
    context = {"es": "Nuestra plataforma lee los datos de las prensas y los envía al sistema de calidad cada día. ",
               "it": "La piattaforma raccoglie i dati delle presse e li invia al sistema della qualità ogni giorno. ",
               "fr": "Notre plateforme lit les données des presses et les envoie au système qualité chaque jour. "}
    drafted = draft(sentence if alone else context[text_language(sentence + " " + sentence)] + sentence, BANK)
    assert "data.history" not in {a.question for a in drafted.answers}


def test_names_are_one_party_only_where_one_opens_the_other():
    assert same_name("acme", "acme castings") and same_name("gießerei albrecht", "gießerei albrecht")
    assert not same_name("fundiciones técnicas", "fundiciones y maquinados regiomontanos")
    assert not same_name("siemens opcenter", "siemens simatic")


OFFER = {
    "es": "Propuesta técnica No. 44\nCliente: Fundiciones y Maquinados Regiomontanos, S.A. de C.V. (FMR)\n\n"
          "Instalaremos sensores de vibración en las 3 celdas y los datos se guardan en el servidor.\n\n",
    "en": "Quotation Q-118\nTo: Northgate Plastics Ltd\n\nWe install vibration sensors on the 3 moulding cells and the "
          "data is stored on the plant's server.\n\n",
}


@pytest.mark.parametrize("language, sentence", [
    ("es", "For Fundiciones Técnicas we connected the furnaces to SAP PM in 2024 and downtime fell by 30 %."),
    ("en", "At Northgate Packaging, unplanned downtime fell from 40 to 22 hours per month in 2025."),
])
def test_a_customer_sharing_the_buyers_first_word_is_still_a_reference(language, sentence):
    drafted = draft(OFFER[language] + sentence, BANK, proposal="names")
    assert "return.reference" in {a.question for a in drafted.answers}


@pytest.mark.parametrize("sentence", ["At Northgate, unplanned downtime fell from 40 to 22 hours per month in 2025.",
                                      "At Northgate Plastics, unplanned downtime fell from 40 to 22 hours per month in 2025."])
def test_the_buyer_named_short_or_whole_is_no_reference(sentence):
    drafted = draft(OFFER["en"] + sentence, BANK, proposal="names")
    assert "return.reference" not in {a.question for a in drafted.answers}


def test_a_heading_read_before_elsewhere_is_read_again_where_it_stands():
    from reading.text import Reader
    from reading.text_reuse import alone, read_reusing
    reader = Reader(BANK)
    page = "KI-Modul\nDas Modell sortiert die Stillstände nach Ursache und meldet sie dem Schichtleiter.\n"
    offer = "Angebot AN-26-0412\n" + page
    known = alone(reader, page, reader.read(page))
    assert "ai" in reader.read(page).labels
    assert read_reusing(reader, offer, known).labels == reader.read(offer).labels == []
