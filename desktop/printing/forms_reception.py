"""群众接待室 forms: 来访登记表, 受理告知书, 不予受理告知书. Each takes the data, or None for a blank form."""

from __future__ import annotations

from desktop.printing.context import RenderContext
from desktop.printing.form_data import URGENCIES, VISIT_OUTCOMES, PetitionNoticeData, VisitFormData
from desktop.printing.layout import (
    SIZE_BODY,
    SIZE_NOTE,
    Document,
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
from desktop.printing.texts import PETITION_HANDLING, personal_info_notice

_BLANK_TIME = "　　年　月　日　时　分"


def visit_register(ctx: RenderContext, v: VisitFormData | None) -> bytes:
    doc = Document("来访登记表", subject=ctx.centre)
    doc.heading("来访登记表", unit=ctx.centre, number=v.number if v else "")
    e = v or VisitFormData(number="", visitor_name="")
    count = f"{e.people_count}人" if v else ""
    group = choices(("是", "否"), ("是" if e.is_group else "否") if v else None)
    doc.table(
        [
            Row(
                [
                    L("姓名", 25),
                    V(e.visitor_name, 35),
                    L("性别", 21),
                    V(choices(("男", "女"), e.sex), 27),
                    L("年龄", 21),
                    V(e.age, 27),
                ]
            ),
            Row([L("证件类型", 25), V(e.id_type, 35), L("证件号码", 21), V(e.id_number, 75)]),
            Row(
                [
                    L("联系电话", 25),
                    V(e.phone, 35),
                    L("来访人数", 21),
                    V(count, 27),
                    L("集体访", 21),
                    V(group, 27),
                ]
            ),
            Row(
                [
                    L("推选代表", 25),
                    V(
                        e.representatives or ("" if v else "（集体访推选代表，不超过5人）"),
                        131,
                        size=12 if v else SIZE_NOTE,
                    ),
                ]
            ),
            Row([L("住址或工作单位", 25), V(e.address, 131)]),
            Row(
                [
                    L("来访时间", 25),
                    V(fmt_datetime(e.time_in, _BLANK_TIME), 56),
                    L("离开时间", 21),
                    V(fmt_datetime(e.time_out, _BLANK_TIME), 54),
                ]
            ),
            Row([L("来访目的", 25), V(e.purpose, 56), L("来访对象", 21), V(e.whom, 54)]),
            Row([L("来访事由及诉求", 25), V(e.content, 131)], 36),
            Row([L("处理结果", 25), V(choices(VISIT_OUTCOMES, e.outcome), 131)]),
            Row(
                [
                    L("紧急程度", 25),
                    V(choices(URGENCIES, e.urgency), 56),
                    L("接待人", 21),
                    V(e.handled_by, 54),
                ]
            ),
            Row([L("后续跟进", 25), V(e.follow_up, 131)], 16),
        ]
    )
    doc.add(fields_line([("来访人签名：", None, 40), ("接待人签名：", None, 40)], height_mm=12))
    doc.add(Space(2))
    doc.table(
        [Row([V(personal_info_notice(ctx.centre, ctx.community.phone, ctx.retention), 156, size=SIZE_NOTE)])]
    )
    return doc.render()


def _notice_head(doc: Document, ctx: RenderContext, title: str, p: PetitionNoticeData | None) -> None:
    doc.heading(title, unit=ctx.centre, number=p.petition_no if p else "")
    doc.add(Space(4))
    doc.add(paragraph(f"{blank(p.petitioner if p else '', 12)}：", indent_chars=0))


def _received(p: PetitionNoticeData | None) -> str:
    if p is None:
        return "你（们）于____年__月__日提出的关于____________________的信访事项"
    via = f"通过{p.channel}" if p.channel else ""
    return f"你（们）于{fmt_date(p.received_on)}{via}提出的关于{blank(p.subject, 20)}的信访事项"


def petition_acceptance_notice(ctx: RenderContext, p: PetitionNoticeData | None) -> bytes:
    doc = Document("信访事项受理告知书", subject=ctx.centre)
    _notice_head(doc, ctx, "信访事项受理告知书", p)
    query = (
        p.query
        if p and p.query
        else f"到{ctx.centre}群众接待室查询"
        + (f"，或拨打电话{ctx.community.phone}查询" if ctx.community.phone else "")
    )
    doc.add(
        paragraph(
            f"{_received(p)}，本单位已收到并登记。经审查，该信访事项属于本单位职权范围，根据《信访工作条例》第二十三条的"
            "规定，决定予以受理。"
        )
    )
    doc.add(paragraph(PETITION_HANDLING))
    doc.add(paragraph(f"查询办理进展及结果的方式：{query}。"))
    doc.add(paragraph("特此告知。"))
    doc.add(Space(6))
    doc.add(seal_block(ctx.centre, p.decided_on if p else None, size=SIZE_BODY, height_mm=40))
    return doc.render()


def petition_rejection_notice(ctx: RenderContext, p: PetitionNoticeData | None) -> bytes:
    doc = Document("信访事项不予受理告知书", subject=ctx.centre)
    _notice_head(doc, ctx, "信访事项不予受理告知书", p)
    reason = p.reason if p and p.reason else "________________________________________"
    refer = p.refer_to if p and p.refer_to else "____________________"
    doc.add(
        paragraph(
            f"{_received(p)}，本单位已收到并登记。经审查，{reason}，根据《信访工作条例》第二十三条、第三十一条的规定，"
            "本单位不予受理。"
        )
    )
    doc.add(paragraph(f"请你（们）向{refer}提出，或者依法通过诉讼、仲裁、行政复议等法定途径解决。"))
    doc.add(paragraph("特此告知。"))
    doc.add(Space(6))
    doc.add(seal_block(ctx.centre, p.decided_on if p else None, size=SIZE_BODY, height_mm=40))
    return doc.render()
