"""What every room's print loaders share: a record loaded for printing (missing or voided is NotFound), local
times, ages, masked ID numbers, configured code labels, staff names, amounts.

A print loader is ``loader(session, record_id, actor, community, reveal) -> form data``; each room registers its
own with ``PrintService.register_loader`` (its package ``print_loaders`` module).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import CodeItem, StaffUser
from desktop.services.core.errors import NotFound
from desktop.services.core.permissions import mask_id_number


def local(dt: datetime | None) -> datetime | None:
    """Stored UTC -> this PC's local time, as printed on paper."""
    return dt.astimezone() if dt is not None else None


def age(birth: date | None, on: date) -> str:
    if birth is None:
        return ""
    return str(on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day)))


def birth_from_id(id_type: str | None, number: str | None) -> date | None:
    if id_type not in (None, "resident_id") or not number or len(number) != 18:
        return None
    try:
        return date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return None


def id_text(number: str | None, reveal: bool) -> str:
    return (number or "") if reveal else mask_id_number(number)


def code_label(s: Session, list_name: str, code: str | None) -> str:
    if not code:
        return ""
    label = s.scalar(select(CodeItem.label).where(CodeItem.list_name == list_name, CodeItem.code == code))
    return label or code


def staff_name(s: Session, user_id: int | None) -> str:
    return (s.scalar(select(StaffUser.full_name).where(StaffUser.id == user_id)) or "") if user_id else ""


def get_record(s: Session, model, record_id: int | None, what: str):
    row = s.get(model, record_id) if record_id is not None else None
    if row is None:
        raise NotFound(f"{what} {record_id}", field="record_id")
    if getattr(row, "voided_at", None) is not None:
        raise NotFound(f"{what} {record_id} is voided", field="record_id")
    return row


def money(value: Decimal | float | None) -> str:
    if value is None:
        return ""
    return f"{Decimal(value).normalize():f}"
