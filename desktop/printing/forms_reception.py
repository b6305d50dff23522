"""群众接待室 forms: 来访登记表, 来访登记簿, 受理告知书, 不予受理告知书, 信访事项处理意见书. Each takes the data, or None
for a blank form."""

from __future__ import annotations

from desktop.printing.context import RenderContext
from desktop.printing.form_data import (
    PETITION_DECISIONS,
    URGENCIES,
    VISIT_OUTCOMES,
    PetitionDecisionData,
    PetitionNoticeData,
    VisitFormData,
    VisitLogData,
)
from desktop.printing.layout import (
    SIZE_4,
    SIZE_BODY,
    SIZE_CELL,
    SIZE_NOTE,
    SIZE_SMALL,
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
    if p and p.handle_by:
        doc.add(
            paragraph(f"本事项办结期限为{fmt_date(p.handle_by)}（星期{_WEEKDAYS[p.handle_by.weekday()]}）。")
        )
    doc.add(paragraph(f"查询办理进展及结果的方式：{query}。"))
    if p and p.calendar_note:
        doc.add(paragraph(p.calendar_note, size=SIZE_NOTE))
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


# -- 来访登记簿: the visits of a day ------------------------------------------------------------------------------

_WEEKDAYS = "一二三四五六日"
# 序号 | 来访、离开 | 姓名 | 人数 | 证件号码、联系电话 | 来访目的及事由 | 接待人 | 处理结果及去向  (mm, adding up to 156)
_LOG_COLUMNS = (
    ("序号", 7),
    ("时间", 13),
    ("姓名", 15),
    ("人数", 7),
    ("证件号码 / 联系电话", 35),
    ("来访目的及事由", 39),
    ("接待人", 11),
    ("处理结果及去向", 29),
)


def visit_daily_log(ctx: RenderContext, log: VisitLogData | None) -> bytes:
    doc = Document("来访登记簿", subject=ctx.centre)
    doc.heading("来访登记簿", unit=ctx.centre, number=None)
    day = log.day if log else None
    when = f"{fmt_date(day)}（星期{_WEEKDAYS[day.weekday()]}）" if day else "　　　　年　　月　　日（星期　）"
    count = f"　　共{len(log.rows)}批次、{sum(r.people for r in log.rows)}人次" if log else ""
    doc.add(paragraph(f"日期：{when}{count}", size=SIZE_CELL, indent_chars=0))
    doc.add(Space(2))
    size = SIZE_NOTE
    header = [Row([L(t, w, size=size) for t, w in _LOG_COLUMNS], 9)]
    rows = []
    entries = log.rows if log else ()
    for i, r in enumerate(entries, 1):
        span = r.time_in.strftime("%H:%M") if r.time_in else ""
        if r.time_out:
            span += f"\n{r.time_out:%H:%M}"
        if r.auto_closed:
            span += "\n日终\n结束"
        what = f"{r.purpose}：{r.content}" if r.content else r.purpose
        result = f"{r.outcome}\n{r.where}" if r.where else r.outcome
        ident = "\n".join(x for x in (r.id_number, r.phone) if x)
        name = f"{r.name}（{r.sex}）" if r.sex else r.name
        values = (str(i), span, name, str(r.people), ident, what, r.handled_by, result)
        rows.append(Row([V(v, w, size=size) for v, (_t, w) in zip(values, _LOG_COLUMNS, strict=True)], 9))
    if not entries:  # blank pages to write on by hand (or a day without visitors, said so)
        if log is not None:
            rows.append(Row([V("本日无来访登记", 156, size=SIZE_SMALL, align="center")], 10))
        else:
            rows.extend(Row([V("", w, size=size) for _t, w in _LOG_COLUMNS], 12) for _ in range(16))
    doc.table(rows, header=header)
    doc.add(Space(2))
    note = (
        "注：本簿记载的个人信息依据《个人信息保护法》第十三条第一款第三项处理，证件号码和联系电话已作遮蔽；"
        "仅限经授权的工作人员在职责范围内查阅，不得向无关单位和个人提供。"
    )
    if any(r.auto_closed for r in entries):
        note += "“日终结束”：来访人未登记离开，日终时由系统按下班时间结束来访。"
    doc.add(paragraph(note, size=SIZE_NOTE, indent_chars=0))
    doc.add(fields_line([("登记人：", None, 40), ("审核人：", None, 40)], height_mm=12))
    return doc.render()


# -- 信访事项处理意见书 (arts. 31(6), 32, 35) ---------------------------------------------------------------------------


def petition_decision(ctx: RenderContext, p: PetitionDecisionData | None) -> bytes:
    doc = Document("信访事项处理意见书", subject=ctx.centre)
    doc.heading("信访事项处理意见书", unit=ctx.centre, number=p.petition_no if p else "")
    e = p or PetitionDecisionData(petition_no="", petitioner="")
    doc.add(Space(2))
    doc.add(paragraph(f"信访人：{blank(e.petitioner, 12)}", indent_chars=0))
    if e.address or p is None:
        doc.add(paragraph(f"住址：{blank(e.address, 24)}", indent_chars=0))
    via = f"通过{e.channel}" if e.channel else ""
    received = fmt_date(e.received_on, "____年__月__日")
    accepted = (
        f"，本单位于{fmt_date(e.accepted_on)}受理"
        if e.accepted_on
        else ("，本单位于____年__月__日受理" if p is None else "")
    )
    doc.add(
        paragraph(
            f"你（们）于{received}{via}提出的信访事项{accepted}。经调查核实，现根据《信访工作条例》第三十一条、"
            "第三十二条的规定，提出处理意见如下："
        )
    )
    doc.add(paragraph("一、信访人投诉请求", bold=True))
    doc.add(paragraph(blank(e.request, 40)))
    doc.add(paragraph("二、事实和理由", bold=True))
    doc.add(paragraph(blank(e.facts, 40)))
    doc.add(paragraph("三、调查核实情况及处理意见", bold=True))
    doc.add(paragraph(blank(e.findings, 40)))
    doc.add(paragraph("处理意见：" + choices(PETITION_DECISIONS, e.decision or None)))
    explain = {
        "支持": "你（们）的请求事实清楚，符合法律、法规、规章或者其他有关规定，予以支持，本单位将督促有关机关、单位执行。",
        "解释说明": "你（们）的请求事由合理但缺乏法律依据，现作出解释说明。",
        "不予支持": "你（们）的请求缺乏事实根据或者不符合法律、法规、规章或者其他有关规定，不予支持。",
    }.get(e.decision)
    if explain:
        doc.add(paragraph(explain))
    doc.add(paragraph("四、法律法规依据", bold=True))
    doc.add(paragraph(blank(e.legal_basis, 40)))
    if e.extension:
        doc.add(paragraph(e.extension))
    doc.add(paragraph("五、救济途径", bold=True))
    body = e.review_body or "____________________"
    doc.add(
        paragraph(
            f"如对本处理意见不服，可以自收到本意见书之日起30日内向{body}请求复查（《信访工作条例》第三十五条）。"
        )
    )
    doc.add(paragraph("特此告知。"))
    doc.add(Space(6))
    doc.add(seal_block(ctx.centre, e.decided_on if p else None, size=SIZE_4, height_mm=36))
    doc.add(fields_line([("信访人签收：", None, 40), ("签收日期：", None, 36)], height_mm=12))
    return doc.render()
