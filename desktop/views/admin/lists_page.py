"""The administrator's configurable lists: the key groups (重点人群) and the code lists the forms offer
(visit purposes, dispute types, outside bodies, follow-up ways). Entries are deactivated, never deleted."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QTableView, QTabWidget, QWidget

from desktop.changes import Changes, Kind
from desktop.services.core.lists_service import CodeItemDTO, CodeListInfo, KeyGroupRow
from desktop.views.admin.list_dialogs import CodeLabelDialog, KeyGroupDialog, kept_text, lists_error_text
from desktop.views.common.form_helpers import button, hbox, named, vbox
from desktop.views.common.room_page import RoomPage
from desktop.views.common.table_models import GREY, Column, RowTableModel, field
from desktop.views.common.table_view import table_view
from desktop.views.context import ViewContext

# list_name -> English title (Chinese in zh_CN.ts, context "ListsPage"); a list not named here shows its name
LIST_TITLES = {
    "visit_purpose": QT_TRANSLATE_NOOP("ListsPage", "Visit purposes"),
    "dispute_type": QT_TRANSLATE_NOOP("ListsPage", "Dispute types"),
    "outside_body": QT_TRANSLATE_NOOP("ListsPage", "Outside bodies (referrals)"),
    "grid_report_kind": QT_TRANSLATE_NOOP("ListsPage", "Grid report kinds"),
    "volunteer_team": QT_TRANSLATE_NOOP("ListsPage", "Volunteer teams"),
    "volunteer_skill": QT_TRANSLATE_NOOP("ListsPage", "Volunteer skills and certificates"),
}


def list_title(list_name: str) -> str:
    text = LIST_TITLES.get(list_name)
    return QCoreApplication.translate("ListsPage", text) if text else list_name


def _inactive(row) -> object:
    return GREY if not row.active else None


def _yes_no(flag: bool) -> str:
    return (
        QCoreApplication.translate("ListsPage", "Yes")
        if flag
        else QCoreApplication.translate("ListsPage", "No")
    )


def _every(g: KeyGroupRow) -> str:
    days = g.follow_up_days  # a plain name: pyside6-lupdate skips a call whose count is an attribute
    return QCoreApplication.translate("ListsPage", "%n days", "", days)


def _active(flag: bool) -> str:
    return (
        QCoreApplication.translate("ListsPage", "Yes")
        if flag
        else QCoreApplication.translate("ListsPage", "Inactive")
    )


GROUP_COLUMNS = tuple(
    Column(header, display, align, foreground=_inactive)
    for header, display, align in (
        (QT_TRANSLATE_NOOP("ListsPage", "Key group"), field("name"), None),
        (QT_TRANSLATE_NOOP("ListsPage", "Risk level"), lambda g: _yes_no(g.has_risk_level), None),
        (
            QT_TRANSLATE_NOOP("ListsPage", "Follow up every"),
            _every,
            None,
        ),
        (QT_TRANSLATE_NOOP("ListsPage", "Active"), lambda g: _active(g.active), None),
        (
            QT_TRANSLATE_NOOP("ListsPage", "Current members"),
            lambda g: str(g.current_members),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        ),
    )
)
CODE_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("ListsPage", "Entry"), field("label"), foreground=_inactive),
    Column(QT_TRANSLATE_NOOP("ListsPage", "Active"), lambda c: _active(c.active), foreground=_inactive),
)


def _selected(view: QTableView):
    rows = view.selectionModel().selectedRows()
    return view.model().row_at(rows[0].row()) if rows else None


class ListsPage(RoomPage):
    GROUP_COLUMNS = len(GROUP_COLUMNS)
    COL_NAME, COL_RISK, COL_DAYS, COL_ACTIVE, COL_MEMBERS = range(GROUP_COLUMNS)
    kinds = frozenset({Kind.KEY_GROUP, Kind.MEMBERSHIP, Kind.CODE_ITEM})
    error_message = staticmethod(lists_error_text)

    def __init__(self, ctx: ViewContext, parent=None):
        super().__init__(ctx, "lists_page", parent, first=None)  # the key groups
        self.list_infos: list[CodeListInfo] = []
        self._select_next: int | None = None
        named(self, "tabs", QTabWidget())
        self.tabs.addTab(self._groups_tab(), self.tr("Key groups"))
        self.tabs.addTab(self._codes_tab(), self.tr("Code lists"))
        vbox(self.tabs, self.error, parent=self)
        self.reload_lists()

    # -- building ----------------------------------------------------------------------------------------------
    def _groups_tab(self) -> QWidget:
        w = QWidget()
        w.setObjectName("groups_tab")
        button(self, "new_group_button", self.tr("New…"), self.new_group)
        button(self, "edit_group_button", self.tr("Edit…"), self.edit_group).setEnabled(False)
        self.group_model = RowTableModel(GROUP_COLUMNS, "ListsPage", self)
        self.groups = table_view("groups", self.group_model, stretch=0, fit=range(1, len(GROUP_COLUMNS)))
        named(self, "group_status", QLabel(""))
        self.group_status.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "Key groups are sensitive: only the community police officer, the director and each member's "
                "worker see who is in them. A group is deactivated, not deleted: its members stay."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555")
        vbox(
            hbox(self.new_group_button, self.edit_group_button, 1),
            (self.groups, 1),
            self.group_status,
            hint,
            parent=w,
        )
        self.groups.selectionModel().selectionChanged.connect(lambda *_a: self._group_selected())
        self.groups.doubleClicked.connect(lambda _i: self.edit_group())
        return w

    def _codes_tab(self) -> QWidget:
        w = QWidget()
        w.setObjectName("codes_tab")
        named(self, "code_lists", QListWidget())
        self.code_lists.setMaximumWidth(260)
        self.code_model = RowTableModel(CODE_COLUMNS, "ListsPage", self)
        self.codes = table_view("codes", self.code_model, stretch=0, fit=(1,))
        buttons = vbox(
            button(self, "add_code_button", self.tr("Add…"), self.add_code),
            button(self, "rename_code_button", self.tr("Rename…"), self.rename_code),
            button(self, "up_button", self.tr("Move up"), lambda: self.move_code(-1)),
            button(self, "down_button", self.tr("Move down"), lambda: self.move_code(1)),
            button(self, "toggle_active_button", self.tr("Deactivate"), self.toggle_code),
            1,
        )
        named(self, "code_status", QLabel(""))
        self.code_status.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "The forms offer the active entries in this order. A deactivated entry stays in the records "
                "that use it."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555")
        side = vbox((hbox((self.codes, 1), buttons), 1), self.code_status, hint)
        hbox(self.code_lists, (side, 1), parent=w)
        self.code_lists.currentRowChanged.connect(lambda _r: self.reload_codes())
        self.codes.selectionModel().selectionChanged.connect(lambda *_a: self._code_selected())
        self.codes.doubleClicked.connect(lambda _i: self.rename_code())
        self._code_selected()
        return w

    def changed(self, ch: Changes) -> None:
        if ch.touches(Kind.KEY_GROUP, Kind.MEMBERSHIP):
            self.reload()
        if Kind.CODE_ITEM in ch:
            self.reload_lists()

    # -- key groups ----------------------------------------------------------------------------------------------
    def query(self, _filt):
        svc, actor = self.ctx.services.lists, self.ctx.actor
        return lambda: svc.list_key_groups(actor)

    def show_result(self, _filt, rows: list[KeyGroupRow]) -> None:
        keep = self.selected_group()
        self.group_model.set_rows(rows)
        if keep is not None and self.group_model.row_of(keep.id) >= 0:
            self.groups.selectRow(self.group_model.row_of(keep.id))
        self._group_selected()

    def selected_group(self) -> KeyGroupRow | None:
        return _selected(self.groups)

    def _group_selected(self) -> None:
        self.edit_group_button.setEnabled(self.selected_group() is not None)

    def new_group(self) -> None:
        self.open_dialog(KeyGroupDialog(self.ctx, None, self), self._group_saved)

    def edit_group(self) -> None:
        g = self.selected_group()
        if g is not None:
            self.open_dialog(KeyGroupDialog(self.ctx, g, self), self._group_saved)

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
        self.ctx.tasks.run_read(lambda: svc.list_code_lists(actor), self._show_lists, self.failed)

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
        self.code_model.set_rows(rows)
        row = self.code_model.row_of(select_id) if select_id is not None else -1
        if row >= 0:
            self.codes.selectRow(row)
        else:
            self.codes.clearSelection()
        self._code_selected()

    def selected_code(self) -> CodeItemDTO | None:
        return _selected(self.codes)

    def _code_selected(self) -> None:
        c = self.selected_code()
        i = self.code_model.row_of(c.id) if c else -1
        self.add_code_button.setEnabled(self.current_list() is not None)
        self.rename_code_button.setEnabled(c is not None)
        self.up_button.setEnabled(c is not None and i > 0)
        self.down_button.setEnabled(c is not None and i < self.code_model.rowCount() - 1)
        self.toggle_active_button.setEnabled(c is not None)
        self.toggle_active_button.setText(
            self.tr("Activate") if c is not None and not c.active else self.tr("Deactivate")
        )

    def _code_failed(self, exc: BaseException) -> None:
        self.failed(exc)
        self._code_selected()

    def add_code(self) -> None:
        list_name = self.current_list()
        if list_name is None:
            return
        dlg = CodeLabelDialog(self.ctx, list_name, list_title(list_name), None, self)
        self.open_dialog(dlg, lambda c: self._code_saved(c, self.tr("Added: %1")))

    def rename_code(self) -> None:
        c = self.selected_code()
        if c is None:
            return
        dlg = CodeLabelDialog(self.ctx, c.list_name, list_title(c.list_name), c, self)
        self.open_dialog(dlg, lambda c: self._code_saved(c, self.tr("Renamed: %1")))

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
            lambda: svc.update_code(actor, c.id, active=not c.active), done, self._code_failed
        )
