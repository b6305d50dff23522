"""Staff accounts: list and create (the administrator only)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Kind
from desktop.services.core.errors import ValidationError
from desktop.services.core.permissions import ROLE_LABELS_ZH, Role
from desktop.views.common.messages import error_text
from desktop.views.context import ViewContext


class UsersPage(QWidget):
    def __init__(self, ctx: ViewContext, parent=None):
        super().__init__(parent)
        self.setObjectName("users_page")
        self.ctx = ctx
        self.users = QListWidget()
        self.users.setObjectName("users")
        box = QGroupBox(self.tr("New account"))
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("full_name")
        self.role = QComboBox()
        self.role.setObjectName("role")
        for r in Role:
            self.role.addItem(ROLE_LABELS_ZH[r], r.value)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.create_button = QPushButton(self.tr("Create account"))
        self.create_button.setObjectName("create_button")
        self.error = QLabel("")
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020")
        form = QFormLayout(box)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Full name"), self.full_name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Password (8 or more characters)"), self.password)
        form.addRow(self.create_button)
        form.addRow(self.error)
        lay = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Accounts")))
        left.addWidget(self.users)
        lay.addLayout(left, 1)
        lay.addWidget(box, 1)
        self.create_button.clicked.connect(self.create)
        ctx.tasks.bus.changed.connect(lambda ch: Kind.STAFF in ch and self.reload())
        self.reload()

    def reload(self) -> None:
        self.ctx.tasks.run_read(
            lambda: self.ctx.services.auth.list_users(self.ctx.actor),
            self._show,
            lambda e: self.error.setText(error_text(e)),
        )

    def _show(self, users) -> None:
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
        self.create_button.setEnabled(False)
        self.ctx.tasks.run_write(
            lambda: self.ctx.services.auth.create_user(self.ctx.actor, **values),
            self._created,
            self._failed,
        )

    def _created(self, user) -> None:
        self.create_button.setEnabled(True)
        self.error.setText("")
        for w in (self.username, self.full_name, self.password):
            w.clear()
            w.setStyleSheet("")

    def _failed(self, exc) -> None:
        self.create_button.setEnabled(True)
        self.error.setText(error_text(exc))
        if isinstance(exc, ValidationError):
            w = self.findChild(QLineEdit, exc.field)
            if w is not None:
                w.setStyleSheet("border: 1px solid #b00020")
                w.setFocus()
