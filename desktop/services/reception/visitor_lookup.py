"""Finding a returning visitor as the desk types: the residents register first, then earlier visits of
non-residents, each condition read through its own index (models/reception.py)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select, text

from desktop.models import Visit
from desktop.models.reception import NON_RESIDENT
from desktop.services.core.clock import day_start
from desktop.services.core.dto import Actor
from desktop.services.core.id_numbers import id_facts, normalize, stored_forms
from desktop.services.core.permissions import Perm, can, mask_id_number, mask_phone, require
from desktop.services.core.queries import starts_with
from desktop.services.reception.dto import (
    VisitorMatch,
)

DAY_CLOSES = time(
    17, 30
)  # when the end-of-day step says a forgotten visitor left (*unverified*: configurable)
_ID_CHARS = re.compile(r"^[0-9X]+$")
_REP_SPLIT = re.compile(r"[、,，;；\s]+")


def split_names(text: str | Sequence[str] | None) -> tuple[str, ...]:
    """Representatives as typed ("张三、李四" or one a line) or as a list -> distinct names, in order."""
    if not text:
        return ()
    items = text if not isinstance(text, str) else _REP_SPLIT.split(text)
    return tuple(dict.fromkeys(n.strip() for n in items if n and n.strip()))


def day_bounds(day: date) -> tuple[datetime, datetime]:
    start = day_start(day)
    return start, start + timedelta(days=1)


def _visit_values(v: Visit) -> dict:
    """A visit for the audit log: ID number and phone masked (the audit reader is not entitled to them)."""
    return {
        "person_id": v.person_id,
        "visitor_name": v.visitor_name,
        "visitor_sex": v.visitor_sex,
        "visitor_id_type": v.visitor_id_type,
        "visitor_id_number": mask_id_number(v.visitor_id_number),
        "visitor_phone": mask_phone(v.visitor_phone),
        "visitor_address": v.visitor_address,
        "time_in": v.time_in,
        "time_out": v.time_out,
        "auto_closed": v.auto_closed,
        "people_count": v.people_count,
        "representatives": v.representatives,
        "purpose": v.purpose,
        "whom": v.whom,
        "content": v.content,
        "handled_by": v.handled_by,
        "outcome": v.outcome,
        "urgency": v.urgency,
        "notes": v.notes,
        "petition_id": v.petition_id,
        "dispute_case_id": v.dispute_case_id,
        "referral_note": v.referral_note,
    }


class VisitorLookupMixin:
    def lookup(self, actor: Actor, query: str, limit: int = 8) -> list[VisitorMatch]:
        """Who this may be, as the desk types: the residents register (ID number or its last 4-6 characters,
        phone or its last 4 digits, name or its start, pinyin initials) and earlier visits of non-residents."""
        require(actor, Perm.VISITS_EDIT)
        raw = unicodedata.normalize("NFC", query or "").strip()
        if not raw:
            return []
        out: list[VisitorMatch] = []
        if can(actor.role, Perm.RESIDENTS_READ):
            rows = self.residents.search(actor, raw, limit=limit)
            last = self._last_visits([r.id for r in rows])
            out.extend(
                VisitorMatch(
                    "register",
                    r.id,
                    None,
                    r.name,
                    r.sex,
                    r.id_type,
                    r.id_number,
                    r.phone,
                    r.address,
                    r.birth_date,
                    r.moved_out_on is not None,
                    last.get(r.id),
                    r.match,
                )
                for r in rows
            )
        if len(out) < limit:
            out.extend(self._earlier_visitors(raw, limit - len(out)))
        return out[:limit]

    def _last_visits(self, person_ids: list[int]) -> dict[int, datetime]:
        if not person_ids:
            return {}
        with self._sessions() as s:
            return dict(
                s.execute(
                    select(Visit.person_id, func.max(Visit.time_in))
                    .where(Visit.person_id.in_(person_ids), Visit.voided_at.is_(None))
                    .group_by(Visit.person_id)
                ).all()
            )

    def _earlier_visitors(self, raw: str, limit: int) -> list[VisitorMatch]:
        """Earlier visits of non-residents, each condition served by a partial index (models/reception.py)."""
        compact = normalize(raw)
        v = Visit
        dialect = self._sessions.kw["bind"].dialect.name

        def begins(column, prefix: str):
            return starts_with(column, prefix, dialect)

        # (index, condition): one query per index, so each is read through its own index (on SQLite the planner
        # would rather walk ix_visit_time_in backwards for an OR with ORDER BY ... LIMIT: 1 s at 200,000 visits)
        conds: list[tuple[str, object]] = []
        kind = ""
        if _ID_CHARS.match(compact):
            n = len(compact)
            if n in (15, 18):
                conds.append(("ix_visit_earlier_id", v.visitor_id_number.in_(stored_forms(compact))))
                kind = "id_exact"
            elif n == 11 and compact.startswith("1"):
                conds.append(("ix_visit_earlier_phone", v.visitor_phone == compact))
                kind = "phone_exact"
            elif 4 <= n <= 6:
                rev = compact[::-1]
                conds += [
                    ("ix_visit_earlier_id_rev", begins(v.visitor_id_rev, rev)),
                    ("ix_visit_earlier_phone_rev", begins(v.visitor_phone_rev, rev)),
                ]
                kind = "suffix"
            elif 7 <= n <= 17:
                conds += [
                    ("ix_visit_earlier_id", begins(v.visitor_id_number, compact)),
                    ("ix_visit_earlier_phone", begins(v.visitor_phone, compact)),
                ]
                kind = "prefix"
        elif raw.isascii():
            if len(compact) >= 5 and any(c.isdigit() for c in compact):
                conds.append(("ix_visit_earlier_id", v.visitor_id_number == compact))  # passport, permit
                kind = "id_exact"
        else:
            conds.append(("ix_visit_earlier_name", begins(v.visitor_name, "".join(raw.split()))))
            kind = "name"
        if not conds:
            return []
        with self._sessions() as s:
            found: dict[int, Visit] = {}
            for index, cond in conds:
                q = (
                    select(v)
                    .with_hint(v, f"INDEXED BY {index}", "sqlite")
                    .where(text(NON_RESIDENT), v.voided_at.is_(None), cond)
                    .order_by(v.time_in.desc())
                    .limit(limit * 8)
                )
                found.update((row.id, row) for row in s.scalars(q))
            rows = sorted(found.values(), key=lambda r: r.time_in, reverse=True)
        seen: set = set()
        out: list[VisitorMatch] = []
        for row in rows:
            key = (
                (row.visitor_id_type, row.visitor_id_number)
                if row.visitor_id_number
                else (row.visitor_name, row.visitor_phone)
            )
            if key in seen:
                continue
            seen.add(key)
            facts = id_facts(row.visitor_id_type or "", row.visitor_id_number or "")
            out.append(
                VisitorMatch(
                    "visit",
                    None,
                    row.id,
                    row.visitor_name,
                    row.visitor_sex,
                    row.visitor_id_type,
                    mask_id_number(row.visitor_id_number),
                    mask_phone(row.visitor_phone),
                    row.visitor_address or "",
                    facts.birth_date if facts else None,
                    False,
                    row.time_in,
                    kind,
                )
            )
            if len(out) >= limit:
                break
        return out
