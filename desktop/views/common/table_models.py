"""The item models of every list: the roles, declarative columns, one model for small lists set at once and
one for large lists fetched page by page off the GUI thread.

A column says what it shows of a row (``display``) and, optionally, its alignment, tooltip, colour, font and
sort key; a table is a tuple of columns translated in one context. What ``data()`` answers is made once per
row (a paint asks for each cell several times) and dropped when the rows change.

``KeysetTableModel`` knows its row count (one COUNT) and holds pages of rows keyed by page number; a missing
page is fetched by keyset from the nearest page already loaded (after its last row, or before the first row
of the page above), or counted from the start or from the end, whichever skips the fewest rows. At most
``max_pages`` pages stay in memory; rows not there yet show "…" and fill in with ``dataChanged``. No
``fetchMore`` accumulation: it takes 88 s and 750 MB to reach the end of a million rows (TRAPS.md).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

IdRole = Qt.ItemDataRole.UserRole + 1  # the row's record id
RowRole = Qt.ItemDataRole.UserRole + 2  # the row itself (a DTO)
SortRole = Qt.ItemDataRole.UserRole + 3  # what a sort proxy compares

PENDING = "…"  # a row whose page is on its way

RED, ORANGE, GREEN, GREY = (QBrush(QColor(c)) for c in ("#b00020", "#b35c00", "#1b5e20", "#777777"))


def bold() -> QFont:
    f = QFont()
    f.setBold(True)
    return f


@dataclass(frozen=True)
class Column:
    header: str  # QT_TRANSLATE_NOOP("<the model's context>", "…")
    display: Callable[[Any], object]
    align: Qt.AlignmentFlag | None = None
    tooltip: Callable[[Any], str | None] | None = None
    foreground: Callable[[Any], QBrush | None] | None = None
    font: Callable[[Any], QFont | None] | None = None
    sort: Callable[[Any], object] | None = None  # SortRole (the display text when not given)


def field(name: str) -> Callable[[Any], object]:
    """A column showing an attribute of the row as it is (None as blank)."""
    get = attrgetter(name)
    return lambda r: "" if get(r) is None else get(r)


_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        IdRole,
        RowRole,
        SortRole,
    }
)


class _Cells:
    """What data() answers for one row, made once: texts, brushes and fonts per column."""

    __slots__ = ("fonts", "row", "texts", "brushes")

    def __init__(self, row, columns: Sequence[Column]):
        self.row = row
        self.texts = tuple(c.display(row) for c in columns)
        self.brushes = tuple(c.foreground(row) if c.foreground else None for c in columns)
        self.fonts = tuple(c.font(row) if c.font else None for c in columns)


class ColumnTableModel(QAbstractTableModel):
    """The columns and the roles; subclasses say how many rows there are and where row ``i`` is."""

    def __init__(self, columns: Sequence[Column], context: str, parent=None):
        super().__init__(parent)
        self.columns = tuple(columns)
        self.context = context
        self._cells: dict[int, _Cells] = {}

    def row_at(self, row: int):
        raise NotImplementedError

    def refresh(self) -> None:
        """The rows stay, what they show changed (labels, today): every cell again."""
        self._cells.clear()
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(self.columns) - 1))

    # -- Qt --------------------------------------------------------------------------------------------------
    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.context, self.columns[section].header)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES or not index.isValid():
            return None  # the view asks for a dozen roles per cell: answer the others at once
        i, col = index.row(), index.column()
        cells = self._cells.get(i)
        if cells is None:
            r = self.row_at(i)
            if r is None:
                return PENDING if role == Qt.ItemDataRole.DisplayRole else None
            cells = self._cells[i] = _Cells(r, self.columns)
        if role == Qt.ItemDataRole.DisplayRole:
            return cells.texts[col]
        if role == Qt.ItemDataRole.ForegroundRole:
            return cells.brushes[col]
        if role == Qt.ItemDataRole.FontRole:
            return cells.fonts[col]
        if role == IdRole:
            return getattr(cells.row, "id", None)
        if role == RowRole:
            return cells.row
        c = self.columns[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return c.tooltip(cells.row) if c.tooltip else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return c.align
        return c.sort(cells.row) if c.sort else cells.texts[col]  # SortRole


class RowTableModel(ColumnTableModel):
    """A small list (a few hundred rows at most), set at once."""

    def __init__(self, columns: Sequence[Column], context: str, parent=None):
        super().__init__(columns, context, parent)
        self._rows: list = []

    def set_rows(self, rows, columns: Sequence[Column] | None = None) -> None:
        """Show ``rows`` (and, for a table whose columns come with its data, these ``columns``)."""
        self.beginResetModel()
        self._rows = list(rows)
        if columns is not None:
            self.columns = tuple(columns)
        self._cells.clear()
        self.endResetModel()

    def rows(self) -> list:
        return list(self._rows)

    def row_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: int) -> int:
        """The row showing the record ``record_id``, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)


@dataclass(frozen=True)
class Window:
    """Which rows a fetch asks for: ``limit`` rows after the row keyed ``after`` (skipping ``offset``), or
    before the row keyed ``before`` (counting back ``offset``), or from the start, or (``from_end``) from the
    end counting back; always returned in list order."""

    limit: int
    offset: int = 0
    after: Any = None
    before: Any = None
    from_end: bool = False


Fetch = Callable[[Window], list]  # runs on a worker
Submit = Callable[[Callable[[], list], Callable[[list], None]], None]  # submit(job, on_done): schedules it


class KeysetTableModel(ColumnTableModel):
    """A large list: the row count known, pages fetched on demand (see the module's text).

    ``key`` is what a fetch continues from (a row's id, or its sort value and id); ``backward`` says whether
    the source can fetch the rows before a key (else a page above is reached by offset from the start).
    ``set_rows`` shows a fixed list instead (search results)."""

    page_loaded = Signal(int)

    def __init__(
        self,
        columns: Sequence[Column],
        context: str,
        parent=None,
        *,
        key: Callable[[Any], Any] = attrgetter("id"),
        page_size: int = 200,
        max_pages: int = 60,
        backward: bool = True,
    ):
        super().__init__(columns, context, parent)
        self.page_size, self.max_pages, self.backward = page_size, max_pages, backward
        self._key = key
        self._count = 0
        self._pages: OrderedDict[int, list] = OrderedDict()
        self._pending: set[int] = set()
        self._fetch: Fetch | None = None
        self._submit: Submit | None = None
        self._generation = 0  # a page asked for before a reset arrives for nothing

    # -- filling -------------------------------------------------------------------------------------------
    def set_source(
        self,
        count: int,
        fetch: Fetch,
        submit: Submit,
        first: list | None = None,
        key: Callable[[Any], Any] | None = None,
    ) -> None:
        """Show ``count`` rows fetched on demand (``first``: the first page, already fetched)."""
        self._reset(count, fetch, submit, key)
        if first is not None:
            self._pages[0] = list(first)
        self.endResetModel()

    def set_rows(self, rows: list) -> None:
        """Show a fixed list (search results)."""
        self._reset(len(rows), None, None, None)
        for i in range(0, len(rows), self.page_size):
            self._pages[i // self.page_size] = rows[i : i + self.page_size]
        self.endResetModel()

    def _reset(self, count: int, fetch, submit, key) -> None:
        self.beginResetModel()
        self._generation += 1
        self._count = count
        self._pages.clear()
        self._pending.clear()
        self._cells.clear()
        self._fetch, self._submit = fetch, submit
        if key is not None:
            self._key = key

    def loaded_pages(self) -> list[int]:
        return list(self._pages)

    def row_at(self, row: int):
        p, k = divmod(row, self.page_size)
        page = self._pages.get(p)
        if page is None:
            self._request(p)
            page = self._pages.get(p)  # a synchronous submit (tests) has filled it
            if page is None:
                return None
        return page[k] if k < len(page) else None

    def _request(self, p: int) -> None:
        size = self.page_size
        if p in self._pending or self._fetch is None or self._submit is None or p * size >= self._count:
            return
        self._pending.add(p)
        fetch, gen, key = self._fetch, self._generation, self._key
        limit = min(size, self._count - p * size)
        # the cheapest way there: (rows skipped, window); OFFSET costs what it skips
        ways = [
            (p * size, Window(limit, offset=p * size)),
            (
                self._count - p * size - limit,
                Window(limit, offset=self._count - p * size - limit, from_end=True),
            ),
        ]
        below = max((q for q in self._pages if q < p), default=None)
        if below is not None and len(self._pages[below]) == size:
            skip = (p - below - 1) * size
            ways.append((skip, Window(limit, offset=skip, after=key(self._pages[below][-1]))))
        above = min((q for q in self._pages if q > p), default=None)
        if self.backward and above is not None and self._pages[above]:
            skip = (above - p - 1) * size
            ways.append((skip, Window(limit, offset=skip, before=key(self._pages[above][0]))))
        window = min(ways, key=lambda w: w[0])[1]
        self._submit(lambda: fetch(window), lambda rows: self._arrived(gen, p, rows))

    def _arrived(self, generation: int, p: int, rows: list) -> None:
        if generation != self._generation:
            return  # the list was reset meanwhile
        self._pending.discard(p)
        self._pages[p] = rows
        self._pages.move_to_end(p)
        size = self.page_size
        while len(self._pages) > self.max_pages:
            gone, _rows = self._pages.popitem(last=False)
            for k in range(gone * size, (gone + 1) * size):
                self._cells.pop(k, None)
        first, last = p * size, min(self._count, (p + 1) * size) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))
        self.page_loaded.emit(p)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._count
