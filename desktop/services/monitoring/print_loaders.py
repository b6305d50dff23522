"""The video-monitoring room's printed documents: 调阅监控录像审批表 (forms_other), and the room's own
(forms_monitoring): 值班记录 of a day, 交接班记录, 调阅登记簿, 摄像机登记台账. Registered with the print service
when the room's package is imported.

The duty log's ``record_id`` is the day as a number, 20260301 (none: today)."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    Camera,
    DutyLog,
    FootageCamera,
    FootageRegisterEntry,
    FootageRequest,
    ShiftHandover,
    StaffUser,
)
from desktop.printing import forms_monitoring as fm
from desktop.services.core import clock, vocabulary
from desktop.services.core.print_data import get_record, id_text, local, staff_name
from desktop.services.core.print_service import PrintService


def _load_footage(s: Session, record_id, actor, community, reveal):
    from desktop.printing.form_data import FootageRequestData

    f = get_record(s, FootageRequest, record_id, "footage_request")
    cams = s.scalars(
        select(Camera)
        .join(FootageCamera, FootageCamera.camera_id == Camera.id)
        .where(FootageCamera.request_id == f.id)
        .order_by(Camera.code)
    ).all()
    start = local(f.window_start)
    reason = f.reason + (f"（依据：{f.legal_basis}）" if f.legal_basis else "")
    if f.decision == "refused" and f.decision_reason:
        reason += f"\n不予批准理由：{f.decision_reason}"
    handlers = "、".join(n for n in (staff_name(s, f.handler_id), staff_name(s, f.second_handler_id)) if n)
    return FootageRequestData(
        number=f.number or f"调阅〔{(start or clock.now()).year}〕{f.id}号",
        requester_org=f.requester_org,
        requester_name=f.requester_name,
        requester_id=id_text(f.requester_id_number, reveal),
        basis=vocabulary.FOOTAGE_BASIS.zh(f.basis, f.basis),
        reason=reason,
        camera="；".join(f"{c.code} {c.name}（{c.location}）" for c in cams),
        window_start=start,
        window_end=local(f.window_end),
        decision=vocabulary.FOOTAGE_DECISION.zh(f.decision, "") if f.decision != "pending" else "",
        approver=staff_name(s, f.approver_id),
        decided_at=local(f.decided_at),
        accessed_at=local(f.accessed_at),
        handler=handlers,
    )


def _day_of(record_id) -> date:
    if record_id is None:
        return clock.today()
    n = int(record_id)
    return date(n // 10000, n // 100 % 100, n % 100)


def _load_duty_log(s: Session, record_id, actor, community, reveal):
    day = _day_of(record_id)
    start = clock.day_start(day)
    names = {k: v for k, v in s.execute(select(StaffUser.id, StaffUser.full_name))}
    cams = {c.id: f"{c.code} {c.name}" for c in s.scalars(select(Camera))}
    rows = s.scalars(
        select(DutyLog)
        .where(
            DutyLog.voided_at.is_(None),
            DutyLog.logged_at >= start,
            DutyLog.logged_at < start + timedelta(days=1),
        )
        .order_by(DutyLog.logged_at)
    )
    return fm.DutyLogPrintData(
        day,
        tuple(
            fm.DutyRow(
                e.logged_at.astimezone(clock.CST),
                vocabulary.DUTY_KIND.zh(e.kind),
                cams.get(e.camera_id, ""),
                e.content + ("（未结）" if e.open else ""),
                e.action,
                e.reported_to,
                names.get(e.operator_id, "系统"),
            )
            for e in rows
        ),
    )


def _load_handover(s: Session, record_id, actor, community, reveal):
    h = get_record(s, ShiftHandover, record_id, "shift_handover")
    return fm.HandoverPrintData(
        local(h.handed_at),
        staff_name(s, h.from_id),
        staff_name(s, h.to_id),
        tuple(x for x in h.offline_cameras.splitlines() if x.strip()),
        tuple(x for x in h.open_matters.splitlines() if x.strip()),
        h.notes,
        local(h.accepted_at),
    )


def _local_text(iso: str | None) -> str:
    return f"{datetime.fromisoformat(iso).astimezone(clock.CST):%Y-%m-%d %H:%M}" if iso else ""


def _register_detail(step: str, d: dict) -> str:
    if step == "filed":
        window = f"{_local_text(d.get('window_start'))} 至 {_local_text(d.get('window_end'))}"
        return (
            f"{d.get('requester_org', '')} {d.get('requester_name', '')}（{d.get('requester_id', '')}）；"
            f"{vocabulary.FOOTAGE_BASIS.zh(d.get('basis'))}；{vocabulary.FOOTAGE_ACCESS.zh(d.get('access'))}；"
            f"事由：{d.get('reason', '')}；时段：{window}"
        )
    if step in ("approved", "refused"):
        return d.get("reason", "") or "同意"
    if step == "file":
        return f"{d.get('filename')} SHA-256 {d.get('sha256')}；去向：{d.get('destination')}"
    if step == "corrected":
        return f"{d.get('field')}：{d.get('before')} → {d.get('after')}（{d.get('why')}）"
    if step == "voided":
        return d.get("reason", "")
    return ""


def _load_footage_register(s: Session, record_id, actor, community, reveal):
    from desktop.services.core import hash_chain
    from desktop.services.monitoring.footage_service import _fields

    lines = s.execute(
        select(FootageRegisterEntry, FootageRequest.number)
        .join(FootageRequest, FootageRequest.id == FootageRegisterEntry.request_id)
        .order_by(FootageRegisterEntry.id)
    ).all()
    names = {k: v for k, v in s.execute(select(StaffUser.username, StaffUser.full_name))}
    verdict = hash_chain.verify([e for e, _n in lines], _fields)
    checked = (
        f"打印时校验：共{verdict.checked}条，哈希链完整。"
        if verdict.ok
        else f"打印时校验：第{verdict.checked}条（编号{verdict.first_bad_id}）起哈希链不符，登记簿可能被改动。"
    )
    return fm.FootageRegisterPrintData(
        tuple(
            fm.RegisterRow(
                e.at,
                number or "",
                vocabulary.FOOTAGE_STEP.zh(e.step),
                _register_detail(e.step, json.loads(e.data)),
                names.get(e.username, e.username),
                e.hash,
            )
            for e, number in lines
        ),
        checked,
    )


def _load_camera_register(s: Session, record_id, actor, community, reveal):
    return fm.CameraRegisterPrintData(
        tuple(
            fm.CameraRow(
                c.code,
                c.name,
                c.location,
                vocabulary.CAMERA_KIND.zh(c.kind),
                c.storage_days,
                c.commissioned_on,
                c.filed_on,
                c.filing_no or "",
                vocabulary.CAMERA_STATE.zh(c.state),
            )
            for c in s.scalars(select(Camera).order_by(Camera.code))
        ),
        clock.today(),
    )


def _register() -> None:
    from desktop.printing import form_data as fd

    PrintService.register_loader(fd.FootageRequestData, _load_footage)
    PrintService.register_loader(fm.DutyLogPrintData, _load_duty_log)
    PrintService.register_loader(fm.HandoverPrintData, _load_handover)
    PrintService.register_loader(fm.FootageRegisterPrintData, _load_footage_register)
    PrintService.register_loader(fm.CameraRegisterPrintData, _load_camera_register)


_register()
