"""视频监控室: camera register, health history, duty log and handovers, the footage-access register
(公共安全视频图像信息系统管理条例)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.changes import Kind
from desktop.models.base import Base, Tracked, UTCDateTime, Versioned, Voidable


class Camera(Versioned, Base):
    """One camera of the register (art. 14: location, number, type, storage period, 备案)."""

    __tablename__ = "camera"
    __changes__ = ((Kind.CAMERA, "id"),)

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    location: Mapped[str] = mapped_column(String(200))
    grid_id: Mapped[int | None] = mapped_column(ForeignKey("grid.id"))
    # dome / bullet / ptz / other
    kind: Mapped[str] = mapped_column(String(16), default="bullet")
    # hikvision / dahua / onvif / generic (devices/camera_urls.py)
    vendor: Mapped[str] = mapped_column(String(16), default="generic")
    host: Mapped[str] = mapped_column(String(255), default="")
    rtsp_port: Mapped[int] = mapped_column(Integer, default=554)
    http_port: Mapped[int] = mapped_column(Integer, default=80)
    nvr: Mapped[str] = mapped_column(String(100), default="")  # the recorder it is reached through, if any
    channel: Mapped[int] = mapped_column(Integer, default=1)
    # the camera's own stream address templates ({host} {port} {channel}); empty: its vendor's
    main_template: Mapped[str | None] = mapped_column(String(300))
    sub_template: Mapped[str | None] = mapped_column(String(300))
    # credentials: the password only as a Fernet token, its key outside the database
    username: Mapped[str | None] = mapped_column(String(64))
    password_enc: Mapped[str | None] = mapped_column(Text)
    group_name: Mapped[str] = mapped_column(String(64), default="")
    ptz: Mapped[bool] = mapped_column(Boolean, default=False)
    maintainer: Mapped[str] = mapped_column(String(200), default="")
    storage_days: Mapped[int] = mapped_column(Integer, default=30)
    commissioned_on: Mapped[date | None] = mapped_column(Date)
    filed_on: Mapped[date | None] = mapped_column(Date)  # 备案 with the county police (art. 14)
    filing_no: Mapped[str | None] = mapped_column(String(64))
    # in_service / fault / repair / retired
    state: Mapped[str] = mapped_column(String(16), default="in_service", index=True)
    note: Mapped[str] = mapped_column(Text, default="")


class CameraTour(Versioned, Base):
    """轮巡: steps of a layout, its cameras and how long it stays (``steps`` JSON: [{"layout": 4,
    "cameras": [ids], "dwell": 20}, …])."""

    __tablename__ = "camera_tour"
    __changes__ = ((Kind.CAMERA, "id"),)

    name: Mapped[str] = mapped_column(String(100), unique=True)
    steps: Mapped[str] = mapped_column(Text, default="[]")


class CameraEvent(Tracked, Base):
    """The camera went online or offline (the minute's health check saw it change)."""

    __tablename__ = "camera_event"
    __changes__ = ((Kind.CAMERA_EVENT, "camera_id"),)

    camera_id: Mapped[int] = mapped_column(ForeignKey("camera.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    online: Mapped[bool] = mapped_column(Boolean)
    detail: Mapped[str] = mapped_column(String(200), default="")


class CameraDay(Tracked, Base):
    """One camera's health checks of one day: how many, how many found it online (the online rate)."""

    __tablename__ = "camera_day"
    __changes__ = ((Kind.CAMERA_EVENT, "camera_id"),)
    __table_args__ = (UniqueConstraint("camera_id", "day"),)

    camera_id: Mapped[int] = mapped_column(ForeignKey("camera.id"))
    day: Mapped[date] = mapped_column(Date, index=True)
    checks: Mapped[int] = mapped_column(Integer, default=0)
    online: Mapped[int] = mapped_column(Integer, default=0)


class DutyLog(Versioned, Voidable, Base):
    """值班记录: what the operator saw and did (and the room's checks, written by the program itself)."""

    __tablename__ = "duty_log"
    __changes__ = ((Kind.DUTY_LOG, "id"),)

    # duty / handover / fault / daily_check / retention_check / snapshot
    kind: Mapped[str] = mapped_column(String(16))
    logged_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    camera_id: Mapped[int | None] = mapped_column(ForeignKey("camera.id"))
    content: Mapped[str] = mapped_column(Text, default="")  # what was seen
    action: Mapped[str] = mapped_column(Text, default="")  # what was done
    reported_to: Mapped[str] = mapped_column(String(200), default="")
    open: Mapped[bool] = mapped_column(Boolean, default=False)  # a matter the next shift takes over
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ShiftHandover(Versioned, Base):
    """交接班: what one operator hands to the next, confirmed by both."""

    __tablename__ = "shift_handover"
    __changes__ = ((Kind.HANDOVER, "id"),)

    handed_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    from_id: Mapped[int] = mapped_column(ForeignKey("staff_user.id"))
    to_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    offline_cameras: Mapped[str] = mapped_column(Text, default="")  # one "code name" a line, as handed over
    open_matters: Mapped[str] = mapped_column(Text, default="")  # one matter a line
    notes: Mapped[str] = mapped_column(Text, default="")
    accepted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # the incoming operator confirmed


class FootageRequest(Versioned, Voidable, Base):
    """调用登记 (art. 16): one request to view or copy footage, as it stands now. Every step of it is also a
    line of the hash-chained ``footage_register``, which is the record; this row is what lists and forms read."""

    __tablename__ = "footage_request"
    __changes__ = ((Kind.FOOTAGE, "id"),)

    number: Mapped[str | None] = mapped_column(String(32), unique=True)
    window_start: Mapped[datetime] = mapped_column(UTCDateTime)
    window_end: Mapped[datetime] = mapped_column(UTCDateTime)
    requester_org: Mapped[str] = mapped_column(String(200))
    requester_name: Mapped[str] = mapped_column(String(100))
    requester_id_number: Mapped[str | None] = mapped_column(String(40))
    # state_organ (art. 20) / data_subject (art. 21) / other
    basis: Mapped[str] = mapped_column(String(16))
    legal_basis: Mapped[str] = mapped_column(Text, default="")  # the law or document relied on
    reason: Mapped[str] = mapped_column(Text)
    # view / copy / export
    access: Mapped[str] = mapped_column(String(8), default="view")
    case_id: Mapped[int | None] = mapped_column(ForeignKey("dispute_case.id"), index=True)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id"), index=True)
    approver_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    # pending / approved / refused
    decision: Mapped[str] = mapped_column(String(12), default="pending")
    decision_reason: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    handler_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    second_handler_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    accessed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # carried out


class FootageCamera(Tracked, Base):
    """A camera whose footage a request asks for."""

    __tablename__ = "footage_camera"
    __changes__ = ((Kind.FOOTAGE, "request_id"),)
    __table_args__ = (UniqueConstraint("request_id", "camera_id"),)

    request_id: Mapped[int] = mapped_column(ForeignKey("footage_request.id"), index=True)
    camera_id: Mapped[int] = mapped_column(ForeignKey("camera.id"), index=True)


class FootageFile(Tracked, Base):
    """A file exported for a request: its SHA-256 and where the copy went."""

    __tablename__ = "footage_file"
    __changes__ = ((Kind.FOOTAGE, "request_id"),)

    request_id: Mapped[int] = mapped_column(ForeignKey("footage_request.id"), index=True)
    camera_id: Mapped[int | None] = mapped_column(ForeignKey("camera.id"))
    filename: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    destination: Mapped[str] = mapped_column(String(300), default="")


class FootageRegisterEntry(Base):
    """调阅登记簿: one line per step of a request (filed, approved, refused, carried out, file exported,
    corrected, voided). Append-only and hash-chained like the audit log: a line changed or removed shows."""

    __tablename__ = "footage_register"
    __changes__ = ((Kind.FOOTAGE, "request_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("footage_request.id"), index=True)
    step: Mapped[str] = mapped_column(String(16))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    username: Mapped[str] = mapped_column(String(64))
    data: Mapped[str] = mapped_column(Text)  # JSON: the facts of this step
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
