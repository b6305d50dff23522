"""实有人口: addresses, households, people, key groups and their follow-ups; search; privacy.

Each public method is one unit of work and returns frozen DTOs (resident_dto.py). Rules:
- RESIDENTS_READ to read, RESIDENTS_EDIT to register or change; every change audited before -> after,
  with ID numbers and phones masked in the audit too (the audit reader is not entitled to them).
- Lists and details mask ID numbers and phones; ``reveal`` (REVEAL_ID, with a reason) is the only way to
  the full values, and writes the reason to the audit log (action "reveal").
- Key-group membership is sensitive (PIPL art. 28): visible with KEY_GROUPS_READ (社区民警, 中心主任) or
  to the responsible worker for their own members; nobody else learns that it exists.
- Every read that shows key-group data writes a "view" entry to the audit log (PIPL art. 28; logs of access,
  网络安全法 art. 21): a person's memberships, a membership's follow-ups, the due follow-ups list. Once per
  user and content within VIEW_AUDIT_WINDOW, so a page re-reading after each change does not flood the log.
- Nothing is deleted: moving out sets a date, memberships end, follow-ups are voided with a reason.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, fields, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from desktop.changes import Kind, bulk_written
from desktop.models import (
    Address,
    AuditEntry,
    Community,
    FollowUp,
    Grid,
    Household,
    HouseholdMember,
    KeyGroup,
    KeyGroupMembership,
    Person,
    StaffUser,
)
from desktop.models.base import utcnow
from desktop.services.core import codes, unit_of_work
from desktop.services.core import timeline as person_timeline
from desktop.services.core.audit_service import changes, record, to_json
from desktop.services.core.clock import today as local_today
from desktop.services.core.dto import Actor, StaffChoice, TimelineEntry
from desktop.services.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from desktop.services.core.id_numbers import check_id, normalize, parse_citizen_id
from desktop.services.core.permissions import Perm, can, mask_id_number, mask_phone, require
from desktop.services.core.validators import check_phone, clean, parse_date
from desktop.services.core.vocabulary import ID_TYPE, RELATION
from desktop.services.residents import schedule as resident_schedule
from desktop.services.residents import search as resident_search
from desktop.services.residents.dto import (
    AddressDTO,
    BulkResult,
    DueFollowUp,
    DuplicateHint,
    FollowUpDTO,
    GridDTO,
    HouseholdDTO,
    HouseholdLink,
    HouseholdMemberDTO,
    KeyGroupDTO,
    LikelyDuplicate,
    MembershipDTO,
    PeopleFilter,
    PersonDTO,
    PersonInput,
    PersonRow,
    Revealed,
)

Progress = Callable[[int, str], None]

FOLLOW_UP_WAYS = ("home_visit", "phone", "interview", "other")
BULK_INDEX_THRESHOLD = 50_000  # a bulk this large drops and rebuilds the secondary indexes around it
_BATCH = 5000
HOUSEHOLDER = "02"  # GB/T 4761-2008: 户主 (01 is 本人)
VIEW_AUDIT_WINDOW = timedelta(minutes=5)  # the same user seeing the same key-group data again: no new entry

_PERSON_FIELDS = [f.name for f in fields(PersonInput)]


# -- validation (also what the Excel import calls for each row) ------------------------------------------


def _id_type(value: Any) -> str:
    raw = clean(value)
    if raw is None:
        return "resident_id"
    if raw in ID_TYPE:
        return raw
    code = ID_TYPE.code_of(raw)
    if code is not None:
        return code
    aliases = {
        "其他": "other",
        "身份证": "resident_id",
        "回乡证": "hk_macao_permit",
        "台胞证": "taiwan_permit",
        "永居证": "foreigner_pr",
    }
    if raw in aliases:
        return aliases[raw]
    raise ValidationError("id_type", "id_bad_type")


def validate_person(data: Mapping[str, Any], *, today: date | None = None) -> PersonInput:
    """One row (form or spreadsheet) -> a PersonInput, or ValidationError(field, code) on the first fault.

    Keys are PersonInput's field names; values may be text as typed (codes or Chinese labels for sex,
    ethnic group, resident type and ID type; dates in the usual spellings). For a 居民身份证 the birth date
    and sex come from the number; given ones must agree with it.
    """
    today = today or local_today()
    unknown = set(data) - set(_PERSON_FIELDS)
    if unknown:
        raise ValueError(f"unknown person fields: {sorted(unknown)}")
    name = clean(data.get("name"))
    if name is None:
        raise ValidationError("name", "required")
    if len(name) > 100:
        raise ValidationError("name", "too_long")
    id_type = _id_type(data.get("id_type"))
    raw_number = clean(data.get("id_number"))
    if raw_number is None:
        raise ValidationError("id_number", "required")
    id_number = check_id(id_type, raw_number)
    birth = parse_date(data.get("birth_date"), "birth_date")
    sex = None
    if clean(data.get("sex")) is not None:
        try:
            sex = codes.sex_code(data["sex"])
        except ValidationError:
            raise ValidationError("sex", "unknown_sex") from None
    if id_type == "resident_id":
        cid = parse_citizen_id(id_number)
        if birth is not None and birth != cid.birth_date:
            raise ValidationError("birth_date", "birth_date_mismatch")
        if sex is not None and sex in ("1", "2") and sex != cid.sex:
            raise ValidationError("sex", "sex_mismatch")
        birth, sex = cid.birth_date, cid.sex
    if birth is not None and birth > today:
        raise ValidationError("birth_date", "in_future")
    ethnic = None
    if clean(data.get("ethnic_code")) is not None:
        try:
            ethnic = codes.ethnic_code(data["ethnic_code"])
        except ValidationError:
            raise ValidationError("ethnic_code", "unknown_ethnic") from None
    resident_type = "registered"
    if clean(data.get("resident_type")) is not None:
        resident_type = codes.resident_type_code(data["resident_type"])
    phone = check_phone(data.get("phone"), "phone")
    phone2 = check_phone(data.get("phone2"), "phone2")
    moved_in = parse_date(data.get("moved_in_on"), "moved_in_on")
    moved_out = parse_date(data.get("moved_out_on"), "moved_out_on")
    if moved_in and moved_out and moved_out < moved_in:
        raise ValidationError("moved_out_on", "before_moved_in")
    issued = parse_date(data.get("permit_issued_on"), "permit_issued_on")
    due = parse_date(data.get("permit_endorse_due"), "permit_endorse_due")
    if issued and due is None:
        due = resident_schedule.add_months(issued, 12)  # 居住证: endorsed every year
    if issued and due and due < issued:
        raise ValidationError("permit_endorse_due", "before_issue")
    address_id = data.get("address_id")
    if address_id not in (None, ""):
        try:
            address_id = int(address_id)
        except (TypeError, ValueError):
            raise ValidationError("address_id", "bad_address") from None
    else:
        address_id = None
    permit_no = clean(data.get("permit_no"))
    return PersonInput(
        name=name,
        id_type=id_type,
        id_number=id_number,
        sex=sex,
        ethnic_code=ethnic,
        birth_date=birth,
        phone=phone,
        phone2=phone2,
        resident_type=resident_type,
        address_id=address_id,
        employer=clean(data.get("employer")),
        hukou_address=clean(data.get("hukou_address")),
        permit_no=normalize(permit_no) if permit_no else None,
        permit_issued_on=issued,
        permit_endorse_due=due,
        moved_in_on=moved_in,
        moved_out_on=moved_out,
        notes=clean(data.get("notes")),
    )


def _masked(values: dict) -> dict:
    """Audit copies never hold a full ID number or phone."""
    out = dict(values)
    for k in ("id_number",):
        if out.get(k):
            out[k] = mask_id_number(out[k])
    for k in ("phone", "phone2"):
        if out.get(k):
            out[k] = mask_phone(out[k])
    return out


def _person_values(p: Person) -> dict:
    return {k: getattr(p, k) for k in _PERSON_FIELDS}


# -- the service -------------------------------------------------------------------------------------------


class ResidentService:
    def __init__(self, sessions: sessionmaker[Session], clock: Callable[[], date] = local_today):
        self._sessions = sessions
        self._engine = sessions.kw["bind"]
        self._today = clock

    # static helpers the import uses without a service instance too
    validate_person = staticmethod(validate_person)

    # -- permissions ------------------------------------------------------------------------------------

    @staticmethod
    def _visible(s: Session, actor: Actor, person_id: int) -> frozenset[int] | None:
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

    @staticmethod
    def _may_see_membership(actor: Actor, m: KeyGroupMembership) -> bool:
        return can(actor.role, Perm.KEY_GROUPS_READ) or (actor.id is not None and m.worker_id == actor.id)

    @staticmethod
    def _may_follow_up(actor: Actor, m: KeyGroupMembership) -> bool:
        return can(actor.role, Perm.KEY_GROUPS_EDIT) or (actor.id is not None and m.worker_id == actor.id)

    @staticmethod
    def _audit_view(
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

    def _audit_memberships_seen(self, s: Session, actor: Actor, person_id: int, ids) -> None:
        if ids:
            self._audit_view(
                s, actor, "person", person_id, "查看重点人群信息", {"membership_ids": sorted(ids)}
            )

    # -- reading people ---------------------------------------------------------------------------------
    @staticmethod
    def _row_columns():
        p, a = Person.__table__, Address.__table__
        cols = (
            p.c.id,
            p.c.name,
            p.c.sex,
            p.c.birth_date,
            p.c.id_type,
            p.c.id_number,
            p.c.phone,
            p.c.resident_type,
            a.c.full_text,
            p.c.moved_out_on,
        )
        return cols, p.outerjoin(a, a.c.id == p.c.address_id)

    @staticmethod
    def _row(r, match: str = "") -> PersonRow:
        born, gone = r[3], r[9]
        if isinstance(born, str):  # the search's plain SQL on SQLite gives ISO text
            born = date.fromisoformat(born)
        if isinstance(gone, str):
            gone = date.fromisoformat(gone)
        return PersonRow(
            r[0],
            r[1],
            r[2],
            born,
            r[4],
            mask_id_number(r[5]),
            mask_phone(r[6]),
            r[7],
            r[8] or "",
            gone,
            match,
        )

    def search(self, actor: Actor, query: str, limit: int = 50) -> list[PersonRow]:
        """The one search box: name (2+ characters) or its start, pinyin initials, ID number or its last
        4-6 digits, phone or its last 4 digits, address. Exact names first, current residents before
        those who moved out; masked. Runs as the user types: a plain connection, prepared SQL."""
        require(actor, Perm.RESIDENTS_READ)
        lookups = resident_search.plan(query)
        if not lookups:
            return []
        found: dict[int, PersonRow] = {}
        with resident_search.driver_connection(self._engine) as conn:
            for lk in lookups:
                if len(found) >= limit:
                    break
                for r in resident_search.lookup_rows(conn, lk, limit):
                    if r[0] not in found:
                        found[r[0]] = self._row(r, lk.kind)
        rows = list(found.values())[:limit]
        text = " ".join((query or "").split())
        rows.sort(key=lambda r: (r.moved_out_on is not None, r.name != text))  # stable: lookup order within
        return rows

    @staticmethod
    def _filter(filt: PeopleFilter):
        p = Person.__table__
        conds = []
        if not filt.include_moved_out:
            conds.append(p.c.moved_out_on.is_(None))
        if filt.resident_type:
            conds.append(p.c.resident_type == filt.resident_type)
        return conds

    def count_people(self, actor: Actor, filt: PeopleFilter = PeopleFilter()) -> int:
        require(actor, Perm.RESIDENTS_READ)
        p = Person.__table__
        with self._sessions() as s:
            if not filt.include_moved_out and not filt.resident_type:
                # all minus moved out: both counted from indexes, never from the table
                total = s.execute(select(func.count()).select_from(p)).scalar_one()
                gone = s.execute(
                    select(func.count()).select_from(p).where(p.c.moved_out_on.is_not(None))
                ).scalar_one()
                return total - gone
            return s.execute(select(func.count()).select_from(p).where(*self._filter(filt))).scalar_one()

    def people_window(
        self,
        actor: Actor,
        filt: PeopleFilter = PeopleFilter(),
        *,
        after_id: int | None = None,
        before_id: int | None = None,
        offset: int = 0,
        limit: int = 100,
    ) -> list[PersonRow]:
        """A window of the people list in id order (keyset): the rows after ``after_id`` (skipping
        ``offset``), or the rows before ``before_id`` (counting back ``offset``), or from either end
        (``before_id=-1``: from the last row back)."""
        require(actor, Perm.RESIDENTS_READ)
        p = Person.__table__
        cols, joined = self._row_columns()
        q = select(*cols).select_from(joined).where(*self._filter(filt))
        backwards = before_id is not None
        if backwards:
            if before_id >= 0:
                q = q.where(p.c.id < before_id)
            q = q.order_by(p.c.id.desc())
        else:
            if after_id is not None:
                q = q.where(p.c.id > after_id)
            q = q.order_by(p.c.id)
        q = q.offset(offset).limit(limit)
        with self._sessions() as s:
            rows = [self._row(r) for r in s.execute(q)]
        if backwards:
            rows.reverse()
        return rows

    def _links(self, s: Session, person_id: int) -> tuple[HouseholdLink, ...]:
        q = (
            select(HouseholdMember, Household, Address.full_text)
            .join(Household, Household.id == HouseholdMember.household_id)
            .join(Address, Address.id == Household.address_id)
            .where(HouseholdMember.person_id == person_id)
            .order_by(HouseholdMember.joined_on.desc(), HouseholdMember.id.desc())
        )
        return tuple(
            HouseholdLink(
                h.id,
                m.id,
                h.household_no,
                text,
                m.relation_code,
                RELATION.zh(m.relation_code),
                m.joined_on,
                m.left_on,
            )
            for m, h, text in s.execute(q)
        )

    def _membership_dtos(self, s: Session, ids: frozenset[int] | None) -> tuple[MembershipDTO, ...] | None:
        if ids is None:
            return None
        if not ids:
            return ()
        q = self._membership_query().where(KeyGroupMembership.id.in_(sorted(ids)))
        return tuple(
            self._membership_dto(*r) for r in s.execute(q.order_by(KeyGroupMembership.start_on.desc()))
        )

    def _person_dto(self, s: Session, actor: Actor, p: Person) -> PersonDTO:
        address = s.get(Address, p.address_id) if p.address_id else None
        return PersonDTO(
            id=p.id,
            version=p.version,
            name=p.name,
            id_type=p.id_type,
            id_number=mask_id_number(p.id_number),
            sex=p.sex,
            ethnic_code=p.ethnic_code,
            birth_date=p.birth_date,
            phone=mask_phone(p.phone),
            phone2=mask_phone(p.phone2),
            resident_type=p.resident_type,
            address_id=p.address_id,
            address=address.full_text if address else "",
            employer=p.employer,
            hukou_address=p.hukou_address,
            permit_no=p.permit_no,
            permit_issued_on=p.permit_issued_on,
            permit_endorse_due=p.permit_endorse_due,
            moved_in_on=p.moved_in_on,
            moved_out_on=p.moved_out_on,
            notes=p.notes,
            households=self._links(s, p.id),
            memberships=self._membership_dtos(s, self._visible(s, actor, p.id)),
            can_reveal=can(actor.role, Perm.REVEAL_ID),
        )

    def get_person(self, actor: Actor, person_id: int) -> PersonDTO:
        """The record as the user may see it; key-group memberships shown are audited ("view")."""
        require(actor, Perm.RESIDENTS_READ)
        with self._sessions.begin() as s:
            p = s.get(Person, person_id)
            if p is None:
                raise NotFound("person")
            dto = self._person_dto(s, actor, p)
            self._audit_memberships_seen(s, actor, p.id, [m.id for m in dto.memberships or ()])
            return dto

    def reveal(self, actor: Actor, person_id: int, reason: str) -> Revealed:
        """The full ID number and phones, for a stated reason that goes to the audit log."""
        require(actor, Perm.REVEAL_ID)
        reason = (reason or "").strip()
        if not reason:
            raise ValidationError("reason", "required")
        with self._sessions.begin() as s:
            p = s.get(Person, person_id)
            if p is None:
                raise NotFound("person")
            record(s, actor, "reveal", "person", p.id, f"查看{p.name}的完整证件号码和电话", reason=reason)
            return Revealed(p.id, p.id_number, p.phone, p.phone2)

    def timeline(self, actor: Actor, person_id: int) -> list[TimelineEntry]:
        """Every visit, petition, dispute, follow-up, volunteer service and change of the record, newest
        first. Follow-ups and key groups only as far as the actor may see them."""
        require(actor, Perm.RESIDENTS_READ)
        with self._sessions.begin() as s:
            if s.get(Person, person_id) is None:
                raise NotFound("person")
            visible = self._visible(s, actor, person_id)
            entries = person_timeline.collect(s, actor, person_id, visible)
            self._audit_memberships_seen(s, actor, person_id, visible)
            return entries

    # -- duplicates -------------------------------------------------------------------------------------
    def _duplicates(self, s: Session, inp: PersonInput, exclude_id: int | None) -> list[DuplicateHint]:
        hints: list[DuplicateHint] = []
        seen: set[tuple[int, str]] = set()

        def add(rows, reason):
            for p, text in rows:
                if p.id == exclude_id or (p.id, reason) in seen:
                    continue
                seen.add((p.id, reason))
                hints.append(
                    DuplicateHint(p.id, p.name, p.birth_date, mask_id_number(p.id_number), text or "", reason)
                )

        base = select(Person, Address.full_text).outerjoin(Address, Address.id == Person.address_id)
        if inp.birth_date is not None:
            add(
                s.execute(base.where(Person.name == inp.name, Person.birth_date == inp.birth_date).limit(10)),
                "same_name_birth",
            )
        for phone in {inp.phone, inp.phone2} - {None}:
            digits = resident_search.phone_digits(phone)
            add(s.execute(base.where(Person.phone_rev == digits[::-1]).limit(10)), "same_phone")
        return hints

    def find_duplicates(
        self, actor: Actor, inp: PersonInput, exclude_id: int | None = None
    ) -> list[DuplicateHint]:
        """Who on the register this may be: same ID number, same name + birth date, same phone."""
        require(actor, Perm.RESIDENTS_READ)
        with self._sessions() as s:
            hints = []
            same = s.execute(
                select(Person, Address.full_text)
                .outerjoin(Address, Address.id == Person.address_id)
                .where(Person.id_type == inp.id_type, Person.id_number == inp.id_number)
            ).first()
            if same is not None and same[0].id != exclude_id:
                p = same[0]
                hints.append(
                    DuplicateHint(
                        p.id, p.name, p.birth_date, mask_id_number(p.id_number), same[1] or "", "same_id"
                    )
                )
            return hints + self._duplicates(s, inp, exclude_id)

    def _check_unique(self, s: Session, inp: PersonInput, exclude_id: int | None) -> None:
        other = s.scalar(
            select(Person.id).where(Person.id_type == inp.id_type, Person.id_number == inp.id_number)
        )
        if other is not None and other != exclude_id:
            raise ValidationError("id_number", "id_taken", person_id=other)

    def _check_address(self, s: Session, address_id: int | None) -> None:
        if address_id is not None and s.get(Address, address_id) is None:
            raise ValidationError("address_id", "bad_address")

    # -- writing people ---------------------------------------------------------------------------------
    def create_person(
        self, actor: Actor, inp: PersonInput, *, allow_likely_duplicate: bool = False
    ) -> PersonDTO:
        """Register a person. The same ID number twice is refused (``id_taken``); a likely duplicate
        (same name + birth date, same phone) raises LikelyDuplicate unless ``allow_likely_duplicate``."""
        require(actor, Perm.RESIDENTS_EDIT)
        try:
            with self._sessions.begin() as s:
                self._check_unique(s, inp, None)
                self._check_address(s, inp.address_id)
                if not allow_likely_duplicate:
                    hints = self._duplicates(s, inp, None)
                    if hints:
                        raise LikelyDuplicate(field="name", hints=hints)
                values = asdict(inp)
                p = Person(**values, **resident_search.person_keys(inp.name, inp.id_number, inp.phone))
                p.created_by = actor.id
                s.add(p)
                s.flush()
                resident_search.replace_person_grams(s.connection(), p.id, None, p.name)
                record(s, actor, "create", "person", p.id, f"登记人员{p.name}", after=_masked(values))
                return self._person_dto(s, actor, p)
        except IntegrityError as exc:  # another PC registered the same number a moment ago
            raise ValidationError("id_number", "id_taken") from exc

    def update_person(
        self,
        actor: Actor,
        person_id: int,
        version: int,
        inp: PersonInput,
        *,
        allow_likely_duplicate: bool = False,
    ) -> PersonDTO:
        require(actor, Perm.RESIDENTS_EDIT)
        try:
            with self._sessions.begin() as s:
                p = unit_of_work.load(s, Person, person_id, version)
                self._check_unique(s, inp, person_id)
                self._check_address(s, inp.address_id)
                before = _person_values(p)
                after = asdict(inp)
                if not allow_likely_duplicate and (
                    (inp.name, inp.birth_date) != (p.name, p.birth_date)
                    or {inp.phone, inp.phone2} - {p.phone, p.phone2}
                ):
                    hints = self._duplicates(s, inp, person_id)
                    if hints:
                        raise LikelyDuplicate(field="name", hints=hints)
                old_name = p.name
                for k, v in after.items():
                    setattr(p, k, v)
                for k, v in resident_search.person_keys(inp.name, inp.id_number, inp.phone).items():
                    setattr(p, k, v)
                s.flush()
                if old_name != inp.name:
                    resident_search.replace_person_grams(s.connection(), p.id, old_name, inp.name)
                b, a = changes(_masked(before), _masked(after))
                if a:
                    record(s, actor, "update", "person", p.id, f"修改人员{p.name}", before=b, after=a)
                return self._person_dto(s, actor, p)
        except StaleDataError as exc:
            raise Conflict("person") from exc
        except IntegrityError as exc:
            raise ValidationError("id_number", "id_taken") from exc

    def edit_person(
        self,
        actor: Actor,
        person_id: int,
        version: int,
        data: Mapping[str, Any],
        *,
        allow_likely_duplicate: bool = False,
    ) -> PersonDTO:
        """Update from a form whose ID number and phones were shown masked: a blank one keeps the stored
        value (the full values never travel to the screen for an edit)."""
        require(actor, Perm.RESIDENTS_EDIT)
        with self._sessions() as s:
            p = s.get(Person, person_id)
            if p is None:
                raise NotFound("person")
            stored = {"id_type": p.id_type, "id_number": p.id_number, "phone": p.phone, "phone2": p.phone2}
        merged = dict(data)
        for k in ("phone", "phone2"):
            if not clean(merged.get(k)):
                merged[k] = stored[k]
        if not clean(merged.get("id_number")) and (clean(merged.get("id_type")) or "resident_id") in (
            stored["id_type"],
            ID_TYPE.zh(stored["id_type"]),
        ):
            merged["id_number"] = stored["id_number"]
        inp = validate_person(merged, today=self._today())
        return self.update_person(
            actor, person_id, version, inp, allow_likely_duplicate=allow_likely_duplicate
        )

    def move_out(self, actor: Actor, person_id: int, version: int, on: date, reason: str = "") -> PersonDTO:
        """迁出: the person stays on the register with the date; their household memberships end."""
        require(actor, Perm.RESIDENTS_EDIT)
        try:
            with self._sessions.begin() as s:
                p = unit_of_work.load(s, Person, person_id, version)
                if p.moved_in_on and on < p.moved_in_on:
                    raise ValidationError("moved_out_on", "before_moved_in")
                before = {"moved_out_on": p.moved_out_on}
                p.moved_out_on = on
                for m in s.scalars(
                    select(HouseholdMember).where(
                        HouseholdMember.person_id == person_id, HouseholdMember.left_on.is_(None)
                    )
                ):
                    m.left_on = on
                s.flush()
                record(
                    s,
                    actor,
                    "move_out",
                    "person",
                    p.id,
                    f"{p.name}迁出",
                    before=before,
                    after={"moved_out_on": on},
                    reason=reason or None,
                )
                return self._person_dto(s, actor, p)
        except StaleDataError as exc:
            raise Conflict("person") from exc

    def bulk_insert(
        self,
        actor: Actor,
        people: Sequence[PersonInput],
        *,
        progress: Progress | None = None,
        rebuild_indexes: bool | None = None,
        summary: str = "批量导入人员",
        addresses: Sequence[tuple[str, str, str, str] | None] | None = None,
    ) -> BulkResult:
        """Insert many validated people in one transaction with Core (an import). All or nothing.

        ``addresses`` (one per person, or None) are (grid code or name, building, unit, room) as a roster
        writes them: found, or registered in the same transaction. A blank grid means the only grid.

        Refuses the whole batch (ValidationError('id_number', 'id_taken', row=i)) if a number is already
        registered or appears twice in the batch. Large batches drop the secondary indexes first and
        rebuild them after (``rebuild_indexes`` forces either way). One audit entry for the batch.
        """
        require(actor, Perm.RESIDENTS_EDIT)
        report = progress or (lambda _p, _m: None)
        started = time.perf_counter()
        keys: dict[tuple[str, str], int] = {}
        for i, inp in enumerate(people):
            k = (inp.id_type, inp.id_number or "")
            if k in keys:
                raise ValidationError("id_number", "id_twice_in_batch", row=i, first_row=keys[k])
            keys[k] = i
        rebuild = len(people) >= BULK_INDEX_THRESHOLD if rebuild_indexes is None else rebuild_indexes
        p = Person.__table__
        with self._sessions.begin() as s:
            conn = s.connection()
            by_type: dict[str, list[str]] = {}
            for id_type, number in keys:
                by_type.setdefault(id_type, []).append(number)
            for id_type, numbers in by_type.items():
                for j in range(0, len(numbers), 900):
                    hit = conn.execute(
                        select(p.c.id_number).where(
                            p.c.id_type == id_type, p.c.id_number.in_(numbers[j : j + 900])
                        )
                    ).first()
                    if hit is not None:
                        raise ValidationError(
                            "id_number",
                            "id_taken",
                            row=keys[(id_type, hit[0])],
                            number=mask_id_number(hit[0]),
                        )
            if addresses is not None:
                people = self._place(s, actor, people, addresses)
            wanted = {inp.address_id for inp in people if inp.address_id is not None}
            if wanted:
                have = set()
                ids = sorted(wanted)
                for j in range(0, len(ids), 900):
                    have.update(
                        conn.execute(select(Address.id).where(Address.id.in_(ids[j : j + 900]))).scalars()
                    )
                missing = wanted - have
                if missing:
                    raise ValidationError("address_id", "bad_address", address_id=min(missing))
            report(5, "准备写入")
            if rebuild:
                resident_search.drop_search_indexes(conn)
            now = utcnow()
            meta = {"created_at": now, "updated_at": now, "created_by": actor.id, "version": 1}
            done = 0
            for j in range(0, len(people), _BATCH):
                batch = people[j : j + _BATCH]
                rows = [
                    {**asdict(inp), **resident_search.person_keys(inp.name, inp.id_number, inp.phone), **meta}
                    for inp in batch
                ]
                ids = _insert_ids(conn, p, rows)
                resident_search.write_person_grams(conn, zip(ids, (inp.name for inp in batch), strict=True))
                done += len(batch)
                report(5 + int(85 * done / max(1, len(people))), f"已写入 {done}/{len(people)}")
            if rebuild:
                report(92, "重建索引")
                resident_search.create_search_indexes(conn)
            record(
                s,
                actor,
                "import",
                "person",
                None,
                f"{summary}：{len(people)} 人",
                after={"count": len(people)},
            )
        bulk_written(Kind.PERSON)  # Core inserts: the ORM saw none of these rows
        report(100, "完成")
        return BulkResult(len(people), time.perf_counter() - started)

    def _place(
        self,
        s: Session,
        actor: Actor,
        people: Sequence[PersonInput],
        addresses: Sequence[tuple[str, str, str, str] | None],
    ) -> list[PersonInput]:
        """People with ``address_id`` set from roster addresses; the new addresses are registered in the same
        transaction, in bulk (a roster of 100,000 people brings tens of thousands of rooms)."""
        grids = list(s.scalars(select(Grid)))
        by_key = {g.code: g for g in grids} | {g.name: g for g in grids}
        wanted: list[tuple[int, str, str, str] | None] = []
        for i, where in enumerate(addresses):
            if where is None:
                wanted.append(None)
                continue
            grid_key, building, unit, room = (" ".join((x or "").split()) for x in where)
            grid = by_key.get(grid_key) if grid_key else (grids[0] if len(grids) == 1 else None)
            if grid is None:
                raise ValidationError("grid", "unknown_grid", row=i, grid=grid_key)
            wanted.append((grid.id, building, unit, room))
        a = Address.__table__
        conn = s.connection()
        grid_ids = sorted({w[0] for w in wanted if w is not None})
        known = (
            {
                (r.grid_id, r.building, r.unit, r.room): r.id
                for r in conn.execute(
                    select(a.c.id, a.c.grid_id, a.c.building, a.c.unit, a.c.room).where(
                        a.c.grid_id.in_(grid_ids)
                    )
                )
            }
            if grid_ids
            else {}
        )
        new_keys = list(dict.fromkeys(w for w in wanted if w is not None and w not in known))
        if new_keys:
            c = s.scalar(select(Community).limit(1))
            prefix = f"{c.city}{c.district}" if c else ""
            now = utcnow()
            rows = [
                {
                    "grid_id": g,
                    "building": b,
                    "unit": u,
                    "room": r,
                    "kind": "residence",
                    "full_text": _address_text(prefix, b, u, r),
                    "created_at": now,
                    "updated_at": now,
                    "created_by": actor.id,
                    "version": 1,
                }
                for g, b, u, r in new_keys
            ]
            ids = []
            for j in range(0, len(rows), _BATCH):
                ids += _insert_ids(conn, a, rows[j : j + _BATCH])
            known.update(zip(new_keys, ids, strict=True))
            resident_search.write_address_grams(
                conn, ((i, k[1], k[2], k[3]) for i, k in zip(ids, new_keys, strict=True))
            )
            record(
                s,
                actor,
                "create",
                "address",
                None,
                f"导入时登记地址 {len(new_keys)} 处",
                after={"count": len(new_keys)},
            )
        return [
            inp if w is None else replace(inp, address_id=known[w])
            for inp, w in zip(people, wanted, strict=True)
        ]

    def registered_numbers(self, keys: Sequence[tuple[str, str]]) -> set[tuple[str, str]]:
        """Which of these (id_type, id_number) are in the register already (an import's duplicate check)."""
        p = Person.__table__
        found: set[tuple[str, str]] = set()
        by_type: dict[str, list[str]] = {}
        for id_type, number in keys:
            by_type.setdefault(id_type, []).append(number)
        with self._sessions() as s:
            conn = s.connection()
            for id_type, numbers in by_type.items():
                for j in range(0, len(numbers), 900):
                    rows = conn.execute(
                        select(p.c.id_number).where(
                            p.c.id_type == id_type, p.c.id_number.in_(numbers[j : j + 900])
                        )
                    )
                    found.update((id_type, n) for (n,) in rows)
        return found

    # -- addresses --------------------------------------------------------------------------------------
    def list_grids(self, actor: Actor) -> list[GridDTO]:
        require(actor, Perm.RESIDENTS_READ)
        with self._sessions() as s:
            return [GridDTO(g.id, g.code, g.name) for g in s.scalars(select(Grid).order_by(Grid.code))]

    def create_grid(self, actor: Actor, code: str, name: str, worker_id: int | None = None) -> GridDTO:
        """A grid (网格) of the community; addresses hang under grids."""
        require(actor, Perm.RESIDENTS_EDIT)
        code, name = (code or "").strip(), (name or "").strip()
        if not code:
            raise ValidationError("code", "required")
        if not name:
            raise ValidationError("name", "required")
        with self._sessions.begin() as s:
            if s.scalar(select(Grid.id).where(Grid.code == code)):
                raise ValidationError("code", "duplicate")
            c = s.scalar(select(Community).limit(1))
            if c is None:
                raise NotFound("community")
            g = Grid(community_id=c.id, code=code, name=name, worker_id=worker_id, created_by=actor.id)
            s.add(g)
            s.flush()
            record(s, actor, "create", "grid", g.id, f"新建网格{name}", after={"code": code, "name": name})
            return GridDTO(g.id, g.code, g.name)

    @staticmethod
    def _address_dto(a: Address, grid: Grid | None) -> AddressDTO:
        return AddressDTO(
            a.id, a.grid_id, grid.name if grid else "", a.building, a.unit, a.room, a.kind, a.full_text
        )

    def find_addresses(self, actor: Actor, text: str, limit: int = 20) -> list[AddressDTO]:
        """Addresses whose building/unit/room hold what was typed ('侨鸿3幢302'), for the address picker."""
        require(actor, Perm.RESIDENTS_READ)
        with self._sessions() as s:
            ids = resident_search.address_ids(s.connection(), text, limit)
            if not ids:
                return []
            rows = s.execute(
                select(Address, Grid).outerjoin(Grid, Grid.id == Address.grid_id).where(Address.id.in_(ids))
            ).all()
            order = {aid: i for i, aid in enumerate(ids)}
            return sorted((self._address_dto(a, g) for a, g in rows), key=lambda d: order[d.id])

    def create_address(
        self,
        actor: Actor,
        grid_id: int,
        building: str,
        unit: str = "",
        room: str = "",
        kind: str = "residence",
    ) -> AddressDTO:
        """An address under a grid (以房管人); returns the existing one if it is already registered."""
        require(actor, Perm.RESIDENTS_EDIT)
        building, unit, room = (" ".join((x or "").split()) for x in (building, unit, room))
        if not building:
            raise ValidationError("building", "required")
        if kind not in ("residence", "rental", "shop", "other"):
            raise ValidationError("kind", "bad_kind")
        with self._sessions.begin() as s:
            grid = s.get(Grid, grid_id)
            if grid is None:
                raise ValidationError("grid_id", "required")
            same = s.scalar(
                select(Address).where(
                    Address.grid_id == grid_id,
                    Address.building == building,
                    Address.unit == unit,
                    Address.room == room,
                )
            )
            if same is not None:
                return self._address_dto(same, grid)
            return self._address_dto(self._new_address(s, actor, grid, building, unit, room, kind), grid)

    @staticmethod
    def _new_address(
        s: Session, actor: Actor, grid: Grid, building: str, unit: str, room: str, kind: str = "residence"
    ) -> Address:
        c = s.scalar(select(Community).limit(1))
        prefix = f"{c.city}{c.district}" if c else ""
        a = Address(
            grid_id=grid.id,
            building=building,
            unit=unit,
            room=room,
            kind=kind,
            full_text=_address_text(prefix, building, unit, room),
            created_by=actor.id,
        )
        s.add(a)
        s.flush()
        resident_search.write_address_grams(s.connection(), [(a.id, building, unit, room)])
        record(
            s, actor, "create", "address", a.id, f"登记地址{a.full_text}", after={"full_text": a.full_text}
        )
        return a

    # -- households -------------------------------------------------------------------------------------
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
        address_id: int,
        *,
        kind: str = "family",
        household_no: str | None = None,
        members: Sequence[tuple[int, str]] = (),
    ) -> HouseholdDTO:
        """A household at an address, with its members and their relation to the householder (GB/T 4761)."""
        require(actor, Perm.RESIDENTS_EDIT)
        if kind not in ("family", "collective"):
            raise ValidationError("kind", "bad_kind")
        with self._sessions.begin() as s:
            if s.get(Address, address_id) is None:
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

    # -- key groups -------------------------------------------------------------------------------------
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

    @staticmethod
    def _membership_query():
        return (
            select(KeyGroupMembership, KeyGroup, Person.name, StaffUser.full_name)
            .join(KeyGroup, KeyGroup.id == KeyGroupMembership.key_group_id)
            .join(Person, Person.id == KeyGroupMembership.person_id)
            .outerjoin(StaffUser, StaffUser.id == KeyGroupMembership.worker_id)
        )

    @staticmethod
    def _membership_dto(
        m: KeyGroupMembership, g: KeyGroup, person_name: str, worker: str | None
    ) -> MembershipDTO:
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

    def _load_membership(self, s: Session, membership_id: int) -> MembershipDTO:
        row = s.execute(self._membership_query().where(KeyGroupMembership.id == membership_id)).one()
        return self._membership_dto(*row)

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
            found = self._membership_dtos(s, self._visible(s, actor, person_id))
            self._audit_memberships_seen(s, actor, person_id, [m.id for m in found or ()])
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
            m = s.get(KeyGroupMembership, membership_id)
            if m is None or m.voided_at is not None:
                raise NotFound("key_group_membership")
            if not self._may_follow_up(actor, m):
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
            return FollowUpDTO(
                f.id,
                m.id,
                done_on,
                way,
                f.content,
                f.findings,
                risk_level,
                condition_stable,
                due,
                actor.full_name,
            )

    def follow_ups(self, actor: Actor, membership_id: int) -> list[FollowUpDTO]:
        """A membership's follow-ups, newest first; seeing them is audited ("view")."""
        with self._sessions.begin() as s:
            m = s.get(KeyGroupMembership, membership_id)
            if m is None:
                raise NotFound("key_group_membership")
            if not self._may_see_membership(actor, m):
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
            self._audit_view(
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
                self._audit_view(
                    s,
                    actor,
                    "key_group_membership",
                    None,
                    f"查看随访到期名单：{len(due)} 人",
                    {"count": len(due), "membership_ids": [d.membership_id for d in due]},
                )
            return due


def _address_text(prefix: str, building: str, unit: str, room: str) -> str:
    room_text = f"{room}室" if room and room[-1].isdigit() else room
    return f"{prefix}{building}{unit}{room_text}"


def _insert_ids(conn: Connection, table, rows: list[dict]) -> list[int]:
    """Insert rows and return their ids in order (RETURNING on PostgreSQL; contiguous rowids on SQLite,
    where our write transaction holds the lock, checked)."""
    if conn.dialect.name == "sqlite":
        before = conn.scalar(select(func.max(table.c.id))) or 0
        conn.execute(insert(table), rows)
        after = conn.scalar(select(func.max(table.c.id))) or 0
        if after - before != len(rows):
            raise RuntimeError(f"{table.name}: ids not contiguous ({before} -> {after}, {len(rows)} rows)")
        return list(range(before + 1, after + 1))
    stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return list(conn.execute(stmt, rows).scalars())
