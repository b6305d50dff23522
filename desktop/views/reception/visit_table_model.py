"""Item model of the on-site list and of the day's log: a few hundred rows at most, set at once."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.services.reception.dto import VisitRow
from desktop.views.reception.labels import OUTCOMES, tr_label

IdRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2
SortRole = Qt.ItemDataRole.UserRole + 3

_RED, _ORANGE, _GREY = QColor("#b00020"), QColor("#b35c00"), QColor("#777777")


def _t(text: str) -> str:
    return QCoreApplication.translate("VisitTableModel", text)


class VisitTableModel(QAbstractTableModel):
    COL_IN, COL_NAME, COL_PEOPLE, COL_PURPOSE, COL_WHOM, COL_HANDLER, COL_STATE, COL_CONTENT = range(8)
    _HEADERS = (
        QT_TRANSLATE_NOOP("VisitTableModel", "Arrived"),
        QT_TRANSLATE_NOOP("VisitTableModel", "Visitor"),
        QT_TRANSLATE_NOOP("VisitTableModel", "People"),
        QT_TRANSLATE_NOOP("VisitTableModel", "Purpose"),
        QT_TRANSLATE_NOOP("VisitTableModel", "Came for"),
        QT_TRANSLATE_NOOP("VisitTableModel", "Handled by"),
        QT_TRANSLATE_NOOP("VisitTableModel", "Where it stands"),
        QT_TRANSLATE_NOOP("VisitTableModel", "Content"),
    )

    def __init__(self, parent=None, *, now=None):
        super().__init__(parent)
        self._rows: list[VisitRow] = []
        self._now = now or (lambda: datetime.now(UTC))

    def set_rows(self, rows: list[VisitRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[VisitRow]:
        return list(self._rows)

    def row_at(self, row: int) -> VisitRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, visit_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == visit_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _t(self._HEADERS[section])
        return None

    def state(self, r: VisitRow) -> str:
        """Where the visit stands: on site (for how long), left, closed by the end of the day, handed on."""
        parts = []
        if r.petition_no:
            parts.append(
                QCoreApplication.translate("VisitTableModel", "Petition %1").replace("%1", r.petition_no)
            )
        elif r.case_no:
            parts.append(
                QCoreApplication.translate("VisitTableModel", "Mediation %1").replace("%1", r.case_no)
            )
        elif r.referral_note:
            parts.append(
                QCoreApplication.translate("VisitTableModel", "Police: %1").replace("%1", r.referral_note)
            )
        elif r.outcome:
            parts.append(tr_label(OUTCOMES, r.outcome))
        if r.time_out is None:
            minutes = max(0, int((self._now() - r.time_in).total_seconds() // 60))
            if r.stale:
                parts.insert(
                    0,
                    QCoreApplication.translate("VisitTableModel", "Not checked out since %1").replace(
                        "%1", r.time_in.astimezone().strftime("%m-%d %H:%M")
                    ),
                )
            else:
                parts.insert(
                    0,
                    QCoreApplication.translate("VisitTableModel", "On site %1 min").replace(
                        "%1", str(minutes)
                    ),
                )
        elif r.auto_closed:
            parts.insert(
                0,
                QCoreApplication.translate("VisitTableModel", "Closed at end of day %1").replace(
                    "%1", r.time_out.astimezone().strftime("%H:%M")
                ),
            )
        else:
            parts.insert(
                0,
                QCoreApplication.translate("VisitTableModel", "Left %1").replace(
                    "%1", r.time_out.astimezone().strftime("%H:%M")
                ),
            )
        return " · ".join(parts)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == IdRole:
            return r.id
        if role == RowRole:
            return r
        if role == SortRole:
            return r.time_in.timestamp() if col == self.COL_IN else self.data(index)
        if role == Qt.ItemDataRole.ForegroundRole:
            if r.stale or (col == self.COL_STATE and r.auto_closed):
                return QBrush(_RED)
            if col == self.COL_PEOPLE and r.is_group:
                return QBrush(_ORANGE)
            if r.time_out is not None and col != self.COL_STATE:
                return QBrush(_GREY)
            return None
        if role == Qt.ItemDataRole.FontRole and col == self.COL_PEOPLE and r.is_group:
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_CONTENT:
            return r.content
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == self.COL_IN:
            return r.time_in.astimezone().strftime("%H:%M")
        if col == self.COL_NAME:
            return r.visitor_name
        if col == self.COL_PEOPLE:
            return (
                QCoreApplication.translate("VisitTableModel", "%1 (group)").replace("%1", str(r.people_count))
                if r.is_group
                else str(r.people_count)
            )
        if col == self.COL_PURPOSE:
            return r.purpose_label
        if col == self.COL_WHOM:
            return r.whom
        if col == self.COL_HANDLER:
            return r.handled_by
        if col == self.COL_STATE:
            return self.state(r)
        return " ".join(r.content.split())[:60]
