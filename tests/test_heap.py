"""views/heap.py: what the imports made is frozen out of the collector once, and again only after new imports."""
import gc
import sys
import types

from views import heap


def test_objects_are_frozen_after_a_run_that_imported_modules(monkeypatch):
    monkeypatch.setattr(heap, "_modules_at_freeze", 0)
    gc.unfreeze()
    try:
        heap.freeze_new_imports()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_a_run_without_new_imports_freezes_nothing_more(monkeypatch):
    monkeypatch.setattr(heap, "_modules_at_freeze", 0)
    gc.unfreeze()
    try:
        heap.freeze_new_imports()
        gc.unfreeze()  # a second freeze would show as a non-zero count
        heap.freeze_new_imports()
        assert gc.get_freeze_count() == 0
        monkeypatch.setitem(sys.modules, "winnow_test_new_module", types.ModuleType("winnow_test_new_module"))
        heap.freeze_new_imports()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_while_the_server_warms_up_a_run_leaves_the_freeze_to_it_which_then_freezes_once(monkeypatch):
    monkeypatch.setattr(heap, "_modules_at_freeze", 0)
    gc.unfreeze()
    try:
        heap.freeze_later()
        heap.freeze_new_imports()  # the first page's run: no collection of the whole heap before it draws
        assert gc.get_freeze_count() == 0
        heap.freeze_new_imports(now=True)  # the warm-up, once the other pages' imports are in
        assert gc.get_freeze_count() > 0
        gc.unfreeze()
        heap.freeze_new_imports()  # later runs freeze again only after new imports
        assert gc.get_freeze_count() == 0
    finally:
        heap.freeze_later(False)
        gc.unfreeze()


def test_a_failed_warm_up_gives_the_freeze_back_to_the_runs(monkeypatch):
    monkeypatch.setattr(heap, "_modules_at_freeze", 0)
    gc.unfreeze()
    try:
        heap.freeze_later()
        heap.freeze_later(False)
        heap.freeze_new_imports()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
