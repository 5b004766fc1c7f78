"""A scanned page's speckle (dust, toner spray, a copier's noise: dark dots standing alone) taken out before OCR.

Tesseract reads such dots as letters and marks ("MATT" for MQTT, "Kl- Bildauswertung", table rows strewn with "~", "|"
and "="): walk65's scanned datasheet. A 3x3 median filter clears them, but thins the strokes of a clean page's small
print, so it is applied only to a page whose lone dark dots are more than SPECKLED of its pixels."""
from __future__ import annotations

SPECKLED = 0.0002  # lone dark dots per pixel: clean pages 0 to 0.00001 (walk pdfs at 300 dpi), walk65's scan 0.0011
_DARK = 128  # a grey level below this is ink


def despeckled(image):
    """The grey page with its lone dark dots cleared by a median filter, where it is speckled; else as it was."""
    from PIL import ImageFilter

    return image.filter(ImageFilter.MedianFilter(3)) if speckle_share(image) > SPECKLED else image


def speckle_share(image) -> float:
    """Lone dark dots (ink with no ink among its eight neighbours) per pixel of the grey page."""
    import numpy

    dark = numpy.asarray(image) < _DARK
    padded = numpy.pad(dark, 1)
    height, width = dark.shape
    neighbours = sum(padded[1 + dy:1 + dy + height, 1 + dx:1 + dx + width]
                     for dy in (-1, 0, 1) for dx in (-1, 0, 1) if dy or dx)
    return numpy.count_nonzero(dark & (neighbours == 0)) / dark.size
