"""Ends that keep the history: a resident moves out, a key-group membership ends — with a date and a reason."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from desktop.services.resident_dto import MembershipDTO, PersonDTO
from desktop.views.common.form_dialog import FormDialog
from desktop.views.context import ViewContext
from desktop.views.residents.forms import resident_error_text


class MoveOutDialog(FormDialog):
    kind = "person"
    error_message = staticmethod(resident_error_text)

    def __init__(self, ctx: ViewContext, person: PersonDTO, parent=None):
        super().__init__(
            ctx,
            QCoreApplication.translate("EndingDialogs", "Moved out: %1").replace("%1", person.name),
            "move_out_dialog",
            parent,
        )
        self.person = person
        self.day("moved_out_on", QCoreApplication.translate("EndingDialogs", "Moved out on"), date.today())
        self.line("reason", QCoreApplication.translate("EndingDialogs", "Where to, or why"))
        self.note(
            "history_note",
            QCoreApplication.translate("EndingDialogs", "The record and its history are kept."),
        )

    def job(self):
        svc, actor, p = self.ctx.services.residents, self.ctx.actor, self.person
        on, reason = self.day_of(self.moved_out_on), self.reason.text()
        return lambda: svc.move_out(actor, p.id, p.version, on, reason)


class EndMembershipDialog(FormDialog):
    kind = "person"
    error_message = staticmethod(resident_error_text)

    def __init__(self, ctx: ViewContext, membership: MembershipDTO, parent=None):
        super().__init__(
            ctx,
            QCoreApplication.translate("EndingDialogs", "End key-group membership"),
            "end_membership_dialog",
            parent,
        )
        self.membership = membership
        self.day("end_on", QCoreApplication.translate("EndingDialogs", "Ended on"), date.today())
        self.line("reason", QCoreApplication.translate("EndingDialogs", "Reason (e.g. correction completed)"))

    def job(self):
        svc, actor, m = self.ctx.services.residents, self.ctx.actor, self.membership
        on, reason = self.day_of(self.end_on), self.reason.text()
        return lambda: svc.end_membership(actor, m.id, m.version, on, reason)

    def changed_ids(self, result) -> list[int]:
        return [self.membership.person_id]
