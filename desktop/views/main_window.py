"""The main window: one place per room and function; pages appear when the user's role may use them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from desktop.services.core.permissions import ROLE_LABELS_ZH, Perm, Role
from desktop.views.context import ViewContext


def window_settings() -> QSettings:
    """Window geometry and column widths: QSettings in this user's data folder (not the app's config)."""
    from desktop.paths import data_dir

    return QSettings(str(data_dir() / "windows.ini"), QSettings.Format.IniFormat)


@dataclass(frozen=True)
class PageSpec:
    """A page of the main window: the section it sits in, its title, who may open it, how to make it (on first
    open), and the roles that land on it after signing in (what needs them today)."""

    section: str
    title: str
    perm: Perm
    factory: Callable[[ViewContext], QWidget]
    landing: frozenset[str] = frozenset()


def lazy_page(module: str, name: str) -> Callable[[ViewContext], QWidget]:
    """A factory that imports the page's module when the page is first opened (not at sign-in)."""

    def make(ctx: ViewContext) -> QWidget:
        import importlib

        return getattr(importlib.import_module(module), name)(ctx)

    return make


class MainWindow(QMainWindow):
    lock_requested = Signal()
    switch_user_requested = Signal()
    change_password_requested = Signal()

    def __init__(self, ctx: ViewContext, pages: list[PageSpec], parent=None):
        super().__init__(parent)
        self.setObjectName("main_window")
        self.ctx = ctx
        title = self.tr("%1 — Zongzhi Desk").replace("%1", ctx.community.centre_name)
        if ctx.community.is_demo:
            title = self.tr("[DEMO DATABASE] ") + title
        self.setWindowTitle(title)

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setMaximumWidth(220)
        self.stack = QStackedWidget()
        self.stack.setObjectName("stack")
        self._pages: dict[str, QWidget] = {}
        self._specs: list[PageSpec] = []
        current_section = None
        for spec in pages:
            if not ctx.can(spec.perm):
                continue
            if spec.section != current_section:
                header = QListWidgetItem(spec.section)
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                f = header.font()
                f.setBold(True)
                header.setFont(f)
                self.nav.addItem(header)
                current_section = spec.section
            item = QListWidgetItem("    " + spec.title)
            item.setData(Qt.ItemDataRole.UserRole, len(self._specs))
            self.nav.addItem(item)
            self._specs.append(spec)
            self.stack.addWidget(QWidget())  # made when first opened
        self.welcome = QLabel(self.tr("Welcome, %1.").replace("%1", ctx.actor.full_name))
        self.welcome.setObjectName("welcome")
        self.welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if not self._specs:
            self.welcome.setText(
                self.tr("Welcome, %1. The rooms of your role are being built and will appear here.").replace(
                    "%1", ctx.actor.full_name
                )
            )
            self.stack.addWidget(self.welcome)

        split = QSplitter()
        split.addWidget(self.nav)
        split.addWidget(self.stack)
        split.setStretchFactor(1, 1)
        self.setCentralWidget(split)

        role = ROLE_LABELS_ZH.get(Role(ctx.actor.role), ctx.actor.role) if ctx.actor.role in set(Role) else ""
        self.user_label = QLabel(
            self.tr("User: %1 (%2)").replace("%1", ctx.actor.full_name).replace("%2", role)
        )
        self.user_label.setObjectName("user_label")
        self.db_label = QLabel(self.tr("Database: %1").replace("%1", ctx.services.database_label))
        self.db_label.setObjectName("db_label")
        self.statusBar().addWidget(self.user_label)
        # leaving the desk: lock at once (Ctrl+L, as on the PC itself), another user signs in, a new password
        for name, text, signal in (
            ("lock_button", self.tr("Lock (Ctrl+L)"), self.lock_requested),
            ("switch_button", self.tr("Switch user"), self.switch_user_requested),
            ("password_button", self.tr("Change password"), self.change_password_requested),
        ):
            b = QPushButton(text)
            b.setObjectName(name)
            b.setFlat(True)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.clicked.connect(signal.emit)
            self.statusBar().addWidget(b)
            setattr(self, name, b)
        lock = QShortcut(QKeySequence("Ctrl+L"), self)
        lock.setContext(Qt.ShortcutContext.ApplicationShortcut)
        lock.activated.connect(self.lock_requested.emit)
        self.statusBar().addPermanentWidget(self.db_label)

        self.nav.currentItemChanged.connect(self._open)
        self.nav.setCurrentRow(self._landing_row(ctx.actor.role))
        self.resize(1280, 700)  # fits a 1366x768 screen with its taskbar when not maximised

    def show_as_remembered(self) -> None:
        """Where the user left it; maximised the first time (community PCs: 1366x768)."""
        geometry = window_settings().value("main_window/geometry")
        if geometry is not None and self.restoreGeometry(geometry):
            self.show()
        else:
            self.showMaximized()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        window_settings().setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)

    def _landing_row(self, role: str) -> int:
        """The row of the first page this role lands on; else the first page."""
        rows = [
            r for r in range(self.nav.count()) if self.nav.item(r).data(Qt.ItemDataRole.UserRole) is not None
        ]
        for r in rows:
            if role in self._specs[self.nav.item(r).data(Qt.ItemDataRole.UserRole)].landing:
                return r
        return rows[0] if rows else -1

    def set_badge(self, title: str, text: str, *, alert: bool = False) -> None:
        """A count next to a page's name in the navigation (e.g. petitions due soon / overdue)."""
        from PySide6.QtGui import QBrush, QColor

        for row in range(self.nav.count()):
            item = self.nav.item(row)
            idx = item.data(Qt.ItemDataRole.UserRole)
            if idx is not None and self._specs[idx].title == title:
                item.setText("    " + title + (f"  ({text})" if text else ""))
                item.setForeground(QBrush(QColor("#b00020")) if alert else QBrush())
                return

    def page_titles(self) -> list[str]:
        return [s.title for s in self._specs]

    def open_page(self, title: str) -> QWidget:
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            idx = item.data(Qt.ItemDataRole.UserRole)
            if idx is not None and self._specs[idx].title == title:
                self.nav.setCurrentRow(row)
                return self.stack.currentWidget()
        raise KeyError(title)

    def _open(self, item: QListWidgetItem | None, _prev=None) -> None:
        if item is None:
            return
        idx = item.data(Qt.ItemDataRole.UserRole)
        if idx is None:
            return
        spec = self._specs[idx]
        if spec.title not in self._pages:
            page = spec.factory(self.ctx)
            old = self.stack.widget(idx)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.stack.insertWidget(idx, page)
            self._pages[spec.title] = page
        self.stack.setCurrentIndex(idx)
