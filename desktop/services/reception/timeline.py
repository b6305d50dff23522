"""The reception room's entries of a person's timeline: visits, and petitions they filed or are named in.

信访工作条例 art. 30: an accusation (检举控告) is not shown at all to anyone who may not read it — not even that
it exists, since the accuser's identity is what the law protects.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from desktop.models import CodeItem, Petition, Petitioner, Visit
from desktop.services.core.clock import local_day
from desktop.services.core.dto import Actor, TimelineEntry
from desktop.services.core.timeline import short, timeline_source
from desktop.services.core.vocabulary import PETITION_CATEGORY
from desktop.services.reception.petition_service import PetitionService


@timeline_source("visit")
def _visits(s: Session, actor: Actor, person_id: int, visible) -> Iterable[TimelineEntry]:
    q = (
        select(Visit.id, Visit.time_in, Visit.purpose, CodeItem.label, Visit.content)
        .outerjoin(CodeItem, and_(CodeItem.list_name == "visit_purpose", CodeItem.code == Visit.purpose))
        .where(Visit.person_id == person_id, Visit.voided_at.is_(None))
    )
    for vid, time_in, purpose, label, content in s.execute(q):
        yield TimelineEntry(
            local_day(time_in), time_in, "visit", f"来访：{label or purpose}", short(content), vid
        )


@timeline_source("petition")
def _petitions(s: Session, actor: Actor, person_id: int, visible) -> Iterable[TimelineEntry]:
    """Petitions the person filed (or is a petitioner of), each only for those who may read it."""
    ids = select(Petitioner.petition_id).where(Petitioner.person_id == person_id)
    q = select(
        Petition.id,
        Petition.received_on,
        Petition.petition_no,
        Petition.category,
        Petition.request,
        Petition.handler_id,
    ).where(or_(Petition.person_id == person_id, Petition.id.in_(ids)), Petition.voided_at.is_(None))
    for pid, on, no, category, request, handler_id in s.execute(q):
        if not PetitionService.may_read_content(actor, category, handler_id):
            continue
        title = f"信访 {no}（{PETITION_CATEGORY.zh(category)}）"
        yield TimelineEntry(on, None, "petition", title, short(request), pid)
