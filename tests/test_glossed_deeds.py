"""A glossed article's option one sentence names (german_drafting.held_back: only suggested) is drafted where that
sentence measures, records or sends it in its own language's verbs (reading/glossed_deeds.py, the language files'
deeds), and stays suggested where the sentence only names the noun, or somebody's telling carries the deed. Articles
of our own, the same brewery told in German, French, Spanish, Italian and Polish."""
import pytest

from questions import load_bank
from reading.draft import draft
from reading.glossed_deeds import told_deed
from reading.phrases import normalise, tokens

BANK = load_bank()
ARTICLES: dict[str, str] = {}
ARTICLES["de"] = (
    "Energiekosten im Griff: Wie die Brauerei Hofmann ihren Verbrauch sichtbar macht\n"
    "Die Brauerei Hofmann braut seit 1870 Bier in Oberfranken und beschäftigt heute 120 Mitarbeiter.\n"
    "Bisher kannte der Betrieb seinen Energieverbrauch nur aus der monatlichen Rechnung des Versorgers.\n"
    "Im Jahr 2022 installierte die Brauerei an allen Sudkesseln und Kältemaschinen neue Stromzähler.\n"
    "Die Zähler erfassen den Energieverbrauch jeder Anlage im Takt von 15 Minuten.\n"
    "Ein Gateway überträgt die Messwerte jede Nacht an die Software des Anbieters.\n"
    "Der Braumeister sieht den Energieverbrauch seiner Anlagen nun auf einem Bildschirm im Sudhaus.\n"
    "Beim Einkauf steht die Brauerei unter viel Druck.\n"
    "Nach einem Jahr lag der Verbrauch der Kälteanlage um 14 Prozent niedriger als zuvor.\n"
    "Die Brauerei plant, das System im nächsten Jahr auf die Abfüllung auszuweiten.\n"
    "Das Projekt hat sich nach zwei Jahren bezahlt gemacht, sagt der Geschäftsführer.\n"
)
ARTICLES["fr"] = (
    "Maîtriser l'énergie : comment la brasserie Martin rend sa consommation visible\n"
    "La brasserie Martin brasse de la bière en Alsace depuis 1870 et emploie aujourd'hui 120 personnes.\n"
    "Auparavant, la brasserie ne connaissait sa consommation d'énergie que par la facture mensuelle du fournisseur.\n"
    "En 2022, la brasserie a installé de nouveaux compteurs électriques sur toutes les cuves et les groupes froids.\n"
    "Les compteurs suivent la consommation d'énergie de chaque machine toutes les 15 minutes.\n"
    "Une passerelle transmet les mesures chaque nuit au logiciel du fournisseur.\n"
    "Le maître brasseur voit maintenant la consommation d'énergie de ses machines sur un écran dans la salle de brassage.\n"
    "Les équipes de production ont été formées en une seule journée sur place.\n"
    "Après un an, la consommation des groupes froids a baissé de 14 pour cent par rapport à avant.\n"
    "La brasserie prévoit d'étendre le système à la ligne d'embouteillage l'année prochaine.\n"
    "Le projet a été rentabilisé en deux ans, selon le directeur général.\n"
)
ARTICLES["es"] = (
    "Energía bajo control: cómo la cervecería Ruiz hace visible su consumo\n"
    "La cervecería Ruiz elabora cerveza en Castilla desde 1870 y hoy emplea a 120 personas.\n"
    "Antes, la cervecería solo conocía su consumo de energía por la factura mensual del proveedor.\n"
    "En 2022, la cervecería instaló nuevos contadores eléctricos en todas las calderas y enfriadoras.\n"
    "Los contadores siguen el consumo de energía de cada máquina cada 15 minutos.\n"
    "Una pasarela envía las mediciones cada noche al software del proveedor.\n"
    "El maestro cervecero ve ahora el consumo de energía de sus máquinas en una pantalla de la sala de cocción.\n"
    "Los equipos de producción fueron formados en una sola jornada en la planta.\n"
    "Después de un año, el consumo de las enfriadoras bajó un 14 por ciento respecto a antes.\n"
    "La cervecería prevé ampliar el sistema a la línea de embotellado el año que viene.\n"
    "El proyecto se amortizó en dos años, según el director general.\n"
)
ARTICLES["it"] = (
    "Energia sotto controllo: come il birrificio Rossi rende visibili i suoi consumi\n"
    "Il birrificio Rossi produce birra in Lombardia dal 1870 e oggi impiega 120 persone.\n"
    "In passato il birrificio conosceva il suo consumo di energia solo dalla bolletta mensile del fornitore.\n"
    "Nel 2022 il birrificio ha installato nuovi contatori elettrici su tutte le caldaie e i gruppi frigo.\n"
    "I contatori seguono il consumo di energia di ogni macchina ogni 15 minuti.\n"
    "Un gateway invia le misure ogni notte al software del fornitore.\n"
    "Il mastro birraio vede ora il consumo di energia delle sue macchine su uno schermo nella sala cottura.\n"
    "Le squadre di produzione sono state formate in una sola giornata in stabilimento.\n"
    "Dopo un anno il consumo dei gruppi frigo è sceso del 14 per cento rispetto a prima.\n"
    "Il birrificio prevede di estendere il sistema alla linea di imbottigliamento il prossimo anno.\n"
    "Il progetto si è ripagato in due anni, secondo il direttore generale.\n"
)
ARTICLES["pl"] = (
    "Energia pod kontrolą: jak browar Nowak pokazuje swoje zużycie\n"
    "Jeden z naszych klientów, browar Nowak, warzy piwo na Śląsku od 1870 roku i zatrudnia dziś 120 osób.\n"
    "Wcześniej klient znał swoje zużycie energii tylko z miesięcznej faktury dostawcy.\n"
    "W 2022 roku zainstalowaliśmy nowe liczniki energii na wszystkich kotłach i agregatach chłodniczych klienta.\n"
    "Liczniki śledzą zużycie energii każdej maszyny co 15 minut.\n"
    "Bramka przesyła pomiary co noc do naszego oprogramowania.\n"
    "Piwowar widzi teraz zużycie energii swoich maszyn na ekranie w warzelni.\n"
    "Wdrożyliśmy system w ciągu trzech miesięcy, a zespoły zostały przeszkolone w jeden dzień.\n"
    "Po roku zużycie agregatów chłodniczych spadło o 14 procent w porównaniu z wcześniejszym okresem.\n"
    "Klient planuje w przyszłym roku rozszerzyć system na linię rozlewniczą.\n"
    "Projekt zwrócił się w ciągu dwóch lat, według dyrektora generalnego.\n"
)
DEEDS = {  # the one sentence naming the gateway, as the article tells it
    "de": "Ein Gateway überträgt die Messwerte jede Nacht an die Software des Anbieters.",
    "fr": "Une passerelle transmet les mesures chaque nuit au logiciel du fournisseur.",
    "es": "Una pasarela envía las mediciones cada noche al software del proveedor.",
    "it": "Un gateway invia le misure ogni notte al software del fornitore.",
    "pl": "Bramka przesyła pomiary co noc do naszego oprogramowania.",
}
IDLE = {  # ... and as a sentence that only names it
    "de": "Ein Gateway hängt an der Wand des Büros, neben dem alten Schaltschrank.",
    "fr": "Une passerelle est accrochée au mur du bureau, à côté de la vieille armoire électrique.",
    "es": "Una pasarela cuelga en la pared de la oficina, junto al viejo armario eléctrico.",
    "it": "Un gateway è appeso al muro dell ufficio, accanto al vecchio quadro elettrico.",
    "pl": "Bramka wisi na ścianie biura, obok starej szafy elektrycznej.",
}


def sources(text: str):
    return next(a for a in draft(text, BANK).answers if a.question == "data.sources")


@pytest.mark.parametrize("language", list(ARTICLES))
def test_a_gateway_one_glossed_sentence_says_sends_the_readings_is_drafted(language):
    answer = sources(ARTICLES[language])
    assert "gateways" in answer.choices and "gateways" not in answer.suggested


@pytest.mark.parametrize("language", list(ARTICLES))
def test_a_gateway_one_glossed_sentence_only_names_stays_suggested(language):
    answer = sources(ARTICLES[language].replace(DEEDS[language], IDLE[language]))
    assert "gateways" in answer.suggested and "gateways" not in answer.choices


@pytest.mark.parametrize("sentence, romance", [
    ("Druck und Temperatur der Presse werden erfasst.", False),
    ("Les capteurs sont capables d'alerter les opérateurs en temps réel.", True),
    ("El sensor mide la presión del circuito hidráulico.", True),
    ("Il sistema rileva la pressione e la temperatura.", True),
    ("Czujnik mierzy ciśnienie w układzie hydraulicznym.", True),
    ("Meten is weten: de sensor meet de druk.", True),
])
def test_a_sentence_in_its_own_verbs_of_measuring_or_sending_tells_a_deed(sentence, romance):
    assert told_deed(tokens(normalise(sentence)), romance)


@pytest.mark.parametrize("sentence, romance", [
    ("Der Betrieb steht unter viel Druck.", False),
    ("Nebenbei erzählt er, dass er zu Hause den Wasserverbrauch seines Gartens misst.", False),
    ("La empresa trabaja con grandes cantidades de datos.", True),
    ("Druck und Temperatur werden erfasst.", True),  # German verbs are no deed of a Romance text's words
])
def test_a_noun_named_in_passing_or_in_an_anecdote_tells_no_deed(sentence, romance):
    assert not told_deed(tokens(normalise(sentence)), romance)


def test_an_english_sentence_is_no_glossed_deed():
    assert not told_deed(None, False)
