"""Roles, the permission table, and the masking every list and export uses."""

from __future__ import annotations

import re
from enum import StrEnum

from desktop.services.core.errors import PermissionDenied


class Role(StrEnum):
    RECEPTION = "reception"  # 前台接待
    MEDIATOR = "mediator"  # 调解员
    MONITOR = "monitor"  # 监控值班员
    POLICE = "police"  # 社区民警
    DIRECTOR = "director"  # 中心主任
    ADMIN = "admin"  # 系统管理员


ROLE_LABELS_ZH = {
    Role.RECEPTION: "前台接待",
    Role.MEDIATOR: "调解员",
    Role.MONITOR: "监控值班员",
    Role.POLICE: "社区民警",
    Role.DIRECTOR: "中心主任",
    Role.ADMIN: "系统管理员",
}


class Perm(StrEnum):
    VISITS_EDIT = "visits.edit"
    PETITIONS_EDIT = "petitions.edit"
    PETITIONS_ACCUSATION_READ = "petitions.accusation.read"  # 检举控告 content (art. 30)
    CASES_EDIT = "cases.edit"
    CASES_ASSIGN = "cases.assign"
    RESIDENTS_READ = "residents.read"
    RESIDENTS_EDIT = "residents.edit"
    KEY_GROUPS_READ = "key_groups.read"  # sensitive: community correction, drugs, psychiatric care
    KEY_GROUPS_EDIT = "key_groups.edit"
    REVEAL_ID = "reveal.id"  # unmasked ID numbers and phones, with a reason, audited
    CAMERAS_EDIT = "cameras.edit"
    MONITORING_DUTY = (
        "monitoring.duty"  # the live wall, tours, snapshots, duty log, handovers, carrying out access
    )
    FOOTAGE_REQUEST = "footage.request"  # registering a request to view or copy footage (调阅登记)
    FOOTAGE_APPROVE = "footage.approve"  # the director's approval (art. 16)
    VOLUNTEERS_READ = "volunteers.read"  # the roster, activities and shifts
    VOLUNTEERS_EDIT = "volunteers.edit"  # the roster, activities, sign-ups, the check-in desk, certificates
    VOLUNTEERS_APPROVE = (
        "volunteers.approve"  # service hours: approve, reject, correct, confirm a day-end close
    )
    STATS_READ = "stats.read"
    PRINT = "print"
    SIGNAGE_PRINT = "signage.print"  # the centre's signs and wall charts (printing/registry.py _SIGN_ROLES)
    EXPORT = "export"
    AUDIT_READ = "audit.read"
    USERS_ADMIN = "users.admin"
    SETTINGS_ADMIN = "settings.admin"
    BACKUPS_ADMIN = "backups.admin"  # back up now, verify a backup, restore one over the live database
    # the working rhythm (founding document §三 5, §四 6-7)
    GRID_REPORTS_EDIT = "grid_reports.edit"  # enter grid reports and route them (分家)
    POLICE_NOTES = "police_notes.receive"  # the notes grid reports leave for the police officer
    BULLETINS_ISSUE = "bulletins.issue"  # the police officer's weekly notice to the grids
    ROUNDS_EDIT = "rounds.edit"  # fill in and sign a 集中排查 round
    ROUNDS_OVERSEE = "rounds.oversee"  # mark sensitive periods; see which rounds are due, late or missing
    MEETINGS_EDIT = "meetings.edit"  # minutes, decisions, and everyone's task lists
    SAFETY_EDIT = "safety.edit"  # units of the area and their hazards
    TASKS_OWN = "tasks.own"  # one's own list of what meetings and rounds gave one to do


_ALL = frozenset(Perm)

PERMISSIONS: dict[Role, frozenset[Perm]] = {
    Role.RECEPTION: frozenset(
        {
            Perm.VISITS_EDIT,
            Perm.PETITIONS_EDIT,
            Perm.RESIDENTS_READ,
            Perm.RESIDENTS_EDIT,
            Perm.PRINT,
            Perm.SIGNAGE_PRINT,
            Perm.VOLUNTEERS_READ,
            Perm.VOLUNTEERS_EDIT,
            # the 综治社工 at reception receives the grid workers' reports, takes part in the rounds and
            # keeps the minutes and the public-safety register
            Perm.GRID_REPORTS_EDIT,
            Perm.ROUNDS_EDIT,
            Perm.MEETINGS_EDIT,
            Perm.SAFETY_EDIT,
            Perm.TASKS_OWN,
        }
    ),
    Role.MEDIATOR: frozenset(
        {Perm.CASES_EDIT, Perm.RESIDENTS_READ, Perm.PRINT, Perm.VISITS_EDIT, Perm.TASKS_OWN}
    ),
    Role.MONITOR: frozenset(
        {Perm.CAMERAS_EDIT, Perm.MONITORING_DUTY, Perm.FOOTAGE_REQUEST, Perm.PRINT, Perm.TASKS_OWN}
    ),
    Role.POLICE: frozenset(
        {
            Perm.RESIDENTS_READ,
            Perm.RESIDENTS_EDIT,
            Perm.KEY_GROUPS_READ,
            Perm.KEY_GROUPS_EDIT,
            Perm.REVEAL_ID,
            Perm.FOOTAGE_REQUEST,  # the officer asks for footage; the director approves it
            Perm.CASES_EDIT,
            Perm.VISITS_EDIT,
            Perm.PRINT,
            Perm.SIGNAGE_PRINT,
            Perm.EXPORT,
            Perm.STATS_READ,
            # the deputy director of the centre (社区民警) directs the rhythm with the director
            Perm.GRID_REPORTS_EDIT,
            Perm.POLICE_NOTES,
            Perm.BULLETINS_ISSUE,
            Perm.ROUNDS_EDIT,
            Perm.MEETINGS_EDIT,
            Perm.SAFETY_EDIT,
            Perm.TASKS_OWN,
            Perm.VOLUNTEERS_READ,
        }
    ),
    # The director sees everything of the centre's work but does not administer accounts or settings.
    Role.DIRECTOR: _ALL - {Perm.USERS_ADMIN, Perm.SETTINGS_ADMIN, Perm.BACKUPS_ADMIN},
    # The administrator runs the system; it is not a case worker and sees no sensitive content.
    Role.ADMIN: frozenset(
        {
            Perm.USERS_ADMIN,
            Perm.SETTINGS_ADMIN,
            Perm.BACKUPS_ADMIN,
            Perm.AUDIT_READ,
            Perm.PRINT,
            Perm.SIGNAGE_PRINT,
        }
    ),
}


def can(role: str | Role, perm: Perm) -> bool:
    try:
        return perm in PERMISSIONS[Role(role)]
    except ValueError:
        return False


def require(actor, *perms: Perm) -> None:
    """The one permission check of every service action: the actor's role must hold one of ``perms``."""
    if not any(can(actor.role, p) for p in perms):
        raise PermissionDenied(perms[0].value)


def mask_id_number(value: str | None) -> str:
    """3201**********123X: region prefix and last four kept (18 digits); shorter numbers keep 2 + 2."""
    if not value:
        return ""
    value = value.strip()
    if len(value) >= 15:
        return value[:4] + "*" * (len(value) - 8) + value[-4:]
    if len(value) <= 4:
        return "*" * len(value)
    return value[:2] + "*" * (len(value) - 4) + value[-2:]


_MOBILE = re.compile(r"^1[3-9]\d{9}$")


def mask_phone(value: str | None) -> str:
    """138****5678 for mobiles; a landline keeps its area code and last four digits."""
    if not value:
        return ""
    value = value.strip()
    if _MOBILE.match(value):
        return value[:3] + "****" + value[-4:]
    digits = value.replace("-", "")
    if len(digits) <= 4:
        return "*" * len(digits)
    head = value.split("-")[0] + "-" if "-" in value else value[:3]
    return head + "*" * max(len(digits) - len(head.rstrip("-")) - 4, 1) + value[-4:]
