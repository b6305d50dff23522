"""Register a household (户) at an address (以房管人): the address under its grid, then the members and
their relation to the householder (GB/T 4761)."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from desktop.services.core.codes import MAIN_RELATIONS, RELATIONS
from desktop.views.context import ViewContext
from desktop.views.residents.forms import fill_combo, show_error

ADDRESS_KINDS = {"residence": "住宅", "rental": "出租屋", "shop": "商铺", "other": "其他"}
HOUSEHOLD_KINDS = {"family": "家庭户", "collective": "集体户"}


class HouseholdDialog(QDialog):
    saved = Signal(object)  # HouseholdDTO

    def __init__(self, ctx: ViewContext, parent=None):
        super().__init__(parent)
        self.setObjectName("household_dialog")
        self.ctx = ctx
        self.setWindowTitle(self.tr("Register a household"))
        self.grid = QComboBox()
        self.grid.setObjectName("grid")
        self.building = QLineEdit()
        self.building.setObjectName("building")
        self.building.setPlaceholderText(self.tr("e.g. 侨鸿花园3幢"))
        self.unit = QLineEdit()
        self.unit.setObjectName("unit")
        self.unit.setPlaceholderText(self.tr("e.g. 1单元"))
        self.room = QLineEdit()
        self.room.setObjectName("room")
        self.room.setPlaceholderText(self.tr("e.g. 302"))
        self.address_kind = QComboBox()
        self.address_kind.setObjectName("address_kind")
        fill_combo(self.address_kind, ADDRESS_KINDS)
        self.household_no = QLineEdit()
        self.household_no.setObjectName("household_no")
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        fill_combo(self.kind, HOUSEHOLD_KINDS)
        self.member_search = QLineEdit()
        self.member_search.setObjectName("member_search")
        self.member_search.setPlaceholderText(self.tr("Find a registered person: name, ID or phone digits"))
        self.member_choice = QComboBox()
        self.member_choice.setObjectName("member_choice")
        self.relation = QComboBox()
        self.relation.setObjectName("relation")
        fill_combo(self.relation, [(c, f"{c} {RELATIONS[c]}") for c in MAIN_RELATIONS])
        fill_more = [(c, f"{c} {t}") for c, t in RELATIONS.items() if c not in MAIN_RELATIONS]
        for value, text in fill_more:
            self.relation.addItem(text, value)
        self.add_member_button = QPushButton(self.tr("Add member"))
        self.add_member_button.setObjectName("add_member_button")
        self.members = QListWidget()
        self.members.setObjectName("members")
        self.remove_member_button = QPushButton(self.tr("Remove"))
        self.remove_member_button.setObjectName("remove_member_button")
        self.error = QLabel("")
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save_button")
        self.save_button.setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

        form = QFormLayout()
        form.addRow(self.tr("Grid"), self.grid)
        form.addRow(self.tr("Building"), self.building)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Room"), self.room)
        form.addRow(self.tr("Use of the address"), self.address_kind)
        form.addRow(self.tr("Household no."), self.household_no)
        form.addRow(self.tr("Household type"), self.kind)
        pick = QHBoxLayout()
        pick.addWidget(self.member_choice, 1)
        pick.addWidget(self.relation)
        pick.addWidget(self.add_member_button)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(QLabel(self.tr("Members")))
        lay.addWidget(self.member_search)
        lay.addLayout(pick)
        lay.addWidget(self.members)
        lay.addWidget(self.remove_member_button)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._find)
        self.member_search.textChanged.connect(lambda _t: self._timer.start())
        self.add_member_button.clicked.connect(self.add_member)
        self.remove_member_button.clicked.connect(lambda: self.members.takeItem(self.members.currentRow()))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        ctx.tasks.run_read(
            lambda: ctx.services.residents.list_grids(ctx.actor),
            lambda grids: fill_combo(self.grid, [(g.id, g.name) for g in grids]),
            lambda e: show_error(self, self.error, e),
        )

    def _find(self) -> None:
        text = self.member_search.text()
        self.ctx.tasks.run_read(
            lambda: self.ctx.services.residents.search(self.ctx.actor, text, limit=20),
            self._found,
            lambda e: show_error(self, self.error, e),
        )

    def _found(self, rows) -> None:
        self.member_choice.clear()
        for r in rows:
            self.member_choice.addItem(f"{r.name}  {r.id_number}  {r.address}", (r.id, r.name))

    def add_member(self) -> None:
        chosen = self.member_choice.currentData()
        if chosen is None:
            return
        person_id, name = chosen
        if any(self.members.item(i).data(256)[0] == person_id for i in range(self.members.count())):
            return
        relation = self.relation.currentData()
        item = QListWidgetItem(f"{name} — {RELATIONS[relation]}")
        item.setData(256, (person_id, relation))
        self.members.addItem(item)

    def member_pairs(self) -> list[tuple[int, str]]:
        return [self.members.item(i).data(256) for i in range(self.members.count())]

    def submit(self) -> None:
        svc, actor = self.ctx.services.residents, self.ctx.actor
        grid_id = self.grid.currentData()
        b, u, r, k = self.building.text(), self.unit.text(), self.room.text(), self.address_kind.currentData()
        no, kind, members = self.household_no.text(), self.kind.currentData(), self.member_pairs()

        def work():
            if grid_id is None:
                from desktop.services.core.errors import ValidationError

                raise ValidationError("grid", "required")
            address = svc.create_address(actor, grid_id, b, u, r, k)
            return svc.create_household(actor, address.id, kind=kind, household_no=no, members=members)

        self.save_button.setEnabled(False)
        self.ctx.tasks.run_write(work, self._saved, self._failed)

    def _saved(self, household) -> None:
        self.save_button.setEnabled(True)
        self.saved.emit(household)
        self.accept()

    def _failed(self, exc) -> None:
        self.save_button.setEnabled(True)
        show_error(self, self.error, exc)
