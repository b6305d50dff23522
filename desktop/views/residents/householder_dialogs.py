"""户主变更 and the correction of a member's relation to the householder (GB/T 4761).

After a change of householder the others keep their relation codes, which were relative to the old
householder; the dialog says so, and "Change relation…" corrects them one by one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from desktop.services.core.codes import MAIN_RELATIONS, RELATIONS
from desktop.services.residents.dto import HouseholdDTO, HouseholdMemberDTO
from desktop.views.common.form_dialog import FormDialog
from desktop.views.context import ViewContext
from desktop.views.residents.forms import resident_error_text

HOUSEHOLDER = "02"
_NOT_A_RELATION = (HOUSEHOLDER, "01")  # 01 本人 is no relation to a householder


def relation_choices() -> list[tuple[str, str]]:
    """Every GB/T 4761 relation a member may have to the householder: the usual ones first."""
    first = [c for c in MAIN_RELATIONS if c not in _NOT_A_RELATION]
    rest = [c for c in RELATIONS if c not in _NOT_A_RELATION and c not in first]
    return [(c, f"{c} {RELATIONS[c]}") for c in first + rest]


def current_members(household: HouseholdDTO) -> list[HouseholdMemberDTO]:
    return [m for m in household.members if m.left_on is None]


def householder_of(household: HouseholdDTO) -> HouseholdMemberDTO | None:
    return next((m for m in current_members(household) if m.relation_code == HOUSEHOLDER), None)


class ChangeHouseholderDialog(FormDialog):
    """户主变更: one of the current members becomes householder on a date, for a reason; the old householder
    takes the relation chosen here. The service refuses a date in the future, and a stale screen."""

    error_message = staticmethod(resident_error_text)

    def __init__(
        self, ctx: ViewContext, household: HouseholdDTO, proposed_id: int | None = None, parent=None
    ):
        super().__init__(
            ctx,
            QCoreApplication.translate("HouseholderDialogs", "Change householder: %1").replace(
                "%1", household.address
            ),
            "change_householder_dialog",
            parent,
        )
        self.household = household
        old = householder_of(household)
        self.old = old
        candidates = [m for m in current_members(household) if m.relation_code != HOUSEHOLDER]
        self.note(
            "householder_note",
            QCoreApplication.translate("HouseholderDialogs", "Householder now: %1").replace(
                "%1", old.name if old else QCoreApplication.translate("HouseholderDialogs", "none")
            ),
        )
        self.combo(
            "new_householder",
            QCoreApplication.translate("HouseholderDialogs", "New householder"),
            [(m.id, f"{m.name}（{m.relation}）") for m in candidates],
            proposed_id,
        )
        self.combo(
            "old_relation",
            QCoreApplication.translate("HouseholderDialogs", "Relation of %1 to the new householder").replace(
                "%1", old.name if old else ""
            ),
            relation_choices(),
            blank=QCoreApplication.translate("HouseholderDialogs", "— choose —"),
        )
        self.old_relation.setVisible(old is not None)
        label = self.form.labelForField(self.old_relation)
        if label is not None:
            label.setVisible(old is not None)
        self.day("changed_on", QCoreApplication.translate("HouseholderDialogs", "Changed on"), date.today())
        self.line(
            "reason",
            QCoreApplication.translate("HouseholderDialogs", "Reason"),
            hint=QCoreApplication.translate("HouseholderDialogs", "e.g. died, moved away, family decision"),
        )
        self.note("others_note", "")
        self.new_householder.currentIndexChanged.connect(lambda _i: self._show_others())
        self._show_others()

    def _show_others(self) -> None:
        """The note names the members whose relation stays as it is: all but the two who change."""
        chosen = self.new_householder.currentData()
        others = [
            m for m in current_members(self.household) if m.relation_code != HOUSEHOLDER and m.id != chosen
        ]
        self.others_note.setVisible(bool(others))
        self.others_note.setText(
            QCoreApplication.translate(
                "HouseholderDialogs",
                "The other members keep their relations as recorded (%1). They were relative to the old "
                "householder: correct them afterwards with “Change relation…” where needed.",
            ).replace("%1", "、".join(f"{m.name}：{m.relation}" for m in others))
        )

    def job(self):
        svc, actor, hid = self.ctx.services.households, self.ctx.actor, self.household.id
        versions = {m.id: m.version for m in current_members(self.household)}
        new_id, relation = self.new_householder.currentData(), self.old_relation.currentData()
        on, reason = self.day_of(self.changed_on), self.reason.text()
        return lambda: svc.change_householder(actor, hid, versions, new_id, relation, on, reason)


class ChangeRelationDialog(FormDialog):
    """Corrects one current member's relation to the householder (not the householder's own)."""

    error_message = staticmethod(resident_error_text)

    def __init__(
        self, ctx: ViewContext, household: HouseholdDTO, proposed_id: int | None = None, parent=None
    ):
        super().__init__(
            ctx,
            QCoreApplication.translate("HouseholderDialogs", "Change relation to the householder"),
            "change_relation_dialog",
            parent,
        )
        self.household = household
        old = householder_of(household)
        self.members = [m for m in current_members(household) if m.relation_code != HOUSEHOLDER]
        self.note(
            "householder_note",
            QCoreApplication.translate("HouseholderDialogs", "%1 · householder: %2")
            .replace("%1", household.address)
            .replace("%2", old.name if old else QCoreApplication.translate("HouseholderDialogs", "none")),
        )
        self.combo(
            "member_id",
            QCoreApplication.translate("HouseholderDialogs", "Member"),
            [(m.id, m.name) for m in self.members],
            proposed_id,
        )
        self.combo(
            "relation_code",
            QCoreApplication.translate("HouseholderDialogs", "Relation to the householder"),
            relation_choices(),
        )
        self.member_id.currentIndexChanged.connect(lambda _i: self._show_relation())
        self._show_relation()

    def _show_relation(self) -> None:
        m = self._member()
        if m is not None:
            i = self.relation_code.findData(m.relation_code)
            if i >= 0:
                self.relation_code.setCurrentIndex(i)

    def _member(self) -> HouseholdMemberDTO | None:
        mid = self.member_id.currentData()
        return next((m for m in self.members if m.id == mid), None)

    def job(self):
        svc, actor, m = self.ctx.services.households, self.ctx.actor, self._member()
        member_id, version = (m.id, m.version) if m else (0, 0)
        relation = self.relation_code.currentData()
        return lambda: svc.update_member_relation(actor, member_id, version, relation)
