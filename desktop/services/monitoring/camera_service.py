"""The camera register (公共安全视频图像信息系统管理条例 art. 14): cameras by hand, from a spreadsheet or from
discovery; their 备案 status with a reminder before the 30 days run out; the addresses the live wall opens.

Passwords are kept encrypted (``credentials.CredentialBox``), leave the service only inside a ``StreamSource``
(never shown), and appear nowhere else: not in DTOs, the audit log, exports or error messages.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.devices import camera_urls
from desktop.models import Camera, CameraEvent, CameraTour
from desktop.services.core import audit_service, clock, vocabulary
from desktop.services.core.dto import Actor
from desktop.services.core.errors import NotFound, ValidationError
from desktop.services.core.permissions import Perm, require
from desktop.services.core.unit_of_work import load, write
from desktop.services.core.validators import parse_date, text_field
from desktop.services.monitoring.credentials import CredentialBox, CredentialsUnreadable, hint
from desktop.services.monitoring.dto import CameraDTO, CameraInput, StreamSource, TourDTO, TourStep

FILING_DAYS = 30  # 备案 within 30 days of commissioning (art. 14)
FILING_REMIND_DAYS = 7  # the register warns this many days before
MIN_STORAGE_DAYS = 30  # footage kept at least 30 days (art. 17)
LAYOUTS = (1, 4, 9, 16)
MIN_DWELL = 5  # seconds a tour step stays at least

# the spreadsheet's columns: (header, CameraInput field); the password is read on import, never written
SHEET_COLUMNS = (
    ("编号", "code"),
    ("名称", "name"),
    ("安装位置", "location"),
    ("类型", "kind"),
    ("厂商", "vendor"),
    ("地址", "host"),
    ("RTSP端口", "rtsp_port"),
    ("HTTP端口", "http_port"),
    ("NVR", "nvr"),
    ("通道", "channel"),
    ("主码流模板", "main_template"),
    ("子码流模板", "sub_template"),
    ("用户名", "username"),
    ("分组", "group_name"),
    ("云台", "ptz"),
    ("维保单位", "maintainer"),
    ("存储天数", "storage_days"),
    ("启用日期", "commissioned_on"),
    ("备案日期", "filed_on"),
    ("备案编号", "filing_no"),
    ("状态", "state"),
    ("备注", "note"),
)
PASSWORD_HEADER = "密码"
_CODED = {
    "kind": vocabulary.CAMERA_KIND,
    "vendor": vocabulary.CAMERA_VENDOR,
    "state": vocabulary.CAMERA_STATE,
}


def filing(c: Camera | CameraInput, today: date) -> tuple[str, date | None]:
    """(备案 status, the day it is due) of a camera."""
    if c.filed_on is not None:
        return "filed", None
    if c.commissioned_on is None:
        return "no_date", None
    due = c.commissioned_on + timedelta(days=FILING_DAYS)
    if today > due:
        return "overdue", due
    if (due - today).days <= FILING_REMIND_DAYS:
        return "due_soon", due
    return "pending", due


def _audit_view(c: Camera) -> dict:
    """A camera as the audit log keeps it: everything but the password (only whether one is set)."""
    return {
        "code": c.code,
        "name": c.name,
        "location": c.location,
        "vendor": c.vendor,
        "host": c.host,
        "rtsp_port": c.rtsp_port,
        "channel": c.channel,
        "nvr": c.nvr,
        "main_template": c.main_template,
        "sub_template": c.sub_template,
        "username": c.username,
        "password": "set" if c.password_enc else None,
        "storage_days": c.storage_days,
        "commissioned_on": c.commissioned_on,
        "filed_on": c.filed_on,
        "filing_no": c.filing_no,
        "state": c.state,
        "maintainer": c.maintainer,
    }


class CameraService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        box: CredentialBox | None = None,
        today: Callable[[], date] = clock.today,
    ):
        self._sessions = sessions
        self.box = box or CredentialBox()
        self._today = today

    # -- reading -------------------------------------------------------------------------------------------------
    def _dto(self, c: Camera, last: dict[int, tuple[bool, datetime]] | None = None) -> CameraDTO:
        status, due = filing(c, self._today())
        online, at = (last or {}).get(c.id, (None, None))
        return CameraDTO(
            id=c.id,
            version=c.version,
            code=c.code,
            name=c.name,
            location=c.location,
            vendor=c.vendor,
            host=c.host,
            rtsp_port=c.rtsp_port,
            http_port=c.http_port,
            nvr=c.nvr,
            channel=c.channel,
            main_template=c.main_template or "",
            sub_template=c.sub_template or "",
            username=c.username or "",
            password_hint=hint(c.password_enc),
            kind=c.kind,
            grid_id=c.grid_id,
            group_name=c.group_name,
            ptz=c.ptz,
            maintainer=c.maintainer,
            storage_days=c.storage_days,
            commissioned_on=c.commissioned_on,
            filed_on=c.filed_on,
            filing_no=c.filing_no or "",
            state=c.state,
            note=c.note,
            filing_status=status,
            filing_due=due,
            online=online,
            checked_at=at,
        )

    @staticmethod
    def _last_events(s: Session) -> dict[int, tuple[bool, datetime]]:
        latest = (
            select(CameraEvent.camera_id, func.max(CameraEvent.id).label("id"))
            .group_by(CameraEvent.camera_id)
            .subquery()
        )
        rows = s.execute(
            select(CameraEvent.camera_id, CameraEvent.online, CameraEvent.at).join(
                latest, CameraEvent.id == latest.c.id
            )
        )
        return {r.camera_id: (r.online, r.at) for r in rows}

    def list_cameras(
        self, actor: Actor, *, search: str = "", state: str | None = None, group: str | None = None
    ) -> list[CameraDTO]:
        require(actor, Perm.CAMERAS_EDIT, Perm.MONITORING_DUTY, Perm.FOOTAGE_REQUEST)
        q = select(Camera).order_by(Camera.group_name, Camera.code)
        if state:
            q = q.where(Camera.state == state)
        if group:
            q = q.where(Camera.group_name == group)
        if search.strip():
            like = f"%{search.strip()}%"
            q = q.where(Camera.code.like(like) | Camera.name.like(like) | Camera.location.like(like))
        with self._sessions() as s:
            last = self._last_events(s)
            return [self._dto(c, last) for c in s.scalars(q)]

    def get(self, actor: Actor, camera_id: int) -> CameraDTO:
        require(actor, Perm.CAMERAS_EDIT, Perm.MONITORING_DUTY, Perm.FOOTAGE_REQUEST)
        with self._sessions() as s:
            c = s.get(Camera, camera_id)
            if c is None:
                raise NotFound("camera")
            return self._dto(c, self._last_events(s))

    def groups(self, actor: Actor) -> list[str]:
        require(actor, Perm.CAMERAS_EDIT, Perm.MONITORING_DUTY)
        with self._sessions() as s:
            return [
                g for g in s.scalars(select(Camera.group_name).distinct().order_by(Camera.group_name)) if g
            ]

    def filing_reminders(self, actor: Actor) -> list[CameraDTO]:
        """Cameras whose 备案 is due within the reminder days or overdue (art. 14)."""
        return [
            c
            for c in self.list_cameras(actor)
            if c.filing_status in ("due_soon", "overdue") and c.state != "retired"
        ]

    # -- the addresses ----------------------------------------------------------------------------------------------
    def stream_sources(self, actor: Actor, camera_ids: list[int] | None = None) -> list[StreamSource]:
        """What the wall opens, in the order asked (all cameras in service when None)."""
        require(actor, Perm.MONITORING_DUTY)
        with self._sessions() as s:
            q = select(Camera)
            q = (
                q.where(Camera.id.in_(camera_ids))
                if camera_ids is not None
                else q.where(Camera.state != "retired").order_by(Camera.group_name, Camera.code)
            )
            rows = list(s.scalars(q))
        if camera_ids is not None:
            order = {cid: i for i, cid in enumerate(camera_ids)}
            rows.sort(key=lambda c: order[c.id])
        return [self._source(c) for c in rows]

    def _source(self, c: Camera) -> StreamSource:
        try:
            password = self.box.decrypt(c.password_enc)
        except CredentialsUnreadable:
            return StreamSource(c.id, c.code, c.name, problem=CredentialsUnreadable.code)
        endpoint = camera_urls.Endpoint(c.vendor, c.host, c.rtsp_port, c.channel)
        try:
            sub = camera_urls.stream_url(
                endpoint, camera_urls.SUB, override=c.sub_template, user=c.username, password=password
            )
            main = camera_urls.stream_url(
                endpoint, camera_urls.MAIN, override=c.main_template, user=c.username, password=password
            )
        except camera_urls.TemplateError as exc:
            # a camera with only one template (generic RTSP): both tiles and full size use it
            try:
                only = c.main_template or c.sub_template
                if not only:
                    raise
                url = camera_urls.stream_url(endpoint, override=only, user=c.username, password=password)
                sub = main = url
            except camera_urls.TemplateError:
                return StreamSource(c.id, c.code, c.name, problem=exc.reason)
        return StreamSource(c.id, c.code, c.name, sub, main)

    def playback_source(self, actor: Actor, camera_id: int, start: datetime, end: datetime) -> str | None:
        """The device's address of a recorded window, credentials inside (None: the vendor has no playback
        known here). For the export of an approved request only."""
        require(actor, Perm.MONITORING_DUTY)
        with self._sessions() as s:
            c = s.get(Camera, camera_id)
            if c is None:
                raise NotFound("camera")
            endpoint = camera_urls.Endpoint(c.vendor, c.host, c.rtsp_port, c.channel)
            return camera_urls.playback_url(
                endpoint, start, end, user=c.username, password=self.box.decrypt(c.password_enc)
            )

    # -- writing ----------------------------------------------------------------------------------------------------
    def _checked(self, data: CameraInput) -> CameraInput:
        code = text_field(data.code, "code", required=True, limit=32)
        name = text_field(data.name, "name", required=True, limit=100)
        location = text_field(data.location, "location", required=True, limit=200)
        for f, vocab in _CODED.items():
            if getattr(data, f) not in vocab:
                raise ValidationError(f, "unknown_code")
        templates = {}
        username, password = data.username.strip(), data.password
        for f in ("main_template", "sub_template"):
            t = text_field(getattr(data, f), f, limit=300)
            if t:
                t, user, pw = camera_urls.split_credentials(t)  # typed into the address: moved to the fields
                username = username or (user or "")
                password = password if password is not None else pw
                try:
                    camera_urls.check_template(t)
                except camera_urls.TemplateError as exc:
                    raise ValidationError(f, exc.reason) from None
            templates[f] = t
        host = text_field(data.host, "host", limit=255)
        if not host and not (templates["main_template"] and "{host}" not in templates["main_template"]):
            raise ValidationError("host", "required")
        if data.vendor in (camera_urls.ONVIF, camera_urls.GENERIC) and not (
            templates["main_template"] or templates["sub_template"]
        ):
            raise ValidationError("main_template", "template_required")
        for f in ("rtsp_port", "http_port"):
            if not 1 <= int(getattr(data, f)) <= 65535:
                raise ValidationError(f, "bad_port")
        if not 1 <= int(data.channel) <= 512:
            raise ValidationError("channel", "bad_channel")
        if int(data.storage_days) < MIN_STORAGE_DAYS:
            raise ValidationError("storage_days", "retention_too_short", days=MIN_STORAGE_DAYS)
        if data.filed_on and data.commissioned_on and data.filed_on < data.commissioned_on:
            raise ValidationError("filed_on", "filed_before_commissioned")
        return CameraInput(
            **{
                **data.__dict__,
                "code": code,
                "name": name,
                "location": location,
                "host": host,
                "username": text_field(username, "username", limit=64),
                "password": password,
                "group_name": text_field(data.group_name, "group_name", limit=64),
                "maintainer": text_field(data.maintainer, "maintainer", limit=200),
                "nvr": text_field(data.nvr, "nvr", limit=100),
                "filing_no": text_field(data.filing_no, "filing_no", limit=64),
                **templates,
            }
        )

    def _apply(self, c: Camera, d: CameraInput) -> None:
        for f in (
            "code",
            "name",
            "location",
            "vendor",
            "host",
            "rtsp_port",
            "http_port",
            "nvr",
            "channel",
            "kind",
            "grid_id",
            "group_name",
            "ptz",
            "maintainer",
            "storage_days",
            "commissioned_on",
            "filed_on",
            "state",
            "note",
        ):
            setattr(c, f, getattr(d, f))
        c.main_template = d.main_template or None
        c.sub_template = d.sub_template or None
        c.username = d.username or None
        c.filing_no = d.filing_no or None
        if d.password is not None:
            c.password_enc = self.box.encrypt(d.password)

    def _code_free(self, s: Session, code: str, camera_id: int | None) -> None:
        other = s.scalar(select(Camera.id).where(Camera.code == code))
        if other is not None and other != camera_id:
            raise ValidationError("code", "duplicate_code")

    def save(self, actor: Actor, data: CameraInput, camera_id: int | None = None, version: int | None = None):
        """Create (``camera_id`` None) or change a camera; returns its DTO."""
        require(actor, Perm.CAMERAS_EDIT)
        d = self._checked(data)

        def work(s: Session) -> CameraDTO:
            self._code_free(s, d.code, camera_id)
            if camera_id is None:
                c = Camera(created_by=actor.id)
                self._apply(c, d)
                s.add(c)
                s.flush()
                audit_service.record(
                    s, actor, "create", "camera", c.id, f"登记摄像机 {c.code} {c.name}", after=_audit_view(c)
                )
            else:
                c = load(s, Camera, camera_id, version)
                before = _audit_view(c)
                self._apply(c, d)
                s.flush()
                b, a = audit_service.changes(before, _audit_view(c))
                if d.password is not None:
                    b["password"], a["password"] = "***", "changed" if d.password else "cleared"
                audit_service.record(
                    s, actor, "update", "camera", c.id, f"修改摄像机 {c.code}", before=b, after=a
                )
            return self._dto(c)

        return write(self._sessions, work, "camera")

    # -- spreadsheet -------------------------------------------------------------------------------------------------
    def export_xlsx(self, actor: Actor) -> bytes:
        """The register as .xlsx (no passwords: the column is not written)."""
        from openpyxl import Workbook

        require(actor, Perm.CAMERAS_EDIT)
        cams = self.list_cameras(actor)
        wb = Workbook()
        ws = wb.active
        ws.title = "摄像机台账"
        ws.append([h for h, _f in SHEET_COLUMNS] + ["备案状态"])
        for c in cams:
            row = []
            for _h, f in SHEET_COLUMNS:
                v = getattr(c, f)
                if f in _CODED:
                    v = _CODED[f].zh(v)
                elif f == "ptz":
                    v = "是" if v else "否"
                row.append(v)
            ws.append(row + [vocabulary.FILING_STATUS.zh(c.filing_status)])
        out = io.BytesIO()
        wb.save(out)
        with self._sessions.begin() as s:
            audit_service.record(s, actor, "export", "camera", None, f"导出摄像机台账 {len(cams)} 路")
        return out.getvalue()

    def import_xlsx(self, actor: Actor, data: bytes) -> tuple[int, int]:
        """Cameras from a sheet with the export's headers (a 密码 column is read and encrypted): new codes are
        added, known codes changed. One transaction: a row refused refuses the file (ValidationError with
        ``row``). Returns (added, changed)."""
        from openpyxl import load_workbook

        require(actor, Perm.CAMERAS_EDIT)
        ws = load_workbook(io.BytesIO(data), read_only=True, data_only=True).active
        rows = ws.iter_rows(values_only=True)
        header = [str(h).strip() if h is not None else "" for h in next(rows, ())]
        by_header = dict(SHEET_COLUMNS)
        if "编号" not in header or "名称" not in header:
            raise ValidationError("file", "not_a_camera_sheet")
        inputs: list[CameraInput] = []
        for n, values in enumerate(rows, start=2):
            cells = {header[i]: v for i, v in enumerate(values) if i < len(header)}
            if not any(v not in (None, "") for v in cells.values()):
                continue
            try:
                inputs.append(self._checked(self._from_cells(cells, by_header)))
            except ValidationError as exc:
                raise ValidationError(exc.field or "file", exc.code, row=n) from None
            except (TypeError, ValueError):
                raise ValidationError("file", "bad_value", row=n) from None

        def work(s: Session) -> tuple[int, int]:
            added = changed = 0
            for d in inputs:
                c = s.scalar(select(Camera).where(Camera.code == d.code))
                if c is None:
                    c = Camera(created_by=actor.id)
                    s.add(c)
                    added += 1
                else:
                    changed += 1
                self._apply(c, d)
            s.flush()
            audit_service.record(
                s, actor, "import", "camera", None, f"导入摄像机台账：新增 {added} 路，修改 {changed} 路"
            )
            return added, changed

        return write(self._sessions, work, "camera")

    @staticmethod
    def _from_cells(cells: dict, by_header: dict) -> CameraInput:
        values: dict = {}
        for header, f in by_header.items():
            v = cells.get(header)
            if v is None or v == "":
                continue
            if f in _CODED:
                v = _CODED[f].code_of(str(v).strip()) or str(v).strip()
            elif f in ("rtsp_port", "http_port", "channel", "storage_days"):
                v = int(v)
            elif f == "ptz":
                v = str(v).strip() in ("是", "有", "1", "true", "True", "yes")
            elif f in ("commissioned_on", "filed_on"):
                v = parse_date(v, f)
            else:
                v = str(v).strip()
            values[f] = v
        password = cells.get(PASSWORD_HEADER)
        if password not in (None, ""):
            values["password"] = str(password)
        for f in ("code", "name", "location"):
            values.setdefault(f, "")
        return CameraInput(**values)

    # -- tours (轮巡) ----------------------------------------------------------------------------------------------
    def tours(self, actor: Actor) -> list[TourDTO]:
        require(actor, Perm.MONITORING_DUTY)
        with self._sessions() as s:
            return [
                TourDTO(
                    t.id,
                    t.version,
                    t.name,
                    tuple(
                        TourStep(x["layout"], tuple(x["cameras"]), x["dwell"]) for x in json.loads(t.steps)
                    ),
                )
                for t in s.scalars(select(CameraTour).order_by(CameraTour.name))
            ]

    def save_tour(
        self,
        actor: Actor,
        name: str,
        steps: list[TourStep],
        tour_id: int | None = None,
        version: int | None = None,
    ) -> int:
        require(actor, Perm.MONITORING_DUTY)
        name = text_field(name, "name", required=True, limit=100)
        if not steps:
            raise ValidationError("steps", "required")
        for i, st in enumerate(steps):
            if st.layout not in LAYOUTS:
                raise ValidationError("steps", "bad_layout", step=i + 1)
            if not st.camera_ids or len(st.camera_ids) > st.layout:
                raise ValidationError("steps", "cameras_for_layout", step=i + 1)
            if st.dwell < MIN_DWELL:
                raise ValidationError("steps", "dwell_too_short", step=i + 1, seconds=MIN_DWELL)
        data = json.dumps(
            [{"layout": x.layout, "cameras": list(x.camera_ids), "dwell": x.dwell} for x in steps]
        )

        def work(s: Session) -> int:
            other = s.scalar(select(CameraTour.id).where(CameraTour.name == name))
            if other is not None and other != tour_id:
                raise ValidationError("name", "duplicate_name")
            known = set(
                s.scalars(select(Camera.id).where(Camera.id.in_({c for x in steps for c in x.camera_ids})))
            )
            if any(c not in known for x in steps for c in x.camera_ids):
                raise ValidationError("steps", "not_found")
            t = CameraTour(created_by=actor.id) if tour_id is None else load(s, CameraTour, tour_id, version)
            t.name, t.steps = name, data
            s.add(t)
            s.flush()
            audit_service.record(
                s, actor, "create" if tour_id is None else "update", "camera_tour", t.id, f"轮巡 {name}"
            )
            return t.id

        return write(self._sessions, work, "camera_tour")
