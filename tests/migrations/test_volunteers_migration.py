"""Revision 0008 meets the volunteers of before: each becomes a person of the register (found by ID number, or
registered from their own name, ID and phone), teams and skills land on the configurable lists, every activity
gets its shift and the hours kept before count as approved — on SQLite (foreign keys on, as the app runs it)
and on PostgreSQL."""

from __future__ import annotations

from decimal import Decimal

from alembic import command
from sqlalchemy import text

from desktop.db import alembic_config, make_engine, upgrade
from desktop.services.core.id_numbers import check_digit

AT = "2026-03-02 09:15:00"


def _cid(body: str) -> str:
    return body + check_digit(body)


LINKED, BY_NUMBER, UNKNOWN = _cid("32010219800307123"), _cid("32010619850615242"), _cid("32010419750101111")


def test_given_volunteers_of_revision_0006_when_upgraded_then_each_is_a_person_with_shifts_and_approved_hours(
    db_url,
):
    engine = make_engine(db_url)
    with engine.begin() as conn:
        cfg = alembic_config(engine)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0006")
    with engine.begin() as conn:
        run = conn.execute
        run(
            text(
                "INSERT INTO person (id, name, id_type, id_number, resident_type, version, created_at, updated_at) "
                "VALUES (1, '张伟', 'resident_id', :a, 'registered', 1, :at, :at), "
                "(2, '李娜', 'resident_id', :b, 'registered', 1, :at, :at)"
            ),
            {"a": LINKED, "b": BY_NUMBER, "at": AT},
        )
        run(
            text(
                "INSERT INTO volunteer (id, person_id, volunteer_no, name, id_type, id_number, phone, team, skills, "
                "joined_on, left_on, version, created_at, updated_at) VALUES "
                "(1, 1, 'ZY0000001', '张伟', 'resident_id', :a, NULL, '治安巡逻队', '医疗救护', '2024-01-02', NULL, 1, :at, :at), "
                "(2, NULL, 'ZY0000002', '李娜', 'resident_id', :b, NULL, '平安巡逻队', NULL, '2024-02-02', NULL, 1, :at, :at), "
                "(3, NULL, 'ZY0000003', '王五', 'resident_id', :c, '13912345678', NULL, '法律咨询、手工', '2023-05-05', "
                "'2025-12-01', 1, :at, :at)"
            ),
            {"a": LINKED, "b": BY_NUMBER, "c": UNKNOWN, "at": AT},
        )
        run(
            text(
                "INSERT INTO activity (id, title, place, starts_at, ends_at, content, version, created_at, updated_at) "
                "VALUES (1, '平安巡逻', '龙蟠里小区', '2026-03-01 11:00:00+00:00', '2026-03-01 13:00:00+00:00', '', 1, :at, :at)"
            ),
            {"at": AT},
        )
        run(
            text(
                "INSERT INTO attendance (id, activity_id, volunteer_id, hours, role, version, created_at, updated_at) "
                "VALUES (1, 1, 1, 2, '组长', 1, :at, :at), (2, 1, 3, 1.5, '队员', 1, :at, :at)"
            ),
            {"at": AT},
        )
        if conn.dialect.name == "postgresql":  # the rows above named their ids: the sequences move past them
            for table in ("person", "volunteer", "activity", "attendance"):
                run(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"
                    )
                )
    upgrade(engine, make_backup=False)
    with engine.connect() as conn:
        q = lambda sql: conn.execute(text(sql)).all()  # noqa: E731
        persons = q(
            "SELECT v.id, p.id, p.name, p.id_number, p.phone, p.name_initials FROM volunteer v "
            "JOIN person p ON p.id = v.person_id ORDER BY v.id"
        )
        assert [(v, p, n) for v, p, n, *_ in persons[:2]] == [
            (1, 1, "张伟"),
            (2, 2, "李娜"),
        ]  # found by ID number
        assert persons[2][2:] == ("王五", UNKNOWN, "13912345678", "ww")  # registered, with its search keys
        assert q(f"SELECT count(*) FROM person_name_gram WHERE person_id = {persons[2][1]}") == [(1,)]
        teams = q(
            "SELECT v.id, c.label, v.status FROM volunteer v LEFT JOIN code_item c "
            "ON c.list_name = 'volunteer_team' AND c.code = v.team ORDER BY v.id"
        )
        assert teams == [(1, "治安巡逻队", "active"), (2, "平安巡逻队", "active"), (3, None, "left")]
        skills = q(
            "SELECT s.volunteer_id, c.label FROM volunteer_skill s JOIN code_item c "
            "ON c.list_name = 'volunteer_skill' AND c.code = s.skill ORDER BY s.volunteer_id, s.id"
        )
        assert skills == [(1, "医疗救护"), (3, "法律咨询"), (3, "手工")]
        shifts = q("SELECT id, activity_id, capacity FROM activity_shift")
        assert shifts == [(1, 1, 10)]
        hours = q("SELECT volunteer_id, shift_id, hours, hours_status FROM attendance ORDER BY id")
        assert [(v, s, Decimal(h), st) for v, s, h, st in hours] == [
            (1, 1, Decimal(2), "approved"),
            (3, 1, Decimal("1.5"), "approved"),
        ]
        assert q("SELECT kind FROM activity") == [("patrol",)]
    engine.dispose()
