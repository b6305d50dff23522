"""The room's queue as SQL: one WHERE for every list and filter, keyset pages, badge counts in one scan.

Everything is filtered and sorted by the database (200,000 cases and more): the queues that are about the
deadline run in due-date order, the others newest first, each with ``id`` as the tie-breaker so a page can
continue after the last row of the one before it (keyset) instead of skipping rows (OFFSET).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from sqlalchemy import Select, and_, case, func, or_, select, text, union
from sqlalchemy.engine import Connection

from desktop.models import CaseParty, CaseTransfer, DisputeCase
from desktop.models.mediation import OPEN_CASES
from desktop.services.core.queries import starts_with
from desktop.services.mediation.dto import (
    DEADLINE_STATUSES,
    OPEN_STATUSES,
    QUEUES,
    CaseRow,
    QueueCounts,
    QueueFilter,
    by_due_date,
)

_C = DisputeCase.__table__.c
_P = CaseParty.__table__.c
_T = CaseTransfer.__table__.c

_ROW_COLUMNS = (
    _C.id,
    _C.case_no,
    _C.accepted_on,
    _C.source,
    _C.dispute_type,
    _C.grid_id,
    _C.mediator_id,
    _C.status,
    _C.outcome,
    _C.consent,
    _C.risk_level,
    _C.due_on,
    _C.closed_on,
    and_(_C.police_flag.is_(True), _C.police_flag_ack_at.is_(None)),
)
_ROLE_ORDER = {"applicant": 0, "respondent": 1, "third_party": 2}
_EARLIEST = date(1900, 1, 1)


def _open():
    """The WHERE of the partial indexes over open cases, literally: so both engines see that they apply."""
    return text(
        OPEN_CASES.replace("status", "dispute_case.status").replace("voided_at", "dispute_case.voided_at")
    )


def _sort_key(queue: str):
    return _C.due_on if by_due_date(queue) else _C.accepted_on


def _text_condition(value: str, dialect: str):
    """A case number (or its number part: "12", "第12号") or the start of a party's name (two characters at
    least, as in the residents' search: one is a surname, a hundredth of everyone): the ids each lookup finds
    by its own index, united (an OR over the table would make PostgreSQL read all of it)."""
    value = value.strip()
    digits = value.removeprefix("第").removesuffix("号")
    found = [select(_C.id).where(_C.case_no == value)]
    if digits.isdigit():
        found.append(select(_C.id).where(_C.seq == int(digits)))
    elif len(value) >= 2:
        found.append(select(_P.case_id).where(starts_with(_P.name, value, dialect)))
    return _C.id.in_(union(*found))


def conditions(
    filt: QueueFilter, *, me: int | None, today: date, due_soon_days: int, dialect: str = "sqlite"
) -> list:
    if filt.queue not in QUEUES:
        raise ValueError(f"unknown queue {filt.queue!r}")
    conds = [_C.voided_at.is_(None)]
    q = filt.queue
    if q not in ("closed", "all"):
        conds.append(_open())
    if q == "new":
        conds.append(_C.status.in_(("new", "returned")))
    elif q == "mine":
        conds += [_C.mediator_id == (me if me is not None else -1), _C.status.in_(OPEN_STATUSES)]
    elif q == "due_soon":
        conds += [
            _C.status.in_(DEADLINE_STATUSES),
            _C.due_on >= today,
            _C.due_on <= today + timedelta(days=due_soon_days),
        ]
    elif q == "overdue":
        conds += [_C.status.in_(DEADLINE_STATUSES), _C.due_on < today]
    elif q == "awaiting_sign":
        conds.append(_C.status == "transferred")
    elif q == "open":
        conds += [_C.status.in_(OPEN_STATUSES), _C.accepted_on >= _EARLIEST]
    elif q == "closed":
        conds.append(_C.status == "closed")
    conds += _filter_conditions(filt, dialect)
    return conds


def _filter_conditions(filt: QueueFilter, dialect: str) -> list:
    conds = []
    if filt.dispute_type:
        conds.append(_C.dispute_type == filt.dispute_type)
    if filt.grid_id is not None:
        conds.append(_C.grid_id == filt.grid_id)
    if filt.mediator_id is not None:
        conds.append(_C.mediator_id == filt.mediator_id)
    if filt.date_from is not None:
        conds.append(_C.accepted_on >= filt.date_from)
    if filt.date_to is not None:
        conds.append(_C.accepted_on <= filt.date_to)
    if filt.text.strip():
        conds.append(_text_condition(filt.text, dialect))
    if filt.ids:
        conds.append(_C.id.in_(filt.ids))
    return conds


def count(conn: Connection, conds: list) -> int:
    return conn.execute(select(func.count()).select_from(DisputeCase.__table__).where(*conds)).scalar_one()


def window(
    conn: Connection,
    queue: str,
    conds: list,
    *,
    after: tuple[date, int] | None = None,
    offset: int = 0,
    limit: int = 100,
    from_end: bool = False,
) -> list[CaseRow]:
    """A page of the queue: after the row (sort value, id) of the page before it, or skipping ``offset``
    rows from the start, or (``from_end``) from the end: near the end of a long list that skips few."""
    key = _sort_key(queue)
    ascending = by_due_date(queue) != from_end
    q: Select = select(*_ROW_COLUMNS).where(*conds)
    if after is not None:
        value, last_id = after
        # the plain range first: it is what an index can seek to
        if ascending:
            q = q.where(key >= value, or_(key > value, _C.id > last_id))
        else:
            q = q.where(key <= value, or_(key < value, _C.id < last_id))
    order = (key.asc(), _C.id.asc()) if ascending else (key.desc(), _C.id.desc())
    q = q.order_by(*order).limit(limit)
    if offset:
        q = q.offset(offset)
    rows = conn.execute(q).all()
    if not rows:
        return []
    if from_end:
        rows.reverse()
    ids = [r[0] for r in rows]
    names = party_names(conn, ids)
    # how often an outside body sent it back, for the rows of the page only (not for the rows an OFFSET skips)
    returns = dict(
        conn.execute(
            select(_T.case_id, func.count())
            .where(_T.case_id.in_(ids), _T.returned_on.is_not(None))
            .group_by(_T.case_id)
        ).all()
    )
    return [CaseRow(*r[:13], bool(r[13]), names.get(r[0], ""), returns.get(r[0], 0)) for r in rows]


def party_names(conn: Connection, case_ids: list[int]) -> dict[int, str]:
    """ "申请人、被申请人、第三人" names per case, applicants first."""
    found: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    for cid, pid, role, name in conn.execute(
        select(_P.case_id, _P.id, _P.role, _P.name).where(_P.case_id.in_(case_ids))
    ):
        found[cid].append((_ROLE_ORDER.get(role, 3), pid, name))
    return {cid: "、".join(n for *_, n in sorted(rows)) for cid, rows in found.items()}


def counts(
    conn: Connection, filt: QueueFilter, *, me: int | None, today: date, due_soon_days: int
) -> QueueCounts:
    """The badges of the queues, under the same filters, in one pass over the open cases."""
    soon = today + timedelta(days=due_soon_days)
    in_deadline = _C.status.in_(DEADLINE_STATUSES)

    def n(cond):
        return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)

    q = select(
        n(_C.status.in_(("new", "returned"))),
        n(_C.mediator_id == (me if me is not None else -1)),
        n(and_(in_deadline, _C.due_on >= today, _C.due_on <= soon)),
        n(and_(in_deadline, _C.due_on < today)),
        n(_C.status == "transferred"),
        n(and_(_C.police_flag.is_(True), _C.police_flag_ack_at.is_(None))),
    ).where(
        _open(),
        _C.voided_at.is_(None),
        _C.status.in_(OPEN_STATUSES),
        _C.due_on >= _EARLIEST,  # a range on the partial index: SQLite then reads it, not the table
        *_filter_conditions(filt, conn.dialect.name),
    )
    return QueueCounts(*(int(v) for v in conn.execute(q).one()))
