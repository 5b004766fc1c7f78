"""`python -m reports letter` and `python -m scoring reply`: the next round's letter, a reply read into the file that
`score` accepts, and one line with exit status 2 for a bad file."""
import io
import json
import subprocess
import sys

import docx
import jsonschema
import pypdf
import pytest

from paths import ROOT
from questions import evaluation_schema
from rounds_corpus import SENT, cases, drafted
from scoring import score
from scoring.rounds import freeze

SPINDLE = dict(cases("tuning"))["spindle_ai"]


def run(*args):
    room = "reports" if args[0] == "letter" else "scoring"
    return subprocess.run([sys.executable, "-m", room, *map(str, args)], cwd=ROOT, capture_output=True, text=True)


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("rounds")
    evaluation = drafted(SPINDLE, "SpindleSense")
    (folder / "evaluation.json").write_text(evaluation.model_dump_json(), encoding="utf-8")
    sent = freeze(evaluation, score(evaluation), "K. Novak", SENT)
    (folder / "sent.json").write_text(sent.model_dump_json(), encoding="utf-8")
    for name, reply in SPINDLE["replies"].items():
        (folder / f"reply_{name}.txt").write_text(reply["text"], encoding="utf-8")
    return folder


def test_letter_prints_each_open_question_once_numbered(files):
    out = run("letter", files / "evaluation.json")
    assert out.returncode == 0, out.stderr
    numbered = [line for line in out.stdout.splitlines() if line[:2].rstrip(".").isdigit()]
    assert len(numbered) == 9 and "Why we ask: Your proposal speaks of" in out.stdout


def test_letter_json_is_the_round_not_yet_frozen(files):
    data = json.loads(run("letter", files / "evaluation.json", "--format", "json").stdout)
    assert data["number"] == 1 and len(data["questions"]) == 9 and not data["reply_document"]
    assert json.loads((files / "evaluation.json").read_text())["rounds"] == []  # the file is left alone


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_letter_writes_docx_and_pdf_that_open(files, fmt):
    target = files / f"letter.{fmt}"
    out = run("letter", files / "evaluation.json", "--format", fmt, "--out", target)
    assert out.returncode == 0, out.stderr
    data = target.read_bytes()
    text = ("\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs) if fmt == "docx"
            else " ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages))
    assert "Who reviews the system" in text


def test_letter_docx_without_out_exits_2_with_one_line(files):
    out = run("letter", files / "evaluation.json", "--format", "docx")
    assert out.returncode == 2 and out.stdout == "" and len(out.stderr.strip().splitlines()) == 1


def test_reply_then_score_round_trip(files):
    out = run("reply", files / "sent.json", files / "reply_specific.txt", "--format", "json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    jsonschema.validate(data, evaluation_schema())
    assert len(data["rounds"]) == 1  # the open round was read, not a new one frozen
    statuses = {q["topic"]: q["status"] for q in data["rounds"][0]["questions"]}
    assert statuses["human_review"] == "answered" and data["documents"][-1]["kind"] == "reply"
    assert any(a["drafted"] and not a["reviewed"] for a in data["answers"])
    (files / "replied.json").write_text(out.stdout, encoding="utf-8")
    scored = run("score", files / "replied.json", "--format", "json")
    assert scored.returncode == 0, scored.stderr
    card = json.loads(scored.stdout)
    assert card["rounds"][0]["answered"] >= 6 and card["rounds"][0]["score_after"] == card["overall"]
    nxt = run("letter", files / "replied.json", "--format", "json")
    assert json.loads(nxt.stdout)["number"] == 2


def test_reply_freezes_a_round_first_when_none_is_open(files):
    out = run("reply", files / "evaluation.json", files / "reply_vague.txt", "--format", "json")
    data = json.loads(out.stdout)
    assert len(data["rounds"]) == 1 and all(q["status"] == "not_answered" for q in data["rounds"][0]["questions"])


def test_reply_text_names_each_status(files):
    out = run("reply", files / "sent.json", files / "reply_partial.txt")
    assert out.returncode == 0 and "[partly" in out.stdout and "[answered" in out.stdout and "vague" in out.stdout


@pytest.mark.parametrize("which", ["evaluation", "reply"])
def test_bad_files_exit_2_with_one_line(files, which):
    bad = files / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    missing = files / "missing.txt"
    args = ("reply", bad, files / "reply_specific.txt") if which == "evaluation" else ("reply", files / "sent.json", missing)
    out = run(*args)
    assert out.returncode == 2 and out.stdout == ""
    assert len(out.stderr.strip().splitlines()) == 1 and out.stderr.startswith("winnow: ")
    assert run("letter", bad).returncode == 2
