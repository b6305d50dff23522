"""Item model of the people list: a million rows without loading them.

The model knows the row count (one indexed COUNT) and holds pages of ``PAGE`` rows keyed by page number,
each fetched off the GUI thread by keyset from the nearest page already loaded (``id > last id`` /
``id < first id``, skipping whole pages by OFFSET only across a gap). Scrolling to the end fetches the last
page from the end. At most ``MAX_PAGES`` pages stay in memory. Rows not yet there show "…" and fill in
with ``dataChanged`` when their page arrives. No ``fetchMore`` accumulation (88 s and 750 MB to reach the
end of a million rows, TRAPS.md).

Search results use the same model with ``set_rows`` (a fixed, small list).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal

from desktop.services.core.codes import RESIDENT_TYPES, SEXES
from desktop.services.core.id_numbers import ID_TYPES
from desktop.services.residents.dto import PersonRow

IdRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2

PAGE = 200
MAX_PAGES = 60

# fetch(after_id, before_id, offset, limit) -> rows, run on a worker; submit(fn, on_done) schedules it
Fetch = Callable[[int | None, int | None, int, int], list[PersonRow]]
Submit = Callable[[Callable[[], list[PersonRow]], Callable[[list[PersonRow]], None]], None]


class PersonTableModel(QAbstractTableModel):
    COL_NAME, COL_SEX, COL_BIRTH, COL_ID_TYPE, COL_ID, COL_PHONE, COL_TYPE, COL_ADDRESS, COL_STATUS = range(9)
    _HEADERS = (
        QT_TRANSLATE_NOOP("PersonTableModel", "Name"),
        QT_TRANSLATE_NOOP("PersonTableModel", "Sex"),
        QT_TRANSLATE_NOOP("PersonTableModel", "Born"),
        QT_TRANSLATE_NOOP("PersonTableModel", "ID type"),
        QT_TRANSLATE_NOOP("PersonTableModel", "ID number"),
        QT_TRANSLATE_NOOP("PersonTableModel", "Phone"),
        QT_TRANSLATE_NOOP("PersonTableModel", "Resident type"),
        QT_TRANSLATE_NOOP("PersonTableModel", "Address"),
        QT_TRANSLATE_NOOP("PersonTableModel", "Status"),
    )

    page_loaded = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._count = 0
        self._pages: OrderedDict[int, list[PersonRow]] = OrderedDict()
        self._pending: set[int] = set()
        self._fetch: Fetch | None = None
        self._submit: Submit | None = None
        self._generation = 0

    # -- filling ---------------------------------------------------------------------------------------
    def set_source(
        self, count: int, fetch: Fetch, submit: Submit, first: list[PersonRow] | None = None
    ) -> None:
        """Show ``count`` rows fetched on demand (``first``: the first page, already fetched)."""
        self.beginResetModel()
        self._generation += 1
        self._count = count
        self._pages.clear()
        self._pending.clear()
        self._fetch, self._submit = fetch, submit
        if first is not None:
            self._pages[0] = list(first)
        self.endResetModel()

    def set_rows(self, rows: list[PersonRow]) -> None:
        """Show a fixed list (search results)."""
        self.beginResetModel()
        self._generation += 1
        self._count = len(rows)
        self._pages.clear()
        self._pending.clear()
        self._fetch = self._submit = None
        for i in range(0, len(rows), PAGE):
            self._pages[i // PAGE] = rows[i : i + PAGE]
        self.endResetModel()

    def loaded_pages(self) -> list[int]:
        return list(self._pages)

    def row_at(self, row: int) -> PersonRow | None:
        page = self._pages.get(row // PAGE)
        if page is None:
            self._request(row // PAGE)
            page = self._pages.get(row // PAGE)  # a synchronous fetcher (tests) has filled it
            if page is None:
                return None
        k = row % PAGE
        return page[k] if k < len(page) else None

    def _request(self, p: int) -> None:
        if p in self._pending or self._fetch is None or self._submit is None:
            return
        if p * PAGE >= self._count:
            return
        self._pending.add(p)
        fetch, gen = self._fetch, self._generation
        # the cheapest way there: keyset from the nearest page we have, or from either end, skipping the
        # fewest rows (OFFSET costs what it skips)
        limit = min(PAGE, self._count - p * PAGE)
        below = max((q for q in self._pages if q < p), default=None)
        above = min((q for q in self._pages if q > p), default=None)
        ways: list[tuple[int, Callable[[], list[PersonRow]]]] = [
            (p * PAGE, lambda: fetch(None, None, p * PAGE, limit)),
            (self._count - p * PAGE - limit, lambda: fetch(None, -1, self._count - p * PAGE - limit, limit)),
        ]
        if below is not None:
            after = self._pages[below][-1].id
            ways.append(((p - below - 1) * PAGE, lambda: fetch(after, None, (p - below - 1) * PAGE, limit)))
        if above is not None:
            before = self._pages[above][0].id
            ways.append(((above - p - 1) * PAGE, lambda: fetch(None, before, (above - p - 1) * PAGE, limit)))
        job = min(ways, key=lambda w: w[0])[1]
        self._submit(job, lambda rows: self._arrived(gen, p, rows))

    def _arrived(self, generation: int, p: int, rows: list[PersonRow]) -> None:
        if generation != self._generation:
            return  # the list was reset meanwhile
        self._pending.discard(p)
        self._pages[p] = rows
        self._pages.move_to_end(p)
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        first = p * PAGE
        last = min(self._count, first + PAGE) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))
        self.page_loaded.emit(p)

    # -- Qt --------------------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PersonTableModel", self._HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.row_at(index.row())
        if role == IdRole:
            return r.id if r else None
        if role == RowRole:
            return r
        if role == Qt.ItemDataRole.ForegroundRole and r is not None and r.moved_out_on is not None:
            from PySide6.QtGui import QColor

            return QColor("#888888")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if r is None:
            return "…"
        col = index.column()
        if col == self.COL_NAME:
            return r.name
        if col == self.COL_SEX:
            return SEXES.get(r.sex or "", "")
        if col == self.COL_BIRTH:
            return r.birth_date.isoformat() if r.birth_date else ""
        if col == self.COL_ID_TYPE:
            return ID_TYPES.get(r.id_type, r.id_type)
        if col == self.COL_ID:
            return r.id_number
        if col == self.COL_PHONE:
            return r.phone
        if col == self.COL_TYPE:
            return RESIDENT_TYPES.get(r.resident_type, r.resident_type)
        if col == self.COL_ADDRESS:
            return r.address
        if r.moved_out_on is not None:
            return QCoreApplication.translate("PersonTableModel", "Moved out %1").replace(
                "%1", r.moved_out_on.isoformat()
            )
        return ""
