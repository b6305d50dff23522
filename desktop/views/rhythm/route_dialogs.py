"""分家: one dialog per destination of a grid report. Each asks why (the reason is kept with the route) and what
its destination needs; the route and the record it becomes are one write."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.services.core.vocabulary import (
    FOLLOW_UP_WAY,
    HAZARD_KIND,
    HAZARD_SEVERITY,
    PETITION_CATEGORY,
    PETITION_CHANNEL,
)
from desktop.services.rhythm.dto import GridReportOptions, GridReportRow
from desktop.views.common.form_dialog import FormDialog
from desktop.views.common.labels import terms
from desktop.views.context import ViewContext
from desktop.views.rhythm.labels import rhythm_error_text, when


class RouteDialog(FormDialog):
    """The report it routes, and the reason; subclasses say their ``TITLE`` and ``NAME``, add their destination's
    fields (``fields``) and make the call (``route``)."""

    TITLE = ""
    NAME = ""
    error_message = staticmethod(rhythm_error_text)

    def __init__(
        self, ctx: ViewContext, report: GridReportRow, parent=None, options: GridReportOptions | None = None
    ):
        super().__init__(ctx, QCoreApplication.translate("RouteDialog", self.TITLE), self.NAME, parent)
        self.report, self.options = report, options
        who = f"（{report.people_text}）" if report.people else ""
        self.note(
            "report_text",
            f"{when(report.reported_at)} {report.grid_name} {report.reporter_name}：{report.seen}{who}",
            label=QCoreApplication.translate("RouteDialog", "Report"),
        )
        self.fields()
        self.text("reason", QCoreApplication.translate("RouteDialog", "Why (kept with the route)"), height=54)

    def fields(self) -> None:
        """The destination's own fields (none by default)."""

    def job(self):
        reason = self.reason.toPlainText()
        svc, actor, r = self.ctx.services.rhythm.reports, self.ctx.actor, self.report
        return self.route(svc, actor, r.id, r.version, reason)

    def route(self, svc, actor, report_id: int, version: int, reason: str):
        raise NotImplementedError


class CaseRouteDialog(RouteDialog):
    """To the mediation room: a case of source 网格上报, the people of the report its parties."""

    TITLE = QT_TRANSLATE_NOOP("RouteDialog", "To mediation as a dispute case")
    NAME = "case_route_dialog"

    def fields(self) -> None:
        pairs = [(c.code, c.label) for c in self.options.dispute_types]
        self.combo("dispute_type", self.tr("Dispute type"), pairs, "neighbour")
        self.note("parties_note", self.tr("The first person named is the applicant, the others respondents."))
        self.check("police_flag", self.tr("May turn into a public-order or criminal case: tell the police"))

    def route(self, svc, actor, report_id, version, reason):
        kind, flag = self.dispute_type.currentData(), self.police_flag.isChecked()
        return lambda: svc.to_case(
            actor, report_id, version, reason=reason, dispute_type=kind, police_flag=flag
        )


class PetitionRouteDialog(RouteDialog):
    TITLE = QT_TRANSLATE_NOOP("RouteDialog", "To a petition")
    NAME = "petition_route_dialog"

    def fields(self) -> None:
        self.combo("category", self.tr("Category"), terms(PETITION_CATEGORY), "claim")
        self.combo("channel", self.tr("Channel"), terms(PETITION_CHANNEL), "visit")

    def route(self, svc, actor, report_id, version, reason):
        category, channel = self.category.currentData(), self.channel.currentData()
        return lambda: svc.to_petition(
            actor, report_id, version, reason=reason, category=category, channel=channel
        )


class FollowUpRouteDialog(RouteDialog):
    """A follow-up record of a key-group member the report is about: their memberships are read on opening."""

    TITLE = QT_TRANSLATE_NOOP("RouteDialog", "As a key-group follow-up")
    NAME = "follow_up_route_dialog"

    def __init__(self, ctx, report, parent=None, options=None):
        super().__init__(ctx, report, parent, options)
        residents, actor = ctx.services.residents, ctx.actor
        ids = [p.person_id for p in report.people if p.person_id]

        def read():
            found = []
            for pid in ids:
                found.extend(residents.memberships_of(actor, pid) or ())
            return found

        ctx.tasks.run_read(read, self._memberships, self._failed)

    def fields(self) -> None:
        self.combo("membership_id", self.tr("Key-group record"), [], blank=self.tr("(none of the people)"))
        self.combo("way", self.tr("How it was learnt"), terms(FOLLOW_UP_WAY), "home_visit")

    def _memberships(self, found) -> None:
        for m in found:
            if m.end_on is None:
                self.membership_id.addItem(f"{m.person_name} · {m.group_name}", m.id)
        if self.membership_id.count() > 1:
            self.membership_id.setCurrentIndex(1)

    def route(self, svc, actor, report_id, version, reason):
        membership, way = self.membership_id.currentData(), self.way.currentData()
        return lambda: svc.to_follow_up(
            actor, report_id, version, reason=reason, membership_id=membership or 0, way=way
        )


class HazardRouteDialog(RouteDialog):
    """A hazard of the public-safety register, found where and when the worker saw it."""

    TITLE = QT_TRANSLATE_NOOP("RouteDialog", "As a public-safety hazard")
    NAME = "hazard_route_dialog"

    def __init__(self, ctx, report, parent=None, options=None):
        super().__init__(ctx, report, parent, options)
        safety, actor = ctx.services.rhythm.safety, ctx.actor
        ctx.tasks.run_read(lambda: safety.units(actor), self._units, self._failed)

    def fields(self) -> None:
        self.combo("kind", self.tr("Kind"), terms(HAZARD_KIND), "fire")
        self.combo("severity", self.tr("Severity"), terms(HAZARD_SEVERITY), "general")
        self.combo("unit_id", self.tr("Unit"), [], blank=self.tr("(no unit of the register)"))
        self.line("told_body", self.tr("Told to correct it"), hint=self.tr("The unit or department told"))
        self.day("correct_by", self.tr("Correct by"), date.today() + timedelta(days=7))

    def _units(self, units) -> None:
        for u in units:
            self.unit_id.addItem(u.name, u.id)

    def route(self, svc, actor, report_id, version, reason):
        kind, severity, unit = (
            self.kind.currentData(),
            self.severity.currentData(),
            self.unit_id.currentData(),
        )
        body, by = self.told_body.text(), self.day_of(self.correct_by)
        return lambda: svc.to_hazard(
            actor,
            report_id,
            version,
            reason=reason,
            kind=kind,
            severity=severity,
            correct_by=by,
            unit_id=unit,
            told_body=body,
        )


class PoliceRouteDialog(RouteDialog):
    TITLE = QT_TRANSLATE_NOOP("RouteDialog", "Note to the police officer")
    NAME = "police_route_dialog"

    def route(self, svc, actor, report_id, version, reason):
        return lambda: svc.to_police(actor, report_id, version, reason=reason)


class HandledDialog(RouteDialog):
    TITLE = QT_TRANSLATE_NOOP("RouteDialog", "Handled on the spot")
    NAME = "handled_dialog"

    def route(self, svc, actor, report_id, version, reason):
        return lambda: svc.handled(actor, report_id, version, reason=reason)


class VoidReportDialog(RouteDialog):
    """A report entered by mistake leaves the lists, with a reason."""

    TITLE = QT_TRANSLATE_NOOP("RouteDialog", "Void this report")
    NAME = "void_report_dialog"

    def route(self, svc, actor, report_id, version, reason):
        return lambda: svc.void(actor, report_id, version, reason)
