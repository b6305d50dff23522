"""Login, lock-out, first-start set-up and accounts — on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.services.core.auth_service import AuthService
from desktop.services.core.errors import AccountLocked, AuthFailed, PermissionDenied, ValidationError
from tests.conftest import ADMIN_PASSWORD


def test_given_fresh_database_then_setup_is_needed_and_only_once(migrated_sqlite_url):
    from desktop.db import make_engine
    from desktop.services.container import Services

    engine = make_engine(migrated_sqlite_url)
    svc = Services.build(engine)
    assert svc.auth.needs_setup()
    with pytest.raises(ValidationError) as err:
        svc.auth.set_up(
            community="",
            street="x",
            district="y",
            admin_username="a",
            admin_full_name="b",
            admin_password="12345678",
        )
    assert err.value.field == "community" and svc.auth.needs_setup()  # nothing half-saved
    with pytest.raises(ValidationError) as err:
        svc.auth.set_up(
            community="社区",
            street="x",
            district="y",
            admin_username="a",
            admin_full_name="b",
            admin_password="short",
        )
    assert err.value.field == "password"
    svc.auth.set_up(
        community="社区",
        street="x",
        district="y",
        admin_username="a",
        admin_full_name="b",
        admin_password="12345678",
    )
    assert not svc.auth.needs_setup()
    assert svc.auth.community().mediation_committee == "社区人民调解委员会"
    with pytest.raises(ValidationError):
        svc.auth.set_up(
            community="又一个",
            street="x",
            district="y",
            admin_username="c",
            admin_full_name="d",
            admin_password="12345678",
        )


def test_given_admin_when_right_password_then_logged_in_and_audited(services, admin):
    assert admin.role == "admin" and admin.full_name == "王建国"
    entries = services.audit.search(admin, action="login")
    assert entries and entries[0].username == "admin"


def test_given_five_wrong_passwords_then_account_locked_for_15_minutes(services):
    now = [datetime(2026, 11, 27, 9, 0, tzinfo=UTC)]
    auth = AuthService(services.sessions, clock=lambda: now[0])
    for attempt in range(4):
        with pytest.raises(AuthFailed) as err:
            auth.login("admin", "wrong")
        assert err.value.params["remaining"] == 4 - attempt
    with pytest.raises(AccountLocked) as err:
        auth.login("admin", "wrong")
    assert err.value.params["until"] == now[0] + timedelta(minutes=15)
    # even the right password is refused while locked
    now[0] += timedelta(minutes=14)
    with pytest.raises(AccountLocked):
        auth.login("admin", ADMIN_PASSWORD)
    now[0] += timedelta(minutes=2)
    assert auth.login("admin", ADMIN_PASSWORD).username == "admin"


def test_given_unknown_user_then_same_answer_as_wrong_password(services):
    with pytest.raises(AuthFailed):
        services.auth.login("nobody", "whatever1")


def test_given_admin_when_creating_accounts_then_roles_are_checked(services, admin):
    u = services.auth.create_user(
        admin, username="li", full_name="李娜", role="reception", password="Qiantai#1"
    )
    assert services.auth.login("li", "Qiantai#1").role == "reception"
    with pytest.raises(ValidationError) as err:
        services.auth.create_user(
            admin, username="li", full_name="李娜", role="reception", password="Qiantai#1"
        )
    assert err.value.field == "username"
    with pytest.raises(ValidationError) as err:
        services.auth.create_user(admin, username="x", full_name="某", role="boss", password="Qiantai#1")
    assert err.value.field == "role"
    with pytest.raises(PermissionDenied):
        services.auth.list_users(u.actor())
    assert [x.username for x in services.auth.list_users(admin)] == ["admin", "li"]


def test_given_user_when_changing_password_then_old_one_must_match(services, admin):
    with pytest.raises(ValidationError) as err:
        services.auth.change_password(admin.actor(), "not-it", "Newpass#2026")
    assert err.value.field == "old_password"
    services.auth.change_password(admin.actor(), ADMIN_PASSWORD, "Newpass#2026")
    assert services.auth.login("admin", "Newpass#2026")


def test_given_setup_then_the_default_lists_of_the_field_are_there(services):
    from sqlalchemy import select

    from desktop.models import CodeItem, KeyGroup

    with services.sessions() as s:
        groups = set(s.scalars(select(KeyGroup.name)))
        types = set(s.scalars(select(CodeItem.label).where(CodeItem.list_name == "dispute_type")))
    assert {"社区矫正人员", "严重精神障碍患者", "信访重点人员"} <= groups
    assert {"婚姻家庭", "邻里", "物业", "劳动争议"} <= types


def test_given_the_production_hasher_then_passwords_are_stored_as_argon2id_over_64_mib(production_hasher):
    # the tests hash with cheap parameters (tests/conftest.py); the program keeps RFC 9106's low-memory profile
    stored = production_hasher.hash("Admin#2026")
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert production_hasher.verify(stored, "Admin#2026")


def test_given_a_hash_of_other_parameters_when_signing_in_then_it_is_rehashed_with_the_current_ones(services):
    # a password stored with other parameters (an older release's) still signs in, and is brought up to date
    from argon2 import PasswordHasher
    from sqlalchemy import select

    from desktop.models import StaffUser
    from desktop.services.core import auth_service

    with services.sessions.begin() as s:
        user = s.scalar(select(StaffUser).where(StaffUser.username == "admin"))
        user.password_hash = PasswordHasher(time_cost=2, memory_cost=16, parallelism=1).hash(ADMIN_PASSWORD)
    assert services.auth.login("admin", ADMIN_PASSWORD).username == "admin"
    with services.sessions() as s:
        stored = s.scalar(select(StaffUser.password_hash).where(StaffUser.username == "admin"))
    assert not auth_service.hasher.check_needs_rehash(stored) and "m=16,t=2" not in stored
