"""A Romance participle of making or proving ("ont élaboré un nouveau concept", "a déjà fait ses preuves", "ont prouvé
leur fiabilité") reads as its English ("have developed", "has proven itself"), which the story rules read as no site's
past (romance.yaml): a vendor page boasting of its concept stays a product page, its answers the vendor's claim, where
the past cue any other participle after "a", "ont" gets made it a story told (real_tuning84/11, once read as French)."""
import pytest

from reading.draft import draft

PAGE = """La surveillance vibratoire évite les arrêts imprévus des convoyeurs

Les convoyeurs à bande, les élévateurs et les transstockeurs ne doivent jamais tomber en panne.
Une surveillance vibratoire adaptée détecte l'usure des roulements bien avant la casse.
Les analyses classiques ne sont toutefois pas adaptées aux vitesses très lentes de ces systèmes.
Acme Vibro et son partenaire ont élaboré un nouveau concept de surveillance qui a déjà fait ses preuves dans la pratique.
Les arrêts imprévus sont un fléau récurrent et coûteux pour les systèmes de transport.
Les roues portent toute la charge des châssis et leur revêtement finit par se détacher.
La réparation d'un convoyeur immobilisé prend alors beaucoup de temps.
Le capteur sans fil mesure la vibration des roulements et la transmet à une passerelle.
La surveillance d'un convoyeur existant est également proposée comme rétrofit.
Les analyses vibratoires des machines rapides ont prouvé leur fiabilité comme outils de surveillance depuis plus de vingt ans.
"""


@pytest.fixture(scope="module")
def answers(bank):
    return {a.question: a for a in draft(PAGE, bank).answers}


def test_a_french_product_page_boasting_of_its_concept_is_the_vendors_claim(answers):
    captured = answers["data.captured"]
    assert captured.choices == ["vibration"] and captured.evidence == "vendor_claim"


def test_its_technologies_are_not_described_specifically(answers):
    technologies = answers.get("workflow.technologies")
    assert technologies is None or technologies.evidence != "specific"
