"""The resident register (实有人口) through its service, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from desktop.models import AuditEntry, Visit
from desktop.services.core.errors import Conflict, PermissionDenied, ValidationError
from desktop.services.core.id_numbers import check_digit
from desktop.services.residents.dto import LikelyDuplicate, PeopleFilter
from desktop.services.residents.resident_service import validate_person
from tests.conftest import make_actor


def cid(first17: str) -> str:
    return first17 + check_digit(first17)


ZHANG_WEI = cid("32010219800307123")  # male, 1980-03-07
LI_NA = cid("32010619850615242")  # female, 1985-06-15


@pytest.fixture
def staff(services, admin):
    """One account per role that works with residents (rows written directly: argon2 is slow)."""

    return {
        role: make_actor(services, username, full_name, role)
        for username, full_name, role in [
            ("qiantai", "王丽", "reception"),
            ("minjing", "张警官", "police"),
            ("zhuren", "李红梅", "director"),
            ("tiaojie", "陈建国", "mediator"),
        ]
    }


@pytest.fixture
def grid(services, staff):
    return services.addresses.create_grid(staff["director"], "WG001", "第一网格")


def person(services, actor, **kw):
    data = {"name": "张伟", "id_number": ZHANG_WEI, "phone": "13812345678"} | kw
    return services.residents.create_person(actor, validate_person(data))


# -- registering -------------------------------------------------------------------------------------------


def test_given_a_citizen_id_when_registered_then_birth_date_and_sex_come_from_the_number(services, staff):
    p = person(services, staff["reception"])
    assert (p.birth_date, p.sex) == (date(1980, 3, 7), "1")
    assert p.id_number == "3201**********" + ZHANG_WEI[-4:]  # masked on the way out
    assert p.phone == "138****5678"


@pytest.mark.parametrize(
    ("id_type", "number", "stored"),
    [
        ("resident_id", "320103500307123", cid("32010319500307123")),  # 15 digits, upgraded
        ("passport", "e12345678", "E12345678"),
        ("hk_macao_permit", "H12345678", "H12345678"),
        ("taiwan_permit", "12345678", "12345678"),
        ("foreigner_pr", "USA123456789012", "USA123456789012"),
        ("other", "军官证 123", "军官证123"),
    ],
)
def test_given_each_id_type_when_registered_then_the_normalised_number_is_kept(
    services, staff, id_type, number, stored
):
    p = person(
        services,
        staff["reception"],
        id_type=id_type,
        id_number=number,
        phone=None,
        birth_date=None if id_type == "resident_id" else "1990-01-02",
    )
    revealed = services.residents.reveal(staff["police"], p.id, "核对证件")
    assert revealed.id_number == stored


def test_given_a_number_already_registered_when_registered_again_then_refused_even_as_15_digits(
    services, staff
):
    person(services, staff["reception"], id_number=cid("32010319500307123"))
    with pytest.raises(ValidationError) as info:
        person(services, staff["reception"], name="张伟国", id_number="320103500307123", phone=None)
    assert (info.value.field, info.value.code) == ("id_number", "id_taken")


def test_given_same_name_and_birth_date_when_registered_then_pointed_out_and_saved_on_confirmation(
    services, staff
):
    clerk = staff["reception"]
    first = person(services, clerk)
    other = validate_person(
        {"name": "张伟", "id_type": "passport", "id_number": "E99887766", "birth_date": "1980-03-07"}
    )
    with pytest.raises(LikelyDuplicate) as info:
        services.residents.create_person(clerk, other)
    assert [(h.person_id, h.reason) for h in info.value.params["hints"]] == [(first.id, "same_name_birth")]
    saved = services.residents.create_person(clerk, other, allow_likely_duplicate=True)
    assert saved.id != first.id


def test_given_the_same_phone_when_registered_then_pointed_out(services, staff):
    person(services, staff["reception"])
    with pytest.raises(LikelyDuplicate) as info:
        person(services, staff["reception"], name="李娜", id_number=LI_NA, phone="138 1234 5678")
    assert info.value.params["hints"][0].reason == "same_phone"


def test_given_a_name_outside_the_bmp_when_registered_then_stored_and_found_intact(services, staff):
    rare = "王𠀾𪚥"  # CJK Extension B characters, as a 生僻字 name is typed with an IME
    p = person(services, staff["reception"], name=rare, phone=None)
    assert services.residents.get_person(staff["reception"], p.id).name == rare
    assert [r.name for r in services.residents.search(staff["reception"], "𠀾𪚥")] == [rare]


def test_given_bad_input_then_the_field_and_fault_are_named():
    def fault(**kw):
        with pytest.raises(ValidationError) as info:
            validate_person({"name": "张伟", "id_number": ZHANG_WEI} | kw)
        return info.value.field, info.value.code

    assert fault(name=" ") == ("name", "required")
    assert fault(id_number=ZHANG_WEI[:-1] + ("0" if ZHANG_WEI[-1] != "0" else "1")) == (
        "id_number",
        "id_bad_checksum",
    )
    assert fault(birth_date="1981-01-01") == ("birth_date", "birth_date_mismatch")
    assert fault(sex="女") == ("sex", "sex_mismatch")
    assert fault(phone="12345") == ("phone", "bad_phone")
    assert fault(ethnic_code="火星族") == ("ethnic_code", "unknown_ethnic")
    assert fault(moved_in_on="2020-05-01", moved_out_on="2020/4/1") == ("moved_out_on", "before_moved_in")


def test_given_a_spreadsheet_row_in_labels_when_validated_then_codes():
    inp = validate_person(
        {
            "name": " 李娜 ",
            "id_type": "居民身份证",
            "id_number": LI_NA.lower(),
            "ethnic_code": "回族",
            "resident_type": "流动人口",
            "phone": "025-86612345",
            "permit_issued_on": "2024年3月1日",
            "moved_in_on": "20230901",
        }
    )
    assert (inp.name, inp.ethnic_code, inp.resident_type, inp.sex) == ("李娜", "03", "floating", "2")
    assert inp.permit_endorse_due == date(2025, 3, 1)  # annual 签注 by default
    assert inp.moved_in_on == date(2023, 9, 1)


def test_given_a_reader_only_role_then_registering_is_refused(services, staff):
    with pytest.raises(PermissionDenied):
        person(services, staff["mediator"])


def test_given_two_pcs_editing_the_same_person_then_the_second_save_is_a_conflict(services, staff):
    clerk = staff["reception"]
    p = person(services, clerk)
    inp = validate_person(
        {"name": "张伟", "id_number": ZHANG_WEI, "phone": "13812345678", "employer": "甲公司"}
    )
    services.residents.update_person(clerk, p.id, p.version, inp)
    with pytest.raises(Conflict):
        services.residents.update_person(clerk, p.id, p.version, inp)


def test_given_a_change_then_audited_before_after_with_the_phone_masked(services, staff, admin):
    clerk = staff["reception"]
    p = person(services, clerk)
    inp = validate_person({"name": "张伟", "id_number": ZHANG_WEI, "phone": "13900001111"})
    services.residents.update_person(clerk, p.id, p.version, inp)
    entry = services.audit.search(admin.actor(), action="update", entity="person")[0]
    assert "13900001111" not in entry.after and "139****1111" in entry.after


def test_given_a_person_moves_out_then_kept_with_history_and_left_out_of_the_current_list(
    services, staff, grid
):
    clerk = staff["reception"]
    addr = services.addresses.create_address(clerk, grid.id, "侨鸿花园3幢", "1单元", "302")
    p = person(services, clerk, address_id=addr.id, moved_in_on="2015-04-01")
    services.households.create_household(clerk, addr.id, members=[(p.id, "02")])
    assert services.residents.count_people(clerk) == 1
    gone = services.residents.move_out(clerk, p.id, p.version, date(2025, 6, 30), "迁往上海")
    assert gone.moved_out_on == date(2025, 6, 30)
    assert gone.households[0].left_on == date(2025, 6, 30)
    assert services.residents.count_people(clerk) == 0
    assert services.residents.count_people(clerk, PeopleFilter(include_moved_out=True)) == 1
    assert [e.title for e in services.residents.timeline(clerk, p.id)][0].startswith("档案迁出")


# -- households --------------------------------------------------------------------------------------------


def test_given_an_address_when_a_household_is_registered_then_members_with_gb4761_relations(
    services, staff, grid
):
    clerk = staff["reception"]
    addr = services.addresses.create_address(clerk, grid.id, "侨鸿花园3幢", "1单元", "302")
    assert addr.full_text == "南京市鼓楼区侨鸿花园3幢1单元302室"
    husband = person(services, clerk)
    wife = person(services, clerk, name="李娜", id_number=LI_NA, phone="13900002222")
    hh = services.households.create_household(
        clerk, addr.id, household_no="320106001", members=[(husband.id, "02"), (wife.id, "妻")]
    )
    assert [(m.name, m.relation) for m in hh.members] == [("张伟", "户主"), ("李娜", "妻")]
    # the address becomes theirs (以房管人)
    assert services.residents.get_person(clerk, wife.id).address == addr.full_text
    lodger = person(services, clerk, name="赵六", id_type="passport", id_number="E11112222", phone=None)
    with pytest.raises(ValidationError) as info:
        services.households.add_member(clerk, hh.id, lodger.id, "02")
    assert info.value.code == "second_householder"
    with pytest.raises(ValidationError) as info:
        services.households.add_member(clerk, hh.id, wife.id, "10")
    assert info.value.code == "already_in_household"


def test_given_the_same_address_twice_then_one_address(services, staff, grid):
    clerk = staff["reception"]
    a = services.addresses.create_address(clerk, grid.id, "侨鸿花园3幢", "1单元", "302")
    b = services.addresses.create_address(clerk, grid.id, " 侨鸿花园3幢", "1单元 ", "302")
    assert a.id == b.id


# -- search ------------------------------------------------------------------------------------------------


@pytest.fixture
def register(services, staff, grid):
    clerk = staff["reception"]
    addr = services.addresses.create_address(clerk, grid.id, "侨鸿花园3幢", "1单元", "302")
    people = {
        "张伟": person(services, clerk, address_id=addr.id),
        "张伟华": person(
            services, clerk, name="张伟华", id_number=cid("32010619900101003"), phone="13700009876"
        ),
        "李娜": person(services, clerk, name="李娜", id_number=LI_NA, phone="025-86612345"),
        "单田芳": person(
            services, clerk, name="单田芳", id_type="passport", id_number="E55556666", phone=None
        ),
    }
    return people


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("张伟", ["张伟", "张伟华"]),  # two characters: the bigram table
        ("伟华", ["张伟华"]),  # any part of a name
        ("张", ["张伟", "张伟华"]),  # one character: the start of the name
        ("zw", ["张伟", "张伟华"]),  # pinyin initials
        ("ZWH", ["张伟华"]),
        ("stf", ["单田芳"]),  # the surname reading of 单 is shan
        (ZHANG_WEI, ["张伟"]),  # the whole ID number
        (ZHANG_WEI[-4:], ["张伟"]),  # its last four
        (LI_NA[-6:].lower(), ["李娜"]),  # last six, lower-case x typed
        ("13812345678", ["张伟"]),  # a mobile
        ("9876", ["张伟华"]),  # last four digits of a phone
        ("2345", ["李娜"]),  # ... of a landline
        ("e55556666", ["单田芳"]),  # a passport
        ("侨鸿3幢302", ["张伟"]),  # an address as people type it
        ("", []),
    ],
)
def test_given_a_register_when_typing_in_the_search_box_then_the_right_people(
    services, staff, register, query, expected
):
    found = [r.name for r in services.residents.search(staff["reception"], query)]
    assert sorted(found) == sorted(expected)


def test_given_search_results_then_numbers_and_phones_are_masked(services, staff, register):
    (row,) = services.residents.search(staff["reception"], ZHANG_WEI)
    assert row.id_number == mask(ZHANG_WEI) and row.phone == "138****5678"
    assert row.address == "南京市鼓楼区侨鸿花园3幢1单元302室"
    assert row.birth_date == date(1980, 3, 7)  # a date on both engines, not ISO text


def mask(n):
    return n[:4] + "*" * (len(n) - 8) + n[-4:]


def test_given_a_renamed_person_then_search_follows_the_new_name(services, staff, register):
    clerk = staff["reception"]
    p = register["李娜"]
    inp = validate_person({"name": "李娜娜", "id_number": LI_NA, "phone": "025-86612345"})
    services.residents.update_person(clerk, p.id, p.version, inp)
    assert [r.name for r in services.residents.search(clerk, "娜娜")] == ["李娜娜"]
    assert [r.name for r in services.residents.search(clerk, "lnn")] == ["李娜娜"]


def test_given_a_large_list_then_windows_by_keyset_cover_it_in_order(services, staff, register):
    clerk = staff["reception"]
    first = services.residents.people_window(clerk, limit=2)
    nxt = services.residents.people_window(clerk, after_id=first[-1].id, limit=2)
    last = services.residents.people_window(clerk, before_id=-1, limit=2)
    ids = [r.id for r in first + nxt]
    assert ids == sorted(ids) and len(set(ids)) == 4
    assert [r.id for r in last] == ids[-2:]
    assert [r.id for r in services.residents.people_window(clerk, offset=3, limit=5)] == ids[3:]


# -- privacy -----------------------------------------------------------------------------------------------


def test_given_reveal_then_a_reason_is_required_and_written_to_the_audit_log(
    services, staff, admin, register
):
    police = staff["police"]
    p = register["张伟"]
    with pytest.raises(ValidationError) as info:
        services.residents.reveal(police, p.id, "  ")
    assert info.value.field == "reason"
    shown = services.residents.reveal(police, p.id, "核实来访人身份")
    assert (shown.id_number, shown.phone) == (ZHANG_WEI, "13812345678")
    entry = services.audit.search(admin.actor(), action="reveal")[0]
    assert (entry.entity, entry.entity_id, entry.reason, entry.username) == (
        "person",
        p.id,
        "核实来访人身份",
        "minjing",
    )
    assert ZHANG_WEI not in (entry.summary + (entry.after or ""))


def test_given_a_role_without_reveal_then_numbers_stay_masked(services, staff, register):
    assert services.residents.get_person(staff["reception"], register["张伟"].id).can_reveal is False
    with pytest.raises(PermissionDenied):
        services.residents.reveal(staff["reception"], register["张伟"].id, "好奇")


# -- key groups and follow-ups -----------------------------------------------------------------------------


def group(services, actor, code):
    return next(g for g in services.key_groups.list_key_groups(actor) if g.code == code)


def test_given_a_psychiatric_patient_at_risk_2_then_first_follow_up_at_two_weeks_then_by_stability(
    services, staff, register
):
    police = staff["police"]
    mental = group(services, police, "mental_disorder")
    m = services.key_groups.add_membership(
        police,
        register["张伟"].id,
        mental.id,
        start_on=date(2025, 1, 10),
        worker_id=staff["reception"].id,
        risk_level=2,
    )
    assert m.next_follow_up_on == date(2025, 1, 24)
    f = services.key_groups.record_follow_up(
        staff["reception"],
        m.id,
        done_on=date(2025, 1, 24),
        way="home_visit",
        findings="病情稳定",
        condition_stable=True,
    )
    assert f.next_due_on == date(2025, 4, 24)  # stable: 3 months
    f = services.key_groups.record_follow_up(
        police, m.id, done_on=date(2025, 4, 20), way="phone", risk_level=1, condition_stable=False
    )
    assert f.next_due_on == date(2025, 5, 20)  # not stable: 1 month
    f = services.key_groups.record_follow_up(
        police, m.id, done_on=date(2025, 5, 19), way="home_visit", risk_level=4
    )
    assert f.next_due_on == date(2025, 6, 2)  # 3-5: within two weeks
    f = services.key_groups.record_follow_up(
        police, m.id, done_on=date(2025, 6, 1), way="home_visit", risk_level=0
    )
    assert f.next_due_on == date(2025, 9, 1)  # 0: every 3 months
    (now,) = services.key_groups.memberships_of(police, register["张伟"].id)
    assert (now.risk_level, now.next_follow_up_on) == (0, date(2025, 9, 1))


def test_given_a_risk_group_then_a_risk_level_is_required_and_other_groups_use_their_interval(
    services, staff, register
):
    police = staff["police"]
    with pytest.raises(ValidationError) as info:
        services.key_groups.add_membership(
            police,
            register["张伟"].id,
            group(services, police, "mental_disorder").id,
            start_on=date(2025, 1, 1),
            worker_id=None,
        )
    assert info.value.field == "risk_level"
    youth = group(services, police, "key_youth")
    m = services.key_groups.add_membership(
        police, register["张伟华"].id, youth.id, start_on=date(2025, 1, 1), worker_id=police.id, risk_level=3
    )
    assert (m.risk_level, m.next_follow_up_on) == (
        None,
        date(2025, 1, 1) + timedelta(days=youth.follow_up_days),
    )


def test_given_key_group_membership_then_only_police_director_and_the_worker_see_it(
    services, staff, register
):
    police, clerk = staff["police"], staff["reception"]
    p = register["张伟"]
    correction = group(services, police, "community_correction")
    services.key_groups.add_membership(
        police, p.id, correction.id, start_on=date(2025, 1, 1), worker_id=police.id
    )
    assert [m.group_name for m in services.residents.get_person(staff["director"], p.id).memberships] == [
        "社区矫正人员"
    ]
    assert services.residents.get_person(clerk, p.id).memberships is None  # not even "none"
    assert services.residents.get_person(staff["mediator"], p.id).memberships is None
    seen_by_clerk = services.residents.timeline(clerk, p.id)
    assert seen_by_clerk and all(e.kind != "key_group" for e in seen_by_clerk)
    mental = group(services, police, "mental_disorder")
    services.key_groups.add_membership(
        police, p.id, mental.id, start_on=date(2025, 2, 1), worker_id=clerk.id, risk_level=0
    )
    # the responsible worker sees their own member, and only that membership
    assert [m.group_name for m in services.residents.get_person(clerk, p.id).memberships] == [
        "严重精神障碍患者"
    ]
    with pytest.raises(PermissionDenied):
        services.key_groups.list_key_groups(staff["mediator"])


def test_given_due_follow_ups_then_each_worker_sees_theirs_and_the_director_all(services, staff, register):
    police, clerk = staff["police"], staff["reception"]
    mental = group(services, police, "mental_disorder")
    youth = group(services, police, "key_youth")
    today = date(2025, 3, 1)
    services.key_groups.add_membership(
        police, register["张伟"].id, mental.id, start_on=date(2025, 2, 1), worker_id=clerk.id, risk_level=3
    )  # due 2-15: overdue
    services.key_groups.add_membership(
        police, register["李娜"].id, youth.id, start_on=date(2025, 2, 1), worker_id=police.id
    )  # due 3-3: within a week
    services.key_groups.add_membership(
        police, register["张伟华"].id, mental.id, start_on=date(2025, 2, 1), worker_id=police.id, risk_level=0
    )  # due 5-1: not yet
    mine = services.key_groups.due_follow_ups(clerk, today=today)
    assert [(d.person_name, d.overdue_days) for d in mine] == [("张伟", 14)]
    everyone = services.key_groups.due_follow_ups(staff["director"], today=today)
    assert [(d.person_name, d.due_on) for d in everyone] == [
        ("张伟", date(2025, 2, 15)),
        ("李娜", date(2025, 3, 3)),
    ]
    assert [
        d.person_name
        for d in services.key_groups.due_follow_ups(staff["director"], today=today, worker_id=police.id)
    ] == ["李娜"]
    assert services.key_groups.due_follow_ups(staff["mediator"], today=today) == []


# -- timeline ----------------------------------------------------------------------------------------------


def test_given_work_in_several_rooms_then_one_timeline_newest_first(services, staff, register):
    police = staff["police"]
    p = register["张伟"]
    with services.sessions.begin() as s:
        s.add(
            Visit(
                person_id=p.id,
                visitor_name="张伟",
                time_in=datetime(2025, 3, 5, 2, 0, tzinfo=UTC),
                purpose="consult",
                content="咨询居住证办理",
            )
        )
    mental = group(services, police, "mental_disorder")
    m = services.key_groups.add_membership(
        police, p.id, mental.id, start_on=date(2025, 1, 10), worker_id=police.id, risk_level=0
    )
    services.key_groups.record_follow_up(
        police, m.id, done_on=date(2025, 4, 1), way="phone", findings="情况稳定"
    )
    entries = services.residents.timeline(police, p.id)
    kinds = [e.kind for e in entries]
    assert {"record", "visit", "follow_up", "key_group"} <= set(kinds)
    days = [e.on for e in entries]
    assert days == sorted(days, reverse=True)
    visit = next(e for e in entries if e.kind == "visit")
    assert visit.title == "来访：咨询" and visit.detail == "咨询居住证办理"


# -- bulk (the import) -------------------------------------------------------------------------------------


@pytest.mark.parametrize("rebuild", [False, True])
def test_given_many_validated_rows_when_bulk_inserted_then_searchable_and_audited_once(
    services, staff, admin, rebuild
):
    rows = [
        validate_person({"name": f"王{chr(0x4E00 + i)}明", "id_number": cid(f"32010619900101{i:03d}")})
        for i in range(1, 60)
    ]
    steps = []
    result = services.residents.bulk_insert(
        staff["reception"], rows, rebuild_indexes=rebuild, progress=lambda pct, _m: steps.append(pct)
    )
    assert result.inserted == 59 and steps[-1] == 100
    assert services.residents.count_people(staff["reception"]) == 59
    assert len(services.residents.search(staff["reception"], "王")) == 50  # a page of the surname
    assert [r.name for r in services.residents.search(staff["reception"], f"{chr(0x4E00 + 7)}明")] == [
        f"王{chr(0x4E00 + 7)}明"
    ]
    with services.sessions() as s:
        imports = s.scalars(select(AuditEntry).where(AuditEntry.action == "import")).all()
    assert len(imports) == 1
    with pytest.raises(ValidationError) as info:
        services.residents.bulk_insert(staff["reception"], rows[:3])
    assert (info.value.code, info.value.params["row"]) == ("id_taken", 0)


# -- leaving a household -----------------------------------------------------------------------------------


@pytest.fixture
def couple(services, staff, grid):
    """张伟 (householder) and 李娜 (wife) registered as one household today."""
    clerk = staff["reception"]
    addr = services.addresses.create_address(clerk, grid.id, "侨鸿花园3幢", "1单元", "302")
    husband = person(services, clerk)
    wife = person(services, clerk, name="李娜", id_number=LI_NA, phone="13900002222")
    hh = services.households.create_household(clerk, addr.id, members=[(husband.id, "02"), (wife.id, "12")])
    ids = {m.person_id: m.id for m in hh.members}
    return {"household": hh, "husband": husband, "wife": wife, "member": ids}


def test_given_a_wife_leaving_the_household_then_kept_with_the_date_the_reason_audited_and_on_her_timeline(
    services, staff, admin, couple
):
    clerk = staff["reception"]
    wife = couple["wife"]
    today = date.today()
    hh = services.households.end_member(clerk, couple["member"][wife.id], today, "  分户另立  ")
    # Then the household still lists her, as left on that day; nothing is deleted
    assert [(m.name, m.left_on) for m in hh.members] == [("张伟", None), ("李娜", today)]
    (link,) = services.residents.get_person(clerk, wife.id).households
    assert (link.relation, link.left_on) == ("妻", today)
    # And the audit keeps the reason; the timeline shows both her joining and her leaving
    entry = services.audit.search(admin.actor(), action="update", entity="household_member")[0]
    assert (entry.summary, entry.reason) == ("李娜离户", "分户另立")
    entries = [e for e in services.residents.timeline(clerk, wife.id) if e.kind == "household"]
    assert [(e.title, e.detail) for e in entries] == [
        ("离户：南京市鼓楼区侨鸿花园3幢1单元302室", "分户另立"),
        ("入户：南京市鼓楼区侨鸿花园3幢1单元302室（妻）", ""),
    ]
    # And she may join another household now
    services.households.add_member(clerk, hh.id, wife.id, "12")


def test_given_a_bad_leaving_then_refused_and_nothing_changes(services, staff, couple):
    clerk = staff["reception"]
    wife, husband = couple["wife"], couple["husband"]
    member = couple["member"][wife.id]

    def fault(member_id, on):
        with pytest.raises(ValidationError) as info:
            services.households.end_member(clerk, member_id, on)
        return info.value.field, info.value.code

    assert fault(member, date.today() + timedelta(days=1)) == ("left_on", "in_future")
    assert fault(member, date.today() - timedelta(days=1)) == ("left_on", "before_joined")  # joined today
    # the householder (GB/T 4761 "02") cannot leave the others without one
    assert fault(couple["member"][husband.id], date.today()) == ("member_id", "householder_leaves")
    households = services.residents.get_person(clerk, wife.id).households
    assert households and all(h.left_on is None for h in households)
    # once the others have gone, the householder may leave too; leaving twice is a stale screen
    services.households.end_member(clerk, member, date.today())
    services.households.end_member(clerk, couple["member"][husband.id], date.today())
    with pytest.raises(Conflict):
        services.households.end_member(clerk, member, date.today())
    with pytest.raises(PermissionDenied):
        services.households.end_member(staff["mediator"], member, date.today())


# -- changing the householder (户主变更) ---------------------------------------------------------------------

SON = cid("32010220100101101")  # male, 2010-01-01


@pytest.fixture
def family(services, staff, couple):
    """The couple and their son 张小明 (子, relative to 张伟 the householder)."""
    clerk = staff["reception"]
    son = person(services, clerk, name="张小明", id_number=SON, phone=None)
    hh = services.households.add_member(clerk, couple["household"].id, son.id, "20")
    return couple | {"son": son, "household": hh, "member": {m.person_id: m.id for m in hh.members}}


def versions(hh):
    return {m.id: m.version for m in hh.members if m.left_on is None}


def relations(hh):
    return [(m.name, m.relation, m.left_on) for m in hh.members]


def household_titles(services, actor, person_id):
    return [
        (e.title, e.detail) for e in services.residents.timeline(actor, person_id) if e.kind == "household"
    ]


ADDRESS = "南京市鼓楼区侨鸿花园3幢1单元302室"


def test_given_the_householder_died_when_the_wife_becomes_householder_then_relations_audit_and_timelines(
    services, staff, admin, family
):
    clerk = staff["reception"]
    hh, husband, wife, son = family["household"], family["husband"], family["wife"], family["son"]
    # When 李娜 becomes householder and 张伟 becomes her husband (11 夫)
    hh = services.households.change_householder(
        clerk, hh.id, versions(hh), family["member"][wife.id], "11", date.today(), " 原户主去世 "
    )
    # Then she is 户主, he is 夫, and the son keeps his code (relative to the old householder)
    assert relations(hh) == [("李娜", "户主", None), ("张伟", "夫", None), ("张小明", "子", None)]
    (link,) = services.residents.get_person(clerk, husband.id).households
    assert (link.relation_code, link.relation) == ("11", "夫")
    # And the audit has the relations before -> after and the reason
    entry = services.audit.search(admin.actor(), action="update", entity="household")[0]
    assert (entry.entity_id, entry.summary, entry.reason) == (hh.id, "户主变更：张伟→李娜", "原户主去世")
    before, after = json.loads(entry.before), json.loads(entry.after)
    assert before["relations"] == {str(wife.id): "12", str(husband.id): "02"}
    assert after["relations"] == {str(wife.id): "02", str(husband.id): "11"}
    assert after["changed_on"] == date.today().isoformat()
    # And both timelines show it, above the joining, which keeps the relation they joined with
    change = (f"户主变更：{ADDRESS}（张伟 → 李娜）", "原户主去世")
    assert household_titles(services, clerk, wife.id) == [change, (f"入户：{ADDRESS}（妻）", "")]
    assert household_titles(services, clerk, husband.id) == [change, (f"入户：{ADDRESS}（户主）", "")]
    assert household_titles(services, clerk, son.id) == [(f"入户：{ADDRESS}（子）", "")]
    # And now the old householder may leave while the others stay; the household keeps its 户主
    hh = services.households.end_member(clerk, family["member"][husband.id], date.today(), "去世")
    assert relations(hh) == [("李娜", "户主", None), ("张小明", "子", None), ("张伟", "夫", date.today())]
    assert household_titles(services, clerk, husband.id)[0] == (f"离户：{ADDRESS}", "去世")


def test_given_a_bad_change_of_householder_then_refused_at_the_field_and_nothing_changes(
    services, staff, admin, grid, family
):
    clerk = staff["reception"]
    hh, husband, wife, son = family["household"], family["husband"], family["wife"], family["son"]
    member = family["member"]
    # a household next door, with its own householder
    addr = services.addresses.create_address(clerk, grid.id, "侨鸿花园3幢", "1单元", "401")
    neighbour = person(services, clerk, name="赵六", id_type="passport", id_number="E11112222", phone=None)
    other = services.households.create_household(clerk, addr.id, members=[(neighbour.id, "02")])
    today, seen = date.today(), versions(hh)

    def fault(new_id=member[wife.id], relation="11", on=today, reason="原户主去世", actor=clerk):
        with pytest.raises(ValidationError) as info:
            services.households.change_householder(actor, hh.id, seen, new_id, relation, on, reason)
        return info.value.field, info.value.code

    assert fault(new_id=other.members[0].id) == ("new_householder", "not_in_household")
    assert fault(new_id=member[husband.id]) == ("new_householder", "already_householder")
    assert fault(relation="02") == ("old_relation", "householder_relation")
    assert fault(relation="01") == ("old_relation", "householder_relation")
    assert fault(relation="舅舅的朋友") == ("old_relation", "unknown_relation")
    assert fault(relation="") == ("old_relation", "required")
    assert fault(on=today + timedelta(days=1)) == ("changed_on", "in_future")
    assert fault(on=today - timedelta(days=1)) == ("changed_on", "before_joined")  # she joined today
    assert fault(reason="  ") == ("reason", "required")
    with pytest.raises(PermissionDenied):
        fault(actor=staff["mediator"])
    # a member who has left cannot become householder
    services.households.end_member(clerk, member[son.id], today, "上大学")
    hh_now = services.households.get_household(clerk, hh.id)
    with pytest.raises(ValidationError) as info:
        services.households.change_householder(
            clerk, hh.id, versions(hh_now), member[son.id], "11", today, "原户主去世"
        )
    assert (info.value.field, info.value.code) == ("new_householder", "member_left")
    # nothing changed by any of these
    assert relations(services.households.get_household(clerk, hh.id)) == [
        ("张伟", "户主", None),
        ("李娜", "妻", None),
        ("张小明", "子", today),
    ]
    assert services.audit.search(admin.actor(), action="update", entity="household") == []


def test_given_two_pcs_when_the_household_changed_meanwhile_then_the_change_of_householder_is_a_conflict(
    services, staff, family
):
    clerk = staff["reception"]
    hh, wife, son = family["household"], family["wife"], family["son"]
    seen = versions(hh)
    # another PC corrected the son's relation meanwhile: this screen is stale
    services.households.update_member_relation(
        clerk, family["member"][son.id], seen[family["member"][son.id]], "21"
    )
    with pytest.raises(Conflict):
        services.households.change_householder(
            clerk, hh.id, seen, family["member"][wife.id], "11", date.today(), "原户主去世"
        )
    # a member who joined meanwhile, too
    hh = services.households.get_household(clerk, hh.id)
    seen = versions(hh)
    lodger = person(services, clerk, name="赵六", id_type="passport", id_number="E11112222", phone=None)
    services.households.add_member(clerk, hh.id, lodger.id, "99")
    with pytest.raises(Conflict):
        services.households.change_householder(
            clerk, hh.id, seen, family["member"][wife.id], "11", date.today(), "原户主去世"
        )
    assert [m.relation for m in services.households.get_household(clerk, hh.id).members][0] == "户主"
    # with the screen reloaded it goes through
    hh = services.households.get_household(clerk, hh.id)
    hh = services.households.change_householder(
        clerk, hh.id, versions(hh), family["member"][wife.id], "11", date.today(), "家庭商定"
    )
    assert [(m.name, m.relation_code) for m in hh.members if m.relation_code == "02"] == [("李娜", "02")]


def test_given_a_new_householder_when_a_relation_is_corrected_then_audited_and_on_the_timeline(
    services, staff, admin, family
):
    clerk = staff["reception"]
    hh, wife, son = family["household"], family["wife"], family["son"]
    member = family["member"]
    hh = services.households.change_householder(
        clerk, hh.id, versions(hh), member[son.id], "51", date.today(), "家庭商定"
    )
    # the son is householder now; his mother is still "妻" (of the old householder): corrected to 母亲
    wife_m = next(m for m in hh.members if m.person_id == wife.id)
    hh = services.households.update_member_relation(clerk, wife_m.id, wife_m.version, "母亲")
    assert relations(hh) == [("张小明", "户主", None), ("张伟", "父亲", None), ("李娜", "母亲", None)]
    entry = services.audit.search(admin.actor(), action="update", entity="household_member")[0]
    assert entry.summary == "李娜与户主关系：妻→母亲"
    assert json.loads(entry.before)["relation_code"] == "12"
    assert json.loads(entry.after)["relation_code"] == "52"
    assert household_titles(services, clerk, wife.id)[0] == (f"与户主关系更正：{ADDRESS}（妻 → 母亲）", "")
    # the same relation again: nothing to record
    wife_m = next(m for m in hh.members if m.person_id == wife.id)
    services.households.update_member_relation(clerk, wife_m.id, wife_m.version, "52")
    assert services.audit.search(admin.actor(), action="update", entity="household_member")[0].id == entry.id

    def fault(member_id, version, relation, actor=clerk):
        with pytest.raises(ValidationError) as info:
            services.households.update_member_relation(actor, member_id, version, relation)
        return info.value.field, info.value.code

    son_m = next(m for m in hh.members if m.person_id == son.id)
    assert fault(son_m.id, son_m.version, "20") == ("member_id", "is_householder")
    assert fault(wife_m.id, wife_m.version, "02") == ("relation_code", "householder_relation")
    assert fault(wife_m.id, wife_m.version, "邻居") == ("relation_code", "unknown_relation")
    with pytest.raises(Conflict):  # a stale screen
        services.households.update_member_relation(clerk, wife_m.id, wife_m.version - 1, "10")
    with pytest.raises(PermissionDenied):
        services.households.update_member_relation(staff["mediator"], wife_m.id, wife_m.version, "10")
    hh = services.households.end_member(clerk, wife_m.id, date.today())
    wife_m = next(m for m in hh.members if m.person_id == wife.id)
    assert fault(wife_m.id, wife_m.version, "10") == ("member_id", "member_left")


# -- the timeline names changed fields -------------------------------------------------------------------


def test_given_an_edit_then_the_timeline_lists_the_changed_fields_with_masked_values_and_codes(
    services, staff, grid
):
    clerk = staff["reception"]
    addr = services.addresses.create_address(clerk, grid.id, "侨鸿花园3幢", "1单元", "302")
    p = person(services, clerk)
    inp = validate_person(
        {
            "name": "张伟",
            "id_number": ZHANG_WEI,
            "phone": "13900001111",
            "employer": "甲公司",
            "resident_type": "流动人口",
            "ethnic_code": "回族",
            "address_id": addr.id,
        }
    )
    services.residents.update_person(clerk, p.id, p.version, inp)
    (change,) = [e for e in services.residents.timeline(clerk, p.id) if e.title.startswith("档案修改")]
    # Then field keys in the form's order (the view labels them), codes as codes, the phone masked,
    # the address as its text
    assert [(c.field, c.before, c.after) for c in change.changes] == [
        ("ethnic_code", None, "03"),
        ("phone", "138****5678", "139****1111"),
        ("resident_type", "registered", "floating"),
        ("address_id", None, "南京市鼓楼区侨鸿花园3幢1单元302室"),
        ("employer", None, "甲公司"),
    ]
    assert change.detail == ""


# -- every view of key-group data is audited --------------------------------------------------------------


def views(services, admin):
    return services.audit.search(admin.actor(), action="view")


def test_given_police_opening_a_member_then_one_view_entry_naming_person_and_memberships(
    services, staff, admin, register
):
    police = staff["police"]
    p, other = register["张伟"], register["李娜"]
    m = services.key_groups.add_membership(
        police,
        p.id,
        group(services, police, "community_correction").id,
        start_on=date(2025, 1, 1),
        worker_id=None,
    )
    # When the record is opened (the page reads the person and the timeline), then one entry
    services.residents.get_person(police, p.id)
    services.residents.timeline(police, p.id)
    (entry,) = views(services, admin)
    assert (entry.username, entry.entity, entry.entity_id) == ("minjing", "person", p.id)
    assert json.loads(entry.after) == {"membership_ids": [m.id]}
    assert "社区矫正" not in entry.summary + entry.after and "张伟" not in entry.summary  # ids only
    # And re-reading within the window (after each change the page reloads) adds none
    services.residents.get_person(police, p.id)
    services.key_groups.memberships_of(police, p.id)
    assert len(views(services, admin)) == 1
    # A person without memberships: nothing to log
    services.residents.get_person(police, other.id)
    services.residents.timeline(police, other.id)
    assert len(views(services, admin)) == 1
    # Another user seeing the same member: their own entry
    services.residents.get_person(staff["director"], p.id)
    assert [e.username for e in views(services, admin)] == ["zhuren", "minjing"]


def test_given_a_clerk_without_key_group_rights_then_no_memberships_and_no_view_entry(
    services, staff, admin, register
):
    police = staff["police"]
    p = register["张伟"]
    services.key_groups.add_membership(
        police,
        p.id,
        group(services, police, "community_correction").id,
        start_on=date(2025, 1, 1),
        worker_id=None,
    )
    assert services.residents.get_person(staff["reception"], p.id).memberships is None
    assert services.key_groups.memberships_of(staff["reception"], p.id) is None
    services.residents.timeline(staff["reception"], p.id)
    assert views(services, admin) == []


def test_given_follow_ups_and_the_due_list_read_then_each_read_is_one_view_entry(
    services, staff, admin, register
):
    police = staff["police"]
    p = register["张伟"]
    m = services.key_groups.add_membership(
        police,
        p.id,
        group(services, police, "mental_disorder").id,
        start_on=date.today() - timedelta(days=30),
        worker_id=police.id,
        risk_level=4,
    )
    services.key_groups.record_follow_up(police, m.id, done_on=date.today() - timedelta(days=20), way="phone")
    assert len(services.key_groups.follow_ups(police, m.id)) == 1
    (entry,) = views(services, admin)
    assert (entry.entity, entry.entity_id, json.loads(entry.after)) == (
        "key_group_membership",
        m.id,
        {"person_id": p.id, "count": 1},
    )
    # the due list: one entry per load with the count, not one per row
    assert len(services.key_groups.due_follow_ups(staff["director"], within_days=30)) == 1
    due = views(services, admin)[0]
    assert (due.username, due.entity, due.entity_id) == ("zhuren", "key_group_membership", None)
    assert json.loads(due.after) == {"count": 1, "membership_ids": [m.id]}
    # an empty list names nobody: no entry
    assert services.key_groups.due_follow_ups(staff["mediator"]) == []
    assert services.key_groups.due_follow_ups(staff["reception"]) == []
    assert len(views(services, admin)) == 2


def test_given_readers_logging_views_while_the_writer_writes_then_the_audit_chain_stays_whole(
    services, staff, admin, register
):
    """The page reads on two reader threads; a read that shows key-group data now appends to the audit
    chain while the writer thread appends too. Each append must link to the one before it."""
    police = staff["police"]
    youth = group(services, police, "key_youth")
    people = [
        person(
            services,
            staff["reception"],
            name=f"王{i}",
            id_type="passport",
            id_number=f"E7000{i:04d}",
            phone=None,
        )
        for i in range(24)
    ]
    for p in people:
        services.key_groups.add_membership(police, p.id, youth.id, start_on=date(2025, 1, 1), worker_id=None)
    viewers = [staff["police"], staff["director"]]

    def read(k):
        for p in people[k::2]:
            for viewer in viewers:
                services.residents.get_person(viewer, p.id)

    def write():
        for i, p in enumerate(people):
            services.residents.reveal(police, p.id, f"核对{i}")

    with ThreadPoolExecutor(max_workers=3) as pool:
        for f in [pool.submit(read, 0), pool.submit(read, 1), pool.submit(write)]:
            f.result()
    assert len(views(services, admin)) == 2 * len(people)
    verdict = services.audit.verify(admin.actor())
    assert verdict.ok, verdict
