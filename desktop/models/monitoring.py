"""视频监控室: camera register, duty logs, footage-access requests (公共安全视频图像信息系统管理条例)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.changes import Kind
from desktop.models.base import Base, UTCDateTime, Versioned, Voidable


class Camera(Versioned, Base):
    __tablename__ = "camera"
    __changes__ = ((Kind.CAMERA, "id"),)

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    location: Mapped[str] = mapped_column(String(200))
    grid_id: Mapped[int | None] = mapped_column(ForeignKey("grid.id"))
    # dome / bullet / ptz / other
    kind: Mapped[str] = mapped_column(String(16), default="bullet")
    # stream address without credentials; credentials are secrets kept apart
    rtsp_url: Mapped[str | None] = mapped_column(String(300))
    storage_days: Mapped[int] = mapped_column(Integer, default=30)
    commissioned_on: Mapped[date | None] = mapped_column(Date)
    filed_on: Mapped[date | None] = mapped_column(Date)  # 备案 with the county police (art. 14)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class DutyLog(Versioned, Voidable, Base):
    __tablename__ = "duty_log"
    __changes__ = ((Kind.DUTY_LOG, "id"),)

    # duty / handover / fault / daily_check / retention_check
    kind: Mapped[str] = mapped_column(String(16))
    logged_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    camera_id: Mapped[int | None] = mapped_column(ForeignKey("camera.id"))
    content: Mapped[str] = mapped_column(Text, default="")


class FootageRequest(Versioned, Voidable, Base):
    """调用登记 (art. 16): every access to footage."""

    __tablename__ = "footage_request"
    __changes__ = ((Kind.FOOTAGE, "id"), (Kind.CAMERA, "camera_id"))

    camera_id: Mapped[int] = mapped_column(ForeignKey("camera.id"), index=True)
    window_start: Mapped[datetime] = mapped_column(UTCDateTime)
    window_end: Mapped[datetime] = mapped_column(UTCDateTime)
    requester_org: Mapped[str] = mapped_column(String(200))
    requester_name: Mapped[str] = mapped_column(String(100))
    requester_id_number: Mapped[str | None] = mapped_column(String(40))
    # state_organ (art. 20) / data_subject (art. 21) / other
    basis: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text)
    approver_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    # pending / approved / refused
    decision: Mapped[str] = mapped_column(String(12), default="pending")
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    accessed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
