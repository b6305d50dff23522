"""Staff accounts: list and create (the administrator only)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QListWidget

from desktop.changes import Kind
from desktop.services.core.permissions import ROLE_LABELS_ZH, Role
from desktop.views.common.form_helpers import BAD_FIELD, button, hbox, named, vbox
from desktop.views.common.room_page import RoomPage
from desktop.views.context import ViewContext


class UsersPage(RoomPage):
    kinds = frozenset({Kind.STAFF})

    def __init__(self, ctx: ViewContext, parent=None):
        super().__init__(ctx, "users_page", parent, first=None)
        named(self, "users", QListWidget())
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
        form.addRow(self.error)
        hbox((vbox(QLabel(self.tr("Accounts")), self.users), 1), (box, 1), parent=self)

    def query(self, _filt):
        svc, actor = self.ctx.services.auth, self.ctx.actor
        return lambda: svc.list_users(actor)

    def show_result(self, _filt, users) -> None:
        self.users.clear()
        for u in users:
            label = ROLE_LABELS_ZH.get(Role(u.role), u.role)
            self.users.addItem(f"{u.full_name}（{u.username}） · {label}")

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
