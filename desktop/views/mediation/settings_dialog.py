"""The committee's mediation settings: how case and agreement numbers are made, and the periods of the room
(the deadline, "due soon", the return visit, the judicial-confirmation reminder). Read and saved through the
service, which checks every value and audits the change; a refused value is outlined at its field."""

from __future__ import annotations

from shiboken6 import isValid

from desktop.services.mediation.dto import CONFIRMATION_DAYS, MediationSettings
from desktop.views.context import ViewContext
from desktop.views.mediation.form_dialog import FormDialog

TEXTS = ("case_no_format", "agreement_no_format", "committee_abbr", "dossier_retention")
DAYS = ("due_days", "due_soon_days", "return_visit_days", "confirmation_reminder_days")


def number_sample(pattern: str, abbr: str, year: int = 2026, seq: int = 7) -> str:
    """What a number made with ``pattern`` looks like (the service decides whether it is allowed)."""
    try:
        return pattern.format(year=year, abbr=abbr, seq=seq)
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        return "—"


class SettingsDialog(FormDialog):
    def __init__(self, ctx: ViewContext, parent=None):
        super().__init__(ctx, self.tr("Mediation settings"), "settings_dialog", parent)
        self.setMinimumWidth(680)
        self.loaded: MediationSettings | None = None
        self.line("case_no_format", self.tr("Case number"))
        self.line("agreement_no_format", self.tr("Agreement number"))
        self.line(
            "committee_abbr",
            self.tr("Committee's short name ({abbr})"),
            hint=self.tr("Blank: the community's name, shortened"),
        )
        self.note(
            "format_help",
            self.tr(
                "{year} is the year and {seq} the running number within the year: both are needed. "
                "{abbr} is the committee's short name."
            ),
        )
        self.number_preview = self.note("number_preview", "")
        self.number("due_days", self.tr("Deadline after acceptance"), 30, 1, 365)
        self.number("due_soon_days", self.tr('"Due soon" before the deadline'), 5, 1, 365)
        self.number("return_visit_days", self.tr("Return visit after the agreement"), 15, 1, 365)
        self.number(
            "confirmation_reminder_days",
            self.tr("Judicial confirmation reminder before the time runs out"),
            7,
            1,
            365,
        )
        for name in DAYS:
            getattr(self, name).setSuffix(self.tr(" days"))
        self.note(
            "confirmation_note",
            self.tr(
                "The parties may apply for judicial confirmation within %1 days of the agreement taking "
                "effect (art. 33): set by law, not here."
            ).replace("%1", str(CONFIRMATION_DAYS)),
        )
        self.line(
            "dossier_retention",
            self.tr("Retention period on the dossier cover"),
            hint=self.tr("Blank: written by hand"),
        )
        for name in ("case_no_format", "agreement_no_format", "committee_abbr"):
            getattr(self, name).textChanged.connect(self._show_preview)
        self._enable(False)
        svc, actor = ctx.services.mediation, ctx.actor
        ctx.tasks.run_read(lambda: svc.settings(actor), self.set_settings, self._failed)

    def _enable(self, on: bool) -> None:
        for name in (*TEXTS, *DAYS):
            getattr(self, name).setEnabled(on)
        self.save_button.setEnabled(on)

    def set_settings(self, settings: MediationSettings) -> None:
        if not isValid(self):
            return
        self.loaded = settings
        for name in TEXTS:
            getattr(self, name).setText(getattr(settings, name))
        for name in DAYS:
            getattr(self, name).setValue(getattr(settings, name))
        self._enable(True)
        self._show_preview()

    def _show_preview(self) -> None:
        abbr = self.committee_abbr.text().strip() or (self.loaded.committee_abbr if self.loaded else "")
        self.number_preview.setText(
            self.tr("e.g. %1 and %2")
            .replace("%1", number_sample(self.case_no_format.text().strip(), abbr))
            .replace("%2", number_sample(self.agreement_no_format.text().strip(), abbr))
        )

    def changes(self) -> dict:
        """Only what was changed here: another PC may have changed the rest meanwhile."""
        loaded = self.loaded
        values: dict = {}
        for name in TEXTS:
            value = getattr(self, name).text().strip()
            if loaded is None or value != getattr(loaded, name):
                values[name] = value
        for name in DAYS:
            value = getattr(self, name).value()
            if loaded is None or value != getattr(loaded, name):
                values[name] = value
        return values

    def job(self):
        values = self.changes()
        svc, actor = self.ctx.services.mediation, self.ctx.actor
        return lambda: svc.update_settings(actor, **values)
