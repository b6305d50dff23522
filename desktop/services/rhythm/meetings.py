"""Meetings and their minutes (founding document §三 5(5)-(6)): the weekly 碰头会, the fortnightly 综治警务工作例会,
the street's monthly 联席会.

- Minutes: date and time, kind, place, chair, recorder, attendees (staff of the centre, the police, invited
  bodies), the figures of the period filled by the program (``figures``), the matters discussed, and the
  decisions, each with an owner and a due date: a decision is a task on its owner's list until done.
- The period of the figures: since the day after the last meeting of the same kind, else the kind's usual
  length (7, 14, 30 days), ending on the meeting's day. The figures are kept as they were read (the minutes
  say what was reported then); ``refresh_figures`` reads them again.
- Each meeting of a kind is numbered in its year (第N期); every create / change is audited.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import Meeting, MeetingAttendee, StaffUser, WorkTask
from desktop.services.core import unit_of_work
from desktop.services.core.audit_service import record
from desktop.services.core.clock import local_day
from desktop.services.core.clock import now as utc_now
from desktop.services.core.clock import today as local_today
from desktop.services.core.dto import Actor, StaffChoice
from desktop.services.core.errors import ValidationError
from desktop.services.core.permissions import Perm, require
from desktop.services.core.validators import text_field
from desktop.services.core.vocabulary import ATTENDEE_SIDE, MEETING_KIND
from desktop.services.rhythm import figures as period
from desktop.services.rhythm.dto import (
    Attendee,
    DecisionInput,
    Figures,
    MeetingDetail,
    MeetingInput,
    MeetingRow,
)
from desktop.services.rhythm.tasks import meeting_label, new_task, staff_choices, task_dtos

PERIOD_DAYS = {"huddle": 7, "police_meeting": 14, "joint": 30}
FIGURES = tuple(f for f in Figures.__dataclass_fields__ if f not in ("period_from", "period_to"))
MAX_ATTENDEES = 60


class MeetingService:
    """``rounds``, ``safety``: this room's services the figures read; ``mediation``, ``petitions``,
    ``key_groups``: the other rooms' (named edges)."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        *,
        rounds,
        safety,
        mediation,
        petitions,
        key_groups,
        clock: Callable[[], date] = local_today,
        now: Callable[[], datetime] = utc_now,
    ):
        self._sessions = sessions
        self._rounds = rounds
        self._safety = safety
        self._mediation = mediation
        self._petitions = petitions
        self._key_groups = key_groups
        self._today = clock
        self._now = now

    def staff(self, actor: Actor) -> tuple[StaffChoice, ...]:
        require(actor, Perm.MEETINGS_EDIT)
        with self._sessions() as s:
            return staff_choices(s)

    # -- the figures ---------------------------------------------------------------------------------------------
    def default_period(self, kind: str, held_on: date) -> tuple[date, date]:
        if kind not in MEETING_KIND:
            raise ValidationError("kind", "unknown_meeting_kind")
        days = PERIOD_DAYS[kind]
        with self._sessions() as s:
            last = s.scalar(
                select(func.max(Meeting.period_to)).where(
                    Meeting.kind == kind, Meeting.voided_at.is_(None), Meeting.period_to < held_on
                )
            )
        start = held_on - timedelta(days=days - 1)
        if last is not None and held_on - last <= timedelta(days=2 * days):
            start = last + timedelta(days=1)
        return start, held_on

    def figures(self, actor: Actor, start: date, end: date) -> Figures:
        """The figures of ``start``..``end`` as the actor may read them."""
        require(actor, Perm.MEETINGS_EDIT)
        if end < start:
            raise ValidationError("period_to", "before_start")
        return period.period_figures(
            self._sessions,
            actor,
            start,
            end,
            rounds=self._rounds,
            safety=self._safety,
            mediation=self._mediation,
            petitions=self._petitions,
            key_groups=self._key_groups,
        )

    @staticmethod
    def _set_figures(m: Meeting, f: Figures, at: datetime) -> None:
        for name in FIGURES:
            setattr(m, f"fig_{name}", getattr(f, name))
        m.figures_at = at

    # -- minutes ---------------------------------------------------------------------------------------------------
    def create(self, actor: Actor, inp: MeetingInput) -> MeetingDetail:
        require(actor, Perm.MEETINGS_EDIT)
        held_on = self._check(inp)
        start, end = self._period(inp, held_on)
        figs = self.figures(actor, start, end)

        def work(s: Session) -> MeetingDetail:
            year = held_on.year
            seq = (
                s.scalar(select(func.max(Meeting.seq)).where(Meeting.kind == inp.kind, Meeting.year == year))
                or 0
            ) + 1
            m = Meeting(kind=inp.kind, year=year, seq=seq, created_by=actor.id)
            self._fill(m, inp, start, end)
            self._set_figures(m, figs, self._now())
            s.add(m)
            s.flush()
            self._set_attendees(s, m, inp)
            record(
                s,
                actor,
                "create",
                "meeting",
                m.id,
                f"{meeting_label(m.kind, year, seq)}纪要",
                after=_values(m) | {"attendees": len(inp.attendees)},
            )
            return _detail(s, m, self._today())

        return unit_of_work.write(self._sessions, work, "meeting", numbered=True)

    def update(self, actor: Actor, meeting_id: int, version: int, inp: MeetingInput) -> MeetingDetail:
        """Correct the minutes (its kind and number stay); the figures stay as they were read."""
        require(actor, Perm.MEETINGS_EDIT)
        held_on = self._check(inp)

        def work(s: Session) -> MeetingDetail:
            m = unit_of_work.load(s, Meeting, meeting_id, version)
            if inp.kind != m.kind:
                raise ValidationError("kind", "kind_fixed")
            if held_on.year != m.year:
                raise ValidationError("held_at", "other_year")
            before = _values(m)
            start, end = (inp.period_from or m.period_from), (inp.period_to or m.period_to)
            self._fill(m, inp, start, end)
            m.updated_at = self._now()
            s.flush()
            self._set_attendees(s, m, inp)
            record(
                s,
                actor,
                "update",
                "meeting",
                m.id,
                f"修改{meeting_label(m.kind, m.year, m.seq)}纪要",
                before=before,
                after=_values(m),
            )
            return _detail(s, m, self._today())

        return unit_of_work.write(self._sessions, work, "meeting")

    def refresh_figures(self, actor: Actor, meeting_id: int, version: int) -> MeetingDetail:
        require(actor, Perm.MEETINGS_EDIT)
        with self._sessions() as s:
            m = unit_of_work.load(s, Meeting, meeting_id, version)
            start, end = m.period_from, m.period_to
        figs = self.figures(actor, start, end)

        def work(s: Session) -> MeetingDetail:
            m = unit_of_work.load(s, Meeting, meeting_id, version)
            self._set_figures(m, figs, self._now())
            s.flush()
            record(s, actor, "update", "meeting", m.id, "重新统计会议纪要数据")
            return _detail(s, m, self._today())

        return unit_of_work.write(self._sessions, work, "meeting")

    def void(self, actor: Actor, meeting_id: int, version: int, reason: str) -> None:
        require(actor, Perm.MEETINGS_EDIT)
        reason = text_field(reason, "reason", required=True, limit=500)

        def work(s: Session) -> None:
            m = unit_of_work.load(s, Meeting, meeting_id, version)
            m.voided_at, m.void_reason = self._now(), reason
            for t in s.scalars(
                select(WorkTask).where(WorkTask.meeting_id == m.id, WorkTask.voided_at.is_(None))
            ):
                t.voided_at, t.void_reason = m.voided_at, f"会议纪要作废：{reason}"
            s.flush()
            record(s, actor, "void", "meeting", m.id, "作废会议纪要", reason=reason)

        unit_of_work.write(self._sessions, work, "meeting")

    def _check(self, inp: MeetingInput) -> date:
        if inp.kind not in MEETING_KIND:
            raise ValidationError("kind", "unknown_meeting_kind")
        if inp.held_at.tzinfo is None:
            raise ValidationError("held_at", "bad_date")
        held_on = local_day(inp.held_at)
        if held_on > self._today() + timedelta(days=60):
            raise ValidationError("held_at", "too_far_ahead")
        if len(inp.attendees) > MAX_ATTENDEES:
            raise ValidationError("attendees", "too_many_attendees", limit=MAX_ATTENDEES)
        return held_on

    def _period(self, inp: MeetingInput, held_on: date) -> tuple[date, date]:
        start, end = self.default_period(inp.kind, held_on)
        start, end = inp.period_from or start, inp.period_to or end
        if end < start:
            raise ValidationError("period_to", "before_start")
        return start, end

    @staticmethod
    def _fill(m: Meeting, inp: MeetingInput, start: date, end: date) -> None:
        if end < start:
            raise ValidationError("period_to", "before_start")
        m.held_at = inp.held_at
        m.place = text_field(inp.place, "place", limit=200)
        m.chair = text_field(inp.chair, "chair", required=True, limit=64)
        m.recorder = text_field(inp.recorder, "recorder", required=True, limit=64)
        m.matters = text_field(inp.matters, "matters", limit=20000)
        m.period_from, m.period_to = start, end

    @staticmethod
    def _set_attendees(s: Session, m: Meeting, inp: MeetingInput) -> None:
        for old in s.scalars(select(MeetingAttendee).where(MeetingAttendee.meeting_id == m.id)):
            s.delete(old)
        for a in inp.attendees:
            if a.side not in ATTENDEE_SIDE:
                raise ValidationError("attendees", "unknown_side")
            name = (a.name or "").strip()
            if a.staff_id is not None:
                u = s.get(StaffUser, a.staff_id)
                if u is None:
                    raise ValidationError("attendees", "unknown_staff")
                name = name or u.full_name
            if not name:
                raise ValidationError("attendees", "required")
            org = text_field(a.organisation, "attendees", limit=100)
            s.add(
                MeetingAttendee(
                    meeting_id=m.id, side=a.side, staff_id=a.staff_id, name=name[:100], organisation=org
                )
            )
        s.flush()

    # -- decisions -------------------------------------------------------------------------------------------------
    def add_decision(self, actor: Actor, meeting_id: int, version: int, inp: DecisionInput) -> MeetingDetail:
        """A decision with its owner and due date: a task on the owner's list until done."""
        require(actor, Perm.MEETINGS_EDIT)

        def work(s: Session) -> MeetingDetail:
            m = unit_of_work.load(s, Meeting, meeting_id, version)
            if inp.due_on < local_day(m.held_at):
                raise ValidationError("due_on", "before_meeting")
            new_task(s, actor, inp.text, inp.owner_id, inp.due_on, meeting_id=m.id, field="decision")
            return _detail(s, m, self._today())

        return unit_of_work.write(self._sessions, work, "work_task")

    def void_decision(self, actor: Actor, task_id: int, version: int, reason: str) -> MeetingDetail:
        require(actor, Perm.MEETINGS_EDIT)
        reason = text_field(reason, "reason", required=True, limit=500)

        def work(s: Session) -> MeetingDetail:
            t = unit_of_work.load(s, WorkTask, task_id, version)
            if t.meeting_id is None:
                raise ValidationError("task", "not_a_decision")
            t.voided_at, t.void_reason = self._now(), reason
            s.flush()
            record(s, actor, "void", "work_task", t.id, "删除会议议定事项", reason=reason)
            return _detail(s, s.get(Meeting, t.meeting_id), self._today())

        return unit_of_work.write(self._sessions, work, "work_task")

    # -- reading -----------------------------------------------------------------------------------------------------
    def meetings(self, actor: Actor, *, kind: str | None = None, limit: int = 500) -> list[MeetingRow]:
        require(actor, Perm.MEETINGS_EDIT)
        q = select(Meeting).where(Meeting.voided_at.is_(None))
        if kind:
            q = q.where(Meeting.kind == kind)
        with self._sessions() as s:
            found = list(s.scalars(q.order_by(Meeting.held_at.desc(), Meeting.id.desc()).limit(limit)))
            return _rows(s, found)

    def get(self, actor: Actor, meeting_id: int) -> MeetingDetail:
        require(actor, Perm.MEETINGS_EDIT)
        with self._sessions() as s:
            return _detail(s, unit_of_work.load(s, Meeting, meeting_id), self._today())

    @staticmethod
    def detail_in(s: Session, meeting_id: int, today: date) -> MeetingDetail:
        """The minutes as they print (print loaders, in their session)."""
        return _detail(s, unit_of_work.load(s, Meeting, meeting_id), today)


def _detail(s: Session, m: Meeting, today: date) -> MeetingDetail:
    attendees = tuple(
        Attendee(a.side, a.name, a.organisation, a.staff_id)
        for a in s.scalars(
            select(MeetingAttendee).where(MeetingAttendee.meeting_id == m.id).order_by(MeetingAttendee.id)
        )
    )
    tasks = s.scalars(
        select(WorkTask)
        .where(WorkTask.meeting_id == m.id, WorkTask.voided_at.is_(None))
        .order_by(WorkTask.id)
    )
    figs = Figures(m.period_from, m.period_to, **{n: getattr(m, f"fig_{n}") for n in FIGURES})
    return MeetingDetail(
        _rows(s, [m])[0],
        m.recorder,
        m.matters,
        attendees,
        figs,
        m.figures_at,
        tuple(task_dtos(s, tasks, today)),
    )


def _rows(s: Session, meetings: list[Meeting]) -> list[MeetingRow]:
    ids = [m.id for m in meetings]
    counts: dict[int, list[int]] = {}
    if ids:
        for mid, done in s.execute(
            select(WorkTask.meeting_id, WorkTask.done_on).where(
                WorkTask.meeting_id.in_(ids), WorkTask.voided_at.is_(None)
            )
        ):
            c = counts.setdefault(mid, [0, 0])
            c[0] += 1
            c[1] += done is None
    return [
        MeetingRow(
            m.id, m.version, m.kind, m.year, m.seq, m.held_at, m.place, m.chair, *counts.get(m.id, [0, 0])
        )
        for m in meetings
    ]


def _values(m: Meeting) -> dict:
    return {
        "kind": m.kind,
        "held_at": m.held_at,
        "place": m.place,
        "chair": m.chair,
        "recorder": m.recorder,
        "period_from": m.period_from,
        "period_to": m.period_to,
        "matters_chars": len(m.matters or ""),
    }
