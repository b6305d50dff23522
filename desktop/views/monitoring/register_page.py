"""The camera register (摄像机台账): cameras with their 备案 status (a reminder before the 30 days run out), state
and today's online rate; add and change by hand, find devices on the network, import and export the list as .xlsx,
print the register. Passwords are entered here and never shown again (only that one is set)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QLabel, QLineEdit, QListWidget
from shiboken6 import isValid

from desktop.changes import Changes, Kind
from desktop.devices.camera_urls import redact
from desktop.services.core import vocabulary
from desktop.services.monitoring.dto import CameraDTO, CameraInput
from desktop.views.common.form_dialog import FormDialog
from desktop.views.common.form_helpers import button, hbox, named, vbox
from desktop.views.common.labels import term, terms
from desktop.views.common.print_preview_dialog import preview
from desktop.views.common.room_page import RoomPage
from desktop.views.common.table_models import GREEN, GREY, ORANGE, RED, Column, RowTableModel, field
from desktop.views.common.table_view import current_row, table_view
from desktop.views.context import ViewContext
from desktop.views.monitoring.messages import monitoring_error

_FILING_COLOUR = {"overdue": RED, "due_soon": ORANGE, "filed": GREEN, "no_date": GREY}


def _filing(c: CameraDTO) -> str:
    text = term(vocabulary.FILING_STATUS, c.filing_status)
    return f"{text} {c.filing_due.isoformat()}" if c.filing_due and c.filing_status != "filed" else text


def _online(c: CameraDTO) -> str:
    if c.online is None:
        return ""
    return "●" if c.online else "○"


COLUMNS = (
    Column(QT_TRANSLATE_NOOP("RegisterPage", "Number"), field("code")),
    Column(QT_TRANSLATE_NOOP("RegisterPage", "Name"), field("name")),
    Column(QT_TRANSLATE_NOOP("RegisterPage", "Location"), field("location")),
    Column(QT_TRANSLATE_NOOP("RegisterPage", "Group"), field("group_name")),
    Column(QT_TRANSLATE_NOOP("RegisterPage", "Vendor"), lambda c: term(vocabulary.CAMERA_VENDOR, c.vendor)),
    Column(QT_TRANSLATE_NOOP("RegisterPage", "Address"), lambda c: f"{c.host}:{c.rtsp_port}"),
    Column(QT_TRANSLATE_NOOP("RegisterPage", "NVR / channel"), lambda c: f"{c.nvr} {c.channel}".strip()),
    Column(QT_TRANSLATE_NOOP("RegisterPage", "Kept (days)"), field("storage_days")),
    Column(
        QT_TRANSLATE_NOOP("RegisterPage", "Filing (备案)"),
        _filing,
        foreground=lambda c: _FILING_COLOUR.get(c.filing_status),
    ),
    Column(QT_TRANSLATE_NOOP("RegisterPage", "State"), lambda c: term(vocabulary.CAMERA_STATE, c.state)),
    Column(
        QT_TRANSLATE_NOOP("RegisterPage", "Online"),
        _online,
        foreground=lambda c: GREEN if c.online else RED,
    ),
)


class CameraDialog(FormDialog):
    """A camera by hand: where it is, how it is reached, its 备案 and retention. The password field is empty:
    typing one replaces the stored one, leaving it empty keeps it."""

    kind = Kind.CAMERA
    error_message = staticmethod(monitoring_error)

    def __init__(
        self, ctx: ViewContext, camera: CameraDTO | None = None, parent=None, *, found: dict | None = None
    ):
        """``found``: a device discovery found (host, vendor, name, location, templates) for a new camera."""
        title = self.tr("Change a camera") if camera else self.tr("Add a camera")
        super().__init__(ctx, title, "camera_dialog", parent)
        self.camera = camera
        c = camera
        with self.same_row(self.tr("Number / name")) as row:
            row.addWidget(named(self, "code", QLineEdit(c.code if c else "")), 1)
            row.addWidget(named(self, "name", QLineEdit(c.name if c else "")), 2)
        self.line("location", self.tr("Location"), c.location if c else "")
        with self.same_row(self.tr("Vendor / type")) as row:
            self.vendor = named(self, "vendor", QComboBox())
            self.kind_box = named(self, "kind_box", QComboBox())
            for box, vocab, value in (
                (self.vendor, vocabulary.CAMERA_VENDOR, c.vendor if c else "hikvision"),
                (self.kind_box, vocabulary.CAMERA_KIND, c.kind if c else "bullet"),
            ):
                for code, label in terms(vocab):
                    box.addItem(label, code)
                box.setCurrentIndex(max(0, box.findData(value)))
                row.addWidget(box, 1)
        with self.same_row(self.tr("Address / RTSP port / channel")) as row:
            row.addWidget(named(self, "host", QLineEdit(c.host if c else "")), 3)
            for name, value, hi in (
                ("rtsp_port", c.rtsp_port if c else 554, 65535),
                ("channel", c.channel if c else 1, 512),
            ):
                from PySide6.QtWidgets import QSpinBox

                box = named(self, name, QSpinBox())
                box.setRange(1, hi)
                box.setValue(value)
                row.addWidget(box, 1)
        self.line(
            "nvr", self.tr("NVR it records to"), c.nvr if c else "", self.tr("e.g. NVR-1, machine room")
        )
        self.line(
            "main_template",
            self.tr("Main stream address"),
            c.main_template if c else "",
            self.tr("Empty: the vendor's; e.g. rtsp://{host}:{port}/live/ch{channel}"),
        )
        self.line(
            "sub_template",
            self.tr("Substream address"),
            c.sub_template if c else "",
            self.tr("Empty: the vendor's"),
        )
        with self.same_row(self.tr("User / password")) as row:
            row.addWidget(named(self, "username", QLineEdit(c.username if c else "admin")), 1)
            pw = named(self, "password", QLineEdit())
            pw.setEchoMode(QLineEdit.EchoMode.Password)
            pw.setPlaceholderText(
                self.tr("Set (%1): type to replace").replace("%1", c.password_hint)
                if c and c.password_hint
                else self.tr("Not set")
            )
            row.addWidget(pw, 1)
        with self.same_row(self.tr("Group / maintainer")) as row:
            row.addWidget(named(self, "group_name", QLineEdit(c.group_name if c else "")), 1)
            row.addWidget(named(self, "maintainer", QLineEdit(c.maintainer if c else "")), 2)
        self.number(
            "storage_days", self.tr("Footage kept (days, at least 30)"), c.storage_days if c else 30, 1, 3650
        )
        self.day(
            "commissioned_on",
            self.tr("Commissioned on"),
            c.commissioned_on if c else None,
            blank=self.tr("not yet"),
        )
        self.day(
            "filed_on", self.tr("Filed (备案) on"), c.filed_on if c else None, blank=self.tr("not filed")
        )
        self.line("filing_no", self.tr("Filing number"), c.filing_no if c else "")
        self.combo("state", self.tr("State"), terms(vocabulary.CAMERA_STATE), c.state if c else "in_service")
        self.check("ptz", self.tr("PTZ (pan/tilt/zoom)"), c.ptz if c else False)
        for name, value in (found or {}).items():
            widget = getattr(self, name)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            else:
                widget.setText(value)

    def job(self):
        password = self.password.text()
        data = CameraInput(
            code=self.code.text(),
            name=self.name.text(),
            location=self.location.text(),
            vendor=self.vendor.currentData(),
            kind=self.kind_box.currentData(),
            host=self.host.text(),
            rtsp_port=self.rtsp_port.value(),
            channel=self.channel.value(),
            nvr=self.nvr.text(),
            main_template=self.main_template.text(),
            sub_template=self.sub_template.text(),
            username=self.username.text(),
            password=password or None,
            group_name=self.group_name.text(),
            maintainer=self.maintainer.text(),
            storage_days=self.storage_days.value(),
            commissioned_on=self.day_of(self.commissioned_on),
            filed_on=self.day_of(self.filed_on),
            filing_no=self.filing_no.text(),
            state=self.state.currentData(),
            ptz=self.ptz.isChecked(),
            grid_id=self.camera.grid_id if self.camera else None,
            note=self.camera.note if self.camera else "",
        )
        svc, actor, c = self.ctx.services.cameras, self.ctx.actor, self.camera
        return lambda: svc.save(actor, data, c.id if c else None, c.version if c else None)


class DiscoveryDialog(QDialog):
    """Devices answering an ONVIF WS-Discovery probe (multicast, and unicast to the addresses typed, for networks
    that do not pass multicast); with the device's user and password, its stream addresses are read over ONVIF.
    The chosen one opens the camera form, filled in."""

    chosen = Signal(dict)

    def __init__(self, ctx: ViewContext, parent=None):
        super().__init__(parent)
        self.setObjectName("discovery_dialog")
        self.setWindowTitle(self.tr("Find devices"))
        self.setMinimumWidth(560)
        self.ctx = ctx
        self.found = []
        self.addresses = named(self, "addresses", QLineEdit())
        self.addresses.setPlaceholderText(
            self.tr("Also ask these addresses directly, e.g. 10.0.3.21, 10.0.3.22")
        )
        self.results = named(self, "results", QListWidget())
        self.user = named(self, "user", QLineEdit("admin"))
        self.password = named(self, "password", QLineEdit())
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.status = named(self, "status", QLabel(""))
        self.status.setWordWrap(True)
        vbox(
            hbox(self.addresses, button(self, "search_button", self.tr("Search"), self.search)),
            self.results,
            hbox(QLabel(self.tr("User / password (to read its stream addresses)")), self.user, self.password),
            self.status,
            hbox(
                1,
                button(self, "use_button", self.tr("Use"), self.use),
                button(self, "close_button", self.tr("Close"), self.reject),
            ),
            parent=self,
        )

    def search(self) -> None:
        from desktop.devices.camera_discovery import discover

        extra = [a.strip() for a in self.addresses.text().replace("，", ",").split(",") if a.strip()]
        self.search_button.setEnabled(False)
        self.status.setText(self.tr("Searching…"))

        def shown(found) -> None:
            if not isValid(self):
                return
            self.found = found
            self.results.clear()
            for d in found:
                self.results.addItem(f"{d.host}:{d.port}  {d.name}  {d.hardware}  {d.location}".strip())
            self.status.setText(self.tr("%1 devices answered.").replace("%1", str(len(found))))
            self.search_button.setEnabled(True)

        def failed(exc) -> None:
            if isValid(self):
                self.search_button.setEnabled(True)
                self.status.setText(redact(str(exc)))

        self.ctx.tasks.run_long(lambda _p, _c: discover(3.0, extra), on_done=shown, on_error=failed)

    def use(self) -> None:
        from desktop.devices.camera_discovery import stream_profiles

        row = self.results.currentRow()
        if row < 0 or row >= len(self.found):
            return
        d = self.found[row]
        found = {
            "host": d.host,
            "vendor": d.vendor,
            "name": d.name,
            "location": d.location,
            "username": self.user.text(),
        }
        user, password = self.user.text(), self.password.text()
        if d.vendor != "onvif" or not password:
            self.chosen.emit(found)
            self.accept()
            return
        self.status.setText(self.tr("Reading the stream addresses…"))

        def read(streams) -> None:
            if isValid(self):
                self.chosen.emit(found | {"main_template": streams.main, "sub_template": streams.sub})
                self.accept()

        def failed(exc) -> None:
            if isValid(self):
                self.status.setText(
                    self.tr("The device did not give its addresses: %1").replace("%1", str(exc))
                )

        self.ctx.tasks.run_long(
            lambda _p, _c: stream_profiles(d.host, d.port, user, password), on_done=read, on_error=failed
        )


class RegisterPage(RoomPage):
    kinds = frozenset({Kind.CAMERA, Kind.CAMERA_EVENT})
    error_message = staticmethod(monitoring_error)

    def __init__(self, ctx: ViewContext, parent=None):
        super().__init__(ctx, "register_page", parent, first=("", None))
        self.model = RowTableModel(COLUMNS, "RegisterPage", self)
        self.table = table_view(
            "table", self.model, (80, 120, 200, 70, 80, 130, 90, 60, 150, 60), parent=self
        )
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.search = self.search_box(self.tr("Number, name or location"))
        self.state_box = named(self, "state_box", QComboBox())
        self.state_box.addItem(self.tr("Every state"), None)
        for code, label in terms(vocabulary.CAMERA_STATE):
            self.state_box.addItem(label, code)
        self.reload_on(self.state_box)
        self.reminder = named(self, "reminder", QLabel(""))
        self.reminder.setStyleSheet("color: #b35c00")
        self.reminder.setWordWrap(True)
        self.summary = named(self, "summary", QLabel(""))
        vbox(
            hbox(
                self.search,
                self.state_box,
                button(self, "add_button", self.tr("Add camera"), self.add),
                button(self, "find_button", self.tr("Find devices…"), self.find),
                button(self, "edit_button", self.tr("Change"), self.edit),
                button(self, "import_button", self.tr("Import .xlsx"), self.import_sheet),
                button(self, "export_button", self.tr("Export .xlsx"), self.export_sheet),
                button(self, "print_button", self.tr("Print register"), self.print_register),
            ),
            self.reminder,
            self.error,
            self.table,
            self.summary,
            parent=self,
        )

    def filter(self):
        return self.search.text(), self.state_box.currentData()

    def query(self, filt):
        search, state = filt
        svc, actor = self.ctx.services.cameras, self.ctx.actor
        return lambda: (svc.list_cameras(actor, search=search, state=state), svc.filing_reminders(actor))

    def show_result(self, filt, result) -> None:
        cams, reminders = result
        self.model.set_rows(cams)
        if reminders:
            overdue = [c.code for c in reminders if c.filing_status == "overdue"]
            soon = [c.code for c in reminders if c.filing_status == "due_soon"]
            parts = []
            if overdue:
                parts.append(self.tr("Filing overdue: %1").replace("%1", "、".join(overdue)))
            if soon:
                parts.append(self.tr("Filing due within 7 days: %1").replace("%1", "、".join(soon)))
            self.reminder.setText("；".join(parts))
        else:
            self.reminder.setText("")
        online = sum(1 for c in cams if c.online)
        checked = sum(1 for c in cams if c.online is not None)
        self.summary.setText(
            self.tr("%1 cameras; %2 of %3 checked are online")
            .replace("%1", str(len(cams)))
            .replace("%2", str(online))
            .replace("%3", str(checked))
        )

    def changed(self, ch: Changes) -> None:
        self.reload()

    # -- actions ------------------------------------------------------------------------------------------------
    def add(self) -> None:
        self.open_dialog(CameraDialog(self.ctx, parent=self))

    def find(self) -> None:
        dlg = DiscoveryDialog(self.ctx, self)
        dlg.chosen.connect(lambda found: self.open_dialog(CameraDialog(self.ctx, parent=self, found=found)))
        self.open_dialog(dlg)

    def edit(self) -> None:
        cam = current_row(self.table)
        if cam is not None:
            self.open_dialog(CameraDialog(self.ctx, cam, parent=self))

    def export_sheet(self, path: str | None = None) -> None:
        path = (
            path
            or QFileDialog.getSaveFileName(
                self, self.tr("Export the register"), "摄像机台账.xlsx", "Excel (*.xlsx)"
            )[0]
        )
        if not path:
            return
        svc, actor = self.ctx.services.cameras, self.ctx.actor

        def work(_progress, _cancelled):
            Path(path).write_bytes(svc.export_xlsx(actor))
            return path

        self.ctx.tasks.run_long(
            work,
            on_done=lambda p: self.summary.setText(self.tr("Saved to %1").replace("%1", p)),
            on_error=self.failed,
        )

    def import_sheet(self, path: str | None = None) -> None:
        path = path or QFileDialog.getOpenFileName(self, self.tr("Import cameras"), "", "Excel (*.xlsx)")[0]
        if not path:
            return
        svc, actor = self.ctx.services.cameras, self.ctx.actor

        def done(counts) -> None:
            added, changed = counts
            self.summary.setText(
                self.tr("Imported: %1 added, %2 changed")
                .replace("%1", str(added))
                .replace("%2", str(changed))
            )

        self.ctx.tasks.run_long(
            lambda _p, _c: svc.import_xlsx(actor, Path(path).read_bytes()),
            on_done=done,
            on_error=self.failed,
            write=True,
        )

    def print_register(self) -> None:
        self.open_dialog(preview(self.ctx, "camera_register", parent=self))
