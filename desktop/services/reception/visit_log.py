"""The day's visitor log (来访登记簿) as printed, and the visits of a period as a masked spreadsheet."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import CodeItem, DisputeCase, Petition, StaffUser, Visit
from desktop.services.core.clock import CST, day_bounds
from desktop.services.core.permissions import mask_id_number, mask_phone
from desktop.services.core.vocabulary import SEX, URGENCY, VISIT_OUTCOME
from desktop.services.reception.dto import (
    VisitRow,
)

DAY_CLOSES = time(
    17, 30
)  # when the end-of-day step says a forgotten visitor left (*unverified*: configurable)
_ID_CHARS = re.compile(r"^[0-9X]+$")
_REP_SPLIT = re.compile(r"[、,，;；\s]+")


def build_visit_log(s: Session, day: date):
    """The day's visits as the 来访登记簿 prints them (ID numbers and phones masked)."""
    from desktop.printing.form_data import VisitLogData, VisitLogRow

    start, end = day_bounds(day)
    staff = dict(s.execute(select(StaffUser.id, StaffUser.full_name)).all())
    purposes = dict(
        s.execute(select(CodeItem.code, CodeItem.label).where(CodeItem.list_name == "visit_purpose")).all()
    )
    rows = []
    for v in s.scalars(
        select(Visit)
        .where(Visit.time_in >= start, Visit.time_in < end, Visit.voided_at.is_(None))
        .order_by(Visit.time_in, Visit.id)
    ):
        where = _where_to(s, v)
        rows.append(
            VisitLogRow(
                time_in=v.time_in.astimezone(CST),
                time_out=v.time_out.astimezone(CST) if v.time_out else None,
                name=v.visitor_name,
                sex=SEX.zh(v.visitor_sex),
                people=v.people_count or 1,
                id_number=mask_id_number(v.visitor_id_number),
                phone=mask_phone(v.visitor_phone),
                purpose=purposes.get(v.purpose, v.purpose),
                content=v.content or "",
                handled_by=staff.get(v.handled_by, "") if v.handled_by else "",
                outcome=VISIT_OUTCOME.zh(v.outcome),
                where=where,
                auto_closed=v.auto_closed,
            )
        )
    return VisitLogData(day=day, rows=tuple(rows))


def _where_to(s: Session, v: Visit) -> str:
    if v.petition_id:
        no = s.scalar(select(Petition.petition_no).where(Petition.id == v.petition_id))
        return f"信访{no}" if no else ""
    if v.dispute_case_id:
        no = s.scalar(select(DisputeCase.case_no).where(DisputeCase.id == v.dispute_case_id))
        return f"调解{no}" if no else ""
    if v.referral_note:
        return f"派出所：{v.referral_note}"
    return ""


_XLSX_HEADERS = (
    "序号",
    "来访时间",
    "离开时间",
    "姓名",
    "人数",
    "证件号码",
    "联系电话",
    "来访目的",
    "来访对象",
    "来访事由",
    "接待人",
    "处理结果",
    "去向",
    "紧急程度",
    "备注",
)


def visit_rows_xlsx(rows: Sequence[VisitRow], day_from: date, day_to: date) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "来访登记簿"
    span = (
        f"{day_from:%Y年%m月%d日}"
        if day_to == day_from
        else f"{day_from:%Y年%m月%d日}至{day_to:%Y年%m月%d日}"
    )
    ws.append([f"来访登记簿　{span}（证件号码、联系电话已遮蔽）"])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(list(_XLSX_HEADERS))
    for cell in ws[2]:
        cell.font = Font(bold=True)
    for i, r in enumerate(rows, 1):
        where = (
            f"信访{r.petition_no}"
            if r.petition_no
            else f"调解{r.case_no}"
            if r.case_no
            else f"派出所：{r.referral_note}"
            if r.referral_note
            else ""
        )
        ws.append(
            [
                i,
                r.time_in.astimezone(CST).strftime("%Y-%m-%d %H:%M"),
                r.time_out.astimezone(CST).strftime("%H:%M") if r.time_out else "",
                r.visitor_name,
                r.people_count,
                r.id_number,
                r.phone,
                r.purpose_label,
                r.whom,
                r.content,
                r.handled_by,
                VISIT_OUTCOME.zh(r.outcome),
                where,
                URGENCY.zh(r.urgency),
                "未登记离开，日终系统结束" if r.auto_closed else "",
            ]
        )
    for col, width in zip(
        "ABCDEFGHIJKLMNO", (6, 17, 8, 10, 6, 21, 14, 10, 10, 40, 10, 11, 24, 8, 22), strict=True
    ):
        ws.column_dimensions[col].width = width
    for row in ws.iter_rows(min_row=3):
        row[9].alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A3"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
