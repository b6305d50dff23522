"""The working rhythm's printed documents, loaded from the records: 集中排查登记表 and 零报告 (one round), 会议纪要,
社区警务工作周通报. Registered with the print service when the room's package is imported."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.orm import Session

from desktop.services.core.clock import CST, local_day
from desktop.services.core.clock import today as local_today
from desktop.services.core.errors import NotFound
from desktop.services.core.print_service import PrintService
from desktop.services.core.vocabulary import MEETING_KIND, SCREENING_AREA
from desktop.services.rhythm.bulletins import BulletinService
from desktop.services.rhythm.dto import Figures, RoundDTO
from desktop.services.rhythm.meetings import MeetingService
from desktop.services.rhythm.rounds import RoundService


def round_number(r: RoundDTO) -> str:
    if r.cadence == "weekly":
        year, week, _ = r.period_start.isocalendar()
        return f"排查〔{year}〕第{week}周"
    return f"排查〔{r.period_start.year}〕{r.period_start:%m%d}"


def _load_round(s: Session, record_id, actor, community, reveal):
    from desktop.printing.forms_rhythm import RoundAreaPrint, RoundPrintData

    if record_id is None:
        raise NotFound("screening_round", field="record_id")
    r = RoundService.round_in(s, record_id, local_today())
    return RoundPrintData(
        number=round_number(r),
        weekly=r.cadence == "weekly",
        period_start=r.period_start,
        period_end=r.period_end,
        due_on=r.due_on,
        sensitive=r.sensitive,
        held_on=r.held_on,
        participants=r.participants,
        signed_by=r.signed_by,
        submitted_on=r.submitted_on,
        areas=tuple(
            RoundAreaPrint(
                area=SCREENING_AREA.zh(a.area),
                nothing_found=a.nothing_found,
                findings=a.findings,
                linked=tuple(f.label for f in a.linked),
                measures=a.measures,
                unresolved=a.unresolved,
                responsible=a.responsible_name,
                resolve_by=a.resolve_by,
            )
            for a in r.areas
        ),
    )


def _n(value: int | None, unit: str) -> str:
    return "—" if value is None else f"{value}{unit}"


def figures_text(f: Figures) -> str:
    """The period's figures as the minutes say them; a figure the author could not read is —."""
    parts = [
        f"应开展集中排查{_n(f.rounds_due, '次')}，已报送{_n(f.rounds, '次')}，"
        f"发现问题{_n(f.findings, '项')}，零报告{_n(f.zero_areas, '项')}",
        f"收到网格上报{_n(f.grid_reports, '件')}，尚待分家{_n(f.unrouted, '件')}",
        f"在调矛盾纠纷{_n(f.open_cases, '件')}，其中超期{_n(f.overdue_cases, '件')}",
        f"信访事项三日内到期{_n(f.petitions_due, '件')}，已超期{_n(f.petitions_overdue, '件')}",
        f"重点人员随访七日内到期或逾期{_n(f.follow_ups_due, '人')}",
        f"安全隐患待整改{_n(f.hazards_open, '处')}，其中逾期{_n(f.hazards_overdue, '处')}",
    ]
    return "本期" + "；".join(parts) + "。"


def _load_minutes(s: Session, record_id, actor, community, reveal):
    from desktop.printing.forms_rhythm import DecisionPrint, MinutesData

    if record_id is None:
        raise NotFound("meeting", field="record_id")
    m = MeetingService.detail_in(s, record_id, local_today())

    def side(code: str) -> str:
        return "、".join(
            f"{a.name}（{a.organisation}）" if a.organisation else a.name
            for a in m.attendees
            if a.side == code
        )

    held = m.row.held_at.astimezone(CST)  # as the minutes were held: mainland time
    return MinutesData(
        kind=MEETING_KIND.zh(m.row.kind),
        number=m.row.number,
        held_at=held,
        place=m.row.place,
        chair=m.row.chair,
        recorder=m.recorder,
        staff=side("staff"),
        police=side("police"),
        invited=side("invited"),
        period_from=m.figures.period_from,
        period_to=m.figures.period_to,
        figures=figures_text(m.figures),
        matters=m.matters,
        decisions=tuple(DecisionPrint(d.text, d.owner_name, d.due_on, d.done_on) for d in m.decisions),
    )


def _load_bulletin(s: Session, record_id, actor, community, reveal):
    from desktop.printing.forms_rhythm import BulletinPrintData

    if record_id is None:
        raise NotFound("police_bulletin", field="record_id")
    b = BulletinService.get_in(s, record_id)
    return BulletinPrintData(
        week_start=b.week_start,
        week_end=b.week_start + timedelta(days=6),
        incidents=b.incidents,
        stability=b.stability,
        public_safety=b.public_safety,
        problems=b.problems,
        guidance=b.guidance,
        issued_by=b.issued_by,
        issued_on=local_day(b.issued_at) if b.issued_at else None,
    )


def _register() -> None:
    from desktop.printing import forms_rhythm as fr

    PrintService.register_loader(fr.RoundPrintData, _load_round)
    PrintService.register_loader(fr.MinutesData, _load_minutes)
    PrintService.register_loader(fr.BulletinPrintData, _load_bulletin)


_register()
