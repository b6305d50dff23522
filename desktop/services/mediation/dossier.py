"""The 卷宗 (case dossier) of a dispute case as one PDF (人民调解法 art. 27: 立卷归档).

Order: a list of the mandatory documents still missing (only when some are), the cover, the 卷内目录, then
the documents in the order of DOMAIN.md §3 — 申请书或受理登记表, 权利义务告知书, 身份证明, 授权委托书, 调查记录,
证据材料, 调解记录, 调解协议书, 履行凭证, 回访记录, 司法确认材料, 卷宗情况说明, 封底. Documents of the room are
rendered by the printing engine exactly as they print one by one; scans and photos kept with the case are
placed in their section (a picture fitted on an A4 page, a PDF as its pages). The document pages are
numbered from 1 in the upper right corner (编页号), and the 卷内目录 gives each entry's pages in that
numbering.

The pages drawn here and the joining are in desktop/printing/dossier.py.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    Agreement,
    Attachment,
    CaseParty,
    Community,
    DisputeCase,
    MediationSession,
    ReturnVisit,
)
from desktop.services.core.auth_service import community_dto
from desktop.services.core.clock import today as local_today
from desktop.services.core.dto import Actor, CommunityDTO
from desktop.services.mediation.dto import DossierDTO, DossierPart, MediationSettings

log = logging.getLogger(__name__)

# the 卷内目录 titles (the printing module's list, in DOMAIN.md order)
APPLICATION, RIGHTS, IDENTITY, AUTHORIZATION, INVESTIGATION, EVIDENCE = range(6)
RECORDS, AGREEMENT, PERFORMANCE, RETURN_VISITS, CONFIRMATION, NOTE, BACK = range(6, 13)
_CATEGORY_SECTION = {
    "identity": IDENTITY,
    "authorization": AUTHORIZATION,
    "investigation": INVESTIGATION,
    "evidence": EVIDENCE,
    "performance": PERFORMANCE,
    "confirmation": CONFIRMATION,
    "note": NOTE,
    "other": EVIDENCE,
}
_MEDIATED = ("success_written", "success_oral", "failed")


@dataclass(frozen=True)
class Blob:
    filename: str
    mime_type: str
    data: bytes


@dataclass
class DossierSource:
    """What the dossier is made of, read from the database in one unit of work."""

    case_id: int
    case_no: str
    source: str
    outcome: str | None
    committee: str
    community: CommunityDTO
    file_data: object  # printing.form_data.CaseFileFormData
    has_agent: bool
    session_ids: list[int]
    session_files: dict[int, list[Blob]]
    agreement_id: int | None
    agreement_kind: str | None
    oral_record: object | None  # printing.form_data.SessionFormData of an oral agreement (art. 28)
    return_visit_ids: list[int]
    confirmation_applied: bool
    files: dict[int, list[Blob]] = field(default_factory=dict)  # section -> scans


def gather(s: Session, c: DisputeCase, actor: Actor, settings: MediationSettings) -> DossierSource:
    from desktop.printing.context import placeholder_community
    from desktop.printing.form_data import SessionFormData
    from desktop.services.mediation.print_loaders import case_file_data, case_form_data

    row = s.scalar(select(Community).order_by(Community.id).limit(1))
    community = community_dto(row) if row else placeholder_community()
    committee = community.mediation_committee or f"{community.name}人民调解委员会"
    file_data = case_file_data(s, c.id, actor, community, False)
    file_data = replace(
        file_data,
        filed_by=actor.full_name,
        filed_on=c.closed_on or local_today(),
        retention=settings.dossier_retention,
    )
    sessions = list(
        s.scalars(
            select(MediationSession)
            .where(MediationSession.case_id == c.id, MediationSession.voided_at.is_(None))
            .order_by(MediationSession.held_at, MediationSession.id)
        )
    )
    ids = [m.id for m in sessions]
    session_files: dict[int, list[Blob]] = {i: [] for i in ids}
    files: dict[int, list[Blob]] = {}
    q = select(Attachment).where(
        ((Attachment.owner_kind.startswith("dispute_case.")) & (Attachment.owner_id == c.id))
        | ((Attachment.owner_kind == "mediation_session") & Attachment.owner_id.in_(ids or [-1]))
    )
    for a in s.scalars(q.order_by(Attachment.id)):
        blob = Blob(a.filename, a.mime_type, a.data)
        if a.owner_kind == "mediation_session":
            session_files[a.owner_id].append(blob)
            continue
        section = _CATEGORY_SECTION.get(a.owner_kind.split(".", 1)[1])
        if section is not None:
            files.setdefault(section, []).append(blob)
    agreement = s.scalar(
        select(Agreement)
        .where(Agreement.case_id == c.id, Agreement.voided_at.is_(None))
        .order_by(Agreement.id.desc())
        .limit(1)
    )
    oral = None
    if agreement is not None and agreement.kind == "oral":
        last = sessions[-1] if sessions else None
        case = case_form_data(s, c, community)
        oral = SessionFormData(
            case=case,
            held_at=last.held_at.astimezone() if last else None,
            place=last.place if last else "",
            mediators=last.mediators if last else case.mediator,
            recorder=last.recorder if last else "",
            attendees=case.party_names,
            rights_told=True,
            result=(
                f"经调解，当事人自愿达成口头调解协议（协议编号{agreement.agreement_no}），"
                f"人民调解员依《中华人民共和国人民调解法》第二十八条记录协议内容如下：\n{agreement.terms}"
                + (f"\n履行方式、时限：{agreement.performance}" if agreement.performance else "")
                + f"\n本口头协议自{agreement.effective_on:%Y年%m月%d日}各方当事人达成协议之日起生效（第三十条）。"
            ),
        )
    visits = list(
        s.scalars(
            select(ReturnVisit.id)
            .where(
                ReturnVisit.case_id == c.id, ReturnVisit.done_on.is_not(None), ReturnVisit.voided_at.is_(None)
            )
            .order_by(ReturnVisit.done_on, ReturnVisit.id)
        )
    )
    has_agent = bool(
        s.scalar(
            select(CaseParty.id).where(CaseParty.case_id == c.id, CaseParty.agent_name.is_not(None)).limit(1)
        )
    )
    return DossierSource(
        case_id=c.id,
        case_no=c.case_no,
        source=c.source,
        outcome=c.outcome,
        committee=committee,
        community=community,
        file_data=file_data,
        has_agent=has_agent,
        session_ids=ids,
        session_files=session_files,
        agreement_id=agreement.id if agreement is not None else None,
        agreement_kind=agreement.kind if agreement is not None else None,
        oral_record=oral,
        return_visit_ids=visits,
        confirmation_applied=bool(agreement and agreement.judicial_confirmation_applied_on),
        files=files,
    )


# -- assembling ------------------------------------------------------------------------------------------------


@dataclass
class _Section:
    title: str
    mandatory: bool
    docs: list[Callable[[], bytes]] = field(default_factory=list)
    note: str = ""


def _sections(printing, actor: Actor, src: DossierSource) -> list[_Section]:
    from desktop.printing import dossier as pages
    from desktop.printing.form_data import CASE_FILE_DOCUMENTS

    def doc(key: str, record_id: int | None = None, data=None) -> Callable[[], bytes]:
        return lambda: printing.render_document(actor, key, record_id, data=data).pdf

    def scans(blobs: list[Blob]) -> list[Callable[[], bytes]]:
        return [lambda b=b: pages.attachment_pdf(b.filename, b.mime_type, b.data) for b in blobs]

    mediated = src.outcome in _MEDIATED
    out = [_Section(t, False) for t in CASE_FILE_DOCUMENTS]
    first = out[APPLICATION]
    first.mandatory = True
    if src.source == "application":
        first.docs.append(doc("mediation_application", src.case_id))
    first.docs.append(doc("mediation_acceptance", src.case_id))
    out[RIGHTS].mandatory = True
    out[RIGHTS].docs.append(doc("mediation_rights_notice", src.case_id))
    out[IDENTITY].mandatory = True
    out[AUTHORIZATION].mandatory = src.has_agent
    records = out[RECORDS]
    records.mandatory = mediated
    for sid in src.session_ids:
        records.docs.append(doc("mediation_record", sid))
        records.docs.extend(scans(src.session_files.get(sid, [])))
    agreement = out[AGREEMENT]
    agreement.mandatory = src.outcome in ("success_written", "success_oral")
    if src.agreement_kind == "written":
        agreement.docs.append(doc("mediation_agreement", src.agreement_id))
    elif src.oral_record is not None:
        # art. 28: an oral agreement's content is recorded by the mediator, in the record of mediation
        records.docs.append(doc("mediation_record", None, src.oral_record))
        agreement.mandatory = False
        agreement.note = "口头协议，内容见调解记录"
    visits = out[RETURN_VISITS]
    visits.mandatory = src.agreement_id is not None
    visits.docs.extend(doc("return_visit", rid) for rid in src.return_visit_ids)
    out[CONFIRMATION].mandatory = src.confirmation_applied
    for section, blobs in src.files.items():
        out[section].docs.extend(scans(blobs))
    out[BACK].docs.append(pages.blank_page)
    return out


def assemble(printing, actor: Actor, src: DossierSource) -> DossierDTO:
    from desktop.printing import dossier as pages
    from desktop.printing.form_data import FileEntry

    sections = _sections(printing, actor, src)
    rendered: list[list[bytes]] = [[make() for make in sec.docs] for sec in sections]
    page_counts = [[pages.page_count(pdf) for pdf in docs] for docs in rendered]
    parts: list[DossierPart] = []
    entries = []
    page = 1
    for sec, counts in zip(sections, page_counts, strict=True):
        n = sum(counts)
        first, last = (page, page + n - 1) if n else (None, None)
        page += n
        part = DossierPart(sec.title, first, last, len(counts), sec.mandatory)
        parts.append(part)
        note = sec.note or ("缺" if part.missing else (f"{len(counts)}份" if len(counts) > 1 else ""))
        entries.append(FileEntry(sec.title, part.pages, note))
    missing = tuple(p.title for p in parts if p.missing)
    file_data = replace(src.file_data, entries=tuple(entries))
    front: list[bytes] = []
    if missing:
        front.append(pages.missing_list(src.committee, src.case_no, missing))
    front.append(printing.render_document(actor, "case_file_cover", src.case_id, data=file_data).pdf)
    front.append(printing.render_document(actor, "case_file_index", src.case_id, data=file_data).pdf)
    pdf, front_pages, page_total = pages.join(
        front, [d for docs in rendered for d in docs], f"{src.case_no}卷宗"
    )
    return DossierDTO(
        case_id=src.case_id,
        case_no=src.case_no,
        pdf=pdf,
        parts=tuple(parts),
        missing=missing,
        front_pages=front_pages,
        page_count=page_total,
    )
