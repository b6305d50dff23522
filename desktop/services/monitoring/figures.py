"""The video-monitoring room's figures for the director's desk: footage requests waiting for approval (调用登记,
art. 16). The camera online rate comes with the room's health checks (``cameras.checked`` / ``cameras.online``,
see ``desktop.services.core.figures``)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Camera, FootageCamera, FootageRequest
from desktop.services.core.figures import Attention, Drill, FigureQuery, Figures, Span, figure_source


@figure_source("footage")
class FootageFigures:
    def figures(self, s: Session, q: FigureQuery) -> Figures:
        stmt = select(FootageRequest.id).where(
            FootageRequest.voided_at.is_(None), FootageRequest.decision == "pending"
        )
        if q.grid_id is not None:
            # a request in the grid: one of its cameras stands there
            in_grid = (
                select(FootageCamera.request_id)
                .join(Camera, Camera.id == FootageCamera.camera_id)
                .where(Camera.grid_id == q.grid_id)
            )
            stmt = stmt.where(FootageRequest.id.in_(in_grid))
        pending = tuple(s.scalars(stmt.order_by(FootageRequest.id)))
        out = Figures()
        out.now["footage.pending"] = len(pending)
        out.attention.append(
            Attention(
                "footage.pending",
                len(pending),
                Drill("footage", queue="pending", ids=pending, title="footage.pending"),
            )
        )
        return out

    def records(self, s: Session, q: FigureQuery, measure: str, code: str | None, span: Span) -> Drill | None:
        return None
