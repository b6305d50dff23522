"""Key groups (重点人群): put a person in a group with a responsible worker and a risk level; record a
follow-up (随访). The next follow-up date is computed by the service from DOMAIN.md's rules."""

from __future__ import annotations

from datetime import date

from shiboken6 import isValid

from desktop.services.core.permissions import ROLE_LABELS_ZH, Role
from desktop.services.residents.dto import KeyGroupDTO, MembershipDTO
from desktop.views.common.form_dialog import FormDialog
from desktop.views.common.form_helpers import fill, select
from desktop.views.context import ViewContext
from desktop.views.residents.forms import resident_error_text

FOLLOW_UP_WAYS = {"home_visit": "入户走访", "phone": "电话", "interview": "约谈", "other": "其他"}


class MembershipDialog(FormDialog):
    error_message = staticmethod(resident_error_text)

    def __init__(self, ctx: ViewContext, person_id: int, name: str, parent=None):
        super().__init__(ctx, self.tr("Key group: %1").replace("%1", name), "membership_dialog", parent)
        self.person_id = person_id
        self._groups: list[KeyGroupDTO] = []
        self.combo("key_group", self.tr("Group"), [])
        self.day("start_on", self.tr("From"), date.today())
        self.combo("worker", self.tr("Responsible worker"), [])
        self.number("risk_level", self.tr("Risk level (0-5)"), 0, 0, 5)
        self.line("notes", self.tr("Notes"))
        self.key_group.currentIndexChanged.connect(self._group_changed)
        svc, actor = ctx.services.key_groups, ctx.actor
        ctx.tasks.run_read(
            lambda: (svc.list_key_groups(actor), svc.list_workers(actor)), self._loaded, self._failed
        )

    def _loaded(self, data) -> None:
        if not isValid(self):
            return
        self._groups, workers = data
        fill(self.key_group, [(g.id, g.name) for g in self._groups])
        fill(
            self.worker,
            [(w.id, f"{w.full_name}（{ROLE_LABELS_ZH.get(Role(w.role), w.role)}）") for w in workers],
        )
        select(self.worker, self.ctx.actor.id)
        self._group_changed()

    def _group_changed(self, *_a) -> None:
        g = next((g for g in self._groups if g.id == self.key_group.currentData()), None)
        self.risk_level.setEnabled(bool(g and g.has_risk_level))

    def job(self):
        svc, actor, person_id = self.ctx.services.key_groups, self.ctx.actor, self.person_id
        group_id, worker_id = self.key_group.currentData(), self.worker.currentData()
        risk = self.risk_level.value() if self.risk_level.isEnabled() else None
        start, notes = self.day_of(self.start_on), self.notes.text()
        return lambda: svc.add_membership(
            actor, person_id, group_id, start_on=start, worker_id=worker_id, risk_level=risk, notes=notes
        )


class FollowUpDialog(FormDialog):
    error_message = staticmethod(resident_error_text)

    def __init__(self, ctx: ViewContext, membership: MembershipDTO, parent=None):
        title = (
            self.tr("Follow-up: %1, %2")
            .replace("%1", membership.person_name)
            .replace("%2", membership.group_name)
        )
        super().__init__(ctx, title, "follow_up_dialog", parent)
        self.membership = m = membership
        self.day("done_on", self.tr("Date"), date.today())
        self.combo("way", self.tr("Way"), FOLLOW_UP_WAYS.items())
        self.text("content", self.tr("Content"))
        self.text("findings", self.tr("Findings"))
        self.number("risk_level", self.tr("Risk level (0-5)"), m.risk_level or 0, 0, 5)
        self.risk_level.setEnabled(m.has_risk_level)
        self.check("condition_stable", self.tr("Condition stable"), True)
        self.condition_stable.setEnabled(m.has_risk_level)
        self.day(
            "next_due_on",
            self.tr("Next follow-up"),
            None,
            blank=self.tr("Leave empty: computed from the rules"),
        )

    def job(self):
        svc, actor, m = self.ctx.services.key_groups, self.ctx.actor, self.membership
        done, next_due = self.day_of(self.done_on), self.day_of(self.next_due_on)
        way, content, findings = (
            self.way.currentData(),
            self.content.toPlainText(),
            self.findings.toPlainText(),
        )
        risk = self.risk_level.value() if m.has_risk_level else None
        stable = self.condition_stable.isChecked() if m.has_risk_level else None
        return lambda: svc.record_follow_up(
            actor,
            m.id,
            done_on=done,
            way=way,
            content=content,
            findings=findings,
            risk_level=risk,
            condition_stable=stable,
            next_due_on=next_due,
        )
