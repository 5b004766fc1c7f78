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
