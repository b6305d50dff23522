"""The on-site list and the day's log: a few hundred visits at most, set at once. Left visits are grey, a
group's head count orange and bold, a visit never checked out (or closed by the end of the day) red."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.services.reception.dto import VisitRow
from desktop.views.common.table_models import GREY, ORANGE, RED, Column, RowTableModel, bold, field
from desktop.views.reception.labels import OUTCOMES, tr_label


def _colour(r: VisitRow, *, state: bool = False, people: bool = False):
    if r.stale or (state and r.auto_closed):
        return RED
    if people and r.is_group:
        return ORANGE
    return GREY if r.time_out is not None and not state else None


class VisitTableModel(RowTableModel):
    COL_IN, COL_NAME, COL_PEOPLE, COL_PURPOSE, COL_WHOM, COL_HANDLER, COL_STATE, COL_CONTENT = range(8)

    def __init__(self, parent=None, *, now=None):
        self._now = now or (lambda: datetime.now(UTC))
        group_font = bold()
        columns = (
            Column(
                QT_TRANSLATE_NOOP("VisitTableModel", "Arrived"),
                lambda r: r.time_in.astimezone().strftime("%H:%M"),
                foreground=_colour,
                sort=lambda r: r.time_in.timestamp(),
            ),
            Column(
                QT_TRANSLATE_NOOP("VisitTableModel", "Visitor"), field("visitor_name"), foreground=_colour
            ),
            Column(
                QT_TRANSLATE_NOOP("VisitTableModel", "People"),
                lambda r: (
                    QCoreApplication.translate("VisitTableModel", "%1 (group)").replace(
                        "%1", str(r.people_count)
                    )
                    if r.is_group
                    else str(r.people_count)
                ),
                foreground=lambda r: _colour(r, people=True),
                font=lambda r: group_font if r.is_group else None,
            ),
            Column(
                QT_TRANSLATE_NOOP("VisitTableModel", "Purpose"), field("purpose_label"), foreground=_colour
            ),
            Column(QT_TRANSLATE_NOOP("VisitTableModel", "Came for"), field("whom"), foreground=_colour),
            Column(
                QT_TRANSLATE_NOOP("VisitTableModel", "Handled by"), field("handled_by"), foreground=_colour
            ),
            Column(
                QT_TRANSLATE_NOOP("VisitTableModel", "Where it stands"),
                self.state,
                foreground=lambda r: _colour(r, state=True),
            ),
            Column(
                QT_TRANSLATE_NOOP("VisitTableModel", "Content"),
                lambda r: " ".join(r.content.split())[:60],
                tooltip=lambda r: r.content,
                foreground=_colour,
            ),
        )
        super().__init__(columns, "VisitTableModel", parent)

    def state(self, r: VisitRow) -> str:
        """Where the visit stands: on site (for how long), left, closed by the end of the day, handed on."""
        if r.petition_no:
            handed = [
                QCoreApplication.translate("VisitTableModel", "Petition %1").replace("%1", r.petition_no)
            ]
        elif r.case_no:
            handed = [QCoreApplication.translate("VisitTableModel", "Mediation %1").replace("%1", r.case_no)]
        elif r.referral_note:
            handed = [
                QCoreApplication.translate("VisitTableModel", "Police: %1").replace("%1", r.referral_note)
            ]
        else:
            handed = [tr_label(OUTCOMES, r.outcome)] if r.outcome else []
        if r.time_out is None and r.stale:
            where = QCoreApplication.translate("VisitTableModel", "Not checked out since %1").replace(
                "%1", r.time_in.astimezone().strftime("%m-%d %H:%M")
            )
        elif r.time_out is None:
            minutes = max(0, int((self._now() - r.time_in).total_seconds() // 60))
            where = QCoreApplication.translate("VisitTableModel", "On site %1 min").replace(
                "%1", str(minutes)
            )
        elif r.auto_closed:
            where = QCoreApplication.translate("VisitTableModel", "Closed at end of day %1").replace(
                "%1", r.time_out.astimezone().strftime("%H:%M")
            )
        else:
            where = QCoreApplication.translate("VisitTableModel", "Left %1").replace(
                "%1", r.time_out.astimezone().strftime("%H:%M")
            )
        return " · ".join([where, *handed])
