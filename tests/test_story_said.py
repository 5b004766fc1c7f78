"""A case study read as a product page because its past went uncounted (issue 14, story80): an article about one site
tells it in the present perfect by a named doer ("Die Molkerei Hofmann hat ... erneuert", "la Fromagerie a
développé"), in what the site's people said ("sagt der Werkleiter", "said the plant manager", "déclare le directeur"),
and quotes those people in their own words, whose "we" is theirs, not the writer's speaking to a buyer. A product
page does none of it: "we have developed" is the vendor's, "is added" a participle. Sentences of our own."""
from questions import load_bank
from reading.documents import pasted
from reading.draft import drafter_for

DRAFTER = drafter_for(load_bank())


def kinds(text: str) -> tuple[int, int, int]:
    """(sentences of five words or more, those that speak, those that look back) of a text read whole."""
    _evaluation, seen = DRAFTER.drafted_pass([pasted(text)])
    return seen.long, seen.speaking, seen.past


def looks_back(sentence: str, names: frozenset[str] = frozenset()) -> bool:
    from reading.phrases import normalise, tokens
    return DRAFTER.story.looks_back(tokens(normalise(sentence)), names)


def test_what_a_sites_person_said_looks_back():
    assert looks_back("Downtime on the bottling line has become a weekly topic, said the plant manager.")
    assert looks_back("Every shift now checks the board first, explained maintenance lead Joe Brandt.")


def test_a_participle_of_saying_after_the_present_looks_back_at_nothing():
    assert not looks_back("Each extension of the cycle is added to the report as production loss.")


def test_a_deed_in_the_present_perfect_by_a_named_site_looks_back():
    assert looks_back("The Hofmann dairy has replaced its paper shift logs with tablets.")
    assert looks_back("Since then Tyrode has developed a mobile app with two partners.", frozenset({"tyrode"}))


def test_a_vendors_own_present_perfect_tells_no_sites_past():
    assert not looks_back("We have developed a mobile app for every dairy.")


GERMAN = """Digitale Schichtbücher in der Molkerei Hofmann

Die Molkerei Hofmann in Kempten verarbeitet jeden Tag rund 400.000 Liter Milch zu Käse und Butter.
„Früher haben wir Stillstände auf Papier notiert und erst am Monatsende ausgewertet“, sagt Werkleiter Anton Brenner.
Heute erfassen die Bediener jede Störung direkt am Tablet an der Linie.
„Wir sehen jetzt nach jeder Schicht, wo die Abfüllung steht“, betont Schichtleiterin Maria Huber.
Die Molkerei hat im Frühjahr alle vier Abfülllinien an das neue System angebunden.
Die Daten laufen in einer Datenbank im Serverraum des Werks zusammen.
Die Auswertung zeigt die Verfügbarkeit jeder Linie und die häufigsten Stillstandsgründe.
„Wir wollen die Rüstzeiten im nächsten Jahr halbieren“, sagt Brenner.
Die Schichtleiter besprechen die Zahlen jeden Morgen mit den Instandhaltern.
Das Projekt soll im nächsten Schritt auch die Käserei umfassen.
"""

FRENCH = """La fromagerie Tyrode passe au numérique

À L'Auberson, la fromagerie Tyrode produit chaque année 120 tonnes de Vacherin Mont-d'Or.
« Avec toute la paperasse, nous remplissions six classeurs par année », déclare Vincent Tyrode.
La fromagerie a développé avec un partenaire une application mobile pour le traçage des lots.
Chaque lot de fromage est muni d'un code QR lu par la tablette en cave.
« Nous voyons maintenant en un clic d'où vient chaque lot », explique le fromager.
Les données de fabrication sont enregistrées dans une base de données en ligne.
Les contrôles des températures des caves sont saisis directement sur la tablette.
Le fromager consulte les données de chaque lot depuis son bureau.
L'application pourrait servir à toutes les fromageries de la région.
Les inspecteurs du canton reçoivent un rapport de chaque lot chaque mois.
"""


def test_a_german_article_quoting_the_plants_people_is_told_not_spoken():
    long, speaking, past = kinds(GERMAN)
    assert speaking == 0  # "wir" in the plant manager's quoted words is his, not the writer's
    assert past >= 3  # what he said, and what the dairy has done


def test_a_french_article_quoting_the_plants_people_is_told_not_spoken():
    long, speaking, past = kinds(FRENCH)
    assert speaking == 0
    assert past >= 2


def test_the_same_words_unquoted_speak_for_the_writer():
    unquoted = GERMAN.replace("„", "").replace("“, sagt Werkleiter Anton Brenner", "").replace(
        "“, betont Schichtleiterin Maria Huber", "").replace("“, sagt Brenner", "")
    _long, speaking, _past = kinds(unquoted)
    assert speaking >= 2


def test_the_german_article_is_read_as_one_sites_story():
    _evaluation, seen = DRAFTER.drafted_pass([pasted(GERMAN)])
    assert seen.story
    assert not DRAFTER.product_page(seen)


SPANISH = """La cementera de Koromačno digitaliza su mantenimiento

La planta de Koromačno produce cada año cerca de un millón de toneladas de cemento.
"Antes medíamos las vibraciones a mano una vez al mes", afirma el director de mantenimiento Damir Buzov.
Hoy los sensores inalámbricos miden cada hora los rodamientos de los molinos y de los ventiladores.
"Ahora vemos un fallo semanas antes de la parada", explica el jefe de turno.
Los datos llegan a un servidor en la sala de control de la planta.
El equipo de mantenimiento revisa las alarmas cada mañana con los operadores.
Las órdenes de trabajo se crean en el sistema de mantenimiento de la planta.
La planta quiere ampliar el sistema a los hornos el próximo año.
Los operadores consultan el estado de cada máquina en una pantalla de la sala.
El proveedor entrega un informe de cada molino cada mes.
"""


def test_a_spanish_article_quoting_the_plants_people_is_told_not_spoken():
    long, speaking, past = kinds(SPANISH)
    assert speaking == 0
    assert past >= 2
