"""Limits for reading uploaded proposals. Each one bounds what a hostile or broken file can cost."""

MAX_UPLOAD_BYTES = 20 * 1024 * 1024  # checked before anything else looks at the bytes
# One document's text, however it came in (a file or a paste): reading costs grow with the text, not
# the file (a PDF full of images is large and holds little text). ~600 pages, read in about 5 s.
MAX_TEXT_CHARS = 2_000_000

# A DOCX is a zip; python-docx loads every member into memory, so the declared sizes are
# checked first. zipfile stops at the declared size (and fails the CRC), so they cannot lie.
MAX_DOCX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024
MAX_COMPRESSION_RATIO = 100  # real DOCX XML compresses 5-20x; bombs compress 1000x and more
RATIO_CHECK_FROM_BYTES = 1024 * 1024  # small members may compress well and harm nothing
MAX_ZIP_MEMBERS = 5000  # a real DOCX has tens of parts, a few hundred with many images
# A spreadsheet's cells (XLSX or CSV), empty ones in a row included: an offer's sheets hold hundreds or a few
# thousand; read-only openpyxl streams rows, so this bounds the time and text, not memory
MAX_SHEET_CELLS = 200_000

DEFAULT_TIMEOUT_SECONDS = 20.0
DEFAULT_MEMORY_MB = 512
MAX_CONCURRENT_WORKERS = 4  # each worker may use DEFAULT_MEMORY_MB; this bounds the total

# OCR of pages without a text layer (proposals/ocr.py). Tesseract takes 1-3 s a page here (300 dpi,
# English and German), more when other files are read at once: the worker's time limit grows by
# OCR_SECONDS_PER_PAGE for each page it will OCR, once it has counted them. Tesseract runs as a child
# of the worker and inherits its memory cap: ~150 MB of address space for an A4 page at 300 dpi,
# ~300 MB for the largest page (MAX_OCR_PIXELS), so the cap is raised to OCR_MEMORY_MB if lower.
OCR_SECONDS_PER_PAGE = 15.0
OCR_MEMORY_MB = 384
OCR_DPI = 300  # what tesseract reads best; a scan's own resolution is usually 200-300 dpi
# A scanned page (one image over the page) is rendered at its image's own resolution when that is lower, not blown up to
# OCR_DPI: walk76's 150 dpi scan rendered at 300 read "11 200,00 €/an" as "1120000 €/an" and "118 500,00 €" as
# "[118 none", at 150 every price of the table right. Below SCAN_LEAST_DPI a scan is still rendered larger.
SCAN_LEAST_DPI = 150
MAX_OCR_PIXELS = 36_000_000  # an A4 page at 600 dpi; larger pages are rendered or shrunk to this
MAX_IMAGE_PIXELS = 60_000_000  # a larger image frame is refused before it is decoded (RGB: 3 bytes a pixel)
# A page with a text layer of a line or two (THIN_PAGE_CHARS) on an image of PAGE_IMAGE_PIXELS or more is a scanned or
# pasted page with a printed footer: read by OCR too. A logo is ~0.05 megapixels, a page scanned at 150 dpi ~2.
THIN_PAGE_CHARS = 200
PAGE_IMAGE_PIXELS = 1_000_000
MAX_OCR_PAGES = 100  # a file with more scanned pages is refused: it would take minutes to read
OCR_PARALLEL_PAGES = 2  # tesseract processes at once, one a core

BINARY_CONTROL_SHARE = 0.05  # real text has almost no control characters; binary has many
TEXT_EXTENSIONS = frozenset({"", ".txt", ".text", ".md", ".markdown"})
KEEP_A_SPARE_WORKER = True  # one worker started ahead of need hides its ~0.2 s start-up; costs ~50 MB idle
