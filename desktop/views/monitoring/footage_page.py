"""Footage requests (调阅登记): register a request, the director approves or refuses it, two staff carry it out,
copies are exported from the NVR (stream copy) or added with their SHA-256 and destination; the 审批表 and the
登记簿 are printed from the records, and the register's hash chain is checked."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit, QSplitter

from desktop.changes import Kind
from desktop.services.core import clock, vocabulary
from desktop.services.core.permissions import Perm
from desktop.services.monitoring.dto import FootageInput, FootageRequestDTO
from desktop.views.common.form_dialog import FormDialog
from desktop.views.common.form_helpers import button, hbox, named, vbox
from desktop.views.common.labels import term, terms
from desktop.views.common.print_preview_dialog import preview
from desktop.views.common.progress_dialog import ProgressDialog
from desktop.views.common.room_page import RoomPage
from desktop.views.common.table_models import GREEN, GREY, ORANGE, RED, Column, RowTableModel, field
from desktop.views.common.table_view import current_row, table_view
from desktop.views.context import ViewContext
from desktop.views.monitoring.messages import monitoring_error

STATUS_TEXT = {
    "pending": QT_TRANSLATE_NOOP("FootagePage", "Awaiting approval"),
    "approved": QT_TRANSLATE_NOOP("FootagePage", "Approved"),
    "refused": QT_TRANSLATE_NOOP("FootagePage", "Refused"),
    "done": QT_TRANSLATE_NOOP("FootagePage", "Carried out"),
    "voided": QT_TRANSLATE_NOOP("FootagePage", "Voided"),
}
_STATUS_COLOUR = {"pending": ORANGE, "refused": RED, "done": GREEN, "voided": GREY}


def _local(at: datetime | None) -> str:
    return f"{at.astimezone(clock.CST):%Y-%m-%d %H:%M}" if at else ""


def _status(r: FootageRequestDTO) -> str:
    return QCoreApplication.translate("FootagePage", STATUS_TEXT[r.status])


COLUMNS = (
    Column(QT_TRANSLATE_NOOP("FootagePage", "Number"), field("number")),
    Column(QT_TRANSLATE_NOOP("FootagePage", "Organisation"), field("requester_org")),
    Column(QT_TRANSLATE_NOOP("FootagePage", "Requester"), field("requester_name")),
    Column(QT_TRANSLATE_NOOP("FootagePage", "Access"), lambda r: term(vocabulary.FOOTAGE_ACCESS, r.access)),
    Column(QT_TRANSLATE_NOOP("FootagePage", "Cameras"), lambda r: "、".join(c.split()[0] for c in r.cameras)),
    Column(
        QT_TRANSLATE_NOOP("FootagePage", "Time window"),
        lambda r: f"{_local(r.window_start)} – {r.window_end.astimezone(clock.CST):%H:%M}",
    ),
    Column(
        QT_TRANSLATE_NOOP("FootagePage", "Status"), _status, foreground=lambda r: _STATUS_COLOUR.get(r.status)
    ),
)


class RequestDialog(FormDialog):
    """A request as the requester states it: who, on what basis, why, which cameras, which window, what kind of
    access, and the case or visit it serves."""

    kind = Kind.FOOTAGE
    error_message = staticmethod(monitoring_error)

    def __init__(self, ctx: ViewContext, cameras, parent=None):
        super().__init__(ctx, self.tr("Register a footage request"), "request_dialog", parent)
        self.line("requester_org", self.tr("Organisation"), "", self.tr("e.g. 华侨路派出所, or 个人"))
        self.line("requester_name", self.tr("Name"))
        self.line("requester_id_number", self.tr("ID number (shown masked)"))
        self.combo("basis", self.tr("Basis"), terms(vocabulary.FOOTAGE_BASIS), "state_organ")
        self.line(
            "legal_basis",
            self.tr("Legal basis / document"),
            "",
            self.tr("Required for a state organ (art. 20)"),
        )
        self.text("reason", self.tr("Reason"), height=50)
        self.camera_ids = named(self, "camera_ids", QListWidget())
        self.camera_ids.setMaximumHeight(120)
        for c in cameras:
            item = QListWidgetItem(c.label)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.camera_ids.addItem(item)
        self.form.addRow(self.tr("Cameras"), self.camera_ids)
        now = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
        self.moment("window_start", self.tr("From"), now - timedelta(hours=2))
        self.moment("window_end", self.tr("To"), now - timedelta(hours=1))
        self.combo("access", self.tr("Access"), terms(vocabulary.FOOTAGE_ACCESS), "view")
        self.line("case_no", self.tr("Dispute case id (if any)"))
        self.line("visit_no", self.tr("Visit id (if any)"))

    def checked_cameras(self) -> tuple[int, ...]:
        items = (self.camera_ids.item(i) for i in range(self.camera_ids.count()))
        return tuple(
            i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked
        )

    @staticmethod
    def _int(text: str) -> int | None:
        text = text.strip()
        return int(text) if text.isdigit() else None

    def job(self):
        data = FootageInput(
            requester_org=self.requester_org.text(),
            requester_name=self.requester_name.text(),
            requester_id_number=self.requester_id_number.text(),
            basis=self.basis.currentData(),
            legal_basis=self.legal_basis.text(),
            reason=self.reason.toPlainText(),
            camera_ids=self.checked_cameras(),
            window_start=self.moment_of(self.window_start),
            window_end=self.moment_of(self.window_end),
            access=self.access.currentData(),
            case_id=self._int(self.case_no.text()),
            visit_id=self._int(self.visit_no.text()),
        )
        svc, actor = self.ctx.services.footage, self.ctx.actor
        return lambda: svc.file_request(actor, data)


class DecisionDialog(FormDialog):
    kind = Kind.FOOTAGE
    error_message = staticmethod(monitoring_error)

    def __init__(self, ctx: ViewContext, request: FootageRequestDTO, approve: bool, parent=None):
        title = self.tr("Approve %1") if approve else self.tr("Refuse %1")
        super().__init__(ctx, title.replace("%1", request.number), "decision_dialog", parent)
        self.request, self.approve = request, approve
        self.note("summary", f"{request.requester_org} {request.requester_name}：{request.reason}")
        self.text(
            "decision_reason",
            self.tr("Note (optional)") if approve else self.tr("Why it is refused"),
            height=50,
        )
        self.save_button.setText(self.tr("Approve") if approve else self.tr("Refuse"))

    def job(self):
        svc, actor, r, ok = self.ctx.services.footage, self.ctx.actor, self.request, self.approve
        reason = self.decision_reason.toPlainText()
        return lambda: svc.decide(actor, r.id, r.version, ok, reason)


class CarryOutDialog(FormDialog):
    kind = Kind.FOOTAGE
    error_message = staticmethod(monitoring_error)

    def __init__(self, ctx: ViewContext, request: FootageRequestDTO, staff, parent=None):
        super().__init__(
            ctx, self.tr("Carry out %1").replace("%1", request.number), "carry_out_dialog", parent
        )
        self.request = request
        self.note("who", self.tr("Carried out by %1 and:").replace("%1", ctx.actor.full_name))
        self.combo(
            "second_handler_id", self.tr("Second person"), [(i, n) for i, n in staff if i != ctx.actor.id]
        )

    def job(self):
        svc, actor, r = self.ctx.services.footage, self.ctx.actor, self.request
        second = self.second_handler_id.currentData()
        return lambda: svc.carry_out(actor, r.id, r.version, second)


class FileDialog(FormDialog):
    """A copy for the requester: fetched from the NVR (stream copy) into a folder, or a file copied otherwise;
    either way its SHA-256 and where it went are recorded."""

    kind = Kind.FOOTAGE
    error_message = staticmethod(monitoring_error)

    def __init__(self, ctx: ViewContext, request: FootageRequestDTO, parent=None):
        super().__init__(ctx, self.tr("Copy for %1").replace("%1", request.number), "file_dialog", parent)
        self.request = request
        self.combo(
            "camera_id", self.tr("Camera"), list(zip(request.camera_ids, request.cameras, strict=True))
        )
        self.combo(
            "how",
            self.tr("How"),
            [
                ("nvr", self.tr("Fetch the window from the NVR into a folder")),
                ("file", self.tr("A file copied otherwise")),
            ],
            "nvr",
        )
        self.line("path", self.tr("Folder or file"))
        self.line(
            "destination", self.tr("Where the copy goes"), "", self.tr("e.g. 移交华侨路派出所张伟（U盘）")
        )

    fetch = Signal(object, object, object, str)  # request, camera id, folder, destination

    def submit(self) -> None:
        """Fetching from the NVR is long work with its own progress dialog; a file copied otherwise is saved here."""
        if self.how.currentData() == "nvr":
            folder = self.path.text().strip()
            self.fetch.emit(self.request, self.camera_id.currentData(), Path(folder), self.destination.text())
            self.accept()
            return
        super().submit()

    def job(self):
        svc, actor, r = self.ctx.services.footage, self.ctx.actor, self.request
        cid, path, dest = (
            self.camera_id.currentData(),
            Path(self.path.text().strip()),
            self.destination.text(),
        )
        return lambda: svc.add_file(actor, r.id, path, dest, cid)


class FootagePage(RoomPage):
    kinds = frozenset({Kind.FOOTAGE})
    error_message = staticmethod(monitoring_error)

    def __init__(self, ctx: ViewContext, parent=None):
        super().__init__(ctx, "footage_page", parent, first=("", None))
        self.model = RowTableModel(COLUMNS, "FootagePage", self)
        self.table = table_view("table", self.model, (130, 150, 80, 60, 150, 170), parent=self)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.search = self.search_box(self.tr("Number, organisation or name"))
        self.status_box = named(self, "status_box", QComboBox())
        for code, label in (
            (None, self.tr("Every request")),
            ("pending", self.tr("Awaiting approval")),
            ("approved", self.tr("Approved")),
            ("refused", self.tr("Refused")),
        ):
            self.status_box.addItem(label, code)
        self.reload_on(self.status_box)
        self.detail = named(self, "detail", QPlainTextEdit())
        self.detail.setReadOnly(True)
        self.verdict = named(self, "verdict", QLabel(""))
        can_approve = ctx.can(Perm.FOOTAGE_APPROVE)
        duty = ctx.can(Perm.MONITORING_DUTY)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([800, 400])
        vbox(
            hbox(
                self.search,
                self.status_box,
                button(self, "new_button", self.tr("New request"), self.new_request),
                button(
                    self, "approve_button", self.tr("Approve"), lambda: self.decide(True), visible=can_approve
                ),
                button(
                    self, "refuse_button", self.tr("Refuse"), lambda: self.decide(False), visible=can_approve
                ),
                button(self, "carry_out_button", self.tr("Carry out…"), self.carry_out, visible=duty),
                button(self, "file_button", self.tr("Copy / export"), self.add_file, visible=duty),
                button(self, "form_button", self.tr("Print approval form"), self.print_form),
                button(self, "book_button", self.tr("Print register"), self.print_book),
                button(self, "verify_button", self.tr("Check register"), self.verify, visible=can_approve),
            ),
            self.error,
            (split, 1),
            self.verdict,
            parent=self,
        )

    def filter(self):
        return self.search.text(), self.status_box.currentData()

    def query(self, filt):
        search, status = filt
        svc, actor = self.ctx.services.footage, self.ctx.actor
        return lambda: svc.requests(actor, status=status, search=search)

    def show_result(self, filt, rows) -> None:
        current = current_row(self.table)
        self.model.set_rows(rows)
        if current is not None:
            from desktop.views.common.table_view import select_id

            select_id(self.table, current.id)
        elif rows:
            self.table.selectRow(0)
        self._show_detail()

    def _show_detail(self) -> None:
        r = current_row(self.table)
        if r is None:
            self.detail.setPlainText("")
            return
        lines = [
            f"{r.number}  {_status(r)}",
            self.tr("Requester: %1 %2 (%3)")
            .replace("%1", r.requester_org)
            .replace("%2", r.requester_name)
            .replace("%3", r.requester_id),
            self.tr("Basis: %1; %2")
            .replace("%1", term(vocabulary.FOOTAGE_BASIS, r.basis))
            .replace("%2", r.legal_basis),
            self.tr("Reason: %1").replace("%1", r.reason),
            self.tr("Cameras: %1").replace("%1", "、".join(r.cameras)),
            self.tr("Window: %1 to %2")
            .replace("%1", _local(r.window_start))
            .replace("%2", _local(r.window_end)),
        ]
        if r.case_no:
            lines.append(self.tr("Dispute case: %1").replace("%1", r.case_no))
        if r.decided_at:
            lines.append(
                self.tr("Decided by %1 at %2 %3")
                .replace("%1", r.approver)
                .replace("%2", _local(r.decided_at))
                .replace("%3", r.decision_reason)
            )
        if r.accessed_at:
            lines.append(
                self.tr("Carried out by %1 and %2 at %3")
                .replace("%1", r.handler)
                .replace("%2", r.second_handler)
                .replace("%3", _local(r.accessed_at))
            )
        for f in r.files:
            lines.append(f"{f.filename}  SHA-256 {f.sha256}  → {f.destination}")
        self.detail.setPlainText("\n".join(lines))

    # -- actions ------------------------------------------------------------------------------------------------
    def new_request(self) -> None:
        cams, actor = self.ctx.services.cameras, self.ctx.actor
        self.ctx.tasks.run_read(
            lambda: cams.list_cameras(actor),
            lambda rows: self.open_dialog(RequestDialog(self.ctx, rows, parent=self)),
            self.failed,
        )

    def decide(self, approve: bool) -> None:
        r = current_row(self.table)
        if r is not None:
            self.open_dialog(DecisionDialog(self.ctx, r, approve, parent=self))

    def carry_out(self) -> None:
        r = current_row(self.table)
        if r is None:
            return
        svc, actor = self.ctx.services.footage, self.ctx.actor
        self.ctx.tasks.run_read(
            lambda: svc.staff(actor),
            lambda staff: self.open_dialog(CarryOutDialog(self.ctx, r, staff, parent=self)),
            self.failed,
        )

    def add_file(self) -> None:
        r = current_row(self.table)
        if r is not None:
            dlg = FileDialog(self.ctx, r, parent=self)
            dlg.fetch.connect(self.export_from_nvr)
            self.open_dialog(dlg)

    def export_from_nvr(self, r: FootageRequestDTO, camera_id: int, folder: Path, destination: str) -> None:
        svc, actor = self.ctx.services.footage, self.ctx.actor
        window = max(1.0, (r.window_end - r.window_start).total_seconds())

        def work(progress, cancelled):
            return svc.export_clip(
                actor,
                r.id,
                camera_id,
                folder,
                destination,
                lambda s: progress(int(100 * s / window)),
                cancelled,
            )

        self.dialog = ProgressDialog(
            self.ctx, self.tr("Fetching footage from the NVR"), work, on_error=self.failed, parent=self
        )

    def print_form(self) -> None:
        r = current_row(self.table)
        if r is not None:
            self.open_dialog(preview(self.ctx, "footage_request", r.id, parent=self))

    def print_book(self) -> None:
        self.open_dialog(preview(self.ctx, "footage_register", parent=self))

    def verify(self) -> None:
        svc, actor = self.ctx.services.footage, self.ctx.actor

        def shown(v) -> None:
            self.verdict.setText(
                self.tr("Register checked: %1 lines, unbroken.").replace("%1", str(v.checked))
                if v.ok
                else self.tr("Register broken at line %1: it was changed outside the program.").replace(
                    "%1", str(v.first_bad_id)
                )
            )
            self.verdict.setStyleSheet("" if v.ok else "color: #b00020")

        self.ctx.tasks.run_read(lambda: svc.verify(actor), shown, self.failed)
