"""The README's commands stay true: two set-up commands, CI runs the test one, CLI lines run."""
import fnmatch
import re
import shlex
import subprocess
import sys

import pytest

from paths import ROOT
from store import Store

README = (ROOT / "README.md").read_text()


def _setup_commands():
    section = README.split("## Set up on a fresh machine", 1)[1].split("\n## ", 1)[0]
    return [line.strip() for line in section.splitlines() if line.startswith("    ")]


def test_readme_has_exactly_two_set_up_commands_that_exist():
    commands = _setup_commands()
    assert commands == ["bash scripts/app.sh", "bash scripts/test.sh"]
    for command in commands:
        assert (ROOT / command.split()[1]).exists()


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text()
    assert _setup_commands()[1] in ci


def test_app_script_runs_the_server_that_serves_the_streamlit_entry():
    assert "streamlit run server.py" in (ROOT / "scripts" / "app.sh").read_text()
    assert 'st.App("app.py"' in (ROOT / "server.py").read_text()


def test_app_script_migrates_as_the_owner_then_starts_the_app_without_the_owners_url():
    script = (ROOT / "scripts" / "app.sh").read_text()
    migrate, forget = script.index("-m store migrate"), script.index("unset WINNOW_OWNER_DATABASE_URL")
    assert migrate < forget < script.index("exec .venv/bin/streamlit")


def test_every_cli_example_in_the_readme_runs(tmp_path):
    lines = re.findall(r"^    \.venv/bin/python -m (scoring|reports|store) (.+?)(?:\s+#.*)?$", README, flags=re.M)
    assert len(lines) >= 4 and {room for room, _ in lines} == {"scoring", "reports", "store"}
    for room, line in lines:
        args = shlex.split(line)
        if {"proposal.pdf", "reply.txt", "after.json"} & set(args):  # input the user supplies, or a skipped line writes
            continue
        if APP_DATABASE in args:  # the app's own database: a fresh one here, never data/winnow.db
            args = [_fresh_database(tmp_path) if a == APP_DATABASE else a for a in args]
        if "examples/*.json" in args:
            args = [a for a in args if a != "examples/*.json"] + sorted(str(p) for p in (ROOT / "examples").glob("*.json"))
        out = subprocess.run([sys.executable, "-m", room, *args], cwd=ROOT, capture_output=True, text=True)
        assert out.returncode == 0, (line, out.stderr)
        assert out.stdout


APP_DATABASE = "sqlite:///data/winnow.db"


def _fresh_database(folder) -> str:
    """A database as the app leaves it on first run: Winnow's tables and the examples."""
    url = f"sqlite:///{folder / 'winnow.db'}"
    Store(url).seed_examples(ROOT / "examples")
    return url


def test_every_example_file_is_described_in_the_readme():
    for path in (ROOT / "examples").glob("*.json"):
        assert path.name in README


def test_git_ignores_the_secrets_file_that_holds_the_client_secret():
    probe = subprocess.run(["git", "check-ignore", "-q", ".streamlit/secrets.toml"], cwd=ROOT)
    assert probe.returncode == 0, ".streamlit/secrets.toml would be committed"


def test_the_team_section_names_the_setting_a_local_plain_http_provider_needs():
    team = README.split("## Run Winnow for a team", 1)[1].split("\n## ", 1)[0]
    kit = (ROOT / "tests" / "e2e" / "oidc_kit.py").read_text()
    assert "AUTHLIB_INSECURE_TRANSPORT=1" in team and '"AUTHLIB_INSECURE_TRANSPORT": "1"' in kit
    assert "http://localhost:8501/oauth2callback" in team


# --- the README's lists follow the tree ----------------------------------------------------------

LIBRARY_ROOMS = ("questions", "reading", "scoring")  # every module named: these are the rules people read


def _architecture() -> dict[str, set[str]]:
    """Each folder the README's architecture block names, with the module names (or globs) it lists."""
    block = README.split("## Architecture", 1)[1].split("```", 2)[1]
    named: dict[str, set[str]] = {}
    room = None
    for line in block.splitlines():
        if found := re.match(r"^(\w+)/\s", line):
            room = found.group(1)
            named[room] = set()
        if room:
            named[room] |= set(re.findall(r"[\w*]+\.py", line))
    return named


def _rooms_in_tree() -> set[str]:
    return {p.parent.name for p in ROOT.glob("*/*.py") if not p.parent.name.startswith(".")}


def test_the_architecture_names_every_folder_of_code_and_only_modules_that_exist():
    named = _architecture()
    assert _rooms_in_tree() - {"migrations"} <= set(named), "a folder of code the README does not describe"
    for room, modules in named.items():
        for module in modules:
            if "*" in module:
                assert list((ROOT / room).glob(module)), f"README: {room}/{module} matches nothing"
            else:
                assert (ROOT / room / module).exists() or (ROOT / module).exists(), f"README: {room}/{module} is gone"


@pytest.mark.parametrize("room", LIBRARY_ROOMS)
def test_the_architecture_names_every_module_of_the_library_rooms(room):
    patterns = _architecture()[room]
    unnamed = [p.name for p in (ROOT / room).glob("*.py")
               if p.name != "__init__.py" and not any(fnmatch.fnmatch(p.name, x) for x in patterns)]
    assert not unnamed, f"README's architecture does not name {room}/{', '.join(sorted(unnamed))}"


def test_the_benchmarks_section_lists_every_bench_script():
    section = README.split("## Benchmarks", 1)[1].split("\n## ", 1)[0]
    listed = set(re.findall(r"bench/(\w+\.py)", section))
    assert listed == {p.name for p in (ROOT / "bench").glob("*.py")}


def test_the_drafting_corpus_folders_are_the_ones_the_readme_names_and_the_accuracy_test_reports():
    corpus = ROOT / "tests" / "data" / "drafting"
    folders = {p.name for p in corpus.iterdir() if p.is_dir()}
    paragraph = README.split("`drafting.yaml`", 1)[1].split("\n- `", 1)[0]
    patterns = set(re.findall(r"`(\w+\*?)/`", paragraph))
    assert patterns, "README's drafting.yaml paragraph names no corpus folder"
    for pattern in patterns:
        assert fnmatch.filter(folders, pattern), f"README names tests/data/drafting/{pattern}/, which is gone"
    for folder in folders:
        assert any(fnmatch.fnmatch(folder, p) for p in patterns), f"README does not name the corpus {folder}/"
    reported = (ROOT / "tests" / "test_draft_accuracy.py").read_text()
    assert all(f'"{folder}"' in reported for folder in folders), "a corpus the accuracy test never reports"


def test_the_kpi_corpus_halves_are_the_ones_the_readme_names_and_the_kpi_test_reports():
    halves = {p.name for p in (ROOT / "tests" / "data" / "kpi").iterdir() if p.is_dir()}
    named = set(re.findall(r"`tests/data/kpi/(\w+)/`", README))
    assert named == halves, f"README names KPI corpus halves {sorted(named)}, the tree has {sorted(halves)}"
    reported = (ROOT / "tests" / "kpi_corpus.py").read_text()
    assert all(f'"{half}"' in reported for half in halves), "a KPI corpus half the KPI test never reports"


def test_the_agent_api_that_would_skip_the_sign_in_page_stays_off():
    import tomllib
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert config["server"]["enableAgentApi"] is False
