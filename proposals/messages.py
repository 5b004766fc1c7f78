"""Problems the worker and the app both report, and the pages they name, worded once."""

NAMES = {"pdf": "PDF", "docx": "Word document", "xlsx": "Excel workbook", "image": "image"}
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


def pages_named(numbers: list[int]) -> str:
    """'page 3' or 'pages 2-4, 9'."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    spans = ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in runs)
    return ("pages " if len(numbers) > 1 else "page ") + spans
