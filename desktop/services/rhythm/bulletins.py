"""The police officer's weekly notice to every grid (founding document §四 7: 社区民警每周及时将治安警情、维稳形势、
公共安全、突出问题等情况通报各网格): drafted, then issued once a week; issued, it is what the grids were told and
stays as it was. Everyone who works with the grids reads it; the police officer (BULLETINS_ISSUE) writes it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import PoliceBulletin, StaffUser
from desktop.services.core import unit_of_work
from desktop.services.core.audit_service import changes, record
from desktop.services.core.clock import now as utc_now
from desktop.services.core.clock import today as local_today
from desktop.services.core.dto import Actor
from desktop.services.core.errors import ValidationError
from desktop.services.core.permissions import Perm, require
from desktop.services.core.validators import text_field
from desktop.services.rhythm.dto import BulletinDTO, BulletinInput
from desktop.services.rhythm.schedule import week_of

READ_PERMS = (Perm.BULLETINS_ISSUE, Perm.GRID_REPORTS_EDIT, Perm.ROUNDS_OVERSEE)
SECTIONS = ("incidents", "stability", "public_safety", "problems", "guidance")


class BulletinService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        clock: Callable[[], date] = local_today,
        now: Callable[[], datetime] = utc_now,
    ):
        self._sessions = sessions
        self._today = clock
        self._now = now

    def of_week(self, actor: Actor, day: date | None = None) -> BulletinDTO | None:
        """The notice of ``day``'s week (default this week), or None when none was drafted."""
        require(actor, *READ_PERMS)
        monday, _ = week_of(day or self._today())
        with self._sessions() as s:
            b = s.scalar(select(PoliceBulletin).where(PoliceBulletin.week_start == monday))
            return _dto(s, b) if b is not None else None

    def recent(self, actor: Actor, weeks: int = 12) -> list[BulletinDTO]:
        require(actor, *READ_PERMS)
        since = week_of(self._today())[0] - timedelta(weeks=weeks)
        with self._sessions() as s:
            q = select(PoliceBulletin).where(PoliceBulletin.week_start >= since)
            return [_dto(s, b) for b in s.scalars(q.order_by(PoliceBulletin.week_start.desc()))]

    def save(self, actor: Actor, inp: BulletinInput, version: int | None = None) -> BulletinDTO:
        """Draft (or correct the draft of) a week's notice; ``version`` is the draft's, None for a new one."""
        require(actor, Perm.BULLETINS_ISSUE)
        monday, _ = week_of(inp.week_start)
        if monday > week_of(self._today())[0]:
            raise ValidationError("week_start", "in_future")
        values = {k: text_field(getattr(inp, k), k, limit=5000) for k in SECTIONS}
        if not any(values[k] for k in SECTIONS[:4]):
            raise ValidationError("incidents", "required")

        def work(s: Session) -> BulletinDTO:
            b = s.scalar(select(PoliceBulletin).where(PoliceBulletin.week_start == monday))
            if b is None:
                b = PoliceBulletin(week_start=monday, created_by=actor.id, **values)
                s.add(b)
                s.flush()
                record(s, actor, "create", "police_bulletin", b.id, f"起草{monday:%Y-%m-%d}当周警务通报")
                return _dto(s, b)
            b = unit_of_work.load(s, PoliceBulletin, b.id, version)
            if b.issued_at is not None:
                raise ValidationError("week_start", "already_issued")
            before = {k: getattr(b, k) for k in SECTIONS}
            for k, v in values.items():
                setattr(b, k, v)
            bb, aa = changes(before, values)
            if aa:
                s.flush()
                record(s, actor, "update", "police_bulletin", b.id, "修改警务通报", before=bb, after=aa)
            return _dto(s, b)

        return unit_of_work.write(self._sessions, work, "police_bulletin")

    def issue(self, actor: Actor, bulletin_id: int, version: int) -> BulletinDTO:
        require(actor, Perm.BULLETINS_ISSUE)

        def work(s: Session) -> BulletinDTO:
            b = unit_of_work.load(s, PoliceBulletin, bulletin_id, version)
            if b.issued_at is not None:
                raise ValidationError("week_start", "already_issued")
            b.issued_at, b.issued_by = self._now(), actor.id
            s.flush()
            record(s, actor, "submit", "police_bulletin", b.id, f"发布{b.week_start:%Y-%m-%d}当周警务通报")
            return _dto(s, b)

        return unit_of_work.write(self._sessions, work, "police_bulletin")

    @staticmethod
    def get_in(s: Session, bulletin_id: int) -> BulletinDTO:
        return _dto(s, unit_of_work.load(s, PoliceBulletin, bulletin_id))


def _dto(s: Session, b: PoliceBulletin) -> BulletinDTO:
    issuer = s.scalar(select(StaffUser.full_name).where(StaffUser.id == b.issued_by)) if b.issued_by else ""
    return BulletinDTO(
        b.id,
        b.version,
        b.week_start,
        b.incidents,
        b.stability,
        b.public_safety,
        b.problems,
        b.guidance,
        b.issued_at,
        issuer or "",
    )
