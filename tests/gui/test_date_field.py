"""The one date field: a date typed in full is taken as typed (Qt's QDateEdit keeps the current year when one
types into it: 2025-11-20 typed became 2026-11-20), text that is no date is outlined and said, never silently
replaced, and the calendar and "any date" work as the pages use them."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QTableView

from desktop.services.core.errors import ValidationError
from desktop.tasks import TaskManager
from desktop.views.common.date_field import DateField, MomentField
from desktop.views.common.form_helpers import BAD_FIELD
from desktop.views.context import ViewContext
from desktop.views.reception.petition_dialogs import IntakeDialog
from tests.conftest import make_actor
from tests.gui.conftest import ime_type


def field(qtbot, value=None, **kw) -> DateField:
    f = DateField(value, **kw)
    f.setObjectName("received_on")
    qtbot.addWidget(f)
    f.show()
    return f


def type_over(qtbot, f, text: str) -> None:
    """What a user does: select what the field shows and type the date."""
    f.selectAll()
    qtbot.keyClicks(f, text)


@pytest.mark.parametrize("typed", ["2025-11-20", "20251120", "2025/11/20", "2025.11.20", "2025年11月20日"])
def test_given_todays_date_when_a_full_date_of_another_year_is_typed_then_that_date_is_taken(
    qtbot, zh_app, typed
):
    f = field(qtbot, date.today())
    if typed.isascii():
        type_over(qtbot, f, typed)
    else:  # Chinese comes from an input method, not as key presses
        f.selectAll()
        ime_type(f, typed)
    assert f.value() == date(2025, 11, 20)
    # Enter: shown the one way every date is shown
    qtbot.keyClick(f, Qt.Key.Key_Return)
    assert f.text() == "2025-11-20" and f.value() == date(2025, 11, 20)
    assert f.styleSheet() != BAD_FIELD


def test_given_a_date_field_when_text_that_is_no_date_is_typed_then_it_is_outlined_and_said_not_replaced(
    qtbot, zh_app
):
    f = field(qtbot, date(2026, 3, 5))
    changes = []
    f.changed.connect(changes.append)
    type_over(qtbot, f, "2025-02-30")
    qtbot.keyClick(f, Qt.Key.Key_Return)
    # Then the text stays as typed, outlined, with the reason; the old date is not quietly kept
    assert f.text() == "2025-02-30"
    assert f.styleSheet() == BAD_FIELD and "2025-11-20" in f.toolTip()
    assert changes == []
    with pytest.raises(ValidationError) as refused:
        f.value()
    assert (refused.value.field, refused.value.code) == ("received_on", "unreadable_date")
    # When it is corrected, the outline goes and the new date is announced
    type_over(qtbot, f, "20250228")
    assert f.styleSheet() == ""
    qtbot.keyClick(f, Qt.Key.Key_Return)
    assert changes == [date(2025, 2, 28)] and f.toolTip() == ""


def test_given_the_calendar_when_a_day_is_picked_then_the_field_takes_it(qtbot, zh_app):
    f = field(qtbot, date(2026, 3, 5))
    changes = []
    f.changed.connect(changes.append)
    f.pick_action.trigger()
    assert f.popup.isVisible() and f.calendar.selectedDate() == QDate(2026, 3, 5)
    f.calendar.setSelectedDate(QDate(2025, 11, 20))
    days = f.calendar.findChild(QTableView, "qt_calendar_calendarview")  # the grid of days has the focus
    qtbot.keyClick(days, Qt.Key.Key_Return)
    assert not f.popup.isVisible()
    assert f.text() == "2025-11-20" and changes == [date(2025, 11, 20)]


def test_given_a_filter_with_any_date_then_empty_is_no_date_and_clearing_announces_it(qtbot, zh_app):
    f = field(qtbot, None, blank="任意")
    assert f.value() is None and f.placeholderText() == "任意"
    changes = []
    f.changed.connect(changes.append)
    qtbot.keyClicks(f, "20251120")
    qtbot.keyClick(f, Qt.Key.Key_Return)
    f.clear()  # the field's clear button
    assert changes == [date(2025, 11, 20), None] and f.value() is None
    # a date a form needs is said to be missing instead
    needed = field(qtbot, None)
    with pytest.raises(ValidationError) as refused:
        needed.value()
    assert refused.value.code == "required"


def test_given_a_session_time_when_typed_then_date_and_time_are_taken(qtbot, zh_app):
    f = MomentField(datetime(2026, 3, 5, 9, 0).astimezone())
    qtbot.addWidget(f)
    type_over(qtbot, f, "20251120 1430")
    assert f.value() == datetime(2025, 11, 20, 14, 30).astimezone()
    qtbot.keyClick(f, Qt.Key.Key_Return)
    assert f.text() == "2025-11-20 14:30"


def test_given_the_petition_intake_when_its_received_date_is_typed_then_the_petition_keeps_that_date(
    qtbot, zh_app, services
):
    clerk = make_actor(services, "qiantai", "王丽", "reception")
    tasks = TaskManager()
    try:
        ctx = ViewContext(services, tasks, clerk, services.auth.community())
        dlg = IntakeDialog(ctx, [], None)
        qtbot.addWidget(dlg)
        dlg.show()
        saved = []
        dlg.saved.connect(saved.append)
        # a date mistyped is refused at its field, saying how to write it, and nothing is saved
        type_over(qtbot, dlg.received_on, "2025-13-40")
        ime_type(dlg.petitioner_name, "周建华")
        ime_type(dlg.request, "要求修复漏水的公共管道")
        dlg.save_button.click()
        assert "2025-11-20" in dlg.error.text() and dlg.received_on.styleSheet() == BAD_FIELD
        assert dlg.received_on.text() == "2025-13-40" and not saved
        # typed right, it is the petition's date
        type_over(qtbot, dlg.received_on, "2025-11-20")
        dlg.save_button.click()
        qtbot.waitUntil(lambda: bool(saved) or dlg.error.text() != "", timeout=10000)
        assert dlg.error.text() == ""
        assert saved[0].received_on == date(2025, 11, 20)
        assert services.petitions.get(clerk, saved[0].id).received_on == date(2025, 11, 20)
    finally:
        tasks.shutdown()


def test_given_the_petition_intake_when_the_received_date_is_far_back_or_ahead_then_it_is_said(
    qtbot, zh_app, services
):
    clerk = make_actor(services, "qiantai", "王丽", "reception")
    tasks = TaskManager()
    try:
        ctx = ViewContext(services, tasks, clerk, services.auth.community())
        dlg = IntakeDialog(ctx, [], None, today=date(2025, 11, 25))
        qtbot.addWidget(dlg)
        dlg.show()
        warning = dlg.received_warning
        assert not warning.isVisible()  # today
        type_over(qtbot, dlg.received_on, "2025-11-20")
        assert not warning.isVisible()
        type_over(qtbot, dlg.received_on, "20251001")  # a slip of the month: 55 days back
        assert warning.isVisible() and "55" in warning.text()
        type_over(qtbot, dlg.received_on, "2026-11-25")  # a slip of the year
        assert warning.isVisible() and warning.text() != "" and "55" not in warning.text()
        type_over(qtbot, dlg.received_on, "2025-11-24")
        assert not warning.isVisible()
    finally:
        tasks.shutdown()
