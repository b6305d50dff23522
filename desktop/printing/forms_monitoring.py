"""视频监控室 documents: 值班记录 (a day), 交接班记录, 调阅登记簿 (the footage-access register) and the
摄像机登记台账. Pure: the data objects below in, PDF out; listed in the catalogue (registry.py).

The data objects are what the room's print loaders build when the services start, so this module imports
ReportLab (the layout) only when a document is drawn: it stays off the start-up path."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.printing.context import RenderContext


@dataclass(frozen=True)
class DutyRow:
    at: datetime
    kind: str
    camera: str
    content: str
    action: str
    reported_to: str
    operator: str


@dataclass(frozen=True)
class DutyLogPrintData:
    day: date
    rows: tuple[DutyRow, ...] = ()


@dataclass(frozen=True)
class HandoverPrintData:
    handed_at: datetime | None
    from_name: str
    to_name: str
    offline_cameras: tuple[str, ...] = ()
    open_matters: tuple[str, ...] = ()
    notes: str = ""
    accepted_at: datetime | None = None


@dataclass(frozen=True)
class RegisterRow:
    at: datetime
    number: str
    step: str
    detail: str
    username: str
    hash: str


@dataclass(frozen=True)
class FootageRegisterPrintData:
    rows: tuple[RegisterRow, ...] = ()
    verified: str = ""  # what the chain's check said when printed


@dataclass(frozen=True)
class CameraRow:
    code: str
    name: str
    location: str
    kind: str
    storage_days: int
    commissioned_on: date | None
    filed_on: date | None
    filing_no: str
    state: str


@dataclass(frozen=True)
class CameraRegisterPrintData:
    rows: tuple[CameraRow, ...] = field(default_factory=tuple)
    as_of: date | None = None


def _ruled(widths, header_texts, rows, blank_rows: int = 15, height: float = 9):
    from desktop.printing.layout import SIZE_SMALL, L, Row, V

    z = SIZE_SMALL
    header = [Row([L(t, w, size=z) for t, w in zip(header_texts, widths, strict=True)], 8)]
    body = [Row([V(v, w, size=z) for v, w in zip(r, widths, strict=True)], height) for r in rows]
    if not body:
        body = [Row([V("", w) for w in widths], height) for _ in range(blank_rows)]
    return body, header


def duty_log(ctx: RenderContext, d: DutyLogPrintData | None) -> bytes:
    from desktop.printing.layout import Document, Space, fields_line, fmt_date

    doc = Document("值班记录", subject=ctx.centre)
    doc.heading("视频监控室值班记录", unit=ctx.centre, number=fmt_date(d.day) if d else None)
    widths = (14, 16, 24, 46, 30, 14, 12)
    rows = [
        (f"{r.at.astimezone():%H:%M}", r.kind, r.camera, r.content, r.action, r.reported_to, r.operator)
        for r in (d.rows if d else ())
    ]
    body, header = _ruled(widths, ("时间", "类别", "点位", "情况", "处置", "报告对象", "值班员"), rows)
    doc.table(body, header=header)
    doc.add(Space(4), fields_line([("值班员签名：", None, 50), ("审核：", None, 50)]))
    return doc.render()


def handover(ctx: RenderContext, h: HandoverPrintData | None) -> bytes:
    from desktop.printing.layout import Document, L, Row, V, fmt_datetime

    doc = Document("交接班记录", subject=ctx.centre)
    doc.heading("视频监控室交接班记录", unit=ctx.centre, number=None)
    e = h or HandoverPrintData(None, "", "")
    offline = "\n".join(e.offline_cameras) or ("无" if h else "")
    matters = "\n".join(e.open_matters) or ("无" if h else "")
    doc.table(
        [
            Row(
                [
                    L("交班时间", 25),
                    V(fmt_datetime(e.handed_at), 53),
                    L("接班确认", 25),
                    V(fmt_datetime(e.accepted_at), 53),
                ]
            ),
            Row([L("交班人", 25), V(e.from_name, 53), L("接班人", 25), V(e.to_name, 53)]),
            Row([L("离线点位", 25), V(offline, 131)], 30),
            Row([L("未结事项", 25), V(matters, 131)], 40),
            Row([L("交接说明", 25), V(e.notes, 131)], 30),
            Row([L("交班人签名", 25), V("", 53), L("接班人签名", 25), V("", 53)], 14),
        ]
    )
    return doc.render()


def footage_register(ctx: RenderContext, r: FootageRegisterPrintData | None) -> bytes:
    from desktop.printing.layout import SIZE_SMALL, Document, Space, paragraph

    doc = Document("调阅登记簿", subject=ctx.centre)
    doc.heading("公共视频图像调阅登记簿", unit=ctx.centre, number=None)
    widths = (25, 24, 16, 63, 14, 14)
    rows = [
        (f"{x.at.astimezone():%Y-%m-%d %H:%M}", x.number, x.step, x.detail, x.username, x.hash[:8])
        for x in (r.rows if r else ())
    ]
    body, header = _ruled(widths, ("时间", "编号", "事项", "内容", "登记人", "校验"), rows)
    doc.table(body, header=header)
    if r and r.verified:
        doc.add(Space(2), paragraph(r.verified, size=SIZE_SMALL, indent_chars=0))
    doc.add(
        Space(2),
        paragraph(
            "依据《公共安全视频图像信息系统管理条例》第十六条，调阅、复制视频图像信息应当登记；本登记簿逐条"
            "哈希链接，任何一条被改动或删除均可查出。",
            size=SIZE_SMALL,
            indent_chars=0,
        ),
    )
    return doc.render()


def camera_register(ctx: RenderContext, r: CameraRegisterPrintData | None) -> bytes:
    from desktop.printing.layout import Document, fmt_date

    doc = Document("摄像机登记台账", subject=ctx.centre)
    doc.heading(
        "摄像机登记台账",
        unit=ctx.centre,
        number=fmt_date(r.as_of) if r and r.as_of else None,
    )
    widths = (16, 22, 38, 12, 12, 18, 18, 20)
    rows = [
        (
            c.code,
            c.name,
            c.location,
            c.kind,
            str(c.storage_days),
            fmt_date(c.commissioned_on, ""),
            fmt_date(c.filed_on, ""),
            f"{c.filing_no}{'' if c.state == '在用' else '（' + c.state + '）'}",
        )
        for c in (r.rows if r else ())
    ]
    body, header = _ruled(
        widths, ("编号", "名称", "安装位置", "类型", "存储天数", "启用日期", "备案日期", "备案编号"), rows
    )
    doc.table(body, header=header)
    return doc.render()
