"""The working rhythm's printed matter: 集中排查登记表, 零报告, 会议纪要, 社区警务周通报.

Pure: the data objects below in, PDF out. The register and the 零报告 are forms (ruled tables, A4); the minutes and
the weekly notice are documents in the GB/T 9704-2012 style (DOMAIN §8): the title in 二号, the issue number and
the issuing body over a red rule, body text in 三号 with headings 一、二、 in bold, the issuing body and the date
at the foot.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.units import mm

from desktop.printing.context import RenderContext
from desktop.printing.fonts import FONT, text_width
from desktop.printing.layout import (
    SIZE_4,
    SIZE_BODY,
    SIZE_TITLE,
    Document,
    Drawn,
    Group,
    L,
    Line,
    Row,
    Space,
    V,
    choices,
    draw_text,
    fields_line,
    fmt_date,
    fmt_datetime,
    paragraph,
    seal_block,
)

NOTHING = "无"

# -- what the documents are filled from -------------------------------------------------------------------------


@dataclass(frozen=True)
class RoundAreaPrint:
    area: str  # 治安问题 ...
    nothing_found: bool
    findings: str = ""
    linked: tuple[str, ...] = ()  # the records found: "3月4日 一网格 网格员王芳：…（转矛盾纠纷调处 …）"
    measures: str = ""
    unresolved: str = ""
    responsible: str = ""
    resolve_by: date | None = None


@dataclass(frozen=True)
class RoundPrintData:
    """A 集中排查 round: its register and its 零报告 print from this."""

    number: str  # 排查〔2026〕第10周 / 排查〔2026〕0302
    weekly: bool
    period_start: date
    period_end: date
    due_on: date
    sensitive: str = ""  # the sensitive period of a daily round
    held_on: date | None = None
    participants: str = ""
    signed_by: str = ""
    submitted_on: date | None = None
    areas: tuple[RoundAreaPrint, ...] = ()

    @property
    def period_text(self) -> str:
        if self.period_start == self.period_end:
            return fmt_date(self.period_start)
        return f"{fmt_date(self.period_start)}至{fmt_date(self.period_end)}"


@dataclass(frozen=True)
class DecisionPrint:
    text: str
    owner: str
    due_on: date
    done_on: date | None = None


@dataclass(frozen=True)
class MinutesData:
    kind: str  # 碰头会 / 综治警务工作例会 / 社区综治警务工作联席会
    number: str  # 2026年第3期
    held_at: datetime
    place: str
    chair: str
    recorder: str
    staff: str  # who attended, by side
    police: str
    invited: str
    period_from: date
    period_to: date
    figures: str  # the period's figures, as a sentence
    matters: str
    decisions: tuple[DecisionPrint, ...] = ()


@dataclass(frozen=True)
class BulletinPrintData:
    week_start: date
    week_end: date
    incidents: str
    stability: str
    public_safety: str
    problems: str
    guidance: str
    issued_by: str
    issued_on: date | None
    station: str = ""  # the police station the officer belongs to


# -- 集中排查登记表 -------------------------------------------------------------------------------------------------


def _round_head(r: RoundPrintData | None) -> list[Row]:
    cadence = ("每周排查", "敏感时期每日排查")
    picked = (cadence[0] if r.weekly else cadence[1]) if r else None
    kind = choices(cadence, picked) + (f"（{r.sensitive}）" if r and r.sensitive else "")
    return [
        Row([L("排查期间", 25), V(r.period_text if r else "", 63), L("排查类别", 22), V(kind, 46)]),
        Row(
            [
                L("排查日期", 25),
                V(fmt_date(r.held_on) if r and r.held_on else "", 63),
                L("应报日期", 22),
                V(fmt_date(r.due_on) if r else "", 46),
            ]
        ),
        Row([L("参加人员", 25), V(r.participants if r else "", 131)], 12),
    ]


def _area_block(a: RoundAreaPrint) -> Group:
    if a.nothing_found:
        found = choices(("无", "有"), "无")
    else:
        lines = [choices(("无", "有"), "有" if (a.findings or a.linked) else None)]
        lines += [x for x in (a.findings,) if x]
        lines += [f"{i}. {x}" for i, x in enumerate(a.linked, 1)]
        found = "\n".join(lines)
    filled = a.nothing_found or bool(a.findings or a.linked or a.measures)  # not a blank form's row
    follow = NOTHING if filled else ""
    if a.unresolved:
        follow = f"{a.unresolved}\n责任人：{a.responsible}　化解时限：{fmt_date(a.resolve_by, '')}"
    return Group(
        a.area,
        12,
        [
            [L("排查情况", 25), V(found, 119)],
            [L("化解及\n稳控措施", 25), V(a.measures or (NOTHING if a.nothing_found else ""), 119)],
            [L("跟踪化解", 25), V(follow, 119)],
        ],
        [12, 10, 10],
    )


def round_register(ctx: RenderContext, r: RoundPrintData | None) -> bytes:
    doc = Document("集中排查登记表", subject=ctx.centre)
    doc.heading("集中排查登记表", unit=ctx.centre, number=r.number if r else "")
    doc.table(_round_head(r))
    areas = r.areas if r else tuple(RoundAreaPrint(a, False) for a in _AREA_NAMES)
    doc.add(*[_area_block(a) for a in areas])
    doc.add(
        Space(4),
        fields_line(
            [("排查负责人（签名）：", r.signed_by if r else None, 40), ("报送日期：", _date_or_none(r), 40)],
            align="right",
        ),
    )
    return doc.render()


_AREA_NAMES = ("治安问题", "矛盾纠纷", "信访苗头", "重点人员", "公共安全")


def _date_or_none(r: RoundPrintData | None) -> str | None:
    return fmt_date(r.submitted_on) if r and r.submitted_on else None


# -- 零报告 -------------------------------------------------------------------------------------------------------


def zero_report(ctx: RenderContext, r: RoundPrintData | None) -> bytes:
    """Every area of the round: 无 for those where nothing was found (the zero report), the others referred
    to the register; dated and signed."""
    title = "综治维稳信息零报告"
    doc = Document(title, subject=ctx.centre)
    doc.heading(title, unit=ctx.centre, number=r.number if r else "")
    period = r.period_text if r else "____年__月__日至____年__月__日"
    held = fmt_date(r.held_on) if r and r.held_on else "____年__月__日"
    doc.add(
        *paragraph(
            f"根据集中排查和“零报告”制度，本社区于{held}对{period}"
            "的治安问题、矛盾纠纷、信访苗头、重点人员、公共安全等方面进行了集中排查，现将排查结果报告如下：",
            size=SIZE_4,
        ),
        Space(2),
    )
    header = Row([L("序号", 14), L("排查项目", 36), L("排查结果", 106)], 10)
    rows = []
    areas = r.areas if r else tuple(RoundAreaPrint(a, False) for a in _AREA_NAMES)
    for i, a in enumerate(areas, 1):
        if not r:
            result = ""
        elif a.nothing_found:
            result = NOTHING
        else:
            count = f"{len(a.linked)}项，" if a.linked else ""
            result = f"有（{count}详见《集中排查登记表》）"
        rows.append(Row([V(str(i), 14, align="center"), V(a.area, 36, align="center"), V(result, 106)], 12))
    doc.table(rows, header=[header])
    zero = [a.area for a in areas if a.nothing_found] if r else []
    if r:
        text = (
            f"以上{'、'.join(zero)}{len(zero)}个方面本期经排查无情况，特此报告。"
            if zero
            else "本期各方面均有排查发现，无零报告事项。"
        )
        doc.add(Space(2), *paragraph(text, size=SIZE_4))
    doc.add(*paragraph(f"参加排查人员：{r.participants if r else ''}", size=SIZE_4, indent_chars=0))
    doc.add(
        Space(4),
        fields_line(
            [("报告人（签名）：", r.signed_by if r else None, 36), ("审核人（签名）：", None, 36)],
            align="right",
            keep_with_next=True,
        ),
        seal_block(ctx.centre, r.submitted_on if r else None),
    )
    return doc.render()


# -- 会议纪要 and the weekly notice (GB/T 9704 style) ------------------------------------------------------------------

_RED = (0.8, 0.0, 0.0)


def _masthead(doc: Document, title: str, number: str, issuer: str, day: date | None) -> None:
    """The title, the issue number, the issuing body and date over a red rule (版头)."""
    doc.add(Space(6))
    doc.add(Line(title, SIZE_TITLE, SIZE_TITLE * 1.6, "center", bold=True, keep_with_next=True))
    doc.add(Line(number, SIZE_BODY, SIZE_BODY * 1.8, "center", keep_with_next=True))

    def rule(c, x, top, width):
        y = top - 7 * mm
        draw_text(c, x, y, issuer, SIZE_4)
        when = fmt_date(day)
        draw_text(c, x + width - text_width(when, FONT, SIZE_4), y, when, SIZE_4)
        c.saveState()
        c.setStrokeColorRGB(*_RED)
        c.setLineWidth(1.2)
        c.line(x, y - 3 * mm, x + width, y - 3 * mm)
        c.restoreState()

    doc.add(Drawn(12, rule, keep_with_next=True), Space(3))


def _heading(text: str) -> Line:
    """一、 headings: bold, indented two characters like the body (GB/T 9704 7.3.3)."""
    return Line("　　" + text, SIZE_BODY, SIZE_BODY * 1.75, bold=True, keep_with_next=True)


def _plain(label: str, value: str) -> list[Line]:
    return paragraph(f"{label}{value}", size=SIZE_BODY, indent_chars=0)


def minutes(ctx: RenderContext, m: MinutesData | None) -> bytes:
    kind = m.kind if m else "会议"
    title = f"{ctx.community.name}{kind}纪要"
    doc = Document(title, subject=ctx.centre)
    _masthead(doc, title, m.number if m else "____年第__期", ctx.centre, m.held_at.date() if m else None)
    doc.add(*_plain("时间：", fmt_datetime(m.held_at) if m else ""))
    doc.add(*_plain("地点：", m.place if m else ""))
    doc.add(*_plain("主持：", (f"{m.chair}　　记录：{m.recorder}") if m else "　　　　　　记录："))
    doc.add(*_plain("参加人员：", m.staff if m else ""))
    if not m or m.police:
        doc.add(*_plain("公安派出所：", m.police if m else ""))
    if not m or m.invited:
        doc.add(*_plain("邀请单位：", m.invited if m else ""))
    doc.add(Space(2), _heading("一、本期工作情况"))
    if m:
        span = f"（{fmt_date(m.period_from)}至{fmt_date(m.period_to)}）"
        doc.add(*paragraph(f"{span}{m.figures}"))
    else:
        doc.add(*paragraph("\n\n"))
    doc.add(_heading("二、会议研究讨论情况"))
    doc.add(*paragraph(m.matters if m and m.matters else ("无" if m else "\n\n\n")))
    doc.add(_heading("三、议定事项"))
    if m and m.decisions:
        for i, d in enumerate(m.decisions, 1):
            doc.add(*paragraph(f"{_cn(i)}{d.text}（责任人：{d.owner}；完成时限：{fmt_date(d.due_on)}）"))
    else:
        doc.add(*paragraph("无" if m else "\n\n\n"))
    _signature(doc, ctx.centre, m.held_at.date() if m else None)
    return doc.render()


def _signature(doc: Document, issuer: str, day: date | None, *, lead: str = "") -> None:
    """The issuing body (or signer) and the date at the right, never alone on a page: the last line of the
    text goes with them (GB/T 9704 7.3.5)."""
    if doc.atoms:
        doc.atoms[-1].keep_with_next = True
    doc.add(Space(4))
    for text in (t for t in (lead, issuer) if t):
        doc.add(Line(text + "　　", SIZE_BODY, SIZE_BODY * 1.75, "right", keep_with_next=True))
    doc.add(Line(fmt_date(day) + "　　", SIZE_BODY, SIZE_BODY * 1.75, "right"))


def _cn(i: int) -> str:
    """（一）（二）… the second-level heading numbers."""
    digits = "一二三四五六七八九十"
    if i <= 10:
        word = digits[i - 1]
    elif i < 20:
        word = "十" + digits[i - 11]
    else:
        word = digits[i // 10 - 1] + "十" + (digits[i % 10 - 1] if i % 10 else "")
    return f"（{word}）"


def police_bulletin(ctx: RenderContext, b: BulletinPrintData | None) -> bytes:
    title = f"{ctx.community.name}警务工作周通报"
    doc = Document(title, subject=ctx.centre)
    week = f"{fmt_date(b.week_start)}至{fmt_date(b.week_end)}" if b else "____年__月__日至____年__月__日"
    _masthead(
        doc, title, f"（{week}）", b.station or ctx.centre if b else ctx.centre, b.issued_on if b else None
    )
    doc.add(*paragraph("各网格：", indent_chars=0), Space(1))  # 主送 stands flush left
    sections = (
        ("一、治安警情", b.incidents if b else ""),
        ("二、维稳形势", b.stability if b else ""),
        ("三、公共安全", b.public_safety if b else ""),
        ("四、突出问题", b.problems if b else ""),
        ("五、本周工作要求", b.guidance if b else ""),
    )
    for heading, text in sections:
        doc.add(_heading(heading), *paragraph(text or ("无" if b else "\n")))
    _signature(doc, f"社区民警：{b.issued_by}" if b else "社区民警：　　　　", b.issued_on if b else None)
    return doc.render()
