"""视频监控室 forms: 调阅监控录像审批表 (the volunteers' documents are in forms_volunteers)."""

from __future__ import annotations

from desktop.printing.context import RenderContext
from desktop.printing.form_data import (
    FOOTAGE_BASES,
    FootageRequestData,
)
from desktop.printing.layout import (
    SIZE_NOTE,
    Document,
    Group,
    L,
    Row,
    Space,
    V,
    choices,
    fmt_datetime,
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
