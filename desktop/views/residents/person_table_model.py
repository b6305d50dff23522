"""The people list: a million rows without loading them (the common keyset model, in id order), or a
search's results. Someone who moved out shows in grey."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.services.core.codes import RESIDENT_TYPES, SEXES
from desktop.services.core.id_numbers import ID_TYPES
from desktop.services.residents.dto import PersonRow
from desktop.views.common.table_models import GREY, Column, KeysetTableModel, Window, field

PAGE = 200
MAX_PAGES = 60


def _status(r: PersonRow) -> str:
    if r.moved_out_on is None:
        return ""
    return QCoreApplication.translate("PersonTableModel", "Moved out %1").replace(
        "%1", r.moved_out_on.isoformat()
    )


COLUMNS = tuple(
    replace(c, foreground=lambda r: GREY if r.moved_out_on is not None else None)
    for c in (
        Column(QT_TRANSLATE_NOOP("PersonTableModel", "Name"), field("name")),
        Column(QT_TRANSLATE_NOOP("PersonTableModel", "Sex"), lambda r: SEXES.get(r.sex or "", "")),
        Column(
            QT_TRANSLATE_NOOP("PersonTableModel", "Born"),
            lambda r: r.birth_date.isoformat() if r.birth_date else "",
        ),
        Column(
            QT_TRANSLATE_NOOP("PersonTableModel", "ID type"), lambda r: ID_TYPES.get(r.id_type, r.id_type)
        ),
        Column(QT_TRANSLATE_NOOP("PersonTableModel", "ID number"), field("id_number")),
        Column(QT_TRANSLATE_NOOP("PersonTableModel", "Phone"), field("phone")),
        Column(
            QT_TRANSLATE_NOOP("PersonTableModel", "Resident type"),
            lambda r: RESIDENT_TYPES.get(r.resident_type, r.resident_type),
        ),
        Column(QT_TRANSLATE_NOOP("PersonTableModel", "Address"), field("address")),
        Column(QT_TRANSLATE_NOOP("PersonTableModel", "Status"), _status),
    )
)


class PersonTableModel(KeysetTableModel):
    COL_NAME, COL_SEX, COL_BIRTH, COL_ID_TYPE, COL_ID, COL_PHONE, COL_TYPE, COL_ADDRESS, COL_STATUS = range(9)

    def __init__(self, parent=None):
        super().__init__(COLUMNS, "PersonTableModel", parent, page_size=PAGE, max_pages=MAX_PAGES)


def window_args(w: Window) -> dict:
    """A window of the list as ``ResidentService.people_window`` takes it (``before_id=-1``: from the end)."""
    return {
        "after_id": w.after,
        "before_id": -1 if w.from_end else w.before,
        "offset": w.offset,
        "limit": w.limit,
    }
