"""Another plant's result told in the present, or as what usually happens, is not the buyer's KPI (issue kpi68), in
the languages a proposal is written in: a reference placed at the sentence's opening ("U naszego klienta w Poznaniu
...", "En una panificadora de Valladolid ...", "Bij een zuivelbedrijf in Friesland ...", "Nella fabbrica di un
cliente ..."), the vendor's same system acting at a named company ("At Kessler Foods the same system cuts ..."), and
"typically" in any language ("Typischerweise sinkt ...", "En général ..."); the buyer's own change told beside it
("Bei Ihnen sinkt ...", "...; your scrap rate drops ...") stays its KPI. Texts written for these tests."""
import pytest

from kpi_corpus import drafted_kpi, kpi_ends

OPENING = {"pl": ("Oferta na system wizyjny dla linii 2.", "W Państwa zakładzie odsetek braków wynosi obecnie 5,5 %."),
           "es": ("Propuesta de un sistema de visión para la línea 2.", "En su planta el rechazo es actualmente del 5,5 %."),
           "nl": ("Offerte voor een visiesysteem op lijn 2.", "In uw fabriek bedraagt de uitval momenteel 5,5 %."),
           "it": ("Proposta per un sistema di visione sulla linea 2.", "Nel vostro stabilimento lo scarto è oggi del 5,5 %."),
           "de": ("Angebot für ein Kamerasystem an Linie 2.", "In Ihrem Werk liegt der Ausschuss heute bei 5,5 %."),
           "fr": ("Proposition pour un système de vision sur la ligne 2.",
                  "Dans votre usine, le taux de rebut est aujourd'hui de 5,5 %."),
           "en": ("Proposal for a vision system on line 2.", "In your plant the scrap rate is 5.5 % today.")}


@pytest.mark.parametrize("language, result", [
    ("pl", "U naszego klienta w Poznaniu odsetek braków spada z 5 % do 2 %."),
    ("es", "En una panificadora de Valladolid el rechazo baja del 5 % al 2 %."),
    ("nl", "Bij een zuivelbedrijf in Friesland daalt de uitval van 5 % naar 2 %."),
    ("it", "Nella fabbrica di un cliente a Brescia lo scarto scende dal 5 % al 2 %."),
    ("de", "Typischerweise sinkt der Ausschuss mit unserem System von 5 % auf 2 %."),
    ("fr", "En général, le taux de rebut passe de 5 % à 2 % avec notre système."),
    ("es", "Normalmente el rechazo baja del 5 % al 2 % con nuestro sistema."),
    ("en", "At Kessler Foods the same system cuts the scrap rate from 5 % to 2 %."),
])
def test_another_plant_s_result_in_the_present_drafts_no_kpi(language, result):
    opening, today = OPENING[language]
    measure = drafted_kpi("\n".join([opening, today, result]))
    assert measure is None or (measure.baseline, measure.target) != (5.0, 2.0)


@pytest.mark.parametrize("text", [
    "Bei einem Kunden in Ulm sinkt der Ausschuss von 5 % auf 2 %.\nBei Ihnen sinkt der Ausschuss mit unserem System "
    "von 6 % auf 3 %.",
    "Chez un client à Lyon, le taux de rebut passe de 5 % à 2 %.\nChez vous, le taux de rebut passe de 6 % à 3 % avec "
    "notre système.",
    "At a customer in Lyon scrap drops from 5 % to 2 %; your scrap rate drops from 6 % to 3 %.",
])
def test_the_buyer_s_own_change_told_beside_a_reference_stays_its_kpi(text):
    assert kpi_ends(text) == (6.0, 3.0)
