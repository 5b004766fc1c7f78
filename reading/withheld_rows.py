"""A line item the offer does not deliver: a table's row ("Item: AI anomaly detection module; Q.ty: 1; Remarks: Not
included - available 2027 roadmap") whose cell opens by saying it is left out ("Not included", "Excluded: customer to
validate", "Optional", "nicht enthalten", "non incluso") or sets that in brackets after the item's name ("Vision AI add-on
(optional, not included)"), names a roadmap or a later release, or whose quantity is 0.
A bid lists what it leaves out beside what it sells, so such a row offers nothing: no label, no option, no claim. The
words are data: drafting.yaml `price_sheet` (`withheld`, `quantity_headers`). Only the row's own text is read (text_reuse.py reads a sentence alike
wherever it stands)."""
from __future__ import annotations

import re

from proposals.tables import PAIR, row_cells

from .word_regex import alternation

_ZERO = re.compile(r"0+(?:[.,]0+)?")  # "0", "0.00", "0,0"


class WithheldRows:
    """`withheld(text)`: the text is a row of a line item the offer leaves out."""

    def __init__(self, price_sheet: dict):
        spec = price_sheet.get("withheld", {})
        opens = alternation(spec.get('opens', []), spaced=True)
        self._opens = re.compile(rf"(?:{opens})(?!\w)")
        # ... or an aside in brackets that opens so: "Vision AI add-on (optional, not included)"
        self._aside = re.compile(rf"\(\s*(?:{opens})(?!\w)")
        self._anywhere = re.compile(rf"(?<!\w)(?:{alternation(spec.get('anywhere', []), spaced=True)})(?!\w)")
        self._quantity = frozenset(h.lower() for h in price_sheet.get("quantity_headers", []))
        self._options = frozenset(h.lower() for h in spec.get("headers", []))  # "Option: Smart Factory Cockpit"

    def withheld(self, text: str) -> bool:
        if PAIR not in text:  # most sentences are prose: no row
            return False
        cells = row_cells(text.strip())
        return bool(cells) and any(self._left_out(head.strip().lower(), cell.strip().lower()) for head, cell in cells)

    def _left_out(self, head: str, cell: str) -> bool:
        """A cell opening with a word of leaving out, naming a roadmap anywhere, under an option's header, or a
        quantity of 0."""
        return (self._opens.match(cell) is not None or head in self._options or self._aside.search(cell) is not None
                or self._anywhere.search(cell) is not None
                or (head in self._quantity and _ZERO.fullmatch(cell) is not None))
