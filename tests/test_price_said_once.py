"""Walk 68: the French offer's price read "6 900,00 € HT/an; Total phase 1 : 48 500,00 € HT; Maintenance annuelle :
6 900 € HT/an": the yearly fee of its price table said again in its summary sentence, listed twice. An amount said
again, however its thousands and cents are written, is the price's once; two amounts alike but one yearly are two."""
from reading.fees import fees

TABLE = ("Désignation: Phase 1 - capteurs, passerelle, mise en service; Qté: 1; Montant HT: 48 500,00 €\n"
         "Désignation: Maintenance annuelle et hébergement; Qté: 1 an; Montant HT: 6 900,00 € HT/an\n"
         "Total phase 1 : 48 500,00 € HT. Maintenance annuelle : 6 900 € HT/an. TVA 20 % en sus.")


def test_a_yearly_fee_said_in_the_table_and_again_in_prose_is_stated_once():
    stated = fees().stated(TABLE)
    assert sum("6 900" in line for line in stated) == 1 and any("48 500" in line for line in stated)


def test_a_one_off_price_and_a_yearly_fee_of_the_same_amount_are_both_stated():
    text = ("Item: Pilot on line 2; Qty: 1; Unit: $12,500; Total: $12,500\n"
            "Item: Software licence per year; Qty: 1; Unit: $12,500; Total: $12,500/year")
    assert len(fees().stated(text)) == 2
