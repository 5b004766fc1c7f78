"""What an offer does not offer, however some of its lines read: an option it puts out of scope (draft_excluded.py), an
option only a heading's words give the sense of (draft_headed_alone.py), a security incident's notice
(draft_notices.py), and what its terms and item rows seem to say
of the plant (draft_terms.py). Drafter.answers asks `early` once the options' senses are read, `late` once the
implied options are added (a dashboard's "minutes" implied from a scope row is a row's too)."""
from __future__ import annotations

from .draft_excluded import drop_excluded
from .draft_headed_alone import drop_headed_alone
from .draft_notices import drop_notices
from .draft_terms import drop_terms


def early(drafter, reading, seen, found, read, weighed: bool) -> None:
    drop_headed_alone(drafter.rules, found, seen, read)  # "Service levels" over a target alone: no SLA
    drop_excluded(drafter, reading, seen, found, weighed)  # "not included in this proposal": drafted nowhere
    drop_notices(found, read)  # "notified within 72 hours of a breach": the vendor's duty, no alert (draft_notices.py)


def late(reading, seen, found, weighed: bool) -> None:
    drop_terms(reading, seen, found, weighed)  # "Installation: ... subject to machine availability": a term
