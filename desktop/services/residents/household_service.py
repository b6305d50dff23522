"""户: households at an address, their members and householder (以房管人: the address is the root).

Joining and leaving are dated, a householder leaves last and is changed through 户主变更 (the old householder's new
relation, a date and a reason); relations follow GB/T 4761. Every change audited; nothing deleted.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from desktop.models import (
    Address,
    Household,
    HouseholdMember,
    Person,
)
from desktop.services.core import codes, unit_of_work
from desktop.services.core.audit_service import record
from desktop.services.core.clock import today as local_today
from desktop.services.core.dto import Actor
from desktop.services.core.errors import Conflict, NotFound, ValidationError
from desktop.services.core.permissions import Perm, require
from desktop.services.core.validators import clean
from desktop.services.core.vocabulary import RELATION
from desktop.services.residents.address_service import place
from desktop.services.residents.dto import (
    HouseholdDTO,
    HouseholdMemberDTO,
)

HOUSEHOLDER = "02"  # GB/T 4761-2008: 户主 (01 is 本人)


class HouseholdService:
    def __init__(self, sessions: sessionmaker[Session], clock: Callable[[], date] = local_today):
        self._sessions = sessions
        self._today = clock

    def _household_dto(self, s: Session, h: Household) -> HouseholdDTO:
        address = s.get(Address, h.address_id)
        q = (
            select(HouseholdMember, Person.name)
            .join(Person, Person.id == HouseholdMember.person_id)
            .where(HouseholdMember.household_id == h.id)
            .order_by(HouseholdMember.left_on.is_not(None), HouseholdMember.relation_code, HouseholdMember.id)
        )
        members = tuple(
            HouseholdMemberDTO(
                m.id,
                m.person_id,
                name,
                m.relation_code,
                RELATION.zh(m.relation_code, ""),
                m.joined_on,
                m.left_on,
                m.version,
            )
            for m, name in s.execute(q)
        )
        return HouseholdDTO(
            h.id,
            h.version,
            h.address_id,
            address.full_text if address else "",
            h.household_no,
            h.kind,
            members,
        )

    def _add_member(
        self, s: Session, actor: Actor, h: Household, person_id: int, relation: str, joined_on
    ) -> None:
        relation = codes.relation_code(relation)
        person = s.get(Person, person_id)
        if person is None:
            raise ValidationError("person_id", "not_found")
        if s.scalar(
            select(HouseholdMember.id).where(
                HouseholdMember.person_id == person_id, HouseholdMember.left_on.is_(None)
            )
        ):
            raise ValidationError("person_id", "already_in_household")
        if relation == HOUSEHOLDER and s.scalar(
            select(HouseholdMember.id).where(
                HouseholdMember.household_id == h.id,
                HouseholdMember.relation_code == HOUSEHOLDER,
                HouseholdMember.left_on.is_(None),
            )
        ):
            raise ValidationError("relation_code", "second_householder")
        s.add(
            HouseholdMember(
                household_id=h.id,
                person_id=person_id,
                relation_code=relation,
                joined_on=joined_on or self._today(),
                created_by=actor.id,
            )
        )
        if person.address_id is None:
            person.address_id = h.address_id
        s.flush()
        record(
            s,
            actor,
            "create",
            "household_member",
            h.id,
            f"{person.name}入户（{RELATION.zh(relation)}）",
            after={"person_id": person_id, "relation_code": relation},
        )

    def create_household(
        self,
        actor: Actor,
        address_id: int | None = None,
        *,
        address: tuple[int, str, str, str, str] | None = None,
        kind: str = "family",
        household_no: str | None = None,
        members: Sequence[tuple[int, str]] = (),
    ) -> HouseholdDTO:
        """A household at an address (``address_id``, or ``address`` = (grid id, building, unit, room, kind):
        found or registered in the same transaction), with its members and their relation to the householder."""
        require(actor, Perm.RESIDENTS_EDIT)
        if kind not in ("family", "collective"):
            raise ValidationError("kind", "bad_kind")
        with self._sessions.begin() as s:
            if address is not None:
                address_id = place(s, actor, *address)[0].id
            if address_id is None or s.get(Address, address_id) is None:
                raise ValidationError("address_id", "bad_address")
            h = Household(
                address_id=address_id, household_no=clean(household_no), kind=kind, created_by=actor.id
            )
            s.add(h)
            s.flush()
            record(
                s,
                actor,
                "create",
                "household",
                h.id,
                "登记户",
                after={"address_id": address_id, "kind": kind},
            )
            for person_id, relation in members:
                self._add_member(s, actor, h, person_id, relation, None)
            return self._household_dto(s, h)

    def add_member(
        self,
        actor: Actor,
        household_id: int,
        person_id: int,
        relation_code: str,
        joined_on: date | None = None,
    ) -> HouseholdDTO:
        require(actor, Perm.RESIDENTS_EDIT)
        with self._sessions.begin() as s:
            h = s.get(Household, household_id)
            if h is None:
                raise NotFound("household")
            self._add_member(s, actor, h, person_id, relation_code, joined_on)
            return self._household_dto(s, h)

    def end_member(self, actor: Actor, member_id: int, left_on: date, reason: str = "") -> HouseholdDTO:
        """离户: the member leaves the household on ``left_on`` (not before joining, not in the future); the
        membership stays with that date, and the reason goes to the audit log. The householder cannot leave
        while others remain (``householder_leaves``): the household would be left without one; another
        member becomes householder first (``change_householder``). Alone, the householder may leave."""
        require(actor, Perm.RESIDENTS_EDIT)
        reason = clean(reason)
        try:
            with self._sessions.begin() as s:
                m = s.get(HouseholdMember, member_id)
                if m is None:
                    raise NotFound("household_member")
                if m.left_on is not None:  # another PC took them off meanwhile
                    raise Conflict("household_member")
                if left_on > self._today():
                    raise ValidationError("left_on", "in_future")
                if m.joined_on and left_on < m.joined_on:
                    raise ValidationError("left_on", "before_joined")
                if m.relation_code == HOUSEHOLDER and s.scalar(
                    select(HouseholdMember.id)
                    .where(
                        HouseholdMember.household_id == m.household_id,
                        HouseholdMember.id != m.id,
                        HouseholdMember.left_on.is_(None),
                    )
                    .limit(1)
                ):
                    raise ValidationError("member_id", "householder_leaves")
                m.left_on = left_on
                s.flush()
                person = s.get(Person, m.person_id)
                record(
                    s,
                    actor,
                    "update",
                    "household_member",
                    m.household_id,
                    f"{person.name}离户" if person else "离户",
                    after={"person_id": m.person_id, "left_on": left_on},
                    reason=reason,
                )
                return self._household_dto(s, s.get(Household, m.household_id))
        except StaleDataError as exc:
            raise Conflict("household_member") from exc

    def change_householder(
        self,
        actor: Actor,
        household_id: int,
        member_versions: Mapping[int, int],
        new_householder_id: int,
        old_householder_relation: str | None,
        on: date,
        reason: str,
    ) -> HouseholdDTO:
        """户主变更: the current member ``new_householder_id`` (a household_member id) becomes 户主 ("02")
        and the present householder takes ``old_householder_relation`` (a GB/T 4761 code other than 02;
        unused when the household has no householder now). The others keep their relation codes; they
        were relative to the old householder, so ``update_member_relation`` corrects them one by one.

        ``member_versions`` is {member id: version} of every current member as the user saw them: a member
        who joined, left or changed meanwhile makes it a Conflict. One audit entry (entity "household",
        action "update") with the relations before -> after, the date and the reason; both people's
        timelines show it."""
        require(actor, Perm.RESIDENTS_EDIT)
        reason = clean(reason)
        try:
            with self._sessions.begin() as s:
                h = s.get(Household, household_id)
                if h is None:
                    raise NotFound("household")
                current = list(
                    s.scalars(
                        select(HouseholdMember).where(
                            HouseholdMember.household_id == household_id, HouseholdMember.left_on.is_(None)
                        )
                    )
                )
                new = s.get(HouseholdMember, new_householder_id)
                if new is None or new.household_id != household_id:
                    raise ValidationError("new_householder", "not_in_household")
                if new.left_on is not None:
                    raise ValidationError("new_householder", "member_left")
                if new.relation_code == HOUSEHOLDER:
                    raise ValidationError("new_householder", "already_householder")
                old = next((m for m in current if m.relation_code == HOUSEHOLDER), None)
                relation = None
                if old is not None:
                    if clean(old_householder_relation) is None:
                        raise ValidationError("old_relation", "required")
                    try:
                        relation = codes.relation_code(old_householder_relation)
                    except ValidationError:
                        raise ValidationError("old_relation", "unknown_relation") from None
                    if relation in (HOUSEHOLDER, "01"):  # 01 本人 is no relation to a householder
                        raise ValidationError("old_relation", "householder_relation")
                if on > self._today():
                    raise ValidationError("changed_on", "in_future")
                if new.joined_on and on < new.joined_on:
                    raise ValidationError("changed_on", "before_joined")
                if reason is None:
                    raise ValidationError("reason", "required")
                if {m.id: m.version for m in current} != {int(k): int(v) for k, v in member_versions.items()}:
                    raise Conflict("household_member")
                names = dict(
                    s.execute(
                        select(Person.id, Person.name).where(
                            Person.id.in_(sorted({new.person_id} | ({old.person_id} if old else set())))
                        )
                    ).all()
                )
                before = {str(new.person_id): new.relation_code}
                after = {str(new.person_id): HOUSEHOLDER}
                if old is not None:
                    before[str(old.person_id)] = old.relation_code
                    after[str(old.person_id)] = relation
                    old.relation_code = relation
                new.relation_code = HOUSEHOLDER
                s.flush()
                old_name = names.get(old.person_id, "") if old else ""
                record(
                    s,
                    actor,
                    "update",
                    "household",
                    h.id,
                    f"户主变更：{old_name or '（无）'}→{names.get(new.person_id, '')}",
                    before={
                        "householder_person_id": old.person_id if old else None,
                        "relations": before,
                    },
                    after={
                        "householder_person_id": new.person_id,
                        "previous_householder_person_id": old.person_id if old else None,
                        "relations": after,
                        "changed_on": on,
                    },
                    reason=reason,
                )
                return self._household_dto(s, h)
        except StaleDataError as exc:
            raise Conflict("household_member") from exc

    def update_member_relation(
        self, actor: Actor, member_id: int, version: int, relation_code: str
    ) -> HouseholdDTO:
        """Corrects a current member's relation to the householder (after 户主变更, say). Not to or from
        户主: that is ``change_householder``. Audited before -> after and on the person's timeline."""
        require(actor, Perm.RESIDENTS_EDIT)
        try:
            with self._sessions.begin() as s:
                m = unit_of_work.load(s, HouseholdMember, member_id, version)
                if m.left_on is not None:
                    raise ValidationError("member_id", "member_left")
                if m.relation_code == HOUSEHOLDER:
                    raise ValidationError("member_id", "is_householder")
                try:
                    relation = codes.relation_code(relation_code)
                except ValidationError:
                    raise ValidationError("relation_code", "unknown_relation") from None
                if relation in (HOUSEHOLDER, "01"):
                    raise ValidationError("relation_code", "householder_relation")
                h = s.get(Household, m.household_id)
                if relation == m.relation_code:
                    return self._household_dto(s, h)
                previous, m.relation_code = m.relation_code, relation
                s.flush()
                person = s.get(Person, m.person_id)
                record(
                    s,
                    actor,
                    "update",
                    "household_member",
                    m.household_id,
                    f"{person.name if person else ''}与户主关系："
                    f"{RELATION.zh(previous)}→{RELATION.zh(relation)}",
                    before={"person_id": m.person_id, "relation_code": previous},
                    after={"person_id": m.person_id, "relation_code": relation},
                )
                return self._household_dto(s, h)
        except StaleDataError as exc:
            raise Conflict("household_member") from exc

    def get_household(self, actor: Actor, household_id: int) -> HouseholdDTO:
        require(actor, Perm.RESIDENTS_READ)
        with self._sessions() as s:
            h = s.get(Household, household_id)
            if h is None:
                raise NotFound("household")
            return self._household_dto(s, h)

    def households_at(self, actor: Actor, address_id: int) -> list[HouseholdDTO]:
        require(actor, Perm.RESIDENTS_READ)
        with self._sessions() as s:
            return [
                self._household_dto(s, h)
                for h in s.scalars(
                    select(Household).where(Household.address_id == address_id).order_by(Household.id)
                )
            ]
