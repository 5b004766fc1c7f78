"""Tell what a file is from its first bytes, and check a DOCX's zip before anything unpacks it.

Images of pages (PNG, JPEG, TIFF) are a kind of their own: the worker reads them by OCR."""
from __future__ import annotations

import io
import os
import zipfile

from .limits import (MAX_COMPRESSION_RATIO, MAX_DOCX_UNCOMPRESSED_BYTES, MAX_ZIP_MEMBERS,
                     RATIO_CHECK_FROM_BYTES, TEXT_EXTENSIONS)
from .result import Kind, Refused

_SUPPORTED = "upload the proposal as PDF, DOCX, XLSX, CSV, TXT or Markdown"
_OLD_OFFICE = ("it is a password-protected Word document or an old-format (.doc, .xls) Office file, which cannot be "
               "read; save an unprotected copy as .docx, .xlsx or PDF and upload that")
_IMAGES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")  # PNG, JPEG, TIFF both byte orders
_OTHER_FORMATS = ((b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", None), (b"{\\rtf", "an RTF document"),
                  (b"GIF8", "a GIF image"), (b"\x1f\x8b", "a gzip archive"),
                  (b"Rar!", "a RAR archive"), (b"7z\xbc\xaf", "a 7-Zip archive"))
_ZIP_KINDS = (("xl/", "an Excel file without a workbook"), ("ppt/", "a PowerPoint presentation"),
              ("mimetype", "an OpenDocument file"))
_KIND_NAMES = {"pdf": "a PDF", "docx": "a Word document (DOCX)", "xlsx": "an Excel workbook (XLSX)",
               "image": "an image (PNG, JPEG or TIFF)"}
_EXTENSIONS = {"pdf": (".pdf",), "docx": (".docx",), "xlsx": (".xlsx", ".xlsm"),
               "image": (".png", ".jpg", ".jpeg", ".tif", ".tiff")}
_CSV = ".csv"  # a text file whose lines are a table's rows


def detect(filename: str, data: bytes) -> tuple[Kind, list[str]]:
    """The kind to read the file as, from its content; a warning when its name says otherwise."""
    extension = os.path.splitext(filename)[1].lower()
    kind = content_kind(data)
    if kind == "text":
        named = next((k for k, extensions in _EXTENSIONS.items() if extension in extensions), None)
        if named:
            raise Refused(f"the file is named {extension} but its content is not {_KIND_NAMES[named]}; "
                          "it may be damaged or a different kind of file, so download or export it again")
        if extension == _CSV:
            return "csv", []
        if extension not in TEXT_EXTENSIONS:
            raise Refused(f"{extension} files are not supported; {_SUPPORTED}")
        return kind, []
    if extension and extension not in _EXTENSIONS[kind]:
        return kind, [f"the file is named {extension} but is {_KIND_NAMES[kind]}; it was read as one"]
    return kind, []


def content_kind(data: bytes) -> Kind:
    """pdf, docx, xlsx or image by their signatures; text for anything else not known to be another format."""
    if b"%PDF-" in data[:1024]:  # the PDF spec lets the header sit anywhere in the first 1024 bytes
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    if data.startswith(_IMAGES):
        return "image"
    for magic, name in _OTHER_FORMATS:
        if data.startswith(magic):
            raise Refused(_OLD_OFFICE if name is None else f"it is {name}, not a proposal document; {_SUPPORTED}")
    return "text"


def _zip_kind(data: bytes) -> Kind:
    infos = zip_members(data)
    names = {info.filename for info in infos}
    if "word/document.xml" in names:
        check_unpacked_size(infos)
        return "docx"
    if "xl/workbook.xml" in names:
        check_unpacked_size(infos)  # openpyxl unpacks a sheet's XML as it streams it: the same bombs
        return "xlsx"
    what = next((name for prefix, name in _ZIP_KINDS if any(n.startswith(prefix) for n in names)), "a ZIP archive")
    raise Refused(f"it is {what}, not a Word document or an Excel workbook; {_SUPPORTED}")


def zip_members(data: bytes) -> list[zipfile.ZipInfo]:
    """The zip's directory, read without unpacking anything."""
    # Count directory entries first: zipfile builds an object per entry, and 20 MB of
    # entries would cost the app hundreds of MB before any limit could be checked.
    if data.count(b"PK\x01\x02") > MAX_ZIP_MEMBERS:
        raise Refused(f"the document has more than {MAX_ZIP_MEMBERS:,} parts, far more than a real one; "
                      "it was not opened")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return archive.infolist()
    except Exception:  # zipfile raises several types on broken input; all mean the same to the buyer
        raise Refused("the file starts like a Word document (a ZIP archive) but is damaged and cannot be opened; "
                      "download or export it again") from None


def check_unpacked_size(infos: list[zipfile.ZipInfo]) -> None:
    """Refuse zip bombs by the sizes the zip declares; zipfile will not unpack past them."""
    total = sum(info.file_size for info in infos)
    if total > MAX_DOCX_UNCOMPRESSED_BYTES:
        limit = _mb(MAX_DOCX_UNCOMPRESSED_BYTES)
        raise Refused(f"the document would unpack to {_mb(total)} (the limit is {limit}), "
                      "which looks like a zip bomb; it was not opened")
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size >= RATIO_CHECK_FROM_BYTES and ratio > MAX_COMPRESSION_RATIO:
            raise Refused(f"a part of the document is compressed {ratio:,.0f} to 1, far beyond a real document, "
                          "which looks like a zip bomb; it was not opened")


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:,.0f} MB"
