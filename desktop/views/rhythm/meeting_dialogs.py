"""The minutes of a meeting (new or corrected), a decision with its owner and due date, a task done."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from desktop.services.core.dto import StaffChoice
from desktop.services.core.errors import ValidationError
from desktop.services.core.vocabulary import MEETING_KIND
from desktop.services.rhythm.dto import AttendeeInput, DecisionInput, MeetingDetail, MeetingInput, TaskDTO
from desktop.views.common.form_dialog import FormDialog
from desktop.views.common.labels import terms
from desktop.views.context import ViewContext
from desktop.views.rhythm.labels import rhythm_error_text

# the hour each kind is usually held
_USUAL = {"huddle": (9, 0), "police_meeting": (14, 30), "joint": (9, 0)}


def split_people(text: str, side: str) -> list[AttendeeInput]:
    """ "张警官（华侨路派出所）、周立（物业）" -> attendees with their organisation."""
    out = []
    for part in (
        text.replace("，", "、").replace(",", "、").replace(";", "、").replace("；", "、").split("、")
    ):
        part = part.strip()
        if not part:
            continue
        name, _, org = part.replace("(", "（").replace(")", "）").partition("（")
        out.append(AttendeeInput(side, name=name.strip(), organisation=org.rstrip("）").strip()))
    return out


def join_people(detail: MeetingDetail | None, side: str) -> str:
    if detail is None:
        return ""
    return "、".join(
        f"{a.name}（{a.organisation}）" if a.organisation else a.name
        for a in detail.attendees
        if a.side == side
    )


class MeetingDialog(FormDialog):
    """New minutes (the figures of the period are filled by the program when saved), or a correction."""

    error_message = staticmethod(rhythm_error_text)

    def __init__(
        self,
        ctx: ViewContext,
        staff: tuple[StaffChoice, ...],
        detail: MeetingDetail | None = None,
        parent=None,
    ):
        title = self.tr("Correct the minutes") if detail else self.tr("New minutes")
        super().__init__(ctx, title, "meeting_dialog", parent)
        self.detail = detail
        row = detail.row if detail else None
        kind = row.kind if row else "huddle"
        self.combo("kind", self.tr("Meeting"), terms(MEETING_KIND), kind)
        self.kind.setEnabled(detail is None)
        held = row.held_at if row else datetime.now().astimezone().replace(second=0, microsecond=0)
        self.moment("held_at", self.tr("Held at"), held)
        self.line("place", self.tr("Place"), row.place if row else self.tr("Meeting room of the centre"))
        self.line("chair", self.tr("Chair"), row.chair if row else "")
        self.line("recorder", self.tr("Recorder"), detail.recorder if detail else ctx.actor.full_name)
        present = {a.staff_id for a in detail.attendees} if detail else {ctx.actor.id}
        staff_list = self.widget("staff_attendees", self.tr("Staff present"), QListWidget())
        staff_list.setMaximumHeight(96)
        for st in staff:
            item = QListWidgetItem(st.full_name)
            item.setData(Qt.ItemDataRole.UserRole, st.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if st.id in present else Qt.CheckState.Unchecked)
            staff_list.addItem(item)
        self.line("police", self.tr("Police"), join_people(detail, "police"), self.tr("Name (station), …"))
        self.line(
            "invited", self.tr("Invited bodies"), join_people(detail, "invited"), self.tr("Name (body), …")
        )
        self.text("matters", self.tr("Matters discussed"), detail.matters if detail else "", height=90)
        if detail is None:
            self.note(
                "figures_note", self.tr("The figures of the period are filled in when the minutes are saved.")
            )
        self.kind.currentIndexChanged.connect(self._usual_hour)

    def _usual_hour(self, _i: int) -> None:
        at = self.held_at.value()
        hour, minute = _USUAL.get(self.kind.currentData(), (9, 0))
        self.held_at.set_value(at.replace(hour=hour, minute=minute))

    def meeting_input(self) -> MeetingInput:
        attendees = [
            AttendeeInput("staff", staff_id=item.data(Qt.ItemDataRole.UserRole))
            for item in (self.staff_attendees.item(i) for i in range(self.staff_attendees.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]
        attendees += split_people(self.police.text(), "police") + split_people(self.invited.text(), "invited")
        if not self.chair.text().strip():
            raise ValidationError("chair", "required")
        return MeetingInput(
            kind=self.kind.currentData(),
            held_at=self.moment_of(self.held_at),
            place=self.place.text(),
            chair=self.chair.text(),
            recorder=self.recorder.text(),
            attendees=tuple(attendees),
            matters=self.matters.toPlainText(),
        )

    def job(self):
        inp = self.meeting_input()
        svc, actor = self.ctx.services.rhythm.meetings, self.ctx.actor
        if self.detail is None:
            return lambda: svc.create(actor, inp)
        mid, version = self.detail.row.id, self.detail.row.version
        return lambda: svc.update(actor, mid, version, inp)


class DecisionDialog(FormDialog):
    error_message = staticmethod(rhythm_error_text)

    def __init__(self, ctx: ViewContext, detail: MeetingDetail, staff: tuple[StaffChoice, ...], parent=None):
        super().__init__(ctx, self.tr("A decision of the meeting"), "decision_dialog", parent)
        self.detail = detail
        self.text("decision", self.tr("Decided"), height=60)
        self.combo("owner_id", self.tr("Owner"), [(s.id, s.full_name) for s in staff], blank="")
        self.day("due_on", self.tr("Due"), date.today() + timedelta(days=7))

    def job(self):
        inp = DecisionInput(
            self.decision.toPlainText(), self.owner_id.currentData(), self.day_of(self.due_on)
        )
        svc, actor, row = self.ctx.services.rhythm.meetings, self.ctx.actor, self.detail.row
        return lambda: svc.add_decision(actor, row.id, row.version, inp)


class CompleteTaskDialog(FormDialog):
    error_message = staticmethod(rhythm_error_text)

    def __init__(self, ctx: ViewContext, task: TaskDTO, parent=None):
        super().__init__(ctx, self.tr("Task done"), "complete_task_dialog", parent)
        self.task = task
        self.note("what", task.text, label=self.tr("Task"))
        self.day("done_on", self.tr("Done on"), date.today())
        self.text("done_note", self.tr("What was done"), height=60)

    def job(self):
        svc, actor, t = self.ctx.services.rhythm.tasks, self.ctx.actor, self.task
        note, on = self.done_note.toPlainText(), self.day_of(self.done_on)
        return lambda: svc.complete(actor, t.id, t.version, note, on)
