"""Login, lock-out, first-start set-up and accounts — on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.services.core.auth_service import AuthService
from desktop.services.core.errors import (
    AccountLocked,
    AuthFailed,
    PermissionDenied,
    ValidationError,
)
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
    for _attempt in range(4):
        with pytest.raises(AuthFailed) as err:
            auth.login("admin", "wrong")
        assert err.value.params == {}  # no count of tries left: it would tell that the name exists
    with pytest.raises(AccountLocked) as err:
        auth.login("admin", "wrong")
    assert err.value.params["until"] == now[0] + timedelta(minutes=15)
    # even the right password is refused while locked
    now[0] += timedelta(minutes=14)
    with pytest.raises(AccountLocked):
        auth.login("admin", ADMIN_PASSWORD)
    now[0] += timedelta(minutes=2)
    assert auth.login("admin", ADMIN_PASSWORD).username == "admin"


def test_given_unknown_user_then_same_answer_as_wrong_password_and_the_try_is_audited(services, admin):
    with pytest.raises(AuthFailed) as unknown:
        services.auth.login("nobody", "whatever1")
    with pytest.raises(AuthFailed) as wrong:
        services.auth.login("admin", "whatever1")
    assert (unknown.value.code, unknown.value.params) == (wrong.value.code, wrong.value.params)
    failed = services.audit.search(admin, action="login_failed")
    assert [e.summary for e in failed] == ["密码错误", "未知或停用账号 'nobody'"]


def test_given_five_tries_at_an_unknown_name_then_it_reads_as_locked_like_a_real_account(services):
    now = [datetime(2026, 11, 27, 9, 0, tzinfo=UTC)]
    auth = AuthService(services.sessions, clock=lambda: now[0])
    for _ in range(4):
        with pytest.raises(AuthFailed):
            auth.login("nobody", "x")
    with pytest.raises(AccountLocked) as err:
        auth.login("nobody", "x")
    assert err.value.params["until"] == now[0] + timedelta(minutes=15)


def test_given_an_administrator_then_accounts_are_reset_unlocked_disabled_and_given_roles(services, admin):
    u = services.auth.create_user(
        admin, username="li", full_name="李娜", role="reception", password="Qiantai#1"
    )
    for _ in range(5):
        with pytest.raises((AuthFailed, AccountLocked)):
            services.auth.login("li", "wrong")
    locked = next(x for x in services.auth.list_users(admin) if x.id == u.id)
    assert locked.locked(datetime.now(UTC))
    u = services.auth.unlock(admin, u.id)
    assert not u.locked(datetime.now(UTC)) and services.auth.login("li", "Qiantai#1").username == "li"
    # a reset password must be changed at the next login
    u = services.auth.reset_password(admin, u.id, "Temp#2026")
    first = services.auth.login("li", "Temp#2026")
    assert first.must_change_password
    services.auth.change_password(first.actor(), "Temp#2026", "Mine#2026x")
    assert not services.auth.login("li", "Mine#2026x").must_change_password
    # a role change, and a disabled account cannot sign in (with the same answer as a wrong password)
    u = services.auth.set_role(admin, u.id, "mediator")
    assert u.role == "mediator"
    u = services.auth.set_active(admin, u.id, False)
    with pytest.raises(AuthFailed):
        services.auth.login("li", "Mine#2026x")
    # the administrator cannot disable himself or take away his own role
    with pytest.raises(ValidationError):
        services.auth.set_active(admin, admin.id, False)
    with pytest.raises(ValidationError):
        services.auth.set_role(admin, admin.id, "director")
    summaries = [e.summary for e in services.audit.search(admin, entity="staff_user", action="update")]
    assert "停用账号：li" in summaries and "变更角色：li" in summaries and "重置密码：li" in summaries


def test_given_a_clerk_then_account_administration_is_refused(services, admin):
    u = services.auth.create_user(
        admin, username="li", full_name="李娜", role="reception", password="Qiantai#1"
    )
    clerk = services.auth.login("li", "Qiantai#1").actor()
    with pytest.raises(PermissionDenied):
        services.auth.reset_password(clerk, u.id, "Temp#2026")


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
