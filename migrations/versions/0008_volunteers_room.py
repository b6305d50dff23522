"""volunteers room: people of the register, skills and certificates, series of shifts, check-in / out, hours
with their history, certificates issued

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 16:04:30.640277

A volunteer is a person of the register: each volunteer row links to a person (found by ID number, or registered
here from the volunteer's own name, ID and phone, with the register's search keys), and the copies of name, ID and
phone leave the volunteer table. The team becomes a code of the configurable "volunteer_team" list and the skills
text becomes rows of volunteer_skill ("volunteer_skill" list); labels no default has become custom entries.
Every activity gets its one shift; every attendance of before is on it, its hours approved (the record the centre
kept). The data code is self-contained on purpose (a migration must not change when the app's code does).
"""
from typing import Sequence, Union

import re
import unicodedata
from datetime import UTC, datetime

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0008'
down_revision: Union[str, Sequence[str], None] = '0007'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

# the defaults of reference_data.CODE_LISTS as this revision ships them
TEAMS = (
    ("patrol", "治安巡逻队"),
    ("mediation", "矛盾调解队"),
    ("legal", "法治宣传队"),
    ("emergency", "应急救援队"),
    ("neighbourhood_watch", "邻里守望队"),
    ("anti_fraud", "反诈宣传队"),
    ("elderly_care", "助老服务队"),
    ("civility", "文明劝导队"),
)
SKILLS = (
    ("first_aid", "医疗救护"),
    ("fire_safety", "消防安全"),
    ("legal_advice", "法律咨询"),
    ("counselling", "心理疏导"),
    ("patrol", "巡逻防范"),
    ("driving", "驾驶"),
    ("publicity", "文艺宣传"),
    ("computer", "电脑维修"),
    ("translation", "外语翻译"),
    ("sign_language", "手语"),
)
_SPLIT = re.compile(r"[、,，;；/\s]+")


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('volunteer_certificate',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('cert_no', sa.String(length=32), nullable=False),
    sa.Column('volunteer_id', sa.Integer(), nullable=False),
    sa.Column('period_from', sa.Date(), nullable=False),
    sa.Column('period_to', sa.Date(), nullable=False),
    sa.Column('hours', sa.Numeric(precision=8, scale=2), nullable=False),
    sa.Column('services', sa.Integer(), nullable=False),
    sa.Column('purpose', sa.String(length=200), nullable=True),
    sa.Column('person_in_charge', sa.String(length=100), nullable=False),
    sa.Column('handler_id', sa.Integer(), nullable=True),
    sa.Column('handler_phone', sa.String(length=32), nullable=True),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('voided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('void_reason', sa.String(length=500), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['staff_user.id'], name=op.f('fk_volunteer_certificate_created_by_staff_user')),
    sa.ForeignKeyConstraint(['handler_id'], ['staff_user.id'], name=op.f('fk_volunteer_certificate_handler_id_staff_user')),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteer.id'], name=op.f('fk_volunteer_certificate_volunteer_id_volunteer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteer_certificate')),
    sa.UniqueConstraint('cert_no', name=op.f('uq_volunteer_certificate_cert_no')),
    sa.UniqueConstraint('year', 'seq', name=op.f('uq_volunteer_certificate_year_seq'))
    )
    with op.batch_alter_table('volunteer_certificate', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_volunteer_certificate_volunteer_id'), ['volunteer_id'], unique=False)

    op.create_table('volunteer_skill',
    sa.Column('volunteer_id', sa.Integer(), nullable=False),
    sa.Column('skill', sa.String(length=32), nullable=False),
    sa.Column('certificate_no', sa.String(length=64), nullable=True),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.Column('expires_on', sa.Date(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('voided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('void_reason', sa.String(length=500), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['staff_user.id'], name=op.f('fk_volunteer_skill_created_by_staff_user')),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteer.id'], name=op.f('fk_volunteer_skill_volunteer_id_volunteer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteer_skill'))
    )
    with op.batch_alter_table('volunteer_skill', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_volunteer_skill_expires_on'), ['expires_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_volunteer_skill_volunteer_id'), ['volunteer_id'], unique=False)

    op.create_table('activity_shift',
    sa.Column('activity_id', sa.Integer(), nullable=False),
    sa.Column('starts_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ends_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('cancelled_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('cancel_reason', sa.String(length=500), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], name=op.f('fk_activity_shift_activity_id_activity')),
    sa.ForeignKeyConstraint(['created_by'], ['staff_user.id'], name=op.f('fk_activity_shift_created_by_staff_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_shift')),
    sa.UniqueConstraint('activity_id', 'starts_at', name=op.f('uq_activity_shift_activity_id_starts_at'))
    )
    with op.batch_alter_table('activity_shift', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_shift_activity_id'), ['activity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_shift_starts_at'), ['starts_at'], unique=False)

    op.create_table('attendance_hours_change',
    sa.Column('attendance_id', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=16), nullable=False),
    sa.Column('hours_before', sa.Numeric(precision=6, scale=2), nullable=True),
    sa.Column('hours_after', sa.Numeric(precision=6, scale=2), nullable=True),
    sa.Column('status_before', sa.String(length=16), nullable=False),
    sa.Column('status_after', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['attendance_id'], ['attendance.id'], name=op.f('fk_attendance_hours_change_attendance_id_attendance')),
    sa.ForeignKeyConstraint(['created_by'], ['staff_user.id'], name=op.f('fk_attendance_hours_change_created_by_staff_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance_hours_change'))
    )
    with op.batch_alter_table('attendance_hours_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_hours_change_attendance_id'), ['attendance_id'], unique=False)

    op.create_table('volunteer_certificate_item',
    sa.Column('certificate_id', sa.Integer(), nullable=False),
    sa.Column('attendance_id', sa.Integer(), nullable=False),
    sa.Column('hours', sa.Numeric(precision=6, scale=2), nullable=False),
    sa.ForeignKeyConstraint(['attendance_id'], ['attendance.id'], name=op.f('fk_volunteer_certificate_item_attendance_id_attendance')),
    sa.ForeignKeyConstraint(['certificate_id'], ['volunteer_certificate.id'], name=op.f('fk_volunteer_certificate_item_certificate_id_volunteer_certificate')),
    sa.PrimaryKeyConstraint('certificate_id', 'attendance_id', name=op.f('pk_volunteer_certificate_item'))
    )
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(length=24), nullable=False, server_default='other'))
        batch_op.add_column(sa.Column('grid_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('capacity', sa.Integer(), nullable=False, server_default='10'))
        batch_op.add_column(sa.Column('leader_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('recurrence', sa.String(length=16), nullable=False, server_default='once'))
        batch_op.add_column(sa.Column('weekdays', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('first_day', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('last_day', sa.Date(), nullable=True))
        batch_op.create_index(batch_op.f('ix_activity_grid_id'), ['grid_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_activity_leader_id_volunteer'), 'volunteer', ['leader_id'], ['id'])
        batch_op.create_foreign_key(batch_op.f('fk_activity_grid_id_grid'), 'grid', ['grid_id'], ['id'])

    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.add_column(sa.Column('shift_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('how', sa.String(length=16), nullable=False, server_default='signed_up'))
        batch_op.add_column(sa.Column('cancelled_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('cancel_reason', sa.String(length=500), nullable=True))
        batch_op.add_column(sa.Column('check_in_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('check_out_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('auto_closed', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('hours_status', sa.String(length=16), nullable=False, server_default='none'))
        batch_op.add_column(sa.Column('approved_by', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('approved_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.alter_column('hours',
               existing_type=sa.NUMERIC(precision=6, scale=2),
               nullable=True)
        batch_op.drop_constraint(batch_op.f('uq_attendance_activity_id_volunteer_id'), type_='unique')

    with op.batch_alter_table('volunteer', schema=None) as batch_op:
        batch_op.add_column(sa.Column('status', sa.String(length=16), nullable=False, server_default='active'))
        batch_op.add_column(sa.Column('left_reason', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('emergency_contact', sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column('emergency_phone', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('photo_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('notes', sa.Text(), nullable=True))

    _move_data()

    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.alter_column('shift_id', existing_type=sa.Integer(), nullable=False)
        batch_op.create_index('ix_attendance_hours_status', ['hours_status'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_shift_id'), ['shift_id'], unique=False)
        batch_op.create_index('ix_attendance_volunteer_status', ['volunteer_id', 'hours_status', 'hours'], unique=False)
        batch_op.create_unique_constraint(batch_op.f('uq_attendance_shift_id_volunteer_id'), ['shift_id', 'volunteer_id'])
        batch_op.create_foreign_key(batch_op.f('fk_attendance_shift_id_activity_shift'), 'activity_shift', ['shift_id'], ['id'])
        batch_op.create_foreign_key(batch_op.f('fk_attendance_approved_by_staff_user'), 'staff_user', ['approved_by'], ['id'])

    with op.batch_alter_table('volunteer', schema=None) as batch_op:
        batch_op.alter_column('person_id',
               existing_type=sa.INTEGER(),
               nullable=False)
        batch_op.alter_column('team',
               existing_type=sa.VARCHAR(length=100),
               type_=sa.String(length=32),
               existing_nullable=True)
        batch_op.drop_index(batch_op.f('ix_volunteer_person_id'))
        batch_op.create_unique_constraint(batch_op.f('uq_volunteer_person_id'), ['person_id'])
        batch_op.create_foreign_key(batch_op.f('fk_volunteer_photo_id_attachment'), 'attachment', ['photo_id'], ['id'])
        batch_op.drop_column('skills')
        batch_op.drop_column('phone')
        batch_op.drop_column('id_type')
        batch_op.drop_column('id_number')
        batch_op.drop_column('name')


# -- the data of before -----------------------------------------------------------------------------------------

_code_item = sa.table(
    "code_item",
    sa.column("id", sa.Integer),
    sa.column("list_name", sa.String),
    sa.column("code", sa.String),
    sa.column("label", sa.String),
    sa.column("sort", sa.Integer),
    sa.column("active", sa.Boolean),
)
_volunteer = sa.table(
    "volunteer",
    sa.column("id", sa.Integer),
    sa.column("person_id", sa.Integer),
    sa.column("name", sa.String),
    sa.column("id_type", sa.String),
    sa.column("id_number", sa.String),
    sa.column("phone", sa.String),
    sa.column("team", sa.String),
    sa.column("skills", sa.Text),
    sa.column("left_on", sa.Date),
    sa.column("status", sa.String),
    sa.column("created_at", sa.DateTime(timezone=True)),
    sa.column("created_by", sa.Integer),
)
_person = sa.table(
    "person",
    sa.column("id", sa.Integer),
    sa.column("name", sa.String),
    sa.column("id_type", sa.String),
    sa.column("id_number", sa.String),
    sa.column("sex", sa.String),
    sa.column("birth_date", sa.Date),
    sa.column("phone", sa.String),
    sa.column("resident_type", sa.String),
    sa.column("name_initials", sa.String),
    sa.column("id_number_rev", sa.String),
    sa.column("phone_rev", sa.String),
    sa.column("notes", sa.Text),
    sa.column("version", sa.Integer),
    sa.column("created_at", sa.DateTime(timezone=True)),
    sa.column("updated_at", sa.DateTime(timezone=True)),
    sa.column("created_by", sa.Integer),
)
_name_gram = sa.table("person_name_gram", sa.column("gram", sa.String), sa.column("person_id", sa.Integer))
_skill = sa.table(
    "volunteer_skill",
    sa.column("volunteer_id", sa.Integer),
    sa.column("skill", sa.String),
    sa.column("version", sa.Integer),
    sa.column("created_at", sa.DateTime(timezone=True)),
    sa.column("updated_at", sa.DateTime(timezone=True)),
    sa.column("created_by", sa.Integer),
)
_activity = sa.table(
    "activity",
    sa.column("id", sa.Integer),
    sa.column("title", sa.String),
    sa.column("kind", sa.String),
    sa.column("capacity", sa.Integer),
    sa.column("starts_at", sa.DateTime(timezone=True)),
    sa.column("ends_at", sa.DateTime(timezone=True)),
    sa.column("voided_at", sa.DateTime(timezone=True)),
    sa.column("created_at", sa.DateTime(timezone=True)),
    sa.column("created_by", sa.Integer),
)
_shift = sa.table(
    "activity_shift",
    sa.column("id", sa.Integer),
    sa.column("activity_id", sa.Integer),
    sa.column("starts_at", sa.DateTime(timezone=True)),
    sa.column("ends_at", sa.DateTime(timezone=True)),
    sa.column("capacity", sa.Integer),
    sa.column("cancelled_at", sa.DateTime(timezone=True)),
    sa.column("cancel_reason", sa.String),
    sa.column("version", sa.Integer),
    sa.column("created_at", sa.DateTime(timezone=True)),
    sa.column("updated_at", sa.DateTime(timezone=True)),
    sa.column("created_by", sa.Integer),
)
_attendance = sa.table(
    "attendance",
    sa.column("id", sa.Integer),
    sa.column("activity_id", sa.Integer),
    sa.column("volunteer_id", sa.Integer),
    sa.column("shift_id", sa.Integer),
    sa.column("hours", sa.Numeric),
    sa.column("hours_status", sa.String),
    sa.column("approved_at", sa.DateTime(timezone=True)),
    sa.column("created_at", sa.DateTime(timezone=True)),
)


def _codes(conn, list_name, defaults, labels):
    """label -> code of a code list: the defaults that are missing added, and every other label a custom entry."""
    rows = conn.execute(
        sa.select(_code_item.c.code, _code_item.c.label, _code_item.c.sort).where(_code_item.c.list_name == list_name)
    ).all()
    have = {code for code, _l, _s in rows}
    by_label = {label: code for code, label, _s in rows}
    sort = max((s for *_x, s in rows), default=0)
    new = []
    for code, label in defaults:
        if code not in have:
            sort += 10
            new.append({"list_name": list_name, "code": code, "label": label, "sort": sort, "active": True})
            have.add(code)
            by_label.setdefault(label, code)
    n = 0
    for label in sorted(labels - set(by_label)):
        n += 1
        while f"custom_{n}" in have:
            n += 1
        sort += 10
        new.append({"list_name": list_name, "code": f"custom_{n}", "label": label, "sort": sort, "active": True})
        have.add(f"custom_{n}")
        by_label[label] = f"custom_{n}"
    if new:
        conn.execute(sa.insert(_code_item), new)
    return by_label


def _initials(name):
    from pypinyin import Style, pinyin

    out = []
    for ch in name or "":
        if ch.isascii():
            if ch.isalpha():
                out.append(ch.lower())
            continue
        py = pinyin(ch, style=Style.FIRST_LETTER, errors="ignore")
        letter = py[0][0][:1].lower() if py and py[0] and py[0][0] else ""
        out.append(letter if letter.isascii() and letter.isalpha() else "")
    return "".join(out)[:100] or None


def _grams(name):
    t = "".join((name or "").casefold().split())
    return {t[i : i + 2] for i in range(len(t) - 1)}


def _citizen(number):
    """(sex, birth date) from an 18-digit citizen ID, or (None, None)."""
    try:
        born = datetime.strptime(number[6:14], "%Y%m%d").date()
    except (TypeError, ValueError):
        return None, None
    return ("1" if int(number[16]) % 2 else "2"), born


def _person_for(conn, v, now):
    """The register's person of a volunteer row of before: found by ID number, or registered now."""
    if v.id_number:
        found = conn.scalar(
            sa.select(_person.c.id).where(_person.c.id_type == v.id_type, _person.c.id_number == v.id_number)
        )
        if found is not None:
            return found
    sex, born = _citizen(v.id_number) if v.id_type == "resident_id" and v.id_number and len(v.id_number) == 18 else (None, None)
    digits = "".join(c for c in unicodedata.normalize("NFKC", v.phone or "") if c.isdigit())
    pid = conn.execute(
        sa.insert(_person)
        .values(
            name=v.name,
            id_type=v.id_type or "resident_id",
            id_number=v.id_number,
            sex=sex,
            birth_date=born,
            phone=v.phone,
            resident_type="registered",
            name_initials=_initials(v.name),
            id_number_rev=v.id_number[::-1] if v.id_number else None,
            phone_rev=digits[::-1] or None,
            notes="志愿者（升级时登记）",
            version=1,
            created_at=now,
            updated_at=now,
            created_by=v.created_by,
        )
        .returning(_person.c.id)
    ).scalar_one()
    grams = [{"gram": g, "person_id": pid} for g in _grams(v.name)]
    if grams:
        conn.execute(sa.insert(_name_gram), grams)
    return pid


def _move_data() -> None:
    conn = op.get_bind()
    now = datetime.now(UTC)
    volunteers = conn.execute(sa.select(_volunteer)).all()
    teams = _codes(conn, "volunteer_team", TEAMS, {v.team for v in volunteers if v.team})
    skills = _codes(
        conn, "volunteer_skill", SKILLS, {x for v in volunteers for x in _SPLIT.split(v.skills or "") if x}
    )
    for v in volunteers:
        person_id = v.person_id if v.person_id is not None else _person_for(conn, v, now)
        conn.execute(
            sa.update(_volunteer)
            .where(_volunteer.c.id == v.id)
            .values(
                person_id=person_id,
                team=teams.get(v.team) if v.team else None,
                status="left" if v.left_on is not None else "active",
            )
        )
        codes = dict.fromkeys(skills[x] for x in _SPLIT.split(v.skills or "") if x)
        if codes:
            conn.execute(
                sa.insert(_skill),
                [
                    {"volunteer_id": v.id, "skill": c, "version": 1, "created_at": now, "updated_at": now, "created_by": v.created_by}
                    for c in codes
                ],
            )
    attending = dict(
        conn.execute(
            sa.select(_attendance.c.activity_id, sa.func.count()).group_by(_attendance.c.activity_id)
        ).all()
    )
    for a in conn.execute(sa.select(_activity)).all():
        title = a.title or ""
        kind = (
            "patrol" if "巡" in title
            else "mediation" if ("调解" in title or "纠纷" in title)
            else "publicity" if "宣传" in title
            else "other"
        )
        capacity = max(10, attending.get(a.id, 0))
        conn.execute(sa.update(_activity).where(_activity.c.id == a.id).values(kind=kind, capacity=capacity))
        shift_id = conn.execute(
            sa.insert(_shift)
            .values(
                activity_id=a.id,
                starts_at=a.starts_at,
                ends_at=a.ends_at,
                capacity=capacity,
                cancelled_at=a.voided_at,
                cancel_reason="活动已作废" if a.voided_at is not None else None,
                version=1,
                created_at=a.created_at or now,
                updated_at=now,
                created_by=a.created_by,
            )
            .returning(_shift.c.id)
        ).scalar_one()
        conn.execute(
            sa.update(_attendance)
            .where(_attendance.c.activity_id == a.id)
            .values(
                shift_id=shift_id,
                hours_status=sa.case((_attendance.c.hours.is_(None), "none"), else_="approved"),
                approved_at=sa.case((_attendance.c.hours.is_(None), None), else_=_attendance.c.created_at),
            )
        )


def downgrade() -> None:
    """Downgrade schema: the copies of name, ID, phone, team label and skills come back from the register and
    the lists; a volunteer keeps one attendance per activity (the first), as the schema of before held."""
    conn = op.get_bind()
    with op.batch_alter_table('volunteer', schema=None) as batch_op:
        batch_op.add_column(sa.Column('name', sa.VARCHAR(length=100), nullable=True))
        batch_op.add_column(sa.Column('id_number', sa.VARCHAR(length=40), nullable=True))
        batch_op.add_column(sa.Column('id_type', sa.VARCHAR(length=24), nullable=True))
        batch_op.add_column(sa.Column('phone', sa.VARCHAR(length=32), nullable=True))
        batch_op.add_column(sa.Column('skills', sa.TEXT(), nullable=True))
        batch_op.drop_constraint(batch_op.f('fk_volunteer_photo_id_attachment'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('uq_volunteer_person_id'), type_='unique')
        batch_op.create_index(batch_op.f('ix_volunteer_person_id'), ['person_id'], unique=False)
        batch_op.alter_column('team',
               existing_type=sa.String(length=32),
               type_=sa.VARCHAR(length=100),
               existing_nullable=True)
        batch_op.alter_column('person_id',
               existing_type=sa.INTEGER(),
               nullable=True)
    labels = {
        (row.list_name, row.code): row.label
        for row in conn.execute(sa.select(_code_item.c.list_name, _code_item.c.code, _code_item.c.label))
    }
    skill_rows = conn.execute(sa.select(_skill.c.volunteer_id, _skill.c.skill)).all()
    for v in conn.execute(sa.select(_volunteer.c.id, _volunteer.c.person_id, _volunteer.c.team)).all():
        p = conn.execute(
            sa.select(_person.c.name, _person.c.id_type, _person.c.id_number, _person.c.phone).where(
                _person.c.id == v.person_id
            )
        ).one()
        skills = "、".join(labels.get(("volunteer_skill", c), c) for vid, c in skill_rows if vid == v.id)
        conn.execute(
            sa.update(_volunteer)
            .where(_volunteer.c.id == v.id)
            .values(
                name=p.name,
                id_type=p.id_type,
                id_number=p.id_number,
                phone=p.phone,
                team=labels.get(("volunteer_team", v.team), v.team) if v.team else None,
                skills=skills or None,
            )
        )
    conn.execute(
        sa.text(
            "DELETE FROM attendance_hours_change WHERE attendance_id IN (SELECT id FROM attendance a WHERE id > "
            "(SELECT min(b.id) FROM attendance b WHERE b.activity_id = a.activity_id AND b.volunteer_id = a.volunteer_id))"
        )
    )
    conn.execute(
        sa.text(
            "DELETE FROM attendance WHERE id > (SELECT min(b.id) FROM attendance b "
            "WHERE b.activity_id = attendance.activity_id AND b.volunteer_id = attendance.volunteer_id)"
        )
    )
    conn.execute(sa.text("UPDATE attendance SET hours = 0 WHERE hours IS NULL"))
    with op.batch_alter_table('volunteer', schema=None) as batch_op:
        batch_op.alter_column('name', existing_type=sa.VARCHAR(length=100), nullable=False)
        batch_op.alter_column('id_type', existing_type=sa.VARCHAR(length=24), nullable=False)
        batch_op.drop_column('notes')
        batch_op.drop_column('photo_id')
        batch_op.drop_column('emergency_phone')
        batch_op.drop_column('emergency_contact')
        batch_op.drop_column('left_reason')
        batch_op.drop_column('status')

    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_attendance_approved_by_staff_user'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_attendance_shift_id_activity_shift'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('uq_attendance_shift_id_volunteer_id'), type_='unique')
        batch_op.drop_index('ix_attendance_volunteer_status')
        batch_op.drop_index(batch_op.f('ix_attendance_shift_id'))
        batch_op.drop_index('ix_attendance_hours_status')
        batch_op.create_unique_constraint(batch_op.f('uq_attendance_activity_id_volunteer_id'), ['activity_id', 'volunteer_id'])
        batch_op.alter_column('hours',
               existing_type=sa.NUMERIC(precision=6, scale=2),
               nullable=False)
        batch_op.drop_column('approved_at')
        batch_op.drop_column('approved_by')
        batch_op.drop_column('hours_status')
        batch_op.drop_column('auto_closed')
        batch_op.drop_column('check_out_at')
        batch_op.drop_column('check_in_at')
        batch_op.drop_column('cancel_reason')
        batch_op.drop_column('cancelled_at')
        batch_op.drop_column('how')
        batch_op.drop_column('shift_id')

    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_activity_grid_id_grid'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_activity_leader_id_volunteer'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_activity_grid_id'))
        batch_op.drop_column('last_day')
        batch_op.drop_column('first_day')
        batch_op.drop_column('weekdays')
        batch_op.drop_column('recurrence')
        batch_op.drop_column('leader_id')
        batch_op.drop_column('capacity')
        batch_op.drop_column('grid_id')
        batch_op.drop_column('kind')

    with op.batch_alter_table('attendance_hours_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_hours_change_attendance_id'))

    op.drop_table('volunteer_certificate_item')
    op.drop_table('attendance_hours_change')
    with op.batch_alter_table('activity_shift', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activity_shift_starts_at'))
        batch_op.drop_index(batch_op.f('ix_activity_shift_activity_id'))

    op.drop_table('activity_shift')
    with op.batch_alter_table('volunteer_skill', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_volunteer_skill_volunteer_id'))
        batch_op.drop_index(batch_op.f('ix_volunteer_skill_expires_on'))

    op.drop_table('volunteer_skill')
    with op.batch_alter_table('volunteer_certificate', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_volunteer_certificate_volunteer_id'))

    op.drop_table('volunteer_certificate')
    # ### end Alembic commands ###
