"""Which language a page read by OCR is in, so a French, Spanish, Italian, Polish, Dutch or Portuguese page is read
again with its own language's data: read as German and English, "arrêts planifiés" came out "arréts planifies" and
"à 29 h" "a 29 h", and drafting then found no measure in it (walk 68); a Polish scan's "Łączna odpowiedzialność" came
out "Catkowita odpowiedzialnosc", "błędów" "btedéw" and "Sp. z o.o." "Sp. z 0.0." (walk 81). The languages are told by
their commonest function words."""
from __future__ import annotations

import re

# Function words that hardly occur in the others (or in English and German): "la", "una", "con" are shared, left out.
_MARKERS = {
    "fra": frozenset("le les des du est et une pour dans avec sur au aux qui ne pas nous vous sont été leur ces".split()),
    "spa": frozenset("el los las del y para una por es se lo como más sus está han fue entre cuando".split()),
    "ita": frozenset("il gli della delle dei di che per è sono nel nella degli alla alle anche questo viene".split()),
    "pol": frozenset("w z się nie jest że oraz dla przez przy jako które która który są lub także od ze po".split()),
    "nld": frozenset("het een van wordt worden voor niet bij ook naar door uit onze uw deze wij zullen kunnen".split()),
    "por": frozenset("os das dos em uma não são pelo pela ao também foi seu sua nas é às".split()),
    # German and English (read together, LANGUAGES in ocr.py) too, so that a page is known to be in them, not only to
    # be in none of the three: a price table's few words tell nothing, and a French one read as French stays so (walk76)
    "eng": frozenset("der die das und ist nicht mit für auf den dem zu von im werden wird sich bei auch oder "
                     "the of and to is are with that this for from by be will it our your which".split()),
}
READ_AGAIN = ("fra", "spa", "ita", "pol", "nld", "por")  # read again with their own data (if installed)
ROMANCE = ("fra", "spa", "ita")
_LEAST_SHARE = 0.06  # of a page's words: a French page has 15-25 %, an English one with a French name none
_LEAST_WORDS = 12  # fewer words tell no language
_WORD = re.compile(r"[^\W\d_]+")


def romance(text: str) -> str | None:
    """The tesseract code of the page's language among French, Spanish and Italian, or None (English, German, too few
    words, or no clear lead)."""
    told = language(text)
    return told if told in ROMANCE else None


def language(text: str) -> str | None:
    """The tesseract code of the page's language among READ_AGAIN, "eng" for German or English, or None (too few
    words, or no clear lead)."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < _LEAST_WORDS:
        return None
    counts = {lang: sum(w in markers for w in words) for lang, markers in _MARKERS.items()}
    best = max(counts, key=counts.get)
    second = max(v for k, v in counts.items() if k != best)
    return best if counts[best] >= _LEAST_SHARE * len(words) and counts[best] >= 2 * second else None
