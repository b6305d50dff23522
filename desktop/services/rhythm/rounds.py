"""集中排查 rounds and the 零报告 (founding document §三 5(3)-(4)), and the sensitive periods that make them daily.

- A round covers a week (or, in a sensitive period, a day: ``schedule``) and has the five areas 治安问题, 矛盾纠纷,
  信访苗头, 重点人员, 公共安全. While it is open, each area shows the records of its period it found (the grid
  reports of those days by their kind or where they went, the hazards found); those are frozen into the round
  when it is signed, with what they read then.
- An area is reported either as 无 (nothing found: a zero report is still a report, dated and signed) or with
  what was found and done; 无 is refused for an area with records. What could not be resolved names who is
  responsible and by when (跟踪化解): signing makes it a task on that person's list.
- Signing (submit) needs every area reported; it dates and signs the round. After its due day it is late.
- The director (ROUNDS_OVERSEE) marks the sensitive periods and sees which rounds are due, late or missing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import (
    Grid,
    GridReport,
    Hazard,
    RoundArea,
    RoundFinding,
    ScreeningRound,
    SensitivePeriod,
    StaffUser,
)
from desktop.services.core import unit_of_work
from desktop.services.core.audit_service import changes, record
from desktop.services.core.calendar_service import CalendarService
from desktop.services.core.clock import CST, day_start
from desktop.services.core.clock import now as utc_now
from desktop.services.core.clock import today as local_today
from desktop.services.core.dto import Actor
from desktop.services.core.errors import ValidationError
from desktop.services.core.permissions import Perm, require
from desktop.services.core.timeline import short
from desktop.services.core.validators import text_field
from desktop.services.core.vocabulary import GRID_ROUTE, HAZARD_KIND, HAZARD_SEVERITY, SCREENING_AREA
from desktop.services.rhythm import schedule
from desktop.services.rhythm.dto import (
    AreaInput,
    FindingDTO,
    RoundAreaDTO,
    RoundDTO,
    RoundSlot,
    SensitivePeriodDTO,
)
from desktop.services.rhythm.grid_reports import area_of
from desktop.services.rhythm.tasks import check_owner, new_task, staff_choices

AREAS = SCREENING_AREA.codes()
MAX_PERIOD_DAYS = 92  # a sensitive period longer than a quarter is a mistake
MAX_SCHEDULE_DAYS = 400
READ_PERMS = (Perm.ROUNDS_EDIT, Perm.ROUNDS_OVERSEE)


class RoundService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        clock: Callable[[], date] = local_today,
        now: Callable[[], datetime] = utc_now,
    ):
        self._sessions = sessions
        self._today = clock
        self._now = now

    # -- sensitive periods -------------------------------------------------------------------------------------
    def periods(self, actor: Actor, *, since: date | None = None) -> list[SensitivePeriodDTO]:
        require(actor, *READ_PERMS)
        q = select(SensitivePeriod).where(SensitivePeriod.voided_at.is_(None))
        if since is not None:
            q = q.where(SensitivePeriod.ends_on >= since)
        with self._sessions() as s:
            return [_period_dto(p) for p in s.scalars(q.order_by(SensitivePeriod.starts_on.desc()))]

    def add_period(
        self, actor: Actor, name: str, starts_on: date, ends_on: date, note: str = ""
    ) -> SensitivePeriodDTO:
        """A sensitive period (the Spring Festival, a national meeting): its days have daily rounds."""
        require(actor, Perm.ROUNDS_OVERSEE)
        name = text_field(name, "name", required=True, limit=100)
        note = text_field(note, "note", limit=1000)
        if ends_on < starts_on:
            raise ValidationError("ends_on", "before_start")
        if (ends_on - starts_on).days >= MAX_PERIOD_DAYS:
            raise ValidationError("ends_on", "period_too_long", limit=MAX_PERIOD_DAYS)

        def work(s: Session) -> SensitivePeriodDTO:
            p = SensitivePeriod(
                name=name, starts_on=starts_on, ends_on=ends_on, note=note, created_by=actor.id
            )
            s.add(p)
            s.flush()
            summary = f"标记敏感时期{name}（{starts_on:%Y-%m-%d}至{ends_on:%Y-%m-%d}）"
            record(s, actor, "create", "sensitive_period", p.id, summary, after=_period_values(p))
            return _period_dto(p)

        return unit_of_work.write(self._sessions, work, "sensitive_period")

    def void_period(self, actor: Actor, period_id: int, version: int, reason: str) -> None:
        require(actor, Perm.ROUNDS_OVERSEE)
        reason = text_field(reason, "reason", required=True, limit=500)

        def work(s: Session) -> None:
            p = unit_of_work.load(s, SensitivePeriod, period_id, version)
            p.voided_at, p.void_reason = self._now(), reason
            s.flush()
            record(s, actor, "void", "sensitive_period", p.id, f"取消敏感时期{p.name}", reason=reason)

        unit_of_work.write(self._sessions, work, "sensitive_period")

    # -- which rounds are due ------------------------------------------------------------------------------------
    def schedule(self, actor: Actor, start: date, end: date) -> list[RoundSlot]:
        """The rounds of ``start``..``end`` (not after today's week) and how each stands today, newest first."""
        require(actor, *READ_PERMS)
        if end < start or (end - start).days > MAX_SCHEDULE_DAYS:
            raise ValidationError("end", "bad_range")
        today = self._today()
        with self._sessions() as s:
            due = schedule.rounds_due(start, end, _periods(s), CalendarService.calendar_in(s))
            rounds = {
                (r.period_start, r.period_end): r
                for r in s.scalars(
                    select(ScreeningRound).where(
                        ScreeningRound.period_end >= start - timedelta(days=6),
                        ScreeningRound.period_start <= end,
                    )
                )
            }
            names = dict(s.execute(select(StaffUser.id, StaffUser.full_name)).all())
            areas: dict[int, list[bool]] = {}
            for rid, zero in s.execute(
                select(RoundArea.round_id, RoundArea.nothing_found).where(
                    RoundArea.round_id.in_([r.id for r in rounds.values()])
                )
            ):
                areas.setdefault(rid, []).append(zero)
        slots = []
        for d in due:
            r = rounds.get((d.period_start, d.period_end))
            submitted = r.submitted_on if r is not None else None
            marks = areas.get(r.id, []) if r is not None and r.submitted_on else []
            slots.append(
                RoundSlot(
                    d.cadence,
                    d.period_start,
                    d.period_end,
                    d.due_on,
                    schedule.status(d, submitted, today),
                    r.id if r is not None else None,
                    submitted,
                    names.get(r.signed_by, "") if r is not None else "",
                    d.sensitive,
                    sum(marks),
                    len(marks) - sum(marks),
                )
            )
        slots = [x for x in slots if x.status != "upcoming"]
        return sorted(slots, key=lambda x: (x.due_on, x.cadence == "weekly"), reverse=True)

    # -- a round -------------------------------------------------------------------------------------------------
    def open_round(self, actor: Actor, on: date | None = None) -> RoundDTO:
        """The round ``on`` (default today) belongs to, created with its five areas the first time."""
        require(actor, Perm.ROUNDS_EDIT)
        on = on or self._today()
        if on > self._today():
            raise ValidationError("on", "not_begun")

        def work(s: Session) -> RoundDTO:
            d = schedule.slot_for(on, _periods(s), CalendarService.calendar_in(s))
            r = s.scalar(
                select(ScreeningRound).where(
                    ScreeningRound.period_start == d.period_start, ScreeningRound.period_end == d.period_end
                )
            )
            if r is None:
                r = ScreeningRound(
                    cadence=d.cadence,
                    period_start=d.period_start,
                    period_end=d.period_end,
                    due_on=d.due_on,
                    created_by=actor.id,
                )
                s.add(r)
                s.flush()
                s.add_all(RoundArea(round_id=r.id, area=a, created_by=actor.id) for a in AREAS)
                s.flush()
                record(s, actor, "create", "screening_round", r.id, f"开始{_title(r)}")
            return _dto(s, r, self._today())

        try:
            return unit_of_work.write(self._sessions, work, "screening_round")
        except IntegrityError:  # another PC opened the same round at the same moment: it is there now
            return unit_of_work.write(self._sessions, work, "screening_round")

    def find_round(self, actor: Actor, on: date | None = None) -> tuple[schedule.Due, RoundDTO | None]:
        """The round ``on`` (default today) belongs to, and its record if it was begun (a read: nothing is
        created)."""
        require(actor, *READ_PERMS)
        on = on or self._today()
        with self._sessions() as s:
            d = schedule.slot_for(on, _periods(s), CalendarService.calendar_in(s))
            r = s.scalar(
                select(ScreeningRound).where(
                    ScreeningRound.period_start == d.period_start, ScreeningRound.period_end == d.period_end
                )
            )
            return d, (_dto(s, r, self._today()) if r is not None else None)

    def get_round(self, actor: Actor, round_id: int) -> RoundDTO:
        require(actor, *READ_PERMS)
        with self._sessions() as s:
            return self._dto(s, unit_of_work.load(s, ScreeningRound, round_id))

    def save_area(self, actor: Actor, area_id: int, version: int, inp: AreaInput) -> RoundDTO:
        """What one area found (or 无), what was done, and what is left for whom (跟踪化解)."""
        require(actor, Perm.ROUNDS_EDIT)
        findings = text_field(inp.findings, "findings", limit=5000)
        measures = text_field(inp.measures, "measures", limit=5000)
        unresolved = text_field(inp.unresolved, "unresolved", limit=2000)

        def work(s: Session) -> RoundDTO:
            a = unit_of_work.load(s, RoundArea, area_id, version)
            r = s.get(ScreeningRound, a.round_id)
            if r.submitted_at is not None:
                raise ValidationError("round", "already_submitted")
            if inp.nothing_found and (findings or measures or unresolved or _linked(s, r).get(a.area)):
                raise ValidationError("nothing_found", "has_findings")
            responsible, resolve_by = None, None
            if unresolved:
                responsible = check_owner(s, inp.responsible_id, "responsible_id")
                if inp.resolve_by is None:
                    raise ValidationError("resolve_by", "required")
                if inp.resolve_by < self._today():
                    raise ValidationError("resolve_by", "in_past")
                resolve_by = inp.resolve_by
            before = _area_values(a)
            a.nothing_found = bool(inp.nothing_found)
            a.findings, a.measures, a.unresolved = findings, measures, unresolved
            a.responsible_id, a.resolve_by = responsible, resolve_by
            b, after = changes(before, _area_values(a))
            if after:
                s.flush()
                what = "无" if a.nothing_found else "有"
                summary = f"{_title(r)}：{SCREENING_AREA.zh(a.area)}（{what}）"
                record(s, actor, "update", "round_area", a.id, summary, before=b, after=after)
            return _dto(s, r, self._today())

        return unit_of_work.write(self._sessions, work, "round_area")

    def submit(
        self, actor: Actor, round_id: int, version: int, *, held_on: date, participants: str
    ) -> RoundDTO:
        """Sign the round: every area reported (无 or what was found); the records found are frozen into it,
        each unresolved matter becomes a task of its responsible person."""
        require(actor, Perm.ROUNDS_EDIT)
        participants = text_field(participants, "participants", required=True, limit=500)

        def work(s: Session) -> RoundDTO:
            r = unit_of_work.load(s, ScreeningRound, round_id, version)
            if r.submitted_at is not None:
                raise ValidationError("round", "already_submitted")
            if not r.period_start <= held_on <= self._today():
                raise ValidationError("held_on", "outside_period")
            areas = _areas(s, r.id)
            linked = _linked(s, r)
            for a in areas:
                if not (a.nothing_found or a.findings.strip() or linked.get(a.area)):
                    raise ValidationError("areas", "area_not_reported", area=a.area)
                if a.nothing_found and linked.get(a.area):  # a report of the period came in after the 无
                    raise ValidationError("nothing_found", "has_findings", area=a.area)
            for f in (f for found in linked.values() for f in found):
                s.add(
                    RoundFinding(
                        round_id=r.id, area=f.area, entity=f.entity, entity_id=f.entity_id, label=f.label
                    )
                )
            for a in areas:
                if a.unresolved:
                    new_task(
                        s,
                        actor,
                        f"{SCREENING_AREA.zh(a.area)}跟踪化解：{a.unresolved}",
                        a.responsible_id,
                        a.resolve_by,
                        round_id=r.id,
                    )
            r.held_on, r.participants = held_on, participants
            r.submitted_at, r.submitted_on, r.signed_by = self._now(), self._today(), actor.id
            s.flush()
            zero = [SCREENING_AREA.zh(a.area) for a in areas if a.nothing_found]
            summary = f"报送{_title(r)}" + (f"（零报告：{'、'.join(zero)}）" if zero else "")
            record(
                s,
                actor,
                "submit",
                "screening_round",
                r.id,
                summary,
                after={
                    "held_on": held_on,
                    "zero_areas": zero,
                    "findings": sum(len(v) for v in linked.values()),
                },
            )
            return _dto(s, r, self._today())

        return unit_of_work.write(self._sessions, work, "screening_round")

    @staticmethod
    def round_in(s: Session, round_id: int, today: date) -> RoundDTO:
        """The round as its printed register shows it (print loaders, in their session)."""
        return _dto(s, unit_of_work.load(s, ScreeningRound, round_id), today)

    def period_counts(self, s: Session, start: date, end: date) -> tuple[int, int, int, int]:
        """(rounds signed, rounds due, areas with findings, areas reported 无) of rounds due in the period."""
        due = [
            d
            for d in schedule.rounds_due(start, end, _periods(s), CalendarService.calendar_in(s))
            if start <= d.due_on <= end
        ]
        signed = list(
            s.scalars(
                select(ScreeningRound).where(
                    ScreeningRound.submitted_at.is_not(None),
                    ScreeningRound.due_on >= start,
                    ScreeningRound.due_on <= end,
                )
            )
        )
        marks = list(
            s.scalars(select(RoundArea.nothing_found).where(RoundArea.round_id.in_([r.id for r in signed])))
        )
        return len(signed), len(due), marks.count(False), marks.count(True)


# -- what a round found ----------------------------------------------------------------------------------------


def _linked(s: Session, r: ScreeningRound) -> dict[str, tuple[FindingDTO, ...]]:
    """By area: the frozen findings of a signed round, or the records of its period while it is open."""
    out: dict[str, list[FindingDTO]] = {}
    if r.submitted_at is not None:
        for f in s.scalars(
            select(RoundFinding).where(RoundFinding.round_id == r.id).order_by(RoundFinding.id)
        ):
            out.setdefault(f.area, []).append(FindingDTO(f.area, f.entity, f.entity_id, f.label))
        return {k: tuple(v) for k, v in out.items()}
    grids = dict(s.execute(select(Grid.id, Grid.name)).all())
    start, end = day_start(r.period_start), day_start(r.period_end + timedelta(days=1))
    for g in s.scalars(
        select(GridReport)
        .where(GridReport.voided_at.is_(None), GridReport.reported_at >= start, GridReport.reported_at < end)
        .order_by(GridReport.reported_at, GridReport.id)
    ):
        area = area_of(g.kind, g.route)
        if area is None:
            continue
        at = g.reported_at.astimezone(CST)
        where = (
            GRID_ROUTE.zh(g.route) + (f" {g.route_target}" if g.route_target else "") if g.route else "待分家"
        )
        label = f"{at.month}月{at.day}日 {grids.get(g.grid_id, '')} 网格员{g.reporter_name}：{short(g.seen, 40)}（{where}）"
        out.setdefault(area, []).append(FindingDTO(area, "grid_report", g.id, label[:300]))
    from_reports = select(GridReport.hazard_id).where(GridReport.hazard_id.is_not(None))
    for h in s.scalars(
        select(Hazard)
        .where(
            Hazard.voided_at.is_(None),
            Hazard.found_on >= r.period_start,
            Hazard.found_on <= r.period_end,
            Hazard.id.not_in(from_reports),
        )
        .order_by(Hazard.found_on, Hazard.id)
    ):
        label = (
            f"{h.found_on.month}月{h.found_on.day}日 {HAZARD_KIND.zh(h.kind)}隐患（{HAZARD_SEVERITY.zh(h.severity)}）："
            f"{h.place} {short(h.description, 40)}"
        )
        out.setdefault("public_safety", []).append(FindingDTO("public_safety", "hazard", h.id, label[:300]))
    return {k: tuple(v) for k, v in out.items()}


def _dto(s: Session, r: ScreeningRound, today: date) -> RoundDTO:
    names = dict(s.execute(select(StaffUser.id, StaffUser.full_name)).all())
    linked = _linked(s, r)
    areas = tuple(
        RoundAreaDTO(
            a.id,
            a.version,
            a.area,
            a.nothing_found,
            a.findings,
            a.measures,
            a.unresolved,
            a.responsible_id,
            names.get(a.responsible_id, ""),
            a.resolve_by,
            linked.get(a.area, ()),
        )
        for a in _areas(s, r.id)
    )
    due = schedule.Due(r.cadence, r.period_start, r.period_end, r.due_on)
    sensitive = ""
    if r.cadence == schedule.DAILY:
        sensitive = next((p.name for p in _periods(s) if p.covers(r.period_start)), "")
    return RoundDTO(
        r.id,
        r.version,
        r.cadence,
        r.period_start,
        r.period_end,
        r.due_on,
        r.held_on,
        r.participants,
        r.submitted_at,
        r.submitted_on,
        names.get(r.signed_by, ""),
        schedule.status(due, r.submitted_on, today),
        sensitive,
        areas,
        staff_choices(s),
    )


# -- helpers ---------------------------------------------------------------------------------------------------


def _periods(s: Session) -> list[schedule.Period]:
    return [
        schedule.Period(p.name, p.starts_on, p.ends_on)
        for p in s.scalars(select(SensitivePeriod).where(SensitivePeriod.voided_at.is_(None)))
    ]


def _areas(s: Session, round_id: int) -> list[RoundArea]:
    found = {a.area: a for a in s.scalars(select(RoundArea).where(RoundArea.round_id == round_id))}
    return [found[a] for a in AREAS if a in found]


def _title(r: ScreeningRound) -> str:
    if r.period_start == r.period_end:
        return f"{r.period_start:%Y-%m-%d}集中排查（敏感时期每日）"
    return f"{r.period_start:%Y-%m-%d}至{r.period_end:%Y-%m-%d}集中排查"


def _period_dto(p: SensitivePeriod) -> SensitivePeriodDTO:
    return SensitivePeriodDTO(p.id, p.version, p.name, p.starts_on, p.ends_on, p.note)


def _period_values(p: SensitivePeriod) -> dict:
    return {"name": p.name, "starts_on": p.starts_on, "ends_on": p.ends_on, "note": p.note}


def _area_values(a: RoundArea) -> dict:
    return {
        "nothing_found": a.nothing_found,
        "findings": a.findings,
        "measures": a.measures,
        "unresolved": a.unresolved,
        "responsible_id": a.responsible_id,
        "resolve_by": a.resolve_by,
    }
