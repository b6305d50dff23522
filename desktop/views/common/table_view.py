"""The table every page shows: whole rows selected one at a time, fixed row height, no row numbers, the
columns' widths, the last column (or a chosen one) taking the rest; and the row under the cursor."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from desktop.views.common.table_models import RowRole

ROW_HEIGHT = 24


def table_view(
    name: str,
    model,
    widths: Sequence[int] = (),
    *,
    stretch: int | None = None,
    fit: Iterable[int] = (),
    parent=None,
) -> QTableView:
    """``widths`` of the first columns in pixels; ``stretch``: the column that takes the rest (the last by
    default); ``fit``: columns as wide as their contents."""
    view = QTableView(parent)
    view.setObjectName(name)
    if model.parent() is None:
        model.setParent(view)  # the view keeps its model alive
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    rows = view.verticalHeader()
    rows.setVisible(False)
    rows.setDefaultSectionSize(ROW_HEIGHT)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = view.horizontalHeader()
    header.setStretchLastSection(stretch is None)
    for col, width in enumerate(widths):
        view.setColumnWidth(col, width)
    for col in fit:
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def current_row(view: QTableView):
    """The row (DTO) under the cursor, or None."""
    index = view.currentIndex()
    return index.data(RowRole) if index.isValid() else None


def select_id(view: QTableView, record_id: int) -> bool:
    """Put the cursor on the row of record ``record_id`` (a RowTableModel); False when it is not shown."""
    row = view.model().row_of(record_id)
    if row < 0:
        return False
    view.selectRow(row)
    view.setCurrentIndex(view.model().index(row, 0))
    return True
