"""One dispute case: its alerts, facts, parties and the whole story as a timeline; every next step a button
that is there only when the step is possible; the case's documents and its dossier to preview and print."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QSplitter,
    QToolButton,
    QWidget,
)
from shiboken6 import isValid

from desktop.changes import Changes, Kind
from desktop.services.core.errors import ValidationError
from desktop.services.core.permissions import Perm, Role
from desktop.services.mediation.dto import (
    DEADLINE_STATUSES,
    WORKING_STATUSES,
    CaseDetail,
    MediationOptions,
    MediationSettings,
)
from desktop.views.common.form_helpers import button, due_text, hbox, named, provisional_tip, vbox
from desktop.views.common.print_preview_dialog import PrintPreviewDialog, preview
from desktop.views.common.room_page import RoomPage
from desktop.views.common.system_viewer import open_in_viewer, write_copy
from desktop.views.common.table_view import current_row
from desktop.views.context import ViewContext
from desktop.views.mediation import dialogs
from desktop.views.mediation.labels import (
    CATEGORIES,
    CONSENTS,
    EVENTS,
    OUTCOMES,
    RISKS,
    SOURCES,
    STATUSES,
    day_text,
    error_message,
    time_text,
    tr_label,
)

_BANNER = "background: %s; color: white; padding: 6px; font-weight: bold; border-radius: 3px"


class CasePage(RoomPage):
    """Shown by the mediation page in place of its queue; ``show_case(id)`` reads a case and shows it."""

    back_requested = Signal()
    kinds = frozenset({Kind.CASE})
    error_message = staticmethod(error_message)

    def __init__(self, ctx: ViewContext, options: MediationOptions | None = None, parent=None):
        super().__init__(ctx, "case_page", parent)
        self.options = options
        self.detail: CaseDetail | None = None
        self._case_id: int | None = None

        def label(name: str, *, wrap: bool = False, big: bool = False) -> QLabel:
            w = QLabel("")
            w.setObjectName(name)
            w.setWordWrap(wrap)
            w.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if big:
                f = w.font()
                f.setPointSize(f.pointSize() + 5)
                f.setBold(True)
                w.setFont(f)
            setattr(self, name, w)
            return w

        # -- header and alerts
        button(self, "back_button", self.tr("← Queue"), self.back_requested.emit)
        label("case_no_label", big=True)
        label("status_label")
        label("due_label")
        label("mediator_label")
        self.police_banner = self._banner("police_banner", "#b00020")
        self.returned_banner = self._banner("returned_banner", "#b35c00")
        self.notice_banner = self._banner("notice_banner", "#1f5fa8")
        button(self, "police_button", self.tr("Police informed…"), self.acknowledge_police)

        # -- facts and parties
        label("summary_label", wrap=True)
        label("facts_label", wrap=True)
        label("outcome_label", wrap=True)
        label("agreement_label", wrap=True)
        self.parties = dialogs.parties_table("parties")
        self.parties.setMaximumHeight(130)
        button(self, "edit_case_button", self.tr("Edit…"), self.edit_case)
        button(self, "void_button", self.tr("Void…"), self.void_case)
        button(self, "add_party_button", self.tr("Add party…"), self.add_party)
        button(self, "edit_party_button", self.tr("Change party…"), self.edit_party)
        button(self, "remove_party_button", self.tr("Remove party…"), self.remove_party)
        named(self, "sessions", QListWidget())
        self.sessions.setMaximumHeight(80)
        self.sessions.itemActivated.connect(lambda _item: self.edit_session())
        button(self, "edit_session_button", self.tr("Correct record…"), self.edit_session)
        button(self, "void_session_button", self.tr("Void record…"), self.void_session)
        named(self, "attachments", QListWidget())
        self.attachments.setMaximumHeight(90)
        self.attachments.itemActivated.connect(self.open_attachment)
        button(self, "attach_button", self.tr("Add photo or scan…"), self.attach)
        button(self, "open_attachment_button", self.tr("Open"), lambda: self.open_attachment())
        self.opened_path: Path | None = None  # the last copy handed to the system's viewer (tests)
        named(self, "timeline", QListWidget())

        # -- the next steps
        self._steps = [
            button(self, "consent_button", self.tr("Parties agree…"), lambda: self.consent(True)),
            button(self, "refuse_button", self.tr("Party refuses…"), lambda: self.consent(False)),
            button(self, "assign_button", self.tr("Assign mediator…"), self.assign),
            button(self, "transfer_button", self.tr("Transfer…"), self.transfer),
            button(self, "sign_button", self.tr("Receiver signed…"), lambda: self.answer_transfer(True)),
            button(
                self, "return_button", self.tr("Receiver returned it…"), lambda: self.answer_transfer(False)
            ),
            button(self, "session_button", self.tr("Record session…"), self.record_session),
            button(self, "agreement_button", self.tr("Agreement…"), self.record_agreement),
            button(self, "failed_button", self.tr("Mediation failed…"), lambda: self.end(False)),
            button(self, "terminate_button", self.tr("Terminate…"), lambda: self.end(True)),
            button(self, "extend_button", self.tr("Extend deadline…"), self.extend),
            button(self, "return_visit_button", self.tr("Return visit…"), self.return_visit),
            button(self, "schedule_visit_button", self.tr("Another return visit…"), self.schedule_visit),
            button(self, "confirmation_button", self.tr("Judicial confirmation applied…"), self.confirmation),
            button(self, "close_button", self.tr("Close and archive"), self.close_case),
        ]
        button(self, "dossier_button", self.tr("Dossier (PDF)"), self.show_dossier)
        named(self, "print_button", QToolButton())
        self.print_button.setText(self.tr("Print"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        named(self, "print_menu", QMenu(self.print_button))
        self.print_button.setMenu(self.print_menu)
        steps = QGridLayout()
        for i, b in enumerate(self._steps):
            steps.addWidget(b, i // 7, i % 7)

        # -- layout
        head = hbox(
            self.back_button,
            self.case_no_label,
            1,
            self.status_label,
            self.due_label,
            self.mediator_label,
            self.edit_case_button,
            self.void_button,
            self.dossier_button,
            self.print_button,
        )
        parties = QGroupBox(self.tr("Parties"))
        vbox(
            self.parties,
            hbox(self.add_party_button, self.edit_party_button, self.remove_party_button, 1),
            parent=parties,
        )
        named(self, "sessions_box", QGroupBox(self.tr("Mediation records")))
        vbox(
            self.sessions,
            hbox(self.edit_session_button, self.void_session_button, 1),
            parent=self.sessions_box,
        )
        files = QGroupBox(self.tr("Photos and scans"))
        vbox(self.attachments, hbox(self.attach_button, self.open_attachment_button, 1), parent=files)
        left = QWidget()
        vbox(
            self.summary_label,
            self.facts_label,
            parties,
            self.outcome_label,
            self.agreement_label,
            self.sessions_box,
            files,
            1,
            margins=0,
            parent=left,
        )
        right = QGroupBox(self.tr("The case's story"))
        vbox(self.timeline, parent=right)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        vbox(
            head,
            hbox((self.police_banner, 1), self.police_button),
            self.returned_banner,
            self.notice_banner,
            (split, 1),
            steps,
            self.error,
            parent=self,
        )
        self._set_steps(None)

    def _banner(self, name: str, colour: str) -> QLabel:
        w = QLabel("")
        w.setObjectName(name)
        w.setWordWrap(True)
        w.setStyleSheet(_BANNER % colour)
        w.setVisible(False)
        return w

    # -- loading -------------------------------------------------------------------------------------------------
    def show_case(self, case_id: int) -> None:
        self._case_id = case_id
        self.reload()

    def filter(self) -> int | None:
        return self._case_id

    def query(self, case_id: int):
        svc, actor = self.ctx.services.mediation, self.ctx.actor
        return lambda: svc.get_case(actor, case_id)

    def show_result(self, _case_id: int, detail: CaseDetail) -> None:
        self.set_detail(detail)

    def changed(self, ch: Changes) -> None:
        if self._case_id in ch.of(Kind.CASE) and self.isVisible():
            self.reload()

    def set_detail(self, d: CaseDetail) -> None:
        self.detail = d
        self._case_id = d.case.id
        c = d.case
        self.error.setText("")
        self.case_no_label.setText(c.case_no)
        status = tr_label(STATUSES, c.status)
        if c.outcome:
            status += " · " + tr_label(OUTCOMES, c.outcome)
        self.status_label.setText(status)
        if c.status in DEADLINE_STATUSES:
            due = self.tr("Due %1").replace("%1", due_text(c.due_on, c.due_provisional))
            if d.overdue:
                due = self.tr("OVERDUE since %1").replace("%1", day_text(c.due_on))
            self.due_label.setText(due)
            self.due_label.setToolTip(provisional_tip(c.due_provisional) or "")
            colour = "#b00020" if d.overdue else ("#b35c00" if d.due_soon else "")
            self.due_label.setStyleSheet(f"color: {colour}; font-weight: bold" if colour else "")
        else:
            self.due_label.setText(
                self.tr("Closed %1").replace("%1", day_text(c.closed_on)) if c.closed_on else ""
            )
            self.due_label.setStyleSheet("")
        self.mediator_label.setText(
            self.tr("Mediator: %1").replace("%1", c.mediator_name or self.tr("none yet"))
        )
        # art. 25: loud until someone records that the police were told
        self.police_banner.setText(
            self.tr("This dispute may become a public-order or criminal case: tell the police now (art. 25).")
        )
        self.police_banner.setVisible(c.police_alert)
        self.police_button.setVisible(c.police_alert and self.ctx.can(Perm.CASES_EDIT))
        returned = [t for t in d.transfers if t.returned_on]
        if c.status == "returned" and returned:
            t = returned[-1]
            self.returned_banner.setText(
                self.tr("Returned by %1 on %2: %3 — the director decides where it belongs.")
                .replace("%1", t.body)
                .replace("%2", day_text(t.returned_on))
                .replace("%3", t.return_reason or "")
            )
        elif d.pending_transfer:
            t = d.pending_transfer
            self.returned_banner.setText(
                self.tr("Sent to %1 on %2, waiting for it to sign.")
                .replace("%1", t.body)
                .replace("%2", day_text(t.sent_on))
            )
        self.returned_banner.setVisible(
            (c.status == "returned" and bool(returned)) or d.pending_transfer is not None
        )
        notices = []
        if c.status != "closed" and not d.parties_complete:
            notices.append(self.tr("Only one side is registered: add the other party before mediation."))
        if c.consent == "pending" and c.status in WORKING_STATUSES:
            notices.append(self.tr("Mediation starts only when the parties agree to it (art. 17)."))
        a = d.agreement
        if d.confirmation_reminder and a is not None:
            notices.append(
                self.tr("Judicial confirmation: the parties may apply together until %1.").replace(
                    "%1", day_text(a.confirmation_until)
                )
            )
        pending = [r for r in d.return_visits if r.done_on is None]
        if pending and pending[0].due_on <= d.today:
            notices.append(self.tr("Return visit due %1.").replace("%1", day_text(pending[0].due_on)))
        self.notice_banner.setText("\n".join(notices))
        self.notice_banner.setVisible(bool(notices))

        types = {t.code: t.label for t in self.options.dispute_types} if self.options else {}
        grids = {g.id: g.name for g in self.options.grids} if self.options else {}
        parts = [
            types.get(c.dispute_type, c.dispute_type),
            tr_label(SOURCES, c.source),
            self.tr("accepted %1").replace("%1", day_text(c.accepted_on)),
            tr_label(CONSENTS, c.consent),
            self.tr("risk: %1").replace("%1", tr_label(RISKS, c.risk_level)),
        ]
        if c.grid_id in grids:
            parts.append(grids[c.grid_id])
        if c.amount is not None:
            parts.append(self.tr("%1 yuan").replace("%1", f"{c.amount:f}"))
        parts.append(self.tr("%1 people").replace("%1", str(c.people_involved)))
        self.summary_label.setText(" · ".join(parts))
        facts = self.tr("Facts: %1").replace("%1", c.facts)
        if c.claims:
            facts += "\n" + self.tr("Claims: %1").replace("%1", c.claims)
        self.facts_label.setText(facts)
        outcome = []
        if c.consent_note:
            outcome.append(self.tr("Consent: %1").replace("%1", c.consent_note))
        if c.remedies_told:
            outcome.append(self.tr("Remedies told: %1").replace("%1", c.remedies_told))
        if c.extension_reason:
            outcome.append(
                self.tr("Extended on %1 with the parties' consent: %2")
                .replace("%1", day_text(c.extended_on))
                .replace("%2", c.extension_reason)
            )
        self.outcome_label.setText("\n".join(outcome))
        if a is not None:
            kind = self.tr("written") if a.kind == "written" else self.tr("oral")
            text = (
                self.tr("Agreement %1 (%2), in effect from %3.")
                .replace("%1", a.agreement_no)
                .replace("%2", kind)
            )
            text = text.replace("%3", day_text(a.effective_on))
            if a.confirmation_applied_on:
                text += " " + self.tr("Judicial confirmation applied for on %1.").replace(
                    "%1", day_text(a.confirmation_applied_on)
                )
            elif d.today > a.confirmation_until:
                text += " " + self.tr("The time to apply for judicial confirmation ended on %1.").replace(
                    "%1", day_text(a.confirmation_until)
                )
            else:
                text += " " + self.tr("Judicial confirmation possible until %1 (reminder from %2).").replace(
                    "%1", day_text(a.confirmation_until)
                ).replace("%2", day_text(a.confirmation_reminder_on))
            self.agreement_label.setText(text)
        else:
            self.agreement_label.setText("")
        self.parties.model().set_rows(d.parties)
        selected = self.current_session()
        self.sessions.clear()
        for m in d.sessions:
            text = f"{time_text(m.held_at)}  {m.place}"
            if m.result:
                text += f" — {m.result}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, m)
            self.sessions.addItem(item)
            if selected is not None and m.id == selected.id:
                self.sessions.setCurrentItem(item)
        self.sessions_box.setVisible(bool(d.sessions))
        self.attachments.clear()
        for f in d.attachments:
            item = QListWidgetItem(f"{tr_label(CATEGORIES, f.category)}: {f.filename}")
            item.setData(Qt.ItemDataRole.UserRole, f.id)
            self.attachments.addItem(item)
        self.timeline.clear()
        for e in d.timeline:
            text = f"{day_text(e.on)}  {tr_label(EVENTS, e.kind)}"
            if e.at is not None:
                text = f"{time_text(e.at)}  {tr_label(EVENTS, e.kind)}"
            if e.detail:
                text += f" — {e.detail}"
            if e.who:
                text += f" ({e.who})"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, e.kind)
            if e.on > d.today:
                item.setForeground(Qt.GlobalColor.darkGray)
            self.timeline.addItem(item)
        self._fill_print_menu(d)
        self._set_steps(d)

    def _set_steps(self, d: CaseDetail | None) -> None:
        for b in self._steps:
            b.setVisible(False)
        for b in (
            self.edit_case_button,
            self.void_button,
            self.add_party_button,
            self.edit_party_button,
            self.remove_party_button,
            self.edit_session_button,
            self.void_session_button,
            self.attach_button,
            self.open_attachment_button,
            self.dossier_button,
            self.print_button,
        ):
            b.setEnabled(d is not None)
        if d is None:
            self.sessions_box.setVisible(False)
            return
        c = d.case
        edit = self.ctx.can(Perm.CASES_EDIT)
        assign = self.ctx.can(Perm.CASES_ASSIGN)
        working = c.status in WORKING_STATUSES
        agreed = c.consent == "agreed"
        may_take = self.ctx.actor.role == Role.MEDIATOR.value and c.mediator_id is None
        show = {
            self.consent_button: edit and working and c.consent == "pending",
            self.refuse_button: edit and working and c.consent == "pending",
            self.assign_button: working and (assign or may_take),
            self.transfer_button: working and assign,
            self.sign_button: edit and d.pending_transfer is not None,
            self.return_button: edit and d.pending_transfer is not None,
            self.session_button: edit and working and agreed,
            self.agreement_button: edit and working and agreed and bool(d.sessions),
            self.failed_button: edit and working and agreed and bool(d.sessions),
            self.terminate_button: edit and working and agreed,
            self.extend_button: edit and c.status in DEADLINE_STATUSES,
            self.return_visit_button: edit and any(r.done_on is None for r in d.return_visits),
            self.schedule_visit_button: edit and c.status == "agreed",
            self.confirmation_button: edit
            and d.agreement is not None
            and d.agreement.confirmation_applied_on is None
            and d.today <= d.agreement.confirmation_until,
            self.close_button: edit
            and c.status in ("agreed", "failed")
            and all(r.done_on is not None for r in d.return_visits),
        }
        for b, visible in show.items():
            b.setVisible(visible)
        self.edit_case_button.setVisible(edit and c.status != "closed")
        self.void_button.setVisible(assign)
        self.add_party_button.setVisible(edit and c.status != "closed")
        self.edit_party_button.setVisible(edit and c.status != "closed")
        self.remove_party_button.setVisible(edit and c.status != "closed")
        self.edit_session_button.setVisible(edit and c.status != "closed")
        self.void_session_button.setVisible(edit and c.status != "closed")
        self.attach_button.setVisible(edit)
        self.open_attachment_button.setEnabled(bool(d.attachments))

    def _fill_print_menu(self, d: CaseDetail) -> None:
        self.print_menu.clear()
        c = d.case

        def add(text: str, key: str, record_id: int) -> None:
            action = self.print_menu.addAction(text)
            action.setObjectName(f"print_{key}_{record_id}")
            action.triggered.connect(lambda _=False: self.print_document(key, record_id))

        if c.source == "application":
            add(self.tr("Application for mediation"), "mediation_application", c.id)
        add(self.tr("Acceptance register"), "mediation_acceptance", c.id)
        add(self.tr("Notice of rights and duties"), "mediation_rights_notice", c.id)
        for i, m in enumerate(d.sessions, 1):
            add(
                self.tr("Mediation record %1 (%2)").replace("%1", str(i)).replace("%2", time_text(m.held_at)),
                "mediation_record",
                m.id,
            )
        for a in d.agreements:
            if a.kind == "written":
                add(
                    self.tr("Agreement %1 (%2 copies)")
                    .replace("%1", a.agreement_no)
                    .replace("%2", str(a.copies)),
                    "mediation_agreement",
                    a.id,
                )
        for r in d.return_visits:
            if r.done_on:
                add(self.tr("Return visit of %1").replace("%1", day_text(r.done_on)), "return_visit", r.id)

    # -- steps ---------------------------------------------------------------------------------------------------
    def _open(self, dialog) -> None:
        self.open_dialog(dialog, self._saved)

    def _saved(self, result) -> None:
        if isinstance(result, CaseDetail):
            self.drop_pending()
            self.set_detail(result)

    def consent(self, agreed: bool) -> None:
        self._open(dialogs.ConsentDialog(self.ctx, self.detail, agreed, self))

    def assign(self) -> None:
        self._open(dialogs.AssignDialog(self.ctx, self.detail, self.options, self))

    def transfer(self) -> None:
        self._open(dialogs.TransferDialog(self.ctx, self.detail, self.options, self))

    def answer_transfer(self, signed: bool) -> None:
        t = self.detail.pending_transfer
        if t is not None:
            self._open(dialogs.TransferAnswerDialog(self.ctx, self.detail, t, signed, self))

    def record_session(self) -> None:
        self._open(dialogs.SessionDialog(self.ctx, self.detail, self))

    def record_agreement(self) -> None:
        self._open(dialogs.AgreementDialog(self.ctx, self.detail, self))

    def end(self, terminated: bool) -> None:
        self._open(dialogs.EndDialog(self.ctx, self.detail, terminated, self))

    def extend(self) -> None:
        self._open(dialogs.ExtendDialog(self.ctx, self.detail, self))

    def acknowledge_police(self) -> None:
        self._open(dialogs.PoliceDialog(self.ctx, self.detail, self))

    def return_visit(self) -> None:
        visit = next((r for r in self.detail.return_visits if r.done_on is None), None)
        if visit is not None:
            self._open(dialogs.ReturnVisitDialog(self.ctx, self.detail, visit, self))

    def confirmation(self) -> None:
        if self.detail.agreement is not None:
            self._open(dialogs.ConfirmationDialog(self.ctx, self.detail, self.detail.agreement, self))

    def edit_case(self) -> None:
        self._open(dialogs.EditCaseDialog(self.ctx, self.detail, self.options, self))

    def void_case(self) -> None:
        dlg = dialogs.VoidDialog(self.ctx, self.detail, self)
        dlg.saved.connect(lambda _r: self.back_requested.emit())
        self._open(dlg)

    def add_party(self) -> None:
        self._open(dialogs.PartyDialog(self.ctx, self, case=self.detail, role="respondent"))

    def edit_party(self) -> None:
        p = current_row(self.parties)
        if p is not None:
            self._open(dialogs.PartyDialog(self.ctx, self, case=self.detail, party=p))

    def remove_party(self) -> None:
        """A party entered by mistake; once the parties agreed to mediation they stay (the service's rule,
        told here before a reason is typed in vain)."""
        p = current_row(self.parties)
        if p is None:
            self.error.setText(self.tr("Choose a party in the list first."))
            return
        if self.detail.case.consent != "pending":
            self.error.setText(error_message(ValidationError("consent", "parties_fixed")))
            return
        self.error.setText("")
        self._open(dialogs.RemovePartyDialog(self.ctx, self.detail, p, self))

    def current_session(self):
        item = self.sessions.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def edit_session(self) -> None:
        m = self.current_session()
        if m is None:
            self.error.setText(self.tr("Choose a mediation record in the list first."))
            return
        if not self.edit_session_button.isVisibleTo(self):
            return  # activated in the list of a closed case
        self.error.setText("")
        self._open(dialogs.SessionDialog(self.ctx, self.detail, self, session=m))

    def void_session(self) -> None:
        m = self.current_session()
        if m is None:
            self.error.setText(self.tr("Choose a mediation record in the list first."))
            return
        self.error.setText("")
        self._open(dialogs.VoidSessionDialog(self.ctx, self.detail, m, self))

    def schedule_visit(self) -> None:
        settings = self.options.settings if self.options is not None else MediationSettings()
        self._open(dialogs.ScheduleVisitDialog(self.ctx, self.detail, settings.return_visit_days, self))

    def attach(self) -> None:
        self._open(dialogs.AttachDialog(self.ctx, self.detail, self))

    def open_attachment(self, item: QListWidgetItem | None = None) -> None:
        """The file is read (and the opening audited) and copied to a private folder off the GUI thread, then
        handed to the system's viewer."""
        item = item or self.attachments.currentItem()
        if item is None:
            self.error.setText(self.tr("Choose a file in the list first."))
            return
        aid = item.data(Qt.ItemDataRole.UserRole)
        svc, actor = self.ctx.services.mediation, self.ctx.actor
        self.error.setText("")

        def work() -> Path:
            name, _mime, data = svc.attachment_data(actor, aid)
            return write_copy(f"case-file-{aid}", name, data)

        self.ctx.tasks.run_read(work, self._show_file, self.failed)

    def _show_file(self, path: Path) -> None:
        if not isValid(self):
            return
        self.opened_path = path
        if not open_in_viewer(path):
            self.error.setText(
                self.tr("No program on this computer opens this kind of file. It is saved as %1.").replace(
                    "%1", str(path)
                )
            )

    def close_case(self) -> None:
        """结案归档: closes the case, then assembles and keeps its dossier, and shows it."""
        d = self.detail
        svc, actor, cid, version = self.ctx.services.mediation, self.ctx.actor, d.case.id, d.case.version
        self.close_button.setEnabled(False)

        def done(result) -> None:
            if not isValid(self):
                return
            self.close_button.setEnabled(True)
            detail, dossier = result
            self._saved(detail)
            self._show_pdf(dossier.pdf, cid)

        def failed(exc) -> None:
            if not isValid(self):
                return
            self.close_button.setEnabled(True)
            self.failed(exc)

        self.ctx.tasks.run_write(lambda: svc.close_and_archive(actor, cid, version), done, failed)

    def show_dossier(self) -> None:
        """The kept dossier of a closed case (made anew when scans were added since), else a draft."""
        d = self.detail
        svc, actor, cid = self.ctx.services.mediation, self.ctx.actor, d.case.id
        closed = d.case.status == "closed"
        self._show_pdf(lambda: svc.dossier(actor, cid, store=closed).pdf, cid)

    def _show_pdf(self, pdf, case_id: int) -> None:
        render = pdf if callable(pdf) else (lambda: pdf)
        title = self.tr("Dossier %1").replace("%1", self.detail.case.case_no)
        self.open_dialog(PrintPreviewDialog(self.ctx, render, title, "case_file_cover", case_id, self))

    def print_document(self, key: str, record_id: int) -> None:
        self.open_dialog(preview(self.ctx, key, record_id, parent=self))
