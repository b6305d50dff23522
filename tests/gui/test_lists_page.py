"""The administrator's lists page (key groups, code lists) as a user drives it, on a real database.

Expected texts are built with the page's own translation calls, so the tests hold before and after the
Chinese of zh_CN.ts is filled in."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox

from desktop.changes import collect
from desktop.services.core.errors import ValidationError
from desktop.services.core.id_numbers import check_digit
from desktop.services.residents.resident_service import validate_person
from desktop.views.admin.list_dialogs import kept_text, lists_error_text, members_text
from desktop.views.admin.lists_page import ListsPage
from tests.gui.conftest import cell, ime_type, make_actor, open_dialog

N_DEFAULT_GROUPS = 8


@pytest.fixture
def lists(services):
    return services.lists


@pytest.fixture
def page(qtbot, services, admin, lists, make_page):
    p = make_page("admin", ListsPage, actor=admin.actor())
    qtbot.waitUntil(lambda: p.groups.model().rowCount() == N_DEFAULT_GROUPS)
    return p


def t(context: str, text: str, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, "", n)


def row_of(page, name: str) -> int:
    return next(
        i for i in range(page.groups.model().rowCount()) if cell(page.groups, i, page.COL_NAME) == name
    )


def cells(page, row: int) -> list[str]:
    return [cell(page.groups, row, c) for c in range(page.GROUP_COLUMNS)]


def set_days(qtbot, dlg, text: str) -> None:
    dlg.follow_up_days.selectAll()
    qtbot.keyClicks(dlg.follow_up_days, text)


def test_given_admin_when_a_key_group_is_added_in_the_dialog_then_the_table_and_the_residents_room_have_it(
    qtbot, services, page
):
    # When the administrator fills in the dialog and saves
    dlg = open_dialog(qtbot, page, page.new_group_button)
    ime_type(dlg.name, "独居老人")
    set_days(qtbot, dlg, "45")
    assert dlg.follow_up_days.value() == 45
    dlg.save_button.click()
    # Then the dialog closes and the table shows the new group, active, without members
    qtbot.waitUntil(lambda: page.groups.model().rowCount() == N_DEFAULT_GROUPS + 1)
    assert not dlg.isVisible()
    assert cells(page, row_of(page, "独居老人")) == [
        "独居老人",
        t("ListsPage", "No"),
        t("ListsPage", "%n days", 45),
        t("ListsPage", "Yes"),
        "0",
    ]
    assert page.group_status.text() == t("ListsPage", "Saved: %1").replace("%1", "独居老人")
    # and the residents room offers it with its interval
    police = make_actor(services, "minjing", "张警官", "police")
    offered = {g.name: g for g in services.key_groups.list_key_groups(police)}
    assert offered["独居老人"].follow_up_days == 45
    assert not offered["独居老人"].has_risk_level


def test_given_a_bad_follow_up_interval_then_the_message_is_at_the_field_and_nothing_is_saved(
    qtbot, services, lists, page, admin
):
    dlg = open_dialog(qtbot, page, page.new_group_button)
    ime_type(dlg.name, "独居老人")
    set_days(qtbot, dlg, "400")
    dlg.save_button.click()
    expected = lists_error_text(ValidationError("follow_up_days", "bad_follow_up_days", low=1, high=366))
    qtbot.waitUntil(lambda: dlg.error.text() == expected)
    assert "366" in expected
    # the field at fault is outlined, the dialog stays open for a correction, and nothing was written
    assert "b00020" in dlg.follow_up_days.styleSheet()
    assert "b00020" not in dlg.name.styleSheet()
    assert dlg.isVisible() and dlg.save_button.isEnabled()
    assert "独居老人" not in [g.name for g in lists.list_key_groups(admin.actor())]
    # a duplicate name is shown at the name field
    dlg.name.clear()
    ime_type(dlg.name, "重点青少年")
    set_days(qtbot, dlg, "30")
    dlg.save_button.click()
    qtbot.waitUntil(lambda: dlg.error.text() == lists_error_text(ValidationError("name", "duplicate")))
    assert "b00020" in dlg.name.styleSheet() and "b00020" not in dlg.follow_up_days.styleSheet()
    assert page.groups.model().rowCount() == N_DEFAULT_GROUPS


def test_given_a_group_with_members_when_deactivated_then_the_member_count_is_shown_and_kept(
    qtbot, services, lists, page
):
    # Given a person in 重点青少年
    police = make_actor(services, "minjing", "张警官", "police")
    number = "32010219800307123" + check_digit("32010219800307123")
    p = services.residents.create_person(police, validate_person({"name": "张伟", "id_number": number}))
    group = next(g for g in services.key_groups.list_key_groups(police) if g.name == "重点青少年")
    with collect() as written:
        services.key_groups.add_membership(
            police, p.id, group.id, start_on=date.today() - timedelta(days=10), worker_id=police.id
        )
    # the membership was written elsewhere: the page hears what was committed on the bus
    page.ctx.tasks.bus.changed.emit(written.changes)
    qtbot.waitUntil(lambda: cells(page, row_of(page, "重点青少年"))[page.COL_MEMBERS] == "1")
    # When the administrator opens it and unticks "active"
    page.groups.selectRow(row_of(page, "重点青少年"))
    dlg = open_dialog(qtbot, page, page.edit_group_button)
    assert dlg.members_note.text() == members_text(1)
    active = dlg.findChild(QCheckBox, "active")
    active.setChecked(False)
    # Then the dialog says the member stays
    assert dlg.members_note.text() == kept_text(1)
    dlg.save_button.click()
    # and after saving, so does the page, and the table shows the group inactive with its member
    qtbot.waitUntil(lambda: kept_text(1) in page.group_status.text())
    qtbot.waitUntil(
        lambda: cells(page, row_of(page, "重点青少年"))[page.COL_ACTIVE] == t("ListsPage", "Inactive")
    )
    assert cells(page, row_of(page, "重点青少年"))[page.COL_MEMBERS] == "1"
    assert "重点青少年" not in [g.name for g in services.key_groups.list_key_groups(police)]
    assert [m.group_name for m in services.key_groups.memberships_of(police, p.id)] == ["重点青少年"]


def test_given_the_risk_group_with_members_when_switching_the_risk_level_off_then_refused_at_the_checkbox(
    qtbot, services, page
):
    police = make_actor(services, "minjing", "张警官", "police")
    number = "32010219800307123" + check_digit("32010219800307123")
    p = services.residents.create_person(police, validate_person({"name": "张伟", "id_number": number}))
    group = next(g for g in services.key_groups.list_key_groups(police) if g.has_risk_level)
    services.key_groups.add_membership(
        police, p.id, group.id, start_on=date.today(), worker_id=police.id, risk_level=1
    )
    page.reload()  # the key groups
    qtbot.waitUntil(lambda: cells(page, row_of(page, group.name))[page.COL_MEMBERS] == "1")
    page.groups.selectRow(row_of(page, group.name))
    dlg = open_dialog(qtbot, page, page.edit_group_button)
    dlg.has_risk_level.setChecked(False)
    dlg.save_button.click()
    expected = lists_error_text(ValidationError("has_risk_level", "risk_levels_in_use", count=1))
    qtbot.waitUntil(lambda: dlg.error.text() == expected)
    assert "b00020" in dlg.has_risk_level.styleSheet()


def test_given_a_code_list_when_an_entry_is_added_moved_up_and_deactivated_then_the_visit_form_follows(
    qtbot, services, page
):
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.code_lists.count() == 6 and page.codes.model().rowCount() > 0)
    assert page.current_list() == "visit_purpose"
    assert page.code_lists.item(0).text() == t("ListsPage", "Visit purposes")
    n = page.codes.model().rowCount()
    # When an entry is added
    dlg = open_dialog(qtbot, page, page.add_code_button)
    ime_type(dlg.label, "法律援助")
    dlg.save_button.click()
    qtbot.waitUntil(lambda: page.codes.model().rowCount() == n + 1)
    # Then it is last and selected
    qtbot.waitUntil(lambda: page.selected_code() is not None and page.selected_code().label == "法律援助")
    assert cell(page.codes, n, 0) == "法律援助"
    assert not page.down_button.isEnabled()
    # When it is moved up
    page.up_button.click()
    qtbot.waitUntil(lambda: cell(page.codes, n - 1, 0) == "法律援助")
    assert cell(page.codes, n, 0) == "其他"
    qtbot.waitUntil(lambda: page.down_button.isEnabled())
    # When it is deactivated
    assert page.toggle_active_button.text() == t("ListsPage", "Deactivate")
    page.toggle_active_button.click()
    qtbot.waitUntil(lambda: cell(page.codes, n - 1, 1) == t("ListsPage", "Inactive"))
    qtbot.waitUntil(lambda: page.toggle_active_button.text() == t("ListsPage", "Activate"))
    clerk = make_actor(services, "qiantai", "王丽", "reception")
    purposes = [c.label for c in services.reception.options(clerk).purposes]
    assert "法律援助" not in purposes and purposes[-1] == "其他"
    # a duplicate label is refused in the dialog
    dlg = open_dialog(qtbot, page, page.add_code_button)
    ime_type(dlg.label, "咨询")
    dlg.save_button.click()
    qtbot.waitUntil(lambda: dlg.error.text() == lists_error_text(ValidationError("label", "duplicate")))
    assert "b00020" in dlg.label.styleSheet()
