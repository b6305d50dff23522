"""矛盾纠纷调处室 forms (人民调解法; 人民调解工作若干规定). Each takes the data, or None for a blank form."""

from __future__ import annotations

from desktop.printing.context import RenderContext
from desktop.printing.form_data import (
    CASE_FILE_DOCUMENTS,
    SATISFACTION,
    AgreementFormData,
    CaseFileFormData,
    CaseFormData,
    FileEntry,
    PartyData,
    ReturnVisitFormData,
    SessionFormData,
)
from desktop.printing.layout import (
    SIZE_4,
    SIZE_BODY,
    SIZE_CELL,
    Document,
    Group,
    L,
    Line,
    Row,
    Space,
    V,
    choices,
    fields_line,
    fmt_date,
    fmt_datetime,
    paragraph,
    seal_block,
    sign_lines,
)
from desktop.printing.texts import (
    AGREEMENT_EFFECT,
    APPLICATION_CONSENT,
    DUTIES,
    RIGHTS,
    RIGHTS_EFFECT,
    RIGHTS_INTRO,
)

_ROLE_ORDER = {"申请人": 0, "被申请人": 1}
_BLANK_PARTIES = (PartyData("申请人", ""), PartyData("被申请人", ""))


def _ordered(parties: tuple[PartyData, ...]) -> list[PartyData]:
    return sorted(parties, key=lambda p: _ROLE_ORDER.get(p.role, 2))


def _party_block(p: PartyData) -> Group:
    """姓名 性别 民族 年龄 / 职业或职务 联系方式 / 单位或住址, under the party's role."""
    return Group(
        p.role or "当事人",
        12,
        [
            [
                L("姓名", 13),
                V(p.name, 31),
                L("性别", 13),
                V(p.sex, 13),
                L("民族", 13),
                V(p.ethnicity, 28),
                L("年龄", 13),
                V(p.age, 20),
            ],
            [L("职业或职务", 25), V(p.occupation, 49), L("联系方式", 21), V(p.phone, 49)],
            [L("单位或住址", 25), V(p.address, 119)],
        ],
    )


def _date_line(day, *, size: float = SIZE_4) -> Line:
    return Line(fmt_date(day), size, size * 2.2, "right")


def _kept(lines: list[Line]) -> list[Line]:
    """Lines that stay on the page of what follows them (a closing sentence and its signature)."""
    for line in lines:
        line.keep_with_next = True
    return lines


def mediation_application(ctx: RenderContext, case: CaseFormData | None) -> bytes:
    doc = Document("人民调解申请书", subject=ctx.committee)
    doc.heading("人民调解申请书", unit=ctx.committee, number=case.case_no if case else "")
    parties = _ordered(case.parties) if case and case.parties else _BLANK_PARTIES
    doc.add(*[_party_block(p) for p in parties])
    doc.table(
        [
            Row([L("纠纷\n简要\n情况", 12), V(case.facts if case else "", 144)], 30 if case else 60),
            Row(
                [L("申请\n事项", 12), V(case.claims if case else "", 144)],
                20 if case else 35,
                keep_with_next=True,
            ),
        ]
    )
    doc.add(Space(3), _kept(paragraph(APPLICATION_CONSENT, size=SIZE_4)))
    doc.add(
        Space(2),
        fields_line([("申请人（签名盖章或按指印）：", None, 45)], align="right", keep_with_next=True),
    )
    doc.add(_date_line(None))
    return doc.render()


def mediation_acceptance(ctx: RenderContext, case: CaseFormData | None) -> bytes:
    doc = Document("人民调解受理登记表", subject=ctx.committee)
    doc.heading("人民调解受理登记表", unit=ctx.committee, number=case.case_no if case else "")
    if case:
        who = case.party_names or "________、________"
        opening = f"{fmt_date(case.accepted_on, '____年__月__日')}，本人民调解委员会经当事人同意，调解{who}之间的纠纷。"
    else:
        opening = "____年__月__日，本人民调解委员会经当事人同意，调解____________、____________之间的纠纷。"
    doc.add(paragraph(opening, size=SIZE_4), Space(2))
    roles = "；".join(f"{p.role}：{p.name}" for p in _ordered(case.parties)) if case else ""
    doc.table(
        [
            Row(
                [
                    L("纠纷类型", 25),
                    V(case.dispute_type if case else "", 53),
                    L("案件来源", 25),
                    V(case.source if case else "", 53),
                ]
            ),
            Row([L("当事人", 25), V(roles, 131)]),
            Row([L("纠纷简要\n情况", 25), V(case.facts if case else "", 131)], 85, keep_with_next=True),
            Row([L("当事人签名", 25), V("", 53), L("登记人签名", 25), V("", 53)], 16, keep_with_next=True),
        ]
    )
    doc.add(Space(4), seal_block(ctx.committee, case.accepted_on if case else None, note="（印章）"))
    return doc.render()


def mediation_rights_notice(ctx: RenderContext, case: CaseFormData | None) -> bytes:
    """四号 (14 pt) rather than 三号: the notice, its lists and both signatures stand on one page."""
    doc = Document("当事人权利义务告知书", subject=ctx.committee)
    doc.heading("当事人权利义务告知书", unit=ctx.committee, number=case.case_no if case else "")
    names = case.party_names if case and case.parties else "____________________"
    size = SIZE_4

    def par(text: str, indent: int = 2) -> list[Line]:
        return paragraph(text, size=size, indent_chars=indent, leading=size * 1.6)

    doc.add(par(f"{names}：", 0), par(RIGHTS_INTRO))
    doc.add(par("一、当事人在人民调解活动中享有下列权利："), *[par(r) for r in RIGHTS])
    doc.add(par("二、当事人在人民调解活动中履行下列义务："), *[par(d) for d in DUTIES])
    doc.add(par("三、" + RIGHTS_EFFECT), _kept(par("以上内容已告知本人，本人已知悉。")))
    doc.add(
        Space(2),
        fields_line(
            [("当事人（签名盖章或按指印）：", None, 36), ("　　年　月　日", None, 0)],
            align="right",
            size=size,
            keep_with_next=True,
        ),
    )
    doc.add(seal_block(ctx.committee, case.accepted_on if case else None, note="（印章）", height_mm=22))
    return doc.render()


def mediation_record(ctx: RenderContext, s: SessionFormData | None) -> bytes:
    case = s.case if s else None
    doc = Document("人民调解记录", subject=ctx.committee)
    doc.heading("人民调解记录", unit=ctx.committee, number=case.case_no if case else "")
    matter = f"{case.dispute_type}纠纷" if case and case.dispute_type else ""
    told = "已告知当事人在人民调解活动中的权利和义务"
    result = s.result if s else ""
    if s and s.remedies:
        result = f"{result}\n{s.remedies}" if result else s.remedies
    doc.table(
        [
            Row(
                [
                    L("时间", 25),
                    V(fmt_datetime(s.held_at if s else None, "　　年　月　日　时　分"), 53),
                    L("地点", 25),
                    V(s.place if s else "", 53),
                ]
            ),
            Row([L("事由", 25), V(matter, 131)]),
            Row([L("当事人", 25), V(case.party_names if case else "", 131)]),
            Row([L("参加人", 25), V(s.attendees if s else "", 131)]),
            Row(
                [
                    L("人民调解员", 25),
                    V(s.mediators if s else "", 53),
                    L("记录人", 25),
                    V(s.recorder if s else "", 53),
                ]
            ),
            Row([L("权利义务\n告知", 25), V(choices((told,), told if s and s.rights_told else None), 131)]),
            Row([L("当事人陈述", 25), V(s.statements if s else "", 131)], 48),
            Row([L("调查核实\n情况", 25), V(s.facts_verified if s else "", 131)], 22),
            Row([L("风险提示", 25), V(s.risk_warning if s else "", 131)], 14),
            Row([L("调解结果", 25), V(result, 131)], 22, keep_with_next=True),
            Row([L("当事人签名", 25), V("", 131)], 14, keep_with_next=True),
            Row([L("调解员签名", 25), V("", 53), L("记录人签名", 25), V("", 53)], 12),
        ]
    )
    return doc.render()


def mediation_agreement(ctx: RenderContext, a: AgreementFormData | None) -> bytes:
    case = a.case if a else None
    doc = Document("人民调解协议书", subject=ctx.committee)
    doc.heading("人民调解协议书", unit=ctx.committee, number=a.agreement_no if a else "")
    parties = _ordered(case.parties) if case and case.parties else _BLANK_PARTIES
    doc.add(*[_party_block(p) for p in parties])
    copies = f"{a.copies}" if a else "____"
    doc.table(
        [
            # blank: room to write by hand; filled: as tall as the text
            Row([V("纠纷主要事实、争议事项：\n" + (a.facts if a else ""), 156)], 16 if a else 28),
            Row([V("经调解，自愿达成如下协议：\n" + (a.terms if a else ""), 156)], 22 if a else 38),
            Row(
                [V("履行方式、时限：\n" + (a.performance if a else ""), 156)],
                12 if a else 16,
                keep_with_next=True,
            ),
            Row(
                [V(f"本协议一式{copies}份，当事人、人民调解委员会各持一份。{AGREEMENT_EFFECT}", 156)],
                keep_with_next=True,
            ),
        ]
    )
    doc.add(Space(1))
    doc.add(sign_lines("当事人（签名盖章或按指印）：", len(parties), rule_mm=38))
    doc.add(
        fields_line(
            [("人民调解员（签名）：", None, 32), ("记录人（签名）：", None, 32)],
            size=SIZE_CELL,
            height_mm=10,
            keep_with_next=True,
        )
    )
    doc.add(seal_block(ctx.committee, a.signed_on if a else None, note="（印章）", height_mm=24))
    return doc.render()


def return_visit(ctx: RenderContext, r: ReturnVisitFormData | None) -> bytes:
    doc = Document("人民调解回访记录", subject=ctx.committee)
    doc.heading("人民调解回访记录", unit=ctx.committee, number=r.case_no if r else "")
    lawsuit = None if r is None or r.lawsuit is None else ("是" if r.lawsuit else "否")
    doc.table(
        [
            Row([L("当事人", 25), V(r.parties if r else "", 131)]),
            Row(
                [
                    L("协议编号", 25),
                    V(r.agreement_no if r else "", 53),
                    L("回访日期", 25),
                    V(fmt_date(r.visited_on if r else None, "　　年　月　日"), 53),
                ]
            ),
            Row([L("回访事由", 25), V(r.reason if r else "", 131)], 16),
        ]
    )
    doc.add(
        Group(
            "回访情况",
            12,
            [
                [L("履行情况", 25), V(r.performance if r else "", 119)],
                [L("满意程度", 25), V(choices(SATISFACTION, r.satisfaction if r else None), 119)],
                [L("另行起诉", 25), V(choices(("是", "否"), lawsuit), 119)],
                [L("激化苗头", 25), V(r.escalation_signs if r else "", 119)],
            ],
            [45, 10, 10, 30],
        )
    )
    doc.table([Row([L("回访人", 25), V(r.visitor if r else "", 53), L("当事人签名", 25), V("", 53)], 14)])
    return doc.render()


def case_file_cover(ctx: RenderContext, f: CaseFileFormData | None) -> bytes:
    doc = Document("人民调解卷宗封面", subject=ctx.committee, footer=False)
    doc.add(Space(8), Line(ctx.committee, SIZE_BODY + 4, 40, "center"))
    doc.add(Space(10), Line("人民调解卷宗", 40, 64, "center", bold=True), Space(30))
    volume = f.volume_no if f and f.volume_no else "（　　　）　　　人调字第　　　号"
    period = (
        f"{fmt_date(f.date_from)} 至 {fmt_date(f.date_to)}"
        if f and f.date_from
        else "　　年　　月　　日 至 　　年　　月　　日"
    )
    s = SIZE_4

    def row(label: str, value: str, h: float = 15) -> Row:
        return Row([L(label, 32, size=s), V(value, 124, size=s)], h)

    doc.table(
        [
            row("卷　　名", f.title if f else ""),
            row("卷　　号", volume),
            row("人民调解员", f.mediators if f else ""),
            row("调解日期", period),
            Row(
                [
                    L("立 卷 人", 32, size=s),
                    V(f.filed_by if f else "", 46, size=s),
                    L("立卷日期", 32, size=s),
                    V(fmt_date(f.filed_on if f else None, "　　年　月　日"), 46, size=s),
                ],
                15,
            ),
            row("保管期限", f.retention if f else ""),
            row("备　　注", f.notes if f else "", 30),
        ]
    )
    return doc.render()


def case_file_index(ctx: RenderContext, f: CaseFileFormData | None) -> bytes:
    doc = Document("卷内目录", subject=ctx.committee)
    doc.heading("卷内目录", unit=ctx.committee, number=(f.volume_no or f.case.case_no) if f else "")
    entries = f.entries if f else tuple(FileEntry(t) for t in CASE_FILE_DOCUMENTS)
    header = [Row([L("序号", 16), L("文书名称", 90), L("页号", 25), L("备注", 25)])]
    doc.table(
        [
            Row(
                [
                    V(str(i), 16, align="center"),
                    V(e.title, 90),
                    V(e.pages, 25, align="center"),
                    V(e.note, 25),
                ],
                11,
            )
            for i, e in enumerate(entries, 1)
        ],
        header=header,
    )
    return doc.render()
