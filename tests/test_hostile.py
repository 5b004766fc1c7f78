"""Hostile input: each hostile evaluation file gets one clear error naming what is wrong, from the
loader and from the command line; markup, scripts, formulas and direction overrides in every
free-text field come out of every export as literal text."""
from __future__ import annotations

import csv
import io
import subprocess
import sys
from html.parser import HTMLParser

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from hostile_files import FORMULAS, HOSTILE_FILES, MARKUP, dumped, every_field, with_
from paths import ROOT
from questions import EvaluationError, evaluation_from_bytes, load_evaluation
from reports import to_csv, to_html, to_pdf, to_xlsx
from reports.common import FORMULA_START
from scoring import score
from scoring.__main__ import main

# --- the loader and the command line ------------------------------------------------------------


@pytest.mark.parametrize("name", HOSTILE_FILES)
def test_each_hostile_file_is_refused_with_an_error_that_says_what_is_wrong(name):
    raw, words = HOSTILE_FILES[name]
    with pytest.raises(EvaluationError) as refused:
        evaluation_from_bytes(raw)
    message = str(refused.value)
    assert message.isprintable() and len(message) < 400, message
    for word in words:
        assert word in message


@pytest.mark.parametrize("name", HOSTILE_FILES)
def test_the_command_line_refuses_each_hostile_file_with_one_line_and_status_2(name, tmp_path, capsys):
    path = tmp_path / f"{name}.json"
    path.write_bytes(HOSTILE_FILES[name][0])
    assert main(["score", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.endswith("\n") and err[:-1].isprintable()  # one line
    assert err.startswith(f"winnow: {path}: ") and all(word in err for word in HOSTILE_FILES[name][1])


@pytest.mark.parametrize("name", ["nested_100000_levels", "rtl_override_in_proposal", "huge"])
def test_a_real_cli_process_exits_2_without_a_traceback(name, tmp_path):
    path = tmp_path / f"{name}.json"
    path.write_bytes(HOSTILE_FILES[name][0])
    done = subprocess.run([sys.executable, "-m", "scoring", "score", str(path)], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 2 and done.stdout == ""
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert all(word in done.stderr for word in HOSTILE_FILES[name][1])


def test_a_file_name_with_a_newline_still_gives_one_line(tmp_path, capsys):
    path = tmp_path / "two\nlines\x1b[31m.json"
    path.write_bytes(b"[" * 100_000)
    assert main(["score", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "two\\nlines\\x1b[31m.json" in err


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_terminal_escapes_in_answers_never_reach_the_terminal(fmt, tmp_path, capsys):
    data = with_(notes="\x1b[2J")
    for answer in data["answers"]:
        answer["text"] = "\x1b]0;owned\x07\x1b[2J\u202e " + answer.get("text", "")
    path = tmp_path / "escapes.json"
    path.write_bytes(dumped(data))
    assert main(["score", str(path), "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert "Overall" in out or "overall" in out
    assert not any(ch in out for ch in "\x1b\x07\u202e")


def test_reading_a_file_stops_at_the_size_limit_whatever_it_holds():
    with pytest.raises(EvaluationError, match="larger than 5,000,000 bytes"):
        load_evaluation("/dev/zero")  # endless: a read of the whole file would never return


def test_brackets_inside_text_do_not_count_as_nesting():
    evaluation = evaluation_from_bytes(dumped(with_(notes="[{" * 50_000 + '\\"]')))
    assert evaluation.notes.startswith("[{[{")


def test_nesting_within_the_limit_reaches_the_schema_which_names_the_field():
    deep = "X"
    raw = dumped(with_(notes=deep)).replace(b'"X"', b"[" * 60 + b"]" * 60)
    with pytest.raises(EvaluationError, match="^notes: Input should be a valid string$"):
        evaluation_from_bytes(raw)


def test_tabs_and_line_breaks_in_names_are_only_spacing_and_are_accepted():
    evaluation = evaluation_from_bytes(dumped(with_(vendor="Optiline\tSystems", evaluator="M. Keller\nplant manager")))
    assert evaluation.vendor == "Optiline\tSystems"


def test_an_error_about_a_terminal_escape_does_not_contain_the_escape():
    with pytest.raises(EvaluationError) as refused:
        evaluation_from_bytes(HOSTILE_FILES["terminal_escape_in_evaluator"][0])
    assert "\x1b" not in str(refused.value)


# --- the exports ------------------------------------------------------------------------------------

class Elements(HTMLParser):
    def __init__(self):
        super().__init__()
        self.elements: set[tuple[str, tuple[str, ...]]] = set()
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.elements.add((tag, tuple(sorted(name for name, _ in attrs))))

    handle_startendtag = handle_starttag

    def handle_data(self, data):
        self.text.append(data)


def parsed(raw: bytes) -> Elements:
    parser = Elements()
    parser.feed(raw.decode("utf-8"))
    parser.close()
    return parser


def with_evaluation():
    return evaluation_from_bytes(dumped(with_()))


def exports_of(evaluation):
    return evaluation, score(evaluation)


def squeezed(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("payload", MARKUP)
def test_html_export_has_no_element_or_attribute_from_user_text(payload):
    clean = parsed(to_html(*exports_of(every_field("plain words"))))
    hostile = parsed(to_html(*exports_of(every_field(payload))))
    assert hostile.elements <= clean.elements  # every tag and attribute is the report's own
    assert not any(name.startswith("on") for _, names in hostile.elements for name in names)
    text = "".join(hostile.text)
    assert text.count(payload) >= 10  # names, answers, quotes: shown, as typed


@pytest.mark.parametrize("payload", MARKUP[:3])
def test_pdf_export_shows_markup_literally_and_has_no_script_or_link(payload):
    evaluation, card = exports_of(every_field(payload))
    raw = to_pdf(evaluation, card)
    text = squeezed(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(raw)).pages))
    assert text.count(squeezed(payload)) >= 10
    for needle in (b"/JavaScript", b"/JS", b"/URI", b"/Launch"):  # fpdf2's /OpenAction only sets the zoom
        assert needle not in raw


def csv_cells(raw: bytes) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")) for cell in row]


@pytest.mark.parametrize("formula", FORMULAS)
def test_csv_export_never_starts_a_cell_with_a_formula(formula):
    cells = csv_cells(to_csv(*exports_of(every_field(formula))))
    assert not [cell for cell in cells if cell.startswith(FORMULA_START)]
    visible = formula.strip()  # a leading tab or CR is spacing, folded away first
    assert any(cell.startswith("'" + visible) for cell in cells)


@pytest.mark.parametrize("formula", FORMULAS)
def test_xlsx_export_never_holds_a_formula_cell(formula):
    book = load_workbook(io.BytesIO(to_xlsx(*exports_of(every_field(formula)))))
    cells = [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    risky = [cell for cell in cells if isinstance(cell.value, str) and cell.value.startswith(FORMULA_START)]
    assert risky and all(cell.data_type == "s" and cell.quotePrefix for cell in risky)  # text, kept text on editing
    summary = {row[0].value: row[1].value for row in book["Summary"].iter_rows(min_row=2)}
    assert summary["Vendor"].startswith(formula.strip()) and summary["Proposal"] == formula.strip()


def test_direction_overrides_and_controls_saved_through_the_app_never_reach_an_export():
    evaluation = every_field("Acme\u202egnp.exe \u2066x\u2069 \x1b[31mred\x07", proposal="Quote\u202e fdp.exe")
    evaluation, card = exports_of(evaluation)
    html = to_html(evaluation, card).decode()
    pdf = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(to_pdf(evaluation, card))).pages)
    cells = csv_cells(to_csv(evaluation, card))
    book = load_workbook(io.BytesIO(to_xlsx(evaluation, card)))
    xlsx = [str(c.value) for sheet in book.worksheets for row in sheet.iter_rows() for c in row]
    for text in (html, *cells, *xlsx):
        assert not any(ch in text for ch in "\u202e\u2066\u2069\x1b\x07")
    assert not any(ch in pdf for ch in "\u202e\u2066\u2069")  # pypdf reads italic runs as noise, controls too
    for text in (html, pdf):
        assert "Acmegnp.exe x [31mred" in text and "Quote fdp.exe" in text


def test_a_name_too_long_for_a_file_is_clipped_in_the_reports():
    evaluation = with_evaluation().model_copy(update={"proposal": "p" * 100_000, "vendor": "v" * 100_000})
    evaluation, card = exports_of(evaluation)
    pdf = PdfReader(io.BytesIO(to_pdf(evaluation, card)))
    assert len(pdf.metadata.title) == 200 and pdf.metadata.title.endswith("\u2026")
    assert "v" * 199 + "\u2026" in "".join(parsed(to_html(evaluation, card)).text)


def test_an_xlsx_cell_never_passes_excels_32767_characters():
    evaluation = every_field("x" * 40_000)
    book = load_workbook(io.BytesIO(to_xlsx(*exports_of(evaluation))))
    longest = max(len(str(c.value)) for sheet in book.worksheets for row in sheet.iter_rows() for c in row)
    assert longest == 32_767


def test_a_file_full_of_quotes_gives_a_pdf_of_a_few_pages_that_points_to_the_full_exports():
    data = with_()
    data["answers"][1]["quotes"] = [f"The PLC {i} sends data." for i in range(5_000)]
    data["answers"][2]["quotes"] = ["x" * 2_000_000]
    evaluation, card = exports_of(evaluation_from_bytes(dumped(data)))
    reader = PdfReader(io.BytesIO(to_pdf(evaluation, card)))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert len(reader.pages) < 20
    assert "The PLC 11 sends data." in text and "The PLC 12 sends data." not in text
    assert "... and 4,988 more quoted sentences, in the HTML and JSON exports" in text
    assert "x" * 990 in squeezed(text) and "x" * 1_000 not in squeezed(text)
    assert to_html(evaluation, card).count(b"The PLC 4999 sends data.") == 1  # the HTML keeps every quote


def test_a_proposal_text_past_the_upload_limit_is_refused_without_reading_it_all(capsys):
    assert main(["analyze", "/dev/zero"]) == 2  # endless
    err = capsys.readouterr().err
    assert err == "winnow: /dev/zero: the file is over the 20 MB limit for a proposal\n"
