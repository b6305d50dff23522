"""The administrator's configurable lists: the key groups (重点人群) and the code lists the forms offer
(visit purposes, dispute types, outside bodies, follow-up ways). Entries are deactivated, never deleted."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Changes, Kind
from desktop.services.core.lists_service import CodeItemDTO, CodeListInfo, KeyGroupRow
from desktop.views.admin.list_dialogs import CodeLabelDialog, KeyGroupDialog, kept_text, lists_error_text
from desktop.views.context import ViewContext

# list_name -> English title (Chinese in zh_CN.ts, context "ListsPage"); a list not named here shows its name
LIST_TITLES = {
    "visit_purpose": QT_TRANSLATE_NOOP("ListsPage", "Visit purposes"),
    "dispute_type": QT_TRANSLATE_NOOP("ListsPage", "Dispute types"),
    "outside_body": QT_TRANSLATE_NOOP("ListsPage", "Outside bodies (referrals)"),
    "volunteer_team": QT_TRANSLATE_NOOP("ListsPage", "Volunteer teams"),
    "volunteer_skill": QT_TRANSLATE_NOOP("ListsPage", "Volunteer skills and certificates"),
}

_INACTIVE = QColor("#888888")


def list_title(list_name: str) -> str:
    text = LIST_TITLES.get(list_name)
    return QCoreApplication.translate("ListsPage", text) if text else list_name


def _button(text: str, name: str) -> QPushButton:
    b = QPushButton(text)
    b.setObjectName(name)
    return b


def _table(name: str, headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setObjectName(name)
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.verticalHeader().hide()
    t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return t


class ListsPage(QWidget):
    GROUP_COLUMNS = 5
    COL_NAME, COL_RISK, COL_DAYS, COL_ACTIVE, COL_MEMBERS = range(GROUP_COLUMNS)

    def __init__(self, ctx: ViewContext, parent=None):
        super().__init__(parent)
        self.setObjectName("lists_page")
        self.ctx = ctx
        self.dialog = None  # the open dialog, for tests and to keep it alive
        self.group_rows: list[KeyGroupRow] = []
        self.list_infos: list[CodeListInfo] = []
        self.code_rows: list[CodeItemDTO] = []
        self._select_next: int | None = None
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(self._groups_tab(), self.tr("Key groups"))
        self.tabs.addTab(self._codes_tab(), self.tr("Code lists"))
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs)
        ctx.tasks.bus.changed.connect(self._changed)
        self.reload_groups()
        self.reload_lists()

    # -- building ----------------------------------------------------------------------------------------------
    def _groups_tab(self) -> QWidget:
        w = QWidget()
        w.setObjectName("groups_tab")
        self.new_group_button = _button(self.tr("New…"), "new_group_button")
        self.edit_group_button = _button(self.tr("Edit…"), "edit_group_button")
        self.edit_group_button.setEnabled(False)
        self.groups = _table(
            "groups",
            [
                self.tr("Key group"),
                self.tr("Risk level"),
                self.tr("Follow up every"),
                self.tr("Active"),
                self.tr("Current members"),
            ],
        )
        for col in range(1, self.GROUP_COLUMNS):
            self.groups.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.group_status = QLabel("")
        self.group_status.setObjectName("group_status")
        self.group_status.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "Key groups are sensitive: only the community police officer, the director and each member's "
                "worker see who is in them. A group is deactivated, not deleted: its members stay."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555")
        bar = QHBoxLayout()
        bar.addWidget(self.new_group_button)
        bar.addWidget(self.edit_group_button)
        bar.addStretch(1)
        lay = QVBoxLayout(w)
        lay.addLayout(bar)
        lay.addWidget(self.groups, 1)
        lay.addWidget(self.group_status)
        lay.addWidget(hint)
        self.new_group_button.clicked.connect(self.new_group)
        self.edit_group_button.clicked.connect(self.edit_group)
        self.groups.itemSelectionChanged.connect(self._group_selected)
        self.groups.doubleClicked.connect(lambda _i: self.edit_group())
        return w

    def _codes_tab(self) -> QWidget:
        w = QWidget()
        w.setObjectName("codes_tab")
        self.code_lists = QListWidget()
        self.code_lists.setObjectName("code_lists")
        self.code_lists.setMaximumWidth(260)
        self.codes = _table("codes", [self.tr("Entry"), self.tr("Active")])
        self.codes.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.add_code_button = _button(self.tr("Add…"), "add_code_button")
        self.rename_code_button = _button(self.tr("Rename…"), "rename_code_button")
        self.up_button = _button(self.tr("Move up"), "up_button")
        self.down_button = _button(self.tr("Move down"), "down_button")
        self.toggle_active_button = _button(self.tr("Deactivate"), "toggle_active_button")
        self.code_status = QLabel("")
        self.code_status.setObjectName("code_status")
        self.code_status.setWordWrap(True)
        buttons = QVBoxLayout()
        for b in (
            self.add_code_button,
            self.rename_code_button,
            self.up_button,
            self.down_button,
            self.toggle_active_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        right = QHBoxLayout()
        right.addWidget(self.codes, 1)
        right.addLayout(buttons)
        side = QVBoxLayout()
        side.addLayout(right, 1)
        side.addWidget(self.code_status)
        hint = QLabel(
            self.tr(
                "The forms offer the active entries in this order. A deactivated entry stays in the records "
                "that use it."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555")
        side.addWidget(hint)
        lay = QHBoxLayout(w)
        lay.addWidget(self.code_lists)
        lay.addLayout(side, 1)
        self.code_lists.currentRowChanged.connect(lambda _r: self.reload_codes())
        self.codes.itemSelectionChanged.connect(self._code_selected)
        self.codes.doubleClicked.connect(lambda _i: self.rename_code())
        self.add_code_button.clicked.connect(self.add_code)
        self.rename_code_button.clicked.connect(self.rename_code)
        self.up_button.clicked.connect(lambda: self.move_code(-1))
        self.down_button.clicked.connect(lambda: self.move_code(1))
        self.toggle_active_button.clicked.connect(self.toggle_code)
        self._code_selected()
        return w

    def _changed(self, ch: Changes) -> None:
        if ch.touches(Kind.KEY_GROUP, Kind.MEMBERSHIP):
            self.reload_groups()
        if Kind.CODE_ITEM in ch:
            self.reload_lists()

    def _open(self, dialog) -> None:
        self.dialog = dialog
        dialog.open()

    # -- key groups ----------------------------------------------------------------------------------------------
    def reload_groups(self) -> None:
        svc, actor = self.ctx.services.lists, self.ctx.actor
        self.ctx.tasks.run_read(
            lambda: svc.list_key_groups(actor),
            self._show_groups,
            lambda e: self.group_status.setText(lists_error_text(e)),
        )

    def _show_groups(self, rows: list[KeyGroupRow]) -> None:
        keep = self.selected_group()
        self.group_rows = rows
        self.groups.setRowCount(len(rows))
        yes, no = self.tr("Yes"), self.tr("No")
        for i, g in enumerate(rows):
            values = [
                g.name,
                yes if g.has_risk_level else no,
                self.tr("%n days", "", g.follow_up_days),
                yes if g.active else self.tr("Inactive"),
                str(g.current_members),
            ]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, g.id)
                if col == self.COL_MEMBERS:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if not g.active:
                    item.setForeground(_INACTIVE)
                self.groups.setItem(i, col, item)
            if keep is not None and g.id == keep.id:
                self.groups.selectRow(i)
        self._group_selected()

    def selected_group(self) -> KeyGroupRow | None:
        rows = self.groups.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.group_rows):
            return None
        return self.group_rows[rows[0].row()]

    def _group_selected(self) -> None:
        self.edit_group_button.setEnabled(self.selected_group() is not None)

    def new_group(self) -> None:
        dlg = KeyGroupDialog(self.ctx, None, self)
        dlg.saved.connect(self._group_saved)
        self._open(dlg)

    def edit_group(self) -> None:
        g = self.selected_group()
        if g is None:
            return
        dlg = KeyGroupDialog(self.ctx, g, self)
        dlg.saved.connect(self._group_saved)
        self._open(dlg)

    def _group_saved(self, g: KeyGroupRow) -> None:
        if not g.active and g.current_members:
            text = f"{g.name}: {kept_text(g.current_members)}"
        else:
            text = self.tr("Saved: %1").replace("%1", g.name)
        self.group_status.setText(text)

    # -- code lists ----------------------------------------------------------------------------------------------
    def current_list(self) -> str | None:
        item = self.code_lists.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def reload_lists(self) -> None:
        svc, actor = self.ctx.services.lists, self.ctx.actor
        self.ctx.tasks.run_read(
            lambda: svc.list_code_lists(actor),
            self._show_lists,
            lambda e: self.code_status.setText(lists_error_text(e)),
        )

    def _show_lists(self, infos: list[CodeListInfo]) -> None:
        keep = self.current_list()
        self.list_infos = infos
        self.code_lists.blockSignals(True)
        self.code_lists.clear()
        for info in infos:
            item = QListWidgetItem(list_title(info.name))
            item.setData(Qt.ItemDataRole.UserRole, info.name)
            item.setToolTip(
                self.tr("%1 entries, %2 active")
                .replace("%1", str(info.entries))
                .replace("%2", str(info.active_entries))
            )
            self.code_lists.addItem(item)
        names = [i.name for i in infos]
        row = names.index(keep) if keep in names else (0 if names else -1)
        self.code_lists.setCurrentRow(row)
        self.code_lists.blockSignals(False)
        self.reload_codes()

    def reload_codes(self) -> None:
        list_name = self.current_list()
        if list_name is None:
            self._show_codes(None, [])
            return
        svc, actor = self.ctx.services.lists, self.ctx.actor
        self.ctx.tasks.run_read(
            lambda: svc.list_codes(actor, list_name),
            lambda rows: self._show_codes(list_name, rows),
            self._code_failed,
        )

    def _show_codes(
        self, list_name: str | None, rows: list[CodeItemDTO], select_id: int | None = None
    ) -> None:
        if list_name != self.current_list():
            return  # the answer for a list no longer chosen
        if select_id is None and self._select_next is not None:
            select_id, self._select_next = self._select_next, None
        if select_id is None:
            c = self.selected_code()
            select_id = c.id if c and c.list_name == list_name else None
        self.code_rows = rows
        self.codes.setRowCount(len(rows))
        for i, c in enumerate(rows):
            for col, text in enumerate((c.label, self.tr("Yes") if c.active else self.tr("Inactive"))):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                if not c.active:
                    item.setForeground(_INACTIVE)
                self.codes.setItem(i, col, item)
            if c.id == select_id:
                self.codes.selectRow(i)
        if select_id is None or select_id not in [c.id for c in rows]:
            self.codes.clearSelection()
        self._code_selected()

    def selected_code(self) -> CodeItemDTO | None:
        rows = self.codes.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.code_rows):
            return None
        return self.code_rows[rows[0].row()]

    def _code_selected(self) -> None:
        c = self.selected_code()
        i = self.code_rows.index(c) if c else -1
        self.add_code_button.setEnabled(self.current_list() is not None)
        self.rename_code_button.setEnabled(c is not None)
        self.up_button.setEnabled(c is not None and i > 0)
        self.down_button.setEnabled(c is not None and i < len(self.code_rows) - 1)
        self.toggle_active_button.setEnabled(c is not None)
        self.toggle_active_button.setText(
            self.tr("Activate") if c is not None and not c.active else self.tr("Deactivate")
        )

    def _code_failed(self, exc: BaseException) -> None:
        self.code_status.setText(lists_error_text(exc))
        self._code_selected()

    def add_code(self) -> None:
        list_name = self.current_list()
        if list_name is None:
            return
        dlg = CodeLabelDialog(self.ctx, list_name, list_title(list_name), None, self)
        dlg.saved.connect(lambda c: self._code_saved(c, self.tr("Added: %1")))
        self._open(dlg)

    def rename_code(self) -> None:
        c = self.selected_code()
        if c is None:
            return
        dlg = CodeLabelDialog(self.ctx, c.list_name, list_title(c.list_name), c, self)
        dlg.saved.connect(lambda c: self._code_saved(c, self.tr("Renamed: %1")))
        self._open(dlg)

    def _code_saved(self, c: CodeItemDTO, text: str) -> None:
        self.code_status.setText(text.replace("%1", c.label))
        self._select_next = c.id  # the reload the bus brings selects it

    def move_code(self, step: int) -> None:
        c = self.selected_code()
        if c is None:
            return
        svc, actor = self.ctx.services.lists, self.ctx.actor
        self.up_button.setEnabled(False)
        self.down_button.setEnabled(False)
        self.code_status.setText("")
        self.ctx.tasks.run_write(
            lambda: svc.move_code(actor, c.id, step),
            lambda rows: self._show_codes(c.list_name, rows, c.id),
            self._code_failed,
        )

    def toggle_code(self) -> None:
        c = self.selected_code()
        if c is None:
            return
        svc, actor = self.ctx.services.lists, self.ctx.actor
        self.toggle_active_button.setEnabled(False)
        self.code_status.setText("")

        def done(new: CodeItemDTO) -> None:
            text = self.tr("Activated: %1") if new.active else self.tr("Deactivated: %1")
            self.code_status.setText(text.replace("%1", new.label))

        self.ctx.tasks.run_write(
            lambda: svc.update_code(actor, c.id, active=not c.active),
            done,
            self._code_failed,
        )
