"""`python -m scoring draft`: a proposal file in, a drafted evaluation file out."""
import json
import subprocess
import sys

from kit import pdf_of
from paths import ROOT

TEXT = ("Operators pick a downtime reason on a tablet at each press. We read the stroke counter from the "
        "Siemens S7-1500 controllers over OPC UA once per second. Scrap fell from 4.2% to 2.9% in the pilot.")


def run(*args, stdin: bytes | None = None):
    return subprocess.run([sys.executable, "-m", "scoring", *args], cwd=ROOT, input=stdin, capture_output=True)


def test_draft_json_is_a_valid_evaluation_that_score_accepts(tmp_path):
    source = tmp_path / "press_offer.txt"
    source.write_text(TEXT, encoding="utf-8")
    out = run("draft", str(source), "--format", "json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["proposal"] == "press_offer"
    assert all(a["drafted"] and not a["reviewed"] for a in data["answers"])
    drafted = tmp_path / "drafted.json"
    drafted.write_bytes(out.stdout)
    scored = run("score", str(drafted), "--format", "json")
    assert scored.returncode == 0, scored.stderr
    assert json.loads(scored.stdout)["overall"] > 0


def test_draft_reads_a_pdf_and_standard_input(tmp_path):
    pdf = tmp_path / "offer.pdf"
    pdf.write_bytes(pdf_of([TEXT]))
    from_pdf = json.loads(run("draft", str(pdf), "--format", "json").stdout)
    from_stdin = json.loads(run("draft", "-", "--format", "json", stdin=TEXT.encode()).stdout)
    for data in (from_pdf, from_stdin):
        captured = next(a for a in data["answers"] if a["question"] == "data.captured")
        assert "production_count" in captured["choices"]


def test_draft_text_lists_each_answer_with_its_evidence_and_quotes(tmp_path):
    source = tmp_path / "offer.md"
    source.write_text(TEXT, encoding="utf-8")
    out = run("draft", str(source)).stdout.decode()
    assert "answers drafted, 0 reviewed" in out
    assert "data.sources [specific]" in out and '"Operators pick a downtime reason' in out


def test_bad_files_exit_2_with_one_line(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 not really")
    for path in (empty, binary, broken, tmp_path / "missing.docx"):
        out = run("draft", str(path))
        lines = out.stderr.decode().strip().splitlines()
        assert out.returncode == 2 and len(lines) == 1 and path.name in lines[0], (path, out.stderr)
