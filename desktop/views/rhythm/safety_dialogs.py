"""Public safety, one dialog per step: a unit, a hazard, the body told, a re-inspection, closure (销号)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication

from desktop.services.core.vocabulary import HAZARD_KIND, HAZARD_SEVERITY, UNIT_KIND
from desktop.services.rhythm.dto import GridChoice, HazardInput, HazardRow, UnitDTO, UnitInput
from desktop.views.common.form_dialog import FormDialog
from desktop.views.common.labels import terms
from desktop.views.context import ViewContext
from desktop.views.rhythm.labels import rhythm_error_text


class UnitDialog(FormDialog):
    error_message = staticmethod(rhythm_error_text)

    def __init__(
        self, ctx: ViewContext, grids: tuple[GridChoice, ...], unit: UnitDTO | None = None, parent=None
    ):
        super().__init__(
            ctx,
            self.tr("Unit of the area") if unit is None else self.tr("Change the unit"),
            "unit_dialog",
            parent,
        )
        self.unit = unit
        self.line("name", self.tr("Name"), unit.name if unit else "")
        self.combo("kind", self.tr("Kind"), terms(UNIT_KIND), unit.kind if unit else "shop")
        self.check(
            "key_unit", self.tr("重点列管单位 (kept under close watch)"), unit.key_unit if unit else False
        )
        self.line("contact_name", self.tr("Contact"), unit.contact_name if unit else "")
        self.line("contact_phone", self.tr("Phone"), unit.contact_phone if unit else "")
        self.line("address", self.tr("Address"), unit.address if unit else "")
        self.combo(
            "grid_id",
            self.tr("Grid"),
            [(g.id, g.name) for g in grids],
            unit.grid_id if unit else None,
            blank="",
        )
        self.line("unit_note", self.tr("Note"), unit.note if unit else "")

    def job(self):
        inp = UnitInput(
            name=self.name.text(),
            kind=self.kind.currentData(),
            key_unit=self.key_unit.isChecked(),
            contact_name=self.contact_name.text(),
            contact_phone=self.contact_phone.text(),
            address=self.address.text(),
            grid_id=self.grid_id.currentData(),
            note=self.unit_note.text(),
        )
        svc, actor = self.ctx.services.rhythm.safety, self.ctx.actor
        if self.unit is None:
            return lambda: svc.create_unit(actor, inp)
        uid, version = self.unit.id, self.unit.version
        return lambda: svc.update_unit(actor, uid, version, inp)


class HazardDialog(FormDialog):
    """A hazard found (at a unit of the register or a place), the body told and the deadline."""

    error_message = staticmethod(rhythm_error_text)

    def __init__(self, ctx: ViewContext, units: list[UnitDTO], unit: UnitDTO | None = None, parent=None):
        super().__init__(ctx, self.tr("A hazard found"), "hazard_dialog", parent)
        self.combo(
            "unit_id", self.tr("Unit"), [(u.id, u.name) for u in units], unit.id if unit else None, blank=""
        )
        self.combo("kind", self.tr("Kind"), terms(HAZARD_KIND), "fire")
        self.combo("severity", self.tr("Severity"), terms(HAZARD_SEVERITY), "general")
        self.line("place", self.tr("Place"), "", self.tr("Blank: the unit's address"))
        self.text("description", self.tr("What was found"), height=60)
        self.day("found_on", self.tr("Found on"), date.today())
        self.line("found_by", self.tr("Found by"), ctx.actor.full_name)
        self.line("told_body", self.tr("Told to correct it"), unit.name if unit else "")
        self.day("correct_by", self.tr("Correct by"), date.today() + timedelta(days=7))

    def job(self):
        found = self.day_of(self.found_on)
        body = self.told_body.text()
        inp = HazardInput(
            kind=self.kind.currentData(),
            severity=self.severity.currentData(),
            place=self.place.text(),
            description=self.description.toPlainText(),
            found_on=found,
            found_by=self.found_by.text(),
            correct_by=self.day_of(self.correct_by),
            unit_id=self.unit_id.currentData(),
            told_body=body,
            told_on=found if body.strip() else None,
        )
        svc, actor = self.ctx.services.rhythm.safety, self.ctx.actor
        return lambda: svc.create_hazard(actor, inp)


class _HazardStep(FormDialog):
    error_message = staticmethod(rhythm_error_text)

    def __init__(self, ctx: ViewContext, hazard: HazardRow, title: str, name: str, parent=None):
        super().__init__(ctx, title, name, parent)
        self.hazard = hazard
        label = QCoreApplication.translate("HazardStep", "Hazard")
        self.note("which", f"{hazard.place}：{hazard.description}", label=label)


class TellDialog(_HazardStep):
    def __init__(self, ctx, hazard: HazardRow, parent=None):
        super().__init__(ctx, hazard, self.tr("Tell the unit to correct it"), "tell_dialog", parent)
        self.line("told_body", self.tr("Told"), hazard.told_body or hazard.unit_name)
        self.day("told_on", self.tr("On"), date.today())
        self.day(
            "correct_by", self.tr("Correct by"), max(hazard.correct_by, date.today() + timedelta(days=7))
        )

    def job(self):
        svc, actor, h = self.ctx.services.rhythm.safety, self.ctx.actor, self.hazard
        body, on, by = self.told_body.text(), self.day_of(self.told_on), self.day_of(self.correct_by)
        return lambda: svc.tell(actor, h.id, h.version, body, on, by)


class ReinspectDialog(_HazardStep):
    def __init__(self, ctx, hazard: HazardRow, parent=None):
        super().__init__(ctx, hazard, self.tr("Re-inspection"), "reinspect_dialog", parent)
        self.day("inspected_on", self.tr("On"), date.today())
        self.line("inspector", self.tr("Inspector"), ctx.actor.full_name)
        self.check("corrected", self.tr("Corrected"))
        self.text("inspection_note", self.tr("What was seen"), height=50)
        self.day("new_correct_by", self.tr("New deadline (not corrected)"), None, blank="")

    def job(self):
        svc, actor, h = self.ctx.services.rhythm.safety, self.ctx.actor, self.hazard
        on, who, ok = self.day_of(self.inspected_on), self.inspector.text(), self.corrected.isChecked()
        note, new = self.inspection_note.toPlainText(), self.day_of(self.new_correct_by)
        return lambda: svc.reinspect(
            actor, h.id, h.version, on=on, inspector=who, corrected=ok, note=note, new_correct_by=new
        )


class CloseHazardDialog(_HazardStep):
    def __init__(self, ctx, hazard: HazardRow, parent=None):
        super().__init__(ctx, hazard, self.tr("Close the hazard (销号)"), "close_hazard_dialog", parent)
        self.day("closed_on", self.tr("On"), date.today())
        self.text("closing_note", self.tr("Why it is closed"), height=50)

    def job(self):
        svc, actor, h = self.ctx.services.rhythm.safety, self.ctx.actor, self.hazard
        on, note = self.day_of(self.closed_on), self.closing_note.toPlainText()
        return lambda: svc.close(actor, h.id, h.version, on=on, note=note)
