"""Item model of the audit log page."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from desktop.services.core.dto import AuditEntryDTO

IdRole = Qt.ItemDataRole.UserRole + 1


class AuditTableModel(QAbstractTableModel):
    COL_AT, COL_USER, COL_ACTION, COL_ENTITY, COL_SUMMARY, COL_CHANGE, COL_REASON = range(7)
    _HEADERS = (
        QT_TRANSLATE_NOOP("AuditTableModel", "Time"),
        QT_TRANSLATE_NOOP("AuditTableModel", "User"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Action"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Record"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Summary"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Before → after"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Reason"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[AuditEntryDTO] = []

    def set_rows(self, rows: list[AuditEntryDTO]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AuditTableModel", self._HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        e = self._rows[index.row()]
        if role == IdRole:
            return e.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
        if col == self.COL_AT:
            return e.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        if col == self.COL_USER:
            return e.username
        if col == self.COL_ACTION:
            return action_label(e.action)
        if col == self.COL_ENTITY:
            return f"{e.entity} #{e.entity_id}" if e.entity_id is not None else e.entity
        if col == self.COL_SUMMARY:
            return e.summary
        if col == self.COL_CHANGE:
            return f"{e.before or ''} → {e.after or ''}" if (e.before or e.after) else ""
        return e.reason or ""


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
    "db_move": QT_TRANSLATE_NOOP("AuditTableModel", "Database moved to a server"),
}
ACTIONS = tuple(ACTION_LABELS)


def action_label(action: str) -> str:
    return QCoreApplication.translate("AuditTableModel", ACTION_LABELS.get(action, action))
