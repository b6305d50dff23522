"""Printing as a use-case: check who may print what, load the record, build its form data, render it through
the document registry, and write every print or export to the audit log.

The preview dialog, the signage page and the ``print`` command all come through here. ReportLab is imported
on first use (inside the methods), not when a view imports this module.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import (
    Activity,
    Agreement,
    Attendance,
    Camera,
    CaseParty,
    CodeItem,
    Community,
    DisputeCase,
    FootageRequest,
    MediationSession,
    Person,
    Petition,
    Petitioner,
    PetitionStep,
    ReturnVisit,
    StaffUser,
    Visit,
    Volunteer,
)
from desktop.services.core.audit_service import AuditService
from desktop.services.core.auth_service import community_dto
from desktop.services.core.dto import Actor, CommunityDTO
from desktop.services.core.errors import NotFound, PermissionDenied, ValidationError
from desktop.services.core.permissions import ROLE_LABELS_ZH, Perm, Role, can, mask_id_number

log = logging.getLogger(__name__)

HOW = {"print": ("print", "打印"), "save": ("export", "另存为PDF"), "open": ("export", "打开查看")}


@dataclass(frozen=True)
class DocumentInfo:
    """A document the actor may print, for menus and ``print --list``."""

    key: str
    title: str
    kind: str  # form / list / signage
    entity: str | None
    can_blank: bool
    can_filled: bool


@dataclass(frozen=True)
class RenderedDocument:
    key: str
    title: str
    pdf: bytes
    record_id: int | None
    blank: bool
    copies: int = 1  # the number of copies the document itself asks for (协议书: parties + 1)

    @property
    def filename(self) -> str:
        tail = "空白" if self.blank else (str(self.record_id) if self.record_id is not None else "")
        name = f"{self.title}-{tail}" if tail else self.title
        return re.sub(r"[\\/:*?\"<>|（）()]+", "", name) + ".pdf"


class PrintService:
    """``signage_store`` returns the stored signage table (app config), or None for the defaults."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        audit: AuditService,
        signage_store: Callable[[], Mapping | None] | None = None,
        *,
        retention: str | None = None,
    ):
        self._sessions = sessions
        self._audit = audit
        self._signage_store = signage_store
        self._retention = retention

    # -- what may be printed -------------------------------------------------------------------------------
    def documents(self, actor: Actor) -> list[DocumentInfo]:
        from desktop.printing import registry

        if not can(actor.role, Perm.PRINT):
            return []
        out = []
        for spec in registry.documents():
            if spec.kind == registry.SIGNAGE:
                ok = actor.role in spec.roles
                out.append(DocumentInfo(spec.key, spec.title, spec.kind, None, ok, ok))
            else:
                out.append(
                    DocumentInfo(spec.key, spec.title, spec.kind, spec.entity, True, actor.role in spec.roles)
                )
        return [d for d in out if d.can_blank or d.can_filled]

    # -- rendering -------------------------------------------------------------------------------------------
    def render(self, actor: Actor, key: str, record_id: int | None = None, **options) -> bytes:
        """PDF bytes of a document: blank without ``record_id``, filled from the record with it."""
        return self.render_document(actor, key, record_id, **options).pdf

    def render_document(
        self,
        actor: Actor,
        key: str,
        record_id: int | None = None,
        *,
        blank: bool | None = None,
        signage: Any = None,
        media: str = "",
        reveal: bool = False,
        data: Any = None,
    ) -> RenderedDocument:
        """Check the permission, load what the document needs and render it.

        ``blank`` defaults to "no record given" (a roster, a list document, is filled from all its records
        unless ``blank=True``). ``signage`` overrides the stored signage config (the signage page's unsaved
        edits); ``media`` overrides its output (real / A4 / A3). ``reveal`` prints full ID numbers, only for a
        role allowed to see them. ``data`` renders a ready form-data object (a room module's unsaved record).
        """
        from desktop.printing import registry
        from desktop.printing.context import RenderContext
        from desktop.printing.fonts import MissingGlyphError, codepoint

        spec = self._spec(key)
        if blank is None:
            blank = record_id is None and data is None and spec.kind != registry.LIST
        if spec.kind == registry.FORM and not blank and record_id is None and data is None:
            raise ValidationError("record_id", "required")
        self._check(actor, spec, blank)
        reveal = reveal and can(actor.role, Perm.REVEAL_ID)
        with self._sessions() as s:
            community = self._community(s)
            if spec.kind == registry.SIGNAGE:
                signage = signage or self._signage(s, community)
            elif not blank and data is None:
                data = self._load(s, spec, record_id, actor, community, reveal)
        extra = {"retention": self._retention} if self._retention else {}
        ctx = RenderContext(community, signage=signage, media=media, **extra)
        try:
            pdf = spec.render(ctx, None if blank else data)
        except MissingGlyphError as exc:  # it would print as a hole: refuse, naming the character
            raise ValidationError(
                "text",
                "unprintable_character",
                str(exc),
                char=exc.char,
                codepoint=codepoint(exc.char),
                text=exc.text,
            ) from exc
        copies = spec.copies(None if blank else data)
        return RenderedDocument(spec.key, spec.title, pdf, record_id, blank, copies)

    def log_output(
        self, actor: Actor, key: str, record_id: int | None, how: str, *, blank: bool | None = None
    ) -> None:
        """Audit one print / save / open of a document: what, which record, who."""
        from desktop.printing import registry

        if how not in HOW:
            raise ValueError(f"how must be one of {sorted(HOW)}")
        spec = self._spec(key)
        action, verb = HOW[how]
        if blank is None:
            blank = record_id is None and spec.kind == registry.FORM
        which = "（空白）" if blank and spec.kind != registry.SIGNAGE else ""
        entity = spec.entity if record_id is not None and spec.entity else "document"
        self._audit.record(actor, action, entity, record_id, f"{verb}《{spec.title}》{which} [{key}]")

    # -- signage ---------------------------------------------------------------------------------------------
    def signage_config(self):
        """The stored signage config over the defaults derived from the community and its staff."""
        with self._sessions() as s:
            return self._signage(s, self._community(s))

    def signage_defaults(self):
        """The defaults: the community's name, address, phone and hours, and its staff (not the administrator)."""
        with self._sessions() as s:
            return self._defaults(s, self._community(s))

    @staticmethod
    def _defaults(s: Session, community: CommunityDTO):
        from desktop.printing.signage_config import SignageConfig, StaffEntry

        staff = [
            StaffEntry(u.full_name, ROLE_LABELS_ZH.get(Role(u.role), ""), u.phone or "")
            for u in s.scalars(
                select(StaffUser)
                .where(StaffUser.active.is_(True), StaffUser.role != Role.ADMIN.value)
                .order_by(StaffUser.id)
            )
        ]
        return SignageConfig.for_community(community, staff)

    def _signage(self, s: Session, community: CommunityDTO):
        from desktop.printing.signage_config import SignageConfig

        raw = dict(self._signage_store() or {}) if self._signage_store else {}
        base = SignageConfig.for_community(community) if "staff" in raw else self._defaults(s, community)
        return SignageConfig.from_dict(raw, base)

    # -- checks ------------------------------------------------------------------------------------------------
    @staticmethod
    def _spec(key: str):
        from desktop.printing import registry

        try:
            return registry.get(key)
        except KeyError:
            raise NotFound(f"document {key}", field="key") from None

    @staticmethod
    def _check(actor: Actor, spec, blank: bool) -> None:
        from desktop.printing import registry

        if not can(actor.role, Perm.PRINT):
            raise PermissionDenied("print")
        if (spec.kind == registry.SIGNAGE or not blank) and actor.role not in spec.roles:
            raise PermissionDenied(f"print {spec.key}")

    @staticmethod
    def _community(s: Session) -> CommunityDTO:
        from desktop.printing.context import placeholder_community

        c = s.scalar(select(Community).order_by(Community.id).limit(1))
        return community_dto(c) if c else placeholder_community()

    # -- loading records into form data ------------------------------------------------------------------------
    _LOADERS: dict[type, Callable] = {}

    @classmethod
    def register_loader(cls, data_type: type, loader: Callable) -> None:
        """A room module's loader: ``loader(session, record_id, actor, community, reveal) -> data``."""
        cls._LOADERS[data_type] = loader

    def _load(
        self, s: Session, spec, record_id: int | None, actor: Actor, community: CommunityDTO, reveal: bool
    ):
        loader = self._LOADERS.get(spec.data_type)
        if loader is None:
            raise NotFound(f"no loader for {spec.key}")
        return loader(s, record_id, actor, community, reveal)


# -- labels -----------------------------------------------------------------------------------------------------

SEX = {"1": "男", "2": "女", "M": "男", "F": "女", "男": "男", "女": "女"}
ID_TYPES = {
    "resident_id": "居民身份证",
    "passport": "护照",
    "hk_macao_permit": "港澳居民来往内地通行证",
    "taiwan_permit": "台湾居民来往大陆通行证",
    "foreigner_pr": "外国人永久居留身份证",
    "other": "其他证件",
}
VISIT_OUTCOME = {
    "answered": "当场解答",
    "to_mediation": "转矛盾纠纷",
    "to_petition": "转信访",
    "to_police": "转派出所",
    "other": "其他",
}
URGENCY = {"normal": "一般", "urgent": "紧急", "critical": "特急", "very_urgent": "特急"}
CASE_SOURCE = {
    "application": "当事人申请",
    "initiative": "主动调解",
    "from_visit": "来访转入",
    "grid": "网格上报",
    "police": "公安移交",
    "court": "法院委托",
    "government": "政府指定",
    "screening": "排查发现",
}
PARTY_ROLE = {"applicant": "申请人", "respondent": "被申请人", "third_party": "第三人"}
CHANNEL = {"network": "信息网络", "letter": "书信", "phone": "电话", "fax": "传真", "visit": "走访"}
FOOTAGE_BASIS = {"state_organ": "国家机关依法履职", "data_subject": "本人或近亲属等查阅", "other": "其他"}
DECISION = {"approved": "同意", "refused": "不同意"}
SATISFACTION = {"satisfied": "满意", "basically": "基本满意", "dissatisfied": "不满意"}
_ETHNIC_NAMES = (
    "汉族",
    "蒙古族",
    "回族",
    "藏族",
    "维吾尔族",
    "苗族",
    "彝族",
    "壮族",
    "布依族",
    "朝鲜族",
    "满族",
    "侗族",
    "瑶族",
    "白族",
    "土家族",
    "哈尼族",
    "哈萨克族",
    "傣族",
    "黎族",
    "傈僳族",
    "佤族",
    "畲族",
    "高山族",
    "拉祜族",
    "水族",
    "东乡族",
    "纳西族",
    "景颇族",
    "柯尔克孜族",
    "土族",
    "达斡尔族",
    "仫佬族",
    "羌族",
    "布朗族",
    "撒拉族",
    "毛南族",
    "仡佬族",
    "锡伯族",
    "阿昌族",
    "普米族",
    "塔吉克族",
    "怒族",
    "乌孜别克族",
    "俄罗斯族",
    "鄂温克族",
    "德昂族",
    "保安族",
    "裕固族",
    "京族",
    "塔塔尔族",
    "独龙族",
    "鄂伦春族",
    "赫哲族",
    "门巴族",
    "珞巴族",
    "基诺族",
)
ETHNIC = {f"{i:02d}": n for i, n in enumerate(_ETHNIC_NAMES, 1)} | {
    "97": "其他",
    "98": "外国血统中国籍人士",
}  # GB/T 3304


def _local(dt: datetime | None) -> datetime | None:
    """Stored UTC -> this PC's local time, as printed on paper."""
    return dt.astimezone() if dt is not None else None


def _age(birth: date | None, on: date) -> str:
    if birth is None:
        return ""
    return str(on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day)))


def _birth_from_id(id_type: str | None, number: str | None) -> date | None:
    if id_type not in (None, "resident_id") or not number or len(number) != 18:
        return None
    try:
        return date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return None


def _id(number: str | None, reveal: bool) -> str:
    return (number or "") if reveal else mask_id_number(number)


def _code(s: Session, list_name: str, code: str | None) -> str:
    if not code:
        return ""
    label = s.scalar(select(CodeItem.label).where(CodeItem.list_name == list_name, CodeItem.code == code))
    return label or code


def _staff_name(s: Session, user_id: int | None) -> str:
    return (s.scalar(select(StaffUser.full_name).where(StaffUser.id == user_id)) or "") if user_id else ""


def _get(s: Session, model, record_id: int | None, what: str):
    row = s.get(model, record_id) if record_id is not None else None
    if row is None:
        raise NotFound(f"{what} {record_id}", field="record_id")
    if getattr(row, "voided_at", None) is not None:
        raise NotFound(f"{what} {record_id} is voided", field="record_id")
    return row


def _money(value: Decimal | float | None) -> str:
    if value is None:
        return ""
    return f"{Decimal(value).normalize():f}"


def _load_visit(s: Session, record_id, actor, community, reveal):
    from desktop.printing.form_data import VisitFormData

    v = _get(s, Visit, record_id, "visit")
    time_in = _local(v.time_in)
    birth = _birth_from_id(v.visitor_id_type, v.visitor_id_number)
    if birth is None and v.person_id:
        birth = s.scalar(select(Person.birth_date).where(Person.id == v.person_id))
    on = time_in.date() if time_in else date.today()
    return VisitFormData(
        number=f"来访〔{on.year}〕{v.id:06d}号",
        visitor_name=v.visitor_name,
        sex=SEX.get(v.visitor_sex or "", ""),
        age=_age(birth, on),
        id_type=ID_TYPES.get(v.visitor_id_type or "", v.visitor_id_type or ""),
        id_number=_id(v.visitor_id_number, reveal),
        phone=v.visitor_phone or "",
        address=v.visitor_address or "",
        time_in=time_in,
        time_out=_local(v.time_out),
        people_count=v.people_count or 1,
        is_group=(v.people_count or 1) >= 5 or bool(v.representatives),
        representatives=v.representatives or "",
        purpose=_code(s, "visit_purpose", v.purpose),
        whom=v.whom or "",
        content=v.content or "",
        handled_by=_staff_name(s, v.handled_by),
        outcome=VISIT_OUTCOME.get(v.outcome or "", ""),
        urgency=URGENCY.get(v.urgency or "", ""),
        follow_up=v.notes or "",
    )


def case_form_data(s: Session, c: DisputeCase, community: CommunityDTO):
    from desktop.printing.form_data import CaseFormData, PartyData

    on = c.accepted_on or date.today()
    parties = tuple(
        PartyData(
            role=PARTY_ROLE.get(p.role, p.role),
            name=p.name,
            sex=SEX.get(p.sex or "", ""),
            ethnicity=ETHNIC.get(p.ethnic_code or "", ""),
            age=_age(p.birth_date, on),
            occupation=p.occupation or "",
            phone=p.phone or "",
            address=p.address or "",
            agent=p.agent_name or "",
        )
        for p in s.scalars(select(CaseParty).where(CaseParty.case_id == c.id).order_by(CaseParty.id))
    )
    return CaseFormData(
        case_no=c.case_no,
        committee=community.mediation_committee,
        accepted_on=c.accepted_on,
        source=CASE_SOURCE.get(c.source, c.source),
        dispute_type=_code(s, "dispute_type", c.dispute_type),
        facts=c.facts or "",
        claims=c.claims or "",
        parties=parties,
        mediator=_staff_name(s, c.mediator_id),
        registrar=_staff_name(s, c.created_by),
        closed_on=c.closed_on,
    )


def _load_case(s: Session, record_id, actor, community, reveal):
    return case_form_data(s, _get(s, DisputeCase, record_id, "dispute_case"), community)


def case_file_data(s: Session, record_id, actor, community, reveal):
    from desktop.printing.form_data import CASE_FILE_DOCUMENTS, CaseFileFormData, FileEntry

    c = _get(s, DisputeCase, record_id, "dispute_case")
    case = case_form_data(s, c, community)
    sessions = list(
        s.scalars(
            select(MediationSession)
            .where(MediationSession.case_id == c.id, MediationSession.voided_at.is_(None))
            .order_by(MediationSession.held_at)
        )
    )
    n_agreements = (
        s.scalar(
            select(func.count())
            .select_from(Agreement)
            .where(Agreement.case_id == c.id, Agreement.voided_at.is_(None))
        )
        or 0
    )
    n_returns = (
        s.scalar(
            select(func.count())
            .select_from(ReturnVisit)
            .where(
                ReturnVisit.case_id == c.id, ReturnVisit.done_on.is_not(None), ReturnVisit.voided_at.is_(None)
            )
        )
        or 0
    )
    counts = {"人民调解记录": len(sessions), "人民调解协议书": n_agreements, "回访记录": n_returns}
    entries = tuple(FileEntry(t, note=f"{counts[t]}份" if counts.get(t) else "") for t in CASE_FILE_DOCUMENTS)
    mediators = [case.mediator] + [
        m for x in sessions for m in re.split(r"[、,，\s]+", x.mediators or "") if m
    ]
    applicants = "、".join(p.name for p in case.parties if p.role == "申请人")
    others = "、".join(p.name for p in case.parties if p.role != "申请人")
    kind = f"{case.dispute_type}纠纷" if case.dispute_type else "纠纷"
    last = _local(sessions[-1].held_at).date() if sessions else None
    return CaseFileFormData(
        case=case,
        title=f"{applicants}与{others}{kind}" if applicants and others else f"{case.party_names}{kind}",
        volume_no=c.case_no,
        mediators="、".join(dict.fromkeys(m for m in mediators if m)),
        date_from=c.accepted_on,
        date_to=c.closed_on or last,
        filed_by="",
        filed_on=c.closed_on,
        entries=entries,
    )


def _load_session(s: Session, record_id, actor, community, reveal):
    from desktop.printing.form_data import SessionFormData

    m = _get(s, MediationSession, record_id, "mediation_session")
    c = _get(s, DisputeCase, m.case_id, "dispute_case")
    remedies = (c.remedies_told or "") if c.outcome in ("failed", "terminated") else ""
    return SessionFormData(
        case=case_form_data(s, c, community),
        held_at=_local(m.held_at),
        place=m.place,
        mediators=m.mediators,
        recorder=m.recorder,
        attendees=m.attendees or "",
        rights_told=m.rights_told,
        statements=m.statements or "",
        facts_verified=m.facts_verified or "",
        risk_warning=m.risk_warning or "",
        result=m.result or "",
        remedies=remedies,
    )


def _load_agreement(s: Session, record_id, actor, community, reveal):
    from desktop.printing.form_data import AgreementFormData

    a = _get(s, Agreement, record_id, "agreement")
    c = _get(s, DisputeCase, a.case_id, "dispute_case")
    case = case_form_data(s, c, community)
    recorder = (
        s.scalar(
            select(MediationSession.recorder)
            .where(MediationSession.case_id == c.id, MediationSession.voided_at.is_(None))
            .order_by(MediationSession.held_at.desc())
            .limit(1)
        )
        or ""
    )
    facts = c.facts or ""
    if c.claims:
        facts = f"{facts}\n争议事项：{c.claims}" if facts else c.claims
    return AgreementFormData(
        case=case,
        agreement_no=a.agreement_no,
        facts=facts,
        terms=a.terms or "",
        performance=a.performance or "",
        signed_on=a.signed_on,
        mediator=case.mediator,
        recorder=recorder,
    )


def _load_return_visit(s: Session, record_id, actor, community, reveal):
    from desktop.printing.form_data import ReturnVisitFormData

    r = _get(s, ReturnVisit, record_id, "return_visit")
    c = _get(s, DisputeCase, r.case_id, "dispute_case")
    names = "、".join(
        s.scalars(select(CaseParty.name).where(CaseParty.case_id == c.id).order_by(CaseParty.id))
    )
    agreement_no = (
        s.scalar(select(Agreement.agreement_no).where(Agreement.id == r.agreement_id))
        if r.agreement_id
        else ""
    )
    return ReturnVisitFormData(
        parties=names,
        agreement_no=agreement_no or "",
        case_no=c.case_no,
        reason="调解协议履行情况回访" if r.agreement_id else "调解情况回访",
        performance=r.performance or "",
        satisfaction=SATISFACTION.get(r.satisfaction or "", r.satisfaction or ""),
        lawsuit=r.lawsuit if r.done_on else None,
        escalation_signs=r.escalation_signs or "",
        visitor=_staff_name(s, r.visitor_id),
        visited_on=r.done_on,
    )


def _readable_petition(s: Session, record_id, actor) -> Petition:
    """信访工作条例 art. 30: an accusation prints only for its handler and the director, and each such print
    (preview included) is in the audit log as a view of its content."""
    from desktop.services.core import audit_service
    from desktop.services.reception.petition_service import PetitionService

    p = _get(s, Petition, record_id, "petition")
    if not PetitionService.may_read_content(actor, p.category, p.handler_id):
        raise PermissionDenied("petitions.accusation.read")
    if p.category == "accusation":
        with Session(s.get_bind()) as w, w.begin():  # its own transaction: this one only reads
            audit_service.record(
                w, actor, "view", "petition", p.id, f"打印检举控告类信访事项{p.petition_no}的文书"
            )
    return p


def _load_petition(s: Session, record_id, actor, community, reveal):
    from desktop.printing.form_data import PetitionNoticeData

    p = _readable_petition(s, record_id, actor)
    step = s.scalar(
        select(PetitionStep)
        .where(PetitionStep.petition_id == p.id, PetitionStep.kind == "acceptance_notice")
        .order_by(PetitionStep.id.desc())
        .limit(1)
    )
    subject = (p.request or p.facts or "").strip().replace("\n", "")
    if len(subject) > 60:
        subject = subject[:58] + "……"
    reason = p.reject_reason or ""
    if not reason and p.status == "rejected" and step is not None:
        reason = (step.reason or step.note or "").split("，已出具")[0]
    decided = p.accepted_on or (step.done_on if step else None)
    return PetitionNoticeData(
        petition_no=p.petition_no,
        petitioner=p.petitioner_name,
        received_on=p.received_on,
        channel=CHANNEL.get(p.channel, p.channel),
        subject=subject,
        decided_on=decided,
        reason=reason,
        refer_to=p.refer_to or "",
    )


def _load_petition_decision(s: Session, record_id, actor, community, reveal):
    """信访事项处理意见书: the answer of art. 32, with the remedy of art. 35 (复查 by the next higher body)."""
    from desktop.printing.form_data import PETITION_DECISIONS, PetitionDecisionData

    p = _readable_petition(s, record_id, actor)
    if p.decision is None:
        raise ValidationError("decision", "not_answered")
    ext = s.scalar(
        select(PetitionStep)
        .where(PetitionStep.petition_id == p.id, PetitionStep.kind == "extension")
        .order_by(PetitionStep.id.desc())
        .limit(1)
    )
    extension = ""
    if ext is not None:
        extension = (
            f"本事项经本单位负责人批准，办理期限延长至{ext.due_on.year}年{ext.due_on.month}月{ext.due_on.day}日，"
            f"延期理由：{ext.reason}。"
        )
    address = s.scalar(
        select(Petitioner.address).where(Petitioner.petition_id == p.id).order_by(Petitioner.id).limit(1)
    )
    decision = dict(zip(("support", "explain", "not_support"), PETITION_DECISIONS, strict=True))
    return PetitionDecisionData(
        petition_no=p.petition_no,
        petitioner=p.petitioner_name,
        address=address or "",
        received_on=p.received_on,
        channel=CHANNEL.get(p.channel, p.channel),
        accepted_on=p.accepted_on,
        request=p.request or "",
        facts=p.facts or "",
        findings=p.decision_text or "",
        decision=decision.get(p.decision, ""),
        legal_basis=p.legal_basis or "",
        review_body=f"{community.street}办事处" if community.street.endswith("街道") else "",
        extension=extension,
        decided_on=p.answered_on,
    )


def _load_visit_log(s: Session, record_id, actor, community, reveal):
    """来访登记簿 of a day: ``record_id`` is the day as YYYYMMDD (today when None)."""
    from desktop.services.reception.reception_service import build_visit_log

    day = date.today()
    if record_id is not None:
        try:
            day = datetime.strptime(str(record_id), "%Y%m%d").date()
        except ValueError:
            raise NotFound(f"day {record_id}", field="record_id") from None
    return build_visit_log(s, day)


def _load_footage(s: Session, record_id, actor, community, reveal):
    from desktop.printing.form_data import FootageRequestData

    f = _get(s, FootageRequest, record_id, "footage_request")
    cam = s.get(Camera, f.camera_id)
    camera = f"{cam.code} {cam.name}（{cam.location}）" if cam else ""
    start = _local(f.window_start)
    return FootageRequestData(
        number=f"调阅〔{(start or datetime.now()).year}〕{f.id:05d}号",
        requester_org=f.requester_org,
        requester_name=f.requester_name,
        requester_id=_id(f.requester_id_number, reveal),
        basis=FOOTAGE_BASIS.get(f.basis, f.basis),
        reason=f.reason,
        camera=camera,
        window_start=start,
        window_end=_local(f.window_end),
        decision=DECISION.get(f.decision, ""),
        approver=_staff_name(s, f.approver_id),
        decided_at=_local(f.decided_at),
        accessed_at=_local(f.accessed_at),
    )


def _load_volunteer_certificate(s: Session, record_id, actor, community, reveal):
    from desktop.printing.form_data import ServiceItem, VolunteerCertificateData

    v = _get(s, Volunteer, record_id, "volunteer")
    rows = s.execute(
        select(Activity.starts_at, Activity.title, Activity.place, Attendance.hours)
        .join(Attendance, Attendance.activity_id == Activity.id)
        .where(Attendance.volunteer_id == v.id, Activity.voided_at.is_(None))
        .order_by(Activity.starts_at)
    ).all()
    items = tuple(
        ServiceItem(_local(at).date(), title, place, _money(hours)) for at, title, place, hours in rows
    )
    total = sum((Decimal(h) for *_, h in rows), Decimal(0))
    today = date.today()
    return VolunteerCertificateData(
        cert_no=f"{v.volunteer_no}-{today:%Y%m%d}",
        name=v.name,
        id_type=ID_TYPES.get(v.id_type, v.id_type),
        id_number=_id(v.id_number, reveal),
        volunteer_no=v.volunteer_no,
        total_hours=_money(total),
        period_from=items[0].day if items else None,
        period_to=items[-1].day if items else None,
        services=items,
        issuer=community.centre_name,
        handler=actor.full_name,
        handler_phone=community.phone,
        issued_on=today,
    )


def _load_volunteer_roster(s: Session, record_id, actor, community, reveal):
    from desktop.printing.form_data import VolunteerRosterData, VolunteerRow

    sex_of = dict(
        s.execute(select(Person.id, Person.sex).join(Volunteer, Volunteer.person_id == Person.id)).all()
    )
    rows = tuple(
        VolunteerRow(
            v.name,
            v.volunteer_no,
            SEX.get(sex_of.get(v.person_id) or "", ""),
            v.phone or "",
            v.team or "",
            v.joined_on,
        )
        for v in s.scalars(
            select(Volunteer).where(Volunteer.left_on.is_(None)).order_by(Volunteer.volunteer_no)
        )
    )
    return VolunteerRosterData(rows, date.today())


def _register_builtin_loaders() -> None:
    from desktop.printing import form_data as fd

    for data_type, loader in (
        (fd.VisitFormData, _load_visit),
        (fd.CaseFormData, _load_case),
        (fd.CaseFileFormData, case_file_data),
        (fd.SessionFormData, _load_session),
        (fd.AgreementFormData, _load_agreement),
        (fd.ReturnVisitFormData, _load_return_visit),
        (fd.PetitionNoticeData, _load_petition),
        (fd.PetitionDecisionData, _load_petition_decision),
        (fd.VisitLogData, _load_visit_log),
        (fd.FootageRequestData, _load_footage),
        (fd.VolunteerCertificateData, _load_volunteer_certificate),
        (fd.VolunteerRosterData, _load_volunteer_roster),
    ):
        PrintService.register_loader(data_type, loader)


_register_builtin_loaders()
