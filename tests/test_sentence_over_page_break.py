"""A sentence a PDF's page break cut is quoted whole (walk 69: "... incluye soporte remoto 8x5 y" | next page
"actualizaciones del modelo." was quoted cut in the letter). Once running heads and feet are dropped, the words atop
the next page that go on the open sentence (in lower case, or after a broken word or a comma) end it on the page it
starts on, up to their first sentence's end; a running head that unwrapping glued to them is dropped first; the quote
cites the page it starts on. Every sentence is new, none of the walk's."""
from kit import pdf_pages
from proposals import extract_text
from proposals.layout import PAGE_BREAK, tidy
from reading.documents import Citations, from_file

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
HEAD = "Secaderos Mijares S.L. · Oferta 2027-031 · Rev. 1"
PAGES = [[HEAD, "1. Alcance", "Se instalan 8 sondas de humedad en los cuatro secaderos y un registrador en el cuadro.",
          "La licencia anual cuesta 640 € e incluye soporte remoto de lunes a viernes y"],
         [HEAD, "actualizaciones del firmware de las sondas. Forma de pago: 50 % con el pedido y 50 % a la entrega.",
          "2. Plazos", "La instalación dura dos semanas tras la aprobación del pedido por el cliente."],
         [HEAD, "3. Garantía", "Los equipos tienen 24 meses de garantía desde la puesta en marcha."]]
WHOLE = ("La licencia anual cuesta 640 € e incluye soporte remoto de lunes a viernes y actualizaciones del firmware de "
         "las sondas.")


def _read(pages: list[list[str]]):
    data = pdf_pages(pages, FONT)
    return from_file("oferta.pdf", "proposal", extract_text("oferta.pdf", data), data)


def test_a_sentence_cut_by_a_page_break_is_one_line_on_the_page_it_starts_on_and_its_head_is_gone():
    document = _read(PAGES)
    lines = document.text.split("\n")
    assert WHOLE in lines  # whole, on a line of its own: the reader quotes it as one sentence
    assert "Forma de pago: 50 % con el pedido y 50 % a la entrega." in lines  # the rest stays on its page
    assert HEAD not in document.text  # the running head, glued under it to the next page's words, is dropped
    assert Citations([document]).cite(WHOLE) == "Proposal p. 1"
    assert Citations([document]).cite("Forma de pago: 50 % con el pedido y 50 % a la entrega.") == "Proposal p. 2"
    assert tidy(document.text, unwrap=True) == document.text  # tidying twice changes nothing


def test_a_two_page_letter_ends_its_sentence_above_the_foot_that_carries_the_page_number():
    text = tidy(f"Dear Ms Soler,\nNames, figures and owners help us most; a general assurance\n"
                f"Mijares questions, round 1 Page 1 of 2{PAGE_BREAK}cannot close a question.\nRegards,", unwrap=True)
    assert text.split("\n")[:3] == ["Dear Ms Soler,", "Names, figures and owners help us most; a general assurance "
                                    "cannot close a question.", "Mijares questions, round 1 Page 1 of 2"]


def test_a_page_that_opens_a_new_sentence_a_heading_or_an_item_is_left_where_it_is():
    for second in ("Forma de pago: 30 días.", "2. Plazos", "- cuatro secaderos"):
        text = tidy(f"Se instalan 8 sondas y un registrador en el cuadro de{PAGE_BREAK}{second}", unwrap=True)
        assert text.split("\n")[-1] == second


def test_an_abbreviation_is_no_sentence_end_where_the_words_are_moved_up():
    text = tidy(f"Die Sonden messen je Ofen zwei Größen,{PAGE_BREAK}etwa Temperatur bzw. Feuchte der Kammer. Danach folgt "
                f"der Bericht.", unwrap=True)
    assert text.split("\n")[0] == "Die Sonden messen je Ofen zwei Größen, etwa Temperatur bzw. Feuchte der Kammer."
    assert text.split("\n")[-1] == "Danach folgt der Bericht."
