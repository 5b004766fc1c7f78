"""Problems the worker and the app both report, worded once."""

NAMES = {"pdf": "PDF", "docx": "Word document", "image": "image"}
_WAY_OUT = "it may be damaged or unusually complex, so export it again or upload it as plain text"


def too_much_text(chars: int) -> str:
    from .limits import MAX_TEXT_CHARS
    return (f"its text is {chars:,} characters, over the {MAX_TEXT_CHARS:,}-character limit for one document "
            "(about 600 pages); upload or paste just the relevant sections")


def too_slow(kind: str, seconds: float) -> str:
    return (f"reading the {NAMES[kind]} took longer than the {seconds:g}-second time limit, "
            f"so it was stopped; {_WAY_OUT}")


def too_big_in_memory(kind: str, memory_mb: int) -> str:
    return (f"reading the {NAMES[kind]} needed more memory than the {memory_mb} MB limit, "
            f"so it was stopped; {_WAY_OUT}")


def crashed(kind: str) -> str:
    return f"reading the {NAMES[kind]} failed unexpectedly; {_WAY_OUT}"
