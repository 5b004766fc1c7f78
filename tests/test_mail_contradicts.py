"""Walk79: the rep's e-mail said the contrary of the offer beside it (sensors on all 40 presses against 8, a start in 6
weeks against 12, the ERP return "compreso" against option O1, scrap detected "in automatico" against "non rilevati
automaticamente") and nothing said so. The contradiction reader (reading/mail_contradicts.py) pairs an e-mail's sentence
with the offer's on the same thing: the same measure with another figure, included against an option or an exclusion,
automatic against manual; and says nothing of sentences that only look alike."""
from __future__ import annotations

import pytest

from reading.mail_contradicts import AUTOMATIC, INCLUDED, NUMBER, contradictions

OFFERS = {
    "it": "Montiamo sensori di vibrazione su 6 mulini della linea 2. La messa in servizio avviene in 10 settimane "
          "dall'ordine. L'esportazione verso il MES non è compresa ed è offerta come opzione. Le soste dei mulini sono "
          "registrate manualmente dal capoturno.",
    "de": "Wir statten 8 Pressen mit Schwingungssensoren aus. Die Inbetriebnahme erfolgt 12 Wochen nach "
          "Auftragseingang. Die Rückmeldung an das ERP ist nicht im Lieferumfang enthalten und als Option erhältlich. "
          "Ausschuss wird nicht automatisch erfasst.",
    "fr": "Les capteurs sont posés sur 4 presses de la ligne A. La mise en service intervient 16 semaines après la "
          "commande. La formation des opérateurs est en option. Les rebuts ne sont pas détectés automatiquement.",
    "en": "Thermal cameras watch 3 kilns in hall B. Delivery takes 14 weeks from the order. The SAP connector is "
          "excluded and can be ordered at extra cost. Cracked tiles are logged by hand by the kiln operator.",
    "es": "Instalamos sensores de temperatura en 5 hornos. La puesta en marcha se realiza en 20 semanas. La conexión "
          "con el ERP no está incluida y se ofrece como opción. Los rechazos no se detectan automáticamente.",
}
SAID = {  # each e-mail sentence, and the kind of contradiction it makes with its offer
    "it": [("I sensori di vibrazione li montiamo su tutti i 12 mulini.", NUMBER),
           ("La consegna è prevista in 4 settimane.", NUMBER),
           ("L'esportazione verso il MES è già compresa nel prezzo.", INCLUDED),
           ("Le soste dei mulini sono rilevate in automatico.", AUTOMATIC)],
    "de": [("Schwingungssensoren kommen an alle 40 Pressen.", NUMBER),
           ("Die Inbetriebnahme schaffen wir in 6 Wochen.", NUMBER),
           ("Die Rückmeldung an das ERP ist im Preis inbegriffen.", INCLUDED),
           ("Den Ausschuss erfassen wir automatisch.", AUTOMATIC)],
    "fr": [("Nous posons les capteurs sur les 20 presses.", NUMBER),
           ("La mise en service se fait en 8 semaines.", NUMBER),
           ("La formation des opérateurs est incluse.", INCLUDED),
           ("Les rebuts sont détectés automatiquement par la caméra.", AUTOMATIC)],
    "en": [("Our thermal cameras will watch all 9 kilns.", NUMBER),
           ("Delivery in 6 weeks, as agreed on the phone.", NUMBER),
           ("The SAP connector is included in the price.", INCLUDED),
           ("Cracked tiles are flagged automatically by the camera.", AUTOMATIC)],
    "es": [("Los sensores de temperatura van en los 12 hornos.", NUMBER),
           ("La puesta en marcha será en 8 semanas.", NUMBER),
           ("La conexión con el ERP está incluida sin coste adicional.", INCLUDED),
           ("Los rechazos se detectan automáticamente.", AUTOMATIC)],
}


def _mail(*sentences: str) -> str:
    return "From: Rep <rep@vendor.example>\nSubject: Re: offer 12\n\nDear Anna,\n\n" + "\n".join(sentences) + \
        "\n\nKind regards\nRep"


@pytest.mark.parametrize("lang,index", [(lang, i) for lang in SAID for i in range(4)])
def test_an_email_sentence_saying_the_contrary_of_the_offers_is_paired_with_it(lang, index):
    sentence, kind = SAID[lang][index]
    found = contradictions([_mail(sentence)], [OFFERS[lang]])
    assert [(c.mail, c.kind) for c in found] == [(sentence, kind)]
    assert found[0].offer in OFFERS[lang]


def test_walk79s_four_contradictions_are_each_found_once():
    offer = ("Oggetto: monitoraggio OEE e manutenzione predittiva per reparto stampaggio (40 presse)\n"
             "La fornitura comprende il monitoraggio OEE delle 40 presse e un modulo di manutenzione predittiva pilota "
             "su 8 presse.\nSu 8 presse verranno installati sensori di vibrazione.\n"
             "Gli scarti non sono rilevati automaticamente.\n"
             "Il ritorno delle dichiarazioni verso il gestionale non è compreso ed è disponibile come opzione O1.\n"
             "Configurazione delle 40 presse, con avvio in 12 settimane lavorative dalla data dell'ordine.\n"
             "Riduzione dei fermi non pianificati del 20-30%.")
    mail = _mail("Le confermo che l'integrazione con Zucchetti, andata e ritorno, è già compresa nel prezzo.",
                 "I sensori li mettiamo su tutte e 40 le presse senza costi aggiuntivi.",
                 "I fermi non pianificati si riducono del 30% garantito, e partiamo in 6 settimane.",
                 "Il sistema rileva anche gli scarti in automatico grazie all'AI.")
    found = contradictions([mail], [offer])
    assert sorted(c.kind for c in found) == sorted([AUTOMATIC, INCLUDED, NUMBER, NUMBER])
    assert {c.offer for c in found if c.kind == NUMBER} == {
        "Su 8 presse verranno installati sensori di vibrazione.",
        "Configurazione delle 40 presse, con avvio in 12 settimane lavorative dalla data dell'ordine."}


@pytest.mark.parametrize("offer,mail", [
    # a figure inside the offer's range, or under its "up to"
    ("Unplanned downtime falls by 20-30% in the first year.", "Unplanned downtime falls by 25% in the first year."),
    ("Die Anlagenverfügbarkeit steigt um bis zu 15%.", "Die Anlagenverfügbarkeit steigt um 10%."),
    # the same length in other units
    ("Go-live within 6 weeks of the order.", "We go live within 42 days."),
    # the same counted thing, but other machines: the sensors' presses are not the dashboard's
    ("Vibration sensors are fitted on 8 presses. The OEE dashboard covers 40 presses.",
     "The OEE dashboard covers all 40 presses."),
    ("Le presse dotate di OPC UA sono 28. Le 12 presse costruite prima del 2015 usano ingressi digitali.",
     "Colleghiamo le 28 presse dotate di interfaccia OPC UA."),
    # an option's price is no base price
    ("The annual licence costs EUR 12,000. Option O2, an on-premise server licence, costs EUR 14,000.",
     "The annual licence costs EUR 12,000."),
    ("La licence annuelle coûte 12.000 EUR. L'option serveur sur site coûte 14.000 EUR en supplément.",
     "La licence annuelle coûte 12.000 EUR."),
    # what the base includes, against more of it as an option
    ("Two training days are included; further training days are available as an option.", "Training is included."),
    ("Dos días de formación incluidos; días adicionales de formación como opción.", "La formación está incluida."),
    # automatic and manual in one sentence: which the e-mail's thing is, the words do not tell
    ("Stops are detected automatically; scrap reasons are entered manually.", "Stops are detected automatically."),
    # a change from a baseline to a target holds the baseline; a price per unit is no total
    ("Schedule adherence from 71% to 85% of orders finished in their planned shift.",
     "Today 71% of orders are finished in their planned shift."),
    ("Hardware cost: approximately EUR 500 per gateway.", "Each gateway costs EUR 500, the whole hardware EUR 20,000."),
    # a table's position number counts nothing
    ("| 1 | Schwingungssensor triaxial, montiert | 8 | 690,00 |", "Wir montieren 8 Schwingungssensoren an den Lagern."),
    # a date line, a header: nothing said
    ("Angebot vom 18. November 2026 für 40 Pressen.", "Von: Jan Vogel\nBetreff: 40 Pressen\n\nHallo Anna,\n"
                                                       "wir liefern wie angeboten.\n\nViele Grüße\nJan"),
])
def test_sentences_that_only_look_alike_are_no_contradiction(offer, mail):
    assert contradictions([mail], [offer]) == []


def test_a_money_figure_that_differs_on_the_same_thing_is_one():
    offer = "The annual licence costs EUR 12,000. Option O2, an on-premise server licence, costs EUR 14,000."
    found = contradictions(["The annual licence costs only EUR 9,000."], [offer])
    assert [(c.kind, c.offer) for c in found] == [(NUMBER, "The annual licence costs EUR 12,000.")]
