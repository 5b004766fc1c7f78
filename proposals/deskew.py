"""A scanned page fed in at a slant turned straight before OCR.

On a page scanned a degree or two askew, a price row's amount, far right of its label, sits a line higher or lower than
the label: tesseract reads them as two lines ("Schulung" / "2.400,00 EUR", or the amount beside the row above), and the
fee is read without its label. The slant is found by the projection of the page's ink: turned by the right angle, the
lines of text stack their ink into the fewest rows (the sum of squared row counts is largest). A page less slanted than
LEAST_SLANT is left as it is, so a page rendered from a PDF, or scanned straight, reads exactly as before.
"""
from __future__ import annotations

LEAST_SLANT = 0.3  # degrees: 0.3 deg moves a row's end 9 px over its 1 700 px at 300 dpi, less than a line's gap
_MOST_SLANT = 5.0  # a page fed in more askew than this is rare; the search stays quick
STRIPS = 4
_SAME = 0.999  # two slants that stack within this of each other stack alike: the one nearer 0 is taken
_GAIN = 1.02  # a slant is told where it stacks the ink this much better than 0 degrees (0.5 deg: 3-8 % better)
_DARK = 128
_LEAST_INK = 200  # dark pixels of the shrunk page below which no slant can be told


def deskewed(image):
    """The grey page turned straight, where it is slanted LEAST_SLANT or more; else as it was."""
    from PIL import Image

    angle = slant(image)
    if abs(angle) < LEAST_SLANT:
        return image
    return image.rotate(-angle, resample=Image.Resampling.BICUBIC, fillcolor=255)


def slant(image) -> float:
    """The page's slant in degrees (counter-clockwise positive), to a twentieth of a degree; 0 for a page with too
    little ink to tell, or whose lines stack hardly better turned than as they are.

    The ink is stacked in STRIPS side by side, each turned about its own middle: a table's amounts set a little lower
    than their labels, in a strip of their own, stack as well at 0 degrees as the labels do (one strip across the page
    would take that offset for a slant of a degree). The slant nearest 0 of those that stack best is taken."""
    import numpy

    small = image.reduce(4) if min(image.size) > 1200 else image  # a quarter of the pixels tells the slant as well
    ys, xs = numpy.nonzero(numpy.asarray(small) < _DARK)
    if len(xs) < _LEAST_INK:
        return 0.0
    width, height = small.size
    strip = numpy.minimum(xs * STRIPS // width, STRIPS - 1)
    turned = xs - (strip + 0.5) * width / STRIPS  # from the strip's middle
    margin = int(width / STRIPS * 0.1) + 2  # tan(5 deg) of half a strip: how far a row moves up or down at most
    bins = strip * (height + 2 * margin)

    def stacked(angle: float) -> float:
        rows = numpy.round(ys + numpy.tan(numpy.radians(angle)) * turned).astype(numpy.int64) + margin
        return float((numpy.bincount(bins + rows) ** 2).sum())

    coarse = max(numpy.arange(-_MOST_SLANT, _MOST_SLANT + 0.01, 0.25), key=lambda a: (stacked(a), -abs(a)))
    fine = {round(float(a), 2): stacked(a) for a in numpy.arange(coarse - 0.25, coarse + 0.26, 0.05)}
    best = max(fine.values())
    angle = min((a for a, score in fine.items() if score >= best * _SAME), key=abs)
    return angle if best >= _GAIN * stacked(0.0) else 0.0
