"""The configurable lists (key groups, code lists) through their service, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from desktop.models import AuditEntry, CodeItem
from desktop.services.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from desktop.services.core.id_numbers import check_digit
from desktop.services.core.lists_service import EDITABLE_LISTS
from desktop.services.core.reference_data import CODE_LISTS, KEY_GROUPS
from desktop.services.residents.resident_service import validate_person
from tests.conftest import make_actor

ZHANG_WEI = "32010219800307123" + check_digit("32010219800307123")
LI_NA = "32010619850615242" + check_digit("32010619850615242")


@pytest.fixture
def lists(services):
    return services.lists


@pytest.fixture
def staff(services, admin):
    made = {"admin": admin.actor()}
    for username, full_name, role in [
        ("qiantai", "王丽", "reception"),
        ("minjing", "张警官", "police"),
        ("zhuren", "李红梅", "director"),
    ]:
        made[role] = make_actor(services, username, full_name, role)
    return made


def by_name(lists, actor, name):
    return next(g for g in lists.list_key_groups(actor) if g.name == name)


def audit_of(services, entity, entity_id):
    with services.sessions() as s:
        return list(
            s.scalars(
                select(AuditEntry)
                .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
                .order_by(AuditEntry.id)
            )
        )


def put_in_group(services, staff, group_id, number=ZHANG_WEI, name="张伟", risk_level=None, start=None):
    p = services.residents.create_person(
        staff["reception"], validate_person({"name": name, "id_number": number})
    )
    return services.key_groups.add_membership(
        staff["police"],
        p.id,
        group_id,
        start_on=start or date.today() - timedelta(days=30),
        worker_id=staff["police"].id,
        risk_level=risk_level,
    )


# -- key groups --------------------------------------------------------------------------------------------


def test_given_a_new_database_then_the_default_key_groups_are_listed_with_no_members(services, lists, staff):
    rows = lists.list_key_groups(staff["admin"])
    assert [(g.code, g.name, g.has_risk_level, g.follow_up_days) for g in rows] == [
        tuple(k) for k in KEY_GROUPS
    ]
    assert all(g.active and g.current_members == 0 and g.version == 1 for g in rows)


def test_given_admin_when_a_key_group_is_created_renamed_and_deactivated_then_residents_see_it_follow(
    services, lists, staff
):
    admin, police = staff["admin"], staff["police"]
    # When the administrator adds a group
    g = lists.create_key_group(admin, "  涉毒 重点人员 ", False, 60)
    # Then its name is tidied, its code generated, and the residents room can choose it
    assert (g.name, g.code, g.follow_up_days, g.active, g.current_members) == (
        "涉毒 重点人员",
        "custom_1",
        60,
        True,
        0,
    )
    assert g.name in [k.name for k in services.key_groups.list_key_groups(police)]
    second = lists.create_key_group(admin, "独居老人", False, 30)
    assert second.code == "custom_2"
    # When it is renamed
    g = lists.update_key_group(admin, g.id, g.version, "涉毒人员", False, 45, True)
    assert (g.name, g.follow_up_days, g.version) == ("涉毒人员", 45, 2)
    # and a person is put in it, then it is deactivated
    m = put_in_group(services, staff, g.id)
    g = lists.update_key_group(admin, g.id, g.version, "涉毒人员", False, 45, False)
    # Then the member stays, the result says so, and new memberships cannot choose it
    assert (g.active, g.current_members) == (False, 1)
    assert g.name not in [k.name for k in services.key_groups.list_key_groups(police)]
    assert [x.id for x in services.key_groups.memberships_of(police, m.person_id)] == [m.id]
    other = services.residents.create_person(
        staff["reception"], validate_person({"name": "李娜", "id_number": LI_NA})
    )
    with pytest.raises(ValidationError) as info:
        services.key_groups.add_membership(police, other.id, g.id, start_on=date.today(), worker_id=None)
    assert (info.value.field, info.value.code) == ("key_group_id", "inactive_group")
    # the administrator's list still shows it, inactive, with its member; the active-only list does not
    assert by_name(lists, admin, "涉毒人员").current_members == 1
    assert "涉毒人员" not in [k.name for k in lists.list_key_groups(admin, include_inactive=False)]
    # and it can be activated again
    g = lists.update_key_group(admin, g.id, g.version, "涉毒人员", False, 45, True)
    assert g.active


def test_given_ended_or_voided_memberships_then_they_are_not_counted_as_current(services, lists, staff):
    admin = staff["admin"]
    g = lists.create_key_group(admin, "重点关注人员", False, 30)
    m = put_in_group(services, staff, g.id, start=date.today() - timedelta(days=100))
    assert by_name(lists, admin, g.name).current_members == 1
    services.key_groups.end_membership(
        staff["police"], m.id, m.version, date.today() - timedelta(days=1), "期满"
    )
    assert by_name(lists, admin, g.name).current_members == 0


@pytest.mark.parametrize(
    ("name", "days", "field", "code"),
    [
        ("社区矫正人员", 30, "name", "duplicate"),  # a default group's name
        ("社区矫正 人员", 30, "name", "duplicate"),  # spacing does not make it another group
        ("", 30, "name", "required"),
        ("   ", 30, "name", "required"),
        ("长" * 65, 30, "name", "too_long"),
        ("新类别", 0, "follow_up_days", "bad_follow_up_days"),
        ("新类别", 367, "follow_up_days", "bad_follow_up_days"),
        ("新类别", "abc", "follow_up_days", "bad_follow_up_days"),
        ("新类别", True, "follow_up_days", "bad_follow_up_days"),
    ],
)
def test_given_bad_input_when_creating_a_key_group_then_refused_at_its_field_and_nothing_saved(
    services, lists, staff, name, days, field, code
):
    before = len(lists.list_key_groups(staff["admin"]))
    with pytest.raises(ValidationError) as info:
        lists.create_key_group(staff["admin"], name, False, days)
    assert (info.value.field, info.value.code) == (field, code)
    assert len(lists.list_key_groups(staff["admin"])) == before


def test_given_the_limits_then_64_characters_and_1_to_366_days_are_accepted(services, lists, staff):
    g = lists.create_key_group(staff["admin"], "长" * 64, False, 1)
    g = lists.update_key_group(staff["admin"], g.id, g.version, g.name, False, 366, True)
    assert (len(g.name), g.follow_up_days) == (64, 366)


def test_given_a_rename_to_another_groups_name_then_refused_but_keeping_its_own_name_is_fine(
    services, lists, staff
):
    admin = staff["admin"]
    g = by_name(lists, admin, "邪教人员")
    with pytest.raises(ValidationError) as info:
        lists.update_key_group(admin, g.id, g.version, "重点青少年", False, 30, True)
    assert (info.value.field, info.value.code) == ("name", "duplicate")
    g = lists.update_key_group(admin, g.id, g.version, "邪教人员", False, 60, True)
    assert g.follow_up_days == 60


def test_given_members_with_risk_levels_then_the_risk_level_cannot_be_switched_off(services, lists, staff):
    admin = staff["admin"]
    g = by_name(lists, admin, "严重精神障碍患者")
    m = put_in_group(services, staff, g.id, risk_level=2)
    with pytest.raises(ValidationError) as info:
        lists.update_key_group(admin, g.id, g.version, g.name, False, g.follow_up_days, True)
    assert (info.value.field, info.value.code, info.value.params["count"]) == (
        "has_risk_level",
        "risk_levels_in_use",
        1,
    )
    assert by_name(lists, admin, g.name).has_risk_level  # nothing changed
    # once the membership has ended, it may be switched off
    services.key_groups.end_membership(
        staff["police"], m.id, m.version, date.today() - timedelta(days=1), "迁出"
    )
    g = lists.update_key_group(admin, g.id, g.version, g.name, False, g.follow_up_days, True)
    assert not g.has_risk_level
    # and a group without members may switch it on
    g = lists.update_key_group(admin, g.id, g.version, g.name, True, g.follow_up_days, True)
    assert g.has_risk_level


def test_given_two_admins_editing_the_same_group_then_the_second_save_is_a_conflict(services, lists, staff):
    admin = staff["admin"]
    g = by_name(lists, admin, "重点青少年")
    lists.update_key_group(admin, g.id, g.version, "重点青少年（在校）", False, 30, True)
    with pytest.raises(Conflict):
        lists.update_key_group(admin, g.id, g.version, "重点青少年（社会）", False, 30, True)
    assert by_name(lists, admin, "重点青少年（在校）").version == 2
    with pytest.raises(NotFound):
        lists.update_key_group(admin, 99999, 1, "不存在", False, 30, True)


def test_given_other_roles_then_they_may_not_edit_and_only_key_group_readers_may_list(services, lists, staff):
    g = by_name(lists, staff["admin"], "艾滋病患者")
    for role in ("reception", "police", "director"):
        with pytest.raises(PermissionDenied):
            lists.create_key_group(staff[role], "新类别", False, 30)
        with pytest.raises(PermissionDenied):
            lists.update_key_group(staff[role], g.id, g.version, g.name, False, 30, False)
        with pytest.raises(PermissionDenied):
            lists.create_code(staff[role], "visit_purpose", "新事由")
        with pytest.raises(PermissionDenied):
            lists.list_code_lists(staff[role])
    with pytest.raises(PermissionDenied):
        lists.list_key_groups(staff["reception"])  # a clerk does not learn which groups exist and their sizes
    assert len(lists.list_key_groups(staff["police"])) == len(KEY_GROUPS)
    assert len(lists.list_key_groups(staff["director"])) == len(KEY_GROUPS)
    assert by_name(lists, staff["admin"], "艾滋病患者").version == 1


def test_given_key_group_writes_then_each_is_audited_before_to_after(services, lists, staff):
    admin = staff["admin"]
    g = lists.create_key_group(admin, "独居老人", False, 30)
    lists.update_key_group(admin, g.id, g.version, "独居老人", False, 14, False)
    created, updated = audit_of(services, "key_group", g.id)
    assert (created.action, created.username, created.before) == ("create", "admin", None)
    assert json.loads(created.after) == {
        "code": "custom_1",
        "name": "独居老人",
        "has_risk_level": False,
        "follow_up_days": 30,
        "active": True,
    }
    assert updated.action == "update" and "停用" in updated.summary
    assert json.loads(updated.before) == {"follow_up_days": 30, "active": True}
    assert json.loads(updated.after) == {"follow_up_days": 14, "active": False}
    # a save that changes nothing writes nothing
    g = by_name(lists, admin, "独居老人")
    lists.update_key_group(admin, g.id, g.version, "独居老人", False, 14, False)
    assert len(audit_of(services, "key_group", g.id)) == 2
    # a refused change leaves no trace
    with pytest.raises(ValidationError):
        lists.update_key_group(admin, g.id, g.version, "社区矫正人员", False, 14, False)
    assert len(audit_of(services, "key_group", g.id)) == 2


# -- code lists --------------------------------------------------------------------------------------------


def labels(lists, actor, list_name="visit_purpose"):
    return [c.label for c in lists.list_codes(actor, list_name)]


def test_given_a_new_database_then_the_label_lists_are_offered_without_mediation_settings(
    services, lists, staff
):
    infos = lists.list_code_lists(staff["admin"])
    assert [i.name for i in infos] == list(EDITABLE_LISTS) == [n for n in CODE_LISTS if n != "followup_way"]
    assert all(i.entries == i.active_entries == len(CODE_LISTS[i.name]) for i in infos)
    assert labels(lists, staff["admin"], "dispute_type") == [t for _c, t in CODE_LISTS["dispute_type"]]


def test_given_admin_when_a_code_is_added_renamed_moved_and_deactivated_then_the_forms_follow(
    services, lists, staff
):
    admin, clerk = staff["admin"], staff["reception"]
    # When an entry is added, it goes to the end with a generated code
    c = lists.create_code(admin, "visit_purpose", "法律援助")
    assert (c.code, c.active, labels(lists, admin)[-1]) == ("custom_1", True, "法律援助")
    assert "法律援助" in [p.label for p in services.reception.options(clerk).purposes]
    # When it is renamed
    c = lists.update_code(admin, c.id, "法律咨询援助", c.sort, True)
    assert labels(lists, admin)[-1] == "法律咨询援助"
    # When it is moved up twice, it passes 其他 and 信访
    lists.move_code(admin, c.id, -1)
    rows = lists.move_code(admin, c.id, -1)
    assert [r.label for r in rows][-3:] == ["法律咨询援助", "信访", "其他"]
    assert [r.sort for r in rows] == [10 * (i + 1) for i in range(len(rows))]
    assert labels(lists, admin) == [r.label for r in rows]
    # and the reception form offers it in that order
    assert [p.label for p in services.reception.options(clerk).purposes][-3:] == [
        "法律咨询援助",
        "信访",
        "其他",
    ]
    # moving the first entry up changes nothing
    first = lists.list_codes(admin, "visit_purpose")[0]
    assert [r.label for r in lists.move_code(admin, first.id, -1)] == labels(lists, admin)
    # When it is deactivated, the form no longer offers it but the list still holds it
    c = next(x for x in lists.list_codes(admin, "visit_purpose") if x.id == c.id)
    c = lists.update_code(admin, c.id, c.label, c.sort, False)
    assert not c.active
    assert "法律咨询援助" not in [p.label for p in services.reception.options(clerk).purposes]
    info = next(i for i in lists.list_code_lists(admin) if i.name == "visit_purpose")
    assert (info.entries, info.active_entries) == (
        len(CODE_LISTS["visit_purpose"]) + 1,
        len(CODE_LISTS["visit_purpose"]),
    )
    # an explicit sort puts it first
    c = lists.update_code(admin, c.id, c.label, 0, True)
    assert labels(lists, admin)[0] == "法律咨询援助"


@pytest.mark.parametrize(
    ("label", "code"),
    [("咨询", "duplicate"), (" 咨 询 ", "duplicate"), ("", "required"), ("长" * 101, "too_long")],
)
def test_given_a_bad_label_then_refused_at_the_label_field(services, lists, staff, label, code):
    with pytest.raises(ValidationError) as info:
        lists.create_code(staff["admin"], "visit_purpose", label)
    assert (info.value.field, info.value.code) == ("label", code)
    assert len(labels(lists, staff["admin"])) == len(CODE_LISTS["visit_purpose"])


def test_given_a_label_of_another_list_then_it_is_not_a_duplicate(services, lists, staff):
    # 其他 is in every list; a rename to another entry's label in the same list is refused
    admin = staff["admin"]
    c = lists.create_code(admin, "outside_body", "街道办")
    with pytest.raises(ValidationError) as info:
        lists.update_code(admin, c.id, "派出所", c.sort, True)
    assert (info.value.field, info.value.code) == ("label", "duplicate")
    assert lists.create_code(admin, "dispute_type", "街道办").label == "街道办"


def test_given_the_mediation_settings_or_an_unknown_list_then_they_are_not_edited_here(
    services, lists, staff
):
    admin = staff["admin"]
    with services.sessions.begin() as s:
        setting = CodeItem(
            list_name="mediation_setting", code="return_visit_days", label="30", sort=0, active=True
        )
        s.add(setting)
        s.flush()
        setting_id = setting.id
    for call in (
        lambda: lists.list_codes(admin, "mediation_setting"),
        lambda: lists.create_code(admin, "mediation_setting", "40"),
        lambda: lists.update_code(admin, setting_id, "40", 0, True),
        lambda: lists.move_code(admin, setting_id, 1),
        lambda: lists.create_code(admin, "no_such_list", "x"),
        lambda: lists.create_code(admin, "followup_way", "上门"),  # fixed values of the follow-up record
    ):
        with pytest.raises(ValidationError) as info:
            call()
        assert (info.value.field, info.value.code) == ("list_name", "not_editable")
    with services.sessions() as s:
        assert s.get(CodeItem, setting_id).label == "30"
        assert s.scalar(select(CodeItem.id).where(CodeItem.list_name == "no_such_list")) is None


def test_given_a_list_with_one_active_entry_then_it_stays_active(services, lists, staff):
    admin = staff["admin"]
    rows = lists.list_codes(admin, "outside_body")
    for c in rows[:-1]:
        lists.update_code(admin, c.id, c.label, c.sort, False)
    last = rows[-1]
    with pytest.raises(ValidationError) as info:
        lists.update_code(admin, last.id, last.label, last.sort, False)
    assert (info.value.field, info.value.code) == ("active", "last_active")
    with pytest.raises(ValidationError) as info:
        lists.update_code(admin, last.id, last.label, -1, True)
    assert (info.value.field, info.value.code) == ("sort", "bad_sort")


def test_given_code_list_writes_then_each_is_audited(services, lists, staff):
    admin = staff["admin"]
    c = lists.create_code(admin, "dispute_type", "网络纠纷")
    c = lists.update_code(admin, c.id, "网络消费纠纷", c.sort, True)
    lists.move_code(admin, c.id, -1)
    lists.update_code(admin, c.id, c.label, c.sort, False)
    entries = audit_of(services, "code_item", c.id)
    assert [e.action for e in entries] == ["create", "update", "update", "update"]
    assert json.loads(entries[0].after) == {
        "list_name": "dispute_type",
        "code": "custom_1",
        "label": "网络纠纷",
        "sort": c.sort,
        "active": True,
    }
    assert (json.loads(entries[1].before), json.loads(entries[1].after)) == (
        {"label": "网络纠纷"},
        {"label": "网络消费纠纷"},
    )
    order = json.loads(entries[2].after)["order"]
    assert order[-2:] == ["custom_1", "other"]
    assert "纠纷类型" in entries[0].summary and "停用" in entries[3].summary
    assert services.audit.verify(admin).ok


def test_given_only_what_changed_then_the_rest_of_the_entry_stays_as_stored(services, lists, staff):
    # the code_item table has no version: a screen sends only the field the user changed
    admin = staff["admin"]
    c = lists.create_code(admin, "outside_body", "街道办")
    lists.move_code(admin, c.id, -1)  # meanwhile, on another PC: moved up (sort renumbered)
    moved = next(x for x in lists.list_codes(admin, "outside_body") if x.id == c.id)
    off = lists.update_code(admin, c.id, active=False)  # this PC still shows the old sort
    assert (off.label, off.sort, off.active) == ("街道办", moved.sort, False)
    renamed = lists.update_code(admin, c.id, label="街道办事处")
    assert (renamed.label, renamed.sort, renamed.active) == ("街道办事处", moved.sort, False)
