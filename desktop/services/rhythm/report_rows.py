"""Grid reports as their rows show them: the names they show read in one query per kind of name."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import Attachment, CodeItem, Grid, GridReport, GridReportPerson, StaffUser
from desktop.services.rhythm.dto import GridReportRow, ReportPerson

KIND_LIST = "grid_report_kind"  # the administrator's list of report kinds (code_item)
OWNER = "grid_report"  # attachments: the report's photos


def report_rows(s: Session, reports: list[GridReport]) -> list[GridReportRow]:
    """Rows with the names they show, read in one query per kind of name (not one per report)."""
    if not reports:
        return []
    ids = [r.id for r in reports]
    grids = dict(s.execute(select(Grid.id, Grid.name)).all())
    staff_ids = {x for r in reports for x in (r.received_by, r.routed_by) if x}
    staff = (
        dict(s.execute(select(StaffUser.id, StaffUser.full_name).where(StaffUser.id.in_(staff_ids))).all())
        if staff_ids
        else {}
    )
    kinds = dict(
        s.execute(select(CodeItem.code, CodeItem.label).where(CodeItem.list_name == KIND_LIST)).all()
    )
    people: dict[int, list[ReportPerson]] = {}
    for rid, pid, name in s.execute(
        select(GridReportPerson.report_id, GridReportPerson.person_id, GridReportPerson.name)
        .where(GridReportPerson.report_id.in_(ids))
        .order_by(GridReportPerson.id)
    ):
        people.setdefault(rid, []).append(ReportPerson(pid, name))
    photos = dict(
        s.execute(
            select(Attachment.owner_id, func.count())
            .where(Attachment.owner_kind == OWNER, Attachment.owner_id.in_(ids))
            .group_by(Attachment.owner_id)
        ).all()
    )
    return [
        GridReportRow(
            id=r.id,
            version=r.version,
            reported_at=r.reported_at,
            grid_id=r.grid_id,
            grid_name=grids.get(r.grid_id, ""),
            reporter_name=r.reporter_name,
            kind=r.kind,
            kind_label=kinds.get(r.kind, r.kind),
            place=r.place or "",
            seen=r.seen,
            people=tuple(people.get(r.id, ())),
            received_by=staff.get(r.received_by, ""),
            route=r.route,
            routed_at=r.routed_at,
            routed_by=staff.get(r.routed_by, ""),
            route_reason=r.route_reason or "",
            route_target=r.route_target or "",
            dispute_case_id=r.dispute_case_id,
            petition_id=r.petition_id,
            follow_up_id=r.follow_up_id,
            hazard_id=r.hazard_id,
            police_read_at=r.police_read_at,
            photos=photos.get(r.id, 0),
        )
        for r in reports
    ]
