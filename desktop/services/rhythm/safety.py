"""公共安全治理 (founding document §三 4(6)): the units of the area and the hazards found in them.

- Units (辖区单位): shops, schools, factories, rental buildings ...; 重点列管单位 marked; contact, address, grid.
- Hazards (安全隐患): place, found by, severity, the unit or department told, a deadline for the correction,
  re-inspections (复查: corrected or not; a new deadline when not), closure (销号) after a re-inspection found it
  corrected; photos at each step. A hazard not corrected by its deadline is on the overdue list.
- A unit's history is one timeline: registered, each hazard found, told, re-inspected, closed.
Every create / change is audited; records of work are voided with a reason, never deleted.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import Attachment, Grid, GridReport, Hazard, HazardInspection, PublicUnit
from desktop.services.core import attachments, unit_of_work
from desktop.services.core.audit_service import changes, record
from desktop.services.core.clock import local_day
from desktop.services.core.clock import now as utc_now
from desktop.services.core.clock import today as local_today
from desktop.services.core.dto import Actor, AttachmentDTO
from desktop.services.core.errors import ValidationError
from desktop.services.core.permissions import Perm, require
from desktop.services.core.validators import check_phone, text_field
from desktop.services.core.vocabulary import HAZARD_KIND, HAZARD_SEVERITY, UNIT_KIND
from desktop.services.rhythm.dto import (
    HazardDetail,
    HazardInput,
    HazardRow,
    InspectionDTO,
    UnitDTO,
    UnitEvent,
    UnitInput,
)

OWNER = "hazard"  # attachments: "hazard.found", "hazard.inspection", "hazard.closure"
PHOTO_STAGES = ("found", "inspection", "closure")
READ_PERMS = (Perm.SAFETY_EDIT, Perm.ROUNDS_EDIT, Perm.ROUNDS_OVERSEE)


class SafetyService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        clock: Callable[[], date] = local_today,
        now: Callable[[], datetime] = utc_now,
    ):
        self._sessions = sessions
        self._today = clock
        self._now = now

    # -- units -----------------------------------------------------------------------------------------------
    def units(self, actor: Actor, *, text: str = "", key_only: bool = False) -> list[UnitDTO]:
        """The units of the area, 重点列管单位 first, with their open and overdue hazards."""
        require(actor, *READ_PERMS)
        q = select(PublicUnit).where(PublicUnit.voided_at.is_(None))
        if key_only:
            q = q.where(PublicUnit.key_unit.is_(True))
        if text.strip():
            q = q.where(PublicUnit.name.contains(text.strip(), autoescape=True))
        with self._sessions() as s:
            found = list(s.scalars(q.order_by(PublicUnit.key_unit.desc(), PublicUnit.name, PublicUnit.id)))
            return self._unit_dtos(s, found)

    def get_unit(self, actor: Actor, unit_id: int) -> UnitDTO:
        require(actor, *READ_PERMS)
        with self._sessions() as s:
            return self._unit_dtos(s, [unit_of_work.load(s, PublicUnit, unit_id)])[0]

    def create_unit(self, actor: Actor, inp: UnitInput) -> UnitDTO:
        require(actor, Perm.SAFETY_EDIT)

        def work(s: Session) -> UnitDTO:
            u = PublicUnit(created_by=actor.id, created_at=self._now())  # the day it joined the register
            self._fill_unit(s, u, inp)
            s.add(u)
            s.flush()
            record(s, actor, "create", "public_unit", u.id, f"登记辖区单位{u.name}", after=_unit_values(u))
            return self._unit_dtos(s, [u])[0]

        return unit_of_work.write(self._sessions, work, "public_unit")

    def update_unit(self, actor: Actor, unit_id: int, version: int, inp: UnitInput) -> UnitDTO:
        require(actor, Perm.SAFETY_EDIT)

        def work(s: Session) -> UnitDTO:
            u = unit_of_work.load(s, PublicUnit, unit_id, version)
            before = _unit_values(u)
            self._fill_unit(s, u, inp)
            b, a = changes(before, _unit_values(u))
            if a:
                s.flush()
                record(
                    s,
                    actor,
                    "update",
                    "public_unit",
                    u.id,
                    f"修改辖区单位{before['name']}",
                    before=b,
                    after=a,
                )
            return self._unit_dtos(s, [u])[0]

        return unit_of_work.write(self._sessions, work, "public_unit")

    @staticmethod
    def _fill_unit(s: Session, u: PublicUnit, inp: UnitInput) -> None:
        if inp.kind not in UNIT_KIND:
            raise ValidationError("kind", "unknown_unit_kind")
        if inp.grid_id is not None and s.get(Grid, inp.grid_id) is None:
            raise ValidationError("grid_id", "unknown_grid")
        u.name = text_field(inp.name, "name", required=True, limit=100)
        u.kind = inp.kind
        u.key_unit = bool(inp.key_unit)
        u.contact_name = text_field(inp.contact_name, "contact_name", limit=64)
        u.contact_phone = check_phone(inp.contact_phone, "contact_phone")
        u.address = text_field(inp.address, "address", limit=200)
        u.grid_id = inp.grid_id
        u.note = text_field(inp.note, "note", limit=2000)

    def _unit_dtos(self, s: Session, units: list[PublicUnit]) -> list[UnitDTO]:
        if not units:
            return []
        ids = [u.id for u in units]
        grids = dict(s.execute(select(Grid.id, Grid.name)).all())
        counts: dict[int, list[int]] = {}
        for uid, correct_by in s.execute(
            select(Hazard.unit_id, Hazard.correct_by).where(
                Hazard.unit_id.in_(ids), Hazard.status == "open", Hazard.voided_at.is_(None)
            )
        ):
            c = counts.setdefault(uid, [0, 0])
            c[0] += 1
            c[1] += correct_by < self._today()
        return [
            UnitDTO(
                u.id,
                u.version,
                u.name,
                u.kind,
                u.key_unit,
                u.contact_name,
                u.contact_phone or "",
                u.address,
                u.grid_id,
                grids.get(u.grid_id, ""),
                u.note,
                *counts.get(u.id, [0, 0]),
            )
            for u in units
        ]

    def unit_history(self, actor: Actor, unit_id: int) -> list[UnitEvent]:
        """The unit's one timeline, newest first: registered, each hazard found, told, re-inspected, closed."""
        require(actor, *READ_PERMS)
        with self._sessions() as s:
            u = unit_of_work.load(s, PublicUnit, unit_id)
            events = [UnitEvent(local_day(u.created_at), "unit", f"登记为辖区单位（{UNIT_KIND.zh(u.kind)}）")]
            hazards = list(
                s.scalars(select(Hazard).where(Hazard.unit_id == u.id, Hazard.voided_at.is_(None)))
            )
            for h in hazards:
                what = f"{HAZARD_SEVERITY.zh(h.severity)}：{HAZARD_KIND.zh(h.kind)}"
                events.append(
                    UnitEvent(h.found_on, "hazard", f"发现{what}", f"{h.place}　{h.description}", h.id)
                )
                if h.told_on:
                    events.append(
                        UnitEvent(
                            h.told_on,
                            "told",
                            f"告知{h.told_body}限期整改（{h.correct_by:%Y-%m-%d}前）",
                            "",
                            h.id,
                        )
                    )
                if h.status == "closed" and h.closed_on:
                    events.append(
                        UnitEvent(h.closed_on, "closed", f"隐患销号：{what}", h.closing_note or "", h.id)
                    )
            by_id = {h.id: h for h in hazards}
            for i in s.scalars(select(HazardInspection).where(HazardInspection.hazard_id.in_(list(by_id)))):
                verdict = "已整改" if i.corrected else "未整改"
                events.append(
                    UnitEvent(
                        i.inspected_on, "inspection", f"复查：{verdict}（{i.inspector}）", i.note, i.hazard_id
                    )
                )
        order = {"unit": 0, "hazard": 1, "told": 2, "inspection": 3, "closed": 4}
        return sorted(events, key=lambda e: (e.on, order[e.kind], e.hazard_id or 0), reverse=True)

    # -- hazards ---------------------------------------------------------------------------------------------
    def create_hazard(self, actor: Actor, inp: HazardInput) -> HazardDetail:
        return unit_of_work.write(
            self._sessions, lambda s: self._detail(s, self.add_hazard(s, actor, inp)), "hazard"
        )

    def add_hazard(self, s: Session, actor: Actor, inp: HazardInput) -> Hazard:
        """A hazard inside the caller's unit of work (a grid report routed here)."""
        require(actor, Perm.SAFETY_EDIT)
        if inp.kind not in HAZARD_KIND:
            raise ValidationError("kind", "unknown_hazard_kind")
        if inp.severity not in HAZARD_SEVERITY:
            raise ValidationError("severity", "unknown_severity")
        if inp.found_on > self._today():
            raise ValidationError("found_on", "in_future")
        if inp.correct_by < inp.found_on:
            raise ValidationError("correct_by", "before_found")
        if inp.told_on is not None and inp.told_on < inp.found_on:
            raise ValidationError("told_on", "before_found")
        unit = unit_of_work.load(s, PublicUnit, inp.unit_id) if inp.unit_id is not None else None
        if inp.grid_id is not None and s.get(Grid, inp.grid_id) is None:
            raise ValidationError("grid_id", "unknown_grid")
        h = Hazard(
            unit_id=inp.unit_id,
            grid_id=inp.grid_id if inp.grid_id is not None else (unit.grid_id if unit else None),
            kind=inp.kind,
            severity=inp.severity,
            place=text_field(inp.place or (unit.address if unit else ""), "place", required=True, limit=200),
            description=text_field(inp.description, "description", required=True, limit=5000),
            found_on=inp.found_on,
            found_by=text_field(inp.found_by, "found_by", required=True, limit=64),
            told_body=text_field(inp.told_body, "told_body", limit=100),
            told_on=inp.told_on,
            correct_by=inp.correct_by,
            status="open",
            created_by=actor.id,
        )
        s.add(h)
        s.flush()
        summary = f"登记安全隐患：{HAZARD_KIND.zh(h.kind)}（{HAZARD_SEVERITY.zh(h.severity)}）{h.place}"
        record(s, actor, "create", "hazard", h.id, summary, after=_hazard_values(h))
        return h

    def tell(
        self, actor: Actor, hazard_id: int, version: int, body: str, on: date, correct_by: date
    ) -> HazardDetail:
        """The unit or department told to correct it, and by when."""
        require(actor, Perm.SAFETY_EDIT)
        body = text_field(body, "told_body", required=True, limit=100)

        def work(s: Session) -> HazardDetail:
            h = self._open(s, hazard_id, version)
            if on < h.found_on or on > self._today():
                raise ValidationError("told_on", "bad_date")
            if correct_by < on:
                raise ValidationError("correct_by", "before_told")
            before = _hazard_values(h)
            h.told_body, h.told_on, h.correct_by = body, on, correct_by
            s.flush()
            b, a = changes(before, _hazard_values(h))
            record(s, actor, "update", "hazard", h.id, f"告知{body}限期整改安全隐患", before=b, after=a)
            return self._detail(s, h)

        return unit_of_work.write(self._sessions, work, "hazard")

    def reinspect(
        self,
        actor: Actor,
        hazard_id: int,
        version: int,
        *,
        on: date,
        inspector: str,
        corrected: bool,
        note: str = "",
        new_correct_by: date | None = None,
    ) -> HazardDetail:
        """复查: corrected (it may then be closed) or not (a new deadline is set, else it stays overdue)."""
        require(actor, Perm.SAFETY_EDIT)
        inspector = text_field(inspector, "inspector", required=True, limit=64)
        note = text_field(note, "note", limit=2000)

        def work(s: Session) -> HazardDetail:
            h = self._open(s, hazard_id, version)
            if on < h.found_on or on > self._today():
                raise ValidationError("inspected_on", "bad_date")
            if not corrected and new_correct_by is not None and new_correct_by < on:
                raise ValidationError("correct_by", "before_inspection")
            s.add(
                HazardInspection(
                    hazard_id=h.id,
                    inspected_on=on,
                    inspector=inspector,
                    corrected=corrected,
                    note=note,
                    created_by=actor.id,
                )
            )
            before = _hazard_values(h)
            if corrected:
                h.status = "corrected"
            elif new_correct_by is not None:
                h.correct_by = new_correct_by
            h.updated_at = self._now()  # the hazard's version moves with its re-inspections
            s.flush()
            b, a = changes(before, _hazard_values(h))
            verdict = "已整改" if corrected else "未整改"
            record(
                s,
                actor,
                "update",
                "hazard",
                h.id,
                f"复查安全隐患：{verdict}",
                before=b,
                after=a | {"note": note},
            )
            return self._detail(s, h)

        return unit_of_work.write(self._sessions, work, "hazard")

    def close(self, actor: Actor, hazard_id: int, version: int, *, on: date, note: str) -> HazardDetail:
        """销号: only after a re-inspection found it corrected."""
        require(actor, Perm.SAFETY_EDIT)
        note = text_field(note, "closing_note", required=True, limit=2000)

        def work(s: Session) -> HazardDetail:
            h = unit_of_work.load(s, Hazard, hazard_id, version)
            if h.status != "corrected":
                raise ValidationError("status", "not_corrected")
            if on > self._today() or on < h.found_on:
                raise ValidationError("closed_on", "bad_date")
            h.status, h.closed_on, h.closed_by, h.closing_note = "closed", on, actor.id, note
            s.flush()
            record(
                s,
                actor,
                "update",
                "hazard",
                h.id,
                "安全隐患销号",
                before={"status": "corrected"},
                after={"status": "closed"},
            )
            return self._detail(s, h)

        return unit_of_work.write(self._sessions, work, "hazard")

    def void_hazard(self, actor: Actor, hazard_id: int, version: int, reason: str) -> None:
        require(actor, Perm.SAFETY_EDIT)
        reason = text_field(reason, "reason", required=True, limit=500)

        def work(s: Session) -> None:
            h = unit_of_work.load(s, Hazard, hazard_id, version)
            h.voided_at, h.void_reason = self._now(), reason
            s.flush()
            record(s, actor, "void", "hazard", h.id, "作废安全隐患记录", reason=reason)

        unit_of_work.write(self._sessions, work, "hazard")

    @staticmethod
    def _open(s: Session, hazard_id: int, version: int) -> Hazard:
        h = unit_of_work.load(s, Hazard, hazard_id, version)
        if h.status != "open":
            raise ValidationError("status", "already_corrected")
        return h

    def add_photo(
        self, actor: Actor, hazard_id: int, stage: str, filename: str, data: bytes
    ) -> AttachmentDTO:
        require(actor, Perm.SAFETY_EDIT)
        if stage not in PHOTO_STAGES:
            raise ValidationError("stage", "unknown_stage")

        def work(s: Session) -> AttachmentDTO:
            h = unit_of_work.load(s, Hazard, hazard_id)
            row = attachments.store(s, actor, f"{OWNER}.{stage}", h.id, filename, data, field="photo")
            record(s, actor, "create", "attachment", row.id, f"安全隐患添加照片{row.filename}")
            return attachments.dto(row, category=stage)

        return unit_of_work.write(self._sessions, work, "attachment")

    def photo_data(self, actor: Actor, attachment_id: int) -> tuple[str, str, bytes]:
        require(actor, *READ_PERMS)
        with self._sessions() as s:
            row = attachments.load(s, attachment_id, {OWNER})
            return row.filename, row.mime_type, row.data

    def get_hazard(self, actor: Actor, hazard_id: int) -> HazardDetail:
        require(actor, *READ_PERMS)
        with self._sessions() as s:
            return self._detail(s, unit_of_work.load(s, Hazard, hazard_id))

    def hazards(
        self, actor: Actor, *, status: str | None = None, unit_id: int | None = None, overdue: bool = False
    ) -> list[HazardRow]:
        """Hazards, the most overdue first; ``overdue``: open ones past their correction deadline only."""
        require(actor, *READ_PERMS)
        q = select(Hazard).where(Hazard.voided_at.is_(None))
        if overdue:
            q = q.where(Hazard.status == "open", Hazard.correct_by < self._today())
        elif status:
            q = q.where(Hazard.status == status)
        if unit_id is not None:
            q = q.where(Hazard.unit_id == unit_id)
        with self._sessions() as s:
            found = s.scalars(q.order_by(Hazard.status != "open", Hazard.correct_by, Hazard.id))
            return self._rows(s, list(found))

    def overdue(self, actor: Actor) -> list[HazardRow]:
        return self.hazards(actor, overdue=True)

    def counts(self, s: Session) -> tuple[int, int]:
        """(open, overdue) hazards, read in the caller's session (the figures of a period)."""
        base = (
            select(func.count())
            .select_from(Hazard)
            .where(Hazard.status == "open", Hazard.voided_at.is_(None))
        )
        return s.scalar(base) or 0, s.scalar(base.where(Hazard.correct_by < self._today())) or 0

    def _rows(self, s: Session, hazards: list[Hazard]) -> list[HazardRow]:
        unit_ids = {h.unit_id for h in hazards if h.unit_id}
        units = (
            dict(s.execute(select(PublicUnit.id, PublicUnit.name).where(PublicUnit.id.in_(unit_ids))).all())
            if unit_ids
            else {}
        )
        grids = dict(s.execute(select(Grid.id, Grid.name)).all())
        today = self._today()
        return [
            HazardRow(
                h.id,
                h.version,
                h.unit_id,
                units.get(h.unit_id, ""),
                grids.get(h.grid_id, ""),
                h.kind,
                h.severity,
                h.place,
                h.description,
                h.found_on,
                h.found_by,
                h.told_body,
                h.told_on,
                h.correct_by,
                h.status,
                h.closed_on,
                (today - h.correct_by).days if h.status == "open" and h.correct_by < today else 0,
            )
            for h in hazards
        ]

    def _detail(self, s: Session, h: Hazard) -> HazardDetail:
        inspections = tuple(
            InspectionDTO(i.id, i.inspected_on, i.inspector, i.corrected, i.note)
            for i in s.scalars(
                select(HazardInspection)
                .where(HazardInspection.hazard_id == h.id)
                .order_by(HazardInspection.inspected_on, HazardInspection.id)
            )
        )
        photos = tuple(
            attachments.dto(row, category=row.owner_kind.partition(".")[2])
            for row in s.execute(
                select(*attachments.LISTED)
                .where(Attachment.owner_kind.startswith(OWNER + "."), Attachment.owner_id == h.id)
                .order_by(Attachment.id)
            )
        )
        report = s.scalar(select(GridReport.id).where(GridReport.hazard_id == h.id))
        return HazardDetail(self._rows(s, [h])[0], inspections, photos, h.closing_note or "", report)


def _unit_values(u: PublicUnit) -> dict:
    return {
        "name": u.name,
        "kind": u.kind,
        "key_unit": u.key_unit,
        "contact_name": u.contact_name,
        "contact_phone": u.contact_phone,
        "address": u.address,
        "grid_id": u.grid_id,
        "note": u.note,
    }


def _hazard_values(h: Hazard) -> dict:
    return {
        "unit_id": h.unit_id,
        "kind": h.kind,
        "severity": h.severity,
        "place": h.place,
        "found_on": h.found_on,
        "found_by": h.found_by,
        "told_body": h.told_body,
        "told_on": h.told_on,
        "correct_by": h.correct_by,
        "status": h.status,
    }
