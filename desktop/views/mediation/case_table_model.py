"""The queue: the common keyset model over the database's pages of cases. Labels (type, grid, mediator) come
from the lists loaded once with the page; deadlines are coloured against ``today`` and "due soon"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.services.mediation.dto import DEADLINE_STATUSES, CaseRow
from desktop.views.common.form_helpers import due_text, provisional_tip
from desktop.views.common.table_models import GREY, ORANGE, RED, Column, KeysetTableModel, Window, bold, field
from desktop.views.mediation.labels import STATUSES, day_text, tr_label

PAGE = 100
MAX_PAGES = 40


def window_args(w: Window) -> dict:
    """A window of the queue as ``MediationService.queue_window`` takes it (forward keyset only)."""
    return {"after": w.after, "offset": w.offset, "limit": w.limit, "from_end": w.from_end}


class CaseTableModel(KeysetTableModel):
    COL_NO, COL_ACCEPTED, COL_TYPE, COL_PARTIES, COL_GRID, COL_MEDIATOR, COL_STATUS, COL_DUE, COL_ALERT = (
        range(9)
    )

    def __init__(self, parent=None):
        self.types: dict[str, str] = {}
        self.grids: dict[int, str] = {}
        self.staff: dict[int, str] = {}
        self.today = date.today()
        self.due_soon_days = 5
        self._bold = bold()
        grey = self._grey
        columns = (
            Column(QT_TRANSLATE_NOOP("CaseTableModel", "Case number"), field("case_no"), foreground=grey),
            Column(
                QT_TRANSLATE_NOOP("CaseTableModel", "Accepted"),
                lambda r: r.accepted_on.isoformat(),
                foreground=grey,
            ),
            Column(
                QT_TRANSLATE_NOOP("CaseTableModel", "Type"),
                lambda r: self.types.get(r.dispute_type, r.dispute_type),
                foreground=grey,
            ),
            Column(QT_TRANSLATE_NOOP("CaseTableModel", "Parties"), field("parties"), foreground=grey),
            Column(
                QT_TRANSLATE_NOOP("CaseTableModel", "Grid"),
                lambda r: self.grids.get(r.grid_id, ""),
                foreground=grey,
            ),
            Column(
                QT_TRANSLATE_NOOP("CaseTableModel", "Mediator"),
                lambda r: self.staff.get(r.mediator_id, ""),
                foreground=grey,
            ),
            Column(
                QT_TRANSLATE_NOOP("CaseTableModel", "Status"),
                lambda r: tr_label(STATUSES, r.status),
                foreground=grey,
            ),
            Column(
                QT_TRANSLATE_NOOP("CaseTableModel", "Due / closed"),
                self._due_text,
                foreground=self._due_colour,
                tooltip=lambda r: provisional_tip(r.due_provisional and r.status in DEADLINE_STATUSES),
            ),
            Column(
                QT_TRANSLATE_NOOP("CaseTableModel", "Alerts"),
                self.alerts,
                foreground=lambda r: RED if r.police_alert or r.returns else grey(r),
                font=lambda r: self._bold if r.police_alert else None,
            ),
        )
        super().__init__(
            columns, "CaseTableModel", parent, page_size=PAGE, max_pages=MAX_PAGES, backward=False
        )

    def set_labels(self, types: dict[str, str], grids: dict[int, str], staff: dict[int, str]) -> None:
        self.types, self.grids, self.staff = types, grids, staff
        self.refresh()

    @staticmethod
    def _grey(r: CaseRow):
        return GREY if r.status == "closed" else None

    def _due_text(self, r: CaseRow) -> str:
        return (
            due_text(r.due_on, r.due_provisional) if r.status in DEADLINE_STATUSES else day_text(r.closed_on)
        )

    def _due_colour(self, r: CaseRow):
        if r.status not in DEADLINE_STATUSES:
            return self._grey(r)
        days = (r.due_on - self.today).days
        return RED if days < 0 else (ORANGE if days <= self.due_soon_days else None)

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
