"""The video-monitoring room's printed documents: 调阅监控录像审批表. Registered with the print service when the
room's package is imported."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.models import Camera, FootageRequest
from desktop.services.core import vocabulary
from desktop.services.core.clock import now
from desktop.services.core.print_data import (
    get_record,
    id_text,
    local,
    staff_name,
)
from desktop.services.core.print_service import PrintService


def _load_footage(s: Session, record_id, actor, community, reveal):
    from desktop.printing.form_data import FootageRequestData

    f = get_record(s, FootageRequest, record_id, "footage_request")
    cam = s.get(Camera, f.camera_id)
    camera = f"{cam.code} {cam.name}（{cam.location}）" if cam else ""
    start = local(f.window_start)
    return FootageRequestData(
        number=f"调阅〔{(start or now()).year}〕{f.id:05d}号",
        requester_org=f.requester_org,
        requester_name=f.requester_name,
        requester_id=id_text(f.requester_id_number, reveal),
        basis=vocabulary.FOOTAGE_BASIS.zh(f.basis, f.basis),
        reason=f.reason,
        camera=camera,
        window_start=start,
        window_end=local(f.window_end),
        decision=vocabulary.FOOTAGE_DECISION.zh(f.decision, ""),
        approver=staff_name(s, f.approver_id),
        decided_at=local(f.decided_at),
        accessed_at=local(f.accessed_at),
    )


def _register() -> None:
    from desktop.printing import form_data as fd

    PrintService.register_loader(fd.FootageRequestData, _load_footage)


_register()
