"""Item model of the petition list: a queue of a few hundred rows at most, set at once."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.services.reception.petition_dto import PetitionRow
from desktop.views.reception.labels import CATEGORIES, CHANNELS, STATUSES, STEPS, day_text, tr_label

IdRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2

_RED, _ORANGE, _GREY = QColor("#b00020"), QColor("#b35c00"), QColor("#777777")


class PetitionTableModel(QAbstractTableModel):
    (
        COL_NO,
        COL_RECEIVED,
        COL_CHANNEL,
        COL_CATEGORY,
        COL_PETITIONER,
        COL_STATUS,
        COL_NEXT,
        COL_DUE,
        COL_HANDLER,
    ) = range(9)
    _HEADERS = (
        QT_TRANSLATE_NOOP("PetitionTableModel", "Number"),
        QT_TRANSLATE_NOOP("PetitionTableModel", "Received"),
        QT_TRANSLATE_NOOP("PetitionTableModel", "Channel"),
        QT_TRANSLATE_NOOP("PetitionTableModel", "Category"),
        QT_TRANSLATE_NOOP("PetitionTableModel", "Petitioner"),
        QT_TRANSLATE_NOOP("PetitionTableModel", "Status"),
        QT_TRANSLATE_NOOP("PetitionTableModel", "Next step"),
        QT_TRANSLATE_NOOP("PetitionTableModel", "Due"),
        QT_TRANSLATE_NOOP("PetitionTableModel", "Handler"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[PetitionRow] = []

    def set_rows(self, rows: list[PetitionRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> PetitionRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, petition_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == petition_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PetitionTableModel", self._HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == IdRole:
            return r.id
        if role == RowRole:
            return r
        if role == Qt.ItemDataRole.ForegroundRole:
            if col in (self.COL_DUE, self.COL_NEXT):
                if r.deadline_state == "overdue":
                    return QBrush(_RED)
                if r.deadline_state == "due_soon":
                    return QBrush(_ORANGE)
            if r.status in ("closed", "rejected"):
                return QBrush(_GREY)
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == self.COL_NO:
            return r.petition_no
        if col == self.COL_RECEIVED:
            return r.received_on.isoformat()
        if col == self.COL_CHANNEL:
            return tr_label(CHANNELS, r.channel)
        if col == self.COL_CATEGORY:
            return tr_label(CATEGORIES, r.category)
        if col == self.COL_PETITIONER:
            return r.petitioner
        if col == self.COL_STATUS:
            return tr_label(STATUSES, r.status)
        if col == self.COL_NEXT:
            return tr_label(STEPS, r.next_kind)
        if col == self.COL_DUE:
            if r.next_due is None:
                return ""
            late = (
                QCoreApplication.translate("PetitionTableModel", " (overdue)")
                if r.deadline_state == "overdue"
                else ""
            )
            return day_text(r.next_due) + late
        return r.handler
