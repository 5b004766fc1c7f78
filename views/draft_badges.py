"""The badge a drafted answer shows once the buyer has dealt with it (views/drafts.py draws it)."""
from __future__ import annotations

from questions.models import Answer


def reviewed_badge(answer: Answer) -> str:
    """The badge of a drafted answer the buyer has dealt with: rejected and left empty, kept or edited ("Drafted,
    reviewed"), or, where no quote of the draft is left in it, the buyer's own ("Your answer": typed after rejecting the
    draft, walk73, or every drafted sentence cut out of it), which no sentence of the vendor's backs."""
    if answer.is_empty:
        return ":gray-badge[:material/remove_done: Drafted, rejected]"
    if not answer.quotes and not answer.accepted:
        return ":blue-badge[:material/edit: Your answer]"
    return ":green-badge[:material/check: Drafted, reviewed]"
