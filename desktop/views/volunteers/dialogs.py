"""The volunteers room's dialogs, each a FormDialog whose ``job()`` is one service call on the writer thread:
enrolling (from the register, or a person entered on the spot), the volunteer's record, leaving, a skill, a
certificate, an activity or series, picking a volunteer for a shift, hours, and a reason."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox

from desktop.services.core.clock import CST
from desktop.services.core.clock import today as local_today
from desktop.services.core.errors import ValidationError
from desktop.services.core.vocabulary import ACTIVITY_KIND, RECURRENCE, SEX, VOLUNTEER_STATUS, WEEKDAY
from desktop.services.residents.resident_service import ResidentService
from desktop.services.volunteers.dto import ActivityInput, VolunteerDTO, VolunteerInput, VolunteerOptions
from desktop.views.common.form_dialog import FormDialog
from desktop.views.common.form_helpers import debounced
from desktop.views.common.labels import terms
from desktop.views.common.table_models import Column, RowTableModel, field
from desktop.views.common.table_view import current_row, table_view
from desktop.views.context import ViewContext
from desktop.views.volunteers.labels import error_message

CANDIDATE_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("EnrolDialog", "Name"), field("name")),
    Column(
        QT_TRANSLATE_NOOP("EnrolDialog", "Born"), lambda p: p.birth_date.isoformat() if p.birth_date else ""
    ),
    Column(QT_TRANSLATE_NOOP("EnrolDialog", "ID number"), field("id_number")),
    Column(QT_TRANSLATE_NOOP("EnrolDialog", "Address"), field("address")),
    Column(
        QT_TRANSLATE_NOOP("EnrolDialog", "On the roster"),
        lambda p: QCoreApplication.translate("EnrolDialog", "yes") if p.volunteer_id else "",
    ),
)
MATCH_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("PickVolunteerDialog", "Number"), field("volunteer_no")),
    Column(QT_TRANSLATE_NOOP("PickVolunteerDialog", "Name"), field("name")),
    Column(QT_TRANSLATE_NOOP("PickVolunteerDialog", "Team"), field("team_label")),
    Column(QT_TRANSLATE_NOOP("PickVolunteerDialog", "ID number"), field("id_number")),
)


class _Dialog(FormDialog):
    error_message = staticmethod(error_message)


def _team_pairs(options: VolunteerOptions) -> list[tuple[str, str]]:
    return [(c.code, c.label) for c in options.teams]


class EnrolDialog(_Dialog):
    """A person becomes a volunteer: found on the register (search), or entered here and registered with the
    volunteer record in one transaction."""

    def __init__(self, ctx: ViewContext, options: VolunteerOptions, parent=None):
        super().__init__(ctx, "", "enrol_dialog", parent)
        self.setWindowTitle(self.tr("Enrol a volunteer"))
        self.line(
            "person_search",
            self.tr("Find on the register"),
            hint=self.tr("Name, ID number or its last digits, phone"),
        )
        self.candidates = RowTableModel(CANDIDATE_COLUMNS, "EnrolDialog", self)
        self.widget("person_list", None, table_view("person_list", self.candidates, (80, 90, 160, 200)))
        self.person_list.setMinimumHeight(130)
        self.note(
            "new_person_note", self.tr("Not on the register? Enter the person here: they are registered too.")
        )
        self.line("name", self.tr("Name"))
        self.combo(
            "sex", self.tr("Sex"), [(c, SEX.zh(c)) for c in ("1", "2")], blank=self.tr("(from the ID number)")
        )
        self.line("id_number", self.tr("Citizen ID number"))
        self.line("phone", self.tr("Phone"))
        self.line(
            "volunteer_no",
            self.tr("Volunteer number"),
            hint=self.tr("The national 志愿服务网 number; blank: ours"),
        )
        self.combo("team", self.tr("Team"), _team_pairs(options), blank=self.tr("(no team)"))
        self.day("joined_on", self.tr("Joined"), local_today())
        self.line("emergency_contact", self.tr("Emergency contact"))
        self.line("emergency_phone", self.tr("Emergency phone"))
        self._timer = debounced(self, 250, self._search)
        self.person_search.textChanged.connect(lambda _t: self._timer.start())

    def _search(self) -> None:
        text = self.person_search.text().strip()
        if len(text) < 2:
            self.candidates.set_rows([])
            return
        svc, actor = self.ctx.services.volunteers, self.ctx.actor
        self.ctx.tasks.run_read(lambda: svc.candidates(actor, text), self.candidates.set_rows, self._failed)

    def job(self) -> Callable[[], VolunteerDTO]:
        inp = VolunteerInput(
            volunteer_no=self.volunteer_no.text(),
            team=self.team.currentData(),
            joined_on=self.day_of(self.joined_on),
            emergency_contact=self.emergency_contact.text(),
            emergency_phone=self.emergency_phone.text(),
        )
        svc, actor = self.ctx.services.volunteers, self.ctx.actor
        chosen = current_row(self.person_list)
        if chosen is not None and not self.name.text().strip():
            if chosen.volunteer_id:
                raise ValidationError("person_list", "already_volunteer")
            return lambda: svc.enrol(actor, inp, person_id=chosen.person_id)
        person = ResidentService.validate_person(
            {
                "name": self.name.text(),
                "id_number": self.id_number.text(),
                "sex": self.sex.currentData(),
                "phone": self.phone.text(),
            },
            today=local_today(),
        )
        return lambda: svc.enrol(actor, inp, register=person)


class VolunteerDialog(_Dialog):
    """The volunteer's own record (the person's name, ID and phone are edited on the register)."""

    def __init__(self, ctx: ViewContext, options: VolunteerOptions, v: VolunteerDTO, parent=None):
        super().__init__(ctx, "", "volunteer_dialog", parent)
        self.setWindowTitle(self.tr("Volunteer %1").replace("%1", v.name))
        self.v = v
        self.line("volunteer_no", self.tr("Volunteer number"), v.volunteer_no)
        self.combo("team", self.tr("Team"), _team_pairs(options), v.team, blank=self.tr("(no team)"))
        self.day("joined_on", self.tr("Joined"), v.joined_on)
        self.line("emergency_contact", self.tr("Emergency contact"), v.emergency_contact or "")
        self.line("emergency_phone", self.tr("Emergency phone"), hint=v.emergency_phone or "")
        self.text("notes", self.tr("Notes"), v.notes or "", 50)

    def job(self):
        inp = VolunteerInput(
            volunteer_no=self.volunteer_no.text(),
            team=self.team.currentData(),
            joined_on=self.day_of(self.joined_on),
            emergency_contact=self.emergency_contact.text(),
            emergency_phone=self.emergency_phone.text(),
            notes=self.notes.toPlainText(),
        )
        svc, actor, v = self.ctx.services.volunteers, self.ctx.actor, self.v
        return lambda: svc.update_volunteer(actor, v.id, v.version, inp)


class StatusDialog(_Dialog):
    """Pause, resume or leave (with the date and the reason)."""

    def __init__(self, ctx: ViewContext, v: VolunteerDTO, parent=None):
        super().__init__(ctx, "", "status_dialog", parent)
        self.setWindowTitle(self.tr("Status of %1").replace("%1", v.name))
        self.v = v
        self.combo("status", self.tr("Status"), terms(VOLUNTEER_STATUS), v.status)
        self.day("left_on", self.tr("From"), local_today())
        self.line("reason", self.tr("Reason"))

    def job(self):
        svc, actor, v = self.ctx.services.volunteers, self.ctx.actor, self.v
        status, on, reason = self.status.currentData(), self.day_of(self.left_on), self.reason.text()
        return lambda: svc.set_status(actor, v.id, v.version, status, on, reason)


class SkillDialog(_Dialog):
    def __init__(self, ctx: ViewContext, options: VolunteerOptions, v: VolunteerDTO, parent=None):
        super().__init__(ctx, "", "skill_dialog", parent)
        self.setWindowTitle(self.tr("A skill of %1").replace("%1", v.name))
        self.v = v
        self.combo("skill", self.tr("Skill"), [(c.code, c.label) for c in options.skills])
        self.line("certificate_no", self.tr("Certificate number"))
        self.day("issued_on", self.tr("Issued"), None, blank=self.tr("(none)"))
        self.day("expires_on", self.tr("Expires"), None, blank=self.tr("(does not expire)"))

    def job(self):
        svc, actor, v = self.ctx.services.volunteers, self.ctx.actor, self.v
        skill, number = self.skill.currentData(), self.certificate_no.text()
        issued, expires = self.day_of(self.issued_on), self.day_of(self.expires_on)
        return lambda: svc.add_skill(actor, v.id, skill, number, issued, expires)


class CertificateDialog(_Dialog):
    """A 志愿服务证明 of a period: issued (numbered, audited) when saved; the page prints it."""

    def __init__(self, ctx: ViewContext, v: VolunteerDTO, parent=None):
        super().__init__(ctx, "", "certificate_dialog", parent)
        self.setWindowTitle(self.tr("Certificate of service for %1").replace("%1", v.name))
        self.v = v
        today = local_today()
        self.day("period_from", self.tr("From"), v.joined_on)
        self.day("period_to", self.tr("To"), today)
        self.line("person_in_charge", self.tr("Person in charge"))
        self.line("handler_phone", self.tr("Contact phone"), ctx.community.phone)
        self.line("purpose", self.tr("For (as asked)"), hint=self.tr("e.g. 升学, 求职"))
        self.note(
            "hours_note",
            self.tr(
                "%1 approved hours so far; the certificate lists the approved services of the period."
            ).replace("%1", f"{v.hours_approved.normalize():f}"),
        )
        self.save_button.setText(self.tr("Issue"))

    def job(self):
        svc, actor, v = self.ctx.services.volunteers, self.ctx.actor, self.v
        first, last = self.day_of(self.period_from), self.day_of(self.period_to)
        chief, phone, purpose = self.person_in_charge.text(), self.handler_phone.text(), self.purpose.text()
        return lambda: svc.issue_certificate(
            actor, v.id, first, last, person_in_charge=chief, handler_phone=phone, purpose=purpose
        )


class ActivityDialog(_Dialog):
    """A new activity: once, every week on chosen days, or every working day, up to a last day."""

    def __init__(self, ctx: ViewContext, options: VolunteerOptions, parent=None):
        super().__init__(ctx, "", "activity_dialog", parent)
        self.setWindowTitle(self.tr("New activity"))
        start = datetime.combine(local_today() + timedelta(days=1), datetime.min.time(), CST).replace(hour=19)
        self.line("title", self.tr("Title"))
        self.combo("kind", self.tr("Kind"), terms(ACTIVITY_KIND), "patrol")
        self.line("place", self.tr("Place"))
        self.combo(
            "grid", self.tr("Grid"), [(c.code, c.label) for c in options.grids], blank=self.tr("(none)")
        )
        self.moment("starts_at", self.tr("Starts"), start)
        self.moment("ends_at", self.tr("Ends"), start + timedelta(hours=2))
        self.number("capacity", self.tr("Places"), 10, 1, 1000)
        self.combo("recurrence", self.tr("Repeats"), terms(RECURRENCE), "once")
        with self.same_row(self.tr("On")):
            for code, label in terms(WEEKDAY):
                self._add(f"weekday_{code}", None, QCheckBox(label))
        self.day("last_day", self.tr("Until"), None, blank=self.tr("(once)"))
        self.text("content", self.tr("What is done"), "", 50)
        self.recurrence.currentIndexChanged.connect(self._repeats)
        self._repeats()

    def _repeats(self) -> None:
        weekly = self.recurrence.currentData() == "weekly"
        for code in WEEKDAY:
            getattr(self, f"weekday_{code}").setEnabled(weekly)

    def job(self):
        grid = self.grid.currentData()
        inp = ActivityInput(
            title=self.title.text(),
            kind=self.kind.currentData(),
            place=self.place.text(),
            starts_at=self.moment_of(self.starts_at),
            ends_at=self.moment_of(self.ends_at),
            capacity=self.capacity.value(),
            grid_id=int(grid) if grid else None,
            content=self.content.toPlainText(),
            recurrence=self.recurrence.currentData(),
            weekdays=tuple(int(c) for c in WEEKDAY if getattr(self, f"weekday_{c}").isChecked()),
            last_day=self.day_of(self.last_day),
        )
        svc, actor = self.ctx.services.volunteers, self.ctx.actor
        return lambda: svc.create_activity(actor, inp)


class PickVolunteerDialog(_Dialog):
    """A volunteer for a shift, found as at the desk (number, ID digits, name); ``act(volunteer_id)`` is the
    service call (sign up, or enter hours)."""

    def __init__(self, ctx: ViewContext, title: str, act, *, hours: bool = False, parent=None):
        super().__init__(ctx, title, "pick_volunteer_dialog", parent)
        self.act = act
        self.line(
            "volunteer_search",
            self.tr("Volunteer"),
            hint=self.tr("Number, name, or the last digits of ID or phone"),
        )
        self.matches = RowTableModel(MATCH_COLUMNS, "PickVolunteerDialog", self)
        self.widget("match_list", None, table_view("match_list", self.matches, (90, 80, 100)))
        self.match_list.setMinimumHeight(140)
        self.hours_field = self.line("hours", self.tr("Hours (travel excluded)"), "2") if hours else None
        if hours:
            self.line("reason", self.tr("Note"))
        self._timer = debounced(self, 250, self._search)
        self.volunteer_search.textChanged.connect(lambda _t: self._timer.start())

    def _search(self) -> None:
        text = self.volunteer_search.text().strip()
        svc, actor = self.ctx.services.volunteers, self.ctx.actor
        self.ctx.tasks.run_read(lambda: svc.desk_lookup(actor, text), self.matches.set_rows, self._failed)

    def job(self):
        chosen = current_row(self.match_list)
        if chosen is None:
            if self.matches.rowCount() != 1:
                raise ValidationError("match_list", "required")
            chosen = self.matches.row_at(0)
        vid = chosen.volunteer_id
        if self.hours_field is not None:
            hours, reason = self.hours_field.text(), self.reason.text()
            return lambda: self.act(vid, hours, reason)
        return lambda: self.act(vid)


class ReasonDialog(_Dialog):
    """One reason, then ``act(reason)``: cancelling a shift, rejecting hours."""

    def __init__(self, ctx: ViewContext, title: str, name: str, act, parent=None):
        super().__init__(ctx, title, name, parent)
        self.act = act
        self.line("reason", QCoreApplication.translate("ReasonDialog", "Reason"))

    def job(self):
        reason = self.reason.text()
        return lambda: self.act(reason)


class HoursDialog(_Dialog):
    """Hours corrected (or confirmed for a day-end close), with the reason kept in the history."""

    def __init__(self, ctx: ViewContext, title: str, hours: str, act, parent=None):
        super().__init__(ctx, title, "hours_dialog", parent)
        self.act = act
        self.line("hours", self.tr("Hours (travel excluded)"), hours)
        self.line("reason", self.tr("Reason"))
        self.note(
            "hours_note",
            self.tr("The hours before and the reason stay in the history; the change is audited."),
        )

    def job(self):
        hours, reason = self.hours.text(), self.reason.text()
        return lambda: self.act(hours, reason)
