"""The residents room's entries of a person's timeline: key-group memberships and follow-ups (for those who
may see them), changes of the record, joining and leaving households, 户主变更 and relation corrections.
(The registry is desktop.services.core.timeline; each room registers its own sources.)"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import fields
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    Address,
    AuditEntry,
    FollowUp,
    Household,
    HouseholdMember,
    KeyGroup,
    KeyGroupMembership,
    Person,
)
from desktop.services.core.clock import local_day
from desktop.services.core.dto import Actor, FieldChange, TimelineEntry
from desktop.services.core.permissions import mask_id_number, mask_phone
from desktop.services.core.timeline import short as _short
from desktop.services.core.timeline import timeline_source
from desktop.services.core.vocabulary import FOLLOW_UP_WAY, RELATION
from desktop.services.residents.dto import PersonInput

_AUDIT_ACTION = {"create": "登记", "update": "修改", "move_out": "迁出", "void": "作废", "import": "导入"}


@timeline_source("follow_up")
def _follow_ups(s: Session, actor: Actor, person_id: int, visible) -> Iterable[TimelineEntry]:
    if not visible:
        return
    q = (
        select(FollowUp.id, FollowUp.done_on, FollowUp.way, FollowUp.findings, KeyGroup.name)
        .join(KeyGroupMembership, KeyGroupMembership.id == FollowUp.membership_id)
        .join(KeyGroup, KeyGroup.id == KeyGroupMembership.key_group_id)
        .where(
            KeyGroupMembership.person_id == person_id,
            FollowUp.voided_at.is_(None),
            KeyGroupMembership.id.in_(sorted(visible)),
        )
    )
    for fid, on, way, findings, group in s.execute(q):
        yield TimelineEntry(
            on, None, "follow_up", f"{group}随访（{FOLLOW_UP_WAY.zh(way)}）", _short(findings), fid
        )


@timeline_source("key_group")
def _memberships(s: Session, actor: Actor, person_id: int, visible) -> Iterable[TimelineEntry]:
    if not visible:
        return
    q = (
        select(KeyGroupMembership.id, KeyGroupMembership.start_on, KeyGroupMembership.end_on, KeyGroup.name)
        .join(KeyGroup, KeyGroup.id == KeyGroupMembership.key_group_id)
        .where(KeyGroupMembership.id.in_(sorted(visible)), KeyGroupMembership.voided_at.is_(None))
    )
    for mid, start, end, group in s.execute(q):
        yield TimelineEntry(start, None, "key_group", f"列入{group}", "", mid)
        if end is not None:
            yield TimelineEntry(end, None, "key_group", f"{group}结束", "", mid)


def _json_dict(text: str | None) -> dict:
    try:
        data = json.loads(text) if text else {}
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


_PERSON_FIELDS = {f.name: i for i, f in enumerate(fields(PersonInput))}
_MASK = {"id_number": mask_id_number, "phone": mask_phone, "phone2": mask_phone}


def _field_value(field: str, value, addresses: dict[int, str]) -> str | None:
    """A stored value as the timeline shows it: codes stay codes (the view labels them), ID numbers and
    phones masked again (audit copies are masked already; this keeps it so for any older entry)."""
    if value is None or value == "":
        return None
    if field == "address_id":
        try:
            return addresses.get(int(value)) or f"#{value}"
        except (TypeError, ValueError):
            return str(value)
    if field in _MASK:
        return _MASK[field](str(value))
    return _short(str(value), 30)


@timeline_source("record")
def _record_changes(s: Session, actor: Actor, person_id: int, visible) -> Iterable[TimelineEntry]:
    q = select(
        AuditEntry.id,
        AuditEntry.at,
        AuditEntry.action,
        AuditEntry.username,
        AuditEntry.before,
        AuditEntry.after,
    ).where(
        AuditEntry.entity == "person",
        AuditEntry.entity_id == person_id,
        AuditEntry.action.in_(list(_AUDIT_ACTION)),
    )
    rows = s.execute(q).all()
    diffs: dict[int, tuple[dict, dict]] = {
        eid: (_json_dict(before), _json_dict(after))
        for eid, _at, action, _user, before, after in rows
        if action == "update"
    }
    address_ids = set()
    for before, after in diffs.values():
        for value in (before.get("address_id"), after.get("address_id")):
            if isinstance(value, int):
                address_ids.add(value)
    addresses = (
        dict(
            s.execute(select(Address.id, Address.full_text).where(Address.id.in_(sorted(address_ids)))).all()
        )
        if address_ids
        else {}
    )
    for eid, at, action, username, _before, _after in rows:
        changes: tuple[FieldChange, ...] = ()
        if eid in diffs:
            before, after = diffs[eid]
            keys = sorted(after, key=lambda k: (_PERSON_FIELDS.get(k, len(_PERSON_FIELDS)), k))
            changes = tuple(
                FieldChange(
                    k, _field_value(k, before.get(k), addresses), _field_value(k, after.get(k), addresses)
                )
                for k in keys
            )
        yield TimelineEntry(
            local_day(at),
            at,
            "record",
            f"档案{_AUDIT_ACTION[action]}（{username}）",
            "",
            eid,
            changes,
        )


def _household_audits(s: Session, household_ids: set[int]) -> list:
    """(id, at, action, entity, household id, before, after, reason) of the audit rows about these households'
    members: joining (create), leaving, relation corrections (update household_member), 户主变更 (update
    household), oldest first."""
    if not household_ids:
        return []
    q = (
        select(
            AuditEntry.id,
            AuditEntry.at,
            AuditEntry.action,
            AuditEntry.entity,
            AuditEntry.entity_id,
            AuditEntry.before,
            AuditEntry.after,
            AuditEntry.reason,
        )
        .where(
            AuditEntry.entity.in_(["household", "household_member"]),
            AuditEntry.entity_id.in_(sorted(household_ids)),
            AuditEntry.action.in_(["create", "update"]),
        )
        .order_by(AuditEntry.id)
    )
    return s.execute(q).all()


def _relation(code) -> str:
    return RELATION.zh(code)


@timeline_source("household")
def _households(s: Session, actor: Actor, person_id: int, visible) -> Iterable[TimelineEntry]:
    q = (
        select(
            HouseholdMember.id,
            HouseholdMember.household_id,
            HouseholdMember.relation_code,
            HouseholdMember.joined_on,
            HouseholdMember.left_on,
            Address.full_text,
        )
        .join(Household, Household.id == HouseholdMember.household_id)
        .join(Address, Address.id == Household.address_id)
        .where(HouseholdMember.person_id == person_id)
        .order_by(HouseholdMember.id)
    )
    rows = s.execute(q).all()
    audits = _household_audits(s, {r.household_id for r in rows})
    # the relation each joining was registered with (it may have changed since: 户主变更, a correction),
    # and when and why each leaving was recorded
    joined_as: dict[int, list[str]] = {}
    leavings: dict[tuple[int, str], tuple[datetime, str | None]] = {}
    for _eid, at, action, entity, hid, _before, after, reason in audits:
        data = _json_dict(after)
        if entity != "household_member" or data.get("person_id") != person_id:
            continue
        if action == "create":
            joined_as.setdefault(hid, []).append(data.get("relation_code"))
        elif data.get("left_on"):
            leavings[(hid, str(data["left_on"]))] = (at, reason)
    seen: dict[int, int] = {}
    for mid, hid, relation, joined, left, address in rows:
        # leaving first: on the same day the sort keeps this order, and the timeline is newest first
        if left is not None:
            at, reason = leavings.get((hid, left.isoformat()), (None, None))
            yield TimelineEntry(left, at, "household", f"离户：{address}", _short(reason), mid)
        if joined is not None:
            n = seen[hid] = seen.get(hid, -1) + 1
            registered = joined_as.get(hid, [])
            at_joining = registered[n] if n < len(registered) and registered[n] else relation
            title = f"入户：{address}（{_relation(at_joining)}）"
            yield TimelineEntry(joined, None, "household", title, "", mid)
    # the changes carry the membership's id, as joining and leaving do: at the same second (audit times
    # are whole seconds on SQLite) the sort keeps them in the order given here, leaving first
    members = {r.household_id: (r.id, r.full_text) for r in rows}
    yield from _relation_changes(s, person_id, members, audits)


def _relation_changes(
    s: Session, person_id: int, members: dict[int, tuple[int, str]], audits: list
) -> Iterable[TimelineEntry]:
    """户主变更 (on the old and the new householder's timeline) and corrections of the relation;
    ``members``: household id -> (the person's membership id, the address)."""
    changes = []
    people: set[int] = set()
    for _eid, at, action, entity, hid, before, after, reason in audits:
        if action != "update":
            continue
        data = _json_dict(after)
        if entity == "household" and "householder_person_id" in data:
            new, old = data.get("householder_person_id"), data.get("previous_householder_person_id")
            if person_id in (new, old):
                people.update(p for p in (new, old) if isinstance(p, int))
                changes.append((at, hid, data, reason))
        elif (
            entity == "household_member"
            and data.get("person_id") == person_id
            and "relation_code" in data
            and "relation_code" in _json_dict(before)
        ):
            was = _json_dict(before)["relation_code"]
            mid, address = members.get(hid, (None, ""))
            title = f"与户主关系更正：{address}（{_relation(was)} → {_relation(data['relation_code'])}）"
            yield TimelineEntry(local_day(at), at, "household", title, "", mid)
    if not changes:
        return
    names = dict(s.execute(select(Person.id, Person.name).where(Person.id.in_(sorted(people)))).all())
    for at, hid, data, reason in changes:
        new, old = data.get("householder_person_id"), data.get("previous_householder_person_id")
        who = f"{names.get(old, '')} → {names.get(new, '')}" if old else names.get(new, "")
        try:
            on = date.fromisoformat(str(data.get("changed_on")))
        except ValueError:
            on = local_day(at)
        mid, address = members.get(hid, (None, ""))
        yield TimelineEntry(on, at, "household", f"户主变更：{address}（{who}）", _short(reason), mid)
