"""The demo community generator and the default reference lists, on a fresh SQLite file (and PostgreSQL)."""

from __future__ import annotations

import hashlib
import re
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select, text

from desktop.db import make_engine, make_sessions, upgrade
from desktop.demo import DEMO_ACCOUNTS, DEMO_PASSWORD, generate
from desktop.models import (
    CodeItem,
    Community,
    DisputeCase,
    Household,
    HouseholdMember,
    KeyGroup,
    KeyGroupMembership,
    Person,
    StaffUser,
    Visit,
)
from desktop.services.core import reference_data
from desktop.services.core.audit_service import AuditService
from desktop.services.core.auth_service import AuthService
from desktop.services.core.dto import Actor
from desktop.services.core.permissions import Role
from desktop.services.core.work_calendar import WorkCalendar

TODAY = date(2026, 11, 27)
SCALE = 0.05
WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)  # GB 11643-1999
ABOLISHED = {"320103": 2013, "320107": 2013, "320121": 2000, "320124": 2013, "320125": 2013}
MOBILE = re.compile(r"^1[3-9]\d{9}$")
LANDLINE = re.compile(r"^0\d{2,3}-?\d{7,8}$")


def _fresh_engine(folder, name="demo.sqlite3"):
    engine = make_engine(f"sqlite:///{folder / name}")
    upgrade(engine, make_backup=False)
    return engine


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """One demo database at a small scale, shared by the read-only tests of this module."""
    engine = _fresh_engine(tmp_path_factory.mktemp("demo"))
    calls: list[tuple[int, str]] = []
    summary = generate(engine, scale=SCALE, today=TODAY, progress=lambda p, m: calls.append((p, m)))
    yield engine, summary, calls
    engine.dispose()


def _count(conn, model) -> int:
    return conn.scalar(select(func.count()).select_from(model))


def _check_char(body: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(body, WEIGHTS, strict=True)) % 11]


def _persons_digest(engine) -> str:
    h = hashlib.sha256()
    with engine.connect() as conn:
        for row in conn.execute(
            select(
                Person.name, Person.id_number, Person.birth_date, Person.phone, Person.address_id
            ).order_by(Person.id)
        ):
            h.update(repr(tuple(row)).encode())
    return h.hexdigest()


# -- what a user sees in the demo ----------------------------------------------------------------------------


def test_given_an_empty_database_when_generating_then_every_room_has_plausible_amounts_of_data(demo):
    engine, summary, _ = demo
    with engine.connect() as conn:
        # Then the summary tells the truth about every table
        for table, n in summary.counts().items():
            assert conn.scalar(text(f"SELECT count(*) FROM {table}")) == n, table
    # And the volumes are those of a small community (scale 0.05 of ~8,000 residents)
    assert summary.community == 1
    assert summary.grid == 1
    assert summary.address == 150
    assert 130 <= summary.household <= 150
    assert 300 <= summary.person <= 520
    assert summary.household_member == summary.person
    assert summary.staff_user == len(DEMO_ACCOUNTS) == len(Role)
    # 54 list entries + the committee abbreviation of the demo (case numbers 华侨人调字)
    assert summary.key_group == 8 and summary.code_item == 55
    assert summary.key_group_membership == 8  # at least one per key group
    assert summary.follow_up >= 20
    assert 40 <= summary.visit <= 120  # a year of working days, ~0.3 visitors a day at this scale
    assert summary.dispute_case >= 3 and summary.case_party >= 2 * summary.dispute_case
    assert summary.petition >= 1 and summary.petition_step >= summary.petition
    assert summary.camera == 2 and summary.duty_log >= 365 * 5
    # 2 activities, the Friday patrol from a year ago to three months ahead, the desk's duty of the next two weeks
    assert summary.volunteer == 8 and summary.activity == 5
    assert 2 + 64 + 2 * 9 <= summary.activity_shift <= 2 + 67 + 2 * 10
    assert summary.attendance >= summary.activity_shift and summary.volunteer_skill >= 1
    assert summary.audit_entry == 1
    assert summary.seconds > 0 and summary.rows == sum(summary.counts().values())


def test_given_the_demo_when_reading_citizen_ids_then_checksum_birth_date_and_sex_agree_with_the_person(demo):
    engine, _, _ = demo
    with engine.connect() as conn:
        rows = conn.execute(
            select(Person.id_number, Person.birth_date, Person.sex).where(Person.id_type == "resident_id")
        ).all()
    assert len(rows) > 250
    regions = {n[:6] for n, _b, _s in rows}
    for number, birth, sex in rows:
        assert re.fullmatch(r"\d{17}[\dX]", number), number
        # Then the check character is the GB 11643 one (computed here without python-stdnum)
        assert number[17] == _check_char(number[:17]), number
        # And digits 7-14 are the birth date, the 17th digit's parity is the sex (odd = male)
        assert number[6:14] == birth.strftime("%Y%m%d"), number
        assert sex == ("1" if int(number[16]) % 2 else "2"), number
        # And nobody holds a code abolished before they were born
        if number[:6] in ABOLISHED:
            assert birth.year < ABOLISHED[number[:6]], number
    # And long-standing residents still carry the abolished district codes (白下区, 下关区)
    assert {"320103", "320107"} <= regions
    assert any(r.startswith("3201") for r in regions) and any(not r.startswith("32") for r in regions)


def test_given_the_demo_when_reading_phones_then_mobiles_and_landlines_are_well_formed(demo):
    engine, _, _ = demo
    with engine.connect() as conn:
        mobiles = conn.scalars(select(Person.phone).where(Person.phone.is_not(None))).all()
        landlines = conn.scalars(select(Person.phone2).where(Person.phone2.is_not(None))).all()
        visitors = conn.scalars(select(Visit.visitor_phone).where(Visit.visitor_phone.is_not(None))).all()
    assert len(mobiles) > 200 and visitors and landlines
    assert all(MOBILE.match(p) for p in mobiles + visitors)
    assert all(LANDLINE.match(p) and p.startswith("025-") for p in landlines)


def test_given_the_demo_when_listing_residents_then_types_households_and_permits_are_consistent(demo):
    engine, _, _ = demo
    with engine.connect() as conn:
        types = dict(
            conn.execute(select(Person.resident_type, func.count()).group_by(Person.resident_type)).all()
        )
        # Then most residents are registered, some floating, a few from abroad with passports or permits
        assert types["registered"] > types["floating"] > types.get("overseas", 0) > 0
        assert (
            conn.scalar(
                select(func.count())
                .select_from(Person)
                .where(Person.resident_type == "overseas", Person.id_type == "resident_id")
            )
            == 0
        )
        # And a residence permit is issued only after six months' stay; its annual 签注 is due after it
        for moved_in, issued, due in conn.execute(
            select(Person.moved_in_on, Person.permit_issued_on, Person.permit_endorse_due).where(
                Person.permit_no.is_not(None)
            )
        ):
            assert issued >= moved_in + timedelta(days=183) and issued <= TODAY < due + timedelta(days=21)
        # And every household has exactly one householder (GB/T 4761 "02"), who lives at its address
        heads = conn.execute(
            select(HouseholdMember.household_id, func.count())
            .where(HouseholdMember.relation_code == "02")
            .group_by(HouseholdMember.household_id)
        ).all()
        assert len(heads) == _count(conn, Household) and all(n == 1 for _h, n in heads)
        codes = set(conn.scalars(select(HouseholdMember.relation_code).distinct()))
        assert codes <= {"02", "10", "20", "30", "51", "52", "97", "99"}
        mismatched = conn.scalar(
            select(func.count())
            .select_from(HouseholdMember)
            .join(Household, Household.id == HouseholdMember.household_id)
            .join(Person, Person.id == HouseholdMember.person_id)
            .where(Person.address_id != Household.address_id)
        )
        assert mismatched == 0


def test_given_the_demo_when_opening_key_groups_then_members_have_workers_follow_ups_and_risk_levels(demo):
    engine, _, _ = demo
    with engine.connect() as conn:
        rows = conn.execute(
            select(KeyGroup.code, KeyGroupMembership.worker_id, KeyGroupMembership.risk_level).join(
                KeyGroup, KeyGroup.id == KeyGroupMembership.key_group_id
            )
        ).all()
    assert {code for code, _w, _r in rows} == {g.code for g in reference_data.KEY_GROUPS}
    assert all(worker is not None for _c, worker, _r in rows)
    for code, _w, risk in rows:
        if code == "mental_disorder":
            assert risk in range(6)
        else:
            assert risk is None


def test_given_the_demo_when_reading_cases_then_numbers_follow_the_committee_pattern(demo):
    engine, _, _ = demo
    with engine.connect() as conn:
        cases = conn.execute(
            select(
                DisputeCase.case_no,
                DisputeCase.year,
                DisputeCase.seq,
                DisputeCase.accepted_on,
                DisputeCase.due_on,
            )
        ).all()
        types = set(conn.scalars(select(DisputeCase.dispute_type)))
        known = set(conn.scalars(select(CodeItem.code).where(CodeItem.list_name == "dispute_type")))
    for case_no, year, seq, accepted, due in cases:
        assert case_no == f"（{year}）华侨人调字第{seq}号"
        # 30 days on the mainland calendar: a last day on a rest day moves to the next working day
        assert accepted.year == year and accepted <= TODAY and due == WorkCalendar().period_end(accepted, 30)
    assert types <= known


def test_given_the_demo_when_staff_log_in_with_the_documented_passwords_then_each_gets_their_role(demo):
    engine, _, _ = demo
    auth = AuthService(make_sessions(engine))
    for username, full_name, role, password in DEMO_ACCOUNTS:
        user = auth.login(username, password)
        assert (user.full_name, user.role) == (full_name, role)
        assert len(password) >= 8
    assert {role for _u, _n, role, _p in DEMO_ACCOUNTS} == {r.value for r in Role}


def test_given_the_demo_when_starting_the_app_then_the_community_is_marked_demo_and_audited(demo):
    engine, _, calls = demo
    sessions = make_sessions(engine)
    auth = AuthService(sessions)
    community = auth.community()
    assert community is not None and community.is_demo and not auth.needs_setup()
    assert community.mediation_committee and community.reception_hours and community.phone
    director = Actor(None, "zhuren", "李红梅", Role.DIRECTOR.value)
    entries = AuditService(sessions).search(director, entity="community")
    assert [e.summary for e in entries] == ["生成演示数据"]
    assert AuditService(sessions).verify(director).ok
    # And progress was reported along the way, ending at 100 %
    percents = [p for p, _m in calls]
    assert percents == sorted(percents) and percents[-1] == 100 and len(percents) > 5


def test_given_the_same_seed_when_generating_twice_then_the_data_is_identical(demo, tmp_path):
    engine, _, _ = demo
    again = _fresh_engine(tmp_path, "again.sqlite3")
    other = _fresh_engine(tmp_path, "other.sqlite3")
    generate(again, scale=SCALE, today=TODAY)
    generate(other, scale=SCALE, today=TODAY, seed=1)
    assert _persons_digest(again) == _persons_digest(engine)
    assert _persons_digest(other) != _persons_digest(engine)
    again.dispose()
    other.dispose()


def test_given_a_database_with_a_community_when_generating_then_it_is_refused_and_left_unchanged(
    demo, tmp_path
):
    engine, summary, _ = demo
    with pytest.raises(ValueError, match="already holds a community"):
        generate(engine, scale=SCALE, today=TODAY)
    with engine.connect() as conn:
        assert _count(conn, Person) == summary.person and _count(conn, Community) == 1
    # And a database set up by the first-start wizard is refused too
    engine2 = _fresh_engine(tmp_path)
    AuthService(make_sessions(engine2)).set_up(
        community="华侨路社区",
        street="华侨路街道",
        district="鼓楼区",
        admin_username="root",
        admin_full_name="王建国",
        admin_password="Admin#2026",
    )
    with pytest.raises(ValueError, match="empty database"):
        generate(engine2, scale=SCALE, today=TODAY)
    with engine2.connect() as conn:
        assert _count(conn, StaffUser) == 1 and _count(conn, Person) == 0
    engine2.dispose()


def test_given_a_non_positive_scale_when_generating_then_it_is_refused(tmp_path):
    engine = _fresh_engine(tmp_path)
    with pytest.raises(ValueError, match="scale"):
        generate(engine, scale=0)
    engine.dispose()


# -- default reference lists ------------------------------------------------------------------------------------


def test_given_defaults_seeded_when_seeding_again_then_nothing_is_duplicated_or_overwritten(tmp_path):
    engine = _fresh_engine(tmp_path)
    sessions = make_sessions(engine)
    with sessions.begin() as s:
        reference_data.seed_defaults(s)
    with sessions.begin() as s:
        # Given the administrator renamed one entry and deleted another
        s.execute(CodeItem.__table__.update().where(CodeItem.code == "neighbour").values(label="邻里纠纷"))
        s.execute(
            CodeItem.__table__.delete().where(CodeItem.list_name == "followup_way", CodeItem.code == "phone")
        )
    # When seeding again (twice)
    for _ in range(2):
        with sessions.begin() as s:
            reference_data.seed_defaults(s)
    with sessions() as s:
        # Then the missing entry is back, the renamed one kept its new label, nothing is doubled
        assert s.scalar(select(func.count()).select_from(KeyGroup)) == 8
        assert s.scalar(select(func.count()).select_from(CodeItem)) == 54
        assert s.scalar(select(CodeItem.label).where(CodeItem.code == "neighbour")) == "邻里纠纷"
        assert (
            s.scalar(
                select(CodeItem.label).where(CodeItem.list_name == "followup_way", CodeItem.code == "phone")
            )
            == "电话"
        )
        assert s.scalar(select(KeyGroup.has_risk_level).where(KeyGroup.name == "严重精神障碍患者")) is True
        lists = dict(s.execute(select(CodeItem.list_name, func.count()).group_by(CodeItem.list_name)).all())
    assert lists == {
        "visit_purpose": 8,
        "dispute_type": 11,
        "outside_body": 7,
        "grid_report_kind": 6,
        "followup_way": 4,
        "volunteer_team": 8,
        "volunteer_skill": 10,
    }
    engine.dispose()


# -- PostgreSQL -------------------------------------------------------------------------------------------------


@pytest.mark.pg
def test_given_an_empty_postgresql_database_when_generating_then_rows_and_links_are_right(pg_url):
    engine = make_engine(pg_url)
    upgrade(engine, make_backup=False)
    summary = generate(engine, scale=0.02, today=TODAY)
    with engine.connect() as conn:
        for table, n in summary.counts().items():
            assert conn.scalar(text(f"SELECT count(*) FROM {table}")) == n, table
        # ids came back in the order the rows were sent: every member lives at their household's address
        mismatched = conn.scalar(
            select(func.count())
            .select_from(HouseholdMember)
            .join(Household, Household.id == HouseholdMember.household_id)
            .join(Person, Person.id == HouseholdMember.person_id)
            .where(Person.address_id != Household.address_id)
        )
        assert mismatched == 0
    # and the sequences are in step: the administrator can add an account after the generated ones
    auth = AuthService(make_sessions(engine))
    admin = auth.login("admin", DEMO_PASSWORD).actor()
    added = auth.create_user(admin, username="wanggong", full_name="王工", role="reception", password="x" * 8)
    assert added.id > summary.staff_user
    engine.dispose()
