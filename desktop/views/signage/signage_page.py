"""标识标牌: pick a sign or wall chart, change its text, size and colours, see it, print or save it.

The settings are a ``SignageConfig``; "Save settings" hands it to ``on_save`` (the app stores it in its config)
and emits ``config_saved``. Every change re-renders the preview off the GUI thread, a moment after typing stops.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.printing.signage_config import BLACK, RED, WHITE, SignageConfig, StaffEntry
from desktop.views.common.form_helpers import button, debounced, hbox, named, vbox
from desktop.views.common.print_preview_dialog import PrintPreviewDialog
from desktop.views.common.room_page import RoomPage
from desktop.views.context import ViewContext

PLATE, DOORS, CHART = 0, 1, 2  # settings pages of the stack
OTHER = "other"


class SignagePage(RoomPage):
    config_saved = Signal(object)  # the SignageConfig the user saved

    def __init__(
        self,
        ctx: ViewContext,
        config: SignageConfig | None = None,
        on_save: Callable[[SignageConfig], None] | None = None,
        parent=None,
    ):
        super().__init__(ctx, "signage_page", parent)
        self._service = ctx.services.printing
        if config is None:
            self.reload()  # the settings are read while the widgets are built
        self._on_save = on_save
        self._config = config
        self._loading = False
        self._dirty = False  # a change waits for the page to be shown before it is rendered
        self._generation = 0
        self.last_pdf: bytes | None = None
        self.preview_dialog: PrintPreviewDialog | None = None
        self._signs = [
            ("sign_centre_plate", self.tr("Centre plate"), PLATE),
            ("sign_door_plates", self.tr("Door plates"), DOORS),
            ("chart_duties", self.tr("Duties chart"), CHART),
            ("chart_rules", self.tr("Rules chart"), CHART),
            ("chart_staff", self.tr("Staff chart"), CHART),
            ("chart_reception_notice", self.tr("Reception notice"), CHART),
        ]
        self._timer = debounced(self, 350, self.render_preview)

        self.sign_list = self._widget(QListWidget(), "sign_list")
        for key, label, _ in self._signs:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.sign_list.addItem(item)
        self.sign_list.currentRowChanged.connect(self._sign_changed)

        self.stack = QStackedWidget()
        self.stack.addWidget(self._plate_settings())
        self.stack.addWidget(self._door_settings())
        self.stack.addWidget(self._chart_settings())
        output = self._output_settings()

        self.document = QPdfDocument(self)
        self._buffer = QBuffer(self)
        self.preview = self._widget(QPdfView(), "preview")
        self.preview.setDocument(self.document)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitInView)
        named(self, "status", QLabel(""))
        self.status.setWordWrap(True)
        button(self, "print_button", self.tr("Print or save…"), self.open_preview)
        button(self, "save_button", self.tr("Save settings"), self.save_settings, visible=on_save is not None)
        button(self, "defaults_button", self.tr("Restore defaults"), self.restore_defaults)

        settings = vbox(self.stack, output, 1)
        buttons = hbox((self.status, 1), self.defaults_button, self.save_button, self.print_button)
        right = vbox((self.preview, 1), self.error, buttons)
        lay = hbox((self.sign_list, 1), parent=self)
        lay.addLayout(settings, 2)
        lay.addLayout(right, 3)
        self.print_button.setEnabled(False)
        if config is not None:
            self._show_config(config)

    def query(self, _filt):
        return self._service.signage_config

    def show_result(self, _filt, cfg: SignageConfig) -> None:
        self._show_config(cfg)

    # -- building the settings --------------------------------------------------------------------------------
    def _widget(self, w, name: str):
        w.setObjectName(name)
        setattr(self, name, w)
        return w

    def _line(self, name: str) -> QLineEdit:
        e = self._widget(QLineEdit(), name)
        e.textChanged.connect(self._changed)
        return e

    def _mm(self, name: str) -> QDoubleSpinBox:
        s = self._widget(QDoubleSpinBox(), name)
        s.setRange(20, 10000)
        s.setDecimals(0)
        s.setSuffix(" mm")
        s.valueChanged.connect(self._changed)
        return s

    def _colours(self, name: str, choices: list[tuple[str, str]]) -> QComboBox:
        c = self._widget(QComboBox(), name)
        for label, value in choices:
            c.addItem(label, value)
        c.addItem(self.tr("Other…"), OTHER)
        c.activated.connect(lambda _i, c=c: self._pick_colour(c))
        c.currentIndexChanged.connect(self._changed)
        return c

    def _ink(self, name: str) -> QComboBox:
        return self._colours(name, [(self.tr("Red"), RED), (self.tr("Black"), BLACK)])

    def _plate_settings(self) -> QWidget:
        box = QGroupBox(self.tr("Centre plate"))
        form = QFormLayout(box)
        form.addRow(self.tr("Text"), self._line("centre_name_edit"))
        form.addRow(self.tr("Width"), self._mm("plate_width_spin"))
        form.addRow(self.tr("Height"), self._mm("plate_height_spin"))
        orientation = self._widget(QComboBox(), "orientation_combo")
        orientation.addItem(self.tr("Horizontal"), "horizontal")
        orientation.addItem(self.tr("Vertical"), "vertical")
        orientation.currentIndexChanged.connect(self._orientation_changed)
        form.addRow(self.tr("Orientation"), orientation)
        form.addRow(self.tr("Characters"), self._ink("plate_ink_combo"))
        form.addRow(self.tr("Background"), self._colours("plate_ground_combo", [(self.tr("White"), WHITE)]))
        border = self._widget(QCheckBox(self.tr("Frame")), "plate_border_check")
        border.toggled.connect(self._changed)
        form.addRow("", border)
        return box

    def _door_settings(self) -> QWidget:
        box = QGroupBox(self.tr("Door plates"))
        form = QFormLayout(box)
        rooms = self._widget(QListWidget(), "rooms_list")
        rooms.itemChanged.connect(self._changed)
        form.addRow(self.tr("Rooms"), rooms)
        row = QHBoxLayout()
        row.addWidget(button(self, "add_room_button", self.tr("Add room"), self.add_room))
        row.addWidget(button(self, "remove_room_button", self.tr("Remove room"), self.remove_room))
        form.addRow("", row)
        form.addRow(self.tr("Width"), self._mm("door_width_spin"))
        form.addRow(self.tr("Height"), self._mm("door_height_spin"))
        form.addRow(
            self.tr("Characters"),
            self._colours("door_ink_combo", [(self.tr("Black"), BLACK), (self.tr("Red"), RED)]),
        )
        show = self._widget(QCheckBox(self.tr("Show the centre's name")), "door_show_centre_check")
        show.toggled.connect(self._changed)
        form.addRow("", show)
        return box

    def _chart_settings(self) -> QWidget:
        box = QGroupBox(self.tr("Wall chart"))
        lay = QVBoxLayout(box)
        form = QFormLayout()
        paper = self._widget(QComboBox(), "chart_paper_combo")
        paper.addItems(["A3", "A4"])
        paper.currentIndexChanged.connect(self._changed)
        form.addRow(self.tr("Paper"), paper)
        form.addRow(self.tr("Colour"), self._ink("chart_ink_combo"))
        lay.addLayout(form)

        self.staff_box = QGroupBox(self.tr("Staff"))
        staff = QVBoxLayout(self.staff_box)
        table = self._widget(QTableWidget(0, 4), "staff_table")
        table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Phone"), self.tr("Photo")]
        )
        table.itemChanged.connect(self._changed)
        staff.addWidget(table)
        row = QHBoxLayout()
        row.addWidget(button(self, "add_person_button", self.tr("Add person"), self.add_person))
        row.addWidget(button(self, "remove_person_button", self.tr("Remove person"), self.remove_person))
        row.addWidget(button(self, "photo_button", self.tr("Choose photo…"), self.choose_photo))
        staff.addLayout(row)
        lay.addWidget(self.staff_box)

        self.notice_box = QGroupBox(self.tr("Reception notice"))
        notice = QFormLayout(self.notice_box)
        for name, label in (
            ("address_edit", self.tr("Address")),
            ("phone_edit", self.tr("Phone")),
            ("hours_edit", self.tr("Reception hours")),
            ("place_edit", self.tr("Reception place")),
            ("online_edit", self.tr("Online channels")),
            ("mail_edit", self.tr("Mailing address")),
            ("query_edit", self.tr("How to ask about progress")),
        ):
            notice.addRow(label, self._line(name))
        lay.addWidget(self.notice_box)
        return box

    def _output_settings(self) -> QWidget:
        box = QGroupBox(self.tr("Output"))
        form = QFormLayout(box)
        self.output_label = QLabel(self.tr("Paper"))
        out = self._widget(QComboBox(), "output_combo")
        out.addItem(self.tr("Real size"), "real")
        out.addItem(self.tr("Tiled on A4"), "A4")
        out.addItem(self.tr("Tiled on A3"), "A3")
        out.currentIndexChanged.connect(self._changed)
        form.addRow(self.output_label, out)
        self.overlap_label = QLabel(self.tr("Overlap"))
        overlap = self._widget(QDoubleSpinBox(), "overlap_spin")
        overlap.setRange(0, 50)
        overlap.setDecimals(0)
        overlap.setSuffix(" mm")
        overlap.valueChanged.connect(self._changed)
        form.addRow(self.overlap_label, overlap)
        row = QHBoxLayout()
        font = self._line("typeface_edit")
        font.setPlaceholderText(self.tr("Bundled font"))
        row.addWidget(font, 1)
        row.addWidget(button(self, "typeface_button", self.tr("Choose font…"), self.choose_font))
        form.addRow(self.tr("Typeface"), row)
        return box

    # -- config <-> widgets --------------------------------------------------------------------------------------
    def _show_config(self, cfg: SignageConfig) -> None:
        if not isValid(self):  # the page went while the settings were loading
            return
        self._config = cfg
        self._loading = True
        try:
            self.centre_name_edit.setText(cfg.centre_name)
            self.plate_width_spin.setValue(cfg.plate_width_mm)
            self.plate_height_spin.setValue(cfg.plate_height_mm)
            self.orientation_combo.setCurrentIndex(self.orientation_combo.findData(cfg.plate_orientation))
            self._set_colour(self.plate_ink_combo, cfg.plate_ink)
            self._set_colour(self.plate_ground_combo, cfg.plate_ground)
            self.plate_border_check.setChecked(cfg.plate_border)
            self.rooms_list.clear()
            for room in cfg.rooms:
                self._add_room_item(room)
            self.door_width_spin.setValue(cfg.door_width_mm)
            self.door_height_spin.setValue(cfg.door_height_mm)
            self._set_colour(self.door_ink_combo, cfg.door_ink)
            self.door_show_centre_check.setChecked(cfg.door_show_centre)
            self.chart_paper_combo.setCurrentText(cfg.chart_paper)
            self._set_colour(self.chart_ink_combo, cfg.chart_ink)
            self.staff_table.setRowCount(0)
            for person in cfg.staff:
                self._add_person_row(person)
            for name, value in (
                ("address_edit", cfg.address),
                ("phone_edit", cfg.phone),
                ("hours_edit", cfg.reception_hours),
                ("place_edit", cfg.reception_place),
                ("online_edit", cfg.online_channel),
                ("mail_edit", cfg.mail_address),
                ("query_edit", cfg.progress_query),
                ("typeface_edit", cfg.typeface),
            ):
                getattr(self, name).setText(value)
            self.output_combo.setCurrentIndex(self.output_combo.findData(cfg.output))
            self.overlap_spin.setValue(cfg.overlap_mm)
        finally:
            self._loading = False
        if self.sign_list.currentRow() < 0:
            self.sign_list.setCurrentRow(0)
        else:
            self._changed()

    def current_config(self) -> SignageConfig:
        """The settings as shown (not yet validated)."""
        base = self._config or SignageConfig()
        staff = []
        for r in range(self.staff_table.rowCount()):
            cells = [
                (self.staff_table.item(r, c).text() if self.staff_table.item(r, c) else "").strip()
                for c in range(4)
            ]
            if cells[0]:
                staff.append(StaffEntry(*cells))
        return replace(
            base,
            centre_name=self.centre_name_edit.text().strip(),
            plate_width_mm=self.plate_width_spin.value(),
            plate_height_mm=self.plate_height_spin.value(),
            plate_orientation=self.orientation_combo.currentData(),
            plate_ink=self.plate_ink_combo.currentData(),
            plate_ground=self.plate_ground_combo.currentData(),
            plate_border=self.plate_border_check.isChecked(),
            rooms=[
                t
                for t in (self.rooms_list.item(i).text().strip() for i in range(self.rooms_list.count()))
                if t
            ],
            door_width_mm=self.door_width_spin.value(),
            door_height_mm=self.door_height_spin.value(),
            door_ink=self.door_ink_combo.currentData(),
            door_show_centre=self.door_show_centre_check.isChecked(),
            chart_paper=self.chart_paper_combo.currentText(),
            chart_ink=self.chart_ink_combo.currentData(),
            staff=staff,
            address=self.address_edit.text().strip(),
            phone=self.phone_edit.text().strip(),
            reception_hours=self.hours_edit.text().strip(),
            reception_place=self.place_edit.text().strip(),
            online_channel=self.online_edit.text().strip(),
            mail_address=self.mail_edit.text().strip(),
            progress_query=self.query_edit.text().strip(),
            typeface=self.typeface_edit.text().strip(),
            output=self.output_combo.currentData(),
            overlap_mm=self.overlap_spin.value(),
        )

    def _set_colour(self, combo: QComboBox, value: str) -> None:
        i = combo.findData(value.upper())
        if i < 0:
            combo.insertItem(combo.count() - 1, value.upper(), value.upper())
            i = combo.count() - 2
        combo.setCurrentIndex(i)

    def _pick_colour(self, combo: QComboBox) -> None:
        if combo.currentData() != OTHER:
            return
        chosen = QColorDialog.getColor(QColor(RED), self)
        previous = self._config_colour(combo)
        self._set_colour(combo, chosen.name() if chosen.isValid() else previous)

    def _config_colour(self, combo: QComboBox) -> str:
        cfg = self._config or SignageConfig()
        return {
            "plate_ink_combo": cfg.plate_ink,
            "plate_ground_combo": cfg.plate_ground,
            "door_ink_combo": cfg.door_ink,
        }.get(combo.objectName(), cfg.chart_ink)

    # -- reactions -----------------------------------------------------------------------------------------------
    def key(self) -> str:
        item = self.sign_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else self._signs[0][0]

    def _sign_changed(self, row: int) -> None:
        if row < 0:
            return
        key, _, page = self._signs[row]
        self.stack.setCurrentIndex(page)
        self.staff_box.setVisible(key == "chart_staff")
        self.notice_box.setVisible(key == "chart_reception_notice")
        is_sign = page != CHART
        for w in (self.output_combo, self.overlap_spin, self.output_label, self.overlap_label):
            w.setVisible(is_sign)
        self._changed()

    def _orientation_changed(self) -> None:
        """A vertical plate is taller than wide, a horizontal one wider: turn the size with the text."""
        if not self._loading:
            w, h = self.plate_width_spin.value(), self.plate_height_spin.value()
            vertical = self.orientation_combo.currentData() == "vertical"
            if (vertical and w > h) or (not vertical and h > w):
                self._loading = True
                self.plate_width_spin.setValue(h)
                self.plate_height_spin.setValue(w)
                self._loading = False
        self._changed()

    def _changed(self, *_args) -> None:
        if not self._loading and self._config is not None:
            self._timer.start()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._dirty:
            self._timer.start()

    def render_preview(self) -> None:
        self._timer.stop()
        if not self.isVisible():  # nobody is looking: render when the page is shown
            self._dirty = True
            return
        self._dirty = False
        self._generation += 1
        generation, key, cfg = self._generation, self.key(), self.current_config()
        service, actor = self._service, self.ctx.actor
        self.status.setText(self.tr("Rendering…"))

        def render():
            return service.render_document(actor, key, signage=cfg.validated())

        with contextlib.suppress(RuntimeError):  # the task manager has shut down: the program is closing
            self.ctx.tasks.run_read(
                render, lambda doc: self._rendered(generation, doc), lambda exc: self._failed(exc, generation)
            )

    def _rendered(self, generation: int, doc) -> None:
        if not isValid(self) or generation != self._generation:
            return  # an older render finished after a newer one started
        self.last_pdf = doc.pdf
        self.document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray(doc.pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.status.setText("")
        self.error.setText("")
        self.print_button.setEnabled(True)

    def _failed(self, exc: BaseException, generation: int | None = None) -> None:
        if not isValid(self) or (generation is not None and generation != self._generation):
            return
        self.status.setText("")
        self.error.setText(str(exc) if isinstance(exc, ValueError) else self.error_message(exc))
        self.print_button.setEnabled(False)

    # -- actions -------------------------------------------------------------------------------------------------
    def add_room(self) -> None:
        item = self._add_room_item(self.tr("New room"))
        self.rooms_list.setCurrentItem(item)
        self.rooms_list.editItem(item)
        self._changed()

    def _add_room_item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.rooms_list.addItem(item)
        return item

    def remove_room(self) -> None:
        row = self.rooms_list.currentRow()
        if row >= 0:
            self.rooms_list.takeItem(row)
            self._changed()

    def add_person(self) -> None:
        self._add_person_row(StaffEntry())
        self.staff_table.setCurrentCell(self.staff_table.rowCount() - 1, 0)

    def _add_person_row(self, person: StaffEntry) -> None:
        r = self.staff_table.rowCount()
        self.staff_table.insertRow(r)
        for c, value in enumerate((person.name, person.role, person.phone, person.photo)):
            self.staff_table.setItem(r, c, QTableWidgetItem(value))

    def remove_person(self) -> None:
        row = self.staff_table.currentRow()
        if row >= 0:
            self.staff_table.removeRow(row)
            self._changed()

    def choose_photo(self) -> None:
        row = self.staff_table.currentRow()
        if row < 0:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose photo…"),
            "",
            self.tr("Pictures (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.webp)"),
        )
        if path:
            self.staff_table.setItem(row, 3, QTableWidgetItem(path))

    def choose_font(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose font…"), "", self.tr("TrueType fonts (*.ttf *.ttc)")
        )
        if path:
            self.typeface_edit.setText(path)

    def restore_defaults(self) -> None:
        self.ctx.tasks.run_read(self._service.signage_defaults, self._show_config, self._failed)

    def save_settings(self) -> None:
        try:
            cfg = self.current_config().validated()
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        self._config = cfg
        if self._on_save is not None:
            self._on_save(cfg)
        self.config_saved.emit(cfg)
        self.error.setText("")
        self.status.setText(self.tr("Settings saved."))

    def open_preview(self) -> None:
        """The print preview of the sign as set now (print to any printer, save as PDF, open)."""
        key, cfg = self.key(), self.current_config()
        service, actor = self._service, self.ctx.actor
        title = self.sign_list.currentItem().text() if self.sign_list.currentItem() else key

        def render():
            return service.render_document(actor, key, signage=cfg.validated())

        self.preview_dialog = PrintPreviewDialog(self.ctx, render, title, key, None, self)
        self.preview_dialog.open()
