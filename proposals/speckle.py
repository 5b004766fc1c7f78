"""A scanned page's speckle (dust, toner spray, a copier's noise: dots standing alone) taken out before OCR.

Tesseract reads such dots as letters and marks ("MATT" for MQTT, "Kl- Bildauswertung", table rows strewn with "~", "|"
and "="): walk65's scanned datasheet. A scanner's grey noise does the same ("IP67 / IP69K" read "IP6TTIPEIK", "18 ... 30
V DC" read "13... 30V De", cells of "BES" and "las": walk80's datasheet, whose dots are grey, none of them ink-dark). A
3x3 median filter clears both, but thins the strokes of a clean page's small print, so it is applied only to a page
whose lone dots, dark or faint, are more than SPECKLED of its pixels. A dot is lone where none of its eight neighbours
is as dark: a letter's edge, however faint its grey, always has a neighbour in the stroke."""
from __future__ import annotations

SPECKLED = 0.0002  # lone dots per pixel: clean pages 0 to 0.00001 (walk pdfs at 150 and 300 dpi), walk65's scan
# 0.0011 dark, walk80's 0.0028 faint
_DARK = 128  # a grey level below this is ink
_FAINT = 192  # below this a dot is more than paper's grain: a quarter darker than white


def despeckled(image):
    """The grey page with its lone dots cleared by a median filter, where it is speckled; else as it was."""
    from PIL import ImageFilter

    return image.filter(ImageFilter.MedianFilter(3)) if speckle_share(image) > SPECKLED else image


def speckle_share(image) -> float:
    """Lone dots per pixel of the grey page: ink (or, for grey noise, anything darker than paper) with none of its
    eight neighbours as dark; the larger share of the two."""
    import numpy

    grey = numpy.asarray(image)
    return max(_lone_share(grey < level) for level in (_DARK, _FAINT))


def _lone_share(dark) -> float:
    import numpy

    padded = numpy.pad(dark, 1)
    height, width = dark.shape
    neighbours = sum(padded[1 + dy:1 + dy + height, 1 + dx:1 + dx + width]
                     for dy in (-1, 0, 1) for dx in (-1, 0, 1) if dy or dx)
    return numpy.count_nonzero(dark & (neighbours == 0)) / dark.size
