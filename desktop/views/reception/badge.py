"""The main window's badge for petitions: how many have an office duty due within 3 days, and how many are late.

``PetitionBadge(ctx)`` counts off the GUI thread when made, whenever a petition (or a visit handed on) changes,
and every ``REFRESH_MS`` (the day turns, deadlines arrive without anyone writing); ``counts_changed(due_soon,
overdue)`` says so, and ``text()`` is what a navigation entry shows next to its title.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from desktop.changes import Changes, Kind
from desktop.services.reception.petition_dto import DeadlineCounts
from desktop.views.context import ViewContext

REFRESH_MS = 10 * 60_000


class PetitionBadge(QObject):
    counts_changed = Signal(int, int)  # due soon, overdue

    def __init__(self, ctx: ViewContext, parent: QObject | None = None, *, refresh_ms: int = REFRESH_MS):
        super().__init__(parent)
        self.ctx = ctx
        self.counts = DeadlineCounts()
        self._timer = QTimer(self)
        self._timer.setInterval(refresh_ms)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        ctx.tasks.bus.changed.connect(self._changed)
        self.refresh()

    def _changed(self, ch: Changes) -> None:
        if ch.touches(Kind.PETITION, Kind.VISIT, Kind.CALENDAR):
            self.refresh()

    def refresh(self) -> None:
        svc, actor = self.ctx.services.petitions, self.ctx.actor
        self.ctx.tasks.run_read(lambda: svc.deadline_counts(actor), self._set, lambda _exc: None)

    def _set(self, counts: DeadlineCounts) -> None:
        if counts != self.counts:
            self.counts = counts
            self.counts_changed.emit(counts.due_soon, counts.overdue)

    def text(self) -> str:
        """ "3 late · 2 due" (empty when nothing is due)."""
        c = self.counts
        parts = []
        if c.overdue:
            parts.append(QCoreApplication.translate("PetitionBadge", "%1 late").replace("%1", str(c.overdue)))
        if c.due_soon:
            parts.append(QCoreApplication.translate("PetitionBadge", "%1 due").replace("%1", str(c.due_soon)))
        return " · ".join(parts)

    def stop(self) -> None:
        self._timer.stop()
