"""群众接待室: the check-in form on the left; on the right who is in the building now and the visits of a day, with
the visitor's way out (check-out with the outcome) and the 首问负责 hand-offs (a petition, the mediation room, the
police station); the end-of-day step, the printed daily log and its .xlsx export. The card reader feeds the form."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QWidget,
)

from desktop.changes import Kind
from desktop.devices.id_reader import CardData, IdReaderConfig, SerialConfig
from desktop.services.core.errors import ValidationError
from desktop.services.core.permissions import Perm
from desktop.services.reception.dto import ReceptionOptions, VisitRow
from desktop.views.common.date_field import DateField
from desktop.views.common.form_helpers import button, hbox, named, vbox
from desktop.views.common.progress_dialog import ProgressDialog
from desktop.views.common.room_page import RoomPage
from desktop.views.common.table_view import current_row, select_id, table_view
from desktop.views.context import ViewContext
from desktop.views.reception.card_reader import SerialReaderBridge
from desktop.views.reception.check_in_form import CheckInForm
from desktop.views.reception.form_dialog import FormDialog
from desktop.views.reception.labels import CATEGORIES, OUTCOMES, error_message, fill, tr_label
from desktop.views.reception.visit_table_model import VisitTableModel

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


class ReaderSettingsDialog(FormDialog):
    """The card reader of this PC: keyboard wedge, serial port and its line format. ``saved`` carries the
    IdReaderConfig (the page applies it and hands it to the app to store)."""

    def __init__(self, ctx: ViewContext, cfg: IdReaderConfig, parent=None):
        super().__init__(ctx, self.tr("ID card reader of this PC"), "reader_settings_dialog", parent)
        s = cfg.serial
        self.check("wedge", self.tr("Keyboard-wedge reader (types the number)"), cfg.wedge)
        self.number("gap", self.tr("Longest pause between keys (ms)"), cfg.wedge_max_gap_ms, 5, 200)
        self.check("serial_enabled", self.tr("Serial-port reader"), s.enabled)
        self.line("port", self.tr("Port"), s.port, "COM3 / /dev/ttyUSB0")
        self.combo(
            "baudrate", self.tr("Speed (baud)"), [(b, str(b)) for b in (9600, 19200, 38400, 57600, 115200)]
        )
        self.baudrate.setEditable(True)
        self.baudrate.setCurrentText(str(s.baudrate))
        self.combo(
            "encoding",
            self.tr("Text encoding"),
            [("gbk", "GBK"), ("utf-8", "UTF-8"), ("gb18030", "GB18030")],
            s.encoding,
        )
        formats = [
            ("fields", self.tr("Fields with a separator")),
            ("number", self.tr("Only find the ID number")),
            ("regex", self.tr("Regular expression")),
        ]
        self.combo("line_format", self.tr("Line format"), formats, s.line_format)
        self.line("separator", self.tr("Separator"), s.separator)
        self.line("fields", self.tr("Fields in order"), ",".join(s.fields))
        self.line("pattern", self.tr("Pattern"), s.pattern)

    @staticmethod
    def error_message(exc: BaseException) -> str:
        if isinstance(exc, ValidationError) and exc.code == "bad_speed":
            return QCoreApplication.translate("ReaderSettingsDialog", "Choose the port speed.")
        return error_message(exc)

    def job(self):
        try:
            baudrate = int(self.baudrate.currentText() or 0)
        except ValueError:
            raise ValidationError("baudrate", "bad_speed") from None
        serial = SerialConfig(
            enabled=self.serial_enabled.isChecked(),
            port=self.port.text().strip(),
            baudrate=baudrate,
            encoding=self.encoding.currentData(),
            line_format=self.line_format.currentData(),
            separator=self.separator.text() or "|",
            fields=tuple(x.strip() for x in self.fields.text().split(",") if x.strip()),
            pattern=self.pattern.text(),
        )
        cfg = IdReaderConfig(self.wedge.isChecked(), self.gap.value(), serial)
        return lambda: cfg


# -- the page -------------------------------------------------------------------------------------------------------


class ReceptionPage(RoomPage):
    """``loaded``: both lists are on screen (tests and the bench wait on it)."""

    kinds = frozenset({Kind.VISIT, Kind.PETITION, Kind.CASE, Kind.PERSON})
    error_message = staticmethod(error_message)

    def __init__(
        self,
        ctx: ViewContext,
        parent=None,
        *,
        reader_config: IdReaderConfig | None = None,
        on_save_reader_config: Callable[[IdReaderConfig], None] | None = None,
    ):
        super().__init__(ctx, "reception_page", parent, first=date.today())
        self.reader_config = reader_config or IdReaderConfig()
        self._on_save_reader_config = on_save_reader_config

        self.form = CheckInForm(ctx)
        scroll = QScrollArea()
        scroll.setObjectName("form_scroll")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(480)
        scroll.setWidget(self.form)

        named(self, "reader_status", QLabel(""))
        button(self, "reader_button", self.tr("Card reader…"), self.reader_settings)

        widths = (55, 80, 70, 80, 80, 70, 220)
        # on site now
        self.on_site_model = VisitTableModel(self)
        self.on_site = table_view("on_site", self.on_site_model, widths)
        named(self, "on_site_count", QLabel(""))
        # visits of a day
        self.day_model = VisitTableModel(self)
        self.day_visits = table_view("day_visits", self.day_model, widths)
        self.log_day = DateField(date.today())
        self.log_day.setObjectName("log_day")
        button(self, "close_day_button", self.tr("End of day…"), self.close_day)
        button(
            self,
            "print_log_button",
            self.tr("Print the day's log…"),
            self.print_log,
            visible=ctx.can(Perm.PRINT),
        )
        button(self, "export_button", self.tr("Export .xlsx…"), self.export_log)

        # what to do with the selected visit
        named(self, "outcome_box", QComboBox())
        fill(
            self.outcome_box,
            [(k, tr_label(OUTCOMES, k)) for k in ("answered", "other")],
            blank=self.tr("(outcome)"),
        )
        button(self, "check_out_button", self.tr("Check out"), self.check_out)
        button(
            self,
            "petition_button",
            self.tr("Open petition…"),
            self.open_petition,
            visible=ctx.can(Perm.PETITIONS_EDIT),
        )
        button(self, "mediation_button", self.tr("Hand to mediation…"), self.hand_to_mediation)
        button(self, "police_button", self.tr("Refer to police…"), self.refer_to_police)
        button(
            self,
            "print_visit_button",
            self.tr("Print visit form…"),
            self.print_visit,
            visible=ctx.can(Perm.PRINT),
        )
        named(self, "where_label", QLabel(""))
        self.where_label.setWordWrap(True)
        self.message = QLabel("")  # what the last action did
        self.message.setObjectName("message")
        self.message.setWordWrap(True)

        named(self, "tabs", QTabWidget())
        site = QWidget()
        vbox(self.on_site_count, (self.on_site, 1), parent=site)
        self.tabs.addTab(site, self.tr("On site now"))
        day = QWidget()
        day_bar = hbox(
            QLabel(self.tr("Day")),
            self.log_day,
            1,
            self.close_day_button,
            self.print_log_button,
            self.export_button,
        )
        vbox(day_bar, (self.day_visits, 1), parent=day)
        self.tabs.addTab(day, self.tr("Visits of the day"))

        acts = hbox(
            self.outcome_box,
            self.check_out_button,
            1,
            self.petition_button,
            self.mediation_button,
            self.police_button,
            self.print_visit_button,
        )
        right = QWidget()
        vbox(
            hbox((self.reader_status, 1), self.reader_button),
            (self.tabs, 1),
            acts,
            self.where_label,
            self.message,
            self.error,
            margins=0,
            parent=right,
        )
        split = QSplitter()
        split.setObjectName("split")
        split.addWidget(scroll)
        split.addWidget(right)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([500, 780])
        vbox(split, margins=4, parent=self)

        self.serial = SerialReaderBridge(self)
        self.serial.card_read.connect(self.card_read)
        self.serial.failed.connect(
            lambda text: self.reader_status.setText(self.tr("Card reader: %1").replace("%1", text))
        )
        self.form.checked_in.connect(lambda _v: self.reload())
        self.reload_on(self.log_day)
        self.tabs.currentChanged.connect(lambda _i: self._selection_changed())
        for view in (self.on_site, self.day_visits):
            view.selectionModel().currentRowChanged.connect(lambda *_a: self._selection_changed())
        self._tick = QTimer(self)
        self._tick.setInterval(REFRESH_MS)
        self._tick.timeout.connect(self.reload)
        self._tick.start()
        self.apply_reader_config(self.reader_config)
        self._selection_changed()

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
        self.open_dialog(ReaderSettingsDialog(self.ctx, self.reader_config, self), self._reader_saved)

    def _reader_saved(self, cfg: IdReaderConfig) -> None:
        self.apply_reader_config(cfg)
        if self._on_save_reader_config is not None:
            self._on_save_reader_config(cfg)

    # -- lists -------------------------------------------------------------------------------------------------
    def day(self) -> date | None:
        """The day shown; None (said in the banner) while its text is no date."""
        try:
            return self.log_day.value()
        except ValidationError as exc:
            self.error.setText(self.error_message(exc))
            return None

    def filter(self) -> date:
        return self.log_day.value()

    def query(self, day: date):
        svc, actor = self.ctx.services.reception, self.ctx.actor
        return lambda: (svc.on_site(actor), svc.visits_of_day(actor, day))

    def show_result(self, _day, result: tuple[list[VisitRow], list[VisitRow]]) -> None:
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

    def current_view(self) -> QTableView:
        return self.on_site if self.tabs.currentIndex() == 0 else self.day_visits

    def current_visit(self) -> VisitRow | None:
        return current_row(self.current_view())

    def select_visit(self, visit_id: int) -> bool:
        return select_id(self.current_view(), visit_id)

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

    # -- actions on a visit ------------------------------------------------------------------------------------
    def check_out(self) -> None:
        v = self.current_visit()
        if v is None:
            return
        svc, actor, outcome = self.ctx.services.reception, self.ctx.actor, self.outcome_box.currentData()
        self.ctx.tasks.run_write(
            lambda: svc.check_out(actor, v.id, v.version, outcome=outcome),
            lambda d: self.message.setText(self.tr("%1 left.").replace("%1", d.visitor_name)),
            self.failed,
        )

    def open_petition(self) -> None:
        v = self.current_visit()
        if v is not None:
            self.open_dialog(PetitionHandOffDialog(self.ctx, v, self), self._handed)

    def hand_to_mediation(self) -> None:
        v = self.current_visit()
        if v is not None:
            self.open_dialog(MediationHandOffDialog(self.ctx, v, self.form.options, self), self._handed)

    def refer_to_police(self) -> None:
        v = self.current_visit()
        if v is not None:
            self.open_dialog(PoliceReferralDialog(self.ctx, v, self), self._handed)

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

        self.open_dialog(preview(self.ctx, "visit_register", v.id, parent=self))

    # -- the day -------------------------------------------------------------------------------------------------
    def close_day(self) -> None:
        day = self.day()
        if day is None:
            return
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

        self.ctx.tasks.run_write(lambda: svc.close_day(actor, day), done, self.failed)

    def print_log(self) -> None:
        from desktop.views.common.print_preview_dialog import preview

        day = self.day()
        if day is not None:
            self.open_dialog(preview(self.ctx, "visit_daily_log", int(day.strftime("%Y%m%d")), parent=self))

    def export_log(self) -> None:
        """The day's log as .xlsx (masked), written off the writer thread with the progress dialog."""
        day = self.day()
        if day is None:
            return
        start = str(Path.home() / f"来访登记簿-{day.isoformat()}.xlsx")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the day's log"), start, self.tr("Excel workbooks (*.xlsx)")
        )
        if not path:
            return
        target = Path(path if path.lower().endswith(".xlsx") else path + ".xlsx")
        svc, actor = self.ctx.services.reception, self.ctx.actor

        def work(_progress, _cancelled) -> Path:
            target.write_bytes(svc.export_xlsx(actor, day))
            return target

        def done(p: Path) -> None:
            self.message.setText(self.tr("Exported to %1").replace("%1", str(p)))

        self.dialog = ProgressDialog(
            self.ctx, self.tr("Export the day's log"), work, done, self.failed, parent=self
        )

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.serial.stop()
        self._tick.stop()
        super().closeEvent(event)
