"""The audit trail is hash-chained: a changed or deleted row is found by verify()."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, update

from desktop.models import AuditEntry
from desktop.services.core.errors import PermissionDenied


def test_given_activity_then_chain_verifies(services, admin):
    services.audit.record(admin.actor(), "export", "person", None, "导出实有人口 12 条")
    verdict = services.audit.verify(admin.actor())
    assert verdict.ok and verdict.checked >= 4


def test_given_a_row_changed_behind_the_apps_back_then_verify_names_it(services, admin):
    services.audit.record(admin.actor(), "reveal", "person", 7, "查看身份证号", reason="核实身份")
    victim = services.audit.search(admin.actor(), action="reveal")[0]
    with services.sessions.begin() as s:
        s.execute(update(AuditEntry).where(AuditEntry.id == victim.id).values(reason="随便看看"))
    verdict = services.audit.verify(admin.actor())
    assert not verdict.ok and verdict.first_bad_id == victim.id and verdict.problem == "altered"


def test_given_a_row_deleted_then_verify_finds_the_gap(services, admin):
    services.audit.record(admin.actor(), "print", "visit", 1, "打印来访登记表")
    services.audit.record(admin.actor(), "print", "visit", 2, "打印来访登记表")
    first = services.audit.search(admin.actor(), action="print")[-1]
    with services.sessions.begin() as s:
        s.execute(delete(AuditEntry).where(AuditEntry.id == first.id))
    verdict = services.audit.verify(admin.actor())
    assert not verdict.ok and verdict.problem == "missing_before" and verdict.first_bad_id > first.id


def test_given_reception_role_then_audit_log_is_closed(services, admin):
    clerk = services.auth.create_user(
        admin, username="li", full_name="李娜", role="reception", password="Qiantai#1"
    )
    with pytest.raises(PermissionDenied):
        services.audit.search(clerk.actor())


def test_given_filters_then_search_narrows(services, admin):
    services.audit.record(admin.actor(), "export", "person", None, "导出")
    assert {e.action for e in services.audit.search(admin.actor(), action="export")} == {"export"}
    assert services.audit.search(admin.actor(), username="nobody") == []
