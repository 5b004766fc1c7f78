"""Reading a 100-page proposal PDF, beside pypdf's own extraction of the same file in the same run.

    python bench/bench_extract.py [--pages N] [--runs R]

Prints figures; asserts nothing. Aim: extract_text + scoring.analyze on the 100-page PDF
<= 1.3x pypdf's own in-process extraction.

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
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fpdf import FPDF  # noqa: E402
from pypdf import PdfReader  # noqa: E402

from proposals import extract_text  # noqa: E402
from proposals.runner import stop_spare  # noqa: E402
from questions import load_evaluation  # noqa: E402
from scoring import analyze  # noqa: E402

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


def pypdf_alone(data: bytes) -> str:
    return "\n\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def worker_start_up() -> None:
    """A bare worker-like process: Python start-up plus the imports a worker does."""
    subprocess.run([sys.executable, "-c", "import proposals.worker, proposals.readers, pypdf, docx"], check=True,
                   cwd=ROOT)


def timed(fn, before=None) -> float:
    """Seconds of fn(); before() runs untimed first."""
    if before:
        before()
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def cold() -> None:
    stop_spare()  # no spare waiting: the call starts its worker from scratch


def warm() -> None:
    time.sleep(1.5)  # let the spare started 0.5 s after the previous call finish its imports


def settle() -> None:
    time.sleep(0.5)  # let any spare still starting in the background finish, so it slows nothing timed


def main() -> None:
    args = argparse.ArgumentParser()
    args.add_argument("--pages", type=int, default=100)
    args.add_argument("--runs", type=int, default=5)
    options = args.parse_args()

    load_before = os.getloadavg()[0]
    data = proposal_pdf(options.pages)
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
             "worker start-up alone": (worker_start_up, settle)}
    # Rounds take each case in turn, and each ratio is to the baseline of its own round, so a
    # busy moment on a shared machine weighs on all cases alike.
    rounds = [{name: timed(fn, before) for name, (fn, before) in cases.items()} for _ in range(options.runs)]
    baseline = "pypdf in-process (baseline)"
    for name in cases:
        seconds = statistics.median(r[name] for r in rounds)
        ratio = statistics.median(r[name] / r[baseline] for r in rounds)
        speed = "" if name.startswith("worker") else f"{megabytes / seconds:6.2f} MB/s of text"
        print(f"{name:30} {seconds:7.3f} s  {speed:19}  {ratio:5.2f}x baseline")
    aim = {mode: statistics.median(r[f"extract_text + analyze, {mode}"] / r[baseline] for r in rounds)
           for mode in ("warm", "cold")}
    print(f"aim: extract_text + analyze <= 1.3x baseline -> warm {aim['warm']:.2f}x, cold {aim['cold']:.2f}x")
    print(f"load average (1 min) before/after: {load_before:.1f}/{os.getloadavg()[0]:.1f} "
          f"on {os.cpu_count()} CPUs; figures from a busy machine are noisy")


if __name__ == "__main__":
    main()
