"""The mediation room's printed documents, loaded from the records: 申请书, 受理登记表, 调解记录, 协议书, 回访记录,
卷宗封面 and 卷内目录. Registered with the print service when the room's package is imported."""

from __future__ import annotations

import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import Agreement, CaseParty, DisputeCase, MediationSession, ReturnVisit
from desktop.services.core import vocabulary
from desktop.services.core.clock import today as local_today
from desktop.services.core.dto import CommunityDTO
from desktop.services.core.print_data import (
    age,
    code_label,
    get_record,
    local,
    staff_name,
)
from desktop.services.core.print_service import PrintService


def case_form_data(s: Session, c: DisputeCase, community: CommunityDTO):
    from desktop.printing.form_data import CaseFormData, PartyData

    on = c.accepted_on or local_today()
    parties = tuple(
        PartyData(
            role=vocabulary.PARTY_ROLE.zh(p.role, p.role),
            name=p.name,
            sex=vocabulary.SEX.zh(p.sex or "", ""),
            ethnicity=vocabulary.ETHNIC.zh(p.ethnic_code or "", ""),
            age=age(p.birth_date, on),
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
        source=vocabulary.CASE_SOURCE.zh(c.source, c.source),
        dispute_type=code_label(s, "dispute_type", c.dispute_type),
        facts=c.facts or "",
        claims=c.claims or "",
        parties=parties,
        mediator=staff_name(s, c.mediator_id),
        registrar=staff_name(s, c.created_by),
        closed_on=c.closed_on,
    )


def _load_case(s: Session, record_id, actor, community, reveal):
    return case_form_data(s, get_record(s, DisputeCase, record_id, "dispute_case"), community)


def case_file_data(s: Session, record_id, actor, community, reveal):
    from desktop.printing.form_data import CASE_FILE_DOCUMENTS, CaseFileFormData, FileEntry

    c = get_record(s, DisputeCase, record_id, "dispute_case")
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
    last = local(sessions[-1].held_at).date() if sessions else None
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

    m = get_record(s, MediationSession, record_id, "mediation_session")
    c = get_record(s, DisputeCase, m.case_id, "dispute_case")
    remedies = (c.remedies_told or "") if c.outcome in ("failed", "terminated") else ""
    return SessionFormData(
        case=case_form_data(s, c, community),
        held_at=local(m.held_at),
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

    a = get_record(s, Agreement, record_id, "agreement")
    c = get_record(s, DisputeCase, a.case_id, "dispute_case")
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

    r = get_record(s, ReturnVisit, record_id, "return_visit")
    c = get_record(s, DisputeCase, r.case_id, "dispute_case")
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
        satisfaction=vocabulary.SATISFACTION.zh(r.satisfaction or "", r.satisfaction or ""),
        lawsuit=r.lawsuit if r.done_on else None,
        escalation_signs=r.escalation_signs or "",
        visitor=staff_name(s, r.visitor_id),
        visited_on=r.done_on,
    )


def _register() -> None:
    from desktop.printing import form_data as fd

    for data_type, loader in (
        (fd.CaseFormData, _load_case),
        (fd.CaseFileFormData, case_file_data),
        (fd.SessionFormData, _load_session),
        (fd.AgreementFormData, _load_agreement),
        (fd.ReturnVisitFormData, _load_return_visit),
    ):
        PrintService.register_loader(data_type, loader)


_register()
