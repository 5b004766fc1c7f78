"""`python -m scoring`: outputs, and one clear line with exit status 2 for every bad input."""
import json
import subprocess
import sys

import pytest

from paths import EXAMPLES, ROOT


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "scoring", *map(str, args)], cwd=ROOT, input=stdin,
                          capture_output=True, text=True)


def test_score_json_has_the_headline_fields():
    out = run("score", EXAMPLES["a_dashboard_sold_as_industry_4_0"], "--format", "json")
    assert out.returncode == 0, out.stderr
    card = json.loads(out.stdout)
    assert 0 <= card["overall"] <= 100
    assert (card["claimed_scope"], card["delivered_scope"]) == (3, 2)
    assert set(card["sections"]) == {"problem", "data", "workflow", "users", "connect", "decision",
                                     "security", "reliability", "upkeep", "return"}
    assert all({"label", "reason", "follow_up"} <= set(g) for g in card["gaps"]) and card["gaps"]
    assert isinstance(card["flags"], list)


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_score_text_and_markdown_show_verdict_and_gaps(fmt):
    out = run("score", EXAMPLES["c_ai_predictive_without_data"], "--format", fmt)
    assert out.returncode == 0
    assert "Ask the vendor" in out.stdout and "condition data" in out.stdout


def test_compare_json_ranks_best_first():
    out = run("compare", *EXAMPLES.values(), "--format", "json")
    data = json.loads(out.stdout)
    assert data["ranking"][0] == "Downtime-to-Maintenance Loop"
    assert data["ranking"][-1] == "PredictAI Maintenance Suite"
    assert data["winner_margin"] > 0


def test_analyze_reads_standard_input():
    text = "Our AI-powered platform transforms everything. It reads vibration over OPC UA every minute."
    data = json.loads(run("analyze", "-", "--format", "json", stdin=text).stdout)
    assert data["labels"] == ["ai"] and data["substance_ratio"] == 0.5
    assert [s["kind"] for s in data["sentences"]] == ["label", "substance"]


def _example_with(tmp_path, mutate):
    data = json.loads(EXAMPLES["a_dashboard_sold_as_industry_4_0"].read_text())
    mutate(data)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data))
    return path


def _one_line_error(out, path, *words):
    assert out.returncode == 2
    assert out.stdout == ""
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in out.stderr, out.stderr
    assert str(path) in lines[0]
    for word in words:
        assert word in lines[0], lines[0]


def test_not_json(tmp_path):
    path = tmp_path / "x.json"
    path.write_text("{ proposal: nope")
    _one_line_error(run("score", path), path, "not valid JSON", "line 1")


def test_wrong_schema_version(tmp_path):
    path = _example_with(tmp_path, lambda d: d.update(schema_version=7))
    _one_line_error(run("score", path), path, "schema_version is 7")


def test_unknown_question_id(tmp_path):
    path = _example_with(tmp_path, lambda d: d["answers"][2].update(question="data.smell"))
    _one_line_error(run("score", path), path, "answers[2]", "unknown question id 'data.smell'")


def test_value_out_of_range(tmp_path):
    path = _example_with(tmp_path, lambda d: d.update(claimed_scope=9))
    _one_line_error(run("score", path), path, "claimed_scope", "less than or equal to 4")


def test_unknown_option_names_question_and_field(tmp_path):
    path = _example_with(tmp_path, lambda d: d["answers"][2].update(choices=["smell"]))
    _one_line_error(run("score", path), path, "answers[2] (question data.captured).choices", "'smell'")


def test_wrong_type_names_the_question(tmp_path):
    path = _example_with(tmp_path, lambda d: d["answers"][16]["measure"].update(baseline="lots"))
    _one_line_error(run("score", path), path, "answers[16] (question decision.kpi).measure.baseline")


def test_unknown_field_is_refused(tmp_path):
    path = _example_with(tmp_path, lambda d: d.update(colour="red"))
    _one_line_error(run("score", path), path, "colour", "Extra inputs are not permitted")


def test_empty_file(tmp_path):
    path = tmp_path / "empty.json"
    path.write_text("")
    _one_line_error(run("score", path), path, "empty")


def test_binary_file(tmp_path):
    path = tmp_path / "photo.json"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    _one_line_error(run("score", path), path, "binary")


def test_missing_file(tmp_path):
    path = tmp_path / "nowhere.json"
    _one_line_error(run("score", path), path, "cannot read")


def test_compare_with_one_bad_file_names_that_file(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text("[]")
    _one_line_error(run("compare", EXAMPLES["b_downtime_loop_industry_4_0"], path), path, "expected a JSON object")


def test_analyze_binary_text_file_is_refused(tmp_path):
    path = tmp_path / "proposal.txt"
    path.write_bytes(b"\x00\x01\x02binary")
    _one_line_error(run("analyze", path), path, "binary")
