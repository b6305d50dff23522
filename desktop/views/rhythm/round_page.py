"""A 集中排查 round with its five areas, one tab each: 无 or what was found (the records of the period it found are
listed), what was done, and what is left for whom (跟踪化解); signed when every area is reported. The register
and the 零报告 print from here."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSizePolicy,
    QSpacerItem,
    QTabWidget,
    QWidget,
)
from shiboken6 import isValid

from desktop.changes import Kind
from desktop.services.core.errors import ServiceError
from desktop.services.core.permissions import Perm
from desktop.services.core.vocabulary import ROUND_CADENCE, ROUND_STATUS, SCREENING_AREA
from desktop.services.rhythm.dto import AreaInput, RoundAreaDTO, RoundDTO
from desktop.views.common.date_field import DateField
from desktop.views.common.form_dialog import FormDialog
from desktop.views.common.form_helpers import button, day_text, hbox, named, show_error, vbox
from desktop.views.common.labels import term
from desktop.views.common.print_preview_dialog import preview
from desktop.views.common.room_page import RoomPage
from desktop.views.context import ViewContext
from desktop.views.rhythm.labels import period_text, rhythm_error_text

AREAS = SCREENING_AREA.codes()


class AreaTab(QWidget):
    """One area of the round (objectName ``area_<code>``); its fields are named as the service names them, so a
    refused value is outlined in its own tab."""

    def __init__(self, page: RoundPage, area: str):
        super().__init__()
        self.page, self.area = page, area
        self.setObjectName(f"area_{area}")
        self.dto: RoundAreaDTO | None = None
        named(self, "nothing_found", QCheckBox(self.tr("无: nothing found in this area")))
        named(self, "linked", QListWidget())
        self.linked.setMaximumHeight(110)
        self.linked.setWordWrap(True)
        named(self, "findings", QPlainTextEdit())
        named(self, "measures", QPlainTextEdit())
        named(self, "unresolved", QLineEdit())
        self.unresolved.setPlaceholderText(self.tr("What could not be resolved now"))
        named(self, "responsible_id", QComboBox())
        named(self, "resolve_by", DateField(None, blank=""))
        for w in (self.findings, self.measures):
            w.setTabChangesFocus(True)
            w.setMaximumHeight(110)
        button(self, "save_area", self.tr("Save this area"), self.submit)
        form = QFormLayout(self)
        form.addRow(self.nothing_found)
        form.addRow(self.tr("Records found"), self.linked)
        form.addRow(self.tr("Found"), self.findings)
        form.addRow(self.tr("Measures taken"), self.measures)
        form.addRow(self.tr("Left to resolve"), self.unresolved)
        form.addRow(self.tr("Responsible, by"), hbox((self.responsible_id, 1), self.resolve_by))
        form.addRow(hbox(1, self.save_area))
        form.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding))
        self.nothing_found.toggled.connect(self._nothing_toggled)

    def _nothing_toggled(self, on: bool) -> None:
        for w in (self.findings, self.measures, self.unresolved, self.responsible_id, self.resolve_by):
            w.setEnabled(not on)

    def show_area(self, a: RoundAreaDTO, r: RoundDTO) -> None:
        self.dto = a
        self.nothing_found.setChecked(a.nothing_found)
        self.linked.clear()
        self.linked.addItems([f"{i}. {f.label}" for i, f in enumerate(a.linked, 1)] or [self.tr("(none)")])
        self.findings.setPlainText(a.findings)
        self.measures.setPlainText(a.measures)
        self.unresolved.setText(a.unresolved)
        self.responsible_id.clear()
        self.responsible_id.addItem("", None)
        for st in r.staff:
            self.responsible_id.addItem(st.full_name, st.id)
        self.responsible_id.setCurrentIndex(max(0, self.responsible_id.findData(a.responsible_id)))
        self.resolve_by.set_value(a.resolve_by)
        editable = not r.submitted and self.page.ctx.can(Perm.ROUNDS_EDIT)
        for w in (self.nothing_found, self.save_area):
            w.setEnabled(editable)
        self._nothing_toggled(a.nothing_found or not editable)
        if not editable:
            self.nothing_found.setEnabled(False)

    def area_input(self) -> AreaInput:
        return AreaInput(
            nothing_found=self.nothing_found.isChecked(),
            findings="" if self.nothing_found.isChecked() else self.findings.toPlainText(),
            measures="" if self.nothing_found.isChecked() else self.measures.toPlainText(),
            unresolved="" if self.nothing_found.isChecked() else self.unresolved.text(),
            responsible_id=self.responsible_id.currentData(),
            resolve_by=self.resolve_by.value(),
        )

    def submit(self) -> None:
        if self.dto is None:
            return
        try:
            inp = self.area_input()
        except ServiceError as exc:  # a date typed wrong: said in the banner, the field outlined
            self.failed(exc)
            return
        svc, actor, a = self.page.ctx.services.rhythm.rounds, self.page.ctx.actor, self.dto
        self.page.ctx.tasks.run_write(
            lambda: svc.save_area(actor, a.id, a.version, inp), self.page.shown, self.failed
        )

    def failed(self, exc: BaseException) -> None:
        """In the page's banner, the field at fault outlined in this tab."""
        if isValid(self):
            show_error(self, self.page.error, exc, rhythm_error_text)


class SignRoundDialog(FormDialog):
    error_message = staticmethod(rhythm_error_text)

    def __init__(self, ctx: ViewContext, r: RoundDTO, parent=None):
        super().__init__(ctx, self.tr("Sign the round"), "sign_round_dialog", parent)
        self.round = r
        self.note("what", period_text(r.period_start, r.period_end), label=self.tr("Period"))
        zero = "、".join(term(SCREENING_AREA, a.area) for a in r.zero_areas) or self.tr("none")
        self.note("zero", zero, label=self.tr("Reported as 无"))
        self.day("held_on", self.tr("Held on"), min(date.today(), r.period_end))
        self.line("participants", self.tr("Participants"), ctx.actor.full_name)

    def job(self):
        svc, actor, r = self.ctx.services.rhythm.rounds, self.ctx.actor, self.round
        held, who = self.day_of(self.held_on), self.participants.text()
        return lambda: svc.submit(actor, r.id, r.version, held_on=held, participants=who)


class RoundPage(RoomPage):
    kinds = frozenset({Kind.ROUND, Kind.GRID_REPORT, Kind.HAZARD, Kind.SENSITIVE_PERIOD})
    error_message = staticmethod(rhythm_error_text)

    def __init__(self, ctx: ViewContext, parent=None, on: date | None = None):
        super().__init__(ctx, "round_page", parent, first=on or date.today())
        self.round: RoundDTO | None = None
        named(self, "on", DateField(on or date.today()))
        named(self, "heading", QLabel(""))
        self.heading.setWordWrap(True)
        named(self, "areas", QTabWidget())
        self.tabs = {a: AreaTab(self, a) for a in AREAS}
        for a, tab in self.tabs.items():
            self.areas.addTab(tab, term(SCREENING_AREA, a))
        edit = ctx.can(Perm.ROUNDS_EDIT)
        button(self, "begin_round", self.tr("Begin this round"), self._begin, visible=edit)
        button(self, "sign_round", self.tr("Sign and submit…"), self._sign, visible=edit)
        button(self, "print_register", self.tr("Register…"), lambda: self._print("round_register"))
        button(self, "print_zero", self.tr("零报告…"), lambda: self._print("zero_report"))
        vbox(
            hbox(QLabel(self.tr("Round of")), self.on, (self.heading, 1)),
            (self.areas, 1),
            hbox(self.begin_round, self.sign_round, 1, self.print_register, self.print_zero),
            self.error,
            parent=self,
        )
        self.reload_on(self.on)
        self._enable()

    def filter(self):
        return self.on.value() or date.today()

    def query(self, on):
        svc, actor = self.ctx.services.rhythm.rounds, self.ctx.actor
        return lambda: svc.find_round(actor, on)

    def show_result(self, _on, result) -> None:
        due, r = result
        self.shown(r, due)

    def shown(self, r: RoundDTO | None, due=None) -> None:
        """A round on screen (a read, or the answer of a save)."""
        self.drop_pending()
        self.round = r
        if r is None:
            text = self.tr("%1 (%2), due %3: not begun").replace(
                "%1", period_text(due.period_start, due.period_end)
            )
            self.heading.setText(
                text.replace("%2", term(ROUND_CADENCE, due.cadence)).replace("%3", day_text(due.due_on))
            )
        else:
            state = term(ROUND_STATUS, r.status)
            if r.submitted:
                state += (
                    self.tr(", signed by %1 on %2")
                    .replace("%1", r.signed_by)
                    .replace("%2", day_text(r.submitted_on))
                )
            what = f"{period_text(r.period_start, r.period_end)}（{term(ROUND_CADENCE, r.cadence)}"
            what += f"：{r.sensitive}）" if r.sensitive else "）"
            self.heading.setText(
                self.tr("%1, due %2: %3")
                .replace("%1", what)
                .replace("%2", day_text(r.due_on))
                .replace("%3", state)
            )
            for a in r.areas:
                self.tabs[a.area].show_area(a, r)
                mark = " ✓" if a.reported else ""
                self.areas.setTabText(
                    AREAS.index(a.area), term(SCREENING_AREA, a.area) + (" · 无" if a.nothing_found else mark)
                )
        self.error.setText("")
        self._enable()

    def _enable(self) -> None:
        r = getattr(self, "round", None)
        self.areas.setEnabled(r is not None)
        self.begin_round.setVisible(self.ctx.can(Perm.ROUNDS_EDIT) and r is None)
        self.sign_round.setEnabled(r is not None and not r.submitted)
        for b in (self.print_register, self.print_zero):
            b.setEnabled(r is not None)

    def _begin(self) -> None:
        svc, actor, on = self.ctx.services.rhythm.rounds, self.ctx.actor, self.on.value() or date.today()
        self.ctx.tasks.run_write(lambda: svc.open_round(actor, on), self.shown, self.failed)

    def _sign(self) -> None:
        if self.round is not None:
            self.open_dialog(SignRoundDialog(self.ctx, self.round, self), self.shown)

    def _print(self, key: str) -> None:
        if self.round is not None:
            self.dialog = preview(self.ctx, key, self.round.id, parent=self)
            self.dialog.open()
