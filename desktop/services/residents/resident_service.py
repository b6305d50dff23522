"""实有人口: people and their addresses; search; duplicates; bulk registration; the person timeline; privacy.
(Households: household_service.py; key groups and follow-ups: key_group_service.py.)

Each public method is one unit of work and returns frozen DTOs (resident_dto.py). Rules:
- RESIDENTS_READ to read, RESIDENTS_EDIT to register or change; every change audited before -> after,
  with ID numbers and phones masked in the audit too (the audit reader is not entitled to them).
- Lists and details mask ID numbers and phones; ``reveal`` (REVEAL_ID, with a reason) is the only way to
  the full values, and writes the reason to the audit log (action "reveal").
- A person's key-group memberships show only to those who may see them (key_group_service), audited.
- Nothing is deleted: moving out sets a date.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, fields, replace
from datetime import date
from typing import Any

from sqlalchemy import Connection, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from desktop.changes import Kind, bulk_written
from desktop.models import (
    Address,
    Community,
    Grid,
    Household,
    HouseholdMember,
    Person,
)
from desktop.models.base import utcnow
from desktop.services.core import codes, unit_of_work
from desktop.services.core import timeline as person_timeline
from desktop.services.core.audit_service import changes, record
from desktop.services.core.clock import today as local_today
from desktop.services.core.dto import Actor, TimelineEntry
from desktop.services.core.errors import Conflict, NotFound, ValidationError
from desktop.services.core.id_numbers import check_id, normalize, parse_citizen_id
from desktop.services.core.permissions import Perm, can, mask_id_number, mask_phone, require
from desktop.services.core.validators import check_phone, clean, parse_date
from desktop.services.core.vocabulary import ID_TYPE, RELATION
from desktop.services.residents import schedule as resident_schedule
from desktop.services.residents import search as resident_search
from desktop.services.residents.address_service import address_text
from desktop.services.residents.dto import (
    BulkResult,
    DuplicateHint,
    HouseholdLink,
    LikelyDuplicate,
    PeopleFilter,
    PersonDTO,
    PersonInput,
    PersonRow,
    Revealed,
)
from desktop.services.residents.key_group_service import (
    audit_memberships_seen,
    membership_dtos,
    visible_memberships,
)

Progress = Callable[[int, str], None]

BULK_INDEX_THRESHOLD = 50_000  # a bulk this large drops and rebuilds the secondary indexes around it
_BATCH = 5000

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
            memberships=membership_dtos(s, visible_memberships(s, actor, p.id)),
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
            audit_memberships_seen(s, actor, p.id, [m.id for m in dto.memberships or ()])
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
            visible = visible_memberships(s, actor, person_id)
            entries = person_timeline.collect(s, actor, person_id, visible)
            audit_memberships_seen(s, actor, person_id, visible)
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
                p = self._create(s, actor, inp, allow_likely_duplicate)
                return self._person_dto(s, actor, p)
        except IntegrityError as exc:  # another PC registered the same number a moment ago
            raise ValidationError("id_number", "id_taken") from exc

    def register_in(
        self, s: Session, actor: Actor, inp: PersonInput, *, allow_likely_duplicate: bool = False
    ) -> int:
        """Register a person inside another room's unit of work ``s`` (a volunteer entered on the spot is put on
        the register in the same transaction as the volunteer record): the register's rules and audit as in
        ``create_person``; returns the new person's id. The caller's transaction commits or rolls back both."""
        require(actor, Perm.RESIDENTS_EDIT)
        try:
            return self._create(s, actor, inp, allow_likely_duplicate).id
        except IntegrityError as exc:  # the caller's transaction is lost with it: the whole unit is refused
            raise ValidationError("id_number", "id_taken") from exc

    def _create(self, s: Session, actor: Actor, inp: PersonInput, allow_likely_duplicate: bool) -> Person:
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
        return p

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
                    "full_text": address_text(prefix, b, u, r),
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
