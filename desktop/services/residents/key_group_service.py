"""重点人群: key groups, the people in them and their follow-up records (PIPL art. 28: special categories).

- Membership is visible with KEY_GROUPS_READ (社区民警, 中心主任) or to the responsible worker for their own
  members; nobody else learns that it exists (``visible_memberships``).
- Every read that shows key-group data writes a "view" entry to the audit log (logs of access, 网络安全法 art. 21):
  a person's memberships, a membership's follow-ups, the due follow-ups list. Once per user and content within
  VIEW_AUDIT_WINDOW, so a page re-reading after each change does not flood the log. Ids only in the audit rows: the
  audit reader (an administrator) is not entitled to know who is in which group.
- Nothing is deleted: memberships end, follow-ups are voided with a reason.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from desktop.models import (
    AuditEntry,
    FollowUp,
    KeyGroup,
    KeyGroupMembership,
    Person,
    StaffUser,
)
from desktop.services.core import unit_of_work
from desktop.services.core.audit_service import record, to_json
from desktop.services.core.clock import today as local_today
from desktop.services.core.dto import Actor, StaffChoice
from desktop.services.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from desktop.services.core.permissions import Perm, can, require
from desktop.services.core.validators import clean
from desktop.services.residents import schedule as resident_schedule
from desktop.services.residents.dto import (
    DueFollowUp,
    FollowUpDTO,
    KeyGroupDTO,
    MembershipDTO,
)

FOLLOW_UP_WAYS = ("home_visit", "phone", "interview", "other")
VIEW_AUDIT_WINDOW = timedelta(minutes=5)  # the same user seeing the same key-group data again: no new entry


def visible_memberships(s: Session, actor: Actor, person_id: int) -> frozenset[int] | None:
    """Membership ids of the person the actor may see; None when the actor may see none at all."""
    q = select(KeyGroupMembership.id).where(
        KeyGroupMembership.person_id == person_id, KeyGroupMembership.voided_at.is_(None)
    )
    if can(actor.role, Perm.KEY_GROUPS_READ):
        return frozenset(s.scalars(q))
    if actor.id is None:
        return None
    mine = frozenset(s.scalars(q.where(KeyGroupMembership.worker_id == actor.id)))
    return mine or None


def may_see_membership(actor: Actor, m: KeyGroupMembership) -> bool:
    return can(actor.role, Perm.KEY_GROUPS_READ) or (actor.id is not None and m.worker_id == actor.id)


def may_follow_up(actor: Actor, m: KeyGroupMembership) -> bool:
    return can(actor.role, Perm.KEY_GROUPS_EDIT) or (actor.id is not None and m.worker_id == actor.id)


def audit_view(
    s: Session, actor: Actor, entity: str, entity_id: int | None, summary: str, after: dict
) -> None:
    """Key-group data was shown: one "view" entry, unless the same user saw the same thing within
    VIEW_AUDIT_WINDOW. ``s`` is the caller's committing session (``sessions.begin()``): a read that shows
    key-group data writes, from whichever thread it runs on. Ids only: the audit reader (an
    administrator) is not entitled to know who is in which group."""
    since = datetime.now(UTC) - VIEW_AUDIT_WINDOW
    q = select(AuditEntry.after).where(
        AuditEntry.entity == entity,
        AuditEntry.entity_id.is_(None) if entity_id is None else AuditEntry.entity_id == entity_id,
        AuditEntry.action == "view",
        AuditEntry.username == actor.username,
        AuditEntry.at >= since,
    )
    if to_json(after) in set(s.scalars(q)):
        return
    record(s, actor, "view", entity, entity_id, summary, after=after)


def audit_memberships_seen(s: Session, actor: Actor, person_id: int, ids) -> None:
    if ids:
        audit_view(s, actor, "person", person_id, "查看重点人群信息", {"membership_ids": sorted(ids)})


def membership_dtos(s: Session, ids: frozenset[int] | None) -> tuple[MembershipDTO, ...] | None:
    if ids is None:
        return None
    if not ids:
        return ()
    q = membership_query().where(KeyGroupMembership.id.in_(sorted(ids)))
    return tuple(membership_dto(*r) for r in s.execute(q.order_by(KeyGroupMembership.start_on.desc())))


def membership_query():
    return (
        select(KeyGroupMembership, KeyGroup, Person.name, StaffUser.full_name)
        .join(KeyGroup, KeyGroup.id == KeyGroupMembership.key_group_id)
        .join(Person, Person.id == KeyGroupMembership.person_id)
        .outerjoin(StaffUser, StaffUser.id == KeyGroupMembership.worker_id)
    )


def membership_dto(m: KeyGroupMembership, g: KeyGroup, person_name: str, worker: str | None) -> MembershipDTO:
    return MembershipDTO(
        m.id,
        m.version,
        m.person_id,
        person_name,
        g.id,
        g.name,
        g.has_risk_level,
        m.start_on,
        m.end_on,
        m.worker_id,
        worker or "",
        m.risk_level,
        m.next_follow_up_on,
        m.notes,
    )


class KeyGroupService:
    def __init__(self, sessions: sessionmaker[Session], clock: Callable[[], date] = local_today):
        self._sessions = sessions
        self._today = clock

    def list_key_groups(self, actor: Actor, active_only: bool = True) -> list[KeyGroupDTO]:
        if not (can(actor.role, Perm.KEY_GROUPS_READ) or can(actor.role, Perm.KEY_GROUPS_EDIT)):
            raise PermissionDenied(Perm.KEY_GROUPS_READ.value)
        q = select(KeyGroup).order_by(KeyGroup.id)
        if active_only:
            q = q.where(KeyGroup.active.is_(True))
        with self._sessions() as s:
            return [
                KeyGroupDTO(g.id, g.code, g.name, g.has_risk_level, g.follow_up_days, g.active)
                for g in s.scalars(q)
            ]

    def list_workers(self, actor: Actor) -> list[StaffChoice]:
        """Staff who may be the responsible worker of a key-group member."""
        require(actor, Perm.RESIDENTS_READ)
        with self._sessions() as s:
            q = (
                select(StaffUser)
                .where(StaffUser.active.is_(True), StaffUser.role != "admin")
                .order_by(StaffUser.id)
            )
            return [StaffChoice(u.id, u.full_name, u.role) for u in s.scalars(q)]

    def _load_membership(self, s: Session, membership_id: int) -> MembershipDTO:
        row = s.execute(membership_query().where(KeyGroupMembership.id == membership_id)).one()
        return membership_dto(*row)

    def add_membership(
        self,
        actor: Actor,
        person_id: int,
        key_group_id: int,
        *,
        start_on: date,
        worker_id: int | None,
        risk_level: int | None = None,
        notes: str | None = None,
    ) -> MembershipDTO:
        """Put a person in a key group with a responsible worker; the first follow-up date is computed."""
        require(actor, Perm.KEY_GROUPS_EDIT)
        with self._sessions.begin() as s:
            g = s.get(KeyGroup, key_group_id)
            if g is None:
                raise ValidationError("key_group_id", "required")
            if not g.active:
                raise ValidationError("key_group_id", "inactive_group")
            if s.get(Person, person_id) is None:
                raise ValidationError("person_id", "not_found")
            if worker_id is not None and s.get(StaffUser, worker_id) is None:
                raise ValidationError("worker_id", "not_found")
            if g.has_risk_level:
                if risk_level is None:
                    raise ValidationError("risk_level", "required")
                if risk_level not in resident_schedule.RISK_LEVELS:
                    raise ValidationError("risk_level", "bad_risk_level")
            else:
                risk_level = None
            if s.scalar(
                select(KeyGroupMembership.id).where(
                    KeyGroupMembership.person_id == person_id,
                    KeyGroupMembership.key_group_id == key_group_id,
                    KeyGroupMembership.end_on.is_(None),
                    KeyGroupMembership.voided_at.is_(None),
                )
            ):
                raise ValidationError("key_group_id", "already_member")
            m = KeyGroupMembership(
                person_id=person_id,
                key_group_id=key_group_id,
                start_on=start_on,
                worker_id=worker_id,
                risk_level=risk_level,
                next_follow_up_on=resident_schedule.first_due(
                    start_on,
                    has_risk_level=g.has_risk_level,
                    risk_level=risk_level,
                    follow_up_days=g.follow_up_days,
                ),
                notes=clean(notes),
                created_by=actor.id,
            )
            s.add(m)
            s.flush()
            # ids only: the audit reader (an administrator) is not entitled to the sensitive group name
            record(
                s,
                actor,
                "create",
                "key_group_membership",
                m.id,
                "重点人群登记",
                after={
                    "person_id": person_id,
                    "key_group_id": key_group_id,
                    "risk_level": risk_level,
                    "worker_id": worker_id,
                    "start_on": start_on,
                    "next_follow_up_on": m.next_follow_up_on,
                },
            )
            return self._load_membership(s, m.id)

    def end_membership(
        self, actor: Actor, membership_id: int, version: int, end_on: date, reason: str
    ) -> MembershipDTO:
        require(actor, Perm.KEY_GROUPS_EDIT)
        reason = (reason or "").strip()
        if not reason:
            raise ValidationError("reason", "required")
        try:
            with self._sessions.begin() as s:
                m = unit_of_work.load(s, KeyGroupMembership, membership_id, version)
                if end_on < m.start_on:
                    raise ValidationError("end_on", "before_start")
                m.end_on = end_on
                m.next_follow_up_on = None
                s.flush()
                record(
                    s,
                    actor,
                    "update",
                    "key_group_membership",
                    m.id,
                    "重点人群结束",
                    after={"end_on": end_on},
                    reason=reason,
                )
                return self._load_membership(s, m.id)
        except StaleDataError as exc:
            raise Conflict("key_group_membership") from exc

    def memberships_of(self, actor: Actor, person_id: int) -> list[MembershipDTO] | None:
        """The person's key groups the actor may see; None when the actor may see none at all."""
        require(actor, Perm.RESIDENTS_READ)
        with self._sessions.begin() as s:
            found = membership_dtos(s, visible_memberships(s, actor, person_id))
            audit_memberships_seen(s, actor, person_id, [m.id for m in found or ()])
            return None if found is None else list(found)

    def record_follow_up(
        self,
        actor: Actor,
        membership_id: int,
        *,
        done_on: date,
        way: str,
        content: str = "",
        findings: str = "",
        risk_level: int | None = None,
        condition_stable: bool | None = None,
        next_due_on: date | None = None,
    ) -> FollowUpDTO:
        """A follow-up (随访) by the responsible worker or anyone with KEY_GROUPS_EDIT. The next due date is
        computed from the rules unless given; the membership's risk level and next date follow."""
        with self._sessions.begin() as s:
            f = self.add_follow_up(
                s,
                actor,
                membership_id,
                done_on=done_on,
                way=way,
                content=content,
                findings=findings,
                risk_level=risk_level,
                condition_stable=condition_stable,
                next_due_on=next_due_on,
            )
            return FollowUpDTO(
                f.id,
                f.membership_id,
                f.done_on,
                f.way,
                f.content,
                f.findings,
                f.risk_level,
                f.condition_stable,
                f.next_due_on,
                actor.full_name,
            )

    def add_follow_up(
        self,
        s: Session,
        actor: Actor,
        membership_id: int,
        *,
        done_on: date,
        way: str,
        content: str = "",
        findings: str = "",
        risk_level: int | None = None,
        condition_stable: bool | None = None,
        next_due_on: date | None = None,
    ) -> FollowUp:
        """``record_follow_up`` inside the caller's unit of work: how another room records one (a grid report
        about a key-group member, routed as a follow-up)."""
        m = s.get(KeyGroupMembership, membership_id)
        if m is None or m.voided_at is not None:
            raise NotFound("key_group_membership")
        if not may_follow_up(actor, m):
            raise PermissionDenied(Perm.KEY_GROUPS_EDIT.value)
        g = s.get(KeyGroup, m.key_group_id)
        if way not in FOLLOW_UP_WAYS:
            raise ValidationError("way", "required")
        if done_on > self._today():
            raise ValidationError("done_on", "in_future")
        if done_on < m.start_on:
            raise ValidationError("done_on", "before_start")
        if g.has_risk_level:
            if risk_level is None:
                risk_level = m.risk_level
            if risk_level not in resident_schedule.RISK_LEVELS:
                raise ValidationError("risk_level", "bad_risk_level")
        else:
            risk_level = None
        computed = resident_schedule.next_due(
            done_on,
            has_risk_level=g.has_risk_level,
            risk_level=risk_level,
            stable=condition_stable,
            follow_up_days=g.follow_up_days,
        )
        due = next_due_on or computed
        if due <= done_on:
            raise ValidationError("next_due_on", "not_after_done")
        f = FollowUp(
            membership_id=m.id,
            done_on=done_on,
            way=way,
            content=(content or "").strip(),
            findings=(findings or "").strip(),
            risk_level=risk_level,
            condition_stable=condition_stable,
            next_due_on=due,
            worker_id=actor.id,
            created_by=actor.id,
        )
        s.add(f)
        before = {"risk_level": m.risk_level, "next_follow_up_on": m.next_follow_up_on}
        m.risk_level = risk_level
        if m.end_on is None:
            m.next_follow_up_on = due
        s.flush()
        record(
            s,
            actor,
            "create",
            "follow_up",
            f.id,
            "重点人群随访",
            before=before,
            after={"risk_level": risk_level, "next_follow_up_on": m.next_follow_up_on},
        )
        return f

    def follow_ups(self, actor: Actor, membership_id: int) -> list[FollowUpDTO]:
        """A membership's follow-ups, newest first; seeing them is audited ("view")."""
        with self._sessions.begin() as s:
            m = s.get(KeyGroupMembership, membership_id)
            if m is None:
                raise NotFound("key_group_membership")
            if not may_see_membership(actor, m):
                raise PermissionDenied(Perm.KEY_GROUPS_READ.value)
            q = (
                select(FollowUp, StaffUser.full_name)
                .outerjoin(StaffUser, StaffUser.id == FollowUp.worker_id)
                .where(FollowUp.membership_id == membership_id, FollowUp.voided_at.is_(None))
                .order_by(FollowUp.done_on.desc(), FollowUp.id.desc())
            )
            found = [
                FollowUpDTO(
                    f.id,
                    f.membership_id,
                    f.done_on,
                    f.way,
                    f.content,
                    f.findings,
                    f.risk_level,
                    f.condition_stable,
                    f.next_due_on,
                    name or "",
                )
                for f, name in s.execute(q)
            ]
            audit_view(
                s,
                actor,
                "key_group_membership",
                m.id,
                "查看随访记录",
                {"person_id": m.person_id, "count": len(found)},
            )
            return found

    def due_follow_ups(
        self, actor: Actor, *, today: date | None = None, within_days: int = 7, worker_id: int | None = None
    ) -> list[DueFollowUp]:
        """Follow-ups due within ``within_days`` or overdue, oldest first. With KEY_GROUPS_READ (director,
        police) everyone's, optionally one worker's; anyone else sees only their own members."""
        today = today or self._today()
        q = (
            select(KeyGroupMembership, KeyGroup.name, Person.name, StaffUser.full_name)
            .join(KeyGroup, KeyGroup.id == KeyGroupMembership.key_group_id)
            .join(Person, Person.id == KeyGroupMembership.person_id)
            .outerjoin(StaffUser, StaffUser.id == KeyGroupMembership.worker_id)
            .where(
                KeyGroupMembership.voided_at.is_(None),
                KeyGroupMembership.end_on.is_(None) | (KeyGroupMembership.end_on >= today),
                KeyGroupMembership.next_follow_up_on.is_not(None),
                KeyGroupMembership.next_follow_up_on <= date.fromordinal(today.toordinal() + within_days),
                Person.moved_out_on.is_(None),
            )
            .order_by(KeyGroupMembership.next_follow_up_on, KeyGroupMembership.id)
        )
        if can(actor.role, Perm.KEY_GROUPS_READ):
            if worker_id is not None:
                q = q.where(KeyGroupMembership.worker_id == worker_id)
        else:
            if actor.id is None:
                return []
            q = q.where(KeyGroupMembership.worker_id == actor.id)
        with self._sessions.begin() as s:
            due = [
                DueFollowUp(
                    m.id,
                    m.person_id,
                    person,
                    group,
                    m.worker_id,
                    worker or "",
                    m.risk_level,
                    m.next_follow_up_on,
                    (today - m.next_follow_up_on).days,
                )
                for m, group, person, worker in s.execute(q)
            ]
            if due:  # the list names key-group members: one entry per load, not one per row
                audit_view(
                    s,
                    actor,
                    "key_group_membership",
                    None,
                    f"查看随访到期名单：{len(due)} 人",
                    {"count": len(due), "membership_ids": [d.membership_id for d in due]},
                )
            return due
