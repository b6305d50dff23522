"""Composition root: config, logging, Qt, fonts, language, the database (off the GUI thread), login,
main window. The login window is on screen before SQLAlchemy and ReportLab are imported."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import traceback

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import __version__, config
from desktop.paths import data_dir
from desktop.services.core.permissions import Perm
from desktop.tasks import TaskManager
from desktop.views.common.input_method import use_fcitx_through_ibus
from desktop.views.common.messages import database_exception_text, error_text
from desktop.views.common.qt_setup import install_translator, register_fonts
from desktop.views.lock_dialog import IdleWatcher, LockDialog
from desktop.views.login_window import LoginWindow

log = logging.getLogger("desktop")


def setup_logging(level: str = "INFO") -> str:
    folder = data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "zongzhi.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    return str(path)


_open_dialogs: list[QMessageBox] = []


def install_excepthook(log_path: str) -> None:
    """An uncaught error is logged with its traceback and shown as a clear dialog."""

    def hook(exc_type, exc, tb):
        log.critical("uncaught error\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
        if QApplication.instance() is not None:
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                QCoreApplication.translate("App", "Error"),
                QCoreApplication.translate(
                    "App",
                    "The program met an unexpected error. Nothing half-done was saved.\n\n%1\n\n"
                    "Details are in the log file:\n%2",
                )
                .replace("%1", str(exc))
                .replace("%2", log_path),
            )
            box.setObjectName("error_dialog")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.finished.connect(lambda *_: _open_dialogs.remove(box))
            _open_dialogs.append(box)  # Python must keep it alive while it is on screen
            box.open()

    sys.excepthook = hook


class AppController:
    """Drives start-up: open the database in the background, set up or log in, then the main window."""

    def __init__(self, app: QApplication, cfg: config.Config, db_url: str, *, demo: bool):
        self.app = app
        self.cfg = cfg
        self.db_url = db_url
        self.demo = demo
        self.tasks = TaskManager()
        self.services = None
        self.community = None
        self.main_window = None
        self.wizard = None
        self.lock_dialog = None
        self.password_dialog = None
        self.idle = None
        self.login = LoginWindow()

    def start(self) -> None:
        self.login.login_requested.connect(self._login)
        self.login.show()
        self._typed_password = ""  # kept only between the login and a forced change of a reset password
        if os.environ.get("ZONGZHI_EXIT_WHEN_SHOWN"):  # bench/bench_startup.py measures this moment
            QTimer.singleShot(0, self.app.quit)
            return
        if self.demo:
            self.login.set_busy(
                QCoreApplication.translate(
                    "App", "Opening the demo database (the first time it is created: about half a minute)…"
                )
            )
        self.tasks.run_write(self._open_database, self._database_ready, self._database_failed)
        # warm up the printing library while the user types the password
        self.tasks.run_read(lambda: __import__("reportlab.pdfgen.canvas"))

    def _open_database(self):
        from desktop.db import make_engine, upgrade
        from desktop.services.container import Services

        engine = make_engine(self.db_url)
        upgrade(engine)
        services = Services.build(engine, signage_store=config.stored_signage)
        if self.demo and services.auth.needs_setup():
            from desktop import demo

            demo.generate(engine)
        return services, services.auth.community()

    def _database_ready(self, result) -> None:
        self.services, self.community = result
        if self.community is None:
            from desktop.views.setup_wizard import SetupWizard

            self.login.set_busy(QCoreApplication.translate("App", "First start: set up the community."))
            self.wizard = SetupWizard(self._submit_setup)
            self.wizard.done_setup.connect(self._after_setup)
            self.wizard.show()
            return
        self._ready_to_log_in()

    def _ready_to_log_in(self) -> None:
        line = self.community.centre_name
        if self.community.is_demo:
            line = QCoreApplication.translate("App", "%1 — DEMO DATABASE").replace("%1", line)
        self.login.set_ready(line)

    def _database_failed(self, exc: BaseException) -> None:
        log.error("cannot open the database %s: %s", self.db_url, exc)
        self.login.set_busy(database_exception_text(exc))

    def _submit_setup(self, values: dict, on_done, on_error) -> None:
        self.tasks.run_write(lambda: self.services.auth.set_up(**values), on_done, on_error)

    def _after_setup(self, _user) -> None:
        self.community = None
        self.tasks.run_read(self.services.auth.community, self._set_community)

    def _set_community(self, community) -> None:
        self.community = community
        self._ready_to_log_in()
        self.login.raise_()
        self.login.activateWindow()

    def _login(self, username: str, password: str) -> None:
        self._typed_password = password
        self.tasks.run_write(
            lambda: self.services.auth.login(username, password),
            self._logged_in,
            lambda exc: self.login.show_error(error_text(exc)),
        )

    def _context(self, user):
        from desktop.views.context import ViewContext

        return ViewContext(
            services=self.services, tasks=self.tasks, actor=user.actor(), community=self.community
        )

    def _logged_in(self, user) -> None:
        old, self._typed_password = self._typed_password, ""
        if user.must_change_password:  # the administrator reset it: the user's own one before any page
            from desktop.views.password_dialog import ChangePasswordDialog

            self.password_dialog = ChangePasswordDialog(
                self._context(user), old=old, required=True, parent=self.login
            )
            self.password_dialog.setModal(True)
            self.password_dialog.saved.connect(lambda _r: self._open_main(user))
            self.password_dialog.rejected.connect(
                lambda: self.login.show_error(
                    QCoreApplication.translate(
                        "App", "Choose your own password to sign in with this account."
                    )
                )
            )
            self.password_dialog.open()
            return
        self._open_main(user)

    def _open_main(self, user) -> None:
        from desktop.views import rooms
        from desktop.views.main_window import MainWindow
        from desktop.views.reception import PETITIONS_TITLE

        ctx = self._context(user)
        self.main_window = MainWindow(ctx, rooms.page_specs())
        self.main_window.lock_requested.connect(self._lock)
        self.main_window.switch_user_requested.connect(self._switch_user)
        self.main_window.change_password_requested.connect(self._change_password)
        if ctx.can(Perm.PETITIONS_EDIT):
            from desktop.views.reception.badge import PetitionBadge

            win = self.main_window
            self.badge = PetitionBadge(ctx, win)
            self.badge.counts_changed.connect(
                lambda _soon, overdue: win.set_badge(PETITIONS_TITLE(), self.badge.text(), alert=overdue > 0)
            )
        self.main_window.show_as_remembered()
        self.login.close()
        self.idle = IdleWatcher(self.app, self.cfg.idle_lock_minutes, self._lock)

    def _lock(self) -> None:
        win = self.main_window
        if win is None or (self.lock_dialog is not None and self.lock_dialog.isVisible()):
            return
        self.idle.paused = True
        win.centralWidget().hide()
        actor = win.ctx.actor

        def unlock(password, on_done, on_error):
            self.tasks.run_write(lambda: self.services.auth.unlock_screen(actor, password), on_done, on_error)

        self.lock_dialog = LockDialog(actor.full_name, unlock, win)
        self.lock_dialog.setModal(True)
        self.lock_dialog.accepted.connect(self._unlocked)
        self.lock_dialog.open()

    def _unlocked(self) -> None:
        self.main_window.centralWidget().show()
        self.idle.resume()

    def _switch_user(self) -> None:
        """The main window closes (its geometry kept) and the login asks again; the database stays open."""
        self.idle.stop()
        self.idle = None
        win, self.main_window, self.lock_dialog, self.password_dialog = self.main_window, None, None, None
        win.close()
        win.deleteLater()
        self.login = LoginWindow()
        self.login.login_requested.connect(self._login)
        self._ready_to_log_in()
        self.login.show()

    def _change_password(self) -> None:
        from desktop.views.password_dialog import ChangePasswordDialog

        self.password_dialog = ChangePasswordDialog(self.main_window.ctx, parent=self.main_window)
        self.password_dialog.open()


def main(args) -> int:
    try:
        cfg = config.load()
    except config.ConfigError as exc:
        print(f"错误 / error: {exc}", file=sys.stderr)
        return 2
    log_path = setup_logging(cfg.log_level)
    log.info("starting 综治工作台 %s", __version__)
    if args.db:
        url = config.check_db_url(args.db)
    elif args.demo:
        url = config.demo_db_url()
    else:
        url = cfg.resolved_db_url()
    if use_fcitx_through_ibus():
        log.info("input method: fcitx through its IBus portal (this Qt has no fcitx plugin)")
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("zongzhi-desk")
    app.setApplicationDisplayName("综治工作台")
    app.setApplicationVersion(__version__)
    register_fonts(app)
    install_translator(app, args.lang or cfg.language)
    install_excepthook(log_path)
    controller = AppController(app, cfg, url, demo=args.demo)
    controller.start()
    code = app.exec()
    controller.tasks.shutdown()
    return code
