"""Read pages that have no text layer with Tesseract OCR: scanned PDF pages and images of pages.

Runs only in the worker process, and only for a file that has such pages: a PDF with a text layer
never imports anything here. Each page is rendered (pypdfium2) or decoded (Pillow) in this process,
written to a temporary PGM file and read by Debian's `tesseract` through pytesseract, two pages at a
time. Tesseract runs as a child process, so it inherits the worker's memory cap (it needs ~150 MB).
"""
from __future__ import annotations

import io
import logging
import os
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from functools import lru_cache

from PIL import Image, ImageOps, UnidentifiedImageError

from .layout import join_pages, tidy
from .limits import MAX_IMAGE_PIXELS, MAX_OCR_PAGES, MAX_OCR_PIXELS, OCR_DPI, OCR_PARALLEL_PAGES, SCAN_LEAST_DPI
from .messages import pages_named
from .ocr_languages import READ_AGAIN, language
from .deskew import deskewed
from .ocr_lines import as_text_layer
from .ocr_rows import rows_joined, split_rows_seen
from .result import Refused
from .speckle import despeckled

Progress = Callable[[int, int], None]
log = logging.getLogger(__name__)
LANGUAGES = ("deu", "eng")  # German first: with English first, tesseract drops umlauts (Uberwachung)
# psm 4, one column of text: the default (3) takes the wide gaps of a justified line for a column
# break and moves the line's end elsewhere. Proposals are set in one column far more often than in two.
# preserve_interword_spaces: a table's column gap stays a run of spaces (ocr_lines.py keeps its rows apart).
_CONFIG = "--psm 4 -c preserve_interword_spaces=1"
_BLANK_RANGE = 16  # a page whose darkest and lightest pixels differ less than this holds nothing to read
_INSTALL = ("reading scanned pages needs Tesseract OCR with its English and German data, which is not installed "
            "here; install the Debian packages tesseract-ocr, tesseract-ocr-eng and tesseract-ocr-deu")


def read_scanned_pages(data: bytes, texts: list[str], skip: Iterable[int], progress: Progress | None
                       ) -> tuple[list[int], list[str]]:
    """OCR the PDF's pages whose text is empty (but those in `skip`), filling `texts` in place.

    Returns the page numbers whose text came from OCR, and warnings. Without Tesseract, a PDF that
    has no text at all is refused and one that has some is read without its scanned pages.
    """
    skip = set(skip)
    numbers = [n for n, text in enumerate(texts, start=1) if not text and n not in skip]
    if not numbers:
        return [], []
    _check_count(len(numbers), "PDF")
    try:
        _check_tesseract()
    except Refused:
        if any(texts):
            return [], [f"{pages_named(numbers)} had no text layer and {_were(numbers)} not read: {_INSTALL}"]
        raise Refused(f"the PDF has no text layer (it looks scanned), and {_INSTALL}") from None
    read = _ocr(_rendered(data, numbers), len(numbers), progress)
    for number, text in read.items():
        texts[number - 1] = text
    read_pages = [n for n in numbers if texts[n - 1]]
    them = "them" if len(read_pages) > 1 else "it"
    told = [f"{pages_named(read_pages)} had no text layer and {_were(read_pages)} read by OCR; check names and "
            f"figures quoted from {them}"] if read_pages and len(read_pages) < len(texts) else []
    return read_pages, told + _warnings(numbers, texts)


def read_image(data: bytes, progress: Progress | None) -> dict:
    """The worker's result for a PNG, JPEG or (multi-page) TIFF image of pages: every frame OCR'd."""
    Image.MAX_IMAGE_PIXELS = None  # checked below, per frame, with a plain message
    try:
        image = Image.open(io.BytesIO(data))
        count = getattr(image, "n_frames", 1)
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        raise Refused(_DAMAGED_IMAGE) from None
    _check_count(count, "image")
    _check_tesseract(f"the file is an image, so it can only be read by OCR, and {_INSTALL}")
    read = _ocr(_frames(image, count), count, progress)
    texts = [read.get(n, "") for n in range(1, count + 1)]
    if not any(texts):
        raise Refused("OCR found no text in the image; scan the pages again more clearly, "
                      "or ask the vendor for a PDF with selectable text or a DOCX")
    warnings = _warnings(range(1, count + 1), texts) if count > 1 else []
    return {"text": join_pages(texts), "pages": count, "warnings": warnings,
            "ocr_pages": [n for n, text in enumerate(texts, start=1) if text]}


_DAMAGED_IMAGE = "the image is damaged or in a form that cannot be read; save it again as PNG or TIFF"


def _ocr(pages: Iterator[tuple[int, str | None, int | None]], total: int, progress: Progress | None) -> dict:
    """{page number: tidied text} for each (number, PGM path or None for a blank page, dpi).

    Pages are produced here one at a time (pypdfium2 is not thread-safe) and read by up to
    OCR_PARALLEL_PAGES tesseract processes, each single-threaded: on two cores, tesseract's own
    threads (OpenMP) make one page 3-5x slower, not faster, as soon as anything else runs.
    """
    os.environ["OMP_THREAD_LIMIT"] = "1"  # tesseract inherits the worker's environment
    texts: dict[int, str] = {}
    done = 0
    guess = _Guess()  # the language the pages read so far are in: the next page is read in it first
    if progress:
        progress(0, total)  # before the first page: the app allows time for this many

    def finish(futures) -> None:
        nonlocal done
        for future in futures:
            number, text = future.result()
            texts[number] = text
            done += 1
            if progress:
                progress(done, total)

    try:
        with ThreadPoolExecutor(OCR_PARALLEL_PAGES) as pool:
            running: set = set()
            for number, path, dpi in pages:
                running.add(pool.submit(_read_page, number, path, dpi, guess))
                if len(running) > OCR_PARALLEL_PAGES:  # one page waits rendered, so no core idles while we render
                    finished, running = wait(running, return_when=FIRST_COMPLETED)
                    finish(finished)
            finish(wait(running).done)
    except RuntimeError as error:  # "can't start new thread": a thread's stack did not fit the memory cap
        raise MemoryError from error
    return texts


class _Guess:
    """The language of the page read last (a tesseract code, None for German and English): a French, Spanish or Italian
    scan's next page is read in it at once, and read again only where it turns out in another (issue 14: every page of
    such a scan was read twice, once to tell its language)."""
    language: str | None = None


def _read_page(number: int, path: str | None, dpi: int | None, guess: _Guess | None = None) -> tuple[int, str]:
    if path is None:
        return number, ""
    pytesseract = _pytesseract()
    lang = lambda code: f"{code}+eng" if code in _installed() else "+".join(LANGUAGES)
    try:
        config = _CONFIG + (f" --dpi {dpi}" if dpi else "")
        first = guess.language if guess is not None else None
        text = pytesseract.image_to_string(path, lang=lang(first), config=config)
        told = language(text)  # None where the words tell no language (a price table): the page stays as read
        told = first if told is None else told if told in _installed() and told in READ_AGAIN else None
        if told != first:  # a French, Polish, Dutch ... page read again with its own letters first (or a
            text = pytesseract.image_to_string(path, lang=lang(told), config=config)  # German page, in German)
        if guess is not None:
            guess.language = told
        if split_rows_seen(text):  # a price row read as two lines, maybe: the words' positions tell (ocr_rows.py)
            text = rows_joined(text, pytesseract.image_to_data(path, lang=lang(told), config=config))
    except pytesseract.TesseractError as error:  # the page stays empty and is named in a warning
        if "alloc" in str(error).lower():  # std::bad_alloc: tesseract hit the memory cap it inherited
            raise MemoryError from None
        log.warning("tesseract failed on page %s: %s", number, error)
        text = ""
    finally:
        os.unlink(path)
    # Tesseract ends each page with a form feed, which would read as a page break of ours.
    return number, tidy(as_text_layer(text.replace("\f", "\n")), unwrap=True)


def _rendered(data: bytes, numbers: list[int]) -> Iterator[tuple[int, str | None, int | None]]:
    """Each page rendered in grey at OCR_DPI (less for a page too large), as a temporary PGM file."""
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError:  # pypdf read what pdfium cannot: the pages stay unread, with a warning
        document = None
    for number in numbers:
        try:
            page = document[number - 1]
            width, height = page.get_size()  # in points, 72 to the inch
            fits = int(72 * (MAX_OCR_PIXELS / max(width * height, 1)) ** 0.5)
            dpi = min(OCR_DPI, _scan_dpi(page, width, height), fits)
            image = page.render(scale=dpi / 72, grayscale=True).to_pil()
        except (pypdfium2.PdfiumError, TypeError, ValueError):  # one bad page spoils no other
            yield number, None, None
            continue
        yield number, _saved(despeckled(deskewed(image))), dpi


def _scan_dpi(page, width: float, height: float) -> int:
    """The resolution of the image a scanned page is (one image covering most of it), at least SCAN_LEAST_DPI;
    OCR_DPI for a page that is no such image: rendered larger than it was scanned, a page reads worse (limits.py)."""
    import pypdfium2.raw as pdfium_c

    try:
        for image in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=1):
            left, bottom, right, top = image.get_bounds()
            if (right - left) * (top - bottom) >= 0.8 * width * height:
                return max(SCAN_LEAST_DPI, round(image.get_px_size()[0] * 72 / (right - left)))
    except (AttributeError, TypeError, ValueError, ZeroDivisionError):  # pdfium that cannot tell: as before
        pass
    return OCR_DPI


def _frames(image, count: int) -> Iterator[tuple[int, str | None, int | None]]:
    """Each frame of an image, in grey, shrunk to MAX_OCR_PIXELS if larger, as a temporary PGM file."""
    for number in range(1, count + 1):
        try:
            image.seek(number - 1)
            width, height = image.size
            if width * height > MAX_IMAGE_PIXELS:
                raise Refused(f"page {number} of the image is {width:,} x {height:,} pixels, far more than a "
                              "scanned page; it was not opened")
            frame = ImageOps.exif_transpose(_grey(image))
            dpi = _dpi(image.info.get("dpi"))
        except (OSError, ValueError, SyntaxError, EOFError):
            raise Refused(_DAMAGED_IMAGE) from None
        if width * height > MAX_OCR_PIXELS:
            scale = (MAX_OCR_PIXELS / (width * height)) ** 0.5
            frame.thumbnail((int(width * scale), int(height * scale)))
            dpi = int(dpi * scale) if dpi else None
        yield number, _saved(despeckled(deskewed(frame))), dpi


def _grey(image):
    """The frame in grey, on white where it is transparent (else transparent parts read as black)."""
    if "A" in image.getbands() or "transparency" in image.info:
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, "white")
        return Image.alpha_composite(background, rgba).convert("L")
    return image.convert("L")


def _dpi(value) -> int | None:
    """The image's own resolution if it is plausible for a scan; else tesseract estimates it."""
    try:
        dpi = int(round(float(value[0])))
    except (TypeError, ValueError, IndexError):
        return None
    return dpi if 100 <= dpi <= 1200 else None


def _saved(image) -> str | None:
    """A temporary PGM file of the image (quick to write and read, unlike PNG), or None if it is blank."""
    low, high = image.getextrema()
    if high - low < _BLANK_RANGE:
        return None
    handle, path = tempfile.mkstemp(prefix="winnow-ocr-", suffix=".pgm")
    with os.fdopen(handle, "wb") as file:
        image.save(file, format="PPM")
    return path


def _check_tesseract(problem: str = _INSTALL) -> None:
    try:
        languages = _pytesseract().get_languages()
    except (ImportError, OSError, RuntimeError):  # no pytesseract, no tesseract program, or it failed
        raise Refused(problem) from None
    if set(LANGUAGES) - set(languages):
        raise Refused(problem)


@lru_cache(maxsize=1)
def _installed() -> frozenset[str]:
    """The languages tesseract has data for here (the set-up scripts install French, Spanish and Italian too)."""
    return frozenset(_pytesseract().get_languages())


def _pytesseract():
    """pytesseract, imported without pandas and numpy: it imports them if it finds them (0.6 s, ~80 MB)
    only to offer them as input and output types, which nothing here uses."""
    if "pytesseract" in sys.modules:
        return sys.modules["pytesseract"]
    hidden = [name for name in ("pandas", "numpy") if name not in sys.modules]
    sys.modules.update(dict.fromkeys(hidden, None))  # a None entry makes `import name` fail
    try:
        import pytesseract
    finally:
        for name in hidden:
            if sys.modules.get(name, ...) is None:
                del sys.modules[name]
    return pytesseract


def _check_count(count: int, what: str) -> None:
    if count > MAX_OCR_PAGES:
        raise Refused(f"the {what} has {count:,} scanned pages, more than the {MAX_OCR_PAGES} that are read by OCR "
                      "from one file; upload the relevant sections")


def _warnings(numbers: Iterable[int], texts: list[str]) -> list[str]:
    empty = [n for n in numbers if not texts[n - 1]]
    return [f"{pages_named(empty)} had no text to read, not even by OCR"] if empty else []


def _were(numbers: list[int]) -> str:
    return "were" if len(numbers) > 1 else "was"
