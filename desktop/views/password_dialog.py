"""The user's own password: chosen at the first login after an administrator reset it, or changed at will."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit

from desktop.services.core.errors import ValidationError
from desktop.views.common.form_dialog import FormDialog
from desktop.views.context import ViewContext


class ChangePasswordDialog(FormDialog):
    """``old``: the password just typed at the login (the administrator's temporary one), not asked again."""

    def __init__(self, ctx: ViewContext, *, old: str | None = None, required: bool = False, parent=None):
        super().__init__(
            ctx, QCoreApplication.translate("PasswordDialog", "Change password"), "password_dialog", parent
        )
        self._old = old
        if required:
            self.note(
                "reason",
                QCoreApplication.translate(
                    "PasswordDialog",
                    "The administrator reset your password. Choose your own before you go on (8 or more characters).",
                ),
            )
        if old is None:
            self._secret(
                self.line("old_password", QCoreApplication.translate("PasswordDialog", "Current password"))
            )
        self._secret(self.line("password", QCoreApplication.translate("PasswordDialog", "New password")))
        self._secret(self.line("repeat", QCoreApplication.translate("PasswordDialog", "New password again")))

    @staticmethod
    def _secret(w: QLineEdit) -> None:
        w.setEchoMode(QLineEdit.EchoMode.Password)

    def job(self):
        new = self.password.text()
        if new != self.repeat.text():
            raise ValidationError("repeat", "passwords_differ")
        old = self._old if self._old is not None else self.old_password.text()
        auth, actor = self.ctx.services.auth, self.ctx.actor
        return lambda: auth.change_password(actor, old, new)
