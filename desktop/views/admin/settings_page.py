"""Settings for the IT person: where the database is, language, idle lock, the update folder (and the
update it offers)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
)

from desktop import config
from desktop.services.core import settings_service, update_service
from desktop.views.common.form_helpers import button, named, vbox
from desktop.views.common.messages import database_error_text, update_error_text
from desktop.views.common.room_page import RoomPage
from desktop.views.context import ViewContext


class SettingsPage(RoomPage):
    """This PC's settings: nothing to read from the database, nothing on the bus."""

    def __init__(self, ctx: ViewContext, parent=None):
        super().__init__(ctx, "settings_page", parent)
        self.cfg = config.load()
        db_box = QGroupBox(self.tr("Database"))
        named(self, "use_sqlite", QRadioButton(self.tr("This PC only (embedded database file)")))
        named(self, "use_postgres", QRadioButton(self.tr("Shared by several room PCs (PostgreSQL server)")))
        named(self, "sqlite_path", QLineEdit())
        named(self, "pg_host", QLineEdit())
        named(self, "pg_port", QSpinBox())
        self.pg_port.setRange(1, 65535)
        named(self, "pg_database", QLineEdit())
        named(self, "pg_user", QLineEdit())
        named(self, "pg_password", QLineEdit())
        self.pg_password.setEchoMode(QLineEdit.EchoMode.Password)
        button(self, "test_button", self.tr("Test connection"), self.test)
        form = QFormLayout(db_box)
        form.addRow(self.use_sqlite)
        form.addRow(self.tr("File"), self.sqlite_path)
        form.addRow(self.use_postgres)
        form.addRow(self.tr("Server"), self.pg_host)
        form.addRow(self.tr("Port"), self.pg_port)
        form.addRow(self.tr("Database name"), self.pg_database)
        form.addRow(self.tr("User"), self.pg_user)
        form.addRow(self.tr("Password"), self.pg_password)
        form.addRow(self.test_button)

        other = QGroupBox(self.tr("This PC"))
        named(self, "language", QComboBox())
        self.language.addItem("中文（简体）", "zh_CN")
        self.language.addItem("English", "en")
        named(self, "idle_minutes", QSpinBox())
        self.idle_minutes.setRange(1, 240)
        self.idle_minutes.setSuffix(self.tr(" min"))
        f2 = QFormLayout(other)
        f2.addRow(self.tr("Language"), self.language)
        f2.addRow(self.tr("Lock the window after"), self.idle_minutes)

        updates = QGroupBox(self.tr("Updates"))
        named(self, "update_folder", QLineEdit())
        self.update_folder.setPlaceholderText(self.tr("Folder on the intranet with latest.json, set by IT"))
        self.update_status = named(self, "update_status", QLabel(""))
        self.update_status.setWordWrap(True)
        button(self, "install_update", self.tr("Install the update"), self.install)
        self.install_update.setVisible(False)
        f3 = QFormLayout(updates)
        f3.addRow(self.tr("Update folder"), self.update_folder)
        f3.addRow(self.update_status)
        f3.addRow(self.install_update)
        self.offer = None

        button(self, "save_button", self.tr("Save"), self.save)
        self.status = named(self, "status", QLabel(""))
        self.status.setWordWrap(True)
        vbox(db_box, other, updates, self.save_button, self.status, self.error, 1, parent=self)
        self._fill()
        self.use_sqlite.toggled.connect(self._enable)
        self.check_update()

    def _fill(self) -> None:
        parts = settings_service.describe(self.cfg.resolved_db_url())
        sqlite = parts["backend"] == "sqlite"
        self.use_sqlite.setChecked(sqlite)
        self.use_postgres.setChecked(not sqlite)
        self.sqlite_path.setText(parts["path"] if sqlite else config.default_db_url().split(":///", 1)[1])
        self.pg_host.setText("" if sqlite else parts["host"])
        self.pg_port.setValue(5432 if sqlite else int(parts["port"]))
        self.pg_database.setText("zongzhi" if sqlite else parts["database"])
        self.pg_user.setText("" if sqlite else parts["user"])
        self.pg_password.setText("" if sqlite else parts["password"])
        self.language.setCurrentIndex(max(0, self.language.findData(self.cfg.language)))
        self.idle_minutes.setValue(self.cfg.idle_lock_minutes)
        self.update_folder.setText(self.cfg.update_folder)
        self._enable()

    def _enable(self) -> None:
        sqlite = self.use_sqlite.isChecked()
        self.sqlite_path.setEnabled(sqlite)
        for w in (self.pg_host, self.pg_port, self.pg_database, self.pg_user, self.pg_password):
            w.setEnabled(not sqlite)

    def url(self) -> str:
        if self.use_sqlite.isChecked():
            return f"sqlite:///{self.sqlite_path.text().strip()}"
        return settings_service.postgres_url(
            self.pg_host.text().strip(),
            self.pg_port.value(),
            self.pg_database.text().strip(),
            self.pg_user.text().strip(),
            self.pg_password.text(),
        )

    def test(self) -> None:
        url = self.url()
        self.status.setText(self.tr("Connecting…"))
        self.test_button.setEnabled(False)
        self.ctx.tasks.run_read(lambda: settings_service.check_connection(url), self._tested)

    def _tested(self, check) -> None:
        self.test_button.setEnabled(True)
        if not check.ok:
            self.status.setText(database_error_text(check.code, check.params, check.message))
        elif check.empty:
            self.status.setText(
                self.tr("Connected. The database is empty; it will be set up at the next start.")
            )
        elif check.needs_upgrade:
            self.status.setText(
                self.tr("Connected. The database will be upgraded (after a backup) at the next start.")
            )
        else:
            self.status.setText(self.tr("Connected. The database is ready."))

    def save(self) -> None:
        url = self.url()
        new = config.with_changes(
            self.cfg,
            db_url="" if url == config.default_db_url() else url,
            language=self.language.currentData(),
            idle_lock_minutes=self.idle_minutes.value(),
            update_folder=self.update_folder.text().strip(),
        )

        def write():
            return config.save(new)

        def saved(_path):
            self.cfg = new
            self.error.setText("")
            self.status.setText(self.tr("Saved. Restart the program to use the new settings."))

        def failed(exc: BaseException) -> None:
            self.status.setText("")
            self.error.setText(self.tr("Not saved: %1").replace("%1", str(exc)))

        self.ctx.tasks.run_write(write, saved, failed)

    # ------------------------------------------------------------------------------------- updates
    def check_update(self) -> None:
        """What the update folder offers (read in the background: the folder may be on a slow share)."""
        folder = self.cfg.update_folder
        self.install_update.setVisible(False)
        if not folder:
            self.update_status.setText(self.tr("No update folder is set: this PC is not offered updates."))
            return
        self.update_status.setText(self.tr("Looking for updates…"))
        self.ctx.tasks.run_read(lambda: update_service.read_offer(folder), self._offered, self._update_failed)

    def _offered(self, offer) -> None:
        self.offer = offer if offer is not None and offer.newer else None
        if offer is None:
            self.update_status.setText(self.tr("The update folder has nothing for this kind of PC."))
        elif not offer.newer:
            self.update_status.setText(self.tr("Up to date: version %1.").replace("%1", offer.current))
        else:
            text = self.tr("Version %1 can be installed (this PC has %2).")
            text = text.replace("%1", offer.version).replace("%2", offer.current)
            self.update_status.setText(text + (f"\n{offer.notes}" if offer.notes else ""))
            self.install_update.setVisible(True)

    def _update_failed(self, exc: BaseException) -> None:
        self.install_update.setVisible(False)
        self.update_status.setText(update_error_text(exc))

    def install(self) -> None:
        offer, actor = self.offer, self.ctx.actor
        self.install_update.setEnabled(False)
        self.update_status.setText(self.tr("Copying the installer and checking it…"))
        self.ctx.tasks.run_read(
            lambda: update_service.fetch_checked(actor, offer), self._checked, self._install_failed
        )

    def _install_failed(self, exc: BaseException) -> None:
        self.install_update.setEnabled(True)
        self._update_failed(exc)

    def _checked(self, installer) -> None:
        update_service.run_installer(installer)
        self.update_status.setText(
            self.tr(
                "The installer checked out and has started. Close the program when it asks; your data stays "
                "where it is."
            )
        )
