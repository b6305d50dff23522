"""The petition notices (受理告知书, 不予受理告知书, 信访事项处理意见书) and the 来访登记簿, filled from the records and
read back from the PDF as the petitioner and the desk would read them."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from reportlab.lib.units import mm
from sqlalchemy import select

from desktop.models import AuditEntry
from desktop.printing import layout, registry
from desktop.printing.context import RenderContext
from desktop.printing.fonts import FONT, missing_glyphs, text_width
from desktop.printing.form_data import PetitionDecisionData, VisitLogData, VisitLogRow
from desktop.services.core.errors import PermissionDenied, ValidationError
from desktop.services.reception.petition_dto import PetitionerInput, PetitionInput
from desktop.services.reception.petition_service import PetitionService
from tests.conftest import make_actor
from tests.unit.test_printing_support import ADDRESS_40, COMMUNITY, fonts, page_sizes_mm, pdf_text, words

CTX = RenderContext(COMMUNITY)
DECISION = PetitionDecisionData(
    "XF202600015",
    "欧阳娜娜",
    ADDRESS_40,
    date(2026, 3, 1),
    "走访",
    date(2026, 3, 3),
    "要求物业公司修复漏水的公共管道并赔偿损失",
    "自8月起楼道管道漏水，多次向物业反映未果，家中墙面受损。",
    "经现场查看和调查核实，漏水管道属业主共有部分，已协调物业公司于3月20日前维修。",
    "解释说明",
    "《物业管理条例》第五十五条",
    "华侨路街道办事处",
    "本事项经本单位负责人批准，办理期限延长至2026年5月4日，延期理由：涉及多个部门。",
    date(2026, 4, 20),
)
LOG = VisitLogData(
    date(2026, 3, 5),
    tuple(
        VisitLogRow(
            datetime(2026, 3, 5, 9, i),
            datetime(2026, 3, 5, 9, i + 20) if i % 3 else None,
            ("欧阳娜娜", "李四", "王小五")[i % 3],
            "女",
            1 + i % 7,
            "3201**********123X",
            "138****5678",
            "投诉",
            "楼上邻居装修噪音持续三个月，晚上十点以后仍在施工。",
            "王丽",
            "转矛盾纠纷",
            "调解（2026）华侨人调字第12号",
            auto_closed=i % 3 == 0,
        )
        for i in range(30)
    ),
)


@pytest.mark.parametrize(("key", "data"), [("petition_decision", DECISION), ("visit_daily_log", LOG)])
def test_given_the_new_forms_then_blank_and_filled_render_on_a4_with_fonts_embedded_and_text_in_the_block(
    key, data
):
    spec = registry.get(key)
    for filled in (None, data):
        pdf = spec.render(CTX, filled)
        assert set(page_sizes_mm(pdf)) == {(210, 297)}
        assert all(f.embedded and f.type == "TrueType" for f in fonts(pdf))
        text = pdf_text(pdf)
        assert spec.title in text and not missing_glyphs(text)
        for w in words(pdf):
            assert w.x0 >= 27.5 and w.x1 <= 184.5, w


def test_given_a_decision_then_request_facts_decision_basis_and_remedy_read_back():
    pdf = registry.get("petition_decision").render(CTX, DECISION)
    # a paragraph split by the page break reads on across the footer of the first page
    text = pdf_text(pdf).replace(f"共{len(page_sizes_mm(pdf))}页第1页", "")
    for expected in (
        "信访人：欧阳娜娜",
        "要求物业公司修复漏水的公共管道并赔偿损失",
        "家中墙面受损",
        "已协调物业公司于3月20日前维修",
        "■解释说明",
        "□支持",
        "□不予支持",
        "《物业管理条例》第五十五条",
        "办理期限延长至2026年5月4日",
        "30日内向华侨路街道办事处请求复查",
        "第三十五条",
        "2026年4月20日",
    ):
        assert expected.replace(" ", "") in text, expected


def test_given_a_busy_day_then_the_log_runs_onto_pages_repeating_its_header_and_no_cell_overflows(
    monkeypatch,
):
    made = []
    original = layout.Document.render

    def keep(self):
        made.append(self)
        return original(self)

    monkeypatch.setattr(layout.Document, "render", keep)
    pdf = registry.get("visit_daily_log").render(CTX, LOG)
    text = pdf_text(pdf)
    pages = len(page_sizes_mm(pdf))
    assert pages >= 2 and {w.page for w in words(pdf) if w.text == "证件号码"} == set(range(pages))
    assert "共30批次" in text and "未登记离开" in text and "2026年3月5日（星期四）" in text
    for atom in made[0].atoms:
        if isinstance(atom, layout.Row):
            for cell, lines in zip(atom.cells, atom.lines, strict=True):
                for line in lines:
                    assert text_width(line, FONT, cell.size) <= cell.width * mm - 2 * layout.PAD_X + 0.01, (
                        line
                    )


# -- filled from the records, through the print service --------------------------------------------------------


@pytest.fixture
def people(services):

    return {
        key: make_actor(services, key, name, role)
        for key, role, name in (("director", "director", "李红梅"), ("reception", "reception", "王丽"))
    }


def _petition(services, actor, **kw) -> PetitionService:
    svc = PetitionService(services.sessions, clock=lambda: date(2026, 3, 3))
    base = dict(
        channel="visit",
        category="claim",
        received_on=date(2026, 3, 1),
        petitioners=(PetitionerInput("王五", phone="13812345678", address="龙蟠里小区3幢502室"),),
        request="小区加装电梯费用分摊",
        facts="低层住户不同意分摊比例。",
    )
    base.update(kw)
    return svc, svc.create(actor, PetitionInput(**base))


def test_given_each_notice_when_printed_from_the_record_then_its_text_reads_back(services, people):
    printing, clerk = services.printing, people["reception"]
    svc, d = _petition(services, clerk)
    d = svc.accept(clerk, d.id, d.version, date(2026, 3, 3))
    text = pdf_text(printing.render(clerk, "petition_acceptance_notice", d.id))
    for expected in (
        "信访事项受理告知书",
        "王五：",
        "2026年3月1日通过走访",
        "小区加装电梯费用分摊",
        "决定予以受理",
    ):
        assert expected in text, expected
    # not answered yet: no 处理意见书
    with pytest.raises(ValidationError):
        printing.render(clerk, "petition_decision", d.id)
    d = svc.answer(
        clerk,
        d.id,
        d.version,
        decision="support",
        decision_text="经协调，分摊方案按楼层系数调整。",
        legal_basis="《南京市既有住宅增设电梯实施办法》",
        on=date(2026, 3, 3),
    )
    text = pdf_text(printing.render(clerk, "petition_decision", d.id))
    for expected in (
        "信访事项处理意见书",
        d.petition_no,
        "信访人：王五",
        "住址：龙蟠里小区3幢502室",
        "低层住户不同意分摊比例",
        "分摊方案按楼层系数调整",
        "■支持",
        "《南京市既有住宅增设电梯实施办法》",
        "30日内向华侨路街道办事处请求复查",
        "2026年3月3日",
    ):
        assert expected in text, expected
    svc2, r = _petition(services, clerk, channel="letter", request="物业费标准")
    svc2.reject(clerk, r.id, r.version, "该事项不属于本单位职权范围", "鼓楼区住房保障和房产局")
    text = pdf_text(printing.render(clerk, "petition_rejection_notice", r.id))
    for expected in ("不予受理告知书", "不属于本单位职权范围", "请你（们）向鼓楼区住房保障和房产局提出"):
        assert expected in text, expected


def test_given_an_accusation_then_its_handler_may_print_it_others_may_not_and_each_print_is_a_view(
    services, people
):
    clerk, director = people["reception"], people["director"]
    _svc, d = _petition(
        services, clerk, category="accusation", request="检举某工作人员", handler_id=director.id
    )
    with pytest.raises(PermissionDenied):
        services.printing.render(clerk, "petition_acceptance_notice", d.id)
    assert "检举某工作人员" in pdf_text(
        services.printing.render(director, "petition_acceptance_notice", d.id)
    )
    with services.sessions() as s:
        views = list(s.scalars(select(AuditEntry).where(AuditEntry.action == "view")))
    assert [(v.username, v.entity_id) for v in views] == [("director", d.id)]
