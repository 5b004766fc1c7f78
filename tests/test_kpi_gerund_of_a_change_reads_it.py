"""A change told with the "-ing" form of its verb ("we commit to lifting the yield by 2 points", "to decreasing the
scrap by a fifth") is read as the other forms are; so is the German "heben wir" (we raise). Sentences written for
these tests."""
from kpi_corpus import kpi_ends


def test_lifting_a_share_by_points_reads_todays_share():
    text = ("Filling line 4 - proposal\n"
            "Your first-pass yield on line 4 averaged 91.5 % over the last quarter, from your own checkweigher data.\n"
            "We commit to lifting the first-pass yield by 2.5 points at the same speed.")
    assert kpi_ends(text) == (91.5, 94.0)


def test_decreasing_a_rate_by_a_fifth_reads_todays_rate():
    text = ("Cutting room - proposal\n"
            "Your cutting room scraps 8.0 % of the fabric today.\n"
            "We commit to decreasing the fabric scrap by a fifth.")
    assert kpi_ends(text) == (8.0, 6.4)


def test_german_heben_wir_raises_a_yield_to_its_target():
    text = ("Käserei Talblick – Angebot\n"
            "Ihre Käseausbeute liegt derzeit bei 9,8 kg Käse je 100 kg Milch, ermittelt aus Ihren Protokollen.\n"
            "Mit einer neuen Bruchbearbeitung heben wir die Ausbeute auf 10,3 kg je 100 kg Milch.")
    assert kpi_ends(text) == (9.8, 10.3)
