"""实有人口: one search box over the register, the people list (a million rows), one person's record
with their household, key groups (where the user may see them) and timeline."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
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
from desktop.views.common.form_helpers import button, fill, hbox, named, vbox
from desktop.views.common.progress_dialog import ProgressDialog
from desktop.views.common.room_page import RoomPage
from desktop.views.common.table_models import IdRole
from desktop.views.common.table_view import table_view
from desktop.views.context import ViewContext
from desktop.views.residents.forms import iso, resident_error_text
from desktop.views.residents.household_dialog import HouseholdDialog
from desktop.views.residents.key_group_dialogs import FollowUpDialog, MembershipDialog
from desktop.views.residents.labels import field_label, field_value
from desktop.views.residents.person_dialog import PersonDialog
from desktop.views.residents.person_table_model import PAGE, PersonTableModel, window_args
from desktop.views.residents.reveal_dialog import RevealDialog

HOUSEHOLDER = "02"  # GB/T 4761 户主


@dataclass(frozen=True)
class _Query:
    people: PeopleFilter
    text: str = ""  # a search: its results instead of the whole list


class ResidentsPage(RoomPage):
    kinds = frozenset({Kind.PERSON, Kind.HOUSEHOLD, Kind.MEMBERSHIP, Kind.FOLLOW_UP})
    error_message = staticmethod(resident_error_text)
    SEARCH_DELAY_MS = 150

    def __init__(self, ctx: ViewContext, parent=None):
        super().__init__(ctx, "residents_page", parent, first=_Query(PeopleFilter()))
        self.person: PersonDTO | None = None
        self.household: HouseholdDTO | None = None  # the shown person's current household, if any
        self._found_ids: list[int] | None = None  # the search's results, or None for the whole list

        self.search_box(
            self.tr("Search: name, pinyin initials (zw), ID number or its last digits, phone, address")
        )
        named(self, "type_filter", QComboBox())
        fill(self.type_filter, RESIDENT_TYPES.items(), blank=self.tr("All types"))
        named(self, "include_moved_out", QCheckBox(self.tr("Include moved out")))
        named(self, "count_label", QLabel(""))
        may_edit = ctx.can(Perm.RESIDENTS_EDIT)
        button(self, "new_person_button", self.tr("Register person"), self.new_person, visible=may_edit)
        button(
            self, "new_household_button", self.tr("Register household"), self.new_household, visible=may_edit
        )
        button(self, "import_button", self.tr("Import from Excel…"), self.import_people, visible=may_edit)
        button(
            self,
            "export_button",
            self.tr("Export to Excel…"),
            self.export_people,
            visible=ctx.can(Perm.EXPORT),
        )
        self.model = PersonTableModel(self)
        self.people = table_view("people", self.model, (90, 40, 90, 90, 160, 110, 80, 260))

        # -- the record on the right
        named(self, "detail_name", QLabel(""))
        f = self.detail_name.font()
        f.setPointSize(f.pointSize() + 4)
        f.setBold(True)
        self.detail_name.setFont(f)
        named(self, "id_number_label", QLabel(""))
        named(self, "phone_label", QLabel(""))
        named(self, "details", QLabel(""))
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        button(self, "reveal_button", self.tr("Show in full…"), self.ask_reveal)
        button(self, "edit_button", self.tr("Edit…"), self.edit_person, visible=may_edit)
        button(self, "move_out_button", self.tr("Moved out…"), self.move_out, visible=may_edit)
        named(self, "households", QLabel(""))
        self.households.setWordWrap(True)
        for name, text, slot in (
            ("remove_from_household_button", self.tr("Remove from household…"), self.remove_from_household),
            ("change_householder_button", self.tr("Change householder…"), self.change_householder),
            ("change_relation_button", self.tr("Change relation…"), self.change_relation),
        ):
            button(self, name, text, slot, visible=may_edit)
        named(self, "key_group_box", QGroupBox(self.tr("Key groups")))
        named(self, "memberships", QListWidget())
        self.memberships.setMaximumHeight(90)
        may_group = ctx.can(Perm.KEY_GROUPS_EDIT)
        button(
            self,
            "add_membership_button",
            self.tr("Add to a key group…"),
            self.add_membership,
            visible=may_group,
        )
        button(self, "follow_up_button", self.tr("Record follow-up…"), self.record_follow_up)
        button(
            self, "end_membership_button", self.tr("End membership…"), self.end_membership, visible=may_group
        )
        vbox(
            self.memberships,
            hbox(self.add_membership_button, self.follow_up_button, self.end_membership_button),
            parent=self.key_group_box,
        )
        named(self, "timeline", QListWidget())
        # whole entries in a narrow panel: wrapped, not cut at the edge
        self.timeline.setWordWrap(True)
        self.timeline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timeline.setSpacing(3)

        named(self, "detail", QWidget())
        ids = QFormLayout()
        ids.addRow(self.tr("ID number"), self.id_number_label)
        ids.addRow(self.tr("Phone"), self.phone_label)
        household_buttons = vbox(
            self.remove_from_household_button, self.change_householder_button, self.change_relation_button, 1
        )
        vbox(
            self.detail_name,
            ids,
            hbox(self.reveal_button, self.edit_button, self.move_out_button, 1),
            self.details,
            hbox((self.households, 1), household_buttons),
            self.key_group_box,
            QLabel(self.tr("Timeline (newest first)")),
            (self.timeline, 1),
            parent=self.detail,
        )
        self.detail.setVisible(False)

        left = QWidget()
        top = hbox(
            (self.search, 1),
            self.type_filter,
            self.include_moved_out,
            self.new_person_button,
            self.new_household_button,
            self.import_button,
            self.export_button,
        )
        vbox(top, (self.people, 1), hbox(self.count_label, (self.error, 1)), margins=0, parent=left)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        vbox(split, parent=self)

        self.reload_on(self.type_filter, self.include_moved_out)
        self.people.selectionModel().currentRowChanged.connect(self._row_changed)
        self.memberships.currentRowChanged.connect(lambda _r: self._update_buttons())

    # -- the list --------------------------------------------------------------------------------------
    def filter(self) -> _Query:
        people = PeopleFilter(
            include_moved_out=self.include_moved_out.isChecked(), resident_type=self.type_filter.currentData()
        )
        return _Query(people, self.search.text().strip())

    def query(self, q: _Query):
        svc, actor, filt = self.ctx.services.residents, self.ctx.actor, q.people
        if q.text:
            return lambda: svc.search(actor, q.text, limit=100)
        # the whole register: its size and first page in one read
        return lambda: (svc.count_people(actor, filt), svc.people_window(actor, filt, limit=PAGE))

    def show_result(self, q: _Query, result) -> None:
        if q.text:
            self._show_found(q.people, result)
            return
        count, first = result
        svc, actor, tasks, filt = self.ctx.services.residents, self.ctx.actor, self.ctx.tasks, q.people
        self._found_ids = None
        self.model.set_source(
            count,
            lambda w: svc.people_window(actor, filt, **window_args(w)),
            lambda job, on_done: tasks.run_read(job, on_done, self.failed),
            first,
        )
        self.count_label.setText(self.tr("%n people", "", count))

    def _show_found(self, filt: PeopleFilter, rows) -> None:
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

    def changed(self, ch: Changes) -> None:
        if ch.touches(Kind.PERSON, Kind.HOUSEHOLD):
            self.reload()
        people = ch.of(Kind.PERSON)
        if self.person is not None and (
            (Kind.PERSON in ch and (not people or self.person.id in people))
            or ch.touches(Kind.MEMBERSHIP, Kind.FOLLOW_UP)
        ):
            self.show_person(self.person.id)

    def _row_changed(self, current, _previous) -> None:
        pid = self.model.data(current, IdRole) if current.isValid() else None
        if pid is not None:
            self.show_person(pid)

    # -- one person ------------------------------------------------------------------------------------
    def show_person(self, person_id: int) -> None:
        svc, households, actor = self.ctx.services.residents, self.ctx.services.households, self.ctx.actor

        def work():
            p = svc.get_person(actor, person_id)
            link = next((h for h in p.households if h.left_on is None), None)
            household = households.get_household(actor, link.household_id) if link else None
            return p, svc.timeline(actor, person_id), household

        self.ctx.tasks.run_read(work, lambda r: self._show_person(*r), self.failed)

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
        filt = self.filter().people
        sessions, actor = self.ctx.services.sessions, self.ctx.actor

        def work(progress, cancelled) -> int:
            return export_people(
                sessions,
                actor,
                path,
                person_ids=ids,
                filt=filt,
                reveal=reveal,
                reason=reason,
                progress=progress,
                cancelled=cancelled,
            )

        def done(n: int) -> None:
            self.count_label.setText(
                self.tr("Exported %1 people to %2").replace("%1", str(n)).replace("%2", path)
            )

        self.dialog = ProgressDialog(self.ctx, self.tr("Export"), work, done, self.failed, parent=self)

    def move_out(self) -> None:
        from desktop.views.residents.ending_dialogs import MoveOutDialog

        if self.person is not None:
            dlg = MoveOutDialog(self.ctx, self.person, self)
            self.open_dialog(dlg, lambda p: self.show_person(p.id))

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
            self.open_dialog(dlg, lambda _h: self.show_person(person_id))

    def change_householder(self) -> None:
        from desktop.views.residents.householder_dialogs import ChangeHouseholderDialog

        if self.person is not None and self.household is not None:
            person_id = self.person.id
            link = self.current_household()
            proposed = link.member_id if link and link.relation_code != HOUSEHOLDER else None
            dlg = ChangeHouseholderDialog(self.ctx, self.household, proposed, self)
            self.open_dialog(dlg, lambda _h: self.show_person(person_id))

    def change_relation(self) -> None:
        from desktop.views.residents.householder_dialogs import ChangeRelationDialog

        if self.person is not None and self.household is not None:
            person_id = self.person.id
            link = self.current_household()
            proposed = link.member_id if link and link.relation_code != HOUSEHOLDER else None
            dlg = ChangeRelationDialog(self.ctx, self.household, proposed, self)
            self.open_dialog(dlg, lambda _h: self.show_person(person_id))

    def end_membership(self) -> None:
        from desktop.views.residents.ending_dialogs import EndMembershipDialog

        item = self.memberships.currentItem()
        m = item.data(Qt.ItemDataRole.UserRole) if item else None
        if m is not None:
            dlg = EndMembershipDialog(self.ctx, m, self)
            self.open_dialog(dlg, lambda _m: self.show_person(m.person_id))

    def import_people(self) -> None:
        from desktop.views.residents.import_dialog import ImportDialog

        self.open_dialog(ImportDialog(self.ctx, self))

    def new_person(self) -> None:
        dlg = PersonDialog(self.ctx, None, self)
        self.open_dialog(dlg, lambda p: self.show_person(p.id))

    def edit_person(self) -> None:
        if self.person is not None:
            self.open_dialog(PersonDialog(self.ctx, self.person, self))

    def new_household(self) -> None:
        self.open_dialog(HouseholdDialog(self.ctx, self))

    def ask_reveal(self) -> None:
        if self.person is None:
            return
        dlg = RevealDialog(self.ctx, self.person.id, self.person.name, self)
        self.open_dialog(dlg, self._revealed)

    def _revealed(self, shown: Revealed) -> None:
        if self.person is None or shown.person_id != self.person.id:
            return
        self.id_number_label.setText(f"{ID_TYPES.get(self.person.id_type, '')} {shown.id_number or ''}")
        self.phone_label.setText(" / ".join(x for x in (shown.phone, shown.phone2) if x))
        self.reveal_button.setEnabled(False)

    def add_membership(self) -> None:
        if self.person is not None:
            self.open_dialog(MembershipDialog(self.ctx, self.person.id, self.person.name, self))

    def record_follow_up(self) -> None:
        item = self.memberships.currentItem()
        if item is not None:
            self.open_dialog(FollowUpDialog(self.ctx, item.data(Qt.ItemDataRole.UserRole), self))


def _fill(template: str, *args: str) -> str:
    """%1, %2 ... replaced in one pass: a value that itself holds "%2" stays as typed."""
    return re.sub(
        r"%(\d)",
        lambda m: args[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(args) else m.group(0),
        template,
    )
