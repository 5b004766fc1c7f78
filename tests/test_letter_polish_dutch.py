"""Polish integrators and Dutch vendors: the follow-up letter is written in Polish (the vendor addressed as "Państwo")
and in Dutch ("u", "uw") as it is in German, French, Spanish and Italian: by default for an offer whose documents
are written in it, or picked by the buyer; its wording, each question and why it is asked in the language, in every
format, its PDF drawing every Polish letter; quotes from the offer as the vendor wrote them."""
from __future__ import annotations

import io
import re
import subprocess
import sys
from datetime import date

import docx
import pytest
from pypdf import PdfReader

import kit
from kit import shown
from paths import ROOT
from reading.documents import pasted
from reading.draft import draft
from reading.text_language import documents_language, text_language
from reports.letter_round import ROUND_LETTERS, letter
from reports.letter_words import letter_language, letter_words
from scoring import score
from scoring.rounds import freeze

OFERTA = ("Oferta: platforma AI do predykcyjnego utrzymania ruchu\n\n"
          "Szanowni Państwo, dziękujemy za zapytanie ofertowe i spotkanie w Państwa zakładzie w Tychach. Przedstawiamy "
          "ofertę wdrożenia naszej platformy na linii pras hydraulicznych.\n\n"
          "Platforma AI wykrywa zbliżające się awarie, zanim wystąpią. Rozwiązanie Przemysł 4.0 integruje się z "
          "istniejącą infrastrukturą IT. Montujemy czujniki drgań i temperatury na napędach głównych pięciu pras. Dane "
          "trafiają przez bramkę IoT do naszej chmury.\n\n"
          "Cena pilotażu wynosi 48 000 zł netto, a wdrożenie potrwa osiem tygodni.")
OFFERTE = ("Offerte: AI-platform voor voorspellend onderhoud\n\n"
           "Geachte heer Jansen, hartelijk dank voor uw aanvraag en het prettige gesprek in uw fabriek in Eindhoven. "
           "Hierbij bieden wij u onze offerte aan voor ons platform op de hydraulische perslijn.\n\n"
           "Ons AI-platform herkent dreigende storingen voordat ze optreden. De oplossing is volledig Industrie 4.0 en "
           "sluit naadloos aan op uw bestaande IT-omgeving. Wij monteren trillings- en temperatuursensoren op de "
           "hoofdaandrijvingen van de vijf persen. De gegevens gaan via een IoT-gateway naar onze cloud.\n\n"
           "De pilot kost 12.500 euro en de implementatie duurt acht weken.")
# (language, offer, vendor, first line, greeting, a question as worded, why it is asked, a quote with its source)
LETTERS = {
    "pl": (OFERTA, "Predykta Sp. z o.o.", "Temat: PressGuard: pytania, runda 1",
           "Szanowni Państwo z firmy Predykta Sp. z o.o.,",
           "Które z naszych systemów (utrzymanie ruchu, magazyn/ERP, planowanie, jakość, finanse) otrzymują dane",
           "Dlaczego pytamy: Państwa oferta odwołuje się do obszaru: AI / uczenie maszynowe, ale w naszym rozumieniu:",
           "W Państwa ofercie czytamy: “Dane trafiają przez bramkę IoT do naszej chmury.” (Oferta)"),
    "nl": (OFFERTE, "Voorzorg Industriële Data B.V.", "Onderwerp: PressGuard: vragen, ronde 1",
           "Geacht team van Voorzorg Industriële Data B.V.,",
           "Welke van onze systemen (onderhoud, voorraad/ERP, planning, kwaliteit, financiën) ontvangen de gegevens",
           "Waarom wij dit vragen: Uw offerte spreekt van AI / machine learning, maar zoals wij het lezen:",
           "In uw offerte staat: “De gegevens gaan via een IoT-gateway naar onze cloud.” (Offerte)"),
}
POLISH_LETTERS = set("ąćęłńóśźż")


def _sent(language: str):
    offer, vendor = LETTERS[language][:2]
    drafted = draft(offer, proposal="PressGuard", vendor=vendor)
    return freeze(drafted, score(drafted), "Anna Nowak", date(2026, 12, 6))


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _build(fmt: str, sent, language: str | None = None) -> bytes:
    return ROUND_LETTERS[fmt][0](sent, sent.rounds[-1], language)


@pytest.mark.parametrize("language", ["pl", "nl"])
def test_a_drafted_offer_s_letter_is_in_its_language_by_default_in_every_format(language):
    sent = _sent(language)
    _, _, first, greeting, asks, why, quote = LETTERS[language]
    assert letter_language(sent) == language
    assert letter(sent, sent.rounds[-1]).in_english == ()
    text = _build("text", sent).decode()
    assert text.splitlines()[0] == first and text.splitlines()[2] == greeting
    for said in (asks, why, quote):
        assert said in _one_line(text)
    assert "Why we ask" not in text and "Your proposal" not in text and "Dear " not in text
    assert asks in _build("md", sent).decode() and why.split(":")[0] in _build("md", sent).decode()
    word = docx.Document(io.BytesIO(_build("docx", sent)))
    assert word.core_properties.language == language
    assert any(p.text.startswith(asks) for p in word.paragraphs) and any(p.text == greeting for p in word.paragraphs)
    pdf = _one_line(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(_build("pdf", sent))).pages))
    assert asks in pdf and why in pdf and first.split(": ", 1)[1] in pdf


def test_a_polish_letter_s_pdf_draws_every_polish_letter():
    sent = _sent("pl")
    text = _build("text", sent).decode()
    pdf = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(_build("pdf", sent))).pages)
    assert POLISH_LETTERS <= set(text)
    assert POLISH_LETTERS <= set(pdf) and "?" not in re.sub(r"\?(\s|$)", "", pdf)  # no letter drawn as "?"
    for word in ("Państwa", "częstotliwością", "źródła", "każde", "zbliżające", "Dziękujemy"):
        assert (word in text) == (word in pdf), word


@pytest.mark.parametrize("language, subject, asks", [
    ("pl", "PoroScan: pytania, runda 1", "Które z naszych systemów"),
    ("nl", "PoroScan: vragen, ronde 1", "Welke van onze systemen"),
])
def test_the_buyer_picks_polish_or_dutch_for_another_language_s_offer(example, language, subject, asks):
    evaluation = example("a_").model_copy(update={"proposal": "PoroScan"})
    sent = freeze(evaluation, score(evaluation), "Katrin Maier", date(2026, 12, 6))
    found = letter(sent, sent.rounds[-1], language)
    said = _build("text", sent, language).decode()
    assert found.language == language and subject in said.splitlines()[0] and asks in said
    assert found.in_english == ()


@pytest.mark.parametrize("text, language", [
    ("Wij leveren een edge-gateway die de PLC's van uw drie extruders uitleest. De operators zien de stilstanden op "
     "een scherm naast de lijn en de onderhoudsdienst krijgt een melding als een motor te warm wordt.", "nl"),
    ("Het systeem meet het energieverbruik van elke oven en stuurt de gegevens naar uw ERP. Wij hebben dit al bij "
     "twee bakkerijen gedaan, waarbij het gasverbruik met 9 % is gedaald.", "nl"),
    ("Nasz system mierzy zużycie energii każdego pieca i przesyła dane do Państwa systemu ERP. Wdrożenie zostanie "
     "zakończone w ciągu sześciu tygodni.", "pl"),
    ("Wir liefern ein Edge-Gateway, das die SPS Ihrer drei Extruder ausliest. Die Bediener sehen die Stillstände auf "
     "einem Bildschirm neben der Linie, und die Instandhaltung wird informiert, wenn ein Motor zu warm wird.", "de"),
    ("We supply an edge gateway that reads the PLCs of your three extruders. The operators see the stops on a screen "
     "beside the line, and maintenance is told when a motor runs too hot.", "en"),
    ("Nous fournissons une passerelle edge qui lit les automates de vos trois extrudeuses. Les opérateurs voient les "
     "arrêts sur un écran à côté de la ligne.", "fr"),
])
def test_dutch_is_told_by_its_own_function_words_the_others_as_before(text, language):
    assert text_language(text) == language


def test_a_dutch_offer_with_an_english_datasheet_is_written_to_in_dutch():
    datasheet = ("Operating temperature: -20 to 60 °C. Interfaces: OPC UA, Modbus TCP, MQTT. The gateway buffers data "
                 "for 14 days when the link is lost.")
    documents = [pasted(OFFERTE, "proposal", "Offerte.txt"), pasted(datasheet, "datasheet", "Datasheet.txt")]
    assert documents_language([d.text for d in documents]) == "nl"


@pytest.mark.parametrize("language", ["pl", "nl"])
def test_every_fixed_wording_kind_and_label_is_in_the_language_with_the_english_placeholders(language):
    words = letter_words()
    fields = lambda s: sorted(re.findall(r"\{(\w+)\}", s))  # noqa: E731
    assert language in words.languages
    for key, said in words.wording.items():
        assert language in said, key
        assert fields(said[language]) == fields(said["en"]), key
    for q in words.questions:
        assert fields(q[language]) == fields(q["en"]), q["en"]
    assert all(language in named for named in [*words.kinds.values(), *words.labels.values(), *words.gaps.values()])


def test_the_command_line_writes_a_polish_letter_and_a_dutch_offer_s_in_dutch(tmp_path):
    path = tmp_path / "offer.json"
    path.write_text(_sent("nl").model_dump_json(), encoding="utf-8")
    polish = subprocess.run([sys.executable, "-m", "reports", "letter", str(path), "--language", "pl"], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert polish.returncode == 0, polish.stderr
    assert polish.stdout.startswith("Temat: PressGuard: pytania, runda 1\n\nSzanowni Państwo z firmy Voorzorg")
    default = subprocess.run([sys.executable, "-m", "reports", "letter", str(path)], cwd=ROOT, capture_output=True,
                             text=True, timeout=120)
    assert default.stdout.startswith("Onderwerp: PressGuard: vragen, ronde 1")


def test_the_follow_up_page_offers_polish_and_dutch_dutch_by_default_for_a_dutch_offer(store):
    eid = store.create(_sent("nl")).id
    at = kit.open_app("rounds", eid, timeout=60)
    choice = at.selectbox(key=f"rounds:{eid}:language:1")
    assert choice.value == "nl" and {"Polski", "Nederlands"} <= set(choice.options)
    assert "wording yet" not in shown(at)
    choice.set_value("pl").run()
    assert not at.exception and "wording yet" not in shown(at)
