"""The working rhythm's figures for the director's desk and the reports (``desktop.services.core.figures``):
``rhythm.screening_rounds``, the 集中排查 rounds signed, each in the period its due day falls in — the count the
minutes carry (``RoundService.period_counts``), so the 排查情况表 and the 会议纪要 say the same number. A round
covers the whole community, every grid of it: a grid filter counts the same rounds."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import ScreeningRound
from desktop.services.core.figures import Drill, FigureQuery, Figures, Span, count_group, figure_source


@figure_source("rhythm")
class RhythmFigures:
    def figures(self, s: Session, q: FigureQuery) -> Figures:
        signed = select(ScreeningRound.id).where(ScreeningRound.submitted_at.is_not(None))
        return Figures(
            counts=count_group(s, signed, ScreeningRound.due_on, q.spans, {"rhythm.screening_rounds": None})
        )

    def records(self, s: Session, q: FigureQuery, measure: str, code: str | None, span: Span) -> Drill | None:
        return None  # the rounds are listed on the rhythm room's own page, not behind a figure
