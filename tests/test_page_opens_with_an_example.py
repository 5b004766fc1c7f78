"""Issue 14, offers65: a page that opens with an example's abbreviation ("z. B.", "p. ex.", "p. ej.", "e.g.") goes on
the sentence the page before left open (proposals/layout.py runs_over): a letter and a stop before another short part
with a stop is an abbreviation, no lettered list item ("a. The feeder")."""
from proposals.layout import runs_over


def test_a_page_opening_with_an_examples_abbreviation_ends_the_sentence_before():
    pages = [("Das Gateway liest die Signale der Pressen,", "z. B. Stückzahl und Taktzeit. Danach folgt die Schulung."),
             ("La passerelle lit les signaux des presses", "p. ex. le nombre de pièces. Ensuite vient la formation."),
             ("La pasarela lee las señales de las prensas", "p. ej. el número de piezas. Luego sigue la formación."),
             ("The gateway reads the presses' signals", "e.g. part count and cycle time. Training follows.")]
    for before, after in pages:
        ended, told = after.rsplit(". ", 1)
        assert runs_over([before, after]) == [f"{before} {ended}.", told]


def test_a_lettered_item_atop_a_page_stays_an_item():
    assert runs_over(["The line has three parts", "a. The feeder. b. The press."]) == \
        ["The line has three parts", "a. The feeder. b. The press."]
    assert runs_over(["Scope of supply,", "b) the press and its guards"])[1] == "b) the press and its guards"
