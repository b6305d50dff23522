"""信访: the queues (open, due soon, overdue, to decide, being handled, answered, all, closed) on the left, the petition
on the right — its statutory steps with their due dates and weekdays, what the petitioner may be told, the scanned
letters with thumbnails, the actions of its present step and its notices to print."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTabBar,
    QWidget,
)

from desktop.changes import Changes, Kind
from desktop.services.core.permissions import Perm
from desktop.services.reception.petition_dto import (
    QUEUES,
    DeadlineCounts,
    PetitionDetail,
    PetitionFilter,
    StepDTO,
)
from desktop.views.common.form_helpers import button, due_text, hbox, named, provisional_tip, vbox
from desktop.views.common.room_page import RoomPage
from desktop.views.common.system_viewer import open_in_viewer, write_copy
from desktop.views.common.table_models import GREEN, GREY, ORANGE, RED, Column, IdRole, RowTableModel
from desktop.views.common.table_view import select_id, table_view
from desktop.views.context import ViewContext
from desktop.views.reception import petition_dialogs as dialogs
from desktop.views.reception.labels import (
    CATEGORIES,
    CHANNELS,
    DECISIONS,
    STATES,
    STATUSES,
    STEPS,
    day_text,
    error_message,
    tr_label,
)
from desktop.views.reception.labels import (
    QUEUES as QUEUE_LABELS,
)
from desktop.views.reception.petition_table_model import PetitionTableModel

_STATE_COLOURS = {"overdue": RED, "due_soon": ORANGE, "done": GREEN, "lapsed": GREY}


def _step_label(s: StepDTO) -> str:
    label = tr_label(STEPS, s.kind)
    if s.kind == "extension" and s.approver:
        extra = QCoreApplication.translate("PetitionPage", " — approved by %1: %2")
        return label + extra.replace("%1", s.approver).replace("%2", s.reason or "")
    if s.kind == "progress" and s.note:
        return f"{label}：{s.note}"
    return label


def _step_tip(s: StepDTO) -> str | None:
    return "\n".join(x for x in (s.reason, s.note) if x) or None


STEP_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("PetitionPage", "Step"), _step_label, tooltip=_step_tip),
    Column(QT_TRANSLATE_NOOP("PetitionPage", "From"), lambda s: s.started_on.isoformat(), tooltip=_step_tip),
    Column(
        QT_TRANSLATE_NOOP("PetitionPage", "Due"),
        lambda s: due_text(s.due_on, s.provisional) if s.kind != "progress" else "",  # notes have no deadline
        tooltip=lambda s: provisional_tip(s.provisional) or _step_tip(s),
        foreground=lambda s: _STATE_COLOURS.get(s.state),
    ),
    Column(
        QT_TRANSLATE_NOOP("PetitionPage", "Done"),
        lambda s: s.done_on.isoformat() if s.done_on else "",
        tooltip=_step_tip,
    ),
    Column(
        QT_TRANSLATE_NOOP("PetitionPage", "State"),
        lambda s: tr_label(STATES, s.state),
        tooltip=_step_tip,
        foreground=lambda s: _STATE_COLOURS.get(s.state),
    ),
)


class PetitionPage(RoomPage):
    detail_loaded = Signal()  # the petition on the right is on screen
    kinds = frozenset({Kind.PETITION, Kind.VISIT})
    error_message = staticmethod(error_message)

    def __init__(self, ctx: ViewContext, parent=None, *, queue: str = "open"):
        super().__init__(ctx, "petition_page", parent, first=PetitionFilter(queue, ""))
        self.detail: PetitionDetail | None = None
        self.staff = []
        self.today = None
        svc, actor = ctx.services.petitions, ctx.actor
        ctx.tasks.run_read(lambda: (svc.staff(actor), svc.today()), self._set_options, self.failed)

        named(self, "queue_tabs", QTabBar())
        for q in QUEUES:
            self.queue_tabs.addTab(tr_label(QUEUE_LABELS, q))
            self.queue_tabs.setTabData(self.queue_tabs.count() - 1, q)
        self.queue_tabs.setCurrentIndex(QUEUES.index(queue))
        self.search_box(self.tr("Number, national system number or petitioner"))
        button(
            self,
            "new_button",
            self.tr("Register petition…"),
            self.new_petition,
            visible=ctx.can(Perm.PETITIONS_EDIT),
        )
        self.model = PetitionTableModel(self)
        self.petitions = table_view("petitions", self.model, (105, 85, 60, 95, 90, 80, 150, 125))
        named(self, "count_label", QLabel(""))

        # the petition
        named(self, "title", QLabel(""))
        self.title.setStyleSheet("font-size: 15px; font-weight: bold")
        named(self, "info", QLabel(""))
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.steps = table_view("steps", RowTableModel(STEP_COLUMNS, "PetitionPage"), (240, 85, 125, 85))
        named(self, "told", QLabel(""))
        self.told.setWordWrap(True)
        self.told.setStyleSheet("background: #f3f6fa; padding: 4px")
        named(self, "attachments", QListWidget())
        self.attachments.setViewMode(QListWidget.ViewMode.IconMode)
        self.attachments.setIconSize(QSize(96, 96))
        self.attachments.setMaximumHeight(140)

        actions = [
            button(self, "accept_button", self.tr("Accept…"), lambda: self._step(dialogs.AcceptDialog)),
            button(self, "reject_button", self.tr("Not accepted…"), lambda: self._step(dialogs.RejectDialog)),
            button(
                self,
                "objection_button",
                self.tr("Object to transfer…"),
                lambda: self._step(dialogs.ObjectionDialog),
            ),
            button(self, "extend_button", self.tr("Extend…"), self.extend),
            button(self, "answer_button", self.tr("Answer…"), lambda: self._step(dialogs.AnswerDialog)),
            button(
                self,
                "review_button",
                self.tr("Review asked…"),
                lambda: self._step(dialogs.EscalateDialog, "review"),
            ),
            button(self, "review_result_button", self.tr("Review opinion…"), lambda: self._opinion()),
            button(
                self,
                "recheck_button",
                self.tr("Re-examination asked…"),
                lambda: self._step(dialogs.EscalateDialog, "recheck"),
            ),
            button(self, "close_button", self.tr("Close…"), lambda: self._step(dialogs.CloseDialog)),
            button(
                self,
                "national_button",
                self.tr("National system…"),
                lambda: self._step(dialogs.NationalDialog),
            ),
            button(self, "progress_button", self.tr("Progress…"), lambda: self._step(dialogs.ProgressDialog)),
            button(self, "attach_button", self.tr("Attach scans…"), self.attach),
        ]
        prints = hbox(
            button(
                self,
                "print_acceptance_button",
                self.tr("Print acceptance notice"),
                lambda: self.print("petition_acceptance_notice"),
            ),
            button(
                self,
                "print_rejection_button",
                self.tr("Print rejection notice"),
                lambda: self.print("petition_rejection_notice"),
            ),
            button(
                self,
                "print_decision_button",
                self.tr("Print decision"),
                lambda: self.print("petition_decision"),
            ),
        )

        left = QWidget()
        vbox(
            self.queue_tabs,
            hbox((self.search, 1), self.new_button),
            (self.petitions, 1),
            self.count_label,
            margins=0,
            parent=left,
        )
        grid = QGridLayout()
        for i, b in enumerate(actions):
            grid.addWidget(b, i // 4, i % 4)
        right = QWidget()
        vbox(
            self.title,
            self.info,
            (self.steps, 1),
            self.told,
            self.attachments,
            grid,
            prints,
            self.error,
            margins=0,
            parent=right,
        )
        split = QSplitter()
        split.setObjectName("split")
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([640, 600])
        vbox(split, margins=4, parent=self)

        self.reload_on(self.queue_tabs)
        self.petitions.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self.open_petition(self.model.data(cur, IdRole))
        )
        self.attachments.itemActivated.connect(self._open_attachment)
        self.attachments.itemDoubleClicked.connect(self._open_attachment)
        self._show(None)

    # -- the list ----------------------------------------------------------------------------------------------
    def _set_options(self, result) -> None:
        self.staff, self.today = result

    def filter(self) -> PetitionFilter:
        return PetitionFilter(
            self.queue_tabs.tabData(self.queue_tabs.currentIndex()), self.search.text().strip()
        )

    def query(self, filt: PetitionFilter):
        svc, actor = self.ctx.services.petitions, self.ctx.actor
        return lambda: (svc.petitions(actor, filt), svc.deadline_counts(actor))

    def show_result(self, _filt, result) -> None:
        rows, counts = result
        keep = self.detail.id if self.detail else None
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%1 petitions").replace("%1", str(len(rows))))
        self._set_counts(counts)
        if keep is not None and self.model.row_of(keep) >= 0:
            self.select_petition(keep)

    def _set_counts(self, counts: DeadlineCounts) -> None:
        for i, q in enumerate(QUEUES):
            n = {"due_soon": counts.due_soon, "overdue": counts.overdue}.get(q)
            label = tr_label(QUEUE_LABELS, q)
            self.queue_tabs.setTabText(i, f"{label} ({n})" if n else label)
            if q == "overdue":
                self.queue_tabs.setTabTextColor(i, RED.color() if n else QColor())

    def changed(self, ch: Changes) -> None:
        self.reload()
        ids = ch.of(Kind.PETITION)
        if Kind.PETITION in ch and self.detail is not None and (not ids or self.detail.id in ids):
            self.open_petition(self.detail.id)

    def select_petition(self, petition_id: int) -> bool:
        return select_id(self.petitions, petition_id)

    # -- one petition ------------------------------------------------------------------------------------------
    def open_petition(self, petition_id: int | None) -> None:
        if petition_id is None:
            return
        svc, actor = self.ctx.services.petitions, self.ctx.actor
        self.ctx.tasks.run_read(
            lambda: (svc.get(actor, petition_id), svc.progress_text(actor, petition_id)),
            lambda result: self._show(*result),
            self.failed,
        )

    def _show(self, d: PetitionDetail | None, told: str = "") -> None:
        self.detail = d
        self.error.setText("")
        if d is None:
            self.title.setText(self.tr("Choose a petition on the left."))
            self.info.setText("")
            self.steps.model().set_rows([])
            self.told.setText("")
            self.attachments.clear()
            self._enable(None)
            return
        self.title.setText(
            f"{d.petition_no}　{tr_label(STATUSES, d.status)}　{tr_label(CATEGORIES, d.category)}"
            + ("　" + self.tr("collective") if d.is_collective else "")
        )
        lines = [
            self.tr("Petitioner: %1").replace("%1", d.petitioner_name),
            self.tr("Received %1 by %2; handler %3")
            .replace("%1", day_text(d.received_on))
            .replace("%2", tr_label(CHANNELS, d.channel))
            .replace("%3", d.handler),
        ]
        if d.hidden:
            lines.append(
                self.tr("Report or accusation: only its handler and the director may read it (art. 30).")
            )
        else:
            if d.representatives:
                lines.append(self.tr("Representatives: %1").replace("%1", d.representatives))
            lines.append(self.tr("Request: %1").replace("%1", d.request))
            if d.facts:
                lines.append(self.tr("Facts and reasons: %1").replace("%1", d.facts))
        if d.decision:
            lines.append(self.tr("Decision: %1").replace("%1", tr_label(DECISIONS, d.decision)))
        if d.national_ref_no:
            lines.append(
                self.tr("National system: %1 (filed %2)")
                .replace("%1", d.national_ref_no)
                .replace("%2", day_text(d.national_filed_on))
            )
        if d.visit_id:
            lines.append(self.tr("Came from a visit at the reception desk."))
        self.info.setText("\n".join(lines))
        self.steps.model().set_rows(d.steps)
        self.told.setText(self.tr("What the petitioner is told: %1").replace("%1", told))
        self._attachments(d)
        self._enable(d)
        self.detail_loaded.emit()

    def _attachments(self, d: PetitionDetail) -> None:
        self.attachments.clear()
        if not d.attachments:
            return
        svc, actor = self.ctx.services.petitions, self.ctx.actor
        items = []
        for a in d.attachments:
            item = QListWidgetItem(a.filename)
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            self.attachments.addItem(item)
            items.append((a.id, item))
        ids = [a.id for a in d.attachments]

        def thumbs():
            return {i: svc.thumbnail(actor, i) for i in ids}

        def show(pngs: dict) -> None:
            for aid, item in items:
                pix = QPixmap()
                if aid in pngs and pix.loadFromData(pngs[aid], "PNG"):
                    try:
                        item.setIcon(QIcon(pix))
                    except RuntimeError:  # the list was refilled meanwhile
                        return

        self.ctx.tasks.run_read(thumbs, show, self.failed)

    def _enable(self, d: PetitionDetail | None) -> None:
        can = d is not None and d.can_edit
        status = d.status if d else None

        def step_open(kind: str) -> bool:
            return d is not None and any(s.kind == kind and not s.done_on for s in d.steps)

        extended = d is not None and any(s.kind == "extension" for s in d.steps)
        self.accept_button.setEnabled(can and status == "registered")
        self.reject_button.setEnabled(can and status == "registered")
        self.objection_button.setEnabled(can and step_open("transfer_objection"))
        self.extend_button.setEnabled(can and status == "handling" and not extended)
        self.answer_button.setEnabled(can and status == "handling")
        self.review_button.setEnabled(can and step_open("review_request"))
        self.review_result_button.setEnabled(can and (step_open("review") or step_open("recheck")))
        self.recheck_button.setEnabled(can and step_open("recheck_request"))
        self.close_button.setEnabled(can and status == "answered")
        for b in (self.national_button, self.progress_button, self.attach_button):
            b.setEnabled(can and status not in (None, "closed", "rejected"))
        may_print = d is not None and not d.hidden and self.ctx.can(Perm.PRINT)
        self.print_acceptance_button.setEnabled(may_print and d.accepted_on is not None)
        self.print_rejection_button.setEnabled(may_print and status == "rejected")
        self.print_decision_button.setEnabled(may_print and d.decision is not None)

    # -- actions -----------------------------------------------------------------------------------------------
    def _open(self, dlg) -> None:
        self.open_dialog(dlg, self._saved)

    def _saved(self, d: PetitionDetail) -> None:
        self._show(d, "")
        self.open_petition(d.id)

    def _step(self, cls, *args) -> None:
        if self.detail is not None:
            self._open(cls(self.ctx, self.detail, *args, parent=self, today=self.today))

    def _opinion(self) -> None:
        d = self.detail
        if d is not None:
            kind = "recheck" if any(s.kind == "recheck" and not s.done_on for s in d.steps) else "review"
            self._open(dialogs.OpinionDialog(self.ctx, d, kind, self, today=self.today))

    def extend(self) -> None:
        if self.detail is not None:
            approvers = [s for s in self.staff if s.role == "director"]
            self._open(dialogs.ExtendDialog(self.ctx, self.detail, approvers, self, today=self.today))

    def new_petition(self) -> None:
        def saved(d: PetitionDetail) -> None:
            if self.filter().queue not in ("open", "registered", "all"):
                self.queue_tabs.setCurrentIndex(QUEUES.index("open"))
            self._show(d, "")

        self.open_dialog(dialogs.IntakeDialog(self.ctx, self.staff, self, today=self.today), saved)

    def attach(self) -> None:
        d = self.detail
        if d is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach scanned letters"),
            str(Path.home()),
            self.tr("Scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf)"),
        )
        if not paths:
            return
        svc, actor = self.ctx.services.petitions, self.ctx.actor

        def work():
            return [svc.add_attachment(actor, d.id, Path(p).name, Path(p).read_bytes()) for p in paths]

        self.ctx.tasks.run_write(work, lambda _r: self.open_petition(d.id), self.failed)

    def _open_attachment(self, item: QListWidgetItem) -> None:
        aid = item.data(Qt.ItemDataRole.UserRole)
        svc, actor = self.ctx.services.petitions, self.ctx.actor

        def write() -> Path:
            name, _mime, data = svc.attachment_data(actor, aid)
            return write_copy(f"petition-file-{aid}", name, data)

        self.ctx.tasks.run_read(write, open_in_viewer, self.failed)

    def print(self, key: str) -> None:
        if self.detail is None:
            return
        from desktop.views.common.print_preview_dialog import preview

        self.open_dialog(preview(self.ctx, key, self.detail.id, parent=self))
