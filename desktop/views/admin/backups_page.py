"""Backups, for the administrator: the backups here and in IT's second folder, a backup now, and a restore that
first checks the backup (integrity, schema revision, rows per table next to the live database's) and keeps the
database it replaces. The work runs in the long-task dialog; the restore on the writer thread, so no save of
this PC runs in the middle of it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from desktop import changes
from desktop.services.core.backup_service import BackupCheck, BackupFile, BackupRun, RestoreResult
from desktop.services.core.errors import ServiceError
from desktop.views.common.form_helpers import button, hbox, named, vbox
from desktop.views.common.messages import error_text
from desktop.views.common.progress_dialog import ProgressDialog
from desktop.views.common.room_page import RoomPage
from desktop.views.common.table_models import Column, RowTableModel
from desktop.views.common.table_view import current_row, table_view
from desktop.views.context import ViewContext

REASONS = {
    "daily": QT_TRANSLATE_NOOP("BackupsPage", "Daily"),
    "manual": QT_TRANSLATE_NOOP("BackupsPage", "Made by hand"),
    "upgrade": QT_TRANSLATE_NOOP("BackupsPage", "Before an upgrade"),
    "replaced": QT_TRANSLATE_NOOP("BackupsPage", "Replaced by a restore"),
}
WHERE = {
    "local": QT_TRANSLATE_NOOP("BackupsPage", "This PC"),
    "second": QT_TRANSLATE_NOOP("BackupsPage", "Second folder"),
}
PROBLEMS = {
    "unreadable": QT_TRANSLATE_NOOP("BackupsPage", "The file is not a readable backup."),
    "damaged": QT_TRANSLATE_NOOP("BackupsPage", "The backup is damaged."),
    "no_schema": QT_TRANSLATE_NOOP("BackupsPage", "The file is no database of this program."),
    "too_new": QT_TRANSLATE_NOOP("BackupsPage", "The backup was made by a newer release of the program."),
    "other_database": QT_TRANSLATE_NOOP("BackupsPage", "The backup is of the other kind of database."),
    "tool_missing": QT_TRANSLATE_NOOP(
        "BackupsPage", "pg_restore is not installed on this PC (the PostgreSQL client tools)."
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupsPage", text)


def _size(n: int) -> str:
    return f"{n / 1_048_576:.1f} MB" if n >= 1_048_576 else f"{max(n // 1024, 1)} KB"


COLUMNS = (
    Column(QT_TRANSLATE_NOOP("BackupsPage", "Made"), lambda f: f.made_at.strftime("%Y-%m-%d %H:%M")),
    Column(QT_TRANSLATE_NOOP("BackupsPage", "Kind"), lambda f: _tr(REASONS.get(f.reason, f.reason))),
    Column(QT_TRANSLATE_NOOP("BackupsPage", "Where"), lambda f: _tr(WHERE.get(f.where, f.where))),
    Column(QT_TRANSLATE_NOOP("BackupsPage", "Schema"), lambda f: f.revision),
    Column(
        QT_TRANSLATE_NOOP("BackupsPage", "Size"), lambda f: _size(f.size), align=Qt.AlignmentFlag.AlignRight
    ),
    Column(QT_TRANSLATE_NOOP("BackupsPage", "File"), lambda f: str(f.path), tooltip=lambda f: str(f.path)),
)


def error_message(exc: BaseException) -> str:
    """A refused restore says what the check found; the rest as every page says it."""
    if isinstance(exc, ServiceError) and exc.field == "backup" and exc.code in PROBLEMS:
        return _tr(PROBLEMS[exc.code])
    return error_text(exc)


class BackupsPage(RoomPage):
    error_message = staticmethod(error_message)

    def __init__(self, ctx: ViewContext, parent=None):
        super().__init__(ctx, "backups_page", parent, first=None)
        self.svc = ctx.services.backups
        self.checked: BackupCheck | None = None
        self.restored: RestoreResult | None = None
        self.progress: ProgressDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.model = RowTableModel(COLUMNS, "BackupsPage")
        self.table = table_view("backups", self.model, (130, 130, 100, 70, 80))
        named(self, "where_label", QLabel(""))
        self.where_label.setWordWrap(True)
        named(self, "check_label", QLabel(self.tr("Choose a backup and check it before restoring it.")))
        self.check_label.setWordWrap(True)
        self.check_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        named(self, "status", QLabel(""))
        self.status.setWordWrap(True)
        button(self, "back_up_button", self.tr("Back up now"), self.back_up)
        button(self, "check_button", self.tr("Check the chosen backup"), self.check_selected)
        button(self, "file_button", self.tr("Check a backup file…"), self.choose_file)
        button(self, "restore_button", self.tr("Restore this backup…"), self.confirm_restore)
        self.restore_button.setEnabled(False)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._forget_check())
        vbox(
            self.where_label,
            (self.table, 1),
            hbox(self.back_up_button, self.check_button, self.file_button, 1, self.restore_button),
            self.check_label,
            self.status,
            self.error,
            parent=self,
        )

    # -- the list -------------------------------------------------------------------------------------------
    def query(self, _filt):  # (the first read starts before __init__ has set self.svc)
        svc, actor = self.ctx.services.backups, self.ctx.actor
        return lambda: (svc.backups(actor), svc.local_folder(), svc.second_folder())

    def show_result(self, _filt, result) -> None:
        files, local, second = result
        self.model.set_rows(files)
        where = self.tr("Backups are kept in %1.").replace("%1", str(local))
        if second is None:
            where += " " + self.tr(
                "No second folder is set: ask IT to set one (a USB disk or another PC) in config.toml, [backup] folder."
            )
        else:
            where += " " + self.tr("Each is copied to %1 too.").replace("%1", str(second))
        if self.svc.last_error:
            where += "\n" + self.tr("The last automatic backup failed: %1").replace("%1", self.svc.last_error)
        self.where_label.setText(where)

    # -- backing up -----------------------------------------------------------------------------------------
    def back_up(self) -> None:
        svc, actor = self.svc, self.ctx.actor
        self.progress = ProgressDialog(
            self.ctx,
            self.tr("Backing up the database…"),
            lambda _p, _c: svc.back_up(actor),
            self._backed_up,
            self.failed,
            parent=self,
        )

    def _backed_up(self, run: BackupRun) -> None:
        text = self.tr("Backed up to %1.").replace("%1", str(run.made.path))
        if run.copy_error:
            text += " " + self.tr("Not copied to the second folder: %1").replace("%1", run.copy_error)
        elif run.copied_to:
            text += " " + self.tr("Copied to %1.").replace("%1", str(run.copied_to))
        self.status.setText(text)
        self.reload()

    # -- checking -------------------------------------------------------------------------------------------
    def _forget_check(self) -> None:
        self.checked = None
        self.restore_button.setEnabled(False)

    def check_selected(self) -> None:
        f: BackupFile | None = current_row(self.table)
        if f is None:
            self.status.setText(self.tr("Choose a backup in the list first."))
            return
        self.check(f.path)

    def choose_file(self) -> None:
        dlg = QFileDialog(self, self.tr("Choose a backup"))
        dlg.setObjectName("backup_file_dialog")
        dlg.setFileMode(QFileDialog.FileMode.ExistingFile)
        dlg.setNameFilter(self.tr("Backups (*.sqlite3 *.dump)"))
        dlg.fileSelected.connect(lambda path: self.check(Path(path)))
        self.dialog = dlg
        dlg.open()

    def check(self, path: Path) -> None:
        self._forget_check()
        svc, actor = self.svc, self.ctx.actor
        self.check_label.setText(self.tr("Checking %1…").replace("%1", path.name))
        self.progress = ProgressDialog(
            self.ctx,
            self.tr("Checking the backup…"),
            lambda _p, _c: svc.verify(actor, path),
            self._checked,
            self.failed,
            parent=self,
        )

    def _checked(self, check: BackupCheck) -> None:
        self.check_label.setText(describe(check))
        self.checked = check if check.ok else None
        self.restore_button.setEnabled(check.ok)

    # -- restoring ------------------------------------------------------------------------------------------
    def confirm_restore(self) -> None:
        check = self.checked
        if check is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Restore the backup"),
            self.tr(
                "The database is replaced by the backup %1. Everything saved after it was made is no longer in "
                "the database (the replaced database is kept, so nothing is deleted). Other PCs should stop "
                "working until it is done. Restore it?"
            ).replace("%1", check.path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("confirm_restore_box")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(lambda answer: answer == QMessageBox.StandardButton.Yes and self.restore())
        self.confirm_box = box
        box.open()

    def restore(self) -> None:
        check, svc, actor = self.checked, self.svc, self.ctx.actor
        self.restore_button.setEnabled(False)
        self.progress = ProgressDialog(
            self.ctx,
            self.tr("Restoring the database…"),
            lambda _p, _c: svc.restore(actor, check.path),
            self._restored,
            self.failed,
            write=True,
            parent=self,
        )

    def _restored(self, result: RestoreResult) -> None:
        self.restored = result
        self.checked = None
        self.status.setText(
            self.tr(
                "Restored from %1. The database it replaced is kept as %2. Close the program and start it again "
                "on every PC."
            )
            .replace("%1", result.check.path.name)
            .replace("%2", result.replaced)
        )
        self.ctx.tasks.bus.changed.emit(changes.everything())  # every open list reads again
        self.reload()


def describe(check: BackupCheck) -> str:
    """The check as the administrator reads it: verdict, schema, then rows per table, backup and now."""
    if not check.ok:
        text = _tr(PROBLEMS.get(check.problem, check.problem or ""))
        return text + (f"\n{check.integrity}" if check.integrity and check.problem == "damaged" else "")
    schema = (
        QCoreApplication.translate("BackupsPage", "Schema %1; this program: %2.")
        .replace("%1", check.revision or "")
        .replace("%2", check.head)
    )
    if check.needs_upgrade:
        schema += " " + QCoreApplication.translate("BackupsPage", "It is upgraded after the restore.")
    lines = [
        QCoreApplication.translate("BackupsPage", "%1: intact (integrity check ok).").replace(
            "%1", check.path.name
        ),
        schema,
        QCoreApplication.translate("BackupsPage", "Rows (backup / now):"),
    ]
    now = dict(check.live_counts)
    lines += [f"  {table}: {n} / {now.get(table, 0)}" for table, n in check.counts if n or now.get(table)]
    return "\n".join(lines)
