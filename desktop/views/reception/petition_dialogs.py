"""The dialogs of a petition's life: intake, acceptance or not, objection to a transfer, extension (art. 34),
the answer (art. 32), 复查 / 复核 (arts. 35-36), closing, 网上信访代理 and progress notes."""

from __future__ import annotations

from datetime import date

from desktop.services.core.errors import ValidationError
from desktop.services.reception.petition_dto import (
    MAX_REPRESENTATIVES,
    PetitionDetail,
    PetitionerInput,
    PetitionInput,
)
from desktop.services.reception.reception_service import split_names
from desktop.views.context import ViewContext
from desktop.views.reception.form_dialog import FormDialog
from desktop.views.reception.labels import CATEGORIES, CHANNELS, DECISIONS, tr_label

RECEIVED_CHECK_DAYS = 30  # a received date further back is said at the field


class IntakeDialog(FormDialog):
    """A petition from any channel of art. 17: letters, phone calls, faxes, online, or in person."""

    def __init__(self, ctx: ViewContext, staff, parent=None, *, today: date | None = None):
        super().__init__(ctx, self.tr("Register a petition"), "intake_dialog", parent)
        self.today = today or date.today()
        self.combo(
            "channel",
            self.tr("Channel"),
            [(k, tr_label(CHANNELS, k)) for k in ("letter", "visit", "phone", "fax", "network")],
        )
        self.combo("category", self.tr("Category"), [(k, tr_label(CATEGORIES, k)) for k in CATEGORIES])
        self.day("received_on", self.tr("Received on"), self.today)
        self.note("received_warning", "", label="")
        self.received_warning.setStyleSheet("color: #b35c00; font-weight: bold")
        self.received_warning.setVisible(False)
        self.line("petitioner_name", self.tr("Petitioner"))
        self.line("phone", self.tr("Phone"))
        self.line("address", self.tr("Address"))
        self.check("is_collective", self.tr("Collective petition"))
        self.line("representatives", self.tr("Representatives"), hint=self.tr("At most 5, separated by 、"))
        self.text("request", self.tr("Request"))
        self.text("facts", self.tr("Facts and reasons"))
        self.line(
            "transferred_from",
            self.tr("Transferred by"),
            hint=self.tr("Only for a matter sent by a petition office"),
        )
        self.combo("handler_id", self.tr("Handler"), [(s.id, s.full_name) for s in staff], ctx.actor.id)
        self.line(
            "national_ref_no",
            self.tr("National system number"),
            hint=self.tr("When filed online on the petitioner's behalf"),
        )
        self.check("accept_on_the_spot", self.tr("Accepted on the spot: the written notice is given now"))
        self.received_on.textChanged.connect(self._check_received)

    def _check_received(self) -> None:
        """The statutory periods run from the received date: one far back or ahead is said (not refused: a
        letter may be registered late), so a typing slip does not make the petition overdue unnoticed."""
        day = self.received_on.value() if self.received_on.is_valid() else None
        text = ""
        if day is not None and day > self.today:
            text = self.tr("This date is in the future: check it.")
        elif day is not None and (self.today - day).days > RECEIVED_CHECK_DAYS:
            text = self.tr("Received %1 days ago: the deadlines run from this date. Check it.").replace(
                "%1", str((self.today - day).days)
            )
        self.received_warning.setText(text)
        self.received_warning.setVisible(bool(text))

    def job(self):
        name = self.petitioner_name.text().strip()
        if not name:
            raise ValidationError("petitioner_name", "required")
        reps = split_names(self.representatives.text())
        if len(reps) > MAX_REPRESENTATIVES:
            raise ValidationError("representatives", "too_many_representatives")
        people = [
            PetitionerInput(
                name=name,
                phone=self.phone.text().strip() or None,
                address=self.address.text().strip() or None,
                is_representative=name in reps,
            )
        ]
        people += [PetitionerInput(name=r, is_representative=True) for r in reps if r != name]
        inp = PetitionInput(
            channel=self.channel.currentData(),
            category=self.category.currentData(),
            received_on=self.day_of(self.received_on),
            petitioners=tuple(people),
            request=self.request.toPlainText(),
            facts=self.facts.toPlainText(),
            is_collective=self.is_collective.isChecked() or len(people) > 1,
            handler_id=self.handler_id.currentData(),
            transferred_from=self.transferred_from.text().strip() or None,
            national_ref_no=self.national_ref_no.text().strip() or None,
            accept_on_the_spot=self.accept_on_the_spot.isChecked(),
        )
        svc, actor = self.ctx.services.petitions, self.ctx.actor
        return lambda: svc.create(actor, inp)


class _Step(FormDialog):
    """A step on one petition: ``d`` is what the page shows (its id and version)."""

    def __init__(self, ctx: ViewContext, d: PetitionDetail, title: str, name: str, parent=None):
        super().__init__(ctx, title, name, parent)
        self.d = d
        self.note("what", f"{d.petition_no}　{d.petitioner_name}")

    def call(self, method: str, *args, **kw):
        svc, actor, d = self.ctx.services.petitions, self.ctx.actor, self.d
        fn = getattr(svc, method)
        return lambda: fn(actor, d.id, d.version, *args, **kw)


class AcceptDialog(_Step):
    def __init__(self, ctx, d, parent=None, *, today: date | None = None):
        super().__init__(ctx, d, self.tr("Accept the petition"), "accept_dialog", parent)
        self.note(
            "why",
            self.tr(
                "The written notice of acceptance (受理告知书) is printed next; 60 days of handling start."
            ),
        )
        self.day("on", self.tr("Accepted on"), today or date.today())

    def job(self):
        return self.call("accept", self.day_of(self.on))


class RejectDialog(_Step):
    def __init__(self, ctx, d, parent=None, *, today: date | None = None):
        super().__init__(ctx, d, self.tr("Not accepted"), "reject_dialog", parent)
        self.text("reason", self.tr("Why"), "该事项不属于本单位职权范围", 50)
        self.line("refer_to", self.tr("Where the petitioner should turn"))
        self.day("on", self.tr("Decided on"), today or date.today())

    def job(self):
        return self.call("reject", self.reason.toPlainText(), self.refer_to.text(), self.day_of(self.on))


class ObjectionDialog(_Step):
    def __init__(self, ctx, d, parent=None, *, today: date | None = None):
        super().__init__(ctx, d, self.tr("Object to the transfer"), "objection_dialog", parent)
        self.text("reason", self.tr("Reasons (art. 23: within 5 working days)"), "", 60)
        self.day("on", self.tr("Objected on"), today or date.today())

    def job(self):
        return self.call("object_to_transfer", self.reason.toPlainText(), self.day_of(self.on))


class ExtendDialog(_Step):
    """Art. 34: approved by the head of the centre, at most 30 days, the reason told to the petitioner."""

    def __init__(self, ctx, d, approvers, parent=None, *, today: date | None = None):
        super().__init__(ctx, d, self.tr("Extend the handling period"), "extend_dialog", parent)
        handle = d.step("handle")
        if handle is not None:
            self.note(
                "current", self.tr("The handling period ends %1.").replace("%1", handle.due_on.isoformat())
            )
        self.number("days", self.tr("Days (at most 30)"), 30, 1, 30)
        self.combo("approver_id", self.tr("Approved by"), [(s.id, s.full_name) for s in approvers])
        self.text("reason", self.tr("Reason"), "", 50)
        self.line("told_how", self.tr("Petitioner told how"), "书面")
        self.day("on", self.tr("Approved on"), today or date.today())

    def job(self):
        return self.call(
            "extend",
            days=self.days.value(),
            approver_id=self.approver_id.currentData() or 0,
            reason=self.reason.toPlainText(),
            told_how=self.told_how.text(),
            on=self.day_of(self.on),
        )


class AnswerDialog(_Step):
    """The 信访事项处理意见书: decision, facts found and reasons, legal basis (art. 32)."""

    def __init__(self, ctx, d, parent=None, *, today: date | None = None):
        super().__init__(ctx, d, self.tr("Answer: the decision"), "answer_dialog", parent)
        self.combo("decision", self.tr("Decision"), [(k, tr_label(DECISIONS, k)) for k in DECISIONS])
        self.text("decision_text", self.tr("Facts found and reasons"), "", 90)
        self.text("legal_basis", self.tr("Legal basis"), "", 50)
        self.day("on", self.tr("Answered on"), today or date.today())

    def job(self):
        return self.call(
            "answer",
            decision=self.decision.currentData(),
            decision_text=self.decision_text.toPlainText(),
            legal_basis=self.legal_basis.toPlainText(),
            on=self.day_of(self.on),
        )


class EscalateDialog(_Step):
    """The petitioner asked the next higher body for 复查 (``review``) or 复核 (``recheck``)."""

    def __init__(self, ctx, d, kind: str, parent=None, *, today: date | None = None):
        title = self.tr("Review asked for") if kind == "review" else self.tr("Re-examination asked for")
        super().__init__(ctx, d, title, f"{kind}_request_dialog", parent)
        self.kind = kind
        self.line("body", self.tr("Asked of (the higher body)"))
        self.day("on", self.tr("Asked on"), today or date.today())

    def job(self):
        method = "request_review" if self.kind == "review" else "request_recheck"
        return self.call(method, body=self.body.text(), on=self.day_of(self.on))


class OpinionDialog(_Step):
    def __init__(self, ctx, d, kind: str, parent=None, *, today: date | None = None):
        title = (
            self.tr("Review opinion received")
            if kind == "review"
            else self.tr("Re-examination opinion received")
        )
        super().__init__(ctx, d, title, f"{kind}_result_dialog", parent)
        self.kind = kind
        self.text("result", self.tr("Opinion"), "", 60)
        self.day("on", self.tr("Received on"), today or date.today())

    def job(self):
        method = "record_review_result" if self.kind == "review" else "record_recheck_result"
        return self.call(method, result=self.result.toPlainText(), on=self.day_of(self.on))


class CloseDialog(_Step):
    def __init__(self, ctx, d, parent=None, *, today: date | None = None):
        super().__init__(ctx, d, self.tr("Close the petition"), "close_dialog", parent)
        self.line("note_text", self.tr("Note"), hint=self.tr("e.g. the petitioner is satisfied"))
        self.day("on", self.tr("Closed on"), today or date.today())

    def job(self):
        return self.call("close", self.note_text.text(), self.day_of(self.on))


class NationalDialog(_Step):
    """网上信访代理: filed on the national system on the petitioner's behalf."""

    def __init__(self, ctx, d, parent=None, *, today: date | None = None):
        super().__init__(ctx, d, self.tr("Filed on the national system"), "national_dialog", parent)
        self.line("ref_no", self.tr("Its number"), d.national_ref_no or "")
        self.day("on", self.tr("Filed on"), d.national_filed_on or today or date.today())

    def job(self):
        return self.call("record_national_filing", self.ref_no.text(), self.day_of(self.on))


class ProgressDialog(_Step):
    def __init__(self, ctx, d, parent=None, *, today: date | None = None):
        super().__init__(ctx, d, self.tr("Progress"), "progress_dialog", parent)
        self.text("progress_note", self.tr("What the national system (or the handling body) says"), "", 60)
        self.day("on", self.tr("On"), today or date.today())

    def job(self):
        return self.call("record_progress", self.progress_note.toPlainText(), self.day_of(self.on))
