"""The library's side of the store: headline columns, refreshing them, and paging.

A page is read from columns only; it never parses an evaluation and never scores one.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable
from contextlib import suppress

from sqlalchemy import bindparam, func, or_, select, update

from questions import Evaluation, QuestionBank
from scoring.engine import engine_for
from scoring.headline import headline, headlines

from .local import SORTS, like_pattern
from .mirror import StoredEvaluation, as_evaluation, read_stored
from .records import EvaluationSummary, Page
from .tables import EvaluationRow

log = logging.getLogger(__name__)

HEADLINE = ("score", "claimed_scope", "delivered_scope", "gaps", "flags", "headline_bank")
SUMMARY = [getattr(EvaluationRow, name) for name in (
    "id", "proposal", "vendor", "evaluator", "version", "updated_at",
    "score", "claimed_scope", "delivered_scope", "gaps", "flags", "owner", "group_id")]
REFRESH_BATCH = 2000


def headline_columns(evaluation: Evaluation | StoredEvaluation, bank: QuestionBank) -> dict:
    """The derived columns for one evaluation; all None if scoring fails.

    A fault in scoring must not refuse a save (the buyer's work comes first); the row keeps
    headline_bank None, so the next start's refresh tries again.
    """
    try:
        return _columns(headline(evaluation, bank), bank)
    except Exception:  # noqa: BLE001 - logged; the save itself goes on
        if isinstance(evaluation, StoredEvaluation):  # scoring may want more than attributes: ask the model
            with suppress(ValueError):  # pydantic's ValidationError is one
                return headline_columns(as_evaluation(evaluation), bank)
        log.exception("could not score %r for the library; saved without headline", evaluation.proposal)
        return dict.fromkeys(HEADLINE)


def many_headline_columns(evaluations: list[Evaluation | StoredEvaluation], bank: QuestionBank) -> list[dict]:
    try:
        return [_columns(h, bank) for h in headlines(evaluations, bank)]
    except Exception:  # noqa: BLE001 - one bad evaluation: fall back to one at a time
        return [headline_columns(evaluation, bank) for evaluation in evaluations]


def _columns(h, bank: QuestionBank) -> dict:
    return dict(score=h.overall, claimed_scope=h.claimed_scope, delivered_scope=h.delivered_scope,
                gaps=h.gaps, flags=h.flags, headline_bank=engine_for(bank).rules_id)


class Headlines:
    """Mixed into Store: needs self._read, self._write, self.bank and self._parse_or_none."""

    def page(self, search: str = "", sort: str = "updated_at", descending: bool = True, offset: int = 0,
             limit: int = 50, ids: Iterable[str] | None = None) -> Page:
        """`limit` summaries from `offset`, matching `search` in proposal, vendor or evaluator
        (case-insensitive, literal text) and, if given, among `ids`; sorted by `sort`, ties by id."""
        if sort not in SORTS:
            raise ValueError(f"cannot sort the library by {sort!r}; sort by one of: {', '.join(SORTS)}")
        if offset < 0 or limit < 0:
            raise ValueError(f"offset and limit must not be negative (offset={offset}, limit={limit})")
        where = []
        if search.strip():
            pattern = like_pattern(search.strip())
            where.append(or_(*(column.ilike(pattern, escape="\\") for column in SUMMARY[1:4])))
        if ids is not None:
            where.append(EvaluationRow.id.in_(list(ids)))
        column = getattr(EvaluationRow, sort)
        order = column.desc() if descending else column.asc()
        if column.nullable:
            order = order.nulls_last()  # unscored rows last either way, on SQLite and PostgreSQL alike
        tie = EvaluationRow.id.desc() if descending else EvaluationRow.id.asc()
        query = select(*SUMMARY).where(*where).order_by(order, tie).offset(offset).limit(limit)
        with self._read() as session:
            total = session.scalar(select(func.count()).select_from(EvaluationRow).where(*where))
            rows = [EvaluationSummary(**row._mapping) for row in session.execute(query)]
        return Page(total=total, rows=rows)

    def _for_scoring(self, id: str, text: str) -> StoredEvaluation | Evaluation | None:
        """A stored row as scoring reads it: msgspec's mirror, or else the model's (None: unreadable)."""
        stored = read_stored(text)
        return stored if stored is not None else self._parse_or_none(id, text)

    def refresh_headlines(self) -> int:
        """Re-score every row whose headline was computed with another bank (or never).

        Batches: read id, version and JSON; read the JSON the fast way (store/mirror.py) and
        score it outside any transaction; write with one executemany that only touches rows
        still at the version read, so a save that landed in between keeps its own, newer,
        headline. Returns the number of rows updated.
        """
        rules = engine_for(self.bank).rules_id  # a bank edited without a new version is a new bank too
        stale = or_(EvaluationRow.headline_bank.is_(None), EvaluationRow.headline_bank != rules)
        statement = (update(EvaluationRow.__table__)
                     .where(EvaluationRow.id == bindparam("row_id"), EvaluationRow.version == bindparam("row_version"))
                     .values({name: bindparam(name) for name in HEADLINE}))
        after, updated = "", 0
        while True:
            query = (select(EvaluationRow.id, EvaluationRow.version, EvaluationRow.json)
                     .where(stale, EvaluationRow.id > after).order_by(EvaluationRow.id).limit(REFRESH_BATCH))
            with self._read() as session:
                batch = session.execute(query).all()
            if not batch:
                return updated
            after = batch[-1].id
            readable = [(row, self._for_scoring(row.id, row.json)) for row in batch]
            readable = [(row, evaluation) for row, evaluation in readable if evaluation is not None]
            columns = many_headline_columns([evaluation for _, evaluation in readable], self.bank)
            params = [dict(row_id=row.id, row_version=row.version, **values)
                      for (row, _), values in zip(readable, columns)]
            if params:
                with self._write() as session:
                    updated += session.connection().execute(statement, params).rowcount
