"""First start: the community's name, street, district, and the administrator account."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWizard, QWizardPage

from desktop.services.core.errors import ValidationError
from desktop.views.common.messages import error_text


class SetupWizard(QWizard):
    """Collects the answers; ``submit(values)`` is given by the app and runs off the GUI thread."""

    done_setup = Signal(object)

    def __init__(self, submit: Callable[[dict, Callable, Callable], None], parent=None):
        super().__init__(parent)
        self.setObjectName("setup_wizard")
        self._submit = submit
        self._accepted = False
        self.setWindowTitle(self.tr("Zongzhi Desk — first start"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)

        self.community_page = QWizardPage()
        self.community_page.setTitle(self.tr("Your community"))
        self.community_page.setSubTitle(
            self.tr("These names appear on every form and sign the centre prints.")
        )
        self.community = self._field("community")
        self.street = self._field("street")
        self.district = self._field("district")
        self.city = self._field("city")
        form = QFormLayout(self.community_page)
        form.addRow(self.tr("Community (e.g. 华侨路社区)"), self.community)
        form.addRow(self.tr("Street (街道)"), self.street)
        form.addRow(self.tr("District (区)"), self.district)
        form.addRow(self.tr("City (市)"), self.city)
        self.community_page.registerField("community*", self.community)
        self.community_page.registerField("street*", self.street)
        self.community_page.registerField("district*", self.district)

        self.admin_page = QWizardPage()
        self.admin_page.setTitle(self.tr("Administrator"))
        self.admin_page.setSubTitle(self.tr("The administrator creates the accounts of the centre's staff."))
        self.admin_username = self._field("admin_username")
        self.admin_full_name = self._field("admin_full_name")
        self.admin_password = self._field("admin_password", password=True)
        self.admin_password2 = self._field("admin_password2", password=True)
        self.error = QLabel("")
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        form = QFormLayout(self.admin_page)
        form.addRow(self.tr("User name"), self.admin_username)
        form.addRow(self.tr("Full name"), self.admin_full_name)
        form.addRow(self.tr("Password (8 or more characters)"), self.admin_password)
        form.addRow(self.tr("Password again"), self.admin_password2)
        form.addRow(self.error)
        self.admin_page.registerField("admin_username*", self.admin_username)
        self.admin_page.registerField("admin_full_name*", self.admin_full_name)
        self.admin_page.registerField("admin_password*", self.admin_password)

        self.addPage(self.community_page)
        self.addPage(self.admin_page)
        self.resize(560, 420)

    def _field(self, name: str, password: bool = False) -> QLineEdit:
        w = QLineEdit()
        w.setObjectName(name)
        if password:
            w.setEchoMode(QLineEdit.EchoMode.Password)
        return w

    def values(self) -> dict:
        return {
            "community": self.community.text(),
            "street": self.street.text(),
            "district": self.district.text(),
            "city": self.city.text(),
            "admin_username": self.admin_username.text(),
            "admin_full_name": self.admin_full_name.text(),
            "admin_password": self.admin_password.text(),
        }

    def accept(self) -> None:
        if self._accepted:
            super().accept()
            return
        if self.admin_password.text() != self.admin_password2.text():
            self._show_error("admin_password2", self.tr("The two passwords differ."))
            return
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self._submit(self.values(), self._on_done, self._on_error)

    def _on_done(self, user) -> None:
        self._accepted = True
        self.done_setup.emit(user)
        super().accept()

    def _on_error(self, exc: BaseException) -> None:
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        field = exc.field if isinstance(exc, ValidationError) else None
        if field == "password":
            field = "admin_password"
        self._show_error(field, error_text(exc))

    def _show_error(self, field: str | None, message: str) -> None:
        self.error.setText(message)
        widget = self.findChild(QLineEdit, field) if field else None
        if widget is not None:
            if widget in (self.community, self.street, self.district, self.city):
                self.restart()
            widget.setFocus()
            widget.setStyleSheet("border: 1px solid #b00020")
