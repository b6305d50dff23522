"""Item model of the queue: the row count from the database, rows fetched page by page off the GUI thread.

A page continues after the last row of the page before it when that one is loaded (keyset), otherwise it
skips rows (OFFSET). Rows not there yet show "…" and fill in with ``dataChanged``. At most ``MAX_PAGES``
pages stay in memory. Labels (type, grid, mediator) come from the lists loaded once with the page.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.services.mediation.dto import DEADLINE_STATUSES, CaseRow
from desktop.views.mediation.labels import STATUSES, day_text, tr_label

IdRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2

PAGE = 100
MAX_PAGES = 40

# fetch(after, offset, limit, from_end) -> rows, run on a worker; submit(job, on_done) schedules it
Fetch = Callable[[tuple | None, int, int, bool], list[CaseRow]]
Submit = Callable[[Callable[[], list[CaseRow]], Callable[[list[CaseRow]], None]], None]

_RED, _ORANGE, _GREY = QColor("#b00020"), QColor("#b35c00"), QColor("#777777")


class CaseTableModel(QAbstractTableModel):
    COL_NO, COL_ACCEPTED, COL_TYPE, COL_PARTIES, COL_GRID, COL_MEDIATOR, COL_STATUS, COL_DUE, COL_ALERT = (
        range(9)
    )
    _HEADERS = (
        QT_TRANSLATE_NOOP("CaseTableModel", "Case number"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Accepted"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Type"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Parties"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Grid"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Mediator"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Status"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Due / closed"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Alerts"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self._count = 0
        self._pages: OrderedDict[int, list[CaseRow]] = OrderedDict()
        self._pending: set[int] = set()
        self._fetch: Fetch | None = None
        self._submit: Submit | None = None
        self._key: Callable[[CaseRow], tuple] | None = None
        self._generation = 0
        self.types: dict[str, str] = {}
        self.grids: dict[int, str] = {}
        self.staff: dict[int, str] = {}
        self.today = date.today()
        self.due_soon_days = 5
        self._cells: dict[int, tuple] = {}  # row -> what data() answers, made once per row
        self._red, self._orange, self._grey = QBrush(_RED), QBrush(_ORANGE), QBrush(_GREY)
        self._bold = QFont()
        self._bold.setBold(True)

    def set_labels(self, types: dict[str, str], grids: dict[int, str], staff: dict[int, str]) -> None:
        self.types, self.grids, self.staff = types, grids, staff
        self._cells.clear()
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, self.columnCount() - 1))

    def set_source(
        self,
        count: int,
        first: list[CaseRow],
        fetch: Fetch | None,
        submit: Submit | None,
        key: Callable[[CaseRow], tuple] | None = None,
    ) -> None:
        self.beginResetModel()
        self._generation += 1
        self._count = count
        self._pages.clear()
        self._pending.clear()
        self._fetch, self._submit, self._key = fetch, submit, key
        self._pages[0] = list(first)
        self._cells.clear()
        self.endResetModel()

    def row_at(self, row: int) -> CaseRow | None:
        p, k = divmod(row, PAGE)
        page = self._pages.get(p)
        if page is None:
            self._request(p)
            page = self._pages.get(p)
            if page is None:
                return None
        return page[k] if k < len(page) else None

    def _request(self, p: int) -> None:
        if p in self._pending or self._fetch is None or self._submit is None or p * PAGE >= self._count:
            return
        self._pending.add(p)
        fetch, gen = self._fetch, self._generation
        before = self._pages.get(p - 1)
        limit = min(PAGE, self._count - p * PAGE)
        from_end = self._count - p * PAGE - limit  # rows after this page
        if before and self._key is not None and len(before) == PAGE:
            after = self._key(before[-1])
            job = lambda: fetch(after, 0, PAGE, False)  # noqa: E731
        elif from_end < p * PAGE:  # nearer the end: skip the fewer rows
            job = lambda: fetch(None, from_end, limit, True)  # noqa: E731
        else:
            job = lambda: fetch(None, p * PAGE, PAGE, False)  # noqa: E731
        self._submit(job, lambda rows: self._arrived(gen, p, rows))

    def _arrived(self, generation: int, p: int, rows: list[CaseRow]) -> None:
        if generation != self._generation:
            return
        self._pending.discard(p)
        self._pages[p] = rows
        self._pages.move_to_end(p)
        while len(self._pages) > MAX_PAGES:
            gone, _rows = self._pages.popitem(last=False)
            for k in range(gone * PAGE, (gone + 1) * PAGE):
                self._cells.pop(k, None)
        first, last = p * PAGE, min(self._count, (p + 1) * PAGE) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))

    # -- Qt ----------------------------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CaseTableModel", self._HEADERS[section])
        return None

    def alerts(self, r: CaseRow) -> str:
        parts = []
        if r.police_alert:
            parts.append(QCoreApplication.translate("CaseTableModel", "Tell the police"))
        if r.returns:
            parts.append(
                QCoreApplication.translate("CaseTableModel", "Returned ×%1").replace("%1", str(r.returns))
            )
        if r.status in DEADLINE_STATUSES and r.due_on < self.today:
            parts.append(QCoreApplication.translate("CaseTableModel", "Overdue"))
        if r.consent == "pending" and r.status != "closed":
            parts.append(QCoreApplication.translate("CaseTableModel", "Consent pending"))
        return " · ".join(parts)

    _ROLES = frozenset(
        {
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.FontRole,
            IdRole,
            RowRole,
        }
    )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role not in self._ROLES or not index.isValid():
            return None  # the view asks for a dozen roles per cell: answer the others at once
        row = index.row()
        cells = self._cells.get(row)
        if cells is None:
            r = self.row_at(row)
            if r is None:
                return "…" if role == Qt.ItemDataRole.DisplayRole else None
            cells = self._cells[row] = self._row_cells(r)
        if role == Qt.ItemDataRole.DisplayRole:
            return cells[1][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole:
            return cells[2][index.column()]
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if index.column() == self.COL_ALERT and cells[0].police_alert else None
        return cells[0].id if role == IdRole else cells[0]

    def _row_cells(self, r: CaseRow) -> tuple:
        """(row, texts, brushes) of one line, made once: a paint asks for each cell several times."""
        deadline = r.status in DEADLINE_STATUSES
        texts = (
            r.case_no,
            r.accepted_on.isoformat(),
            self.types.get(r.dispute_type, r.dispute_type),
            r.parties,
            self.grids.get(r.grid_id, "") if r.grid_id else "",
            self.staff.get(r.mediator_id, "") if r.mediator_id else "",
            tr_label(STATUSES, r.status),
            day_text(r.due_on) if deadline else day_text(r.closed_on),
            self.alerts(r),
        )
        plain = self._grey if r.status == "closed" else None
        due = plain
        if deadline:
            days = (r.due_on - self.today).days
            due = self._red if days < 0 else (self._orange if days <= self.due_soon_days else None)
        alert = self._red if r.police_alert or r.returns else plain
        brushes = (plain,) * self.COL_DUE + (due, alert)
        return r, texts, brushes
