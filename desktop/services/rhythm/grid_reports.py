"""网格上报 and its 分家 (founding document §四 6-7: 下到网格一把抓、回到社区再分家).

A grid worker brings a matter back to the centre; the 综治社工 who receives it enters it (grid, reporter, time,
kind, place, the people involved, what was seen, photos). Then it is routed, in one step and one unit of work
with the record it becomes:
- a dispute case (the mediation room's intake, source 网格上报), a petition (the reception room's registration),
  a key-group follow-up record (the residents room), a hazard (this room's public-safety register),
- a note to the police officer (who marks it read), or closed as handled on the spot.
Every route says who, when and why (the reason is required), and the report shows where it went. A report
not yet routed stays on the unrouted list, whatever its age: nothing is off a list. Another room's rules apply
in its own entry point (who may register a petition, who may record a key-group follow-up).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import (
    Attachment,
    CodeItem,
    Grid,
    GridReport,
    GridReportPerson,
    KeyGroupMembership,
    Person,
    StaffUser,
)
from desktop.services.core import attachments, unit_of_work
from desktop.services.core.audit_service import record
from desktop.services.core.clock import CST, day_start, local_day
from desktop.services.core.clock import now as utc_now
from desktop.services.core.clock import today as local_today
from desktop.services.core.dto import Actor, AttachmentDTO, Choice
from desktop.services.core.errors import NotFound, ValidationError
from desktop.services.core.permissions import Perm, require
from desktop.services.core.validators import text_field
from desktop.services.core.vocabulary import GRID_ROUTE, HAZARD_KIND, HAZARD_SEVERITY
from desktop.services.mediation.dto import CaseInput, PartyInput
from desktop.services.reception.petition_dto import PetitionerInput, PetitionInput
from desktop.services.rhythm.dto import (
    GridChoice,
    GridReportDetail,
    GridReportInput,
    GridReportOptions,
    GridReportRow,
    HazardInput,
    ReportCounts,
)
from desktop.services.rhythm.report_rows import KIND_LIST, OWNER, report_rows

# the 集中排查 area a report belongs to: by its kind (the default codes), else by where it went
KIND_AREA = {
    "security": "security",
    "dispute": "dispute",
    "petition_lead": "petition",
    "key_person": "key_person",
    "hazard": "public_safety",
}
ROUTE_AREA = {
    "case": "dispute",
    "petition": "petition",
    "follow_up": "key_person",
    "hazard": "public_safety",
    "police": "security",
}
FUTURE_SLACK = timedelta(minutes=10)  # PCs' clocks differ a little
MAX_PEOPLE = 20
READ_PERMS = (Perm.GRID_REPORTS_EDIT, Perm.POLICE_NOTES, Perm.ROUNDS_EDIT, Perm.ROUNDS_OVERSEE)


def area_of(kind: str, route: str | None) -> str | None:
    return KIND_AREA.get(kind) or ROUTE_AREA.get(route or "")


class GridReportService:
    """``key_groups``, ``petitions``, ``mediation``: the other rooms' services whose entry points a route calls;
    ``safety``: this room's public-safety register (a hazard)."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        *,
        key_groups,
        petitions,
        mediation,
        safety,
        clock: Callable[[], date] = local_today,
        now: Callable[[], datetime] = utc_now,
    ):
        self._sessions = sessions
        self._key_groups = key_groups
        self._petitions = petitions
        self._mediation = mediation
        self._safety = safety
        self._today = clock
        self._now = now

    # -- the form's lists ------------------------------------------------------------------------------------
    def options(self, actor: Actor) -> GridReportOptions:
        require(actor, *READ_PERMS)
        with self._sessions() as s:
            workers = dict(s.execute(select(StaffUser.id, StaffUser.full_name)).all())
            grids = tuple(
                GridChoice(g.id, g.name, workers.get(g.worker_id, ""))
                for g in s.scalars(select(Grid).order_by(Grid.code, Grid.id))
            )
            return GridReportOptions(_codes(s, KIND_LIST), grids, _codes(s, "dispute_type"))

    # -- entry -----------------------------------------------------------------------------------------------
    def enter(self, actor: Actor, inp: GridReportInput) -> GridReportDetail:
        """A report as the grid worker brought it; it waits on the unrouted list until it is routed."""
        require(actor, Perm.GRID_REPORTS_EDIT)

        def work(s: Session) -> GridReportDetail:
            r = GridReport(received_by=actor.id, created_by=actor.id)
            self._fill(s, r, inp)
            s.add(r)
            s.flush()
            self._set_people(s, r, inp)
            record(
                s,
                actor,
                "create",
                "grid_report",
                r.id,
                f"登记网格上报：{_grid_name(s, r.grid_id)} {r.reporter_name}",
                after=_values(r) | {"people": [p.name for p in inp.people]},
            )
            return self._detail(s, r)

        return unit_of_work.write(self._sessions, work, "grid_report")

    def update(self, actor: Actor, report_id: int, version: int, inp: GridReportInput) -> GridReportDetail:
        """Correct a report before it is routed (after, the record it became holds the facts)."""
        require(actor, Perm.GRID_REPORTS_EDIT)

        def work(s: Session) -> GridReportDetail:
            r = self._unrouted(s, report_id, version)
            before = _values(r)
            self._fill(s, r, inp)
            s.flush()
            self._set_people(s, r, inp)
            record(s, actor, "update", "grid_report", r.id, "修改网格上报", before=before, after=_values(r))
            return self._detail(s, r)

        return unit_of_work.write(self._sessions, work, "grid_report")

    def void(self, actor: Actor, report_id: int, version: int, reason: str) -> None:
        """A report entered by mistake (twice, the wrong grid) leaves the lists, with a reason."""
        require(actor, Perm.GRID_REPORTS_EDIT)
        reason = text_field(reason, "reason", required=True, limit=500)

        def work(s: Session) -> None:
            r = self._unrouted(s, report_id, version)
            r.voided_at, r.void_reason = self._now(), reason
            s.flush()
            record(s, actor, "void", "grid_report", r.id, "作废网格上报", reason=reason)

        unit_of_work.write(self._sessions, work, "grid_report")

    def _fill(self, s: Session, r: GridReport, inp: GridReportInput) -> None:
        if s.get(Grid, inp.grid_id) is None:
            raise ValidationError("grid_id", "unknown_grid")
        kind_ok = s.scalar(
            select(func.count())
            .select_from(CodeItem)
            .where(CodeItem.list_name == KIND_LIST, CodeItem.code == inp.kind, CodeItem.active.is_(True))
        )
        if not kind_ok and inp.kind != r.kind:  # a report keeps a kind the administrator deactivated since
            raise ValidationError("kind", "unknown_grid_report_kind")
        at = inp.reported_at or self._now()
        if at.tzinfo is None:
            raise ValidationError("reported_at", "bad_date")
        if at > self._now() + FUTURE_SLACK:
            raise ValidationError("reported_at", "in_future")
        if len(inp.people) > MAX_PEOPLE:
            raise ValidationError("people", "too_many_people", limit=MAX_PEOPLE)
        r.grid_id = inp.grid_id
        r.kind = inp.kind
        r.reported_at = at
        r.reporter_name = text_field(inp.reporter_name, "reporter_name", required=True, limit=64)
        r.place = text_field(inp.place, "place", limit=200)
        r.seen = text_field(inp.seen, "seen", required=True, limit=5000)

    @staticmethod
    def _set_people(s: Session, r: GridReport, inp: GridReportInput) -> None:
        for old in s.scalars(select(GridReportPerson).where(GridReportPerson.report_id == r.id)):
            s.delete(old)
        for p in inp.people:
            name = (p.name or "").strip()
            if p.person_id is not None:
                person = s.get(Person, p.person_id)
                if person is None:
                    raise ValidationError("people", "unknown_person")
                name = name or person.name
            if not name:
                raise ValidationError("people", "required")
            s.add(GridReportPerson(report_id=r.id, person_id=p.person_id, name=name[:100]))
        s.flush()

    # -- photos ----------------------------------------------------------------------------------------------
    def add_photo(self, actor: Actor, report_id: int, filename: str, data: bytes) -> AttachmentDTO:
        require(actor, Perm.GRID_REPORTS_EDIT)

        def work(s: Session) -> AttachmentDTO:
            r = unit_of_work.load(s, GridReport, report_id)
            row = attachments.store(s, actor, OWNER, r.id, filename, data, field="photo")
            record(s, actor, "create", "attachment", row.id, f"网格上报添加照片{row.filename}")
            return attachments.dto(row)

        return unit_of_work.write(self._sessions, work, "attachment")

    def photo_data(self, actor: Actor, attachment_id: int) -> tuple[str, str, bytes]:
        require(actor, *READ_PERMS)
        with self._sessions() as s:
            row = attachments.load(s, attachment_id, {OWNER})
            return row.filename, row.mime_type, row.data

    # -- reading ---------------------------------------------------------------------------------------------
    def get(self, actor: Actor, report_id: int) -> GridReportDetail:
        require(actor, *READ_PERMS)
        with self._sessions() as s:
            return self._detail(s, unit_of_work.load(s, GridReport, report_id))

    def unrouted(self, actor: Actor) -> list[GridReportRow]:
        """Every report not yet routed, oldest first: the desk's list of what still needs 分家."""
        require(actor, *READ_PERMS)
        with self._sessions() as s:
            q = (
                select(GridReport)
                .where(GridReport.route.is_(None), GridReport.voided_at.is_(None))
                .order_by(GridReport.reported_at, GridReport.id)
            )
            return report_rows(s, list(s.scalars(q)))

    def reports(
        self,
        actor: Actor,
        start: date,
        end: date,
        *,
        grid_id: int | None = None,
        kind: str | None = None,
        route: str | None = None,
        limit: int = 2000,
    ) -> list[GridReportRow]:
        """Reports received on ``start``..``end`` (mainland days), newest first; ``route`` "none": unrouted."""
        require(actor, *READ_PERMS)
        q = select(GridReport).where(
            GridReport.voided_at.is_(None),
            GridReport.reported_at >= day_start(start),
            GridReport.reported_at < day_start(end + timedelta(days=1)),
        )
        if grid_id is not None:
            q = q.where(GridReport.grid_id == grid_id)
        if kind:
            q = q.where(GridReport.kind == kind)
        if route == "none":
            q = q.where(GridReport.route.is_(None))
        elif route:
            q = q.where(GridReport.route == route)
        with self._sessions() as s:
            found = s.scalars(q.order_by(GridReport.reported_at.desc(), GridReport.id.desc()).limit(limit))
            return report_rows(s, list(found))

    def counts(self, actor: Actor) -> ReportCounts:
        require(actor, *READ_PERMS)
        base = select(func.count()).select_from(GridReport)
        with self._sessions() as s:
            unrouted = base.where(GridReport.route.is_(None), GridReport.voided_at.is_(None))
            old = unrouted.where(GridReport.reported_at < day_start(self._today()))
            unread = base.where(
                GridReport.route == "police",
                GridReport.police_read_at.is_(None),
                GridReport.voided_at.is_(None),
            )
            return ReportCounts(s.scalar(unrouted) or 0, s.scalar(old) or 0, s.scalar(unread) or 0)

    # -- 分家 ------------------------------------------------------------------------------------------------
    def to_case(
        self,
        actor: Actor,
        report_id: int,
        version: int,
        *,
        reason: str,
        dispute_type: str,
        roles: Sequence[str] = (),
        police_flag: bool = False,
    ) -> GridReportDetail:
        """A dispute case of the mediation room (source 网格上报): the people of the report are its parties
        (``roles`` in their order; default: the first applicant, the others respondents)."""

        def make(s: Session, r: GridReport) -> tuple[str, dict]:
            people = _people(s, r.id)
            parties = tuple(
                PartyInput(
                    role=roles[i] if i < len(roles) else ("applicant" if i == 0 else "respondent"),
                    name=p.name,
                    person_id=p.person_id,
                )
                for i, p in enumerate(people)
            )
            c = self._mediation.register_case(
                s,
                actor,
                CaseInput(
                    source="grid",
                    dispute_type=dispute_type,
                    facts=_facts(s, r),
                    parties=parties,
                    accepted_on=min(local_day(r.reported_at), self._today()),
                    grid_id=r.grid_id,
                    people_involved=max(len(parties), 1),
                    police_flag=police_flag,
                ),
            )
            return c.case_no, {"dispute_case_id": c.id}

        return self._route(actor, report_id, version, "case", reason, make, numbered=True)

    def to_petition(
        self,
        actor: Actor,
        report_id: int,
        version: int,
        *,
        reason: str,
        category: str = "claim",
        channel: str = "visit",
    ) -> GridReportDetail:
        """A petition of the reception room (信访苗头 registered as a 信访事项), the people as petitioners."""

        def make(s: Session, r: GridReport) -> tuple[str, dict]:
            people = _people(s, r.id)
            p = self._petitions.register_petition(
                s,
                actor,
                PetitionInput(
                    channel=channel,
                    category=category,
                    received_on=min(local_day(r.reported_at), self._today()),
                    petitioners=tuple(PetitionerInput(name=x.name, person_id=x.person_id) for x in people),
                    request=r.seen,
                    facts=_facts(s, r),
                ),
            )
            return p.petition_no, {"petition_id": p.id}

        return self._route(actor, report_id, version, "petition", reason, make, numbered=True)

    def to_follow_up(
        self,
        actor: Actor,
        report_id: int,
        version: int,
        *,
        reason: str,
        membership_id: int,
        way: str = "home_visit",
    ) -> GridReportDetail:
        """A follow-up record of a key-group member the report is about (重点人员动态), dated the day of the
        report; the residents room's rules decide who may record it and when the next one is due."""

        def make(s: Session, r: GridReport) -> tuple[str, dict]:
            m = s.get(KeyGroupMembership, membership_id)
            people = {p.person_id for p in _people(s, r.id)}
            if m is None or m.person_id not in people:
                raise ValidationError("membership_id", "not_in_report")
            f = self._key_groups.add_follow_up(
                s,
                actor,
                membership_id,
                done_on=min(local_day(r.reported_at), self._today()),
                way=way,
                content=_facts(s, r),
                findings=r.seen,
            )
            return "", {"follow_up_id": f.id}

        return self._route(actor, report_id, version, "follow_up", reason, make)

    def to_hazard(
        self,
        actor: Actor,
        report_id: int,
        version: int,
        *,
        reason: str,
        kind: str,
        severity: str,
        correct_by: date,
        unit_id: int | None = None,
        told_body: str = "",
    ) -> GridReportDetail:
        """A hazard of the public-safety register, found where and when the worker saw it."""

        def make(s: Session, r: GridReport) -> tuple[str, dict]:
            day = min(local_day(r.reported_at), self._today())
            h = self._safety.add_hazard(
                s,
                actor,
                HazardInput(
                    kind=kind,
                    severity=severity,
                    place=r.place or _grid_name(s, r.grid_id),
                    description=r.seen,
                    found_on=day,
                    found_by=r.reporter_name,
                    correct_by=correct_by,
                    unit_id=unit_id,
                    grid_id=r.grid_id,
                    told_body=told_body,
                    told_on=day if told_body.strip() else None,
                ),
            )
            label = f"{HAZARD_SEVERITY.zh(h.severity)}（{HAZARD_KIND.zh(h.kind)}）"
            return label, {"hazard_id": h.id}

        return self._route(actor, report_id, version, "hazard", reason, make)

    def to_police(self, actor: Actor, report_id: int, version: int, *, reason: str) -> GridReportDetail:
        """A note to the police officer: the reason says what they are to know or do; they mark it read."""
        return self._route(actor, report_id, version, "police", reason, lambda s, r: ("", {}))

    def handled(self, actor: Actor, report_id: int, version: int, *, reason: str) -> GridReportDetail:
        """Closed as handled on the spot: the reason says what was done."""
        return self._route(actor, report_id, version, "handled", reason, lambda s, r: ("", {}))

    def _route(
        self,
        actor: Actor,
        report_id: int,
        version: int,
        route: str,
        reason: str,
        make: Callable[[Session, GridReport], tuple[str, dict]],
        *,
        numbered: bool = False,
    ) -> GridReportDetail:
        require(actor, Perm.GRID_REPORTS_EDIT)
        reason = text_field(reason, "reason", required=True, limit=2000)

        def work(s: Session) -> GridReportDetail:
            r = self._unrouted(s, report_id, version)
            target, links = make(s, r)
            r.route, r.routed_at, r.routed_by = route, self._now(), actor.id
            r.route_reason, r.route_target = reason, target or None
            for k, v in links.items():
                setattr(r, k, v)
            s.flush()
            summary = f"网格上报分家：{GRID_ROUTE.zh(route)}{('　' + target) if target else ''}"
            record(
                s,
                actor,
                "handoff",
                "grid_report",
                r.id,
                summary,
                before={"route": None},
                after={"route": route, "reason": reason, "target": target, **links},
            )
            return self._detail(s, r)

        return unit_of_work.write(self._sessions, work, "grid_report", numbered=numbered)

    @staticmethod
    def _unrouted(s: Session, report_id: int, version: int) -> GridReport:
        r = unit_of_work.load(s, GridReport, report_id, version)
        if r.route is not None:
            raise ValidationError("route", "already_routed")
        return r

    # -- the police officer's notes ----------------------------------------------------------------------------
    def police_notes(
        self, actor: Actor, *, unread_only: bool = True, limit: int = 500
    ) -> list[GridReportRow]:
        """Reports routed as notes to the police officer, unread first, newest first."""
        require(actor, Perm.POLICE_NOTES)
        q = select(GridReport).where(GridReport.route == "police", GridReport.voided_at.is_(None))
        if unread_only:
            q = q.where(GridReport.police_read_at.is_(None))
        q = q.order_by(GridReport.police_read_at.is_not(None), GridReport.routed_at.desc()).limit(limit)
        with self._sessions() as s:
            return report_rows(s, list(s.scalars(q)))

    def mark_read(self, actor: Actor, report_id: int, version: int) -> GridReportDetail:
        require(actor, Perm.POLICE_NOTES)

        def work(s: Session) -> GridReportDetail:
            r = unit_of_work.load(s, GridReport, report_id, version)
            if r.route != "police":
                raise NotFound("police_note")
            if r.police_read_at is None:
                r.police_read_at, r.police_read_by = self._now(), actor.id
                s.flush()
                record(s, actor, "update", "grid_report", r.id, "社区民警已阅网格上报告知")
            return self._detail(s, r)

        return unit_of_work.write(self._sessions, work, "grid_report")

    # -- DTOs ------------------------------------------------------------------------------------------------
    @staticmethod
    def _detail(s: Session, r: GridReport) -> GridReportDetail:
        photos = tuple(
            attachments.dto(row)
            for row in s.execute(
                select(*attachments.LISTED)
                .where(Attachment.owner_kind == OWNER, Attachment.owner_id == r.id)
                .order_by(Attachment.id)
            )
        )
        return GridReportDetail(report_rows(s, [r])[0], photos)


# -- helpers ---------------------------------------------------------------------------------------------------


def _codes(s: Session, list_name: str) -> tuple[Choice, ...]:
    return tuple(
        Choice(c, label)
        for c, label in s.execute(
            select(CodeItem.code, CodeItem.label)
            .where(CodeItem.list_name == list_name, CodeItem.active.is_(True))
            .order_by(CodeItem.sort, CodeItem.id)
        )
    )


def _grid_name(s: Session, grid_id: int | None) -> str:
    return (s.scalar(select(Grid.name).where(Grid.id == grid_id)) or "") if grid_id else ""


def _people(s: Session, report_id: int) -> list[GridReportPerson]:
    return list(
        s.scalars(
            select(GridReportPerson)
            .where(GridReportPerson.report_id == report_id)
            .order_by(GridReportPerson.id)
        )
    )


def _facts(s: Session, r: GridReport) -> str:
    """What the record a report becomes says of it: who brought it back, when, where, what was seen."""
    at = r.reported_at.astimezone(CST)
    where = f"在{r.place}" if r.place else ""
    return (
        f"网格员{r.reporter_name}（{_grid_name(s, r.grid_id)}）{at.month}月{at.day}日{at:%H:%M}上报{where}："
        f"{r.seen}"
    )


def _values(r: GridReport) -> dict:
    return {
        "grid_id": r.grid_id,
        "reporter_name": r.reporter_name,
        "reported_at": r.reported_at,
        "kind": r.kind,
        "place": r.place,
        "seen": r.seen,
    }
