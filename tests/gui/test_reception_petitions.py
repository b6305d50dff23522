"""Petitions (信访) on screen (pytest-qt), on SQLite and PostgreSQL: due dates across the 2025 National Day holiday as
the desk reads them, an extension approved by the director, the overdue queue, each notice printed and read back
from its PDF — and a screenshot of the petition screen."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from desktop.services.core.dto import Actor
from desktop.services.reception.petition_dto import PetitionerInput, PetitionInput
from desktop.services.reception.petition_service import PetitionService
from desktop.tasks import TaskManager
from desktop.views.context import ViewContext
from desktop.views.reception.badge import PetitionBadge
from desktop.views.reception.petition_page import PetitionPage
from tests.conftest import Clock, make_actor
from tests.gui.conftest import cell, ime_type
from tests.unit.test_printing_support import pdf_text

SHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


@pytest.fixture
def clock():
    return Clock(date(2025, 9, 29))


@pytest.fixture
def desk(services, clock):
    services.petitions = PetitionService(services.sessions, clock=clock)
    return services


@pytest.fixture
def people(desk):
    return {
        "clerk": make_actor(desk, "qiantai", "王丽", "reception"),
        "director": make_actor(desk, "zhuren", "李红梅", "director"),
    }


def intake(received: date, **kw) -> PetitionInput:
    base = dict(
        channel="letter",
        category="claim",
        received_on=received,
        petitioners=(PetitionerInput("周建华", phone="13812345678", address="龙蟠里小区3幢502室"),),
        request="要求物业公司修复漏水的公共管道",
        facts="自8月起楼道管道漏水，多次反映未果。",
    )
    base.update(kw)
    return PetitionInput(**base)


@pytest.fixture
def make_page(desk, qtbot, zh_app):
    made = []

    def make(actor: Actor, **kw) -> PetitionPage:
        tasks = TaskManager()
        ctx = ViewContext(desk, tasks, actor, desk.auth.community())
        page = PetitionPage(ctx, **kw)
        qtbot.addWidget(page)
        page.resize(1280, 800)
        page.show()
        made.append((page, tasks))
        qtbot.waitUntil(lambda: page.loads >= 1 and page.today is not None)
        return page

    yield make
    for page, tasks in made:
        for timer in page.findChildren(QTimer):
            timer.stop()
        page.close()
        tasks.shutdown()


def open_on_page(qtbot, page, petition_id: int) -> None:
    qtbot.waitUntil(lambda: page.select_petition(petition_id))
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.id == petition_id)


def test_given_petitions_across_national_day_then_the_screen_shows_hand_computed_due_dates_an_extension_and_the_overdue_queue(
    qtbot, desk, people, clock, make_page
):
    svc, clerk, director = desk.petitions, people["clerk"], people["director"]
    # Given a claim accepted Mon Aug 4 (60 days end Fri Oct 3, a holiday -> Thu Oct 9) and two new letters
    clock.day = date(2025, 8, 4)
    a = svc.create(clerk, intake(date(2025, 8, 1)))
    a = svc.accept(clerk, a.id, a.version, date(2025, 8, 4))
    clock.day = date(2025, 9, 29)
    b = svc.create(clerk, intake(date(2025, 9, 26), request="小区路灯损坏"))  # notice due Sat Oct 11 (调休)
    c = svc.create(clerk, intake(date(2025, 9, 20), channel="network", request="噪音扰民"))  # due Thu Oct 9
    page = make_page(clerk)
    # When the desk opens the accepted claim, then its handling is due 2025-10-09, a Thursday
    open_on_page(qtbot, page, a.id)
    assert [s.kind for s in page.detail.steps] == ["register", "acceptance_notice", "handle"]
    handle = [cell(page.steps, 2, col) for col in range(page.steps.model().columnCount())]
    assert handle[2].startswith("2025-10-09") and ("周四" in handle[2] or "Thu" in handle[2])
    open_on_page(qtbot, page, b.id)
    assert cell(page.steps, 1, 2).startswith("2025-10-11")  # the make-up Saturday
    open_on_page(qtbot, page, c.id)
    assert cell(page.steps, 1, 2).startswith("2025-10-09")
    # When the director approves a 30-day extension of the claim
    open_on_page(qtbot, page, a.id)
    assert page.extend_button.isEnabled()
    page.extend_button.click()
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    dlg = page.dialog
    assert dlg.approver_id.currentData() == director.id
    ime_type(dlg.reason, "涉及多个部门，需进一步调查核实")
    dlg.save_button.click()
    qtbot.waitUntil(lambda: not dlg.isVisible())
    # Then the handling period runs to Mon Nov 10 (Oct 9 + 30 = Sat Nov 8), and the petitioner is told why
    qtbot.waitUntil(lambda: page.detail.extended_to == date(2025, 11, 10))
    qtbot.waitUntil(lambda: "2025年11月10日" in page.told.text())
    assert "涉及多个部门，需进一步调查核实" in page.told.text()
    assert not page.extend_button.isEnabled()  # once only
    # When it is Mon Oct 13, then the two letters are overdue and listed so; the extended claim is not
    clock.day = date(2025, 10, 13)
    page.queue_tabs.setCurrentIndex(2)  # overdue
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    rows = [page.model.row_at(i) for i in range(2)]
    assert [r.petition_no for r in rows] == [c.petition_no, b.petition_no]
    assert all(r.deadline_state == "overdue" for r in rows)
    assert "(2)" in page.queue_tabs.tabText(2)
    # and the main window's badge counts them
    badge = PetitionBadge(page.ctx)
    qtbot.waitUntil(lambda: badge.counts.overdue == 2)
    assert "2" in badge.text()
    badge.stop()


def test_given_each_notice_when_printed_from_the_petition_screen_then_its_text_reads_back_from_the_pdf(
    qtbot, desk, people, clock, make_page
):
    svc, clerk = desk.petitions, people["clerk"]
    clock.day = date(2025, 10, 13)
    a = svc.create(clerk, intake(date(2025, 10, 10), request="小区加装电梯费用分摊"))
    r = svc.create(clerk, intake(date(2025, 10, 10), request="物业费标准"))
    page = make_page(clerk, queue="all")

    def printed(key: str) -> str:
        getattr(page, key).click()
        qtbot.waitUntil(lambda: page.dialog is not None and getattr(page.dialog, "pdf", None) is not None)
        text = pdf_text(page.dialog.pdf)
        page.dialog.close()
        return text

    # accept through its dialog, then print the 受理告知书
    open_on_page(qtbot, page, a.id)
    page.accept_button.click()
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    page.dialog.save_button.click()
    qtbot.waitUntil(lambda: page.detail.status == "handling" and page.print_acceptance_button.isEnabled())
    text = printed("print_acceptance_button")
    assert "信访事项受理告知书" in text and "周建华：" in text and "小区加装电梯费用分摊" in text
    # answer it, then print the 信访事项处理意见书
    page.answer_button.click()
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    dlg = page.dialog
    dlg.decision.setCurrentIndex(dlg.decision.findData("not_support"))
    ime_type(dlg.decision_text, "经查，分摊比例经业主大会表决通过。")
    ime_type(dlg.legal_basis, "《民法典》第二百七十八条")
    dlg.save_button.click()
    qtbot.waitUntil(lambda: page.detail.status == "answered" and page.print_decision_button.isEnabled())
    text = printed("print_decision_button")
    for expected in (
        "信访事项处理意见书",
        "■不予支持",
        "分摊比例经业主大会表决通过",
        "《民法典》第二百七十八条",
        "请求复查",
    ):
        assert expected in text, expected
    # not accepted, then the 不予受理告知书
    open_on_page(qtbot, page, r.id)
    page.reject_button.click()
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    dlg = page.dialog
    ime_type(dlg.refer_to, "鼓楼区住房保障和房产局")
    dlg.save_button.click()
    qtbot.waitUntil(lambda: page.detail.status == "rejected" and page.print_rejection_button.isEnabled())
    text = printed("print_rejection_button")
    assert "信访事项不予受理告知书" in text and "鼓楼区住房保障和房产局" in text


def test_screenshot_of_the_petition_screen(qtbot, desk, people, clock, make_page):
    svc, clerk, director = desk.petitions, people["clerk"], people["director"]
    clock.day = date(2025, 8, 4)
    a = svc.create(clerk, intake(date(2025, 8, 1), channel="visit"))
    a = svc.accept(clerk, a.id, a.version, date(2025, 8, 4))
    clock.day = date(2025, 9, 29)
    a = svc.extend(
        clerk, a.id, a.version, days=30, approver_id=director.id, reason="涉及多个部门", told_how="书面"
    )
    svc.create(clerk, intake(date(2025, 9, 26), request="小区路灯损坏"))
    svc.create(clerk, intake(date(2025, 9, 20), channel="network", request="噪音扰民"))
    svc.create(
        clerk, intake(date(2025, 9, 28), category="accusation", request="检举", handler_id=director.id)
    )
    clock.day = date(2025, 10, 10)
    page = make_page(clerk)
    open_on_page(qtbot, page, a.id)
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"reception_petitions_{desk.engine.url.get_backend_name()}.png"
    assert page.grab().save(str(path))
    assert path.stat().st_size > 10_000
