"""The catalogue of printable documents: key, Chinese title, who may print it, and how it renders.

Every document renders blank (``data=None``, to fill by hand) or filled from its data object. Room modules
add their own forms with ``register(DocumentSpec(...))``; the print service, the preview dialog and the
``print`` command all go through this one table.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop.printing import (
    charts,
    forms_dashboard,
    forms_mediation,
    forms_monitoring,
    forms_other,
    forms_reception,
    forms_rhythm,
    forms_volunteers,
    signage,
)
from desktop.printing.context import RenderContext
from desktop.printing.form_data import (
    AgreementFormData,
    CaseFileFormData,
    CaseFormData,
    FootageRequestData,
    PetitionDecisionData,
    PetitionNoticeData,
    ReturnVisitFormData,
    SessionFormData,
    VisitFormData,
    VisitLogData,
    VolunteerCardData,
    VolunteerCardSheetData,
    VolunteerCertificateData,
    VolunteerRosterData,
)
from desktop.printing.report_data import ReportTable, SummaryData

# role codes, as in desktop.services.core.permissions.Role (printing does not import the services layer)
RECEPTION, MEDIATOR, MONITOR, POLICE, DIRECTOR, ADMIN = (
    "reception",
    "mediator",
    "monitor",
    "police",
    "director",
    "admin",
)

FORM, LIST, SIGNAGE, REPORT = "form", "list", "signage", "report"


@dataclass(frozen=True)
class DocumentSpec:
    """One printable document.

    ``kind``: "form" (filled from one record), "list" (filled from all records of a kind, e.g. a roster),
    "signage" (drawn from the signage config; blank and filled are the same) or "report" (a periodic report,
    filled from the figures of a period: its ``data`` is made by the dashboard, never loaded by record). ``entity`` names the record type
    the filled form is made from (for loading and for the audit log). ``roles`` may print it filled; a blank
    form carries no personal data and any role allowed to print may print it.
    """

    key: str
    title: str
    kind: str
    roles: frozenset[str]
    build: Callable[[RenderContext, Any], bytes]
    entity: str | None = None
    data_type: type | None = None
    copies: Callable[[Any], int] = lambda data: 1

    def render(self, ctx: RenderContext, data: Any = None) -> bytes:
        """PDF bytes: blank when ``data`` is None (a signage document ignores ``data``)."""
        if data is not None and self.data_type is not None and not isinstance(data, self.data_type):
            raise TypeError(f"{self.key} is filled from {self.data_type.__name__}, not {type(data).__name__}")
        with _RENDER_LOCK:  # ReportLab keeps per-document font state in shared font objects
            return self.build(ctx, data)

    @property
    def has_filled_mode(self) -> bool:
        return self.kind != SIGNAGE


_REGISTRY: dict[str, DocumentSpec] = {}
_RENDER_LOCK = threading.Lock()


def register(spec: DocumentSpec, *, replace: bool = False) -> DocumentSpec:
    if spec.key in _REGISTRY and not replace:
        raise ValueError(f"document key already registered: {spec.key}")
    _REGISTRY[spec.key] = spec
    return spec


def get(key: str) -> DocumentSpec:
    try:
        return _REGISTRY[key]
    except KeyError:
        raise KeyError(f"unknown document {key!r}; known: {', '.join(sorted(_REGISTRY))}") from None


def documents(kind: str | None = None) -> list[DocumentSpec]:
    """Every registered document, in registration order (forms by room, then signage)."""
    return [s for s in _REGISTRY.values() if kind is None or s.kind == kind]


# -- the built-in catalogue ------------------------------------------------------------------------------

_CASE_ROLES = frozenset({MEDIATOR, POLICE, DIRECTOR})
_STATS_ROLES = frozenset({DIRECTOR, POLICE})  # who reads the desk's figures (Perm.STATS_READ)
_SIGN_ROLES = frozenset({RECEPTION, DIRECTOR, ADMIN, POLICE})
_RHYTHM_ROLES = frozenset({RECEPTION, POLICE, DIRECTOR})  # the working rhythm: rounds, minutes, the notice
_VOLUNTEER_ROLES = frozenset({RECEPTION, DIRECTOR})


def _signs(make: Callable[[Any], list[signage.Sign]], title: str) -> Callable[[RenderContext, Any], bytes]:
    def build(ctx: RenderContext, _data: Any) -> bytes:
        cfg = ctx.signage_config()
        return signage.render_signs(make(cfg), ctx.media or cfg.output, cfg.overlap_mm, title)

    return build


def _chart(fn: Callable[[Any], bytes]) -> Callable[[RenderContext, Any], bytes]:
    return lambda ctx, _data: fn(ctx.signage_config())


for _spec in (
    DocumentSpec(
        "visit_register",
        "来访登记表",
        FORM,
        frozenset({RECEPTION, MEDIATOR, POLICE, DIRECTOR}),
        forms_reception.visit_register,
        "visit",
        VisitFormData,
    ),
    DocumentSpec(
        "visit_daily_log",
        "来访登记簿",
        LIST,
        frozenset({RECEPTION, MEDIATOR, POLICE, DIRECTOR}),
        forms_reception.visit_daily_log,
        "visit",
        VisitLogData,
    ),
    DocumentSpec(
        "petition_acceptance_notice",
        "信访事项受理告知书",
        FORM,
        frozenset({RECEPTION, DIRECTOR}),
        forms_reception.petition_acceptance_notice,
        "petition",
        PetitionNoticeData,
    ),
    DocumentSpec(
        "petition_rejection_notice",
        "信访事项不予受理告知书",
        FORM,
        frozenset({RECEPTION, DIRECTOR}),
        forms_reception.petition_rejection_notice,
        "petition",
        PetitionNoticeData,
    ),
    DocumentSpec(
        "petition_decision",
        "信访事项处理意见书",
        FORM,
        frozenset({RECEPTION, DIRECTOR}),
        forms_reception.petition_decision,
        "petition",
        PetitionDecisionData,
    ),
    DocumentSpec(
        "mediation_application",
        "人民调解申请书",
        FORM,
        _CASE_ROLES,
        forms_mediation.mediation_application,
        "dispute_case",
        CaseFormData,
    ),
    DocumentSpec(
        "mediation_acceptance",
        "人民调解受理登记表",
        FORM,
        _CASE_ROLES,
        forms_mediation.mediation_acceptance,
        "dispute_case",
        CaseFormData,
    ),
    DocumentSpec(
        "mediation_rights_notice",
        "当事人权利义务告知书",
        FORM,
        _CASE_ROLES,
        forms_mediation.mediation_rights_notice,
        "dispute_case",
        CaseFormData,
    ),
    DocumentSpec(
        "mediation_record",
        "人民调解记录",
        FORM,
        _CASE_ROLES,
        forms_mediation.mediation_record,
        "mediation_session",
        SessionFormData,
    ),
    DocumentSpec(
        "mediation_agreement",
        "人民调解协议书",
        FORM,
        _CASE_ROLES,
        forms_mediation.mediation_agreement,
        "agreement",
        AgreementFormData,
        copies=lambda a: a.copies if a is not None else 1,
    ),
    DocumentSpec(
        "return_visit",
        "人民调解回访记录",
        FORM,
        _CASE_ROLES,
        forms_mediation.return_visit,
        "return_visit",
        ReturnVisitFormData,
    ),
    DocumentSpec(
        "case_file_cover",
        "人民调解卷宗封面",
        FORM,
        _CASE_ROLES,
        forms_mediation.case_file_cover,
        "dispute_case",
        CaseFileFormData,
    ),
    DocumentSpec(
        "case_file_index",
        "卷内目录",
        FORM,
        _CASE_ROLES,
        forms_mediation.case_file_index,
        "dispute_case",
        CaseFileFormData,
    ),
    DocumentSpec(
        "footage_request",
        "调阅监控录像审批表",
        FORM,
        frozenset({MONITOR, POLICE, DIRECTOR}),
        forms_other.footage_request,
        "footage_request",
        FootageRequestData,
    ),
    DocumentSpec(
        "duty_log",
        "值班记录",
        LIST,
        frozenset({MONITOR, DIRECTOR}),
        forms_monitoring.duty_log,
        "duty_log",
        forms_monitoring.DutyLogPrintData,
    ),
    DocumentSpec(
        "shift_handover",
        "交接班记录",
        FORM,
        frozenset({MONITOR, DIRECTOR}),
        forms_monitoring.handover,
        "shift_handover",
        forms_monitoring.HandoverPrintData,
    ),
    DocumentSpec(
        "footage_register",
        "调阅登记簿",
        LIST,
        frozenset({MONITOR, POLICE, DIRECTOR}),
        forms_monitoring.footage_register,
        "footage_request",
        forms_monitoring.FootageRegisterPrintData,
    ),
    DocumentSpec(
        "camera_register",
        "摄像机登记台账",
        LIST,
        frozenset({MONITOR, DIRECTOR}),
        forms_monitoring.camera_register,
        "camera",
        forms_monitoring.CameraRegisterPrintData,
    ),
    DocumentSpec(
        "volunteer_certificate",
        "志愿服务证明",
        FORM,
        _VOLUNTEER_ROLES,
        forms_volunteers.volunteer_certificate,
        "volunteer_certificate",
        VolunteerCertificateData,
    ),
    DocumentSpec(
        "volunteer_roster",
        "平安志愿者花名册",
        LIST,
        _VOLUNTEER_ROLES,
        forms_volunteers.volunteer_roster,
        "volunteer",
        VolunteerRosterData,
    ),
    DocumentSpec(
        "report_dispute_screening",
        "矛盾纠纷排查情况表",
        REPORT,
        _STATS_ROLES,
        forms_dashboard.report_table,
        None,
        ReportTable,
    ),
    DocumentSpec(
        "report_mediation_statistics",
        "人民调解统计表",
        REPORT,
        _STATS_ROLES,
        forms_dashboard.report_table,
        None,
        ReportTable,
    ),
    DocumentSpec(
        "report_petition_rates",
        "信访三率通报",
        REPORT,
        _STATS_ROLES,
        forms_dashboard.report_table,
        None,
        ReportTable,
    ),
    DocumentSpec(
        "report_monthly_summary",
        "月度工作总结",
        REPORT,
        _STATS_ROLES,
        forms_dashboard.monthly_summary,
        None,
        SummaryData,
    ),
    DocumentSpec(
        "round_register",
        "集中排查登记表",
        FORM,
        _RHYTHM_ROLES,
        forms_rhythm.round_register,
        "screening_round",
        forms_rhythm.RoundPrintData,
    ),
    DocumentSpec(
        "zero_report",
        "综治维稳信息零报告",
        FORM,
        _RHYTHM_ROLES,
        forms_rhythm.zero_report,
        "screening_round",
        forms_rhythm.RoundPrintData,
    ),
    DocumentSpec(
        "meeting_minutes",
        "会议纪要",
        FORM,
        _RHYTHM_ROLES,
        forms_rhythm.minutes,
        "meeting",
        forms_rhythm.MinutesData,
    ),
    DocumentSpec(
        "police_bulletin",
        "社区警务工作周通报",
        FORM,
        _RHYTHM_ROLES,
        forms_rhythm.police_bulletin,
        "police_bulletin",
        forms_rhythm.BulletinPrintData,
    ),
    DocumentSpec(
        "volunteer_card",
        "志愿者证",
        FORM,
        _VOLUNTEER_ROLES,
        forms_volunteers.volunteer_card,
        "volunteer",
        VolunteerCardData,
    ),
    DocumentSpec(
        "volunteer_card_sheet",
        "志愿者证（A4拼版，每页10张）",
        LIST,
        _VOLUNTEER_ROLES,
        forms_volunteers.volunteer_card_sheet,
        "volunteer",
        VolunteerCardSheetData,
    ),
    DocumentSpec(
        "sign_centre_plate",
        "综治中心标牌",
        SIGNAGE,
        _SIGN_ROLES,
        _signs(lambda cfg: [signage.centre_plate(cfg)], "综治中心标牌"),
    ),
    DocumentSpec(
        "sign_door_plates", "科室门牌", SIGNAGE, _SIGN_ROLES, _signs(signage.door_plates, "科室门牌")
    ),
    DocumentSpec("chart_duties", "工作职责（上墙）", SIGNAGE, _SIGN_ROLES, _chart(charts.duties_chart)),
    DocumentSpec("chart_rules", "工作制度（上墙）", SIGNAGE, _SIGN_ROLES, _chart(charts.rules_chart)),
    DocumentSpec("chart_staff", "人员公示（上墙）", SIGNAGE, _SIGN_ROLES, _chart(charts.staff_chart)),
    DocumentSpec(
        "chart_reception_notice",
        "信访接待公示（上墙）",
        SIGNAGE,
        _SIGN_ROLES,
        _chart(charts.reception_notice_chart),
    ),
):
    register(_spec)
