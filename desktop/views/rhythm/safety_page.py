"""公共安全治理: the units of the area (重点列管单位 first) with each unit's history as one timeline, and the hazards
with their correction deadlines, the overdue ones first; each step (told, re-inspected, closed) and its photos."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QFileDialog, QLabel, QTabWidget, QTextBrowser, QWidget

from desktop.changes import Kind
from desktop.services.core.permissions import Perm
from desktop.services.core.vocabulary import HAZARD_KIND, HAZARD_SEVERITY, HAZARD_STATUS, UNIT_KIND
from desktop.services.rhythm.dto import HazardRow, UnitDTO
from desktop.views.common.form_helpers import button, day_text, hbox, named, vbox
from desktop.views.common.labels import term, terms
from desktop.views.common.room_page import RoomPage
from desktop.views.common.table_models import GREY, RED, Column, RowTableModel, bold, field
from desktop.views.common.table_view import current_row, table_view
from desktop.views.context import ViewContext
from desktop.views.rhythm import safety_dialogs as sd
from desktop.views.rhythm.labels import rhythm_error_text

OVERDUE = "overdue"


def _hazard_brush(h: HazardRow):
    if h.overdue_days > 0:
        return RED
    return GREY if h.status == "closed" else None


UNIT_COLUMNS = (
    Column(
        QT_TRANSLATE_NOOP("SafetyPage", "Unit"), field("name"), font=lambda u: bold() if u.key_unit else None
    ),
    Column(QT_TRANSLATE_NOOP("SafetyPage", "Kind"), lambda u: term(UNIT_KIND, u.kind)),
    Column(
        QT_TRANSLATE_NOOP("SafetyPage", "Key unit"),
        lambda u: QCoreApplication.translate("SafetyPage", "Key") if u.key_unit else "",
    ),
    Column(
        QT_TRANSLATE_NOOP("SafetyPage", "Contact"), lambda u: f"{u.contact_name} {u.contact_phone}".strip()
    ),
    Column(QT_TRANSLATE_NOOP("SafetyPage", "Grid"), field("grid_name")),
    Column(
        QT_TRANSLATE_NOOP("SafetyPage", "Hazards open / overdue"),
        lambda u: f"{u.open_hazards} / {u.overdue_hazards}" if u.open_hazards else "",
        foreground=lambda u: RED if u.overdue_hazards else None,
    ),
    Column(QT_TRANSLATE_NOOP("SafetyPage", "Address"), field("address")),
)
HAZARD_COLUMNS = tuple(
    Column(header, display, foreground=_hazard_brush)
    for header, display in (
        (QT_TRANSLATE_NOOP("SafetyPage", "Correct by"), lambda h: day_text(h.correct_by)),
        (
            QT_TRANSLATE_NOOP("SafetyPage", "Overdue (days)"),
            lambda h: str(h.overdue_days) if h.overdue_days else "",
        ),
        (QT_TRANSLATE_NOOP("SafetyPage", "Status"), lambda h: term(HAZARD_STATUS, h.status)),
        (
            QT_TRANSLATE_NOOP("SafetyPage", "Hazard"),
            lambda h: f"{term(HAZARD_SEVERITY, h.severity)}·{term(HAZARD_KIND, h.kind)}",
        ),
        (QT_TRANSLATE_NOOP("SafetyPage", "Unit or place"), lambda h: h.unit_name or h.place),
        (QT_TRANSLATE_NOOP("SafetyPage", "Found"), lambda h: f"{day_text(h.found_on)} {h.found_by}"),
        (QT_TRANSLATE_NOOP("SafetyPage", "Told"), field("told_body")),
        (QT_TRANSLATE_NOOP("SafetyPage", "What"), field("description")),
    )
)


class SafetyPage(RoomPage):
    kinds = frozenset({Kind.UNIT, Kind.HAZARD, Kind.COMMUNITY})
    error_message = staticmethod(rhythm_error_text)

    def __init__(self, ctx: ViewContext, parent=None):
        super().__init__(ctx, "safety_page", parent, first=("", False, OVERDUE))
        self.grids = ()
        self.units_rows: list[UnitDTO] = []
        edit = ctx.can(Perm.SAFETY_EDIT)
        named(self, "tabs", QTabWidget())
        # units
        units_tab = QWidget()
        search = self.search_box(self.tr("Name of the unit"))
        named(self, "key_only", QCheckBox(self.tr("重点列管单位 only")))
        self.units_model = RowTableModel(UNIT_COLUMNS, "SafetyPage", self)
        self.units = table_view("units", self.units_model, (170, 90, 50, 170, 140, 100))
        self.units.selectionModel().currentRowChanged.connect(lambda *_: self._unit_selected())
        named(self, "history", QTextBrowser())
        self.history.setMaximumHeight(170)
        button(self, "new_unit", self.tr("New unit…"), self._new_unit, visible=edit)
        button(self, "edit_unit", self.tr("Change…"), self._edit_unit, visible=edit)
        button(self, "unit_hazard", self.tr("Hazard at this unit…"), self._unit_hazard, visible=edit)
        vbox(
            hbox((search, 1), self.key_only, self.new_unit),
            (self.units, 3),
            hbox(QLabel(self.tr("History of the unit")), 1, self.edit_unit, self.unit_hazard),
            (self.history, 2),
            margins=0,
            parent=units_tab,
        )
        # hazards
        hazards_tab = QWidget()
        named(self, "hazard_filter", QComboBox())
        self.hazard_filter.addItem(self.tr("Overdue corrections"), OVERDUE)
        for code, label in terms(HAZARD_STATUS):
            self.hazard_filter.addItem(label, code)
        self.hazard_filter.addItem(self.tr("All"), None)
        self.hazards_model = RowTableModel(HAZARD_COLUMNS, "SafetyPage", self)
        self.hazards = table_view("hazards", self.hazards_model, (120, 70, 90, 120, 150, 150, 100))
        self.hazards.selectionModel().currentRowChanged.connect(lambda *_: self._hazard_selected())
        named(self, "hazard_summary", QLabel(""))
        steps = (
            ("new_hazard", self.tr("New hazard…"), self._new_hazard),
            ("tell", self.tr("Told…"), lambda: self._step(sd.TellDialog)),
            ("reinspect", self.tr("Re-inspection…"), lambda: self._step(sd.ReinspectDialog)),
            ("close_hazard", self.tr("Close (销号)…"), lambda: self._step(sd.CloseHazardDialog)),
            ("hazard_photo", self.tr("Add photo…"), self._photo),
        )
        for name, text, slot in steps:
            button(self, name, text, slot, visible=edit)
        vbox(
            hbox(QLabel(self.tr("Hazards")), self.hazard_filter, 1, self.hazard_summary),
            (self.hazards, 1),
            hbox(*(getattr(self, n) for n, _t, _s in steps), 1),
            margins=0,
            parent=hazards_tab,
        )
        self.tabs.addTab(hazards_tab, self.tr("Hazards"))
        self.tabs.addTab(units_tab, self.tr("Units of the area"))
        vbox((self.tabs, 1), self.error, parent=self)
        self.reload_on(self.key_only, self.hazard_filter)
        self._hazard_selected()

    def filter(self):
        return self.search.text(), self.key_only.isChecked(), self.hazard_filter.currentData()

    def query(self, filt):
        rhythm, actor, (text, key_only, hazards) = self.ctx.services.rhythm, self.ctx.actor, filt
        safety = rhythm.safety
        need_grids = not getattr(self, "grids", ())

        def read():
            units = safety.units(actor, text=text, key_only=key_only)
            found = safety.overdue(actor) if hazards == OVERDUE else safety.hazards(actor, status=hazards)
            grids = (
                rhythm.reports.options(actor).grids
                if need_grids and self.ctx.can(Perm.GRID_REPORTS_EDIT)
                else None
            )
            return units, found, grids

        return read

    def show_result(self, _filt, result) -> None:
        units, hazards, grids = result
        if grids is not None:
            self.grids = grids
        self.units_rows = units
        self.units_model.set_rows(units)
        self.hazards_model.set_rows(hazards)
        late = sum(1 for h in hazards if h.overdue_days > 0)
        self.hazard_summary.setText(
            self.tr("%1 shown, %2 overdue").replace("%1", str(len(hazards))).replace("%2", str(late))
        )
        self._hazard_selected()
        self._unit_selected()

    # -- units -----------------------------------------------------------------------------------------------
    def _unit_selected(self) -> None:
        u = current_row(self.units)
        for b in (self.edit_unit, self.unit_hazard):
            b.setEnabled(u is not None)
        if u is None:
            self.history.setPlainText("")
            return
        svc, actor = self.ctx.services.rhythm.safety, self.ctx.actor
        self.ctx.tasks.run_read(lambda: svc.unit_history(actor, u.id), self._history, self.failed)

    def _history(self, events) -> None:
        self.history.setPlainText(
            "\n".join(f"{day_text(e.on)}　{e.title}　{e.detail}".rstrip() for e in events)
        )

    def _new_unit(self) -> None:
        self.open_dialog(sd.UnitDialog(self.ctx, self.grids, parent=self))

    def _edit_unit(self) -> None:
        u = current_row(self.units)
        if u is not None:
            self.open_dialog(sd.UnitDialog(self.ctx, self.grids, u, self))

    def _unit_hazard(self) -> None:
        u = current_row(self.units)
        if u is not None:
            self.open_dialog(sd.HazardDialog(self.ctx, self.units_rows, u, self))

    # -- hazards ---------------------------------------------------------------------------------------------
    def _hazard_selected(self) -> None:
        h = current_row(self.hazards)
        self.tell.setEnabled(h is not None and h.status == "open")
        self.reinspect.setEnabled(h is not None and h.status == "open")
        self.close_hazard.setEnabled(h is not None and h.status == "corrected")
        self.hazard_photo.setEnabled(h is not None)

    def _new_hazard(self) -> None:
        self.open_dialog(sd.HazardDialog(self.ctx, self.units_rows, parent=self))

    def _step(self, dialog_cls) -> None:
        h = current_row(self.hazards)
        if h is not None:
            self.open_dialog(dialog_cls(self.ctx, h, self))

    def _photo(self) -> None:
        h = current_row(self.hazards)
        if h is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Photo of the hazard"), "", self.tr("Photos and scans (*.jpg *.jpeg *.png *.pdf)")
        )
        if not path:
            return
        stage = {"open": "found", "corrected": "inspection", "closed": "closure"}[h.status]
        svc, actor, hid, name = self.ctx.services.rhythm.safety, self.ctx.actor, h.id, Path(path).name
        self.ctx.tasks.run_write(
            lambda: svc.add_photo(actor, hid, stage, name, Path(path).read_bytes()),
            lambda _a: None,
            self.failed,
        )
