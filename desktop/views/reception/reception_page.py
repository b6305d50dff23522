"""群众接待室: the check-in form on the left; on the right who is in the building now and the visits of a day, with
the visitor's way out (check-out with the outcome) and the 首问负责 hand-offs (a petition, the mediation room, the
police station); the end-of-day step, the printed daily log and its .xlsx export. The card reader feeds the form."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Changes, Kind
from desktop.devices.id_reader import CardData, IdReaderConfig, SerialConfig
from desktop.services.core.errors import ServiceError
from desktop.services.core.permissions import Perm
from desktop.services.reception.dto import ReceptionOptions, VisitRow
from desktop.views.context import ViewContext
from desktop.views.reception.card_reader import SerialReaderBridge
from desktop.views.reception.check_in_form import CheckInForm
from desktop.views.reception.form_dialog import FormDialog, pydate, qdate
from desktop.views.reception.labels import CATEGORIES, OUTCOMES, error_message, fill, show_error, tr_label
from desktop.views.reception.visit_table_model import RowRole, VisitTableModel

REFRESH_MS = 60_000  # the minutes on site tick on


# -- hand-off dialogs -----------------------------------------------------------------------------------------------


class PetitionHandOffDialog(FormDialog):
    def __init__(self, ctx: ViewContext, visit: VisitRow, parent=None):
        super().__init__(ctx, self.tr("Open a petition from this visit"), "petition_hand_off_dialog", parent)
        self.visit = visit
        self.note(
            "who",
            self.tr("Petitioner: %1 (%2 people)")
            .replace("%1", visit.visitor_name)
            .replace("%2", str(visit.people_count)),
        )
        self.combo("category", self.tr("Category"), [(k, tr_label(CATEGORIES, k)) for k in CATEGORIES])
        self.text("request", self.tr("Request"), visit.content)
        self.text("facts", self.tr("Facts and reasons"), "")
        self.check("accept_on_the_spot", self.tr("Accepted on the spot: the written notice is given now"))

    def job(self):
        svc, actor, v = self.ctx.services.reception, self.ctx.actor, self.visit
        category, request = self.category.currentData(), self.request.toPlainText()
        facts, spot = self.facts.toPlainText(), self.accept_on_the_spot.isChecked()
        return lambda: svc.hand_to_petition(
            actor, v.id, v.version, category=category, request=request, facts=facts, accept_on_the_spot=spot
        )


class MediationHandOffDialog(FormDialog):
    """转矛盾纠纷: the desk confirms what the dispute is about (prefilled from what the visitor said); it is the
    case's 纠纷事实 and is printed on the agreement, so an empty one is refused."""

    def __init__(self, ctx: ViewContext, visit: VisitRow, options: ReceptionOptions | None, parent=None):
        super().__init__(
            ctx, self.tr("Hand this visit to the mediation room"), "mediation_hand_off_dialog", parent
        )
        self.visit = visit
        types = (
            [(c.code, c.label) for c in options.dispute_types] if options else [("other", self.tr("Other"))]
        )
        self.note("who", self.tr("Applicant: %1.").replace("%1", visit.visitor_name))
        self.combo("dispute_type", self.tr("Dispute type"), types, "other")
        self.text("facts", self.tr("Facts of the dispute"), visit.content, 90)

    def job(self):
        svc, actor, v = self.ctx.services.reception, self.ctx.actor, self.visit
        kind, facts = self.dispute_type.currentData() or "other", self.facts.toPlainText()
        return lambda: svc.hand_to_mediation(actor, v.id, v.version, facts=facts, dispute_type=kind)


class PoliceReferralDialog(FormDialog):
    def __init__(self, ctx: ViewContext, visit: VisitRow, parent=None):
        super().__init__(ctx, self.tr("Refer to the police station"), "police_referral_dialog", parent)
        self.visit = visit
        self.text("referral_note", self.tr("Which station, to whom, how"), "", 60)

    def job(self):
        svc, actor, v, note = (
            self.ctx.services.reception,
            self.ctx.actor,
            self.visit,
            self.referral_note.toPlainText(),
        )
        return lambda: svc.refer_to_police(actor, v.id, v.version, note)


class ReaderSettingsDialog(QDialog):
    """The card reader of this PC: keyboard wedge, serial port and its line format."""

    def __init__(self, cfg: IdReaderConfig, parent=None):
        super().__init__(parent)
        self.setObjectName("reader_settings_dialog")
        self.setWindowTitle(self.tr("ID card reader of this PC"))
        s = cfg.serial
        self.wedge = QCheckBox(self.tr("Keyboard-wedge reader (types the number)"))
        self.wedge.setObjectName("wedge")
        self.wedge.setChecked(cfg.wedge)
        self.gap = QSpinBox()
        self.gap.setObjectName("gap")
        self.gap.setRange(5, 200)
        self.gap.setValue(cfg.wedge_max_gap_ms)
        self.serial_enabled = QCheckBox(self.tr("Serial-port reader"))
        self.serial_enabled.setObjectName("serial_enabled")
        self.serial_enabled.setChecked(s.enabled)
        self.port = QLineEdit(s.port)
        self.port.setObjectName("port")
        self.port.setPlaceholderText("COM3 / /dev/ttyUSB0")
        self.baudrate = QComboBox()
        self.baudrate.setObjectName("baudrate")
        self.baudrate.setEditable(True)
        for b in (9600, 19200, 38400, 57600, 115200):
            self.baudrate.addItem(str(b), b)
        self.baudrate.setCurrentText(str(s.baudrate))
        self.encoding = QComboBox()
        self.encoding.setObjectName("encoding")
        fill(self.encoding, [("gbk", "GBK"), ("utf-8", "UTF-8"), ("gb18030", "GB18030")])
        self.encoding.setCurrentIndex(max(0, self.encoding.findData(s.encoding)))
        self.line_format = QComboBox()
        self.line_format.setObjectName("line_format")
        fill(
            self.line_format,
            [
                ("fields", self.tr("Fields with a separator")),
                ("number", self.tr("Only find the ID number")),
                ("regex", self.tr("Regular expression")),
            ],
        )
        self.line_format.setCurrentIndex(max(0, self.line_format.findData(s.line_format)))
        self.separator = QLineEdit(s.separator)
        self.separator.setObjectName("separator")
        self.fields = QLineEdit(",".join(s.fields))
        self.fields.setObjectName("fields")
        self.pattern = QLineEdit(s.pattern)
        self.pattern.setObjectName("pattern")
        self.error = QLabel("")
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("save_button")
        cancel = QPushButton(self.tr("Cancel"))
        form = QFormLayout()
        form.addRow(self.wedge)
        form.addRow(self.tr("Longest pause between keys (ms)"), self.gap)
        form.addRow(self.serial_enabled)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Speed (baud)"), self.baudrate)
        form.addRow(self.tr("Text encoding"), self.encoding)
        form.addRow(self.tr("Line format"), self.line_format)
        form.addRow(self.tr("Separator"), self.separator)
        form.addRow(self.tr("Fields in order"), self.fields)
        form.addRow(self.tr("Pattern"), self.pattern)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addLayout(buttons)
        self.result_config: IdReaderConfig | None = None
        self.save_button.clicked.connect(self._save)
        cancel.clicked.connect(self.reject)

    def _save(self) -> None:
        try:
            serial = SerialConfig(
                enabled=self.serial_enabled.isChecked(),
                port=self.port.text().strip(),
                baudrate=int(self.baudrate.currentText() or 0),
                encoding=self.encoding.currentData(),
                line_format=self.line_format.currentData(),
                separator=self.separator.text() or "|",
                fields=tuple(x.strip() for x in self.fields.text().split(",") if x.strip()),
                pattern=self.pattern.text(),
            )
        except (ServiceError, ValueError) as exc:
            if isinstance(exc, ServiceError):
                show_error(self, self.error, exc)
            else:
                self.error.setText(self.tr("Choose the port speed."))
            return
        self.result_config = IdReaderConfig(self.wedge.isChecked(), self.gap.value(), serial)
        self.accept()


# -- the page -------------------------------------------------------------------------------------------------------


class ReceptionPage(QWidget):
    loaded = Signal()  # both lists are on screen (tests and the bench wait on it)

    def __init__(
        self,
        ctx: ViewContext,
        parent=None,
        *,
        reader_config: IdReaderConfig | None = None,
        on_save_reader_config: Callable[[IdReaderConfig], None] | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("reception_page")
        self.ctx = ctx
        self.dialog = None
        self.loads = 0
        self.reader_config = reader_config or IdReaderConfig()
        self._on_save_reader_config = on_save_reader_config

        self.form = CheckInForm(ctx)
        scroll = QScrollArea()
        scroll.setObjectName("form_scroll")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(480)
        scroll.setWidget(self.form)

        self.reader_status = QLabel("")
        self.reader_status.setObjectName("reader_status")
        self.reader_button = QPushButton(self.tr("Card reader…"))
        self.reader_button.setObjectName("reader_button")

        # on site now
        self.on_site_model = VisitTableModel(self)
        self.on_site = self._table("on_site", self.on_site_model)
        self.on_site_count = QLabel("")
        self.on_site_count.setObjectName("on_site_count")
        # visits of a day
        self.day_model = VisitTableModel(self)
        self.day_visits = self._table("day_visits", self.day_model)
        self.log_day = QDateEdit(qdate(date.today()))
        self.log_day.setObjectName("log_day")
        self.log_day.setCalendarPopup(True)
        self.log_day.setDisplayFormat("yyyy-MM-dd ddd")
        self.close_day_button = QPushButton(self.tr("End of day…"))
        self.close_day_button.setObjectName("close_day_button")
        self.print_log_button = QPushButton(self.tr("Print the day's log…"))
        self.print_log_button.setObjectName("print_log_button")
        self.print_log_button.setVisible(ctx.can(Perm.PRINT))
        self.export_button = QPushButton(self.tr("Export .xlsx…"))
        self.export_button.setObjectName("export_button")

        # what to do with the selected visit
        self.outcome_box = QComboBox()
        self.outcome_box.setObjectName("outcome_box")
        fill(
            self.outcome_box,
            [(k, tr_label(OUTCOMES, k)) for k in ("answered", "other")],
            blank=self.tr("(outcome)"),
        )
        self.check_out_button = QPushButton(self.tr("Check out"))
        self.check_out_button.setObjectName("check_out_button")
        self.petition_button = QPushButton(self.tr("Open petition…"))
        self.petition_button.setObjectName("petition_button")
        self.petition_button.setVisible(ctx.can(Perm.PETITIONS_EDIT))
        self.mediation_button = QPushButton(self.tr("Hand to mediation…"))
        self.mediation_button.setObjectName("mediation_button")
        self.police_button = QPushButton(self.tr("Refer to police…"))
        self.police_button.setObjectName("police_button")
        self.print_visit_button = QPushButton(self.tr("Print visit form…"))
        self.print_visit_button.setObjectName("print_visit_button")
        self.print_visit_button.setVisible(ctx.can(Perm.PRINT))
        self.where_label = QLabel("")
        self.where_label.setObjectName("where_label")
        self.where_label.setWordWrap(True)
        self.message = QLabel("")
        self.message.setObjectName("message")
        self.message.setWordWrap(True)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        site = QWidget()
        sv = QVBoxLayout(site)
        sv.addWidget(self.on_site_count)
        sv.addWidget(self.on_site, 1)
        self.tabs.addTab(site, self.tr("On site now"))
        day = QWidget()
        dv = QVBoxLayout(day)
        dh = QHBoxLayout()
        dh.addWidget(QLabel(self.tr("Day")))
        dh.addWidget(self.log_day)
        dh.addStretch(1)
        dh.addWidget(self.close_day_button)
        dh.addWidget(self.print_log_button)
        dh.addWidget(self.export_button)
        dv.addLayout(dh)
        dv.addWidget(self.day_visits, 1)
        self.tabs.addTab(day, self.tr("Visits of the day"))

        top = QHBoxLayout()
        top.addWidget(self.reader_status, 1)
        top.addWidget(self.reader_button)
        acts = QHBoxLayout()
        acts.addWidget(self.outcome_box)
        acts.addWidget(self.check_out_button)
        acts.addStretch(1)
        acts.addWidget(self.petition_button)
        acts.addWidget(self.mediation_button)
        acts.addWidget(self.police_button)
        acts.addWidget(self.print_visit_button)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addLayout(top)
        rv.addWidget(self.tabs, 1)
        rv.addLayout(acts)
        rv.addWidget(self.where_label)
        rv.addWidget(self.message)
        split = QSplitter()
        split.setObjectName("split")
        split.addWidget(scroll)
        split.addWidget(right)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([500, 780])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(split)

        self.serial = SerialReaderBridge(self)
        self.serial.card_read.connect(self.card_read)
        self.serial.failed.connect(
            lambda text: self.reader_status.setText(self.tr("Card reader: %1").replace("%1", text))
        )
        self.reader_button.clicked.connect(self.reader_settings)
        self.form.checked_in.connect(lambda _v: self.reload())
        self.log_day.dateChanged.connect(lambda _d: self.reload())
        self.tabs.currentChanged.connect(lambda _i: self._selection_changed())
        for view in (self.on_site, self.day_visits):
            view.selectionModel().currentRowChanged.connect(lambda *_a: self._selection_changed())
        self.check_out_button.clicked.connect(self.check_out)
        self.petition_button.clicked.connect(self.open_petition)
        self.mediation_button.clicked.connect(self.hand_to_mediation)
        self.police_button.clicked.connect(self.refer_to_police)
        self.print_visit_button.clicked.connect(self.print_visit)
        self.close_day_button.clicked.connect(self.close_day)
        self.print_log_button.clicked.connect(self.print_log)
        self.export_button.clicked.connect(self.export_log)
        ctx.tasks.bus.changed.connect(self._changed)
        self._tick = QTimer(self)
        self._tick.setInterval(REFRESH_MS)
        self._tick.timeout.connect(self.reload)
        self._tick.start()
        self.apply_reader_config(self.reader_config)
        self._selection_changed()
        self.reload()

    def _table(self, name: str, model: VisitTableModel) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(24)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((55, 80, 70, 80, 80, 70, 220)):
            view.setColumnWidth(col, width)
        return view

    # -- the card reader ---------------------------------------------------------------------------------------
    def apply_reader_config(self, cfg: IdReaderConfig) -> None:
        self.reader_config = cfg
        self.form.wedge.enabled = cfg.wedge
        self.form.wedge.detector.max_gap = cfg.wedge_max_gap_ms / 1000
        parts = []
        if cfg.wedge:
            parts.append(self.tr("keyboard-wedge reader on"))
        if self.serial.start(cfg):
            parts.append(self.tr("serial reader on %1").replace("%1", cfg.serial.port))
        self.reader_status.setText(
            self.tr("Card reader: %1").replace("%1", ", ".join(parts))
            if parts
            else self.tr("Card reader: off")
        )

    def card_read(self, card: CardData) -> None:
        self.form.apply_card(card)

    def reader_settings(self) -> None:
        dlg = ReaderSettingsDialog(self.reader_config, self)
        self.dialog = dlg

        def done(_code):
            if dlg.result_config is not None:
                self.apply_reader_config(dlg.result_config)
                if self._on_save_reader_config is not None:
                    self._on_save_reader_config(dlg.result_config)

        dlg.finished.connect(done)
        dlg.open()

    # -- lists -------------------------------------------------------------------------------------------------
    def day(self) -> date:
        return pydate(self.log_day.date())

    def reload(self) -> None:
        svc, actor, day = self.ctx.services.reception, self.ctx.actor, self.day()
        self.ctx.tasks.run_read(
            lambda: (svc.on_site(actor), svc.visits_of_day(actor, day)), self._loaded, self._failed
        )

    def _loaded(self, result: tuple[list[VisitRow], list[VisitRow]]) -> None:
        on_site, of_day = result
        keep = self.current_visit()
        self.on_site_model.set_rows(on_site)
        self.day_model.set_rows(of_day)
        stale = sum(1 for r in on_site if r.stale)
        people = sum(r.people_count for r in on_site)
        text = (
            self.tr("%1 visits, %2 people in the building")
            .replace("%1", str(len(on_site)))
            .replace("%2", str(people))
        )
        if stale:
            text += self.tr(" — %1 not checked out since an earlier day").replace("%1", str(stale))
        self.on_site_count.setText(text)
        if keep is not None:
            self.select_visit(keep.id)
        self._selection_changed()
        self.loads += 1
        self.loaded.emit()

    def _changed(self, ch: Changes) -> None:
        if ch.touches(Kind.VISIT, Kind.PETITION, Kind.CASE, Kind.PERSON):
            self.reload()

    def current_view(self) -> QTableView:
        return self.on_site if self.tabs.currentIndex() == 0 else self.day_visits

    def current_visit(self) -> VisitRow | None:
        view = self.current_view()
        index = view.currentIndex()
        return view.model().data(index, RowRole) if index.isValid() else None

    def select_visit(self, visit_id: int) -> bool:
        view = self.current_view()
        row = view.model().row_of(visit_id)
        if row < 0:
            return False
        view.selectRow(row)
        view.setCurrentIndex(view.model().index(row, 0))
        return True

    def _selection_changed(self) -> None:
        v = self.current_visit()
        open_visit = v is not None and v.time_out is None
        handed = v is not None and bool(v.petition_no or v.case_no or v.referral_note)
        self.check_out_button.setEnabled(open_visit)
        for b in (self.petition_button, self.mediation_button, self.police_button):
            b.setEnabled(v is not None and not handed)
        self.print_visit_button.setEnabled(v is not None)
        if v is None:
            self.where_label.setText("")
        elif v.petition_no:
            self.where_label.setText(self.tr("Handed on: petition %1").replace("%1", v.petition_no))
        elif v.case_no:
            self.where_label.setText(self.tr("Handed on: mediation case %1").replace("%1", v.case_no))
        elif v.referral_note:
            self.where_label.setText(self.tr("Referred to the police: %1").replace("%1", v.referral_note))
        else:
            self.where_label.setText(self.tr("%1: not handed on").replace("%1", v.visitor_name))

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(error_message(exc))

    # -- actions on a visit ------------------------------------------------------------------------------------
    def check_out(self) -> None:
        v = self.current_visit()
        if v is None:
            return
        svc, actor, outcome = self.ctx.services.reception, self.ctx.actor, self.outcome_box.currentData()
        self.ctx.tasks.run_write(
            lambda: svc.check_out(actor, v.id, v.version, outcome=outcome),
            lambda d: self.message.setText(self.tr("%1 left.").replace("%1", d.visitor_name)),
            self._failed,
        )

    def _open(self, dlg: FormDialog, after: Callable | None = None) -> None:
        self.dialog = dlg
        dlg.saved.connect(after or (lambda _r: None))
        dlg.open()

    def open_petition(self) -> None:
        v = self.current_visit()
        if v is not None:
            self._open(PetitionHandOffDialog(self.ctx, v, self), self._handed)

    def hand_to_mediation(self) -> None:
        v = self.current_visit()
        if v is not None:
            self._open(MediationHandOffDialog(self.ctx, v, self.form.options, self), self._handed)

    def refer_to_police(self) -> None:
        v = self.current_visit()
        if v is not None:
            self._open(PoliceReferralDialog(self.ctx, v, self), self._handed)

    def _handed(self, d) -> None:
        if d.petition_no:
            self.message.setText(
                self.tr("Petition %1 opened for %2.")
                .replace("%1", d.petition_no)
                .replace("%2", d.visitor_name)
            )
        elif d.case_no:
            self.message.setText(
                self.tr("Case %1 is in the mediation room's queue.").replace("%1", d.case_no)
            )
        else:
            self.message.setText(self.tr("Referral to the police recorded."))

    def print_visit(self) -> None:
        v = self.current_visit()
        if v is None:
            return
        from desktop.views.common.print_preview_dialog import preview

        self.dialog = preview(self.ctx, "visit_register", v.id, parent=self)
        self.dialog.open()

    # -- the day -------------------------------------------------------------------------------------------------
    def close_day(self) -> None:
        day = self.day()
        answer = QMessageBox.question(
            self,
            self.tr("End of day"),
            self.tr(
                "Close every visit of %1 and before that was never checked out? They are marked as closed by the system."
            ).replace("%1", day.isoformat()),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        svc, actor = self.ctx.services.reception, self.ctx.actor

        def done(rows: list[VisitRow]) -> None:
            if rows:
                names = "、".join(r.visitor_name for r in rows)
                self.message.setText(
                    self.tr("Closed %1 visits never checked out: %2")
                    .replace("%1", str(len(rows)))
                    .replace("%2", names)
                )
            else:
                self.message.setText(self.tr("Nobody was left checked in."))

        self.ctx.tasks.run_write(
            lambda: svc.close_day(actor, day),
            done,
            self._failed,
        )

    def print_log(self) -> None:
        from desktop.views.common.print_preview_dialog import preview

        day = self.day()
        self.dialog = preview(self.ctx, "visit_daily_log", int(day.strftime("%Y%m%d")), parent=self)
        self.dialog.open()

    def export_log(self) -> None:
        day = self.day()
        start = str(Path.home() / f"来访登记簿-{day.isoformat()}.xlsx")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the day's log"), start, self.tr("Excel workbooks (*.xlsx)")
        )
        if not path:
            return
        target = Path(path if path.lower().endswith(".xlsx") else path + ".xlsx")
        svc, actor = self.ctx.services.reception, self.ctx.actor

        def work() -> Path:
            target.write_bytes(svc.export_xlsx(actor, day))
            return target

        self.ctx.tasks.run_write(
            work,
            lambda p: self.message.setText(self.tr("Exported to %1").replace("%1", str(p))),
            self._failed,
        )

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.serial.stop()
        self._tick.stop()
        super().closeEvent(event)
