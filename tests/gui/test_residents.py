"""The residents room as a user drives it (pytest-qt), on a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop.services.core.id_numbers import check_digit
from desktop.services.residents.resident_service import validate_person
from desktop.views.common.qt_setup import install_translator
from desktop.views.residents.follow_ups_page import FollowUpsPage
from desktop.views.residents.forms import MESSAGES
from desktop.views.residents.person_table_model import PAGE, PersonTableModel, window_args
from tests.gui.conftest import cell, ime_type


def cid(first17: str) -> str:
    return first17 + check_digit(first17)


ZHANG_WEI = cid("32010219800307123")
LI_NA = cid("32010619850615242")


from tests.gui.conftest import make_actor, open_dialog  # noqa: E402


def fill_person(qtbot, dlg, name: str, id_type: str, number: str, **extra) -> None:
    ime_type(dlg.name, name)
    dlg.id_type.setCurrentIndex(dlg.id_type.findData(id_type))
    qtbot.keyClicks(dlg.id_number, number)
    for field, value in extra.items():
        qtbot.keyClicks(getattr(dlg, field), value)


def test_given_a_clerk_when_registering_a_person_by_citizen_id_then_birth_and_sex_fill_in_and_the_list_masks(
    qtbot, services, make_page
):
    page = make_page("reception")
    qtbot.waitUntil(lambda: page.count_label.text() != "")
    dlg = open_dialog(qtbot, page, page.new_person_button)
    fill_person(qtbot, dlg, "张伟", "resident_id", ZHANG_WEI, phone="13812345678")
    # Then what the number says shows while typing
    assert dlg.birth_date.text() == "1980-03-07"
    assert dlg.sex.currentData() == "1"
    assert "江苏省南京市玄武区" in dlg.id_facts.text()
    dlg.save_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    qtbot.waitUntil(lambda: page.detail_name.text() == "张伟")
    assert page.id_number_label.text().endswith("3201**********1234")
    assert page.phone_label.text() == "138****5678"
    assert page.model.data(page.model.index(0, PersonTableModel.COL_ID)) == "3201**********1234"
    # a clerk has no right to the full number: no "show" button
    assert not page.reveal_button.isVisible()


@pytest.mark.parametrize(
    ("id_type", "number", "masked_end"),
    [
        ("passport", "E12345678", "78"),
        ("hk_macao_permit", "H1234567890", "90"),
        ("taiwan_permit", "87654321", "21"),
        ("foreigner_pr", "USA123456789012", "9012"),
        ("other", "JG2024001", "01"),
    ],
)
def test_given_each_other_id_type_when_registered_then_found_by_search(
    qtbot, services, make_page, id_type, number, masked_end
):
    page = make_page("reception")
    dlg = open_dialog(qtbot, page, page.new_person_button)
    fill_person(qtbot, dlg, "Anna Schmidt", id_type, number, birth_date="1990-05-01")
    dlg.sex.setCurrentIndex(dlg.sex.findData("2"))
    dlg.resident_type.setCurrentIndex(dlg.resident_type.findData("overseas"))
    dlg.save_button.click()
    qtbot.waitUntil(lambda: not dlg.isVisible())
    qtbot.keyClicks(page.search, "as")  # pinyin-style initials work for Latin names too
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.row_at(0) is not None)
    row = page.model.row_at(0)
    assert row.name == "Anna Schmidt" and row.id_type == id_type and row.id_number.endswith(masked_end)
    assert number not in row.id_number


def test_given_a_bad_citizen_id_when_saving_then_the_field_is_marked(qtbot, services, make_page):
    page = make_page("reception")
    dlg = open_dialog(qtbot, page, page.new_person_button)
    fill_person(qtbot, dlg, "张伟", "resident_id", ZHANG_WEI[:-1] + "0")
    dlg.save_button.click()
    qtbot.waitUntil(lambda: dlg.error.text() != "")
    assert "b00020" in dlg.id_number.styleSheet()
    assert dlg.isVisible()


def test_given_someone_alike_when_registering_then_asked_first_and_saved_on_yes(qtbot, services, make_page):
    page = make_page("reception")
    services.residents.create_person(
        page.ctx.actor,
        validate_person(
            {"name": "李娜", "id_type": "passport", "id_number": "E0001", "phone": "13900001111"}
        ),
    )
    dlg = open_dialog(qtbot, page, page.new_person_button)
    fill_person(qtbot, dlg, "李娜", "passport", "E0002", phone="13900001111")
    dlg.save_button.click()
    qtbot.waitUntil(lambda: dlg.duplicate_box is not None and dlg.duplicate_box.isVisible())
    assert "E0*01" in dlg.duplicate_box.text()
    dlg.duplicate_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: not dlg.isVisible())
    assert services.residents.count_people(page.ctx.actor) == 2


def test_given_two_residents_when_registering_their_household_then_each_record_shows_it(
    qtbot, services, make_page
):
    page = make_page("reception")
    actor = page.ctx.actor
    services.addresses.create_grid(actor, "WG001", "第一网格")
    husband = services.residents.create_person(
        actor, validate_person({"name": "张伟", "id_number": ZHANG_WEI})
    )
    services.residents.create_person(
        actor, validate_person({"name": "李娜", "id_number": cid("32010619850615242")})
    )
    dlg = open_dialog(qtbot, page, page.new_household_button)
    qtbot.waitUntil(lambda: dlg.grid.count() == 1)
    ime_type(dlg.building, "侨鸿花园3幢")
    ime_type(dlg.unit, "1单元")
    qtbot.keyClicks(dlg.room, "302")
    for name, relation in (("张伟", "02"), ("李娜", "12")):
        dlg.member_search.clear()
        ime_type(dlg.member_search, name)
        qtbot.waitUntil(
            lambda name=name: dlg.member_choice.count() >= 1 and name in dlg.member_choice.itemText(0)
        )
        dlg.relation.setCurrentIndex(dlg.relation.findData(relation))
        dlg.add_member_button.click()
    assert dlg.members.count() == 2
    dlg.save_button.click()
    qtbot.waitUntil(lambda: not dlg.isVisible())
    page.show_person(husband.id)
    qtbot.waitUntil(lambda: "户主" in page.households.text())
    assert "南京市鼓楼区侨鸿花园3幢1单元302室" in page.households.text()
    ime_type(page.search, "侨鸿3幢302")  # found by address too
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)


def test_given_police_when_adding_a_psychiatric_patient_at_risk_2_then_next_follow_up_in_two_weeks(
    qtbot, services, make_page
):
    page = make_page("police")
    p = services.residents.create_person(
        page.ctx.actor, validate_person({"name": "张伟", "id_number": ZHANG_WEI})
    )
    page.show_person(p.id)
    qtbot.waitUntil(lambda: page.key_group_box.isVisible() and page.person is not None)
    assert page.memberships.count() == 0
    dlg = open_dialog(qtbot, page, page.add_membership_button)
    qtbot.waitUntil(lambda: dlg.key_group.count() > 0 and dlg.worker.count() > 0)
    dlg.key_group.setCurrentIndex(dlg.key_group.findText("严重精神障碍患者"))
    assert dlg.risk_level.isEnabled()
    dlg.risk_level.setValue(2)
    dlg.start_on.setText("2025-03-03")
    dlg.save_button.click()
    qtbot.waitUntil(lambda: page.memberships.count() == 1)
    text = page.memberships.item(0).text()
    assert "严重精神障碍患者" in text and "2" in text and "2025-03-17" in text
    # a follow-up found the condition stable: the next one three months on
    page.memberships.setCurrentRow(0)
    assert page.follow_up_button.isEnabled()
    fdlg = open_dialog(qtbot, page, page.follow_up_button)
    fdlg.done_on.setText("2025-03-17")
    ime_type(fdlg.findings, "服药规律，情绪稳定")
    fdlg.save_button.click()
    qtbot.waitUntil(lambda: page.memberships.count() == 1 and "2025-06-17" in page.memberships.item(0).text())
    qtbot.waitUntil(lambda: any("随访" in page.timeline.item(i).text() for i in range(page.timeline.count())))


def test_given_a_key_group_member_then_a_clerk_does_not_even_see_the_key_group_box(
    qtbot, services, make_page
):
    police = make_actor(services, "minjing", "张警官", "police")
    p = services.residents.create_person(police, validate_person({"name": "张伟", "id_number": ZHANG_WEI}))
    group = next(g for g in services.key_groups.list_key_groups(police) if g.code == "community_correction")
    services.key_groups.add_membership(police, p.id, group.id, start_on=date(2025, 1, 1), worker_id=police.id)
    page = make_page("reception")
    page.show_person(p.id)
    qtbot.waitUntil(lambda: page.person is not None)
    assert not page.key_group_box.isVisible()
    assert page.timeline.count() > 0  # the timeline is shown, without the membership
    assert all("社区矫正" not in page.timeline.item(i).text() for i in range(page.timeline.count()))


def test_given_police_when_showing_the_full_number_then_a_reason_is_asked_and_audited(
    qtbot, services, make_page, admin
):
    page = make_page("police")
    p = services.residents.create_person(
        page.ctx.actor, validate_person({"name": "张伟", "id_number": ZHANG_WEI, "phone": "13812345678"})
    )
    page.show_person(p.id)
    qtbot.waitUntil(lambda: page.person is not None)
    assert page.id_number_label.text().endswith("3201**********1234")
    assert page.reveal_button.isVisible()
    dlg = open_dialog(qtbot, page, page.reveal_button)
    assert not dlg.ok_button.isEnabled()  # no reason, no number
    ime_type(dlg.reason, "核实来访人身份")
    assert dlg.ok_button.isEnabled()
    dlg.ok_button.click()
    qtbot.waitUntil(lambda: page.id_number_label.text().endswith(ZHANG_WEI))
    assert page.phone_label.text() == "13812345678"
    entry = services.audit.search(admin.actor(), action="reveal")[0]
    assert (entry.entity_id, entry.reason) == (p.id, "核实来访人身份")


def test_given_due_follow_ups_then_the_director_sees_them_with_the_overdue_in_red(
    qtbot, services, make_page, admin
):
    police = make_actor(services, "minjing", "张警官", "police")
    p = services.residents.create_person(police, validate_person({"name": "张伟", "id_number": ZHANG_WEI}))
    group = next(g for g in services.key_groups.list_key_groups(police) if g.code == "mental_disorder")
    start = date.today() - timedelta(days=30)
    services.key_groups.add_membership(
        police, p.id, group.id, start_on=start, worker_id=police.id, risk_level=4
    )
    page = make_page("director", FollowUpsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert cell(page.due_list, 0, 2) == "张伟"
    assert cell(page.due_list, 0, 1) == "16"  # due at start + 14 days
    # the list names a key-group member: its load is in the audit log, once, with the count
    (entry,) = services.audit.search(admin.actor(), action="view")
    assert (entry.username, entry.entity_id, json.loads(entry.after)["count"]) == (
        page.ctx.actor.username,
        None,
        1,
    )


# -- the list model over a million rows, without a database ------------------------------------------------


class FakeRegister:
    """A million people with ids 1..N; counts what the model asks for."""

    def __init__(self, n: int):
        from desktop.services.residents.dto import PersonRow

        self.n = n
        self.calls: list[tuple] = []
        self.row = lambda i: PersonRow(
            i, f"居民{i}", "1", None, "resident_id", "3201**********0000", "", "registered", "", None
        )

    def fetch(self, after_id, before_id, offset, limit):
        self.calls.append((after_id, before_id, offset, limit))
        if before_id is not None:
            top = self.n if before_id < 0 else before_id - 1
            ids = list(range(top - offset, 0, -1))[:limit][::-1]
        else:
            start = (after_id or 0) + 1 + offset
            ids = list(range(start, min(self.n, start + limit - 1) + 1))
        return [self.row(i) for i in ids]


def test_given_a_million_rows_when_jumping_to_the_end_then_only_the_last_page_is_fetched(qtbot):
    reg = FakeRegister(1_000_000)
    model = PersonTableModel()
    fetch = lambda w: reg.fetch(**window_args(w))  # noqa: E731 - as the page asks the service
    model.set_source(reg.n, fetch, lambda job, done: done(job()), reg.fetch(None, None, 0, PAGE))
    assert model.rowCount() == 1_000_000
    assert model.data(model.index(999_999, PersonTableModel.COL_NAME)) == "居民1000000"
    assert reg.calls[-1] == (None, -1, 0, PAGE)  # from the end, not OFFSET 999,800
    # the page before the last one: keyset from the last page's first id
    assert model.data(model.index(999_999 - PAGE, PersonTableModel.COL_NAME)) == f"居民{1_000_000 - PAGE}"
    assert reg.calls[-1][1] == 1_000_000 - PAGE + 1
    # the middle: one page, and what is kept stays bounded
    assert model.data(model.index(500_123, 0)) == "居民500124"
    for k in range(100):
        model.data(model.index(k * PAGE * 10, 0))
    assert len(model.loaded_pages()) <= 60


def test_given_a_resident_moving_away_when_recorded_then_marked_moved_out_and_kept(
    qtbot, services, make_page
):
    page = make_page("police")
    p = services.residents.create_person(
        page.ctx.actor, validate_person({"name": "张伟", "id_number": ZHANG_WEI})
    )
    kg = next(g for g in services.key_groups.list_key_groups(page.ctx.actor) if g.name == "社区矫正人员")
    services.key_groups.add_membership(
        page.ctx.actor, p.id, kg.id, start_on=date(2025, 1, 6), worker_id=page.ctx.actor.id
    )
    page.show_person(p.id)
    qtbot.waitUntil(lambda: page.person is not None and page.memberships.count() == 1)
    # the correction ended: the membership closes with a date and a reason
    page.memberships.setCurrentRow(0)
    dlg = open_dialog(qtbot, page, page.end_membership_button)
    dlg.save_button.click()  # no reason: refused at the field
    qtbot.waitUntil(lambda: dlg.error.text() != "")
    assert "b00020" in dlg.reason.styleSheet()
    ime_type(dlg.reason, "矫正期满解除")
    dlg.save_button.click()
    qtbot.waitUntil(lambda: not dlg.isVisible())
    qtbot.waitUntil(lambda: page.memberships.count() == 1 and not page.end_membership_button.isEnabled())
    # then the person moves out: the record stays, marked, and the button is spent
    dlg = open_dialog(qtbot, page, page.move_out_button)
    ime_type(dlg.reason, "迁往上海")
    dlg.save_button.click()
    qtbot.waitUntil(lambda: page.person is not None and page.person.moved_out_on is not None)
    assert not page.move_out_button.isEnabled()
    assert services.residents.get_person(page.ctx.actor, p.id).moved_out_on == date.today()


# -- leaving a household -----------------------------------------------------------------------------------


def register_couple(services, actor):
    """张伟 (户主) and 李娜 (妻) in one household at 侨鸿花园3幢1单元302, joined today."""
    grid = services.addresses.create_grid(actor, "WG001", "第一网格")
    addr = services.addresses.create_address(actor, grid.id, "侨鸿花园3幢", "1单元", "302")
    husband = services.residents.create_person(
        actor, validate_person({"name": "张伟", "id_number": ZHANG_WEI})
    )
    wife = services.residents.create_person(actor, validate_person({"name": "李娜", "id_number": LI_NA}))
    services.households.create_household(actor, addr.id, members=[(husband.id, "02"), (wife.id, "12")])
    return husband, wife


def timeline_texts(page) -> list[str]:
    return [page.timeline.item(i).text() for i in range(page.timeline.count())]


def show(qtbot, page, person_id: int) -> None:
    page.show_person(person_id)
    qtbot.waitUntil(lambda: page.person is not None and page.person.id == person_id)


def test_given_a_wife_in_a_household_when_removed_with_the_dialog_then_shown_as_left_and_on_her_timeline(
    qtbot, services, make_page
):
    page = make_page("reception")
    _husband, wife = register_couple(services, page.ctx.actor)
    show(qtbot, page, wife.id)
    assert page.remove_from_household_button.isVisible() and page.remove_from_household_button.isEnabled()
    dlg = open_dialog(qtbot, page, page.remove_from_household_button)
    # the dialog says which household, and proposes today
    assert "侨鸿花园3幢1单元302室" in dlg.household_note.text() and "妻" in dlg.household_note.text()
    assert dlg.left_on.value() == date.today()
    ime_type(dlg.reason, "分户另立")
    dlg.save_button.click()
    qtbot.waitUntil(lambda: not dlg.isVisible())
    # Then her record shows the household as left on today, and there is nothing left to remove
    today = date.today().isoformat()
    qtbot.waitUntil(lambda: today in page.households.text())
    assert "侨鸿花园3幢1单元302室 · 妻" in page.households.text()
    assert not page.remove_from_household_button.isEnabled()
    # And her timeline has the leaving, with the reason
    qtbot.waitUntil(lambda: any("离户" in t and "分户另立" in t for t in timeline_texts(page)))
    # And the household keeps her, with the date
    (link,) = services.residents.get_person(page.ctx.actor, wife.id).households
    members = services.households.get_household(page.ctx.actor, link.household_id).members
    assert [(m.name, m.left_on) for m in members] == [("张伟", None), ("李娜", date.today())]


def test_given_a_date_in_the_future_when_removing_then_refused_at_the_field_and_nothing_saved(
    qtbot, services, make_page
):
    page = make_page("reception")
    _husband, wife = register_couple(services, page.ctx.actor)
    show(qtbot, page, wife.id)
    dlg = open_dialog(qtbot, page, page.remove_from_household_button)
    dlg.left_on.set_value(date.today() + timedelta(days=1))
    dlg.save_button.click()
    qtbot.waitUntil(lambda: dlg.error.text() != "")
    assert dlg.error.text() == "该日期晚于今天。"
    assert "b00020" in dlg.left_on.styleSheet()
    assert dlg.isVisible() and dlg.save_button.isEnabled()
    assert [h.left_on for h in services.residents.get_person(page.ctx.actor, wife.id).households] == [None]


def test_given_the_householder_with_family_when_removing_then_asked_to_choose_a_new_one_first(
    qtbot, services, make_page
):
    page = make_page("reception")
    husband, _wife = register_couple(services, page.ctx.actor)
    show(qtbot, page, husband.id)
    dlg = open_dialog(qtbot, page, page.remove_from_household_button)
    dlg.save_button.click()
    qtbot.waitUntil(lambda: dlg.error.text() != "")
    assert dlg.error.text() == QCoreApplication.translate("ResidentErrors", MESSAGES["householder_leaves"])
    assert dlg.isVisible()
    assert [h.left_on for h in services.residents.get_person(page.ctx.actor, husband.id).households] == [None]


def test_given_the_householder_when_removed_then_refused_and_after_changing_the_householder_he_may_leave(
    qtbot, services, make_page
):
    page = make_page("reception")
    husband, wife = register_couple(services, page.ctx.actor)
    show(qtbot, page, husband.id)
    # Given 张伟 is the householder with his wife: removing him is refused with the reason
    dlg = open_dialog(qtbot, page, page.remove_from_household_button)
    dlg.save_button.click()
    qtbot.waitUntil(lambda: dlg.error.text() != "")
    assert dlg.error.text() == QCoreApplication.translate("ResidentErrors", MESSAGES["householder_leaves"])
    dlg.cancel_button.click()
    # When the user changes the householder: 李娜 is proposed, today, and the others' relations are told
    qtbot.waitUntil(lambda: page.change_householder_button.isEnabled())
    dlg = open_dialog(qtbot, page, page.change_householder_button)
    assert dlg.new_householder.currentText() == "李娜（妻）"
    assert dlg.changed_on.value() == date.today()
    assert "张伟" in dlg.householder_note.text()
    ime_type(dlg.reason, "原户主去世")
    dlg.save_button.click()  # his new relation not chosen: refused at that field
    qtbot.waitUntil(lambda: dlg.error.text() != "")
    assert "b00020" in dlg.old_relation.styleSheet() and dlg.isVisible()
    dlg.old_relation.setCurrentIndex(dlg.old_relation.findData("11"))
    dlg.save_button.click()
    qtbot.waitUntil(lambda: not dlg.isVisible())
    # Then his record shows him as 夫 in her household, and the change on his timeline
    qtbot.waitUntil(lambda: "侨鸿花园3幢1单元302室 · 夫" in page.households.text())
    assert "李娜" in page.households.text()
    qtbot.waitUntil(lambda: any("户主变更" in t and "原户主去世" in t for t in timeline_texts(page)))
    # And now he may leave
    dlg = open_dialog(qtbot, page, page.remove_from_household_button)
    ime_type(dlg.reason, "去世")
    dlg.save_button.click()
    qtbot.waitUntil(lambda: not dlg.isVisible())
    qtbot.waitUntil(lambda: date.today().isoformat() in page.households.text())
    assert not page.change_householder_button.isEnabled()
    # And the household shows 李娜 as its 户主
    show(qtbot, page, wife.id)
    qtbot.waitUntil(lambda: "侨鸿花园3幢1单元302室 · 户主" in page.households.text())
    (link,) = services.residents.get_person(page.ctx.actor, wife.id).households
    members = services.households.get_household(page.ctx.actor, link.household_id).members
    assert [(m.name, m.relation, m.left_on) for m in members] == [
        ("李娜", "户主", None),
        ("张伟", "夫", date.today()),
    ]
    # alone in the household now: no one to hand over to, no one whose relation to correct
    assert not page.change_householder_button.isEnabled()
    assert not page.change_relation_button.isEnabled()


def test_given_a_new_householder_when_correcting_a_relation_with_the_dialog_then_shown_and_on_the_timeline(
    qtbot, services, make_page
):
    page = make_page("reception")
    husband, wife = register_couple(services, page.ctx.actor)
    (link,) = services.residents.get_person(page.ctx.actor, wife.id).households
    hh = services.households.get_household(page.ctx.actor, link.household_id)
    services.households.change_householder(
        page.ctx.actor,
        hh.id,
        {m.id: m.version for m in hh.members},
        link.member_id,
        "11",
        date.today(),
        "家庭商定",
    )
    show(qtbot, page, husband.id)
    qtbot.waitUntil(lambda: page.change_relation_button.isEnabled())
    dlg = open_dialog(qtbot, page, page.change_relation_button)
    # his own membership is proposed, with his relation now
    assert dlg.member_id.currentText() == "张伟"
    assert dlg.relation_code.currentData() == "11"
    dlg.relation_code.setCurrentIndex(dlg.relation_code.findData("10"))
    dlg.save_button.click()
    qtbot.waitUntil(lambda: not dlg.isVisible())
    qtbot.waitUntil(lambda: "侨鸿花园3幢1单元302室 · 配偶" in page.households.text())
    qtbot.waitUntil(lambda: any("与户主关系更正" in t and "夫 → 配偶" in t for t in timeline_texts(page)))


# -- the timeline in the user's words ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "labels"),
    [
        ("zh_CN", ["联系电话", "工作单位", "人口类型", "民族"]),
        ("en", ["Phone", "Employer", "Resident type", "Ethnic group"]),
    ],
)
def test_given_an_edited_record_then_the_timeline_names_the_fields_as_the_form_does(
    qtbot, services, make_page, zh_app, language, labels
):
    page = make_page("reception")
    actor = page.ctx.actor
    p = services.residents.create_person(
        actor, validate_person({"name": "张伟", "id_number": ZHANG_WEI, "phone": "13812345678"})
    )
    changed = {
        "name": "张伟",
        "id_number": ZHANG_WEI,
        "phone": "13900001111",
        "employer": "甲公司",
        "resident_type": "floating",
        "ethnic_code": "03",
    }
    services.residents.update_person(actor, p.id, p.version, validate_person(changed))
    install_translator(zh_app, language)
    show(qtbot, page, p.id)
    qtbot.waitUntil(lambda: any("甲公司" in t for t in timeline_texts(page)))
    (line,) = [t for t in timeline_texts(page) if "甲公司" in t]
    for label in labels:
        assert label in line
    # coded values by their labels, phones still masked, no column names
    assert "流动人口" in line and "户籍人口" in line and "回族" in line
    assert "138****5678" in line and "139****1111" in line and "13900001111" not in line
    for column in ("phone", "employer", "resident_type", "ethnic_code", "floating"):
        assert column not in line


# -- viewing key-group membership is audited --------------------------------------------------------------


def test_given_police_opening_a_key_group_member_then_the_view_is_audited_once_and_others_not(
    qtbot, services, make_page, admin
):
    page = make_page("police")
    actor = page.ctx.actor
    member = services.residents.create_person(
        actor, validate_person({"name": "张伟", "id_number": ZHANG_WEI})
    )
    plain = services.residents.create_person(actor, validate_person({"name": "李娜", "id_number": LI_NA}))
    group = next(g for g in services.key_groups.list_key_groups(actor) if g.code == "community_correction")
    m = services.key_groups.add_membership(
        actor, member.id, group.id, start_on=date(2025, 1, 1), worker_id=None
    )
    show(qtbot, page, plain.id)
    assert services.audit.search(admin.actor(), action="view") == []  # no memberships: nothing seen
    show(qtbot, page, member.id)
    qtbot.waitUntil(lambda: page.memberships.count() == 1)
    (entry,) = services.audit.search(admin.actor(), action="view")
    assert (entry.username, entry.entity, entry.entity_id) == (actor.username, "person", member.id)
    assert json.loads(entry.after) == {"membership_ids": [m.id]}
    # a clerk sees no key groups at all, and so nothing is logged for them
    clerk_page = make_page("reception")
    show(qtbot, clerk_page, member.id)
    assert not clerk_page.key_group_box.isVisible()
    assert len(services.audit.search(admin.actor(), action="view")) == 1
