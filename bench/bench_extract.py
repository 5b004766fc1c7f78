"""Reading a 100-page proposal PDF, beside pypdf's own extraction of the same file in the same run.

    python bench/bench_extract.py [--pages N] [--runs R]

Prints figures; asserts nothing. Aim: extract_text + reading.analyze on the 100-page PDF
<= 1.3x pypdf's own in-process extraction. That PDF has no tables and no scans: the look for
ruling lines that may make a table (proposals/tables.py may_hold_table) runs on every page and
is timed alone; pdfplumber never opens. The same PDF with an integration table on every tenth
page shows what tables cost: pdfplumber reads those pages (their rows replace their words). Wall time is what the buyer waits on an idle
machine; on a shared, busy one it swings widely, so CPU time (the worker's included) is
printed beside it: the work each case does, which is the wall time when cores are free.

Where the extra time goes: extract_text runs pypdf in a worker process, so on top of the same
pypdf work it pays the worker's start-up (Python, then importing pypdf and python-docx: ~0.2 s
whatever the file's size, a third of the baseline here), a JSON round trip and tidying. The
imports cannot be trimmed much: the interpreter's own site start-up and pypdf's import (which
loads its crypto provider eagerly) are most of it, and this package adds ~20 ms. So the runner
keeps one spare worker started ahead of need: "warm" is the usual case in the app (the spare
has had time to start since the last file), "cold" is the first file after the app starts.
The spare is started 0.5 s after a file is read (runner.SPARE_DELAY_SECONDS), so its start-up
does not run while the app analyzes that file's text.
"""
from __future__ import annotations

import argparse
import io
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reading import collector  # noqa: E402
from fpdf import FPDF  # noqa: E402
from pypdf import PdfReader  # noqa: E402

from proposals import extract_text  # noqa: E402
from proposals.runner import stop_spare  # noqa: E402
from proposals.tables import may_hold_table  # noqa: E402
from questions import load_evaluation  # noqa: E402
from reading import analyze  # noqa: E402

HEADINGS = ["Architecture", "Data collection", "Integration", "Security", "Rollout plan", "Support", "Pricing"]


def proposal_sentences() -> list[str]:
    """Vendor prose: every sentence of the example proposals, labels and substance alike."""
    sentences = []
    for path in sorted((ROOT / "examples").glob("*.json")):
        sentences += [s for s in load_evaluation(path).proposal_text.splitlines() if s.strip()]
    return sentences


def proposal_pdf(pages: int, seed: int = 3) -> bytes:
    """A PDF of `pages` full pages: headings, wrapped paragraphs and bullet lists."""
    rng = random.Random(seed)
    sentences = proposal_sentences()
    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.set_font("Helvetica", size=10)
    for number in range(1, pages + 1):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 12)
        pdf.multi_cell(0, 7, f"{number}. {rng.choice(HEADINGS)}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=10)
        while pdf.get_y() < 250:
            if rng.random() < 0.3:
                for sentence in rng.sample(sentences, 3):
                    pdf.multi_cell(0, 5, "- " + sentence.rstrip("."), new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(0, 5, " ".join(rng.sample(sentences, 4)), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    return bytes(pdf.output())


def table_pdf(pages: int, every: int = 10, seed: int = 3) -> bytes:
    """Like proposal_pdf, with a four-column integration table on every `every`-th page."""
    rng = random.Random(seed)
    sentences = proposal_sentences()
    rows = [("Area", "System", "Direction", "Method"), ("Maintenance", "SAP PM", "into SAP", "BAPI"),
            ("Production", "MES", "both", "OPC UA"), ("Quality", "CAQ", "out of", "REST API"),
            ("Planning", "SAP PP", "from SAP", "IDoc"), ("Reporting", "Power BI", "into Power BI", "SQL view")]
    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.set_font("Helvetica", size=10)
    for number in range(1, pages + 1):
        pdf.add_page()
        pdf.multi_cell(0, 7, f"{number}. {rng.choice(HEADINGS)}", new_x="LMARGIN", new_y="NEXT")
        if number % every == 0:
            with pdf.table() as table:
                for cells in rows:
                    row = table.row()
                    for text in cells:
                        row.cell(text)
        while pdf.get_y() < 250:
            pdf.multi_cell(0, 5, " ".join(rng.sample(sentences, 4)), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    return bytes(pdf.output())


def table_test_alone(data: bytes) -> int:
    """The cheap look at each page's drawing that keeps pdfplumber closed on pages without tables."""
    return sum(may_hold_table(page) for page in PdfReader(io.BytesIO(data)).pages)


def pypdf_alone(data: bytes) -> str:
    return "\n\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def worker_start_up() -> None:
    """A bare worker-like process: Python start-up plus the imports a worker does."""
    subprocess.run([sys.executable, "-c", "import proposals.worker, proposals.readers, pypdf, docx"], check=True,
                   cwd=ROOT)


def cpu_seconds() -> float:
    """CPU time of this process and of its children reaped so far (a worker is reaped when its file is read)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(fn, before=None) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of fn(), the worker's included; before() runs untimed first."""
    if before:
        before()
    start, cpu = time.perf_counter(), cpu_seconds()
    fn()
    return time.perf_counter() - start, cpu_seconds() - cpu


def cold() -> None:
    stop_spare()  # no spare waiting: the call starts its worker from scratch


def warm() -> None:
    time.sleep(1.5)  # let the spare started 0.5 s after the previous call finish its imports


def settle() -> None:
    time.sleep(0.5)  # let any spare still starting in the background finish, so it slows nothing timed


def main() -> None:
    collector.tune()  # the collector settings the app and the CLI run with (reading/collector.py)
    args = argparse.ArgumentParser()
    args.add_argument("--pages", type=int, default=100)
    args.add_argument("--runs", type=int, default=5)
    options = args.parse_args()

    load_before = os.getloadavg()[0]
    data = proposal_pdf(options.pages)
    tables = table_pdf(options.pages)
    text = extract_text("bench.pdf", data).text
    analyze(text)  # build and cache the reader once, as the app does
    megabytes = len(text.encode()) / 1e6
    print(f"{options.pages}-page PDF: {len(data) / 1e6:.2f} MB file, {megabytes:.2f} MB of text, "
          f"{len(analyze(text).sentences):,} sentences; median of {options.runs} runs")

    extract = lambda: extract_text("bench.pdf", data)  # noqa: E731
    extract_and_analyze = lambda: analyze(extract_text("bench.pdf", data).text)  # noqa: E731
    cases = {"pypdf in-process (baseline)": (lambda: pypdf_alone(data), settle),
             "extract_text, warm": (extract, warm),
             "extract_text + analyze, warm": (extract_and_analyze, warm),
             "extract_text, cold": (extract, cold),
             "extract_text + analyze, cold": (extract_and_analyze, cold),
             "analyze alone": (lambda: analyze(text), settle),
             "table test alone, every page": (lambda: table_test_alone(data), settle),
             "table PDF: pypdf in-process": (lambda: pypdf_alone(tables), settle),
             "table PDF: extract_text, warm": (lambda: extract_text("tables.pdf", tables), warm),
             "worker start-up alone": (worker_start_up, settle)}
    # Rounds take each case in turn, and each ratio is to the baseline of its own round, so a
    # busy moment on a shared machine weighs on all cases alike.
    rounds = [{name: timed(fn, before) for name, (fn, before) in cases.items()} for _ in range(options.runs)]
    baseline = "pypdf in-process (baseline)"
    # CPU: a warm call reaps a spare whose start-up ran before the call; that start-up's CPU
    # (the median of "worker start-up alone") is taken off, so each figure is the call's own work.
    start_up = statistics.median(r["worker start-up alone"][1] for r in rounds)
    cpu = [{name: c - (start_up if name.endswith("warm") else 0) for name, (_, c) in r.items()} for r in rounds]
    print(f"{'':30} {'wall':>7}    {'':19}  {'':5}            {'CPU, worker included':>20}")
    for name in cases:
        seconds = statistics.median(r[name][0] for r in rounds)
        ratio = statistics.median(r[name][0] / r[baseline][0] for r in rounds)
        cpu_ratio = statistics.median(c[name] / c[baseline] for c in cpu)
        speed = "" if name.startswith("worker") else f"{megabytes / seconds:6.2f} MB/s of text"
        print(f"{name:30} {seconds:7.3f} s  {speed:19}  {ratio:5.2f}x baseline   "
              f"{statistics.median(c[name] for c in cpu):7.3f} s  {cpu_ratio:5.2f}x")
    for clock, column in (("wall", lambda r, name: r[name][0]), ("CPU", lambda c, name: c[name])):
        source = rounds if clock == "wall" else cpu
        aim = {mode: statistics.median(column(r, f"extract_text + analyze, {mode}") / column(r, baseline) for r in source)
               for mode in ("warm", "cold")}
        print(f"aim: extract_text + analyze <= 1.3x baseline -> {clock}: warm {aim['warm']:.2f}x, cold {aim['cold']:.2f}x")
    table_pages = table_test_alone(tables)
    for clock, index in (("wall", 0), ("CPU", 1)):
        test = statistics.median(r["table test alone, every page"][index] / r[baseline][index] for r in rounds)
        tabled = statistics.median(r["table PDF: extract_text, warm"][index] / r["table PDF: pypdf in-process"][index]
                                   for r in (rounds if clock == "wall" else cpu_rounds(cpu)))
        extra = statistics.median((r["table PDF: extract_text, warm"][index] - r["extract_text, warm"][index])
                                  for r in (rounds if clock == "wall" else cpu_rounds(cpu))) / max(table_pages, 1)
        print(f"tables, {clock}: the look for rulings costs {test:.3f}x pypdf (no-table PDF, {table_test_alone(data)} "
              f"pages flagged); table PDF ({table_pages} of {options.pages} pages hold a table): extract_text "
              f"{tabled:.2f}x pypdf on it, ~{extra * 1000:.0f} ms more per table page")
    print(f"load average (1 min) before/after: {load_before:.1f}/{os.getloadavg()[0]:.1f} "
          f"on {os.cpu_count()} CPUs; figures from a busy machine are noisy")


def cpu_rounds(cpu: list[dict[str, float]]) -> list[dict[str, tuple[float, float]]]:
    """CPU figures shaped like the wall rounds (index 1), for one formula over both."""
    return [{name: (c, c) for name, c in r.items()} for r in cpu]


if __name__ == "__main__":
    main()
