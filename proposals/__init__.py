"""Read uploaded vendor proposals (PDF, DOCX, TXT, Markdown; scans by OCR) into plain text for the sentence reader.

No Streamlit here: the app calls extract_text and shows an ExtractionError's message as it is.
"""
from .extract import extract_text
from .limits import MAX_TEXT_CHARS, MAX_UPLOAD_BYTES
from .result import Extracted, ExtractionError

__all__ = ["MAX_TEXT_CHARS", "MAX_UPLOAD_BYTES", "Extracted", "ExtractionError", "extract_text"]
