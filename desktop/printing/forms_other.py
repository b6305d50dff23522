"""视频监控室 and volunteer forms: 调阅监控录像审批表, 志愿服务证明, 志愿者花名册."""

from __future__ import annotations

from desktop.printing.context import RenderContext
from desktop.printing.form_data import (
    FOOTAGE_BASES,
    FootageRequestData,
    VolunteerCertificateData,
    VolunteerRosterData,
)
from desktop.printing.layout import (
    SIZE_NOTE,
    SIZE_SMALL,
    Document,
    Group,
    L,
    Row,
    Space,
    V,
    blank,
    choices,
    fields_line,
    fmt_date,
    fmt_datetime,
    paragraph,
    seal_block,
)
from desktop.printing.texts import FOOTAGE_NOTE
from desktop.services.core.vocabulary import FOOTAGE_DECISION

_SHORT_TIME = "　　年　月　日　时　分"


def footage_request(ctx: RenderContext, f: FootageRequestData | None) -> bytes:
    doc = Document("调阅监控录像审批表", subject=ctx.centre)
    doc.heading("调阅监控录像审批表", unit=ctx.centre, number=f.number if f else "")
    e = f or FootageRequestData(number="")
    window = (
        f"{fmt_datetime(e.window_start)} 至 {fmt_datetime(e.window_end)}"
        if f and e.window_start
        else f"{_SHORT_TIME} 至 {_SHORT_TIME}"
    )
    decision = choices((FOOTAGE_DECISION.zh("approved"), FOOTAGE_DECISION.zh("refused")), e.decision or None)
    doc.table(
        [
            Row([L("申请单位", 25), V(e.requester_org, 131)]),
            Row([L("调阅人", 25), V(e.requester_name, 53), L("证件号码", 25), V(e.requester_id, 53)]),
            Row([L("调阅依据", 25), V(choices(FOOTAGE_BASES, e.basis or None), 131)]),
            Row([L("调阅事由", 25), V(e.reason, 131)], 30),
            Row([L("监控点位", 25), V(e.camera, 131)], 14),
            Row([L("录像时段", 25), V(window, 131)]),
        ]
    )
    doc.add(
        Group(
            "审批",
            12,
            [
                [L("审批意见", 25), V(decision, 119)],
                [
                    L("审批人", 25),
                    V(e.approver, 39),
                    L("审批时间", 21),
                    V(fmt_datetime(e.decided_at, _SHORT_TIME), 59),
                ],
            ],
            [12, 12],
        )
    )
    doc.table(
        [
            Row(
                [
                    L("调阅时间", 25),
                    V(fmt_datetime(e.accessed_at, _SHORT_TIME), 53),
                    L("经办人", 25),
                    V(e.handler, 53),
                ]
            ),
            Row([L("调阅人签名", 25), V("", 53), L("值班员签名", 25), V("", 53)], 14),
            Row([L("备注", 25), V("", 131)], 16),
        ]
    )
    doc.add(Space(2))
    doc.table([Row([V(FOOTAGE_NOTE, 156, size=SIZE_NOTE)])])
    return doc.render()


def volunteer_certificate(ctx: RenderContext, v: VolunteerCertificateData | None) -> bytes:
    doc = Document("志愿服务证明", subject=ctx.centre)
    issuer = (v.issuer if v and v.issuer else "") or ctx.centre
    doc.heading("志愿服务证明", unit=issuer, number=v.cert_no if v else "")
    doc.add(Space(3))
    if v:
        ident = "，".join(
            x
            for x in (
                f"{v.id_type}：{v.id_number}" if v.id_number else "",
                f"志愿者编号：{v.volunteer_no}" if v.volunteer_no else "",
            )
            if x
        )
        ident = f"（{ident}）" if ident else ""
        period = (
            f"自{fmt_date(v.period_from)}至{fmt_date(v.period_to)}，" if v.period_from and v.period_to else ""
        )
        text = (
            f"兹证明{v.name}{ident}{period}在{issuer}参加志愿服务，经核实志愿服务记录，累计志愿服务时长"
            f"{blank(v.total_hours, 6)}小时（不含往返交通时间）。主要服务情况如下："
        )
    else:
        text = (
            "兹证明__________（证件类型及号码：______________________，志愿者编号：____________）"
            "自____年__月__日至____年__月__日，在本单位参加志愿服务，经核实志愿服务记录，累计志愿服务时长"
            "________小时（不含往返交通时间）。主要服务情况如下："
        )
    doc.add(paragraph(text))
    header = [Row([L("序号", 12), L("日期", 36), L("服务内容", 62), L("地点", 28), L("小时数", 18)])]
    items = list(v.services) if v else []
    rows = [
        Row(
            [
                V(str(i), 12, align="center"),
                V(fmt_date(s.day, ""), 36),
                V(s.content, 62),
                V(s.place, 28),
                V(s.hours, 18, align="center"),
            ]
        )
        for i, s in enumerate(items, 1)
    ]
    rows += [Row([V("", w) for w in (12, 36, 62, 28, 18)]) for _ in range(max(0, 5 - len(rows)))]
    doc.table(rows, header=header)
    doc.add(Space(2), paragraph("特此证明。"))
    doc.add(Space(2))
    doc.add(
        fields_line(
            [("负责人：", v.person_in_charge if v else None, 36), ("经办人：", v.handler if v else None, 36)],
            keep_with_next=True,
        )
    )
    doc.add(fields_line([("联系电话：", v.handler_phone if v else None, 50)], keep_with_next=True))
    doc.add(seal_block(issuer, v.issued_on if v else None, height_mm=28))
    doc.add(
        paragraph(
            "本证明依据《志愿服务条例》第十九条、第二十条，根据志愿服务记录无偿、如实出具。",
            size=SIZE_NOTE,
            indent_chars=0,
        )
    )
    return doc.render()


def volunteer_roster(ctx: RenderContext, r: VolunteerRosterData | None) -> bytes:
    """志愿者花名册: a ruled list over as many pages as it takes; the header row repeats on every page."""
    doc = Document("志愿者花名册", subject=ctx.centre)
    as_of = f"截至{fmt_date(r.as_of)}" if r and r.as_of else ""
    doc.heading("平安志愿者花名册", unit=ctx.centre, number=None)
    if as_of:
        doc.add(paragraph(as_of, size=10.5, indent_chars=0, align="right"))
    z = SIZE_SMALL
    widths = (11, 22, 11, 28, 27, 33, 24)
    header = [
        Row(
            [
                L(t, w, size=z)
                for t, w in zip(
                    ("序号", "姓名", "性别", "志愿者编号", "联系电话", "所属队伍", "加入日期"),
                    widths,
                    strict=True,
                )
            ],
            8,
        )
    ]
    items = list(r.rows) if r else []
    rows = [
        Row(
            [
                V(v, w, size=z, align="center" if k in (0, 2) else None)
                for k, (v, w) in enumerate(
                    zip(
                        (
                            str(i),
                            x.name,
                            x.sex,
                            x.volunteer_no,
                            x.phone,
                            x.team,
                            x.joined_on.isoformat() if x.joined_on else "",
                        ),
                        widths,
                        strict=True,
                    )
                )
            ],
            8,
        )
        for i, x in enumerate(items, 1)
    ]
    if not items:  # a blank roster: one page of empty ruled rows
        rows = [Row([V("", w) for w in widths], 9) for _ in range(20)]
    doc.table(rows, header=header)
    return doc.render()
