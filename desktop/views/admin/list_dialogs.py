"""The dialogs of the lists page: a key group (new or edited), an entry of a code list (new or renamed)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.services.core.errors import ServiceError
from desktop.services.core.lists_service import CodeItemDTO, KeyGroupRow
from desktop.views.common.form_dialog import FormDialog
from desktop.views.common.messages import error_text
from desktop.views.context import ViewContext

_CTX = "ListsErrors"

# code -> English (the Chinese lives in zh_CN.ts under the context "ListsErrors")
ERRORS = {
    "duplicate": QT_TRANSLATE_NOOP("ListsErrors", "This name is already in the list."),
    "too_long": QT_TRANSLATE_NOOP("ListsErrors", "This is too long: at most %1 characters."),
    "bad_follow_up_days": QT_TRANSLATE_NOOP("ListsErrors", "Follow up every %1 to %2 days."),
    "risk_levels_in_use": QT_TRANSLATE_NOOP(
        "ListsErrors",
        "%1 current members have a risk level: it stays on until their memberships have ended.",
    ),
    "not_editable": QT_TRANSLATE_NOOP("ListsErrors", "This list is not edited here."),
    "last_active": QT_TRANSLATE_NOOP("ListsErrors", "At least one entry of the list stays active."),
    "bad_sort": QT_TRANSLATE_NOOP("ListsErrors", "The position is a number from 0 up."),
}


def lists_error_text(exc: BaseException) -> str:
    """This page's error codes as sentences (with their numbers), the rest as everywhere."""
    if isinstance(exc, ServiceError) and exc.code in ERRORS:
        text = QCoreApplication.translate(_CTX, ERRORS[exc.code])
        p = exc.params
        if exc.code == "too_long":
            return text.replace("%1", str(p.get("limit", "")))
        if exc.code == "bad_follow_up_days":
            return text.replace("%1", str(p.get("low", 1))).replace("%2", str(p.get("high", 366)))
        if exc.code == "risk_levels_in_use":
            return text.replace("%1", str(p.get("count", "")))
        return text
    return error_text(exc)


def members_text(count: int) -> str:
    return QCoreApplication.translate("ListDialogs", "People in this group now: %1.").replace(
        "%1", str(count)
    )


def kept_text(count: int) -> str:
    return QCoreApplication.translate(
        "ListDialogs",
        "Inactive: nobody new can be put in this group. Its current members (%1) keep their membership "
        "and follow-ups.",
    ).replace("%1", str(count))


class KeyGroupDialog(FormDialog):
    """New key group (``group`` None) or an existing one: name, risk level, interval, active."""

    error_message = staticmethod(lists_error_text)

    def __init__(self, ctx: ViewContext, group: KeyGroupRow | None = None, parent=None):
        title = (
            QCoreApplication.translate("ListDialogs", "Key group: %1").replace("%1", group.name)
            if group
            else QCoreApplication.translate("ListDialogs", "New key group")
        )
        super().__init__(ctx, title, "key_group_dialog", parent)
        self.group = group
        self.line("name", QCoreApplication.translate("ListDialogs", "Name"), group.name if group else "")
        # a wide range: the rule (1 to 366 days) is the service's, and its message names the limits
        self.number(
            "follow_up_days",
            QCoreApplication.translate("ListDialogs", "Follow up every"),
            group.follow_up_days if group else 90,
            0,
            9999,
        )
        self.follow_up_days.setSuffix(QCoreApplication.translate("ListDialogs", " days"))
        self.check(
            "has_risk_level",
            QCoreApplication.translate(
                "ListDialogs", "Members have a risk level (0-5) that sets their follow-ups"
            ),
            group.has_risk_level if group else False,
        )
        self.note(
            "risk_note",
            QCoreApplication.translate(
                "ListDialogs",
                "With a risk level the psychiatric-care rules apply: level 0 every 3 months, 1-2 at two "
                "weeks then 1 or 3 months, 3-5 within two weeks. Without one, the interval above.",
            ),
        )
        self.risk_note.setStyleSheet("color: #555")
        if group is not None:
            self.check(
                "active",
                QCoreApplication.translate("ListDialogs", "Active: new people can be put in this group"),
                group.active,
            )
            self.note("members_note", "")
            self.active.toggled.connect(self._show_members)
            self._show_members()

    def _show_members(self, *_a) -> None:
        n = self.group.current_members
        text = members_text(n)
        if not self.active.isChecked():
            text = (
                kept_text(n)
                if n
                else QCoreApplication.translate(
                    "ListDialogs", "Inactive: nobody new can be put in this group."
                )
            )
        self.members_note.setText(text)

    def job(self):
        svc, actor, g = self.ctx.services.lists, self.ctx.actor, self.group
        name, days, risk = self.name.text(), self.follow_up_days.value(), self.has_risk_level.isChecked()
        if g is None:
            return lambda: svc.create_key_group(actor, name, risk, days)
        active = self.active.isChecked()
        return lambda: svc.update_key_group(actor, g.id, g.version, name, risk, days, active)


class CodeLabelDialog(FormDialog):
    """A new entry of a code list (``item`` None), or an entry renamed."""

    error_message = staticmethod(lists_error_text)

    def __init__(
        self, ctx: ViewContext, list_name: str, list_title: str, item: CodeItemDTO | None = None, parent=None
    ):
        title = (
            QCoreApplication.translate("ListDialogs", "Rename: %1").replace("%1", item.label)
            if item
            else QCoreApplication.translate("ListDialogs", "New entry: %1").replace("%1", list_title)
        )
        super().__init__(ctx, title, "code_label_dialog", parent)
        self.setMinimumWidth(420)
        self.list_name, self.item = list_name, item
        self.line("label", QCoreApplication.translate("ListDialogs", "Text"), item.label if item else "")
        if item is not None:
            self.note(
                "rename_note",
                QCoreApplication.translate(
                    "ListDialogs", "Records that use this entry show the new text too."
                ),
            )

    def job(self):
        svc, actor, item, text = self.ctx.services.lists, self.ctx.actor, self.item, self.label.text()
        if item is None:
            list_name = self.list_name
            return lambda: svc.create_code(actor, list_name, text)
        return lambda: svc.update_code(actor, item.id, label=text)
