"""The case page's further steps as the room's staff drive them (pytest-qt), on a real database (SQLite and
PostgreSQL): a party removed with a reason, a mediation record corrected or voided, another return visit, an
attachment opened with the system's viewer, and the room's settings."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QDesktopServices
from sqlalchemy import select

from desktop.models import AuditEntry
from desktop.services.core.errors import ValidationError
from desktop.services.mediation.dto import AgreementInput, PartyInput, SessionInput
from desktop.views.mediation.labels import day_text, error_message
from desktop.views.mediation.mediation_page import MediationPage
from tests.gui import test_mediation
from tests.gui.conftest import cell, ime_type
from tests.gui.test_mediation import a_case, open_case, pdf_text, save, step, today

# the room's accounts and its page, as in test_mediation.py
room = test_mediation.room
make_page = test_mediation.make_page

BAD = "#b00020"  # the outline of the field at fault


def timeline(cp) -> list[tuple[str, str]]:
    """(kind, text) of every line of the case's story."""
    return [
        (cp.timeline.item(i).data(Qt.ItemDataRole.UserRole), cp.timeline.item(i).text())
        for i in range(cp.timeline.count())
    ]


def party_names(cp) -> list[str]:
    return [cell(cp.parties, r, 1) for r in range(cp.parties.model().rowCount())]


def choose_party(cp, name: str) -> None:
    row = next(r for r in range(cp.parties.model().rowCount()) if cell(cp.parties, r, 1).startswith(name))
    cp.parties.setCurrentIndex(cp.parties.model().index(row, 0))


def session_texts(cp) -> list[str]:
    return [cp.sessions.item(i).text() for i in range(cp.sessions.count())]


def refused(qtbot, dlg) -> str:
    dlg.save_button.click()
    qtbot.waitUntil(lambda: dlg.error.text() != "")
    assert dlg.isVisible()
    return dlg.error.text()


# -- parties ------------------------------------------------------------------------------------------------------


def test_given_a_party_entered_by_mistake_when_removed_with_a_reason_then_it_leaves_the_list_and_the_story_tells_it(
    qtbot, services, room, make_page
):
    # Given a case whose parties have not yet agreed to mediation, with a third party entered by mistake
    cid = a_case(
        services,
        room,
        consent="pending",
        parties=(
            PartyInput("applicant", "张三"),
            PartyInput("respondent", "李四"),
            PartyInput("third_party", "王五"),
        ),
    )
    page = make_page("director")
    cp = open_case(qtbot, page, cid)
    # When no party is chosen, the page says what to do
    cp.parties.clearSelection()
    cp.parties.setCurrentIndex(QModelIndex())
    cp.remove_party_button.click()
    assert cp.error.text() != "" and cp.dialog is None
    # When 王五 is removed without a reason, then the reason is asked for at its field
    choose_party(cp, "王五")
    dlg = step(qtbot, cp, cp.remove_party_button)
    assert "王五" in dlg.party_note.text()
    refused(qtbot, dlg)
    assert BAD in dlg.reason.styleSheet()
    # When the reason is given, then 王五 leaves the list and the case's story tells who removed whom and why
    ime_type(dlg.reason, "登记错误，王五与本纠纷无关")
    save(qtbot, cp, dlg)
    assert not any(n.startswith("王五") for n in party_names(cp))
    assert [p.name for p in cp.detail.parties] == ["张三", "李四"]
    removed = [text for kind, text in timeline(cp) if kind == "party_removed"]
    assert len(removed) == 1
    assert "王五" in removed[0] and "登记错误，王五与本纠纷无关" in removed[0]
    assert removed[0].endswith("(director)")  # who did it


def test_given_the_parties_agreed_when_a_party_is_removed_then_it_is_refused_with_the_reason_why(
    qtbot, services, room, make_page
):
    cid = a_case(services, room, consent="pending")
    page = make_page("director")
    cp = open_case(qtbot, page, cid)
    fixed = error_message(ValidationError("consent", "parties_fixed"))
    # Given another PC records the parties' consent while this page still shows the case as pending
    svc, d = services.mediation, room["director"]
    svc.record_consent(d, cid, svc.get_case(d, cid).case.version, True, "当场同意")
    # When 李四 is removed here, then the service's refusal is shown in the dialog and 李四 stays
    choose_party(cp, "李四")
    dlg = step(qtbot, cp, cp.remove_party_button)
    ime_type(dlg.reason, "误登")
    assert refused(qtbot, dlg) == fixed
    dlg.cancel_button.click()
    assert [p.name for p in svc.get_case(d, cid).parties] == ["张三", "李四"]
    # When the page shows the case as it is now, then the refusal comes before any reason is typed
    cp = open_case(qtbot, page, cid)
    qtbot.waitUntil(lambda: cp.detail.case.consent == "agreed")
    choose_party(cp, "李四")
    before = cp.dialog
    cp.remove_party_button.click()
    assert cp.error.text() == fixed and cp.dialog is before
    assert any(n.startswith("李四") for n in party_names(cp))


# -- mediation records --------------------------------------------------------------------------------------------


def test_given_two_records_when_one_is_corrected_and_the_other_voided_then_the_page_and_the_dossier_follow(
    qtbot, services, room, make_page
):
    m = room["mediator"]
    svc = services.mediation
    cid = a_case(services, room, mediator_id=m.id)
    for days, statement, result in (
        (2, "申请人张三陈述：楼上漏水三次。", "双方同意再谈"),
        (1, "误录：这是另一起纠纷的陈述。", "误录"),
    ):
        svc.record_session(
            m,
            cid,
            svc.get_case(m, cid).case.version,
            SessionInput(
                datetime.now(UTC) - timedelta(days=days),
                "矛盾纠纷调处室",
                "陈建国",
                "王丽",
                statements=statement,
                result=result,
            ),
        )
    page = make_page("mediator")
    cp = open_case(qtbot, page, cid)
    assert cp.sessions_box.isVisible() and cp.sessions.count() == 2
    first, second = cp.detail.sessions
    # When the first record is corrected from its entry
    cp.sessions.setCurrentRow(0)
    dlg = step(qtbot, cp, cp.edit_session_button)
    assert dlg.place.text() == "矛盾纠纷调处室" and "楼上漏水三次" in dlg.statements.toPlainText()
    dlg.statements.clear()
    ime_type(dlg.statements, "申请人张三陈述：楼上漏水四次，吊顶已霉变。")
    dlg.session_result.clear()
    ime_type(dlg.session_result, "李四同意先行修缮")
    save(qtbot, cp, dlg)
    # Then the page shows the new text, in the records and in the story
    assert "李四同意先行修缮" in session_texts(cp)[0]
    assert any(kind == "session" and "李四同意先行修缮" in text for kind, text in timeline(cp))
    assert cp.detail.sessions[0].statements == "申请人张三陈述：楼上漏水四次，吊顶已霉变。"
    # When the second is voided: the reason is required, at its field
    cp.sessions.setCurrentRow(1)
    dlg = step(qtbot, cp, cp.void_session_button)
    refused(qtbot, dlg)
    assert BAD in dlg.reason.styleSheet()
    ime_type(dlg.reason, "录入错误，属另一案件")
    save(qtbot, cp, dlg)
    # Then it leaves the records and the print menu, and the story marks it voided with the reason
    assert cp.sessions.count() == 1 and [s.id for s in cp.detail.sessions] == [first.id]
    voided = [text for kind, text in timeline(cp) if kind == "session_voided"]
    assert len(voided) == 1 and "录入错误，属另一案件" in voided[0] and "矛盾纠纷调处室" in voided[0]
    names = {a.objectName() for a in cp.print_menu.actions()}
    assert f"print_mediation_record_{first.id}" in names
    assert f"print_mediation_record_{second.id}" not in names
    # And the 调解记录 in the dossier are the corrected one only
    cp.dossier_button.click()
    qtbot.waitUntil(
        lambda: cp.dialog is not None and getattr(cp.dialog, "pdf", None) is not None, timeout=20000
    )
    text = pdf_text(cp.dialog.pdf)
    assert "楼上漏水四次" in text
    assert "另一起纠纷" not in text and "楼上漏水三次" not in text
    cp.dialog.close()


def test_given_a_closed_case_then_its_records_can_no_longer_be_corrected(qtbot, services, room, make_page):
    m = room["mediator"]
    svc = services.mediation
    cid = a_case(services, room, mediator_id=m.id)
    svc.record_session(
        m,
        cid,
        svc.get_case(m, cid).case.version,
        SessionInput(datetime.now(UTC) - timedelta(hours=3), "调处室", "陈建国", "王丽"),
    )
    svc.record_failure(m, cid, svc.get_case(m, cid).case.version, "已告知可向人民法院起诉。")
    svc.close_case(m, cid, svc.get_case(m, cid).case.version)
    page = make_page("mediator")
    cp = open_case(qtbot, page, cid)
    assert cp.sessions.count() == 1
    assert not cp.edit_session_button.isVisible() and not cp.void_session_button.isVisible()
    assert not cp.remove_party_button.isVisible()


# -- return visits --------------------------------------------------------------------------------------------------


def test_given_an_agreement_when_another_return_visit_is_scheduled_then_it_appears_with_its_date(
    qtbot, services, room, make_page
):
    m = room["mediator"]
    svc = services.mediation
    cid = a_case(services, room, mediator_id=m.id)
    svc.record_session(
        m,
        cid,
        svc.get_case(m, cid).case.version,
        SessionInput(datetime.now(UTC) - timedelta(days=1), "调处室", "陈建国", "王丽"),
    )
    svc.record_agreement(
        m, cid, svc.get_case(m, cid).case.version, AgreementInput("written", "赔偿2000元。", "分两期支付")
    )
    page = make_page("mediator")
    cp = open_case(qtbot, page, cid)
    first_due = cp.detail.return_visits[0].due_on
    # When the mediator schedules another visit, on a day of their choosing
    dlg = step(qtbot, cp, cp.schedule_visit_button)
    assert day_text(first_due) in dlg.pending_note.text()
    due = today() + timedelta(days=45)
    dlg.due_on.set_value(due)
    save(qtbot, cp, dlg)
    # Then the story lists both visits due, each with its date
    assert sorted(r.due_on for r in cp.detail.return_visits) == sorted([first_due, due])
    due_lines = [text for kind, text in timeline(cp) if kind == "return_visit_due"]
    assert len(due_lines) == 2
    assert any(text.startswith(day_text(due)) for text in due_lines)
    assert cp.return_visit_button.isVisible()


# -- attachments ----------------------------------------------------------------------------------------------------


def test_given_a_scan_when_opened_from_the_case_page_then_the_same_bytes_reach_the_viewer_and_it_is_audited(
    qtbot, services, room, make_page, monkeypatch
):
    cid = a_case(services, room)
    buf = io.BytesIO()
    Image.new("RGB", (40, 30), "red").save(buf, "PNG")
    data = buf.getvalue()
    services.mediation.add_attachment(room["director"], cid, "identity", "张三身份证.png", data)
    opened = []  # the system's viewer is an external program: only the URL handed to it is captured
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    page = make_page("mediator")
    cp = open_case(qtbot, page, cid)
    assert cp.attachments.count() == 1 and cp.open_attachment_button.isEnabled()
    # When the scan is opened
    cp.attachments.setCurrentRow(0)
    cp.open_attachment_button.click()
    qtbot.waitUntil(lambda: len(opened) == 1)
    # Then a file with the same name and bytes is handed to the viewer
    path = Path(opened[0].toLocalFile())
    assert opened[0].isLocalFile() and path.name == "张三身份证.png"
    assert path.read_bytes() == data and cp.opened_path == path
    assert cp.error.text() == ""
    # And the opening is in the audit log, against the case
    with services.sessions() as s:
        views = s.scalars(
            select(AuditEntry).where(
                AuditEntry.action == "view", AuditEntry.entity == "dispute_case", AuditEntry.entity_id == cid
            )
        ).all()
    assert len(views) == 1 and "张三身份证.png" in views[0].summary and views[0].username == "mediator"


def test_given_no_viewer_for_a_file_then_the_page_says_where_the_copy_is(
    qtbot, services, room, make_page, monkeypatch
):
    cid = a_case(services, room)
    services.mediation.add_attachment(room["director"], cid, "evidence", "../../收据.xyz", b"\x00\x01receipt")
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    page = make_page("director")
    cp = open_case(qtbot, page, cid)
    cp.attachments.itemActivated.emit(cp.attachments.item(0))  # Enter or double-click on the entry
    qtbot.waitUntil(lambda: cp.opened_path is not None)
    assert cp.opened_path.name == "收据.xyz"  # no way out of the private folder
    assert cp.opened_path.read_bytes() == b"\x00\x01receipt"
    assert str(cp.opened_path) in cp.error.text()


# -- settings ---------------------------------------------------------------------------------------------------------


def test_given_the_settings_when_a_format_without_the_running_number_is_saved_then_it_is_refused_at_the_field(
    qtbot, services, room, make_page
):
    # Only who may change the settings sees the button
    assert not make_page("mediator").settings_button.isVisible()
    page: MediationPage = make_page("director")
    assert page.settings_button.isVisible()
    page.settings_button.click()
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    dlg = page.dialog
    qtbot.waitUntil(dlg.save_button.isEnabled)  # the settings were read
    assert dlg.case_no_format.text() == "（{year}）{abbr}人调字第{seq}号"
    assert dlg.committee_abbr.text() == "华侨路" and dlg.due_days.value() == 30
    assert "（2026）华侨路人调字第7号" in dlg.number_preview.text()
    # When the running number is missing, or only looks present, then the field is outlined with the reason
    for bad in ("（{year}）{abbr}人调字第号", "（{year}）人调字第{{seq}}号", "{abbr}人调字第{seq}号"):
        dlg.case_no_format.clear()
        ime_type(dlg.case_no_format, bad)
        assert refused(qtbot, dlg) == error_message(ValidationError("case_no_format", "bad_number_format"))
        assert BAD in dlg.case_no_format.styleSheet()
        dlg.error.setText("")
    assert services.mediation.settings(room["director"]).case_no_format == "（{year}）{abbr}人调字第{seq}号"
    # When a good format and a shorter deadline are saved
    dlg.case_no_format.clear()
    ime_type(dlg.case_no_format, "（{year}）{abbr}人调〔{seq}〕号")
    assert "（2026）华侨路人调〔7〕号" in dlg.number_preview.text()
    dlg.due_days.setValue(20)
    dlg.save_button.click()
    qtbot.waitUntil(lambda: not dlg.isVisible())
    # Then the service reads them back, the room's page follows, and the next case is numbered that way
    settings = services.mediation.settings(room["director"])
    assert (settings.case_no_format, settings.due_days) == ("（{year}）{abbr}人调〔{seq}〕号", 20)
    assert settings.agreement_no_format == "（{year}）{abbr}人调协字第{seq}号"  # untouched
    qtbot.waitUntil(lambda: page.options.settings.due_days == 20)
    cid = a_case(services, room, days_ago=0)
    assert (
        services.mediation.get_case(room["director"], cid).case.case_no
        == f"（{today().year}）华侨路人调〔1〕号"
    )
