"""The mediation room as its staff drive it (pytest-qt), on a real database (SQLite and PostgreSQL): the queue,
a case from intake to archive through the case page and its dialogs, the printed agreement and the dossier."""

from __future__ import annotations

import io
import re
import subprocess
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.models import Visit
from desktop.services.mediation.dto import AgreementInput, CaseInput, PartyInput, SessionInput
from desktop.services.mediation.mediation_service import MediationService
from desktop.tasks import TaskManager
from desktop.views.common.table_models import IdRole
from desktop.views.context import ViewContext
from desktop.views.mediation.case_table_model import CaseTableModel
from desktop.views.mediation.labels import SOURCES, STATUSES, day_text, tr_label
from desktop.views.mediation.mediation_page import MediationPage
from tests.conftest import make_actor
from tests.gui.conftest import cell, ime_type

SHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


def pdf_text(pdf: bytes) -> str:
    out = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()
    return re.sub(r"\s+", "", out)


@pytest.fixture
def room(services):
    """The room's accounts and the service the container will hold."""
    made = {
        key: make_actor(services, key, full_name, role)
        for key, full_name, role in [
            ("director", "李红梅", "director"),
            ("mediator", "陈建国", "mediator"),
            ("mediator2", "周敏", "mediator"),
            ("reception", "王丽", "reception"),
        ]
    }
    services.mediation = MediationService(services.sessions, services.printing)
    return made


@pytest.fixture
def make_page(services, room, qtbot, zh_app):
    made = []

    def make(who: str = "director", **kw) -> MediationPage:
        tasks = TaskManager()
        ctx = ViewContext(services, tasks, room[who], services.auth.community())
        page = MediationPage(ctx, **kw)
        qtbot.addWidget(page)
        page.resize(1280, 800)
        page.show()
        made.append((page, tasks))
        qtbot.waitUntil(lambda: page.loads >= 1)
        return page

    yield make
    for page, tasks in made:
        for timer in page.findChildren(QTimer):
            timer.stop()
        for w in page.findChildren(QWidget):
            if w.isWindow() and w.isVisible():
                w.close()
        page.close()
        tasks.shutdown()


def today() -> date:
    return date.today()


def a_case(services, room, *, parties=None, consent="agreed", days_ago=10, **kw) -> int:
    parties = parties or (
        PartyInput("applicant", "张三", phone="13812345678", address="龙蟠里3幢502"),
        PartyInput("respondent", "李四", phone="13987654321", address="龙蟠里3幢602"),
    )
    values = {
        "source": "application",
        "dispute_type": "neighbour",
        "facts": "楼上卫生间漏水，损坏楼下吊顶。",
        "claims": "赔偿维修费2000元。",
        "parties": tuple(parties),
        "accepted_on": today() - timedelta(days=days_ago),
        "consent": consent,
    }
    return services.mediation.create_case(room["director"], CaseInput(**(values | kw))).case.id


def open_case(qtbot, page: MediationPage, case_id: int):
    page.open_case(case_id)
    qtbot.waitUntil(lambda: page.case_page.detail is not None and page.case_page.detail.case.id == case_id)
    return page.case_page


def step(qtbot, case_page, button):
    """Click a step of the case page and wait for its dialog."""
    assert button.isVisible(), button.objectName()
    before = case_page.dialog
    button.click()
    qtbot.waitUntil(lambda: case_page.dialog is not before and case_page.dialog.isVisible())
    return case_page.dialog


def save(qtbot, case_page, dlg):
    before = case_page.detail
    dlg.save_button.click()
    qtbot.waitUntil(lambda: not dlg.isVisible() or dlg.error.text() != "")
    assert dlg.error.text() == "", dlg.error.text()
    qtbot.waitUntil(lambda: case_page.detail is not before)


def row_texts(page: MediationPage, column: int) -> list[str]:
    m = page.model
    return [m.data(m.index(r, column)) for r in range(m.rowCount())]


# -- the queue ----------------------------------------------------------------------------------------------


def test_given_a_visit_handed_over_from_reception_when_the_room_opens_then_it_waits_in_new_and_opens_as_a_case(
    qtbot, services, room, make_page
):
    # Given reception registered a visit and handed it over (the reception room calls this)
    with services.sessions.begin() as s:
        v = Visit(
            visitor_name="赵大爷",
            visitor_phone="13700002222",
            time_in=datetime.now(UTC) - timedelta(hours=2),
            purpose="mediation",
            content="邻居在楼道堆放杂物，多次沟通无果。",
            handled_by=room["reception"].id,
        )
        s.add(v)
        s.flush()
        visit_id = v.id
    handed = services.reception.hand_to_mediation(
        room["reception"], visit_id, 1, facts="邻居在楼道堆放杂物，多次沟通无果。"
    )
    case = services.mediation.get_case(room["director"], handed.dispute_case_id).case
    # When the director opens the room
    page = make_page("director")
    # Then the case is in the "new" queue, its tab counts it, and the row says where it came from
    assert page.queue_tabs.tabData(page.queue_tabs.currentIndex()) == "new"
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert row_texts(page, CaseTableModel.COL_NO) == [case.case_no]
    assert row_texts(page, CaseTableModel.COL_PARTIES) == ["赵大爷"]
    assert row_texts(page, CaseTableModel.COL_STATUS) == [tr_label(STATUSES, "new")]
    assert page.queue_tabs.tabText(0).endswith("(1)")
    # And opening it shows the visit's content and the visitor as applicant
    cp = open_case(qtbot, page, case.id)
    assert cp.case_no_label.text() == case.case_no
    assert "邻居在楼道堆放杂物" in cp.facts_label.text()
    assert tr_label(SOURCES, "from_visit") in cp.summary_label.text()
    assert cell(cp.parties, 0, 1).startswith("赵大爷")
    assert cp.notice_banner.isVisible()  # only one side so far: the page says so
    assert any(
        cp.timeline.item(i).data(Qt.ItemDataRole.UserRole) == "accepted" for i in range(cp.timeline.count())
    )


def test_given_filters_then_the_queue_shows_what_matches_and_the_deadline_lists_by_date(
    qtbot, services, room, make_page
):
    late = a_case(
        services,
        room,
        days_ago=45,
        parties=(PartyInput("applicant", "孙超"), PartyInput("respondent", "周强")),
    )
    soon = a_case(services, room, days_ago=27, dispute_type="property_mgmt")
    a_case(services, room, days_ago=1)
    page = make_page("director")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    page.select_queue("overdue")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.data(page.model.index(0, 0), IdRole) == late  # IdRole
    due = services.mediation.get_case(room["director"], late).case.due_on
    assert page.model.data(page.model.index(0, CaseTableModel.COL_DUE)) == day_text(due)
    page.select_queue("due_soon")
    soon_due = services.mediation.get_case(room["director"], soon).case.due_on
    if 0 <= (soon_due - today()).days <= 5:  # a holiday may push it further out
        qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.select_queue("new")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    page.type_filter.setCurrentIndex(page.type_filter.findData("property_mgmt"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.data(page.model.index(0, 0), IdRole) == soon
    page.type_filter.setCurrentIndex(0)
    ime_type(page.search, "孙超")
    qtbot.waitUntil(
        lambda: page.model.rowCount() == 1 and page.model.data(page.model.index(0, 0), IdRole) == late
    )


# -- a case from intake to archive -------------------------------------------------------------------------------


def test_given_the_intake_form_when_parties_are_entered_then_the_case_opens_with_its_number_and_deadline(
    qtbot, services, room, make_page
):
    page = make_page("mediator")
    page.new_case_button.click()
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    dlg = page.dialog
    dlg.dispute_type.setCurrentIndex(dlg.dispute_type.findData("neighbour"))
    for name, role in (("钱阿姨", "applicant"), ("孙大伯", "respondent")):
        dlg.add_party_button.click()
        qtbot.waitUntil(lambda: dlg.party_dialog is not None and dlg.party_dialog.isVisible())
        pd = dlg.party_dialog
        pd.role.setCurrentIndex(pd.role.findData(role))
        ime_type(pd.name, name)
        qtbot.keyClicks(pd.phone, "13911112222")
        pd.save_button.click()
        qtbot.waitUntil(lambda pd=pd: not pd.isVisible())
    assert dlg.parties_table.model().rowCount() == 2
    # facts are required: saving without them points at the field
    dlg.save_button.click()
    assert dlg.error.text() != "" and "#b00020" in dlg.facts.styleSheet()  # the field outlined
    ime_type(dlg.facts, "楼道堆放杂物，影响通行。")
    dlg.consent.setChecked(True)
    dlg.save_button.click()
    qtbot.waitUntil(lambda: page.case_page.detail is not None)
    cp = page.case_page
    detail = cp.detail
    assert cp.case_no_label.text() == f"（{today().year}）华侨路人调字第1号"
    assert day_text(detail.case.due_on) in cp.due_label.text()
    assert [p.name for p in detail.parties] == ["钱阿姨", "孙大伯"]
    # the mediator may take the unassigned case themselves; the next step is a session
    assert (
        cp.assign_button.isVisible() and cp.session_button.isVisible() and not cp.transfer_button.isVisible()
    )


def test_given_a_transfer_when_the_receiver_returns_it_then_the_bounce_shows_and_the_director_reassigns(
    qtbot, services, room, make_page
):
    cid = a_case(services, room)
    page = make_page("director")
    cp = open_case(qtbot, page, cid)
    dlg = step(qtbot, cp, cp.transfer_button)
    dlg.body.setCurrentIndex(dlg.body.findText("派出所"))
    save(qtbot, cp, dlg)
    assert cp.detail.case.status == "transferred" and cp.returned_banner.isVisible()
    assert "派出所" in cp.returned_banner.text()
    dlg = step(qtbot, cp, cp.return_button)
    ime_type(dlg.return_reason, "属一般民间纠纷，退回社区调解")
    save(qtbot, cp, dlg)
    # Then the page shouts that it bounced, with the reason; the queue marks it
    assert cp.detail.case.status == "returned"
    assert cp.returned_banner.isVisible() and "退回社区调解" in cp.returned_banner.text()
    cp.back_button.click()
    qtbot.waitUntil(
        lambda: (
            page.model.rowCount() == 1 and "被退回 1 次" in (page.model.data(page.model.index(0, 8)) or "")
        )
    )
    # When the director assigns it to a mediator
    cp = open_case(qtbot, page, cid)
    dlg = step(qtbot, cp, cp.assign_button)
    dlg.mediator_id.setCurrentIndex(dlg.mediator_id.findData(room["mediator2"].id))
    save(qtbot, cp, dlg)
    assert cp.detail.case.mediator_name == "周敏" and not cp.returned_banner.isVisible()
    assert "周敏" in cp.mediator_label.text()


def test_given_two_sessions_and_three_parties_when_the_written_agreement_is_printed_then_four_copies_read_back(
    qtbot, services, room, make_page
):
    cid = a_case(
        services,
        room,
        parties=(
            PartyInput("applicant", "张三", phone="13812345678"),
            PartyInput("respondent", "李四", phone="13987654321"),
            PartyInput("third_party", "王五"),
        ),
        mediator_id=room["mediator"].id,
    )
    page = make_page("mediator")
    cp = open_case(qtbot, page, cid)
    for statement in ("申请人张三陈述：楼上漏水三次。", "双方同意由李四赔偿。"):
        dlg = step(qtbot, cp, cp.session_button)
        ime_type(dlg.place, "矛盾纠纷调处室")
        ime_type(dlg.statements, statement)
        save(qtbot, cp, dlg)
    assert len(cp.detail.sessions) == 2
    assert (
        sum(
            cp.timeline.item(i).data(Qt.ItemDataRole.UserRole) == "session"
            for i in range(cp.timeline.count())
        )
        == 2
    )
    dlg = step(qtbot, cp, cp.agreement_button)
    assert "4" in dlg.copies_note.text()
    ime_type(dlg.terms, "李四赔偿张三维修费2000元。")
    ime_type(dlg.performance, "2026年3月10日前在调处室现金支付")
    save(qtbot, cp, dlg)
    a = cp.detail.agreement
    assert cp.detail.case.outcome == "success_written"
    assert a.agreement_no in cp.agreement_label.text()
    # the return visit and the 司法确认 window: dates on the page
    assert day_text(a.confirmation_until) in cp.agreement_label.text()
    assert day_text(cp.detail.return_visits[0].due_on) in "\n".join(
        cp.timeline.item(i).text() for i in range(cp.timeline.count())
    )
    # When the agreement is printed from the case's print menu
    action = next(x for x in cp.print_menu.actions() if x.objectName() == f"print_mediation_agreement_{a.id}")
    action.trigger()
    qtbot.waitUntil(lambda: cp.dialog is not None and getattr(cp.dialog, "pdf", None) is not None)
    preview = cp.dialog
    # Then the printer is set to four copies and the text reads back
    assert preview.copies == 4 and preview.printer.copyCount() == 4
    text = pdf_text(preview.pdf)
    for part in (
        "人民调解协议书",
        a.agreement_no,
        "张三",
        "李四",
        "王五",
        "本协议一式4份",
        "李四赔偿张三维修费2000元",
    ):
        assert part in text, part
    preview.close()
    SHOTS.mkdir(parents=True, exist_ok=True)
    cp.grab().save(str(SHOTS / "mediation_case.png"))


def test_given_an_oral_agreement_and_a_failed_case_then_each_is_recorded_with_what_the_law_asks(
    qtbot, services, room, make_page
):
    m = room["mediator"]
    oral = a_case(services, room, mediator_id=m.id)
    failed = a_case(
        services,
        room,
        mediator_id=m.id,
        parties=(PartyInput("applicant", "孙超"), PartyInput("respondent", "周强")),
    )
    svc = services.mediation
    for cid in (oral, failed):
        svc.record_session(
            m,
            cid,
            svc.get_case(m, cid).case.version,
            SessionInput(datetime.now(UTC) - timedelta(hours=1), "调处室", "陈建国", "王丽", result="继续"),
        )
    page = make_page("mediator")
    cp = open_case(qtbot, page, oral)
    dlg = step(qtbot, cp, cp.agreement_button)
    dlg.kind.setCurrentIndex(dlg.kind.findData("oral"))
    assert not dlg.copies_note.isVisible()
    ime_type(dlg.terms, "李四当场向张三赔礼道歉。")
    save(qtbot, cp, dlg)
    assert (
        cp.detail.case.outcome == "success_oral" and cp.detail.agreement.terms == "李四当场向张三赔礼道歉。"
    )
    assert not any(x.objectName().startswith("print_mediation_agreement") for x in cp.print_menu.actions())
    cp = open_case(qtbot, page, failed)
    dlg = step(qtbot, cp, cp.failed_button)
    assert dlg.remedies.toPlainText() != ""  # the usual remedies stand there, to adapt
    dlg.remedies.clear()
    dlg.save_button.click()
    qtbot.waitUntil(lambda: dlg.error.text() != "")
    assert "#b00020" in dlg.remedies.styleSheet()
    ime_type(dlg.remedies, "已告知当事人可向人民法院提起诉讼。")
    save(qtbot, cp, dlg)
    c = cp.detail.case
    assert (c.status, c.outcome) == ("failed", "failed")
    assert "已告知当事人可向人民法院提起诉讼" in cp.outcome_label.text()
    assert cp.close_button.isVisible()


def test_given_an_agreement_when_the_reminder_dates_come_then_the_room_reminds_and_closing_builds_the_dossier(
    qtbot, services, room, make_page
):
    m = room["mediator"]
    svc = services.mediation
    cid = a_case(services, room, days_ago=40, mediator_id=m.id)
    svc.record_session(
        m,
        cid,
        svc.get_case(m, cid).case.version,
        SessionInput(datetime.now(UTC) - timedelta(days=26), "调处室", "陈建国", "王丽"),
    )
    signed = today() - timedelta(days=25)  # the return visit is due, the 司法确认 window closes within a week
    detail = svc.record_agreement(
        m,
        cid,
        svc.get_case(m, cid).case.version,
        AgreementInput("written", "赔偿2000元。", "当场付清", signed),
    )
    a = detail.agreement
    page = make_page("mediator", queue="mine")
    qtbot.waitUntil(lambda: page.reminders.count() >= 1)
    reminders = [page.reminders.item(i).text() for i in range(page.reminders.count())]
    assert any(day_text(detail.return_visits[0].due_on) in r for r in reminders)
    if a.confirmation_reminder_on <= today() <= a.confirmation_until:
        assert any(day_text(a.confirmation_until) in r for r in reminders)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOTS / "mediation_queue.png"))
    # the return visit, then close and archive
    cp = open_case(qtbot, page, cid)
    dlg = step(qtbot, cp, cp.return_visit_button)
    ime_type(dlg.performance, "已全部履行")
    save(qtbot, cp, dlg)
    assert not cp.return_visit_button.isVisible()
    cp.close_button.click()
    qtbot.waitUntil(
        lambda: cp.dialog is not None and getattr(cp.dialog, "pdf", None) is not None, timeout=20000
    )
    assert cp.detail.case.status == "closed"
    pdf = cp.dialog.pdf
    text = pdf_text(pdf)
    for part in (
        "卷宗缺件清单",
        "人民调解卷宗",
        "卷内目录",
        "人民调解申请书",
        "人民调解记录",
        "人民调解协议书",
        "人民调解回访记录",
    ):
        assert part in text, part
    assert text.index("人民调解卷宗") < text.index("卷内目录") < text.index("人民调解协议书")
    qtbot.waitUntil(lambda: cp.dialog.page_count() == len(PdfReader(io.BytesIO(pdf)).pages))
    assert svc.stored_dossier(m, cid) == pdf


def test_given_a_case_flagged_under_art_25_then_it_is_loud_until_the_police_are_recorded_as_told(
    qtbot, services, room, make_page
):
    cid = a_case(services, room, police_flag=True, risk_level="high")
    page = make_page("director")
    assert page.police_alert.isVisible()
    assert page.model.data(page.model.index(0, CaseTableModel.COL_ALERT)) != ""
    cp = open_case(qtbot, page, cid)
    assert cp.police_banner.isVisible() and cp.police_button.isVisible()
    dlg = step(qtbot, cp, cp.police_button)
    ime_type(dlg.police_note, "已电话报告华侨路派出所值班民警")
    save(qtbot, cp, dlg)
    assert not cp.police_banner.isVisible()
    qtbot.waitUntil(lambda: not page.police_alert.isVisible())


def test_given_a_case_when_edited_given_a_scan_and_voided_then_the_page_and_queue_follow(
    qtbot, services, room, make_page, tmp_path, monkeypatch
):
    cid = a_case(services, room, mediator_id=room["mediator"].id)
    page = make_page("director")
    cp = open_case(qtbot, page, cid)
    assert not cp.police_banner.isVisible()
    # When the facts turn out worse: the art. 25 flag is raised from the edit form
    dlg = step(qtbot, cp, cp.edit_case_button)
    ime_type(dlg.claims, "另要求赔礼道歉。")
    dlg.police_flag.setChecked(True)
    save(qtbot, cp, dlg)
    assert cp.police_banner.isVisible() and "另要求赔礼道歉" in cp.facts_label.text()
    # When a scan of an ID card is added from disk (the file chooser is the system's)
    scan = tmp_path / "张三身份证.png"
    Image.new("RGB", (60, 40), "white").save(scan)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(scan), "")))
    dlg = step(qtbot, cp, cp.attach_button)
    dlg.choose_button.click()
    assert dlg.file_label.text() == "张三身份证.png"
    dlg.save_button.click()
    qtbot.waitUntil(lambda: cp.attachments.count() == 1)
    assert cp.attachments.item(0).text().endswith("张三身份证.png")
    # When the director voids it (registered twice), then it leaves the queue
    dlg = step(qtbot, cp, cp.void_button)
    ime_type(dlg.void_reason, "重复登记")
    dlg.save_button.click()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.queue_widget)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)


def test_given_a_long_queue_when_scrolled_then_pages_continue_by_keyset_and_a_jump_to_the_end_counts_from_it(
    qapp,
):
    from desktop.services.mediation.dto import CaseRow, row_key
    from desktop.views.mediation.case_table_model import PAGE, window_args

    def row(i: int) -> CaseRow:
        day = date(2026, 1, 1) - timedelta(days=i)
        return CaseRow(
            10_000 - i,
            f"第{i}号",
            day,
            "application",
            "neighbour",
            None,
            None,
            "closed",
            None,
            "agreed",
            "low",
            day,
            day,
            False,
            "张三、李四",
        )

    calls = []

    def fetch(after, offset, limit, from_end):
        calls.append((after, offset, limit, from_end))
        if after is not None:
            start = next(i for i in range(1000) if row(i).id == after[1]) + 1
        else:
            start = 1000 - offset - limit if from_end else offset
        return [row(i) for i in range(start, start + limit)]

    model = CaseTableModel()
    model.set_source(
        1000,
        lambda w: fetch(**window_args(w)),  # as the page asks the service
        lambda job, done: done(job()),
        [row(i) for i in range(PAGE)],
        key=lambda r: row_key("closed", r),
    )
    # the next page continues after the last row shown
    assert model.row_at(PAGE).case_no == f"第{PAGE}号"
    assert calls[-1] == (row_key("closed", row(PAGE - 1)), 0, PAGE, False)
    # a jump to the last row counts from the end instead of skipping 900 rows
    assert model.row_at(999).case_no == "第999号"
    assert calls[-1] == (None, 0, PAGE, True)
    assert model.data(model.index(999, CaseTableModel.COL_PARTIES)) == "张三、李四"
