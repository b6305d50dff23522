"""The petition list: a queue of a few hundred rows at most, set at once. The next step and its due date are
red when overdue and orange when due soon; closed and rejected petitions are grey."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.services.reception.petition_dto import PetitionRow
from desktop.views.common.form_helpers import due_text, provisional_tip
from desktop.views.common.table_models import GREY, ORANGE, RED, Column, RowTableModel, field
from desktop.views.reception.labels import CATEGORIES, CHANNELS, STATUSES, STEPS, tr_label


def _plain(r: PetitionRow):
    return GREY if r.status in ("closed", "rejected") else None


def _deadline(r: PetitionRow):
    return {"overdue": RED, "due_soon": ORANGE}.get(r.deadline_state) or _plain(r)


def _due(r: PetitionRow) -> str:
    if r.next_due is None:
        return ""
    late = (
        QCoreApplication.translate("PetitionTableModel", " (overdue)")
        if r.deadline_state == "overdue"
        else ""
    )
    return due_text(r.next_due, r.due_provisional) + late


COLUMNS = (
    Column(QT_TRANSLATE_NOOP("PetitionTableModel", "Number"), field("petition_no"), foreground=_plain),
    Column(
        QT_TRANSLATE_NOOP("PetitionTableModel", "Received"),
        lambda r: r.received_on.isoformat(),
        foreground=_plain,
    ),
    Column(
        QT_TRANSLATE_NOOP("PetitionTableModel", "Channel"),
        lambda r: tr_label(CHANNELS, r.channel),
        foreground=_plain,
    ),
    Column(
        QT_TRANSLATE_NOOP("PetitionTableModel", "Category"),
        lambda r: tr_label(CATEGORIES, r.category),
        foreground=_plain,
    ),
    Column(QT_TRANSLATE_NOOP("PetitionTableModel", "Petitioner"), field("petitioner"), foreground=_plain),
    Column(
        QT_TRANSLATE_NOOP("PetitionTableModel", "Status"),
        lambda r: tr_label(STATUSES, r.status),
        foreground=_plain,
    ),
    Column(
        QT_TRANSLATE_NOOP("PetitionTableModel", "Next step"),
        lambda r: tr_label(STEPS, r.next_kind),
        foreground=_deadline,
    ),
    Column(
        QT_TRANSLATE_NOOP("PetitionTableModel", "Due"),
        _due,
        foreground=_deadline,
        tooltip=lambda r: provisional_tip(r.due_provisional),
    ),
    Column(QT_TRANSLATE_NOOP("PetitionTableModel", "Handler"), field("handler"), foreground=_plain),
)


class PetitionTableModel(RowTableModel):
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

    def __init__(self, parent=None):
        super().__init__(COLUMNS, "PetitionTableModel", parent)
