"""The configurable lists the administrator keeps: key groups (重点人群) and the code lists (visit purposes,
dispute types, outside bodies, follow-up ways). Defaults come from reference_data (DOMAIN.md sections 2, 3, 5).

Rules:
- SETTINGS_ADMIN edits; the key groups may also be listed with KEY_GROUPS_READ / KEY_GROUPS_EDIT.
- Nothing is deleted: an entry is deactivated. A deactivated key group keeps its current members (their
  memberships and follow-ups go on); new memberships cannot choose it (ResidentService.add_membership).
- A group's risk level cannot be switched off while current members have one: their follow-up schedule
  depends on it.
- Only the label lists of reference_data.CODE_LISTS are edited here; "mediation_setting" holds settings
  (code = setting name, label = value), not labels, and is refused.
- Each write is one transaction with its audit entry (before -> after).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import CodeItem, KeyGroup, KeyGroupMembership
from desktop.services.core import unit_of_work
from desktop.services.core.audit_service import changes, record
from desktop.services.core.clock import today as local_today
from desktop.services.core.dto import Actor
from desktop.services.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from desktop.services.core.permissions import Perm, can, require
from desktop.services.core.reference_data import CODE_LISTS, SORT_STEP

T = TypeVar("T")

MAX_GROUP_NAME = 64  # key_group.name
MAX_LABEL = 100  # code_item.label
FOLLOW_UP_DAYS_MIN, FOLLOW_UP_DAYS_MAX = 1, 366
CUSTOM_PREFIX = "custom_"  # codes of entries the administrator adds: custom_1, custom_2, ...
# in the order of reference_data; the follow-up ways are fixed values of the follow-up record (入户, 电话,
# 约谈, 其他: resident_service.FOLLOW_UP_WAYS), not a label list the centre may extend
EDITABLE_LISTS: tuple[str, ...] = tuple(n for n in CODE_LISTS if n != "followup_way")
_CODE_TRIES = 3  # two PCs adding at the same moment may pick the same new code: try again

# for the audit summaries (Chinese, like every summary); the screen translates its own titles
_LIST_TITLES_ZH = {
    "visit_purpose": "来访事由",
    "dispute_type": "纠纷类型",
    "outside_body": "外部单位",
    "grid_report_kind": "网格上报类别",
    "volunteer_team": "志愿者队伍",
    "volunteer_skill": "志愿者技能",
}


# -- DTOs --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class KeyGroupRow:
    """A key group as the administrator sees it, with how many people are in it now."""

    id: int
    version: int
    code: str
    name: str
    has_risk_level: bool
    follow_up_days: int
    active: bool
    current_members: int  # memberships not ended (or ending today or later) and not voided


@dataclass(frozen=True)
class CodeListInfo:
    name: str  # list_name, e.g. "visit_purpose"; the view shows a translated title
    entries: int
    active_entries: int


@dataclass(frozen=True)
class CodeItemDTO:
    id: int
    list_name: str
    code: str
    label: str
    sort: int
    active: bool


# -- validation --------------------------------------------------------------------------------------------


def _text(value: Any, field: str, limit: int) -> str:
    text = " ".join(str(value or "").split())  # no leading, trailing or doubled spaces
    if not text:
        raise ValidationError(field, "required")
    if len(text) > limit:
        raise ValidationError(field, "too_long", limit=limit)
    return text


def _days(value: Any) -> int:
    days = None
    if isinstance(value, int) and not isinstance(value, bool):
        days = value
    elif isinstance(value, str) and value.strip().isdigit():
        days = int(value.strip())
    if days is None or not FOLLOW_UP_DAYS_MIN <= days <= FOLLOW_UP_DAYS_MAX:
        raise ValidationError(
            "follow_up_days", "bad_follow_up_days", low=FOLLOW_UP_DAYS_MIN, high=FOLLOW_UP_DAYS_MAX
        )
    return days


def _sort(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValidationError("sort", "bad_sort")
    return value


def _key(text: str) -> str:
    """What makes two names the same: case and spacing do not count."""
    return "".join(text.split()).casefold()


def _next_code(existing: Iterable[str]) -> str:
    n = 0
    for code in existing:
        tail = code[len(CUSTOM_PREFIX) :] if code.startswith(CUSTOM_PREFIX) else ""
        if tail.isdigit():
            n = max(n, int(tail))
    return f"{CUSTOM_PREFIX}{n + 1}"


def _group_values(g: KeyGroup) -> dict:
    return {
        "name": g.name,
        "has_risk_level": g.has_risk_level,
        "follow_up_days": g.follow_up_days,
        "active": g.active,
    }


def _item_values(c: CodeItem) -> dict:
    return {"label": c.label, "sort": c.sort, "active": c.active}


def _item_dto(c: CodeItem) -> CodeItemDTO:
    return CodeItemDTO(c.id, c.list_name, c.code, c.label, c.sort, c.active)


# -- the service -------------------------------------------------------------------------------------------


class ListsService:
    def __init__(self, sessions: sessionmaker[Session], clock: Callable[[], date] = local_today):
        self._sessions = sessions
        self._today = clock

    # -- permissions -----------------------------------------------------------------------------------

    def _write_new(self, fn: Callable[[Session], T], entity: str) -> T:
        """A write that inserts a row with a generated code: if another PC took the same code meanwhile,
        the unique constraint refuses it and the next try picks the next code."""
        for attempt in range(_CODE_TRIES):
            try:
                return unit_of_work.write(self._sessions, fn, entity)
            except IntegrityError as exc:
                if attempt == _CODE_TRIES - 1:
                    raise Conflict(entity) from exc
        raise AssertionError("unreachable")

    # -- key groups ------------------------------------------------------------------------------------
    def _current(self):
        """Memberships that count now: not voided, not ended (an end date still ahead counts)."""
        m = KeyGroupMembership
        return (m.voided_at.is_(None), or_(m.end_on.is_(None), m.end_on >= self._today()))

    def _member_counts(self, s: Session, group_ids: list[int] | None = None) -> dict[int, int]:
        m = KeyGroupMembership
        q = select(m.key_group_id, func.count()).where(*self._current()).group_by(m.key_group_id)
        if group_ids is not None:
            q = q.where(m.key_group_id.in_(group_ids))
        return {gid: n for gid, n in s.execute(q)}

    def _group_row(self, s: Session, g: KeyGroup) -> KeyGroupRow:
        count = self._member_counts(s, [g.id]).get(g.id, 0)
        return KeyGroupRow(
            g.id, g.version, g.code, g.name, g.has_risk_level, g.follow_up_days, g.active, count
        )

    @staticmethod
    def _check_group_name(s: Session, name: str, exclude_id: int | None) -> None:
        key = _key(name)
        for gid, other in s.execute(select(KeyGroup.id, KeyGroup.name)):
            if gid != exclude_id and _key(other) == key:
                raise ValidationError("name", "duplicate")

    def list_key_groups(self, actor: Actor, include_inactive: bool = True) -> list[KeyGroupRow]:
        if not any(
            can(actor.role, p) for p in (Perm.SETTINGS_ADMIN, Perm.KEY_GROUPS_READ, Perm.KEY_GROUPS_EDIT)
        ):
            raise PermissionDenied(Perm.SETTINGS_ADMIN.value)
        q = select(KeyGroup).order_by(KeyGroup.id)
        if not include_inactive:
            q = q.where(KeyGroup.active.is_(True))
        with self._sessions() as s:
            counts = self._member_counts(s)
            return [
                KeyGroupRow(
                    g.id,
                    g.version,
                    g.code,
                    g.name,
                    g.has_risk_level,
                    g.follow_up_days,
                    g.active,
                    counts.get(g.id, 0),
                )
                for g in s.scalars(q)
            ]

    def create_key_group(
        self, actor: Actor, name: str, has_risk_level: bool, follow_up_days: int
    ) -> KeyGroupRow:
        """A new key group, active, with a generated code (custom_N)."""
        require(actor, Perm.SETTINGS_ADMIN)
        name = _text(name, "name", MAX_GROUP_NAME)
        days = _days(follow_up_days)
        risk = bool(has_risk_level)

        def work(s: Session) -> KeyGroupRow:
            self._check_group_name(s, name, None)
            code = _next_code(s.scalars(select(KeyGroup.code)))
            g = KeyGroup(
                code=code,
                name=name,
                has_risk_level=risk,
                follow_up_days=days,
                active=True,
                created_by=actor.id,
            )
            s.add(g)
            s.flush()
            record(
                s,
                actor,
                "create",
                "key_group",
                g.id,
                f"新增重点人群类别{name}",
                after={"code": code, **_group_values(g)},
            )
            return self._group_row(s, g)

        return self._write_new(work, "key_group")

    def update_key_group(
        self,
        actor: Actor,
        group_id: int,
        version: int,
        name: str,
        has_risk_level: bool,
        follow_up_days: int,
        active: bool,
    ) -> KeyGroupRow:
        """Rename, change the risk level or interval, (de)activate. A deactivated group keeps its current
        members (``current_members`` of the result says how many); switching the risk level off is
        refused while current members have one. The new interval applies from each member's next
        follow-up on; dates already set stay."""
        require(actor, Perm.SETTINGS_ADMIN)
        name = _text(name, "name", MAX_GROUP_NAME)
        days = _days(follow_up_days)
        risk, active = bool(has_risk_level), bool(active)

        def work(s: Session) -> KeyGroupRow:
            g = unit_of_work.load(s, KeyGroup, group_id, version)
            self._check_group_name(s, name, g.id)
            if g.has_risk_level and not risk:
                m = KeyGroupMembership
                with_level = s.scalar(
                    select(func.count())
                    .select_from(m)
                    .where(m.key_group_id == g.id, m.risk_level.is_not(None), *self._current())
                )
                if with_level:
                    raise ValidationError("has_risk_level", "risk_levels_in_use", count=with_level)
            before = _group_values(g)
            g.name, g.has_risk_level, g.follow_up_days, g.active = name, risk, days, active
            b, a = changes(before, _group_values(g))
            if not a:
                return self._group_row(s, g)
            s.flush()
            row = self._group_row(s, g)
            summary = f"修改重点人群类别{before['name']}"
            if before["active"] and not active:
                summary = f"停用重点人群类别{name}（现有成员{row.current_members}人保留）"
            elif active and not before["active"]:
                summary = f"启用重点人群类别{name}"
            record(s, actor, "update", "key_group", g.id, summary, before=b, after=a)
            return row

        return unit_of_work.write(self._sessions, work, "key_group")

    # -- code lists ------------------------------------------------------------------------------------
    @staticmethod
    def _editable(list_name: str) -> str:
        if list_name not in EDITABLE_LISTS:
            raise ValidationError("list_name", "not_editable", list_name=list_name)
        return list_name

    @staticmethod
    def _items(s: Session, list_name: str) -> list[CodeItem]:
        return list(
            s.scalars(
                select(CodeItem).where(CodeItem.list_name == list_name).order_by(CodeItem.sort, CodeItem.id)
            )
        )

    @staticmethod
    def _check_label(items: Iterable[CodeItem], label: str, exclude_id: int | None) -> None:
        key = _key(label)
        if any(c.id != exclude_id and _key(c.label) == key for c in items):
            raise ValidationError("label", "duplicate")

    def _item(self, s: Session, item_id: int) -> CodeItem:
        c = s.get(CodeItem, item_id)
        if c is None:
            raise NotFound("code_item")
        self._editable(c.list_name)
        return c

    def list_code_lists(self, actor: Actor) -> list[CodeListInfo]:
        """The label lists that can be edited here, in a fixed order, with their sizes."""
        require(actor, Perm.SETTINGS_ADMIN)
        with self._sessions() as s:
            counts = {
                (name, active): n
                for name, active, n in s.execute(
                    select(CodeItem.list_name, CodeItem.active, func.count())
                    .where(CodeItem.list_name.in_(EDITABLE_LISTS))
                    .group_by(CodeItem.list_name, CodeItem.active)
                )
            }
        return [
            CodeListInfo(
                name, counts.get((name, True), 0) + counts.get((name, False), 0), counts.get((name, True), 0)
            )
            for name in EDITABLE_LISTS
        ]

    def list_codes(self, actor: Actor, list_name: str) -> list[CodeItemDTO]:
        """All entries of a list, inactive ones too, in display order."""
        require(actor, Perm.SETTINGS_ADMIN)
        self._editable(list_name)
        with self._sessions() as s:
            return [_item_dto(c) for c in self._items(s, list_name)]

    def create_code(self, actor: Actor, list_name: str, label: str) -> CodeItemDTO:
        """A new entry at the end of the list, active, with a generated code (custom_N)."""
        require(actor, Perm.SETTINGS_ADMIN)
        self._editable(list_name)
        label = _text(label, "label", MAX_LABEL)

        def work(s: Session) -> CodeItemDTO:
            items = self._items(s, list_name)
            self._check_label(items, label, None)
            c = CodeItem(
                list_name=list_name,
                code=_next_code(i.code for i in items),
                label=label,
                sort=max((i.sort for i in items), default=0) + SORT_STEP,
                active=True,
            )
            s.add(c)
            s.flush()
            record(
                s,
                actor,
                "create",
                "code_item",
                c.id,
                f"代码表{_LIST_TITLES_ZH.get(list_name, list_name)}新增“{label}”",
                after={"list_name": list_name, "code": c.code, **_item_values(c)},
            )
            return _item_dto(c)

        return self._write_new(work, "code_item")

    def update_code(
        self,
        actor: Actor,
        item_id: int,
        label: str | None = None,
        sort: int | None = None,
        active: bool | None = None,
    ) -> CodeItemDTO:
        """Rename, move (``sort``: smaller first) or (de)activate an entry; what is None stays as stored (the
        code_item table has no version column, so a screen sends only what the user changed). Records that
        use the entry keep it; a deactivated entry is no longer offered in the forms. The last active entry
        of a list stays active."""
        require(actor, Perm.SETTINGS_ADMIN)
        label = None if label is None else _text(label, "label", MAX_LABEL)
        sort = None if sort is None else _sort(sort)

        def work(s: Session) -> CodeItemDTO:
            c = self._item(s, item_id)
            items = self._items(s, c.list_name)
            new_label = c.label if label is None else label
            new_sort = c.sort if sort is None else sort
            new_active = c.active if active is None else bool(active)
            self._check_label(items, new_label, c.id)
            if c.active and not new_active and not any(i.active for i in items if i.id != c.id):
                raise ValidationError("active", "last_active")
            before = _item_values(c)
            c.label, c.sort, c.active = new_label, new_sort, new_active
            b, a = changes(before, _item_values(c))
            if a:
                s.flush()
                title = _LIST_TITLES_ZH.get(c.list_name, c.list_name)
                verb = {True: "启用", False: "停用"}[new_active] if "active" in a else "修改"
                record(
                    s,
                    actor,
                    "update",
                    "code_item",
                    c.id,
                    f"代码表{title}{verb}“{before['label']}”",
                    before=b,
                    after=a,
                )
            return _item_dto(c)

        return unit_of_work.write(self._sessions, work, "code_item")

    def move_code(self, actor: Actor, item_id: int, step: int) -> list[CodeItemDTO]:
        """Move an entry one place up (``step`` -1) or down (+1) in one transaction; the list is renumbered
        10, 20, 30, ... Returns the whole list in its new order (unchanged at either end)."""
        require(actor, Perm.SETTINGS_ADMIN)
        if step not in (-1, 1):
            raise ValidationError("sort", "bad_sort")

        def work(s: Session) -> list[CodeItemDTO]:
            c = self._item(s, item_id)
            items = self._items(s, c.list_name)
            i = next(k for k, it in enumerate(items) if it.id == c.id)
            j = i + step
            if not 0 <= j < len(items):
                return [_item_dto(it) for it in items]
            order_before = [it.code for it in items]
            items[i], items[j] = items[j], items[i]
            for k, it in enumerate(items, start=1):
                it.sort = k * SORT_STEP
            s.flush()
            record(
                s,
                actor,
                "update",
                "code_item",
                c.id,
                f"代码表{_LIST_TITLES_ZH.get(c.list_name, c.list_name)}调整顺序：“{c.label}”"
                + ("上移" if step < 0 else "下移"),
                before={"order": order_before},
                after={"order": [it.code for it in items]},
            )
            return [_item_dto(it) for it in items]

        return unit_of_work.write(self._sessions, work, "code_item")
