"""A page's first visit imports what it draws, not what a click may need later (ui78: Compare took 10-17 s on a new
`streamlit run app.py` server, Evaluate ~3-6 s after Create); the warm-up loads the rest, under app.py too."""
import subprocess
import sys

from paths import ROOT
from views import common, warm, warm_up

HEAVY = ("reading.reply_drafting", "reading.draft", "fpdf", "openpyxl", "docx")


def loaded_after(code: str) -> list[str]:
    script = f"import sys\n{code}\nprint(*(name in sys.modules for name in {HEAVY!r}))"
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return [name for name, loaded in zip(HEAVY, out.stdout.split()) if loaded == "True"]


def test_the_compare_pages_imports_leave_the_round_history_and_the_export_writers_for_a_click():
    names = [n for n in warm.page_imports(ROOT / common.PAGES["compare"]) if n != "__future__"]
    code = (f"import importlib\nfor n in {names!r}:\n    try: importlib.import_module(n)\n    except ImportError: pass\n"
            "import views.compare_exports")
    assert loaded_after(code) == []


def test_the_reports_package_loads_a_writer_when_it_is_asked_for():
    assert loaded_after("import reports, reports.file_names; from scoring.compare import DRAFT_MARK") == []
    assert "fpdf" in loaded_after("from reports import to_pdf")
    assert {"fpdf", "openpyxl"} <= set(loaded_after("from reports import EXPORTS"))


def test_the_comparison_exports_and_their_mark_read_as_before():
    from reports.compare import DRAFT_MARK, to_markdown
    from views.compare_exports import EXPORTS, builder
    assert DRAFT_MARK == "(draft, not reviewed)"
    assert builder(EXPORTS[0][1]) is to_markdown
    assert [label for label, *_ in EXPORTS] == ["Markdown", "Excel", "PDF", "Word"]


def test_the_warm_up_starts_once_whoever_asks_first(monkeypatch):
    started = []
    monkeypatch.setattr(warm_up, "_started", False)
    monkeypatch.setattr(warm_up.threading, "Thread", lambda **k: type("T", (), {"start": lambda self: started.append(k["target"])})())
    warm_up.start()  # server.py as it starts, or app.py's first run a browser asked for
    warm_up.start()
    assert started == [warm_up.warm_up]


def test_app_py_starts_the_warm_up_on_a_browsers_run_and_not_on_apptests():
    source = (ROOT / "app.py").read_text()
    assert "if st.context.headers:" in source and "warm_up.start()" in source
    from streamlit.testing.v1 import AppTest
    at = AppTest.from_string("import streamlit as st\nst.write(bool(st.context.headers))").run()
    assert at.markdown[0].value.strip("`") == "False"
