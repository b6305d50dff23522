"""The first window: shows at once, while the database opens in the background."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget


class LoginWindow(QWidget):
    login_requested = Signal(str, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("login_window")
        self.setWindowTitle(self.tr("Zongzhi Desk — Sign in"))
        self.title = QLabel(self.tr("Zongzhi Desk"))
        self.title.setObjectName("title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        f = self.title.font()
        f.setPointSizeF(f.pointSizeF() * 1.8)
        f.setBold(True)
        self.title.setFont(f)
        self.community = QLabel("")
        self.community.setObjectName("community")
        self.community.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.login_button = QPushButton(self.tr("Sign in"))
        self.login_button.setObjectName("login_button")
        self.login_button.setDefault(True)
        self.login_button.setEnabled(False)
        self.status = QLabel(self.tr("Opening the database…"))
        self.status.setObjectName("status")
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(40, 30, 40, 30)
        lay.addWidget(self.title)
        lay.addWidget(self.community)
        lay.addSpacing(12)
        lay.addLayout(form)
        lay.addWidget(self.login_button)
        lay.addWidget(self.status)
        self.setMinimumWidth(420)

        self.login_button.clicked.connect(self._submit)
        self.password.returnPressed.connect(self._submit)
        self.username.returnPressed.connect(self.password.setFocus)
        self.username.setFocus()

    def set_ready(self, community_line: str) -> None:
        self.community.setText(community_line)
        self._status("")
        self.login_button.setEnabled(True)

    def set_busy(self, message: str) -> None:
        self._status(message)
        self.login_button.setEnabled(False)

    def show_error(self, message: str) -> None:
        self._status(message, error=True)
        self.login_button.setEnabled(True)
        self.password.selectAll()
        self.password.setFocus()

    def _status(self, message: str, *, error: bool = False) -> None:
        self.status.setText(message)
        self.status.setStyleSheet("color: #b00020; font-weight: bold" if error else "")

    def _submit(self) -> None:
        if not self.login_button.isEnabled():
            return
        if not self.username.text().strip():
            self.show_error(self.tr("Enter your user name."))
            self.username.setFocus()
            return
        self.set_busy(self.tr("Checking…"))
        self.login_requested.emit(self.username.text().strip(), self.password.text())
