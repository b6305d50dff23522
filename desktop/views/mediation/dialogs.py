"""The steps of a case, one dialog each: intake, parties, consent, routing, sessions, outcomes, return visits,
judicial confirmation, deadline extension, the police told, attachments."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QWidget,
)
from shiboken6 import isValid

from desktop.services.core.codes import SEXES
from desktop.services.core.errors import ValidationError
from desktop.services.core.permissions import Perm
from desktop.services.mediation.dto import (
    AgreementDTO,
    AgreementInput,
    CaseDetail,
    CaseInput,
    MediationOptions,
    PartyDTO,
    PartyInput,
    ReturnVisitDTO,
    ReturnVisitInput,
    SessionDTO,
    SessionInput,
    TransferDTO,
)
from desktop.views.common.form_helpers import button, debounced, hbox, vbox
from desktop.views.common.table_models import Column, RowTableModel, field
from desktop.views.common.table_view import table_view
from desktop.views.context import ViewContext
from desktop.views.mediation.form_dialog import FormDialog
from desktop.views.mediation.labels import (
    CATEGORIES,
    RISKS,
    ROLES,
    SATISFACTION,
    SOURCES,
    day_text,
    show_error,
    time_text,
    tr_label,
)

SEARCH_DELAY_MS = 200


def _pairs(table: dict[str, str]) -> list[tuple[str, str]]:
    return [(code, tr_label(table, code)) for code in table]


def _mediators(ctx: ViewContext, options: MediationOptions) -> list[tuple[int, str]]:
    """Everyone for the director; a mediator may only take a case themselves."""
    if ctx.can(Perm.CASES_ASSIGN):
        return [(m.id, m.full_name) for m in options.mediators]
    return [(m.id, m.full_name) for m in options.mediators if m.id == ctx.actor.id]


# -- parties ---------------------------------------------------------------------------------------------------


class PartyDialog(FormDialog):
    """A party from the register (search by name, initials, ID number, phone) or entered on the spot.

    Without ``case`` it only hands the PartyInput back (the intake form collects its parties); with a case it
    adds the party, or with ``party`` changes it."""

    picked = Signal(object)  # PartyInput

    def __init__(
        self,
        ctx: ViewContext,
        parent=None,
        *,
        case: CaseDetail | None = None,
        party: PartyDTO | None = None,
        role: str = "applicant",
    ):
        title = self.tr("Change a party") if party else self.tr("Add a party")
        super().__init__(ctx, title, "party_dialog", parent)
        self.case, self.party = case, party
        self.person_id: int | None = party.person_id if party else None
        self.combo("role", self.tr("Role"), _pairs(ROLES), party.role if party else role)
        self.search = self.line(
            "search", self.tr("Find in the register"), hint=self.tr("Name, initials, ID or phone")
        )
        self.search.setEnabled(ctx.can(Perm.RESIDENTS_READ))
        self.widget("results", "", QListWidget()).setMaximumHeight(110)
        self.from_register = self.note("from_register", "")
        self.line("name", self.tr("Name (person or organisation)"), party.name if party else "")
        self.combo("sex", self.tr("Sex"), list(SEXES.items())[:2], party.sex if party else None, blank="")
        phone_hint = self.tr("Leave blank to keep the stored number") if party else ""
        self.line("phone", self.tr("Phone"), "", phone_hint)
        self.line("address", self.tr("Workplace or address"), (party.address or "") if party else "")
        self.line("occupation", self.tr("Occupation or post"), (party.occupation or "") if party else "")
        self.line("agent_name", self.tr("Agent (委托代理人)"), (party.agent_name or "") if party else "")
        self._timer = debounced(self, SEARCH_DELAY_MS, self.run_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.results.itemClicked.connect(self.pick)
        self.results.itemActivated.connect(self.pick)
        self._seq = 0
        self._show_register()

    def run_search(self) -> None:
        text = self.search.text().strip()
        self._seq += 1
        seq = self._seq
        if not text:
            self.results.clear()
            return
        svc, actor = self.ctx.services.residents, self.ctx.actor
        self.ctx.tasks.run_read(
            lambda: svc.search(actor, text, limit=20), lambda rows: self._found(seq, rows)
        )

    def _found(self, seq: int, rows) -> None:
        if not isValid(self) or seq != self._seq:
            return
        self.results.clear()
        for r in rows:
            item = QListWidgetItem(
                f"{r.name}  {r.birth_date.isoformat() if r.birth_date else ''}  {r.address}"
            )
            item.setData(Qt.ItemDataRole.UserRole, r)
            self.results.addItem(item)

    def pick(self, item: QListWidgetItem) -> None:
        r = item.data(Qt.ItemDataRole.UserRole)
        self.person_id = r.id
        self.name.setText(r.name)
        self.sex.setCurrentIndex(max(0, self.sex.findData(r.sex)))
        self.address.setText(r.address)
        self._show_register()

    def _show_register(self) -> None:
        self.from_register.setText(
            self.tr("From the register: blank fields are filled from the person's record.")
            if self.person_id
            else ""
        )

    def party_input(self) -> PartyInput:
        name = self.name.text().strip()
        if not name and self.person_id is None:
            raise ValidationError("name", "required")
        return PartyInput(
            role=self.role.currentData(),
            name=name,
            person_id=self.person_id,
            sex=self.sex.currentData(),
            phone=self.phone.text().strip() or None,
            address=self.address.text().strip() or None,
            occupation=self.occupation.text().strip() or None,
            agent_name=self.agent_name.text().strip() or None,
        )

    def submit(self) -> None:
        if self.case is None:
            try:
                inp = self.party_input()
            except ValidationError as exc:
                show_error(self, self.error, exc)
                return
            self.result_value = inp
            self.picked.emit(inp)
            self.accept()
            return
        super().submit()

    def job(self):
        inp = self.party_input()
        svc, actor = self.ctx.services.mediation, self.ctx.actor
        if self.party is not None:
            pid, version = self.party.id, self.party.version
            return lambda: svc.update_party(actor, pid, version, inp)
        cid, version = self.case.case.id, self.case.case.version
        return lambda: svc.add_party(actor, cid, version, inp)


PARTY_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("PartiesTable", "Role"), lambda p: tr_label(ROLES, p.role)),
    Column(
        QT_TRANSLATE_NOOP("PartiesTable", "Name"),
        lambda p: (
            (p.name or "")
            + (QCoreApplication.translate("PartiesTable", " (register)") if p.person_id else "")
        ),
    ),
    Column(QT_TRANSLATE_NOOP("PartiesTable", "Phone"), field("phone")),
    Column(QT_TRANSLATE_NOOP("PartiesTable", "Address"), field("address")),
    Column(QT_TRANSLATE_NOOP("PartiesTable", "Agent"), field("agent_name")),
)


def parties_table(name: str) -> QTableView:
    """The parties of a case (PartyDTO) or of an intake not saved yet (PartyInput): ``model().set_rows``."""
    return table_view(name, RowTableModel(PARTY_COLUMNS, "PartiesTable"), fit=range(len(PARTY_COLUMNS) - 1))


class RemovePartyDialog(FormDialog):
    """A party entered by mistake leaves the case, with the reason (the service allows it only before the
    parties agreed to mediation, and audits it)."""

    def __init__(self, ctx: ViewContext, detail: CaseDetail, party: PartyDTO, parent=None):
        super().__init__(ctx, self.tr("Remove a party"), "remove_party_dialog", parent)
        self.party = party
        self.note(
            "party_note",
            self.tr("%1 (%2) is removed from case %3.")
            .replace("%1", party.name)
            .replace("%2", tr_label(ROLES, party.role))
            .replace("%3", detail.case.case_no),
        )
        self.text("reason", self.tr("Why (e.g. entered by mistake)"), height=50)
        self.save_button.setText(self.tr("Remove"))

    def job(self):
        reason = self.reason.toPlainText()
        svc, actor, p = self.ctx.services.mediation, self.ctx.actor, self.party
        return lambda: svc.remove_party(actor, p.id, p.version, reason)


# -- intake (统一受理) --------------------------------------------------------------------------------------------


class IntakeDialog(FormDialog):
    """One intake for every source: who, what, how much, how risky; the parties from the register or typed."""

    def __init__(self, ctx: ViewContext, options: MediationOptions, parent=None):
        super().__init__(ctx, self.tr("Register a dispute case"), "intake_dialog", parent)
        self.options = options
        self.parties: list[PartyInput] = []
        self.party_dialog: PartyDialog | None = None
        self.combo(
            "source", self.tr("Source"), [(k, tr_label(SOURCES, k)) for k in SOURCES if k != "from_visit"]
        )
        self.combo(
            "dispute_type", self.tr("Dispute type"), [(c.code, c.label) for c in options.dispute_types]
        )
        self.combo(
            "grid_id", self.tr("Grid"), [(g.id, g.name) for g in options.grids], blank=self.tr("(none)")
        )
        self.day("accepted_on", self.tr("Accepted on"), date.today())
        self.parties_table = parties_table("parties_table")
        self.parties_table.setMinimumHeight(110)
        button(self, "add_party_button", self.tr("Add party…"), self.add_party)
        button(self, "remove_party_button", self.tr("Remove party"), self.remove_party)
        box = QWidget()
        box.setObjectName("parties")
        vbox(
            self.parties_table,
            hbox(self.add_party_button, self.remove_party_button, 1),
            margins=0,
            parent=box,
        )
        self.form.addRow(self.tr("Parties"), box)
        self.text("facts", self.tr("Facts of the dispute"))
        self.text("claims", self.tr("Claims"), height=50)
        self.line("amount", self.tr("Amount involved (yuan)"))
        self.number("people_involved", self.tr("People involved"), 2)
        self.combo("risk_level", self.tr("Risk"), _pairs(RISKS), "low")
        self.check(
            "police_flag",
            self.tr("May become a public-order or criminal case: tell the police now (art. 25)"),
        )
        self.check("consent", self.tr("The parties agree to mediation"))
        self.combo(
            "mediator_id", self.tr("Mediator"), _mediators(ctx, options), blank=self.tr("(assign later)")
        )

    def add_party(self) -> None:
        role = "applicant" if not self.parties else "respondent"
        dlg = PartyDialog(self.ctx, self, role=role)
        dlg.picked.connect(self._picked)
        self.party_dialog = dlg
        dlg.open()

    def _picked(self, inp: PartyInput) -> None:
        self.parties.append(inp)
        self.parties_table.model().set_rows(self.parties)

    def remove_party(self) -> None:
        row = self.parties_table.currentIndex().row()
        if 0 <= row < len(self.parties):
            del self.parties[row]
            self.parties_table.model().set_rows(self.parties)

    def job(self):
        amount = _amount(self.amount.text())
        if not self.facts.toPlainText().strip():
            raise ValidationError("facts", "required")
        inp = CaseInput(
            source=self.source.currentData(),
            dispute_type=self.dispute_type.currentData(),
            facts=self.facts.toPlainText(),
            claims=self.claims.toPlainText(),
            parties=tuple(self.parties),
            accepted_on=self.day_of(self.accepted_on),
            grid_id=self.grid_id.currentData(),
            amount=amount,
            people_involved=self.people_involved.value(),
            risk_level=self.risk_level.currentData(),
            police_flag=self.police_flag.isChecked(),
            consent="agreed" if self.consent.isChecked() else "pending",
            mediator_id=self.mediator_id.currentData(),
        )
        svc, actor = self.ctx.services.mediation, self.ctx.actor
        return lambda: svc.create_case(actor, inp)


class EditCaseDialog(FormDialog):
    """The facts of a case as they become clearer: type, grid, facts, claims, amount, risk, the art. 25 flag."""

    def __init__(self, ctx: ViewContext, detail: CaseDetail, options: MediationOptions, parent=None):
        super().__init__(ctx, self.tr("Edit the case"), "edit_case_dialog", parent)
        c = detail.case
        self.case_id, self.version = c.id, c.version
        self.combo(
            "dispute_type",
            self.tr("Dispute type"),
            [(t.code, t.label) for t in options.dispute_types],
            c.dispute_type,
        )
        self.combo(
            "grid_id",
            self.tr("Grid"),
            [(g.id, g.name) for g in options.grids],
            c.grid_id,
            blank=self.tr("(none)"),
        )
        self.text("facts", self.tr("Facts of the dispute"), c.facts)
        self.text("claims", self.tr("Claims"), c.claims, height=50)
        self.line(
            "amount", self.tr("Amount involved (yuan)"), f"{c.amount:f}" if c.amount is not None else ""
        )
        self.number("people_involved", self.tr("People involved"), c.people_involved)
        self.combo("risk_level", self.tr("Risk"), _pairs(RISKS), c.risk_level)
        self.check(
            "police_flag",
            self.tr("May become a public-order or criminal case: tell the police now (art. 25)"),
            c.police_flag,
        )

    def job(self):
        from desktop.services.mediation.dto import CaseChanges

        changes = CaseChanges(
            dispute_type=self.dispute_type.currentData(),
            facts=self.facts.toPlainText(),
            claims=self.claims.toPlainText(),
            grid_id=self.grid_id.currentData(),
            amount=_amount(self.amount.text()),
            people_involved=self.people_involved.value(),
            risk_level=self.risk_level.currentData(),
            police_flag=self.police_flag.isChecked(),
        )
        svc, actor, cid, version = self.ctx.services.mediation, self.ctx.actor, self.case_id, self.version
        return lambda: svc.update_case(actor, cid, version, changes)


def _amount(text: str):
    from decimal import Decimal, InvalidOperation

    raw = text.strip().replace(",", "").replace("，", "")
    try:
        return Decimal(raw) if raw else None
    except InvalidOperation:
        raise ValidationError("amount", "bad_amount") from None


# -- consent, routing, deadline ------------------------------------------------------------------------------------


class _CaseDialog(FormDialog):
    def __init__(self, ctx: ViewContext, detail: CaseDetail, title: str, name: str, parent=None):
        super().__init__(ctx, title, name, parent)
        self.detail = detail
        self.case_id, self.version = detail.case.id, detail.case.version
        self.svc, self.actor = ctx.services.mediation, ctx.actor


REMEDIES = QT_TRANSLATE_NOOP(
    "Mediation",
    "The parties were told that they may apply for arbitration, ask the administrative authority to deal "
    "with it, or bring an action in a people's court.",
)


def remedies_text() -> str:
    return QCoreApplication.translate("Mediation", REMEDIES)


class ConsentDialog(_CaseDialog):
    """Art. 17: mediation starts only when the parties agree; a refusal closes the case, remedies told."""

    def __init__(self, ctx: ViewContext, detail: CaseDetail, agreed: bool, parent=None):
        title = self.tr("The parties agree to mediation") if agreed else self.tr("A party refuses mediation")
        super().__init__(ctx, detail, title, "consent_dialog", parent)
        self.agreed = agreed
        if agreed:
            self.text("consent_note", self.tr("Note (how the consent was given)"), height=50)
        else:
            self.text("consent_note", self.tr("Who refused, and why"), height=50)
            self.text("remedies", self.tr("Remedies explained (art. 26)"), remedies_text(), height=60)
            self.note("warning", self.tr("The case will be closed: mediation may not proceed (art. 17)."))

    def job(self):
        note = self.consent_note.toPlainText()
        remedies = self.remedies.toPlainText() if not self.agreed else ""
        svc, actor, cid, version, agreed = self.svc, self.actor, self.case_id, self.version, self.agreed
        return lambda: svc.record_consent(actor, cid, version, agreed, note, remedies)


class AssignDialog(_CaseDialog):
    def __init__(self, ctx: ViewContext, detail: CaseDetail, options: MediationOptions, parent=None):
        super().__init__(ctx, detail, self.tr("Assign a mediator"), "assign_dialog", parent)
        self.combo("mediator_id", self.tr("Mediator"), _mediators(ctx, options), detail.case.mediator_id)

    def job(self):
        mid = self.mediator_id.currentData()
        if mid is None:
            raise ValidationError("mediator_id", "required")
        svc, actor, cid, version = self.svc, self.actor, self.case_id, self.version
        return lambda: svc.assign(actor, cid, version, mid)


class TransferDialog(_CaseDialog):
    """归口调处 to an outside body: the list is configurable; another body may be typed."""

    def __init__(self, ctx: ViewContext, detail: CaseDetail, options: MediationOptions, parent=None):
        super().__init__(ctx, detail, self.tr("Transfer to an outside body"), "transfer_dialog", parent)
        w = self.combo(
            "body", self.tr("Receiving body"), [(c.label, c.label) for c in options.outside_bodies]
        )
        w.setEditable(True)
        self.day("sent_on", self.tr("Sent on"), detail.today)
        self.text("transfer_note", self.tr("Note"), height=50)

    def job(self):
        body, sent = self.body.currentText(), self.day_of(self.sent_on)
        note = self.transfer_note.toPlainText()
        svc, actor, cid, version = self.svc, self.actor, self.case_id, self.version
        return lambda: svc.transfer(actor, cid, version, body, sent, note)


class TransferAnswerDialog(_CaseDialog):
    """The receiver signed for the case (签收) or sent it back with a reason (退回)."""

    def __init__(
        self, ctx: ViewContext, detail: CaseDetail, transfer: TransferDTO, signed: bool, parent=None
    ):
        title = self.tr("Signed for by %1") if signed else self.tr("Returned by %1")
        super().__init__(ctx, detail, title.replace("%1", transfer.body), "transfer_answer_dialog", parent)
        self.transfer, self.signed = transfer, signed
        self.day("answered_on", self.tr("On"), detail.today)
        if not signed:
            self.text("return_reason", self.tr("Reason given for returning it"), height=60)
        else:
            self.note("warning", self.tr("Signing for it closes the case here as transferred."))

    def job(self):
        day = self.day_of(self.answered_on)
        svc, actor, t = self.svc, self.actor, self.transfer
        if self.signed:
            return lambda: svc.sign_transfer(actor, t.id, t.version, day)
        reason = self.return_reason.toPlainText()
        return lambda: svc.return_transfer(actor, t.id, t.version, reason, day)


class ExtendDialog(_CaseDialog):
    def __init__(self, ctx: ViewContext, detail: CaseDetail, parent=None):
        super().__init__(ctx, detail, self.tr("Extend the deadline"), "extend_dialog", parent)
        self.note("current", self.tr("Due now: %1").replace("%1", day_text(detail.case.due_on)))
        self.day("due_on", self.tr("New deadline"), detail.case.due_on + timedelta(days=15))
        self.text("extension_reason", self.tr("Reason"), height=50)
        self.check("parties_consent", self.tr("The parties consented to the extension"))

    def job(self):
        due, reason, consent = (
            self.day_of(self.due_on),
            self.extension_reason.toPlainText(),
            self.parties_consent.isChecked(),
        )
        svc, actor, cid, version = self.svc, self.actor, self.case_id, self.version
        return lambda: svc.extend_deadline(actor, cid, version, due, reason, parties_consent=consent)


class VoidDialog(_CaseDialog):
    """A case registered by mistake (twice, or not a dispute): voided with the reason, never deleted."""

    def __init__(self, ctx: ViewContext, detail: CaseDetail, parent=None):
        super().__init__(ctx, detail, self.tr("Void this case"), "void_dialog", parent)
        self.text("void_reason", self.tr("Why it is void"), height=50)
        self.void_reason.setObjectName("reason")  # the service's name for it: outlined when missing

    def job(self):
        reason = self.void_reason.toPlainText()
        svc, actor, cid, version = self.svc, self.actor, self.case_id, self.version
        return lambda: svc.void_case(actor, cid, version, reason)


class PoliceDialog(_CaseDialog):
    """Art. 25: record that the police were told; the alert stops."""

    def __init__(self, ctx: ViewContext, detail: CaseDetail, parent=None):
        super().__init__(ctx, detail, self.tr("The police were told"), "police_dialog", parent)
        self.line(
            "police_note",
            self.tr("Whom, when and how"),
            hint=self.tr("e.g. duty officer of the police station, by phone"),
        )

    def job(self):
        note = self.police_note.text()
        svc, actor, cid, version = self.svc, self.actor, self.case_id, self.version
        return lambda: svc.acknowledge_police_flag(actor, cid, version, note)


# -- sessions and outcomes -----------------------------------------------------------------------------------------


class SessionDialog(_CaseDialog):
    """调解记录: time, place, mediators, recorder, who attended, rights told, statements, facts, risk, result.
    With ``session`` it corrects that record (audited before -> after by the service)."""

    def __init__(
        self, ctx: ViewContext, detail: CaseDetail, parent=None, *, session: SessionDTO | None = None
    ):
        title = self.tr("Correct the mediation record") if session else self.tr("Record a mediation session")
        super().__init__(ctx, detail, title, "session_dialog", parent)
        self.session = m = session
        self.moment("held_at", self.tr("Time"), m.held_at if m else datetime.now().astimezone())
        self.line("place", self.tr("Place"), m.place if m else "")
        self.line(
            "mediators",
            self.tr("Mediator(s)"),
            m.mediators if m else detail.case.mediator_name or ctx.actor.full_name,
        )
        self.line("recorder", self.tr("Recorder"), m.recorder if m else ctx.actor.full_name)
        self.line(
            "attendees", self.tr("Attended"), m.attendees if m else "、".join(p.name for p in detail.parties)
        )
        self.check(
            "rights_told",
            self.tr("The parties were told their rights and duties"),
            m.rights_told if m else True,
        )
        self.text("statements", self.tr("Each party's statement"), m.statements if m else "", height=90)
        self.text("facts_verified", self.tr("Facts verified"), m.facts_verified if m else "", height=50)
        self.text("risk_warning", self.tr("Risk warning"), m.risk_warning if m else "", height=40)
        self.text("session_result", self.tr("Result"), m.result if m else "", height=40)
        self.session_result.setObjectName("result")  # ``self.result`` is QDialog's; the service's name

    def job(self):
        inp = SessionInput(
            held_at=self.moment_of(self.held_at),
            place=self.place.text(),
            mediators=self.mediators.text(),
            recorder=self.recorder.text(),
            attendees=self.attendees.text(),
            rights_told=self.rights_told.isChecked(),
            statements=self.statements.toPlainText(),
            facts_verified=self.facts_verified.toPlainText(),
            risk_warning=self.risk_warning.toPlainText(),
            result=self.session_result.toPlainText(),
        )
        svc, actor, cid, version, m = self.svc, self.actor, self.case_id, self.version, self.session
        if m is not None:
            return lambda: svc.update_session(actor, m.id, m.version, inp)
        return lambda: svc.record_session(actor, cid, version, inp)


class VoidSessionDialog(_CaseDialog):
    """A record of a session made by mistake (the wrong case, twice): voided with the reason, never deleted; it
    is no longer printed nor filed in the dossier, and the case's story keeps the voiding."""

    def __init__(self, ctx: ViewContext, detail: CaseDetail, session: SessionDTO, parent=None):
        super().__init__(ctx, detail, self.tr("Void a mediation record"), "void_session_dialog", parent)
        self.session = session
        self.note(
            "session_note",
            self.tr(
                "The record of the session of %1 (%2) is voided: it is no longer printed nor filed in the "
                "dossier."
            )
            .replace("%1", time_text(session.held_at))
            .replace("%2", session.place),
        )
        self.text("reason", self.tr("Why it is void"), height=50)
        self.save_button.setText(self.tr("Void"))

    def job(self):
        reason = self.reason.toPlainText()
        svc, actor, m = self.svc, self.actor, self.session
        return lambda: svc.void_session(actor, m.id, m.version, reason)


class AgreementDialog(_CaseDialog):
    """调解成功: a written agreement (协议书, one copy per party plus one) or an oral one, its content recorded."""

    def __init__(self, ctx: ViewContext, detail: CaseDetail, parent=None):
        super().__init__(ctx, detail, self.tr("Agreement reached"), "agreement_dialog", parent)
        self.combo(
            "kind",
            self.tr("Kind"),
            [
                ("written", self.tr("Written agreement (协议书)")),
                ("oral", self.tr("Oral agreement (art. 28)")),
            ],
        )
        self.text("terms", self.tr("Terms agreed"), height=90)
        self.text("performance", self.tr("How, where and by when each term is performed"), height=60)
        self.day("signed_on", self.tr("Signed / agreed on"), detail.today)
        self.copies = self.note(
            "copies_note",
            self.tr("The agreement prints %1 copies: one for each party and one for the committee.").replace(
                "%1", str(len(detail.parties) + 1)
            ),
        )
        self.kind.currentIndexChanged.connect(
            lambda _i: self.copies.setVisible(self.kind.currentData() == "written")
        )

    def job(self):
        inp = AgreementInput(
            kind=self.kind.currentData(),
            terms=self.terms.toPlainText(),
            performance=self.performance.toPlainText(),
            signed_on=self.day_of(self.signed_on),
        )
        svc, actor, cid, version = self.svc, self.actor, self.case_id, self.version
        return lambda: svc.record_agreement(actor, cid, version, inp)


class EndDialog(_CaseDialog):
    """调解不成 or 终止: the remedies told are recorded (art. 26)."""

    def __init__(self, ctx: ViewContext, detail: CaseDetail, terminated: bool, parent=None):
        title = self.tr("Terminate mediation") if terminated else self.tr("Mediation failed")
        super().__init__(ctx, detail, title, "end_dialog", parent)
        self.terminated = terminated
        self.text("reason", self.tr("Reason"), height=50)
        self.text("remedies", self.tr("Remedies explained (art. 26)"), remedies_text(), height=60)

    def job(self):
        remedies, reason, terminated = self.remedies.toPlainText(), self.reason.toPlainText(), self.terminated
        svc, actor, cid, version = self.svc, self.actor, self.case_id, self.version
        return lambda: svc.record_failure(actor, cid, version, remedies, terminated=terminated, reason=reason)


class ReturnVisitDialog(_CaseDialog):
    """回访记录: performance, satisfaction, a lawsuit, signs of escalation."""

    def __init__(self, ctx: ViewContext, detail: CaseDetail, visit: ReturnVisitDTO, parent=None):
        super().__init__(ctx, detail, self.tr("Return visit"), "return_visit_dialog", parent)
        self.visit = visit
        self.note("due", self.tr("Due: %1").replace("%1", day_text(visit.due_on)))
        self.day("done_on", self.tr("Visited on"), detail.today)
        self.text("performance", self.tr("Performance of the agreement"), height=60)
        self.combo("satisfaction", self.tr("Satisfaction"), _pairs(SATISFACTION))
        self.check("lawsuit", self.tr("A party has gone to court"))
        self.text("escalation_signs", self.tr("Signs of escalation"), height=40)

    def job(self):
        inp = ReturnVisitInput(
            done_on=self.day_of(self.done_on),
            performance=self.performance.toPlainText(),
            satisfaction=self.satisfaction.currentData(),
            lawsuit=self.lawsuit.isChecked(),
            escalation_signs=self.escalation_signs.toPlainText(),
        )
        svc, actor, v = self.svc, self.actor, self.visit
        return lambda: svc.record_return_visit(actor, v.id, v.version, inp)


class ScheduleVisitDialog(_CaseDialog):
    """Another 回访 (the agreement was partly performed, the parties asked for one): its due date."""

    def __init__(self, ctx: ViewContext, detail: CaseDetail, days: int, parent=None):
        super().__init__(
            ctx, detail, self.tr("Schedule another return visit"), "schedule_visit_dialog", parent
        )
        pending = [day_text(r.due_on) for r in detail.return_visits if r.done_on is None]
        if pending:
            self.note("pending_note", self.tr("Already scheduled: %1").replace("%1", "、".join(pending)))
        self.day("due_on", self.tr("Visit due on"), detail.today + timedelta(days=days))

    def job(self):
        due = self.day_of(self.due_on)
        svc, actor, cid, version = self.svc, self.actor, self.case_id, self.version
        return lambda: svc.schedule_return_visit(actor, cid, version, due)


class ConfirmationDialog(_CaseDialog):
    """司法确认: both parties applied to the court within 30 days of the agreement taking effect (art. 33)."""

    def __init__(self, ctx: ViewContext, detail: CaseDetail, agreement: AgreementDTO, parent=None):
        super().__init__(
            ctx, detail, self.tr("Judicial confirmation applied for"), "confirmation_dialog", parent
        )
        self.agreement = agreement
        self.note(
            "window_note",
            self.tr("The parties may apply together until %1 (30 days from %2).")
            .replace("%1", day_text(agreement.confirmation_until))
            .replace("%2", day_text(agreement.effective_on)),
        )
        self.day("applied_on", self.tr("Applied on"), min(detail.today, agreement.confirmation_until))

    def job(self):
        day = self.day_of(self.applied_on)
        svc, actor, a = self.svc, self.actor, self.agreement
        return lambda: svc.record_confirmation_application(actor, a.id, a.version, day)


# -- attachments -----------------------------------------------------------------------------------------------------


class AttachDialog(_CaseDialog):
    """A photo or scan: chosen here, read from disk and stored off the GUI thread."""

    def __init__(self, ctx: ViewContext, detail: CaseDetail, parent=None):
        super().__init__(ctx, detail, self.tr("Add a photo or scan"), "attach_dialog", parent)
        self.path: Path | None = None
        self.combo("category", self.tr("What it is"), _pairs(CATEGORIES), "identity")
        sessions = [
            (m.id, m.held_at.astimezone().strftime("%Y-%m-%d %H:%M") + " " + m.place) for m in detail.sessions
        ]
        self.combo("session_id", self.tr("Session"), sessions, blank=self.tr("(not a session's)"))
        with self.same_row(self.tr("File")):
            self.widget("choose_button", None, QPushButton(self.tr("Choose file…"))).clicked.connect(
                self.choose
            )
            self.widget("file_label", None, QLabel(""))
        self.category.currentIndexChanged.connect(self._category_changed)
        self._category_changed()

    def _category_changed(self) -> None:
        self.session_id.setEnabled(self.category.currentData() == "session")

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a photo or scan"),
            str(Path.home()),
            self.tr("Pictures and PDF (*.jpg *.jpeg *.png *.pdf);;All files (*)"),
        )
        if path:
            self.set_path(Path(path))

    def set_path(self, path: Path) -> None:
        self.path = path
        self.file_label.setText(path.name)

    def job(self):
        if self.path is None:
            raise ValidationError("choose_button", "required")
        path, category = self.path, self.category.currentData()
        session_id = self.session_id.currentData() if category == "session" else None
        if category == "session" and session_id is None:
            raise ValidationError("session_id", "required")
        svc, actor, cid = self.svc, self.actor, self.case_id

        def work():
            return svc.add_attachment(
                actor, cid, category, path.name, path.read_bytes(), session_id=session_id
            )

        return work
