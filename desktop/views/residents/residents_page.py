"""实有人口: one search box over the register, the people list (a million rows), one person's record
with their household, key groups (where the user may see them) and timeline."""

from __future__ import annotations

import re
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Changes, Kind
from desktop.services.core.codes import ETHNIC_GROUPS, RESIDENT_TYPES, SEXES
from desktop.services.core.dto import TimelineEntry
from desktop.services.core.id_numbers import ID_TYPES
from desktop.services.core.permissions import Perm
from desktop.services.residents.dto import (
    HouseholdDTO,
    HouseholdLink,
    MembershipDTO,
    PeopleFilter,
    PersonDTO,
    Revealed,
)
from desktop.views.context import ViewContext
from desktop.views.residents.forms import fill_combo, iso, resident_error_text
from desktop.views.residents.household_dialog import HouseholdDialog
from desktop.views.residents.key_group_dialogs import FollowUpDialog, MembershipDialog
from desktop.views.residents.labels import field_label, field_value
from desktop.views.residents.person_dialog import PersonDialog
from desktop.views.residents.person_table_model import IdRole, PersonTableModel
from desktop.views.residents.reveal_dialog import RevealDialog

SEARCH_DELAY_MS = 150
HOUSEHOLDER = "02"  # GB/T 4761 户主


class ResidentsPage(QWidget):
    def __init__(self, ctx: ViewContext, parent=None):
        super().__init__(parent)
        self.setObjectName("residents_page")
        self.ctx = ctx
        self.person: PersonDTO | None = None
        self.household: HouseholdDTO | None = None  # the shown person's current household, if any
        self.dialog = None  # the open dialog, for tests and to keep it alive
        self._search_seq = 0
        self.first_paint_ms: float | None = None

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search: name, pinyin initials (zw), ID number or its last digits, phone, address")
        )
        self.type_filter = QComboBox()
        self.type_filter.setObjectName("type_filter")
        fill_combo(self.type_filter, RESIDENT_TYPES, blank=self.tr("All types"))
        self.include_moved_out = QCheckBox(self.tr("Include moved out"))
        self.include_moved_out.setObjectName("include_moved_out")
        self.count_label = QLabel("")
        self.count_label.setObjectName("count_label")
        self.new_person_button = QPushButton(self.tr("Register person"))
        self.new_person_button.setObjectName("new_person_button")
        self.new_household_button = QPushButton(self.tr("Register household"))
        self.new_household_button.setObjectName("new_household_button")
        self.import_button = QPushButton(self.tr("Import from Excel…"))
        self.import_button.setObjectName("import_button")
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setObjectName("export_button")
        self._found_ids: list[int] | None = None  # the search's results, or None for the whole list
        may_edit = ctx.can(Perm.RESIDENTS_EDIT)
        self.new_person_button.setVisible(may_edit)
        self.new_household_button.setVisible(may_edit)
        self.import_button.setVisible(may_edit)
        self.export_button.setVisible(ctx.can(Perm.EXPORT))

        self.model = PersonTableModel(self)
        self.people = QTableView()
        self.people.setObjectName("people")
        self.people.setModel(self.model)
        self.people.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people.verticalHeader().setDefaultSectionSize(24)
        self.people.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.people.horizontalHeader().setStretchLastSection(True)
        for col, width in ((0, 90), (1, 40), (2, 90), (3, 90), (4, 160), (5, 110), (6, 80), (7, 260)):
            self.people.setColumnWidth(col, width)

        # -- the record on the right
        self.detail_name = QLabel("")
        self.detail_name.setObjectName("detail_name")
        f = self.detail_name.font()
        f.setPointSize(f.pointSize() + 4)
        f.setBold(True)
        self.detail_name.setFont(f)
        self.id_number_label = QLabel("")
        self.id_number_label.setObjectName("id_number_label")
        self.phone_label = QLabel("")
        self.phone_label.setObjectName("phone_label")
        self.details = QLabel("")
        self.details.setObjectName("details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reveal_button = QPushButton(self.tr("Show in full…"))
        self.reveal_button.setObjectName("reveal_button")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("edit_button")
        self.edit_button.setVisible(may_edit)
        self.move_out_button = QPushButton(self.tr("Moved out…"))
        self.move_out_button.setObjectName("move_out_button")
        self.move_out_button.setVisible(may_edit)
        self.households = QLabel("")
        self.households.setObjectName("households")
        self.households.setWordWrap(True)
        self.remove_from_household_button = QPushButton(self.tr("Remove from household…"))
        self.remove_from_household_button.setObjectName("remove_from_household_button")
        self.remove_from_household_button.setVisible(may_edit)
        self.change_householder_button = QPushButton(self.tr("Change householder…"))
        self.change_householder_button.setObjectName("change_householder_button")
        self.change_householder_button.setVisible(may_edit)
        self.change_relation_button = QPushButton(self.tr("Change relation…"))
        self.change_relation_button.setObjectName("change_relation_button")
        self.change_relation_button.setVisible(may_edit)
        self.key_group_box = QGroupBox(self.tr("Key groups"))
        self.key_group_box.setObjectName("key_group_box")
        self.memberships = QListWidget()
        self.memberships.setObjectName("memberships")
        self.memberships.setMaximumHeight(90)
        self.add_membership_button = QPushButton(self.tr("Add to a key group…"))
        self.add_membership_button.setObjectName("add_membership_button")
        self.add_membership_button.setVisible(ctx.can(Perm.KEY_GROUPS_EDIT))
        self.follow_up_button = QPushButton(self.tr("Record follow-up…"))
        self.follow_up_button.setObjectName("follow_up_button")
        self.end_membership_button = QPushButton(self.tr("End membership…"))
        self.end_membership_button.setObjectName("end_membership_button")
        self.end_membership_button.setVisible(ctx.can(Perm.KEY_GROUPS_EDIT))
        kg = QVBoxLayout(self.key_group_box)
        kg.addWidget(self.memberships)
        kb = QHBoxLayout()
        kb.addWidget(self.add_membership_button)
        kb.addWidget(self.follow_up_button)
        kb.addWidget(self.end_membership_button)
        kg.addLayout(kb)
        self.timeline = QListWidget()
        self.timeline.setObjectName("timeline")
        # whole entries in a narrow panel: wrapped, not cut at the edge
        self.timeline.setWordWrap(True)
        self.timeline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timeline.setSpacing(3)
        self.error = QLabel("")
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)

        self.detail = QWidget()
        self.detail.setObjectName("detail")
        d = QVBoxLayout(self.detail)
        d.addWidget(self.detail_name)
        ids = QFormLayout()
        ids.addRow(self.tr("ID number"), self.id_number_label)
        ids.addRow(self.tr("Phone"), self.phone_label)
        d.addLayout(ids)
        row = QHBoxLayout()
        row.addWidget(self.reveal_button)
        row.addWidget(self.edit_button)
        row.addWidget(self.move_out_button)
        row.addStretch(1)
        d.addLayout(row)
        d.addWidget(self.details)
        hh = QHBoxLayout()
        hh.addWidget(self.households, 1)
        hb = QVBoxLayout()
        hb.addWidget(self.remove_from_household_button)
        hb.addWidget(self.change_householder_button)
        hb.addWidget(self.change_relation_button)
        hb.addStretch(1)
        hh.addLayout(hb)
        d.addLayout(hh)
        d.addWidget(self.key_group_box)
        d.addWidget(QLabel(self.tr("Timeline (newest first)")))
        d.addWidget(self.timeline, 1)
        self.detail.setVisible(False)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.type_filter)
        top.addWidget(self.include_moved_out)
        top.addWidget(self.new_person_button)
        top.addWidget(self.new_household_button)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(top)
        lv.addWidget(self.people, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.error, 1)
        lv.addLayout(bottom)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay = QVBoxLayout(self)
        lay.addWidget(split)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.type_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.include_moved_out.toggled.connect(lambda _b: self.reload())
        self.people.selectionModel().currentRowChanged.connect(self._row_changed)
        self.new_person_button.clicked.connect(self.new_person)
        self.new_household_button.clicked.connect(self.new_household)
        self.import_button.clicked.connect(self.import_people)
        self.export_button.clicked.connect(self.export_people)
        self.edit_button.clicked.connect(self.edit_person)
        self.reveal_button.clicked.connect(self.ask_reveal)
        self.add_membership_button.clicked.connect(self.add_membership)
        self.follow_up_button.clicked.connect(self.record_follow_up)
        self.move_out_button.clicked.connect(self.move_out)
        self.remove_from_household_button.clicked.connect(self.remove_from_household)
        self.change_householder_button.clicked.connect(self.change_householder)
        self.change_relation_button.clicked.connect(self.change_relation)
        self.end_membership_button.clicked.connect(self.end_membership)
        self.memberships.currentRowChanged.connect(lambda _r: self._update_buttons())
        ctx.tasks.bus.changed.connect(self._changed)
        self._started = time.perf_counter()
        self.reload()

    # -- the list --------------------------------------------------------------------------------------
    def filter(self) -> PeopleFilter:
        return PeopleFilter(
            include_moved_out=self.include_moved_out.isChecked(), resident_type=self.type_filter.currentData()
        )

    def reload(self) -> None:
        """The whole register (or the current search again): count + first page in one read."""
        if self.search.text().strip():
            self.run_search()
            return
        svc, actor, filt = self.ctx.services.residents, self.ctx.actor, self.filter()
        self._search_seq += 1
        seq = self._search_seq

        def work():
            return svc.count_people(actor, filt), svc.people_window(actor, filt, limit=200)

        self.ctx.tasks.run_read(work, lambda r: self._show_all(seq, filt, *r), self._failed)

    def _show_all(self, seq: int, filt: PeopleFilter, count: int, first) -> None:
        if seq != self._search_seq:
            return
        svc, actor, tasks = self.ctx.services.residents, self.ctx.actor, self.ctx.tasks

        def fetch(after_id, before_id, offset, limit):
            return svc.people_window(
                actor, filt, after_id=after_id, before_id=before_id, offset=offset, limit=limit
            )

        def submit(job, on_done):
            tasks.run_read(job, on_done, self._failed)

        self.model.set_source(count, fetch, submit, first)
        self.count_label.setText(self.tr("%n people", "", count))
        if self.first_paint_ms is None:
            self.first_paint_ms = (time.perf_counter() - self._started) * 1000

    def run_search(self) -> None:
        text = self.search.text().strip()
        if not text:
            self.reload()
            return
        self._search_seq += 1
        seq = self._search_seq
        svc, actor = self.ctx.services.residents, self.ctx.actor
        self.ctx.tasks.run_read(
            lambda: svc.search(actor, text, limit=100), lambda rows: self._show_found(seq, rows), self._failed
        )

    def _show_found(self, seq: int, rows) -> None:
        if seq != self._search_seq:
            return  # the user typed on; an older answer arrived late
        filt = self.filter()
        rows = [
            r
            for r in rows
            if (filt.include_moved_out or r.moved_out_on is None)
            and (filt.resident_type is None or r.resident_type == filt.resident_type)
        ]
        self.model.set_rows(rows)
        self._found_ids = [r.id for r in rows]
        self.count_label.setText(self.tr("%n found", "", len(rows)))
        if rows:
            self.people.selectRow(0)

    def _changed(self, ch: Changes) -> None:
        if ch.touches(Kind.PERSON, Kind.HOUSEHOLD):
            self.reload()
        people = ch.of(Kind.PERSON)
        if self.person is not None and (
            (Kind.PERSON in ch and (not people or self.person.id in people))
            or ch.touches(Kind.MEMBERSHIP, Kind.FOLLOW_UP)
        ):
            self.show_person(self.person.id)

    def _failed(self, exc) -> None:
        self.error.setText(resident_error_text(exc))

    def _row_changed(self, current, _previous) -> None:
        pid = self.model.data(current, IdRole) if current.isValid() else None
        if pid is not None:
            self.show_person(pid)

    # -- one person ------------------------------------------------------------------------------------
    def show_person(self, person_id: int) -> None:
        svc, actor = self.ctx.services.residents, self.ctx.actor

        def work():
            p = svc.get_person(actor, person_id)
            link = next((h for h in p.households if h.left_on is None), None)
            household = svc.get_household(actor, link.household_id) if link else None
            return p, svc.timeline(actor, person_id), household

        self.ctx.tasks.run_read(work, lambda r: self._show_person(*r), self._failed)

    def _show_person(self, p: PersonDTO, timeline, household: HouseholdDTO | None = None) -> None:
        self.person = p
        self.household = household
        self.error.setText("")
        self.detail.setVisible(True)
        self.detail_name.setText(p.name)
        self.id_number_label.setText(f"{ID_TYPES.get(p.id_type, p.id_type)} {p.id_number}")
        self.phone_label.setText(" / ".join(x for x in (p.phone, p.phone2) if x))
        self.reveal_button.setVisible(p.can_reveal)
        self.reveal_button.setEnabled(True)
        self.move_out_button.setEnabled(p.moved_out_on is None)
        lines = [
            f"{SEXES.get(p.sex or '', '')}  {ETHNIC_GROUPS.get(p.ethnic_code or '', '')}  {iso(p.birth_date)}",
            f"{RESIDENT_TYPES.get(p.resident_type, p.resident_type)}  {p.address}",
        ]
        if p.employer:
            lines.append(self.tr("Employer: %1").replace("%1", p.employer))
        if p.hukou_address:
            lines.append(self.tr("Hukou: %1").replace("%1", p.hukou_address))
        if p.permit_no:
            lines.append(
                self.tr("Residence permit %1, issued %2, endorsement due %3")
                .replace("%1", p.permit_no)
                .replace("%2", iso(p.permit_issued_on))
                .replace("%3", iso(p.permit_endorse_due))
            )
        if p.moved_in_on:
            lines.append(self.tr("Moved in %1").replace("%1", iso(p.moved_in_on)))
        if p.moved_out_on:
            lines.append(self.tr("Moved out %1").replace("%1", iso(p.moved_out_on)))
        self.details.setText("\n".join(lines))
        self.households.setText("\n".join(self._household_text(h) for h in p.households))
        link = self.current_household()
        self.remove_from_household_button.setEnabled(link is not None)
        current = [m for m in household.members if m.left_on is None] if household else []
        self.change_householder_button.setEnabled(link is not None and len(current) >= 2)
        self.change_relation_button.setEnabled(
            link is not None and any(m.relation_code != HOUSEHOLDER for m in current)
        )
        # key groups: the whole box stays hidden from those who may not know
        self.key_group_box.setVisible(p.memberships is not None)
        self.memberships.clear()
        for m in p.memberships or ():
            item = QListWidgetItem(self._membership_text(m))
            item.setData(Qt.ItemDataRole.UserRole, m)
            self.memberships.addItem(item)
        self._update_buttons()
        self.timeline.clear()
        for e in timeline:
            detail = self._timeline_detail(e)
            item = QListWidgetItem(f"{e.on.isoformat()}  {e.title}" + (f" — {detail}" if detail else ""))
            item.setData(Qt.ItemDataRole.UserRole, e.kind)
            item.setToolTip(detail)
            self.timeline.addItem(item)

    def _household_text(self, h: HouseholdLink) -> str:
        text = f"{h.address} · {h.relation}"
        if h.left_on:
            # not inside an f-string: lupdate does not look there, and the text stayed English
            text += " · " + self.tr("left %1").replace("%1", iso(h.left_on))
        elif h.relation_code != HOUSEHOLDER and self.household and self.household.id == h.household_id:
            head = next(
                (m for m in self.household.members if m.left_on is None and m.relation_code == HOUSEHOLDER),
                None,
            )
            if head is not None:
                text += " · " + self.tr("householder %1").replace("%1", head.name)
        return text

    def _timeline_detail(self, e: TimelineEntry) -> str:
        """A change of the record names its fields as the form does, coded values by their labels."""
        if not e.changes:
            return e.detail
        template = self.tr("%1: %2 → %3")
        return " · ".join(
            _fill(
                template, field_label(c.field), field_value(c.field, c.before), field_value(c.field, c.after)
            )
            for c in e.changes
        )

    def _membership_text(self, m: MembershipDTO) -> str:
        parts = [m.group_name]
        if m.risk_level is not None:
            parts.append(self.tr("risk %1").replace("%1", str(m.risk_level)))
        if m.end_on:
            parts.append(self.tr("ended %1").replace("%1", iso(m.end_on)))
        elif m.next_follow_up_on:
            parts.append(self.tr("next follow-up %1").replace("%1", iso(m.next_follow_up_on)))
        if m.worker_name:
            parts.append(m.worker_name)
        return " · ".join(parts)

    def _update_buttons(self) -> None:
        item = self.memberships.currentItem()
        m = item.data(Qt.ItemDataRole.UserRole) if item else None
        may = (
            m is not None
            and m.end_on is None
            and (self.ctx.can(Perm.KEY_GROUPS_EDIT) or m.worker_id == self.ctx.actor.id)
        )
        self.follow_up_button.setEnabled(bool(may))
        self.end_membership_button.setEnabled(bool(m is not None and m.end_on is None))

    # -- actions ---------------------------------------------------------------------------------------
    def _open(self, dialog) -> None:
        self.dialog = dialog
        dialog.open()

    def export_people(self, path: str = "", reveal: bool | None = None, reason: str = "") -> None:
        """The list as shown (or the search's results) to .xlsx; masked unless the user may and asks."""
        from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

        from desktop.services.residents.export import export_people

        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), "实有人口.xlsx", "Excel (*.xlsx)")
            if not path:
                return
        if reveal is None:
            reveal = False
            if self.ctx.can(Perm.REVEAL_ID):
                answer = QMessageBox.question(
                    self,
                    self.tr("Export"),
                    self.tr("Include the full ID numbers and phones? (Recorded with a reason.)"),
                )
                if answer == QMessageBox.StandardButton.Yes:
                    reason, ok = QInputDialog.getText(
                        self, self.tr("Reason"), self.tr("Why are full numbers needed?")
                    )
                    if not ok or not reason.strip():
                        return
                    reveal = True
        ids = self._found_ids if self.search.text().strip() else None
        filt = self.filter()
        sessions, actor = self.ctx.services.sessions, self.ctx.actor
        self.ctx.tasks.run_write(
            lambda: export_people(
                sessions, actor, path, person_ids=ids, filt=filt, reveal=reveal, reason=reason
            ),
            lambda n: self.count_label.setText(
                self.tr("Exported %1 people to %2").replace("%1", str(n)).replace("%2", path)
            ),
            self._failed,
        )

    def move_out(self) -> None:
        from desktop.views.residents.ending_dialogs import MoveOutDialog

        if self.person is not None:
            dlg = MoveOutDialog(self.ctx, self.person, self)
            dlg.saved.connect(lambda p: self.show_person(p.id))
            self._open(dlg)

    def current_household(self) -> HouseholdLink | None:
        """The household the shown person belongs to now (one at most), if any."""
        if self.person is None:
            return None
        return next((h for h in self.person.households if h.left_on is None), None)

    def remove_from_household(self) -> None:
        from desktop.views.residents.ending_dialogs import RemoveMemberDialog

        link = self.current_household()
        if self.person is not None and link is not None:
            person_id = self.person.id
            dlg = RemoveMemberDialog(self.ctx, self.person, link, self)
            dlg.saved.connect(lambda _h: self.show_person(person_id))
            self._open(dlg)

    def change_householder(self) -> None:
        from desktop.views.residents.householder_dialogs import ChangeHouseholderDialog

        if self.person is not None and self.household is not None:
            person_id = self.person.id
            link = self.current_household()
            proposed = link.member_id if link and link.relation_code != HOUSEHOLDER else None
            dlg = ChangeHouseholderDialog(self.ctx, self.household, proposed, self)
            dlg.saved.connect(lambda _h: self.show_person(person_id))
            self._open(dlg)

    def change_relation(self) -> None:
        from desktop.views.residents.householder_dialogs import ChangeRelationDialog

        if self.person is not None and self.household is not None:
            person_id = self.person.id
            link = self.current_household()
            proposed = link.member_id if link and link.relation_code != HOUSEHOLDER else None
            dlg = ChangeRelationDialog(self.ctx, self.household, proposed, self)
            dlg.saved.connect(lambda _h: self.show_person(person_id))
            self._open(dlg)

    def end_membership(self) -> None:
        from desktop.views.residents.ending_dialogs import EndMembershipDialog

        item = self.memberships.currentItem()
        m = item.data(Qt.ItemDataRole.UserRole) if item else None
        if m is not None:
            dlg = EndMembershipDialog(self.ctx, m, self)
            dlg.saved.connect(lambda _m: self.show_person(m.person_id))
            self._open(dlg)

    def import_people(self) -> None:
        from desktop.views.residents.import_dialog import ImportDialog

        self._open(ImportDialog(self.ctx, self))

    def new_person(self) -> None:
        dlg = PersonDialog(self.ctx, None, self)
        dlg.saved.connect(lambda p: self.show_person(p.id))
        self._open(dlg)

    def edit_person(self) -> None:
        if self.person is not None:
            self._open(PersonDialog(self.ctx, self.person, self))

    def new_household(self) -> None:
        self._open(HouseholdDialog(self.ctx, self))

    def ask_reveal(self) -> None:
        if self.person is None:
            return
        dlg = RevealDialog(self.ctx, self.person.id, self.person.name, self)
        dlg.revealed.connect(self._revealed)
        self._open(dlg)

    def _revealed(self, shown: Revealed) -> None:
        if self.person is None or shown.person_id != self.person.id:
            return
        self.id_number_label.setText(f"{ID_TYPES.get(self.person.id_type, '')} {shown.id_number or ''}")
        self.phone_label.setText(" / ".join(x for x in (shown.phone, shown.phone2) if x))
        self.reveal_button.setEnabled(False)

    def add_membership(self) -> None:
        if self.person is not None:
            self._open(MembershipDialog(self.ctx, self.person.id, self.person.name, self))

    def record_follow_up(self) -> None:
        item = self.memberships.currentItem()
        if item is not None:
            self._open(FollowUpDialog(self.ctx, item.data(Qt.ItemDataRole.UserRole), self))


def _fill(template: str, *args: str) -> str:
    """%1, %2 ... replaced in one pass: a value that itself holds "%2" stays as typed."""
    return re.sub(
        r"%(\d)",
        lambda m: args[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(args) else m.group(0),
        template,
    )
