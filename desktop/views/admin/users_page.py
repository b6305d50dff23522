"""Staff accounts (the administrator only): the list with each account's state, a new account, and what an
administrator does to one — a temporary password (chosen anew by the user at the next login), unlocking after
too many wrong passwords, disabling and enabling, another role. Every change is audited by the service."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit

from desktop.changes import Kind
from desktop.services.core import clock
from desktop.services.core.dto import UserDTO
from desktop.services.core.permissions import ROLE_LABELS_ZH, Role
from desktop.views.common.form_dialog import FormDialog
from desktop.views.common.form_helpers import BAD_FIELD, button, hbox, named, vbox
from desktop.views.common.room_page import RoomPage
from desktop.views.common.table_models import GREY, RED, Column, RowTableModel, field
from desktop.views.common.table_view import current_row, select_id, table_view
from desktop.views.context import ViewContext

_CONTEXT = "UsersPage"


def role_label(u: UserDTO) -> str:
    return ROLE_LABELS_ZH.get(Role(u.role), u.role) if u.role in set(Role) else u.role


def state(u: UserDTO) -> str:
    """What an administrator must know first: disabled, locked (until when), waiting for a new password."""
    if not u.active:
        return QCoreApplication.translate("UsersPage", "Disabled")
    if u.locked(clock.now()):
        until = QLocale().toString(u.locked_until.astimezone().time(), QLocale.FormatType.ShortFormat)
        return QCoreApplication.translate("UsersPage", "Locked until %1 (too many wrong passwords)").replace(
            "%1", until
        )
    if u.must_change_password:
        return QCoreApplication.translate("UsersPage", "Temporary password: a new one at the next login")
    return QCoreApplication.translate("UsersPage", "In use")


def _last_login(u: UserDTO) -> str:
    return (
        u.last_login_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if u.last_login_at
        else QCoreApplication.translate("UsersPage", "never")
    )


COLUMNS = (
    Column(QT_TRANSLATE_NOOP("UsersPage", "Full name"), field("full_name")),
    Column(QT_TRANSLATE_NOOP("UsersPage", "User name"), field("username")),
    Column(QT_TRANSLATE_NOOP("UsersPage", "Role"), role_label),
    Column(
        QT_TRANSLATE_NOOP("UsersPage", "State"),
        state,
        foreground=lambda u: GREY if not u.active else RED if u.locked(clock.now()) else None,
    ),
    Column(QT_TRANSLATE_NOOP("UsersPage", "Last login"), _last_login),
)


class ResetPasswordDialog(FormDialog):
    """A temporary password the administrator tells the user; shown as typed (it is to be read out)."""

    def __init__(self, ctx: ViewContext, user: UserDTO, parent=None):
        super().__init__(
            ctx,
            QCoreApplication.translate("UsersPage", "Reset password: %1").replace("%1", user.full_name),
            "reset_password_dialog",
            parent,
        )
        self.user = user
        self.note(
            "reset_note",
            QCoreApplication.translate(
                "UsersPage",
                "Give the user this temporary password; at the next login they must choose their own. "
                "The account is unlocked too.",
            ),
        )
        self.line("password", QCoreApplication.translate("UsersPage", "Temporary password (8 or more)"))

    def job(self):
        auth, actor, user_id, password = (
            self.ctx.services.auth,
            self.ctx.actor,
            self.user.id,
            self.password.text(),
        )
        return lambda: auth.reset_password(actor, user_id, password)


class UsersPage(RoomPage):
    kinds = frozenset({Kind.STAFF})

    def __init__(self, ctx: ViewContext, parent=None):
        super().__init__(ctx, "users_page", parent, first=None)
        self.model = RowTableModel(COLUMNS, _CONTEXT)
        named(
            self,
            "users",
            table_view("users_table", self.model, (100, 100, 100), stretch=3, fit=(4,), parent=self),
        )
        self.users.selectionModel().currentRowChanged.connect(lambda *_: self._selected())

        chosen = QGroupBox(self.tr("The chosen account"))
        button(self, "reset_button", self.tr("Temporary password…"), self.reset_password)
        button(self, "unlock_button", self.tr("Unlock"), self.unlock)
        button(self, "active_button", self.tr("Disable"), self.toggle_active)
        named(self, "new_role", QComboBox())
        for r in Role:
            self.new_role.addItem(ROLE_LABELS_ZH[r], r.value)
        button(self, "role_button", self.tr("Change role"), self.change_role)
        vbox(
            hbox(self.reset_button, self.unlock_button, self.active_button, 1),
            hbox(QLabel(self.tr("Role")), self.new_role, self.role_button, 1),
            parent=chosen,
        )

        box = QGroupBox(self.tr("New account"))
        named(self, "username", QLineEdit())
        named(self, "full_name", QLineEdit())
        named(self, "role", QComboBox())
        for r in Role:
            self.role.addItem(ROLE_LABELS_ZH[r], r.value)
        named(self, "password", QLineEdit())
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        button(self, "create_button", self.tr("Create account"), self.create)
        form = QFormLayout(box)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Full name"), self.full_name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Password (8 or more characters)"), self.password)
        form.addRow(self.create_button)
        hbox(
            (vbox(QLabel(self.tr("Accounts")), self.users, chosen, self.error), 2),
            (vbox(box, 1), 1),
            parent=self,
        )
        self._selected()

    # -- the list ---------------------------------------------------------------------------------------------
    def query(self, _filt):
        svc, actor = self.ctx.services.auth, self.ctx.actor
        return lambda: svc.list_users(actor)

    def show_result(self, _filt, users) -> None:
        chosen = current_row(self.users)
        self.model.set_rows(users)
        if chosen is not None:
            select_id(self.users, chosen.id)
        self._selected()

    def _selected(self) -> None:
        u = current_row(self.users)
        for b in (self.reset_button, self.unlock_button, self.active_button, self.role_button, self.new_role):
            b.setEnabled(u is not None)
        if u is None:
            return
        self.unlock_button.setEnabled(u.locked(clock.now()))
        self.active_button.setText(self.tr("Disable") if u.active else self.tr("Enable"))
        self.new_role.setCurrentIndex(max(0, self.new_role.findData(u.role)))

    # -- what an administrator does ----------------------------------------------------------------------------
    def _write(self, job) -> None:
        self.error.setText("")
        self.ctx.tasks.run_write(job, lambda _u: self.error.setText(""), self.failed)

    def reset_password(self) -> None:
        u = current_row(self.users)
        if u is not None:
            self.dialog = ResetPasswordDialog(self.ctx, u, self)
            self.dialog.open()

    def unlock(self) -> None:
        u, auth, actor = current_row(self.users), self.ctx.services.auth, self.ctx.actor
        if u is not None:
            self._write(lambda: auth.unlock(actor, u.id))

    def toggle_active(self) -> None:
        u, auth, actor = current_row(self.users), self.ctx.services.auth, self.ctx.actor
        if u is not None:
            self._write(lambda: auth.set_active(actor, u.id, not u.active))

    def change_role(self) -> None:
        u, auth, actor, role = (
            current_row(self.users),
            self.ctx.services.auth,
            self.ctx.actor,
            self.new_role.currentData(),
        )
        if u is not None and role != u.role:
            self._write(lambda: auth.set_role(actor, u.id, role))

    # -- a new account ---------------------------------------------------------------------------------------
    def create(self) -> None:
        values = dict(
            username=self.username.text(),
            full_name=self.full_name.text(),
            role=self.role.currentData(),
            password=self.password.text(),
        )
        svc, actor = self.ctx.services.auth, self.ctx.actor
        self.create_button.setEnabled(False)
        self.ctx.tasks.run_write(lambda: svc.create_user(actor, **values), self._created, self._failed)

    def _created(self, _user) -> None:
        self.create_button.setEnabled(True)
        self.error.setText("")
        for w in (self.username, self.full_name, self.password):
            w.clear()
            if w.styleSheet() == BAD_FIELD:
                w.setStyleSheet("")

    def _failed(self, exc) -> None:
        self.create_button.setEnabled(True)
        self.failed(exc)
