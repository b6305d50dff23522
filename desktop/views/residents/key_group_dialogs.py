"""Key groups (重点人群): put a person in a group with a responsible worker and a risk level; record a
follow-up (随访). The next follow-up date is computed by the service from DOMAIN.md's rules."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
)

from desktop.services.core.errors import ValidationError
from desktop.services.core.permissions import ROLE_LABELS_ZH, Role
from desktop.services.core.validators import parse_date
from desktop.services.residents.dto import KeyGroupDTO, MembershipDTO
from desktop.views.context import ViewContext
from desktop.views.residents.forms import fill_combo, show_error

FOLLOW_UP_WAYS = {"home_visit": "入户走访", "phone": "电话", "interview": "约谈", "other": "其他"}


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    save = box.button(QDialogButtonBox.StandardButton.Save)
    save.setObjectName("save_button")
    save.setText(QCoreApplication.translate("ResidentsForm", "Save"))
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("ResidentsForm", "Cancel")
    )
    box.rejected.connect(dialog.reject)
    return box


class MembershipDialog(QDialog):
    saved = Signal(object)  # MembershipDTO

    def __init__(self, ctx: ViewContext, person_id: int, name: str, parent=None):
        super().__init__(parent)
        self.setObjectName("membership_dialog")
        self.ctx = ctx
        self.person_id = person_id
        self.setWindowTitle(self.tr("Key group: %1").replace("%1", name))
        self._groups: list[KeyGroupDTO] = []
        self.key_group = QComboBox()
        self.key_group.setObjectName("key_group")
        self.start_on = QLineEdit(date.today().isoformat())
        self.start_on.setObjectName("start_on")
        self.worker = QComboBox()
        self.worker.setObjectName("worker")
        self.risk_level = QSpinBox()
        self.risk_level.setObjectName("risk_level")
        self.risk_level.setRange(0, 5)
        self.notes = QLineEdit()
        self.notes.setObjectName("notes")
        self.error = QLabel("")
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020")
        self.buttons = _buttons(self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        form = QFormLayout()
        form.addRow(self.tr("Group"), self.key_group)
        form.addRow(self.tr("From"), self.start_on)
        form.addRow(self.tr("Responsible worker"), self.worker)
        form.addRow(self.tr("Risk level (0-5)"), self.risk_level)
        form.addRow(self.tr("Notes"), self.notes)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.key_group.currentIndexChanged.connect(self._group_changed)
        self.buttons.accepted.connect(self.submit)
        svc, actor = ctx.services.residents, ctx.actor
        ctx.tasks.run_read(
            lambda: (svc.list_key_groups(actor), svc.list_workers(actor)),
            self._loaded,
            lambda e: show_error(self, self.error, e),
        )

    def _loaded(self, data) -> None:
        groups, workers = data
        self._groups = groups
        fill_combo(self.key_group, [(g.id, g.name) for g in groups])
        fill_combo(
            self.worker,
            [(w.id, f"{w.full_name}（{ROLE_LABELS_ZH.get(Role(w.role), w.role)}）") for w in workers],
        )
        i = self.worker.findData(self.ctx.actor.id)
        if i >= 0:
            self.worker.setCurrentIndex(i)
        self._group_changed()

    def _group_changed(self, *_a) -> None:
        g = next((g for g in self._groups if g.id == self.key_group.currentData()), None)
        self.risk_level.setEnabled(bool(g and g.has_risk_level))

    def submit(self) -> None:
        svc, actor, person_id = self.ctx.services.residents, self.ctx.actor, self.person_id
        group_id, worker_id = self.key_group.currentData(), self.worker.currentData()
        risk = self.risk_level.value() if self.risk_level.isEnabled() else None
        start_text, notes = self.start_on.text(), self.notes.text()

        def work() -> MembershipDTO:
            start = parse_date(start_text, "start_on")
            if start is None:
                raise ValidationError("start_on", "required")
            return svc.add_membership(
                actor, person_id, group_id, start_on=start, worker_id=worker_id, risk_level=risk, notes=notes
            )

        self.ctx.tasks.run_write(
            work,
            self._saved,
            lambda e: show_error(self, self.error, e),
        )

    def _saved(self, m: MembershipDTO) -> None:
        self.saved.emit(m)
        self.accept()


class FollowUpDialog(QDialog):
    saved = Signal(object)  # FollowUpDTO

    def __init__(self, ctx: ViewContext, membership: MembershipDTO, parent=None):
        super().__init__(parent)
        self.setObjectName("follow_up_dialog")
        self.ctx = ctx
        self.membership = membership
        self.setWindowTitle(
            self.tr("Follow-up: %1, %2")
            .replace("%1", membership.person_name)
            .replace("%2", membership.group_name)
        )
        self.done_on = QLineEdit(date.today().isoformat())
        self.done_on.setObjectName("done_on")
        self.way = QComboBox()
        self.way.setObjectName("way")
        fill_combo(self.way, FOLLOW_UP_WAYS)
        self.content = QPlainTextEdit()
        self.content.setObjectName("content")
        self.content.setMaximumHeight(70)
        self.findings = QPlainTextEdit()
        self.findings.setObjectName("findings")
        self.findings.setMaximumHeight(70)
        self.risk_level = QSpinBox()
        self.risk_level.setObjectName("risk_level")
        self.risk_level.setRange(0, 5)
        self.risk_level.setValue(membership.risk_level or 0)
        self.risk_level.setEnabled(membership.has_risk_level)
        self.condition_stable = QCheckBox(self.tr("Condition stable"))
        self.condition_stable.setObjectName("condition_stable")
        self.condition_stable.setChecked(True)
        self.condition_stable.setEnabled(membership.has_risk_level)
        self.next_due_on = QLineEdit()
        self.next_due_on.setObjectName("next_due_on")
        self.next_due_on.setPlaceholderText(self.tr("Leave empty: computed from the rules"))
        self.error = QLabel("")
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020")
        self.buttons = _buttons(self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.done_on)
        form.addRow(self.tr("Way"), self.way)
        form.addRow(self.tr("Content"), self.content)
        form.addRow(self.tr("Findings"), self.findings)
        form.addRow(self.tr("Risk level (0-5)"), self.risk_level)
        form.addRow("", self.condition_stable)
        form.addRow(self.tr("Next follow-up"), self.next_due_on)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)

    def submit(self) -> None:
        svc, actor, m = self.ctx.services.residents, self.ctx.actor, self.membership
        done_text, next_text = self.done_on.text(), self.next_due_on.text()
        way, content, findings = (
            self.way.currentData(),
            self.content.toPlainText(),
            self.findings.toPlainText(),
        )
        risk = self.risk_level.value() if m.has_risk_level else None
        stable = self.condition_stable.isChecked() if m.has_risk_level else None

        def work():
            done = parse_date(done_text, "done_on")
            if done is None:
                raise ValidationError("done_on", "required")
            return svc.record_follow_up(
                actor,
                m.id,
                done_on=done,
                way=way,
                content=content,
                findings=findings,
                risk_level=risk,
                condition_stable=stable,
                next_due_on=parse_date(next_text, "next_due_on"),
            )

        self.ctx.tasks.run_write(
            work,
            self._saved,
            lambda e: show_error(self, self.error, e),
        )

    def _saved(self, f) -> None:
        self.saved.emit(f)
        self.accept()
