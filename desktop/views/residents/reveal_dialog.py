"""Show a masked ID number and phones: only with a stated reason, which goes to the audit log."""

from __future__ import annotations

from desktop.views.common.form_dialog import FormDialog
from desktop.views.context import ViewContext
from desktop.views.residents.forms import resident_error_text


class RevealDialog(FormDialog):
    """``saved`` carries what is shown (Revealed)."""

    error_message = staticmethod(resident_error_text)

    def __init__(self, ctx: ViewContext, person_id: int, name: str, parent=None):
        super().__init__(ctx, self.tr("Show full ID number and phone"), "reveal_dialog", parent)
        self.person_id = person_id
        self.note(
            "intro",
            self.tr(
                "Why do you need the full ID number and phone of %1? The reason is kept in the audit log."
            ).replace("%1", name),
        )
        self.line("reason", "", hint=self.tr("e.g. checking the identity of a visitor"))
        self.ok_button = self.save_button  # "Show": enabled once a reason is typed
        self.ok_button.setObjectName("ok_button")
        self.ok_button.setText(self.tr("Show"))
        self.ok_button.setEnabled(False)
        self.reason.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t.strip())))

    def job(self):
        svc, actor, person_id, reason = (
            self.ctx.services.residents,
            self.ctx.actor,
            self.person_id,
            self.reason.text(),
        )
        return lambda: svc.reveal(actor, person_id, reason)
