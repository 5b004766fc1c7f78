"""views/warm.py: the server loads the other pages' imports, but only after the first page has drawn."""
import subprocess
import sys

import pytest

from paths import ROOT
from views import common, warm

SCRIPT = """
import sys, threading, time
from views import common, warm
pages = list(common.PAGES.values())
worker = threading.Thread(target=lambda: (warm.wait_for_first_page(), warm.later_pages(pages)))
worker.start()
time.sleep(0.5)
before = "altair" in sys.modules
warm.first_page_drawn()
worker.join(60)
print(before, "altair" in sys.modules, "reports.pdf" in sys.modules, "reading.draft" in sys.modules)
"""


def test_a_page_files_imports_are_read_from_its_file_including_modules_named_in_from_imports():
    names = warm.page_imports(ROOT / common.PAGES["scorecard"])
    assert {"reports", "views.history", "views.scorecard_html", "scoring.round_now"} <= set(names)


def test_the_other_pages_imports_wait_for_the_first_page_then_load():
    out = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["False", "True", "True", "True"]


def test_the_first_pages_modules_and_its_table_leave_pandas_and_alembic_for_later_pages():
    script = ("import sys, datetime; import server; from views import auth, common, heap, library_actions, library_table;"
              " from store.records import EvaluationSummary as Row;"
              " row = Row('id', 'A \u201cnew\u201d line', 'Vendor', '', 1, datetime.datetime.now(), score=41.5);"
              " table = library_table._frame([row]);"
              " print(*(name in sys.modules for name in ('pandas', 'alembic', 'views.library_table')), table.num_rows)")
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["False", "False", "True", "1"]


def test_the_server_module_loads_none_of_the_apps_models_before_it_listens():
    script = "import sys; import server; print(*(name in sys.modules for name in ('questions.models', 'store', 'reading.text')))"
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["False", "False", "False"]


def test_under_the_server_the_first_element_skips_streamlits_repl_check_and_its_stack_walk():
    script = ("import inspect; import server; from streamlit import delta_generator;"
              " inspect.stack = lambda *a: (_ for _ in ()).throw(AssertionError('the stack was walked'));"
              " delta_generator._maybe_print_use_warning(); print('skipped')")
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["skipped"]


def test_the_server_warm_up_opens_the_first_page_without_freezing_and_leaves_the_freeze_for_after_the_other_pages():
    script = ("import gc, sys, tempfile, os; os.environ['WINNOW_DATABASE_URL'] = 'sqlite:///' + tempfile.mkdtemp() + '/w.db';"
              " import server; from views import heap, warm; warm.wait_for_first_page = lambda **k: None;"
              " warm.later_pages = lambda pages, **k: print('later', heap._later);"
              " gc.unfreeze(); server.warm_up(); print('frozen', gc.get_freeze_count() > 0)")
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["later", "True", "frozen", "False"]


NEW_DATABASE = ("import sys, tempfile, os;"
                " os.environ['WINNOW_DATABASE_URL'] = 'sqlite:///' + tempfile.mkdtemp() + '/w.db';")


def test_on_a_new_local_database_the_first_page_needs_neither_the_store_nor_the_models_nor_scoring():
    script = (NEW_DATABASE + " import server; print(server._first_page());"
              " from views import common, library_table; rows = library_table._frame(common.library().page().rows);"
              " print(rows.num_rows, *(name in sys.modules for name in"
              " ('sqlalchemy', 'questions.models', 'scoring', 'store.store', 'yaml')))")
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["True", "4", "False", "False", "False", "False", "False"]


def test_after_the_first_page_the_warm_up_opens_the_bank_and_the_store_before_the_other_pages():
    script = (NEW_DATABASE + " import server; from views import resources, warm;"
              " warm.wait_for_first_page = lambda **k: print('drawn', 'store.store' in sys.modules);"
              " warm.later_pages = lambda pages, **k: print('later', 'store.store' in sys.modules, 'questions.models' in"
              " sys.modules, resources.opened().page().total); server.warm_up()")
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["drawn", "False", "drawn", "True", "later", "True", "True", "4"]


def test_the_warm_up_compiles_the_drafter_and_the_reply_reader_after_the_other_pages_imports_before_the_freeze():
    # the first draft in a new server reads link owners by the reply reader's rules: it waited ~0.2-0.3 s to compile both
    script = (NEW_DATABASE + " import server; from views import heap, warm; warm.wait_for_first_page = lambda **k: None;"
              " from reading import draft, reply_readers;"
              " warm.later_pages = lambda pages, then: (print('before', len(draft._drafters), len(reply_readers._readers)),"
              " then(), print('after', len(draft._drafters), len(reply_readers._readers))); server.warm_up()")
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["before", "0", "0", "after", "1", "1"]


@pytest.mark.parametrize("path, other", [("/scorecard", True), ("/winnow/evaluate", True), ("/", False),
                                         ("/winnow/", False), ("/favicon.png", False), ("/_stcore/health", False),
                                         ("/static/js/main.js", False), ("/oauth2callback", False)])
def test_only_another_pages_address_has_the_store_opened_before_the_first_page(path, other):
    assert warm.other_page(path) is other


def test_the_warm_up_waits_for_the_first_page_unless_another_page_is_asked_for_first():
    script = ("import threading, time; from views import warm; warm.SETTLE_SECONDS = 0;"
              " start = time.monotonic(); warm.wait_for_first_page(0.3, or_store_wanted=True);"
              " print(round(time.monotonic() - start, 1));"
              " threading.Timer(0.1, warm._wanted.set).start(); start = time.monotonic();"
              " warm.wait_for_first_page(5, or_store_wanted=True); print(time.monotonic() - start < 1)")
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["0.3", "True"]
