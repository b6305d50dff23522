"""The mediation room's settings (numbering, periods) and the lists its forms offer."""

from __future__ import annotations

from dataclasses import asdict, fields, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    CodeItem,
    Community,
    Grid,
    StaffUser,
)
from desktop.services.core.audit_service import changes, record
from desktop.services.core.dto import Actor, Choice, StaffChoice
from desktop.services.core.errors import ValidationError
from desktop.services.core.permissions import Perm, can, require
from desktop.services.mediation.dto import (
    CaseRow,
    GridOption,
    MediationOptions,
    MediationSettings,
    QueueCounts,
    QueueFilter,
)
from desktop.services.mediation.records import (
    MEDIATOR_ROLES,
    SETTINGS_LIST,
    check_number_format,
    check_number_length,
    default_abbr,
)


class SettingsMixin:
    @staticmethod
    def _settings_in(s: Session) -> MediationSettings:
        kinds = {f.name: f.type for f in fields(MediationSettings)}
        stored = {}
        for code, label in s.execute(
            select(CodeItem.code, CodeItem.label).where(
                CodeItem.list_name == SETTINGS_LIST, CodeItem.active.is_(True)
            )
        ):
            if code in kinds:
                stored[code] = int(label) if kinds[code] in ("int", int) else label
        settings = replace(MediationSettings(), **stored)
        if not settings.committee_abbr:
            name = s.scalar(select(Community.name).order_by(Community.id).limit(1)) or ""
            settings = replace(settings, committee_abbr=default_abbr(name))
        return settings

    def settings(self, actor: Actor) -> MediationSettings:
        if not can(actor.role, Perm.SETTINGS_ADMIN):  # who may change them may read them
            self._require_read(actor)
        with self._sessions() as s:
            return self._settings_in(s)

    def update_settings(self, actor: Actor, **values) -> MediationSettings:
        """The director (or the administrator) configures numbering and periods; audited."""
        require(actor, Perm.CASES_ASSIGN, Perm.SETTINGS_ADMIN)
        kinds = {f.name: f.type for f in fields(MediationSettings)}
        for name, value in values.items():
            if name not in kinds:
                raise ValidationError(name, "unknown_setting")
            if kinds[name] in ("int", int):
                if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 365:
                    raise ValidationError(name, "bad_days")
            elif name.endswith("_format"):
                check_number_format(name, str(value), "华")
            elif len(str(value)) > 100:
                raise ValidationError(name, "too_long", limit=100)
        with self._sessions.begin() as s:
            before = asdict(self._settings_in(s))
            rows = {r.code: r for r in s.scalars(select(CodeItem).where(CodeItem.list_name == SETTINGS_LIST))}
            for name, value in values.items():
                row = rows.get(name)
                if row is None:
                    s.add(CodeItem(list_name=SETTINGS_LIST, code=name, label=str(value), sort=0, active=True))
                else:
                    row.label, row.active = str(value), True
            s.flush()
            after = self._settings_in(s)
            # the numbers as they will be made, with the committee's short name in them (blank: the community's)
            for name in ("case_no_format", "agreement_no_format"):
                if name in values:
                    check_number_format(name, getattr(after, name), after.committee_abbr)
                elif "committee_abbr" in values:
                    check_number_length("committee_abbr", getattr(after, name), after.committee_abbr)
            b, a = changes(before, asdict(after))
            if a:
                record(s, actor, "update", SETTINGS_LIST, None, "修改人民调解设置", before=b, after=a)
            return after

    def options(self, actor: Actor) -> MediationOptions:
        """Dispute types, outside bodies, grids, mediators and settings: what every form of the room offers."""
        require(actor, Perm.CASES_EDIT, Perm.CASES_ASSIGN, Perm.VISITS_EDIT)
        with self._sessions() as s:
            return self._options(s)

    def open_room(
        self, actor: Actor, filt: QueueFilter, limit: int = 100
    ) -> tuple[MediationOptions, int, list[CaseRow], QueueCounts]:
        """What the room's page needs to paint, in one read: the lists, and the queue's first page, size and
        badges."""
        self._require_read(actor)
        with self._sessions() as s:
            options = self._options(s)
            return (options, *self._queue_first(s, actor, filt, options.settings, limit))

    def _options(self, s: Session) -> MediationOptions:
        lists: dict[str, list[Choice]] = {"dispute_type": [], "outside_body": []}
        for list_name, code, label in s.execute(
            select(CodeItem.list_name, CodeItem.code, CodeItem.label)
            .where(CodeItem.list_name.in_(list(lists)), CodeItem.active.is_(True))
            .order_by(CodeItem.sort, CodeItem.id)
        ):
            lists[list_name].append(Choice(code, label))
        grids = tuple(GridOption(i, n) for i, n in s.execute(select(Grid.id, Grid.name).order_by(Grid.code)))
        staff = tuple(
            StaffChoice(*row)
            for row in s.execute(
                select(StaffUser.id, StaffUser.full_name, StaffUser.role)
                .where(StaffUser.active.is_(True), StaffUser.role.in_(MEDIATOR_ROLES))
                .order_by(StaffUser.role.desc(), StaffUser.id)
            )
        )
        return MediationOptions(
            tuple(lists["dispute_type"]), tuple(lists["outside_body"]), grids, staff, self._settings_in(s)
        )
