"""The volunteers' printed documents: 志愿服务证明 and the 志愿者花名册. Registered with the print service when the
package is imported."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Activity, Attendance, Person, Volunteer
from desktop.services.core import vocabulary
from desktop.services.core.clock import today as local_today
from desktop.services.core.print_data import (
    get_record,
    id_text,
    local,
    money,
)
from desktop.services.core.print_service import PrintService


def _load_volunteer_certificate(s: Session, record_id, actor, community, reveal):
    from desktop.printing.form_data import ServiceItem, VolunteerCertificateData

    v = get_record(s, Volunteer, record_id, "volunteer")
    rows = s.execute(
        select(Activity.starts_at, Activity.title, Activity.place, Attendance.hours)
        .join(Attendance, Attendance.activity_id == Activity.id)
        .where(Attendance.volunteer_id == v.id, Activity.voided_at.is_(None))
        .order_by(Activity.starts_at)
    ).all()
    items = tuple(
        ServiceItem(local(at).date(), title, place, money(hours)) for at, title, place, hours in rows
    )
    total = sum((Decimal(h) for *_, h in rows), Decimal(0))
    today = local_today()
    return VolunteerCertificateData(
        cert_no=f"{v.volunteer_no}-{today:%Y%m%d}",
        name=v.name,
        id_type=vocabulary.ID_TYPE.zh(v.id_type, v.id_type),
        id_number=id_text(v.id_number, reveal),
        volunteer_no=v.volunteer_no,
        total_hours=money(total),
        period_from=items[0].day if items else None,
        period_to=items[-1].day if items else None,
        services=items,
        issuer=community.centre_name,
        handler=actor.full_name,
        handler_phone=community.phone,
        issued_on=today,
    )


def _load_volunteer_roster(s: Session, record_id, actor, community, reveal):
    from desktop.printing.form_data import VolunteerRosterData, VolunteerRow

    sex_of = dict(
        s.execute(select(Person.id, Person.sex).join(Volunteer, Volunteer.person_id == Person.id)).all()
    )
    rows = tuple(
        VolunteerRow(
            v.name,
            v.volunteer_no,
            vocabulary.SEX.zh(sex_of.get(v.person_id) or "", ""),
            v.phone or "",
            v.team or "",
            v.joined_on,
        )
        for v in s.scalars(
            select(Volunteer).where(Volunteer.left_on.is_(None)).order_by(Volunteer.volunteer_no)
        )
    )
    return VolunteerRosterData(rows, local_today())


def _register() -> None:
    from desktop.printing import form_data as fd

    PrintService.register_loader(fd.VolunteerCertificateData, _load_volunteer_certificate)
    PrintService.register_loader(fd.VolunteerRosterData, _load_volunteer_roster)


_register()
