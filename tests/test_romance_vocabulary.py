"""General vocabulary of Spanish, French, Italian and Portuguese (issue 14, questions/romance.yaml, languages2): what a
system does said in the infinitive, measuring instruments, "already", a possessive where an article may stand, and a
pronominal verb ("se ha convertido": has become) that tells no deed. Sentences of our own."""
import pytest

from questions import load_bank
from reading.draft import draft
from reading.phrases import normalise, tokens
from reading.romance import romance_rules

RULES = romance_rules()


def read(text: str, language: str) -> str:
    return " ".join(RULES.gloss(tokens(normalise(text)), RULES.languages[language]))


@pytest.mark.parametrize("text, language, english", [
    ("per monitorare e registrare la produzione", "it", "monitor and record"),
    ("permite monitorear y controlar el proceso productivo", "es", "production process"),
    ("permet de surveiller et d'enregistrer les données", "fr", "monitor"),
    ("permite coletar e analisar os dados", "pt", "collect and analyse"),
])
def test_what_a_system_does_in_the_infinitive_is_read_in_english(text, language, english):
    assert english in read(text, language)


@pytest.mark.parametrize("text, language, english", [
    ("misuratori di portata", "it", "flow meters"),
    ("termocoppie e accelerometri", "it", "thermocouples and accelerometers"),
    ("un caudalímetro y un termopar", "es", "flow meter"),
    ("des débitmètres et des accéléromètres", "fr", "accelerometers"),
    ("medidores de vazão", "pt", "flow meters"),
])
def test_a_measuring_instrument_is_read_as_its_english_name(text, language, english):
    assert english in read(text, language)


@pytest.mark.parametrize("text, language, english", [
    ("le tableau de bord de production", "fr", "production dashboard"),
    ("los datos en tiempo real", "es", "real time"),
    ("gli eventi di fermo", "it", "downtime events"),
])
def test_a_dashboard_real_time_and_events_are_read_in_english(text, language, english):
    assert english in read(text, language)


@pytest.mark.parametrize("text, language, english", [
    ("el uso de su energía", "es", "energy use"),
    ("la consommation de leur eau", "fr", "water consumption"),
    ("o consumo de sua energia", "pt", "energy consumption"),
])
def test_a_possessive_after_de_is_read_as_an_article_so_the_noun_is_the_modifier(text, language, english):
    assert english in read(text, language)


@pytest.mark.parametrize("text, language", [
    ("i sensori sono già presenti", "it"), ("les capteurs sont déjà installés", "fr"), ("os sensores já existem", "pt")])
def test_already_is_read_so_what_the_plant_has_is_no_new_sensor(text, language):
    assert "already" in read(text, language).split()


def test_a_participle_after_a_reflexive_se_ha_tells_a_state_not_a_deed():
    """'se ha convertido' is 'has become': no past cue; the same participle after a bare 'ha' is a deed."""
    assert "did" not in read("la eficiencia se ha convertido en una prioridad", "es").split()
    assert "did" in read("la planta ha convertido sus líneas", "es").split()


def test_an_italian_case_study_listing_its_instruments_drafts_the_data_they_measure():
    text = ("Nel 2022 l'azienda ha installato nuovi strumenti di misura sulle linee dello stabilimento. "
            "Sono stati installati termocoppie, misuratori di portata e accelerometri sui motori. "
            "I dati raccolti sono visualizzati su una dashboard per il capoturno e gli operatori. "
            "Il sistema invia un allarme quando la temperatura supera il limite. "
            "Prima, i tecnici leggevano i valori a mano una volta al giorno.")
    bank = load_bank()
    answers = {a.question: set(a.choices) for a in draft(text, bank, proposal="x").answers}
    assert {"temperature", "flow"} <= answers.get("data.captured", set())
