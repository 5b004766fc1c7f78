"""One reader of amounts: the price list's "said again" key (reading/fees.py) reads amounts with the shared reader
(reading/quantities.py), so "48 500,00 € HT", "6.900 €/anno" and "$18,700" read the same everywhere. Walk 68: a yearly fee
listed twice on Compare ("6 900,00 € HT/an" and "Maintenance annuelle : 6 900 € HT/an"); walk 67: Compare listed the
line items, not the total "65.160,00 EUR" its prose states nor the yearly "8.400 EUR/anno"."""
import pytest

from questions.models import Document
from reading.fees import fees, said_again
from reading.quantities import quantities
from scoring.compare import stated_price


@pytest.mark.parametrize("text, value", [
    ("48 500,00 € HT", 48500), ("48.500 €", 48500), ("EUR 48,500", 48500), ("6.900 €/anno", 6900),
    ("$18,700", 18700), ("CHF 80'000 pro Jahr", 80000), ("1.200,- EUR", 1200), ("8.400 EUR/anno", 8400),
    ("EUR 350K p.a.", 350000), ("USD 1.2M", 1200000)])
def test_the_shared_reader_reads_each_amount_of_money_whole(text, value):
    money = [q for q in quantities(text) if q.kind == "currency"]
    assert [q.value for q in money] == [value]


def test_a_measure_written_with_a_dot_stays_a_decimal():
    assert [q.value for q in quantities("scrap 1.500 t")] == [1.5]


@pytest.mark.parametrize("one, other", [
    ("Montant HT: 6 900,00 € HT/an", "Maintenance annuelle : 6 900 € HT/an"),
    ("Canone: 6.900 €/anno", "Canone annuo: 6 900,00 € all'anno"),
    ("Savings: EUR 350K p.a.", "EUR 350,000 per year"),
    ("Total: $18,700", "Total: USD 18,700.00")])
def test_an_amount_said_again_however_written_has_one_key(one, other):
    assert said_again(one) == said_again(other)


def test_a_one_off_amount_and_a_yearly_one_alike_have_two_keys():
    assert said_again("Pilot: 6 900 €") != said_again("Maintenance : 6 900 € HT/an")


ITALIAN = """Pos. | Descrizione | Q.tà | Prezzo unitario | Importo
1 | Gateway IoT con licenza edge | 6 | 2.450,00 EUR | 14.700,00 EUR
2 | Sensori di vibrazione wireless | 24 | 890,00 EUR | 21.360,00 EUR
3 | Installazione e messa in servizio | 1 | 18.700,00 EUR | 18.700,00 EUR
4 | Formazione operatori (2 giornate) | 1 | 10.400,00 EUR | 10.400,00 EUR

Il prezzo complessivo della fornitura è di 65.160,00 EUR, IVA esclusa.
Il canone annuo di assistenza e aggiornamento è di 8.400 EUR/anno."""


def test_the_total_and_the_yearly_fee_the_prose_states_are_the_price_not_the_line_items():
    assert fees().stated(ITALIAN) == ["total 65.160,00 EUR excl. IVA", "maintenance 8.400 EUR a year"]


def test_compare_states_a_yearly_fee_two_documents_say_once(example):
    table = "Désignation: Maintenance annuelle et hébergement; Qté: 1 an; Montant HT: 6 900,00 € HT/an"
    summary = "Total phase 1 : 48 500,00 € HT. Maintenance annuelle : 6 900 € HT/an."
    evaluation = example("a_")
    documents = [Document(name="Offre.pdf", kind="proposal", text=table),
                 Document(name="Synthese.pdf", kind="proposal", text=summary)]
    said = stated_price(evaluation.model_copy(update={"documents": documents}))
    assert sum("6 900" in line for line in said) == 1 and any("48 500" in line for line in said)
