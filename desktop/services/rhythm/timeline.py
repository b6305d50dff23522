"""The working-rhythm room's entries of a person's timeline: each grid report about them and where it went.

Shown to those who work with grid reports; a report on a key person's movements (重点人员动态) only to those who
may read key-group data, so the timeline does not tell anyone else that the person is in a key group."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import CodeItem, GridReport, GridReportPerson
from desktop.services.core.clock import local_day
from desktop.services.core.dto import Actor, TimelineEntry
from desktop.services.core.permissions import Perm, can
from desktop.services.core.timeline import short, timeline_source
from desktop.services.core.vocabulary import GRID_ROUTE
from desktop.services.rhythm.grid_reports import READ_PERMS
from desktop.services.rhythm.report_rows import KIND_LIST

SENSITIVE_KINDS = ("key_person",)


@timeline_source("grid_report")
def _grid_reports(s: Session, actor: Actor, person_id: int, visible) -> Iterable[TimelineEntry]:
    if not any(can(actor.role, p) for p in READ_PERMS):
        return
    kinds = dict(
        s.execute(select(CodeItem.code, CodeItem.label).where(CodeItem.list_name == KIND_LIST)).all()
    )
    q = (
        select(GridReport)
        .join(GridReportPerson, GridReportPerson.report_id == GridReport.id)
        .where(GridReportPerson.person_id == person_id, GridReport.voided_at.is_(None))
    )
    if not can(actor.role, Perm.KEY_GROUPS_READ):
        q = q.where(GridReport.kind.not_in(SENSITIVE_KINDS))
    for r in s.scalars(q):
        where = GRID_ROUTE.zh(r.route) if r.route else "待分家"
        title = f"网格上报：{kinds.get(r.kind, r.kind)}（{where}{' ' + r.route_target if r.route_target else ''}）"
        yield TimelineEntry(
            local_day(r.reported_at), r.reported_at, "grid_report", title, short(r.seen), r.id
        )
