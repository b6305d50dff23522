"""The audit log's rows: when, who, what, on which record, and the change."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.services.core.dto import AuditEntryDTO
from desktop.views.common.table_models import Column, RowTableModel, field


def _record(e: AuditEntryDTO) -> str:
    return f"{e.entity} #{e.entity_id}" if e.entity_id is not None else e.entity


def _change(e: AuditEntryDTO) -> str:
    return f"{e.before or ''} → {e.after or ''}" if (e.before or e.after) else ""


COLUMNS = (
    Column(
        QT_TRANSLATE_NOOP("AuditTableModel", "Time"),
        lambda e: e.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
    ),
    Column(QT_TRANSLATE_NOOP("AuditTableModel", "User"), field("username")),
    Column(QT_TRANSLATE_NOOP("AuditTableModel", "Action"), lambda e: action_label(e.action)),
    Column(QT_TRANSLATE_NOOP("AuditTableModel", "Record"), _record),
    Column(QT_TRANSLATE_NOOP("AuditTableModel", "Summary"), field("summary")),
    Column(QT_TRANSLATE_NOOP("AuditTableModel", "Before → after"), _change),
    Column(QT_TRANSLATE_NOOP("AuditTableModel", "Reason"), field("reason")),
)


class AuditTableModel(RowTableModel):
    COL_AT, COL_USER, COL_ACTION, COL_ENTITY, COL_SUMMARY, COL_CHANGE, COL_REASON = range(7)

    def __init__(self, parent=None):
        super().__init__(COLUMNS, "AuditTableModel", parent)


# every action the services write (services/*: record(...)), in the order the filter offers them
ACTION_LABELS = {
    "create": QT_TRANSLATE_NOOP("AuditTableModel", "Created"),
    "update": QT_TRANSLATE_NOOP("AuditTableModel", "Changed"),
    "void": QT_TRANSLATE_NOOP("AuditTableModel", "Voided"),
    "view": QT_TRANSLATE_NOOP("AuditTableModel", "Viewed sensitive data"),
    "reveal": QT_TRANSLATE_NOOP("AuditTableModel", "Revealed masked data"),
    "export": QT_TRANSLATE_NOOP("AuditTableModel", "Exported"),
    "print": QT_TRANSLATE_NOOP("AuditTableModel", "Printed"),
    "import": QT_TRANSLATE_NOOP("AuditTableModel", "Imported"),
    "login": QT_TRANSLATE_NOOP("AuditTableModel", "Signed in"),
    "login_failed": QT_TRANSLATE_NOOP("AuditTableModel", "Failed sign-in"),
    "lock": QT_TRANSLATE_NOOP("AuditTableModel", "Account locked"),
    "move_out": QT_TRANSLATE_NOOP("AuditTableModel", "Moved out"),
    "check_out": QT_TRANSLATE_NOOP("AuditTableModel", "Checked out"),
    "auto_close": QT_TRANSLATE_NOOP("AuditTableModel", "Closed at the end of the day"),
    "handoff": QT_TRANSLATE_NOOP("AuditTableModel", "Handed over"),
    "outcome": QT_TRANSLATE_NOOP("AuditTableModel", "Outcome recorded"),
    "extend": QT_TRANSLATE_NOOP("AuditTableModel", "Deadline extended"),
    "attach": QT_TRANSLATE_NOOP("AuditTableModel", "Attachment added"),
    "consent": QT_TRANSLATE_NOOP("AuditTableModel", "Consent recorded"),
    "assign": QT_TRANSLATE_NOOP("AuditTableModel", "Assigned"),
    "transfer": QT_TRANSLATE_NOOP("AuditTableModel", "Transferred"),
    "sign": QT_TRANSLATE_NOOP("AuditTableModel", "Signed for"),
    "return": QT_TRANSLATE_NOOP("AuditTableModel", "Returned"),
    "remove_party": QT_TRANSLATE_NOOP("AuditTableModel", "Party removed"),
    "police_flag": QT_TRANSLATE_NOOP("AuditTableModel", "Police alert"),
    "police_ack": QT_TRANSLATE_NOOP("AuditTableModel", "Police alert acknowledged"),
    "agreement": QT_TRANSLATE_NOOP("AuditTableModel", "Agreement recorded"),
    "confirmation": QT_TRANSLATE_NOOP("AuditTableModel", "Judicial confirmation applied for"),
    "close": QT_TRANSLATE_NOOP("AuditTableModel", "Closed"),
    "dossier": QT_TRANSLATE_NOOP("AuditTableModel", "Dossier filed"),
    "backup": QT_TRANSLATE_NOOP("AuditTableModel", "Backed up"),
    "restore": QT_TRANSLATE_NOOP("AuditTableModel", "Restored from a backup"),
    "submit": QT_TRANSLATE_NOOP(
        "AuditTableModel", "Submitted"
    ),  # a 集中排查 round signed, a weekly notice issued
    "snapshot": QT_TRANSLATE_NOOP("AuditTableModel", "Camera snapshot kept"),
    "footage": QT_TRANSLATE_NOOP("AuditTableModel", "Footage access registered"),  # a line of the 调阅登记簿
    "db_move": QT_TRANSLATE_NOOP("AuditTableModel", "Database moved to a server"),
    "check_in": QT_TRANSLATE_NOOP("AuditTableModel", "Checked in"),
    "cancel": QT_TRANSLATE_NOOP("AuditTableModel", "Cancelled"),
    "approve": QT_TRANSLATE_NOOP("AuditTableModel", "Approved"),
    "reject": QT_TRANSLATE_NOOP("AuditTableModel", "Rejected"),
}
ACTIONS = tuple(ACTION_LABELS)


def action_label(action: str) -> str:
    return QCoreApplication.translate("AuditTableModel", ACTION_LABELS.get(action, action))
