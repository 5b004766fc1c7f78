"""Reading a 10-page scanned proposal by OCR, beside tesseract's own time on the same page images.

    python bench/bench_ocr.py [--pages N] [--runs R] [--openmp]

Prints figures; asserts nothing. Aim: extract_text on the scanned PDF <= 1.3x the time tesseract
itself takes on the same pages. The scan is made here: the 10-page proposal of bench_extract.py,
each page rendered at 300 dpi and saved as an image-only PDF (JPEG pages, as scanners write them).
The baselines run the tesseract program on those very JPEG images, pulled out of the PDF, with the
same languages and page layout mode (-l deu+eng --psm 4 --dpi 300), in these ways:

- one page after another, single-threaded (OMP_THREAD_LIMIT=1);
- two pages at a time, single-threaded, which is what extract_text does (one page a core).

With --openmp also one page after another with tesseract's default threads (OpenMP), as the
program runs by default: left out unless asked for, since on two cores it is several times slower
as soon as anything else runs (176 s for 10 pages against 31 s single-threaded, load 3).
The aim's ratio is taken against the fastest of the baselines, measured in the same round. On top of
tesseract's work, extract_text pays for the worker (a spare is waiting, as in the app), pypdf
finding that the pages have no text, pypdfium2 rendering each page (~0.07 s), writing it as a
PGM file, and tidying the text. CPU time (tesseract's included) is printed beside wall time:
on a busy shared machine the wall figures swing widely.
"""
from __future__ import annotations

import argparse
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

import pypdfium2  # noqa: E402
from reading import collector  # noqa: E402
from bench_extract import cpu_seconds, proposal_pdf, settle  # noqa: E402
from pypdf import PdfReader  # noqa: E402

from proposals import extract_text  # noqa: E402
from proposals.ocr import LANGUAGES  # noqa: E402

DPI = 300
ARGS = ["-l", "+".join(LANGUAGES), "--psm", "4", "--dpi", str(DPI)]


def scanned(pdf: bytes) -> bytes:
    """An image-only copy of the PDF: each page rendered in grey at DPI, saved as a JPEG page."""
    images = [page.render(scale=DPI / 72, grayscale=True).to_pil() for page in pypdfium2.PdfDocument(pdf)]
    out = io.BytesIO()
    images[0].save(out, format="PDF", save_all=True, append_images=images[1:], resolution=DPI)
    return out.getvalue()


def page_files(scan: bytes, folder: Path) -> list[Path]:
    """The scan's own page images (the JPEG streams in the PDF), one file each."""
    paths = []
    for number, page in enumerate(PdfReader(io.BytesIO(scan)).pages, start=1):
        path = folder / f"page{number}.jpg"
        path.write_bytes(page.images[0].data)
        paths.append(path)
    return paths


def tesseract(paths: list[Path], at_once: int, threads: int | None) -> None:
    env = dict(os.environ, OMP_THREAD_LIMIT=str(threads)) if threads else {
        k: v for k, v in os.environ.items() if k != "OMP_THREAD_LIMIT"}

    def one(path: Path) -> None:
        subprocess.run(["tesseract", str(path), "-", *ARGS], env=env, check=True, capture_output=True)

    with ThreadPoolExecutor(at_once) as pool:
        list(pool.map(one, paths))


def timed(fn) -> tuple[float, float]:
    settle()
    start, cpu = time.perf_counter(), cpu_seconds()
    fn()
    return time.perf_counter() - start, cpu_seconds() - cpu


def main() -> None:
    collector.tune()  # the collector settings the app and the CLI run with (reading/collector.py)
    args = argparse.ArgumentParser()
    args.add_argument("--pages", type=int, default=10)
    args.add_argument("--runs", type=int, default=3)
    args.add_argument("--openmp", action="store_true", help="also time tesseract with its default threads")
    options = args.parse_args()

    load_before = os.getloadavg()[0]
    scan = scanned(proposal_pdf(options.pages))
    folder = Path(tempfile.mkdtemp(prefix="bench-ocr-"))
    paths = page_files(scan, folder)
    told: list[tuple[int, int]] = []
    result = extract_text("scan.pdf", scan, progress=lambda *report: told.append(report))
    assert result.ocr_pages == list(range(1, options.pages + 1)) and told[-1] == (options.pages, options.pages)
    print(f"{options.pages}-page scanned PDF: {len(scan) / 1e6:.1f} MB, {len(result.text):,} characters read by OCR; "
          f"median of {options.runs} runs")

    cases = {"tesseract, page by page, default threads": lambda: tesseract(paths, 1, None),
             "tesseract, page by page, 1 thread": lambda: tesseract(paths, 1, 1),
             "tesseract, 2 pages at a time, 1 thread each": lambda: tesseract(paths, 2, 1),
             "extract_text (OCR in the worker)": lambda: extract_text("scan.pdf", scan)}
    if not options.openmp:
        del cases["tesseract, page by page, default threads"]
    ours = "extract_text (OCR in the worker)"
    rounds = [{name: timed(fn) for name, fn in cases.items()} for _ in range(options.runs)]
    best = [min((r[name][0], name) for name in cases if name != ours) for r in rounds]
    print(f"{'':45} {'wall':>8} {'a page':>8} {'CPU':>9}")
    for name in cases:
        wall = statistics.median(r[name][0] for r in rounds)
        cpu = statistics.median(r[name][1] for r in rounds)
        print(f"{name:45} {wall:7.2f}s {wall / options.pages:7.2f}s {cpu:8.2f}s")
    ratio = statistics.median(r[ours][0] / fastest for r, (fastest, _) in zip(rounds, best))
    cpu_ratio = statistics.median(r[ours][1] / r["tesseract, 2 pages at a time, 1 thread each"][1] for r in rounds)
    print(f"aim: extract_text <= 1.3x tesseract alone -> wall {ratio:.2f}x the fastest tesseract run "
          f"({statistics.mode(name for _, name in best)}); CPU {cpu_ratio:.2f}x the same work by tesseract alone")
    print(f"load average (1 min) before/after: {load_before:.1f}/{os.getloadavg()[0]:.1f} "
          f"on {os.cpu_count()} CPUs; figures from a busy machine are noisy")
    for path in paths:
        path.unlink()
    folder.rmdir()


if __name__ == "__main__":
    main()
