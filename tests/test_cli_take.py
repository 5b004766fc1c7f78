"""`python -m scoring take`: a reply's proposed change to an answer the buyer made is taken (or the buyer's answer
kept) from the command line as on the Follow-up page, and the file it prints is one `score` accepts."""
import json
import subprocess
import sys

import jsonschema
import pytest

from paths import ROOT
from questions import evaluation_schema

EXAMPLE = ROOT / "examples" / "d_iiot_cloud_ot_access.json"
REPLY = """Dear buyer,

1. Systems: nightly energy totals go one way to your SAP PM as IDoc; that connection is owned by your IT department.
2. Data: every reading is yours, exported as CSV at any time without a fee.
3. Outage: the gateway keeps 21 days of readings and sends them afterwards; your machines run as before.

Best regards
"""


def run(*args):
    return subprocess.run([sys.executable, "-m", "scoring", *map(str, args)], cwd=ROOT, capture_output=True, text=True)


@pytest.fixture(scope="module")
def replied(tmp_path_factory):
    folder = tmp_path_factory.mktemp("take")
    (folder / "reply.txt").write_text(REPLY, encoding="utf-8")
    out = run("reply", EXAMPLE, folder / "reply.txt", "--format", "json")
    assert out.returncode == 0, out.stderr
    (folder / "replied.json").write_text(out.stdout, encoding="utf-8")
    return folder


def proposed(data: dict) -> set[str]:
    return {a["question"] for a in data["rounds"][-1]["proposed"]}


def test_the_reply_text_says_how_to_take_each_proposed_change(replied):
    out = run("reply", EXAMPLE, replied / "reply.txt")
    assert "python -m scoring take FILE connect.integrations" in out.stdout


def test_taking_a_proposed_change_puts_the_replys_answer_in_place_and_scores(replied):
    before = json.loads((replied / "replied.json").read_text())
    assert "connect.integrations" in proposed(before)
    out = run("take", replied / "replied.json", "connect.integrations")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    jsonschema.validate(data, evaluation_schema())
    assert proposed(data) == proposed(before) - {"connect.integrations"}
    links = next(a for a in data["answers"] if a["question"] == "connect.integrations")
    assert any(i["method"] == "IDoc" for i in links["integrations"]) and links["reviewed"]
    (replied / "taken.json").write_text(out.stdout, encoding="utf-8")
    assert run("score", replied / "taken.json").returncode == 0


def test_keeping_every_answer_leaves_the_buyers_answers_and_nothing_proposed(replied):
    before = json.loads((replied / "replied.json").read_text())
    out = run("take", replied / "replied.json", "all", "--keep")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert proposed(data) == set()
    assert data["answers"] == before["answers"]


def test_a_question_with_no_proposed_change_exits_2_with_one_line(replied):
    out = run("take", replied / "replied.json", "users.daily_use")
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.startswith("winnow: ") and "users.daily_use" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def test_keeping_my_answer_records_the_decline_so_a_later_reply_repeating_it_proposes_nothing(replied):
    """As the page's "Keep my answer": the declined change is kept in the round, and a further message of the vendor
    saying the same again (here in another letter) is not proposed a second time."""
    before = json.loads((replied / "replied.json").read_text())
    out = run("take", replied / "replied.json", "all", "--keep")
    kept = json.loads(out.stdout)
    assert {a["question"] for a in kept["rounds"][-1]["declined"]} == proposed(before)
    (replied / "kept.json").write_text(out.stdout, encoding="utf-8")
    (replied / "again.txt").write_text("Hello again,\n\nas written before: " + REPLY.split("\n", 2)[2].replace(
        "Best regards", "Kind regards, the project team"), encoding="utf-8")
    again = run("reply", replied / "kept.json", replied / "again.txt", "--format", "json")
    assert again.returncode == 0, again.stderr
    assert proposed(json.loads(again.stdout)) == set()
