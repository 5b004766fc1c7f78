"""A payback or a return told in months or years, in any language an offer is read in, is a number with its unit
(words.yaml short_time): walk77's "El retorno de inversión estimado es de 14 meses." was drafted "described
specifically" (Compare's tag) while its scorecard reason said it named no number with unit and gave it nothing."""
import pytest

from questions import Answer, Evaluation, load_bank
from reading.draft import draft
from scoring import score

BANK = load_bank()


def reason(answer: Answer) -> str:
    card = score(Evaluation(bank_version=BANK.version, proposal="P", answers=[answer]), BANK)
    return " ".join(next(a for a in card.answers if a.question == answer.question).reasons)


@pytest.mark.parametrize("sentence, named", [
    ("El retorno de inversión estimado es de 14 meses.", "14 meses"),
    ("Il ritorno dell'investimento è previsto in 18 mesi.", "18 mesi"),
    ("O retorno do investimento é de 2 anos.", "2 anos"),
    ("Zwrot z inwestycji nastąpi w ciągu 14 miesięcy.", "14 miesięcy"),
    ("De terugverdientijd is 18 maanden.", "18 maanden"),
    ("Le retour sur investissement est de 14 mois.", "14 mois"),
    ("Die Amortisation erfolgt in 14 Monaten.", "14 monaten"),
])
def test_a_payback_in_months_or_years_names_a_number_with_its_unit(sentence, named):
    answer = Answer(question="return.promise", text=sentence, quotes=[sentence], evidence="specific", drafted=True)
    said = reason(answer)
    assert named in said and "names no" not in said


OFFERS = {  # bids to one plant: what a product's description says is only the vendor's claim, whatever it names
    "es": ("Propuesta técnico-económica No. PX-2026-0099\nCliente: Fundiciones Ejemplo, S.A. de C.V., Planta Saltillo\n"
           "Se instalarán 2 sensores de vibración por celda en sus prensas, leídos cada 1 segundo vía OPC UA.\n"
           "El retorno de inversión estimado es de 16 meses.\nPrecio total: USD 52,300.00 + IVA.\n", "16 meses"),
    "it": ("Offerta n. PX/26/112 per Pressofusione Esempio S.r.l.\nInstalliamo 2 sensori di vibrazione per isola sulle "
           "vostre presse, letti ogni secondo via OPC UA dal gateway.\nIl ritorno dell'investimento stimato è di 14 mesi."
           "\nPrezzo complessivo: 52.300,00 EUR + IVA.\n", "14 mesi"),
    "pl": ("Oferta nr PX/26/112 dla firmy Odlewnia Przykład Sp. z o.o.\nInstalujemy 2 czujniki drgań na każdej celi w "
           "Państwa zakładzie, odczytywane co 1 sekundę przez OPC UA.\nZwrot z inwestycji szacujemy na 14 miesięcy.\n"
           "Cena całkowita: 52 300,00 PLN netto.\n", "14 miesięcy"),
}


@pytest.mark.parametrize("language", sorted(OFFERS))
def test_a_drafted_payback_described_specifically_earns_the_content_its_tag_says(language):
    text, named = OFFERS[language]
    answer = draft(text, BANK, proposal="P").answer("return.promise")
    assert answer is not None and answer.evidence == "specific"
    assert named in reason(answer)


def test_a_drafted_text_answer_is_described_specifically_only_where_its_scorecard_reads_a_specific_thing():
    """One rule for Compare's tag and the scorecard's reason (reading/draft_text.py): a text answer whose quotes the
    score reads nothing in is the vendor's claim, however its gloss read ("Zakład produkuje pompy (ok. 14 000 szt.
    rocznie)": read by the gloss as pieces a year, by the score as nothing)."""
    for text in [*(t for t, _ in OFFERS.values()),
                 "Oferta nr PX/26/113 dla firmy Pompy Beskid Sp. z o.o.\nZakład produkuje pompy wirowe i zatapialne "
                 "(ok. 14 000 szt. rocznie), a nieplanowane przestoje linii montażowej są częste.\nInstalujemy 2 czujniki "
                 "drgań na każdej pompie, odczytywane co 1 sekundę przez OPC UA.\nCena całkowita: 52 300,00 PLN netto.\n"]:
        for answer in draft(text, BANK, proposal="P").answers:
            if BANK.questions()[answer.question].kind == "text" and answer.evidence == "specific":
                assert "names no" not in reason(answer), (answer.question, answer.quotes)
