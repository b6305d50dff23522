"""Register a household (户) at an address (以房管人): the address under its grid, then the members and
their relation to the householder (GB/T 4761)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem, QPushButton
from shiboken6 import isValid

from desktop.services.core.codes import MAIN_RELATIONS, RELATIONS
from desktop.services.core.errors import ValidationError
from desktop.views.common.form_dialog import FormDialog
from desktop.views.common.form_helpers import debounced, fill
from desktop.views.context import ViewContext
from desktop.views.residents.forms import resident_error_text

ADDRESS_KINDS = {"residence": "住宅", "rental": "出租屋", "shop": "商铺", "other": "其他"}
HOUSEHOLD_KINDS = {"family": "家庭户", "collective": "集体户"}


class HouseholdDialog(FormDialog):
    error_message = staticmethod(resident_error_text)

    def __init__(self, ctx: ViewContext, parent=None):
        super().__init__(ctx, self.tr("Register a household"), "household_dialog", parent)
        self.combo("grid", self.tr("Grid"), [])
        self.line("building", self.tr("Building"), hint=self.tr("e.g. 侨鸿花园3幢"))
        self.line("unit", self.tr("Unit"), hint=self.tr("e.g. 1单元"))
        self.line("room", self.tr("Room"), hint=self.tr("e.g. 302"))
        self.combo("address_kind", self.tr("Use of the address"), ADDRESS_KINDS.items())
        self.line("household_no", self.tr("Household no."))
        self.combo("kind", self.tr("Household type"), HOUSEHOLD_KINDS.items())
        self.line(
            "member_search",
            self.tr("Members"),
            hint=self.tr("Find a registered person: name, ID or phone digits"),
        )
        main = [(c, f"{c} {RELATIONS[c]}") for c in MAIN_RELATIONS]
        more = [(c, f"{c} {t}") for c, t in RELATIONS.items() if c not in MAIN_RELATIONS]
        with self.same_row(""):
            self.widget("member_choice", None, QComboBox()).setMinimumWidth(260)
            self.combo("relation", "", main + more)
            self.widget("add_member_button", None, QPushButton(self.tr("Add member")))
        self.widget("members", "", QListWidget())
        self.widget("remove_member_button", "", QPushButton(self.tr("Remove")))

        self._timer = debounced(self, 200, self._find)
        self.member_search.textChanged.connect(lambda _t: self._timer.start())
        self.add_member_button.clicked.connect(self.add_member)
        self.remove_member_button.clicked.connect(lambda: self.members.takeItem(self.members.currentRow()))
        svc, actor = ctx.services.addresses, ctx.actor
        ctx.tasks.run_read(lambda: svc.list_grids(actor), self._grids, self._failed)

    def _grids(self, grids) -> None:
        if isValid(self):
            fill(self.grid, [(g.id, g.name) for g in grids])

    def _find(self) -> None:
        svc, actor, text = self.ctx.services.residents, self.ctx.actor, self.member_search.text()
        self.ctx.tasks.run_read(lambda: svc.search(actor, text, limit=20), self._found, self._failed)

    def _found(self, rows) -> None:
        if not isValid(self):
            return
        self.member_choice.clear()
        for r in rows:
            self.member_choice.addItem(f"{r.name}  {r.id_number}  {r.address}", (r.id, r.name))

    def add_member(self) -> None:
        chosen = self.member_choice.currentData()
        if chosen is None:
            return
        person_id, name = chosen
        if any(pid == person_id for pid, _r in self.member_pairs()):
            return
        relation = self.relation.currentData()
        item = QListWidgetItem(f"{name} — {RELATIONS[relation]}")
        item.setData(Qt.ItemDataRole.UserRole, (person_id, relation))
        self.members.addItem(item)

    def member_pairs(self) -> list[tuple[int, str]]:
        return [self.members.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.members.count())]

    def job(self):
        grid_id = self.grid.currentData()
        if grid_id is None:
            raise ValidationError("grid", "required")
        svc, actor = self.ctx.services.households, self.ctx.actor
        where = (
            grid_id,
            self.building.text(),
            self.unit.text(),
            self.room.text(),
            self.address_kind.currentData(),
        )
        no, kind, members = self.household_no.text(), self.kind.currentData(), self.member_pairs()
        return lambda: svc.create_household(actor, address=where, kind=kind, household_no=no, members=members)
