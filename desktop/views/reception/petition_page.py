"""信访: the queues (open, due soon, overdue, to decide, being handled, answered, all, closed) on the left, the petition
on the right — its statutory steps with their due dates and weekdays, what the petitioner may be told, the scanned
letters with thumbnails, the actions of its present step and its notices to print."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabBar,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Changes, Kind
from desktop.services.core.permissions import Perm
from desktop.services.reception.petition_dto import QUEUES, DeadlineCounts, PetitionDetail
from desktop.services.reception.petition_service import PetitionFilter
from desktop.views.common.system_viewer import open_in_viewer, write_copy
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
from desktop.views.reception.petition_table_model import IdRole, PetitionTableModel

SEARCH_DELAY_MS = 200
_RED, _ORANGE, _GREEN, _GREY = QColor("#b00020"), QColor("#b35c00"), QColor("#1b5e20"), QColor("#777777")
_STATE_COLOURS = {"overdue": _RED, "due_soon": _ORANGE, "done": _GREEN, "lapsed": _GREY}


class PetitionPage(QWidget):
    loaded = Signal()  # the list is on screen
    detail_loaded = Signal()  # the petition on the right is on screen

    def __init__(self, ctx: ViewContext, parent=None, *, queue: str = "open"):
        super().__init__(parent)
        self.setObjectName("petition_page")
        self.ctx = ctx
        self.dialog = None
        self.detail: PetitionDetail | None = None
        self.staff = []
        self.today = None
        self.loads = 0
        self._queue = queue
        self._seq = 0
        self._ids: tuple[int, ...] = ()  # the petitions behind a figure of the desk (show_records)

        self.queue_tabs = QTabBar()
        self.queue_tabs.setObjectName("queue_tabs")
        for q in QUEUES:
            self.queue_tabs.addTab(tr_label(QUEUE_LABELS, q))
            self.queue_tabs.setTabData(self.queue_tabs.count() - 1, q)
        self.queue_tabs.setCurrentIndex(QUEUES.index(queue))
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Number, national system number or petitioner"))
        self.new_button = QPushButton(self.tr("Register petition…"))
        self.new_button.setObjectName("new_button")
        self.new_button.setVisible(ctx.can(Perm.PETITIONS_EDIT))
        self.model = PetitionTableModel(self)
        self.petitions = QTableView()
        self.petitions.setObjectName("petitions")
        self.petitions.setModel(self.model)
        self.petitions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.petitions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.petitions.verticalHeader().setVisible(False)
        self.petitions.verticalHeader().setDefaultSectionSize(24)
        self.petitions.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.petitions.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((105, 85, 60, 95, 90, 80, 150, 125)):
            self.petitions.setColumnWidth(col, width)
        self.count_label = QLabel("")
        self.count_label.setObjectName("count_label")
        self.from_desk = QLabel("")
        self.from_desk.setObjectName("from_desk")
        self.from_desk.setWordWrap(True)
        self.from_desk.setStyleSheet("background: #fff4d6; padding: 4px")
        self.show_all_button = QPushButton(self.tr("Show the queue"))
        self.show_all_button.setObjectName("show_all_button")
        self.show_all_button.clicked.connect(lambda: self.show_records(None))

        # the petition
        self.title = QLabel("")
        self.title.setObjectName("title")
        self.title.setStyleSheet("font-size: 15px; font-weight: bold")
        self.info = QLabel("")
        self.info.setObjectName("info")
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.steps = QTableWidget(0, 5)
        self.steps.setObjectName("steps")
        self.steps.setHorizontalHeaderLabels(
            [self.tr("Step"), self.tr("From"), self.tr("Due"), self.tr("Done"), self.tr("State")]
        )
        self.steps.verticalHeader().setVisible(False)
        self.steps.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((240, 85, 125, 85)):
            self.steps.setColumnWidth(col, width)
        self.told = QLabel("")
        self.told.setObjectName("told")
        self.told.setWordWrap(True)
        self.told.setStyleSheet("background: #f3f6fa; padding: 4px")
        self.attachments = QListWidget()
        self.attachments.setObjectName("attachments")
        self.attachments.setViewMode(QListWidget.ViewMode.IconMode)
        self.attachments.setIconSize(QSize(96, 96))
        self.attachments.setMaximumHeight(140)
        self.message = QLabel("")
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")

        def button(name: str, text: str, slot) -> QPushButton:
            b = QPushButton(text)
            b.setObjectName(name)
            b.clicked.connect(slot)
            setattr(self, name, b)
            return b

        actions = [
            button("accept_button", self.tr("Accept…"), lambda: self._step(dialogs.AcceptDialog)),
            button("reject_button", self.tr("Not accepted…"), lambda: self._step(dialogs.RejectDialog)),
            button(
                "objection_button",
                self.tr("Object to transfer…"),
                lambda: self._step(dialogs.ObjectionDialog),
            ),
            button("extend_button", self.tr("Extend…"), self.extend),
            button("answer_button", self.tr("Answer…"), lambda: self._step(dialogs.AnswerDialog)),
            button(
                "review_button",
                self.tr("Review asked…"),
                lambda: self._step(dialogs.EscalateDialog, "review"),
            ),
            button("review_result_button", self.tr("Review opinion…"), lambda: self._opinion()),
            button(
                "recheck_button",
                self.tr("Re-examination asked…"),
                lambda: self._step(dialogs.EscalateDialog, "recheck"),
            ),
            button("close_button", self.tr("Close…"), lambda: self._step(dialogs.CloseDialog)),
            button("evaluation_button", self.tr("Evaluation…"), lambda: self._step(dialogs.EvaluationDialog)),
            button(
                "national_button", self.tr("National system…"), lambda: self._step(dialogs.NationalDialog)
            ),
            button("progress_button", self.tr("Progress…"), lambda: self._step(dialogs.ProgressDialog)),
            button("attach_button", self.tr("Attach scans…"), self.attach),
        ]
        prints = [
            button(
                "print_acceptance_button",
                self.tr("Print acceptance notice"),
                lambda: self.print("petition_acceptance_notice"),
            ),
            button(
                "print_rejection_button",
                self.tr("Print rejection notice"),
                lambda: self.print("petition_rejection_notice"),
            ),
            button(
                "print_decision_button", self.tr("Print decision"), lambda: self.print("petition_decision")
            ),
        ]

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.queue_tabs)
        desk = QHBoxLayout()
        desk.addWidget(self.from_desk, 1)
        desk.addWidget(self.show_all_button)
        lv.addLayout(desk)
        lv.addLayout(top)
        lv.addWidget(self.petitions, 1)
        lv.addWidget(self.count_label)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.title)
        rv.addWidget(self.info)
        rv.addWidget(self.steps, 1)
        rv.addWidget(self.told)
        rv.addWidget(self.attachments)
        grid = QGridLayout()
        for i, b in enumerate(actions):
            grid.addWidget(b, i // 4, i % 4)
        rv.addLayout(grid)
        pr = QHBoxLayout()
        for b in prints:
            pr.addWidget(b)
        rv.addLayout(pr)
        rv.addWidget(self.message)
        split = QSplitter()
        split.setObjectName("split")
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([640, 600])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(split)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.queue_tabs.currentChanged.connect(self._queue_changed)
        self.petitions.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self.open_petition(self.model.data(cur, IdRole))
        )
        self.new_button.clicked.connect(self.new_petition)
        self.attachments.itemActivated.connect(self._open_attachment)
        self.attachments.itemDoubleClicked.connect(self._open_attachment)
        ctx.tasks.bus.changed.connect(self._changed)
        self._show_from_desk()
        self._show(None)
        self._first_load()

    # -- the list ----------------------------------------------------------------------------------------------
    def _first_load(self) -> None:
        svc, actor = self.ctx.services.petitions, self.ctx.actor
        self.ctx.tasks.run_read(lambda: (svc.staff(actor), svc.today()), self._set_options, self._failed)
        self.reload()

    def _set_options(self, result) -> None:
        self.staff, self.today = result

    def _queue_changed(self, index: int) -> None:
        self._queue = self.queue_tabs.tabData(index)
        self._ids = ()
        self._show_from_desk()
        self.reload()

    def show_records(self, drill) -> None:
        """What a figure of the desk stands for (``core.figures.Drill``): its petitions, or one of the queues;
        None: back to the queue."""
        self._ids = tuple(drill.ids) if drill is not None and not drill.queue else ()
        if drill is not None and drill.queue in QUEUES:
            self.queue_tabs.blockSignals(True)
            self.queue_tabs.setCurrentIndex(QUEUES.index(drill.queue))
            self.queue_tabs.blockSignals(False)
            self._queue = drill.queue
        self._show_from_desk()
        self.reload()

    def _show_from_desk(self) -> None:
        if self._ids:
            self.from_desk.setText(
                self.tr("%1 petition(s) behind the figure chosen on the desk.").replace(
                    "%1", str(len(self._ids))
                )
            )
        self.from_desk.setVisible(bool(self._ids))
        self.show_all_button.setVisible(bool(self._ids))

    def reload(self) -> None:
        svc, actor = self.ctx.services.petitions, self.ctx.actor
        filt = PetitionFilter(
            "all" if self._ids else self._queue,
            self.search.text().strip(),
            limit=max(500, len(self._ids)),  # every petition behind a figure, not the list's first 500
            ids=self._ids,
        )
        self._seq += 1
        seq = self._seq
        self.ctx.tasks.run_read(
            lambda: (svc.petitions(actor, filt), svc.deadline_counts(actor)),
            lambda result: self._loaded(seq, *result),
            self._failed,
        )

    def _loaded(self, seq: int, rows, counts: DeadlineCounts) -> None:
        if seq != self._seq:
            return
        keep = self.detail.id if self.detail else None
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%1 petitions").replace("%1", str(len(rows))))
        for i, q in enumerate(QUEUES):
            n = {"due_soon": counts.due_soon, "overdue": counts.overdue}.get(q)
            label = tr_label(QUEUE_LABELS, q)
            self.queue_tabs.setTabText(i, f"{label} ({n})" if n else label)
            if q == "overdue":
                self.queue_tabs.setTabTextColor(i, _RED if n else QColor())
        if keep is not None and self.model.row_of(keep) >= 0:
            self.select_petition(keep)
        self.loads += 1
        self.loaded.emit()

    def _changed(self, ch: Changes) -> None:
        if ch.touches(Kind.PETITION, Kind.VISIT):
            self.reload()
        ids = ch.of(Kind.PETITION)
        if Kind.PETITION in ch and self.detail is not None and (not ids or self.detail.id in ids):
            self.open_petition(self.detail.id)

    def select_petition(self, petition_id: int) -> bool:
        row = self.model.row_of(petition_id)
        if row < 0:
            return False
        self.petitions.setCurrentIndex(self.model.index(row, 0))
        return True

    # -- one petition ------------------------------------------------------------------------------------------
    def open_petition(self, petition_id: int | None) -> None:
        if petition_id is None:
            return
        svc, actor = self.ctx.services.petitions, self.ctx.actor
        self.ctx.tasks.run_read(
            lambda: (svc.get(actor, petition_id), svc.progress_text(actor, petition_id)),
            lambda result: self._show(*result),
            self._failed,
        )

    def _show(self, d: PetitionDetail | None, told: str = "") -> None:
        self.detail = d
        self.message.setText("")
        if d is None:
            self.title.setText(self.tr("Choose a petition on the left."))
            self.info.setText("")
            self.steps.setRowCount(0)
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
        timed = [s for s in d.steps if s.kind != "progress"]
        self.steps.setRowCount(len(d.steps))
        for row, s in enumerate(d.steps):
            due = day_text(s.due_on) if s in timed else ""
            label = tr_label(STEPS, s.kind)
            if s.kind == "extension" and s.approver:
                label += (
                    self.tr(" — approved by %1: %2").replace("%1", s.approver).replace("%2", s.reason or "")
                )
            elif s.kind == "progress" and s.note:
                label += f"：{s.note}"
            done = s.done_on.isoformat() if s.done_on else ""
            cells = [label, s.started_on.isoformat(), due, done, tr_label(STATES, s.state)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                colour = _STATE_COLOURS.get(s.state)
                if colour is not None and col in (2, 4):
                    item.setForeground(QBrush(colour))
                if s.note or s.reason:
                    item.setToolTip("\n".join(x for x in (s.reason, s.note) if x))
                self.steps.setItem(row, col, item)
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

        self.ctx.tasks.run_read(thumbs, show, self._failed)

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
        self.evaluation_button.setEnabled(can and d.answered_on is not None and d.evaluation is None)
        for b in (self.national_button, self.progress_button, self.attach_button):
            b.setEnabled(can and status not in (None, "closed", "rejected"))
        may_print = d is not None and not d.hidden and self.ctx.can(Perm.PRINT)
        self.print_acceptance_button.setEnabled(may_print and d.accepted_on is not None)
        self.print_rejection_button.setEnabled(may_print and status == "rejected")
        self.print_decision_button.setEnabled(may_print and d.decision is not None)

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(error_message(exc))

    # -- actions -----------------------------------------------------------------------------------------------
    def _open(self, dlg) -> None:
        self.dialog = dlg
        dlg.saved.connect(lambda d: self._show(d, ""))
        dlg.saved.connect(lambda d: self.open_petition(d.id))
        dlg.open()

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
        dlg = dialogs.IntakeDialog(self.ctx, self.staff, self, today=self.today)
        self.dialog = dlg

        def saved(d: PetitionDetail) -> None:
            if self._queue not in ("open", "registered", "all"):
                self.queue_tabs.setCurrentIndex(QUEUES.index("open"))
            self._show(d, "")

        dlg.saved.connect(saved)
        dlg.open()

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

        self.ctx.tasks.run_write(work, lambda _r: self.open_petition(d.id), self._failed)

    def _open_attachment(self, item: QListWidgetItem) -> None:
        aid = item.data(Qt.ItemDataRole.UserRole)
        svc, actor = self.ctx.services.petitions, self.ctx.actor

        def write() -> Path:
            name, _mime, data = svc.attachment_data(actor, aid)
            return write_copy(f"petition-file-{aid}", name, data)

        self.ctx.tasks.run_read(write, open_in_viewer, self._failed)

    def print(self, key: str) -> None:
        if self.detail is None:
            return
        from desktop.views.common.print_preview_dialog import preview

        self.dialog = preview(self.ctx, key, self.detail.id, parent=self)
        self.dialog.open()
