"""The reception room's printed documents, loaded from the records: 来访登记表, 受理/不予受理告知书, 信访事项处理意见书,
来访登记簿 of a day. Registered with the print service when the room's package is imported."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Person, Petition, Petitioner, PetitionStep, Visit
from desktop.services.core import audit_service, vocabulary
from desktop.services.core.calendar_service import CalendarService, provisional_note
from desktop.services.core.clock import today as local_today
from desktop.services.core.errors import NotFound, PermissionDenied, ValidationError
from desktop.services.core.print_data import (
    age,
    birth_from_id,
    code_label,
    get_record,
    id_text,
    local,
    staff_name,
)
from desktop.services.core.print_service import PrintService
from desktop.services.reception.petition_service import PetitionService
from desktop.services.reception.reception_service import build_visit_log


def _load_visit(s: Session, record_id, actor, community, reveal):
    from desktop.printing.form_data import VisitFormData

    v = get_record(s, Visit, record_id, "visit")
    time_in = local(v.time_in)
    birth = birth_from_id(v.visitor_id_type, v.visitor_id_number)
    if birth is None and v.person_id:
        birth = s.scalar(select(Person.birth_date).where(Person.id == v.person_id))
    on = time_in.date() if time_in else local_today()
    return VisitFormData(
        number=f"来访〔{on.year}〕{v.id:06d}号",
        visitor_name=v.visitor_name,
        sex=vocabulary.SEX.zh(v.visitor_sex or "", ""),
        age=age(birth, on),
        id_type=vocabulary.ID_TYPE.zh(v.visitor_id_type or "", v.visitor_id_type or ""),
        id_number=id_text(v.visitor_id_number, reveal),
        phone=v.visitor_phone or "",
        address=v.visitor_address or "",
        time_in=time_in,
        time_out=local(v.time_out),
        people_count=v.people_count or 1,
        is_group=(v.people_count or 1) >= 5 or bool(v.representatives),
        representatives=v.representatives or "",
        purpose=code_label(s, "visit_purpose", v.purpose),
        whom=v.whom or "",
        content=v.content or "",
        handled_by=staff_name(s, v.handled_by),
        outcome=vocabulary.VISIT_OUTCOME.zh(v.outcome or "", ""),
        urgency=vocabulary.URGENCY.zh(v.urgency or "", ""),
        follow_up=v.notes or "",
    )


def _readable_petition(s: Session, record_id, actor) -> Petition:
    """信访工作条例 art. 30: an accusation prints only for its handler and the director, and each such print
    (preview included) is in the audit log as a view of its content."""
    p = get_record(s, Petition, record_id, "petition")
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
    handle = s.scalar(
        select(PetitionStep.due_on)
        .where(PetitionStep.petition_id == p.id, PetitionStep.kind == "handle")
        .order_by(PetitionStep.id.desc())
        .limit(1)
    )
    provisional = CalendarService.calendar_in(s).provisional(handle)
    return PetitionNoticeData(
        petition_no=p.petition_no,
        petitioner=p.petitioner_name,
        received_on=p.received_on,
        channel=vocabulary.PETITION_CHANNEL.zh(p.channel, p.channel),
        subject=subject,
        decided_on=decided,
        reason=reason,
        refer_to=p.refer_to or "",
        handle_by=handle if p.status != "rejected" else None,
        calendar_note=provisional_note([handle.year]) if provisional and p.status != "rejected" else "",
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
        channel=vocabulary.PETITION_CHANNEL.zh(p.channel, p.channel),
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
    day = local_today()
    if record_id is not None:
        try:
            day = datetime.strptime(str(record_id), "%Y%m%d").date()
        except ValueError:
            raise NotFound(f"day {record_id}", field="record_id") from None
    return build_visit_log(s, day)


def _register() -> None:
    from desktop.printing import form_data as fd

    for data_type, loader in (
        (fd.VisitFormData, _load_visit),
        (fd.PetitionNoticeData, _load_petition),
        (fd.PetitionDecisionData, _load_petition_decision),
        (fd.VisitLogData, _load_visit_log),
    ):
        PrintService.register_loader(data_type, loader)


_register()
