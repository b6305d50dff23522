"""The volunteers' printed documents: 志愿服务证明 (from the certificate issued, so a reprint says the same), the
志愿者花名册, and the volunteer card, one or a sheet of ten. Registered with the print service when the package
is imported."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    Activity,
    Attachment,
    Attendance,
    CertificateIssue,
    CertificateItem,
    CodeItem,
    Person,
    Shift,
    Volunteer,
)
from desktop.services.core import vocabulary
from desktop.services.core.clock import local_day
from desktop.services.core.clock import today as local_today
from desktop.services.core.permissions import mask_phone
from desktop.services.core.print_data import get_record, id_text, money, staff_name
from desktop.services.core.print_service import PrintService
from desktop.services.volunteers import rules
from desktop.services.volunteers.dto import star_level


def _teams(s: Session) -> dict[str, str]:
    return dict(
        s.execute(select(CodeItem.code, CodeItem.label).where(CodeItem.list_name == "volunteer_team")).all()
    )


def _load_certificate(s: Session, record_id, actor, community, reveal):
    from desktop.printing.form_data import ServiceItem, VolunteerCertificateData

    c = get_record(s, CertificateIssue, record_id, "volunteer_certificate")  # a voided one does not print
    v = s.get(Volunteer, c.volunteer_id)
    p = s.get(Person, v.person_id)
    rows = s.execute(  # the services certified, at the hours certified: a reprint says the same
        select(Shift.starts_at, Activity.title, Activity.place, CertificateItem.hours)
        .join(Attendance, Attendance.id == CertificateItem.attendance_id)
        .join(Shift, Shift.id == Attendance.shift_id)
        .join(Activity, Activity.id == Shift.activity_id)
        .where(CertificateItem.certificate_id == c.id)
        .order_by(Shift.starts_at)
    ).all()
    return VolunteerCertificateData(
        cert_no=c.cert_no,
        name=p.name,
        id_type=vocabulary.ID_TYPE.zh(p.id_type, p.id_type),
        id_number=id_text(p.id_number, reveal),
        volunteer_no=v.volunteer_no,
        total_hours=money(c.hours),
        period_from=c.period_from,
        period_to=c.period_to,
        services=tuple(ServiceItem(local_day(at), title, place, money(h)) for at, title, place, h in rows),
        issuer=community.centre_name,
        person_in_charge=c.person_in_charge,
        handler=staff_name(s, c.handler_id),
        handler_phone=c.handler_phone or community.phone,
        issued_on=c.issued_on,
        purpose=c.purpose or "",
    )


def _load_roster(s: Session, record_id, actor, community, reveal):
    from desktop.printing.form_data import VolunteerRosterData, VolunteerRow

    teams = _teams(s)
    hours = rules.approved_hours(s)
    rows = tuple(
        VolunteerRow(
            name,
            v.volunteer_no,
            vocabulary.SEX.zh(sex or "", ""),
            (phone or "") if reveal else mask_phone(phone),
            teams.get(v.team or "", v.team or ""),
            v.joined_on,
            money(hours.get(v.id, Decimal(0))),
            vocabulary.STAR_LEVEL.zh(str(star_level(hours.get(v.id, 0)))),
        )
        for v, name, sex, phone in s.execute(
            select(Volunteer, Person.name, Person.sex, Person.phone)
            .join(Person, Person.id == Volunteer.person_id)
            .where(Volunteer.status != "left")
            .order_by(Volunteer.volunteer_no)
        )
    )
    return VolunteerRosterData(rows, local_today())


def card_data(s: Session, volunteer_ids, community):
    """The cards of these volunteers, in the order given (their photos from the attachments store)."""
    from desktop.printing.form_data import VolunteerCardData

    ids = list(volunteer_ids)
    teams = _teams(s)
    found = {
        v.id: (v, name)
        for v, name in s.execute(
            select(Volunteer, Person.name)
            .join(Person, Person.id == Volunteer.person_id)
            .where(Volunteer.id.in_(ids))
        )
    }
    photos = dict(
        s.execute(
            select(Attachment.id, Attachment.data).where(
                Attachment.id.in_([v.photo_id for v, _n in found.values() if v.photo_id])
            )
        ).all()
    )
    return tuple(
        VolunteerCardData(
            name,
            v.volunteer_no,
            teams.get(v.team or "", ""),
            photos.get(v.photo_id),
            community.centre_name,
            v.joined_on,
        )
        for v, name in (found[i] for i in ids if i in found)
    )


def _load_card(s: Session, record_id, actor, community, reveal):
    v = get_record(s, Volunteer, record_id, "volunteer")
    return card_data(s, [v.id], community)[0]


def _load_card_sheet(s: Session, record_id, actor, community, reveal):
    from desktop.printing.form_data import VolunteerCardSheetData

    ids = s.scalars(select(Volunteer.id).where(Volunteer.status == "active").order_by(Volunteer.volunteer_no))
    return VolunteerCardSheetData(card_data(s, list(ids), community))


def _register() -> None:
    from desktop.printing import form_data as fd

    PrintService.register_loader(fd.VolunteerCertificateData, _load_certificate)
    PrintService.register_loader(fd.VolunteerRosterData, _load_roster)
    PrintService.register_loader(fd.VolunteerCardData, _load_card)
    PrintService.register_loader(fd.VolunteerCardSheetData, _load_card_sheet)


_register()
