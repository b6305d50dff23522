"""Ends that keep the history: a resident moves out, leaves a household, a key-group membership ends — with a
date and a reason."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from desktop.services.residents.dto import HouseholdLink, MembershipDTO, PersonDTO
from desktop.views.common.form_dialog import FormDialog
from desktop.views.context import ViewContext
from desktop.views.residents.forms import resident_error_text


class MoveOutDialog(FormDialog):
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
        svc, actor, m = self.ctx.services.key_groups, self.ctx.actor, self.membership
        on, reason = self.day_of(self.end_on), self.reason.text()
        return lambda: svc.end_membership(actor, m.id, m.version, on, reason)


class RemoveMemberDialog(FormDialog):
    """离户: the person leaves the household on a date (today by default); the membership stays in the
    history with that date. The service refuses a date in the future or before joining, and the householder
    while others remain."""

    error_message = staticmethod(resident_error_text)

    def __init__(self, ctx: ViewContext, person: PersonDTO, link: HouseholdLink, parent=None):
        super().__init__(
            ctx,
            QCoreApplication.translate("EndingDialogs", "Remove from household: %1").replace(
                "%1", person.name
            ),
            "remove_member_dialog",
            parent,
        )
        self.person = person
        self.link = link
        where = f"{link.address} · {link.relation}"
        if link.joined_on:
            where = (
                QCoreApplication.translate("EndingDialogs", "%1, since %2")
                .replace("%1", where)
                .replace("%2", link.joined_on.isoformat())
            )
        self.note("household_note", where)
        self.day("left_on", QCoreApplication.translate("EndingDialogs", "Left on"), date.today())
        self.line(
            "reason", QCoreApplication.translate("EndingDialogs", "Reason (e.g. moved to another household)")
        )
        self.note(
            "history_note",
            QCoreApplication.translate(
                "EndingDialogs", "The membership stays in the history with this date."
            ),
        )

    def job(self):
        svc, actor, member_id = self.ctx.services.households, self.ctx.actor, self.link.member_id
        on, reason = self.day_of(self.left_on), self.reason.text()
        return lambda: svc.end_member(actor, member_id, on, reason)
