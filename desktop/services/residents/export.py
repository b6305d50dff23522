"""Export of the people list (or a search's results) to .xlsx: masked unless the user may and asks.

Every export is written to the audit log: what was exported, how many rows, masked or not, and why.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import Address, Person
from desktop.services.core import audit_service
from desktop.services.core.dto import Actor
from desktop.services.core.errors import Cancelled, PermissionDenied, ValidationError
from desktop.services.core.permissions import Perm, can, mask_id_number, mask_phone, require
from desktop.services.core.vocabulary import ETHNIC, ID_TYPE, RESIDENT_TYPE, SEX
from desktop.services.residents.dto import PeopleFilter

HEADER = (
    "姓名",
    "性别",
    "出生日期",
    "民族",
    "证件类型",
    "证件号码",
    "联系电话",
    "人口类型",
    "现住址",
    "工作单位",
    "迁入日期",
    "迁出日期",
)
_CHUNK = 5000


def export_people(
    sessions: sessionmaker[Session],
    actor: Actor,
    path: str | Path,
    *,
    person_ids: Sequence[int] | None = None,
    filt: PeopleFilter = PeopleFilter(),
    reveal: bool = False,
    reason: str = "",
    progress: Callable[[int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the chosen people (``person_ids``: a search's results) or the filtered list; returns the rows.
    ``cancelled()`` true stops it (Cancelled) before the file is written."""
    if not (can(actor.role, Perm.EXPORT) and can(actor.role, Perm.RESIDENTS_READ)):
        raise PermissionDenied(Perm.EXPORT.value)
    if reveal:
        require(actor, Perm.REVEAL_ID)
        if not reason.strip():
            raise ValidationError("reason", "required")
    from openpyxl import Workbook

    report = progress or (lambda _p, _m: None)
    p, a = Person.__table__, Address.__table__
    q = (
        select(
            p.c.id,
            p.c.name,
            p.c.sex,
            p.c.birth_date,
            p.c.ethnic_code,
            p.c.id_type,
            p.c.id_number,
            p.c.phone,
            p.c.resident_type,
            a.c.full_text,
            p.c.employer,
            p.c.moved_in_on,
            p.c.moved_out_on,
        )
        .select_from(p.outerjoin(a, a.c.id == p.c.address_id))
        .order_by(p.c.id)
    )
    if person_ids is not None:
        q = q.where(p.c.id.in_(list(person_ids)))
    else:
        if not filt.include_moved_out:
            q = q.where(p.c.moved_out_on.is_(None))
        if filt.resident_type:
            q = q.where(p.c.resident_type == filt.resident_type)
    wb = Workbook(write_only=True)  # streams: a million rows stay out of memory
    ws = wb.create_sheet("实有人口")
    ws.append(
        list(HEADER) if reveal else [*HEADER[:5], "证件号码（已脱敏）", "联系电话（已脱敏）", *HEADER[7:]]
    )
    n = 0
    with sessions() as s:
        for r in s.connection().execution_options(yield_per=_CHUNK).execute(q):
            ws.append(
                [
                    r.name,
                    SEX.zh(r.sex),
                    r.birth_date,
                    ETHNIC.zh(r.ethnic_code),
                    ID_TYPE.zh(r.id_type),
                    r.id_number if reveal else mask_id_number(r.id_number),
                    r.phone if reveal else mask_phone(r.phone),
                    RESIDENT_TYPE.zh(r.resident_type),
                    r.full_text or "",
                    r.employer or "",
                    r.moved_in_on,
                    r.moved_out_on,
                ]
            )
            n += 1
            if n % _CHUNK == 0:
                if cancelled is not None and cancelled():
                    raise Cancelled()
                report(min(95, n // _CHUNK), f"已写出 {n} 行")
    path = Path(path)
    wb.save(path)
    with sessions.begin() as s:
        audit_service.record(
            s,
            actor,
            "export",
            "person",
            None,
            f"导出实有人口 {n} 人到 {path.name}（{'含完整证件号码和电话' if reveal else '已脱敏'}）",
            reason=reason.strip() or None,
        )
    report(100, "完成")
    return n
