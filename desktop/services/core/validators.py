"""Reading what people type: text fields with limits, dates in the spellings people use, phone numbers.

Each refuses with ``ValidationError(field, code)`` naming the form field, so the view outlines it.
(ID numbers: ``id_numbers``; code lists: ``codes``.)
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from desktop.services.core.errors import ValidationError
from desktop.services.core.id_numbers import normalize

_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE = re.compile(r"^0\d{2,3}-?\d{7,8}(-\d{1,6})?$")
_INTERNATIONAL = re.compile(r"^\+\d{6,16}$")
DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y%m%d", "%Y年%m月%d日")


def clean(value: Any) -> str | None:
    """Text without surrounding spaces; None when empty."""
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def text_field(value: str | None, field: str, *, required: bool = False, limit: int | None = None) -> str:
    """A text field: stripped; refused when required and empty, or longer than ``limit``."""
    value = (value or "").strip()
    if required and not value:
        raise ValidationError(field, "required")
    if limit is not None and len(value) > limit:
        raise ValidationError(field, "too_long", limit=limit)
    return value


def optional_field(value: str | None, field: str, limit: int | None = 200) -> str | None:
    """An optional text field: None when empty."""
    return text_field(value, field, limit=limit) or None


def parse_date(value: Any, field: str) -> date | None:
    """A date from a date, a datetime, or text as people write it (2024-03-01, 2024/3/1, 20240301, 2024年3月1日)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    raw = normalize(str(value))
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
    raise ValidationError(field, "bad_date")


def check_phone(value: Any, field: str = "phone") -> str | None:
    """A mobile (1[3-9] + 9 digits), a landline (025-86612345) or +international; None when empty."""
    raw = clean(value)
    if raw is None:
        return None
    phone = normalize(raw).replace("－", "-").replace("—", "-")
    if phone.startswith("+86") and _MOBILE.match(phone[3:]):
        phone = phone[3:]
    if _MOBILE.match(phone) or _LANDLINE.match(phone) or _INTERNATIONAL.match(phone):
        return phone
    raise ValidationError(field, "bad_phone")
