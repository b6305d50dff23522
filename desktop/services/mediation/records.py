"""What the mediation room's records are made of, shared by its service modules: where attachments are filed, the
number formats of cases and agreements, the values written to the audit log, amounts."""

from __future__ import annotations

import string
from decimal import Decimal, InvalidOperation

from sqlalchemy.orm import Session

from desktop.models import (
    CaseParty,
    DisputeCase,
)
from desktop.services.core.calendar_service import CalendarService
from desktop.services.core.errors import ValidationError
from desktop.services.core.permissions import Role, mask_phone
from desktop.services.mediation.dto import (
    CaseRow,
)

SETTINGS_LIST = "mediation_setting"  # code_item rows: code = setting name, label = its value
CASE_OWNER = "dispute_case"  # attachments: owner_kind "dispute_case.<category>", owner_id = case id
SESSION_OWNER = "mediation_session"
DOSSIER_OWNER = "dispute_case.dossier"
MEDIATOR_ROLES = (Role.MEDIATOR.value, Role.DIRECTOR.value)


# -- helpers ---------------------------------------------------------------------------------------------


def parse_amount(value) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        amount = Decimal(str(value)).quantize(Decimal("0.01"))
    except InvalidOperation as exc:
        raise ValidationError("amount", "bad_amount") from exc
    if amount < 0 or amount >= Decimal("1e12"):
        raise ValidationError("amount", "bad_amount")
    return amount


def default_abbr(community_name: str) -> str:
    """华侨路社区 -> 华侨路: the committee's short name in case numbers when none is configured."""
    name = community_name.strip()
    for tail in ("社区居民委员会", "居民委员会", "村民委员会", "社区", "居委会", "村委会", "村"):
        if name.endswith(tail) and len(name) > len(tail):
            return name[: -len(tail)]
    return name


def format_no(pattern: str, year: int, abbr: str, seq: int) -> str:
    return pattern.format(year=year, abbr=abbr, seq=seq)


NUMBER_FIELDS = ("year", "abbr", "seq")
NUMBER_LENGTH = 64  # case_no and agreement_no columns; an agreement may add "-2"
LONGEST_SEQ = 99999


def check_number_format(name: str, pattern: str, abbr: str) -> None:
    """A case or agreement number pattern: ``{year}`` and ``{seq}`` both in it (the number restarts every
    year and must stay unique: without the year, the next year's 第1号 collides with this year's), no other
    placeholder, and room in the column for the longest number."""
    try:
        fields_used = {f for _lit, f, _spec, _conv in string.Formatter().parse(pattern) if f is not None}
        if not fields_used <= set(NUMBER_FIELDS) or not {"year", "seq"} <= fields_used:
            raise ValidationError(name, "bad_number_format")
        format_no(pattern, 2026, abbr, LONGEST_SEQ)
    except (KeyError, IndexError, ValueError, AttributeError, TypeError) as exc:
        raise ValidationError(name, "bad_number_format") from exc
    check_number_length(name, pattern, abbr)


def check_number_length(name: str, pattern: str, abbr: str) -> None:
    try:
        sample = format_no(pattern, 2026, abbr, LONGEST_SEQ)
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        return  # a pattern stored before it was checked: its own field says so when it is changed
    if len(sample) + 3 > NUMBER_LENGTH:
        raise ValidationError(name, "number_too_long", limit=NUMBER_LENGTH - 3)


def case_values(c: DisputeCase) -> dict:
    return {
        "source": c.source,
        "dispute_type": c.dispute_type,
        "grid_id": c.grid_id,
        "facts": c.facts,
        "claims": c.claims,
        "amount": c.amount,
        "people_involved": c.people_involved,
        "risk_level": c.risk_level,
        "police_flag": c.police_flag,
        "police_flag_ack_at": c.police_flag_ack_at,
        "consent": c.consent,
        "consent_note": c.consent_note,
        "status": c.status,
        "accepted_on": c.accepted_on,
        "due_on": c.due_on,
        "mediator_id": c.mediator_id,
        "outcome": c.outcome,
        "remedies_told": c.remedies_told,
        "closed_on": c.closed_on,
        "extension_reason": c.extension_reason,
        "extended_on": c.extended_on,
    }


def party_values(p: CaseParty) -> dict:
    return {
        "role": p.role,
        "name": p.name,
        "person_id": p.person_id,
        "sex": p.sex,
        "ethnic_code": p.ethnic_code,
        "birth_date": p.birth_date,
        "occupation": p.occupation,
        "phone": mask_phone(p.phone),  # the audit reader is not entitled to the number
        "address": p.address,
        "agent_name": p.agent_name,
    }


def flag_provisional(s: Session, rows: list[CaseRow]) -> list[CaseRow]:
    """Mark the open cases whose deadline lies in a year whose holiday schedule is not published."""
    cal = CalendarService.calendar_in(s)
    return [
        r._replace(due_provisional=True) if r.status != "closed" and cal.provisional(r.due_on) else r
        for r in rows
    ]
