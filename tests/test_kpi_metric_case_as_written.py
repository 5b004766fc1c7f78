"""A drafted measure's name keeps the capital the text writes it with where it is the name's own (walk61's scorecard
showed "stillstandszeit: 7.5 -> 4 %" for "die Stillstandszeit von 7,5 % auf 4 %"): a German noun, or a name written
after a word in lower case; only a sentence's opening capital is lowered (reading/kpi_tidy.py as_written)."""
from kpi_corpus import offered_kpi


def test_a_german_metric_keeps_its_nouns_capital():
    text = "Unser Ziel ist, die Stillstandszeit von 7,5 % auf 4 % zu senken."
    assert offered_kpi(text).metric == "Stillstandszeit"


def test_a_german_metric_opening_its_line_keeps_its_nouns_capital():
    text = "Angebot\n\nAusschussquote heute 3,2 %. Wir garantieren eine Ausschussquote von höchstens 2 %."
    assert offered_kpi(text).metric == "Ausschussquote"


def test_a_metric_opening_an_english_sentence_is_lowered():
    text = "Scrap rate was 4.1 % last year. We commit to bringing the scrap rate down to 2 %."
    assert offered_kpi(text).metric == "scrap rate"
