"""The visitor log (来访登记) through its service, on SQLite and on PostgreSQL: finding a returning visitor, check-in
with the stored numbers never crossing the screen, group visits, who is on site, the end of the day, the daily log
printed and exported, and the 首问负责 hand-offs to a petition, the mediation room and the police."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desktop.models import AuditEntry, Visit
from desktop.services.core.clock import local_day
from desktop.services.core.errors import Conflict, ValidationError
from desktop.services.core.id_numbers import check_digit
from desktop.services.mediation.dto import QueueFilter
from desktop.services.mediation.mediation_service import MediationService
from desktop.services.reception.dto import VisitInput
from desktop.services.reception.petition_service import PetitionService
from desktop.services.reception.reception_service import ReceptionService
from desktop.services.residents.resident_service import validate_person
from tests.conftest import make_actor
from tests.unit.test_printing_support import pdf_text


def cid(first17: str) -> str:
    return first17 + check_digit(first17)


ZHANG = cid("32010219800307123")  # 张伟, male
LIU = cid("32010619920115242")  # 刘芳 (a visitor from elsewhere), female


class Now:
    def __init__(self, at: datetime):
        self.at = at

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture
def staff(services):

    return {
        key: make_actor(services, username, full_name, role)
        for key, username, full_name, role in [
            ("director", "zhuren", "李红梅", "director"),
            ("reception", "qiantai", "王丽", "reception"),
            ("mediator", "tiaojie", "陈建国", "mediator"),
            ("monitor", "jiankong", "赵强", "monitor"),
        ]
    }


@pytest.fixture
def now():
    # a Thursday morning, 09:05 in Nanjing
    return Now(datetime(2026, 3, 5, 1, 5, tzinfo=UTC))


@pytest.fixture
def desk(services, now):
    clock = lambda: local_day(now())  # noqa: E731
    svc = ReceptionService(
        services.sessions,
        services.residents,
        PetitionService(services.sessions, clock=clock),
        MediationService(services.sessions, services.printing, clock=clock),
        now=now,
    )
    services.reception = svc  # what the container will hold
    return svc


@pytest.fixture
def zhang(services, staff):
    inp = validate_person({"name": "张伟", "id_number": ZHANG, "phone": "13912345678"})
    return services.residents.create_person(staff["reception"], inp)


def test_given_a_resident_when_the_desk_types_the_last_digits_of_the_phone_then_he_is_found_and_checked_in_with_his_numbers(
    services, staff, desk, zhang
):
    # Given 张伟 on the register, when the desk types the last 4 digits of his phone
    found = desk.lookup(staff["reception"], "5678")
    assert [(m.source, m.person_id, m.name) for m in found] == [("register", zhang.id, "张伟")]
    assert found[0].id_number == "3201**********" + ZHANG[-4:] and found[0].phone == "139****5678"
    # and by the full ID number (what a card reader types)
    assert desk.lookup(staff["reception"], ZHANG)[0].person_id == zhang.id
    # When he is checked in with the masked values the form shows
    v = desk.check_in(
        staff["reception"],
        VisitInput(
            person_id=zhang.id,
            visitor_id_number=found[0].id_number,
            visitor_phone=found[0].phone,
            purpose="help",
        ),  # fmt: skip
    )
    # Then the visit holds his real numbers (from the register), shows them masked, and he is on site
    with services.sessions() as s:
        row = s.get(Visit, v.id)
        assert (row.visitor_id_number, row.visitor_phone, row.visitor_sex) == (ZHANG, "13912345678", "1")
    assert v.visitor_name == "张伟" and v.visitor_phone == "139****5678" and v.handled_by_name == "王丽"
    assert [r.visitor_name for r in desk.on_site(staff["reception"])] == ["张伟"]
    # the audit log has the visit, masked
    with services.sessions() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "visit")).one()
    assert ZHANG not in entry.after and "13912345678" not in entry.after
    # and the next time he comes, the lookup says when he was last here
    assert desk.lookup(staff["reception"], "张伟")[0].last_visit_at == v.time_in


def test_given_a_visitor_from_elsewhere_then_the_next_visit_finds_her_from_the_first(
    services, staff, desk, now
):
    first = desk.check_in(
        staff["reception"],
        VisitInput(
            visitor_name="刘芳",
            visitor_id_number=LIU,
            visitor_phone="13700001111",
            purpose="consult",
            visitor_address="南京市秦淮区",
        ),  # fmt: skip
    )
    assert first.visitor_sex == "2" and first.person_id is None
    now.at += timedelta(days=7)
    found = desk.lookup(staff["reception"], "1111")
    assert [(m.source, m.visit_id, m.name, m.address) for m in found] == [
        ("visit", first.id, "刘芳", "南京市秦淮区")
    ]
    again = desk.check_in(
        staff["reception"],
        VisitInput(from_visit_id=first.id, visitor_name="刘芳", visitor_phone=found[0].phone),
    )
    with services.sessions() as s:
        row = s.get(Visit, again.id)
        assert (row.visitor_id_number, row.visitor_phone, row.visitor_address) == (
            LIU,
            "13700001111",
            "南京市秦淮区",
        )


def test_given_a_new_visitor_who_lives_here_then_she_is_registered_as_a_person_and_the_visit_linked(
    services, staff, desk
):
    person = validate_person({"name": "孙丽", "id_number": cid("32010619850612234"), "phone": "13611112222"})
    v = desk.check_in(staff["reception"], VisitInput(visitor_name="孙丽", purpose="service"), register=person)
    assert v.person_id is not None
    assert services.residents.get_person(staff["reception"], v.person_id).name == "孙丽"


def test_given_a_group_visit_then_representatives_are_named_and_at_most_five(services, staff, desk):
    group = VisitInput(
        visitor_name="周建华", people_count=12, purpose="petition", content="小区停车位分配不公"
    )
    with pytest.raises(ValidationError) as e:
        desk.check_in(staff["reception"], group)
    assert e.value.code == "representatives_needed"
    with pytest.raises(ValidationError) as e:
        desk.check_in(
            staff["reception"], VisitInput(**{**group.__dict__, "representatives": tuple("甲乙丙丁戊己")})
        )
    assert e.value.code == "too_many_representatives"
    v = desk.check_in(
        staff["reception"], VisitInput(**{**group.__dict__, "representatives": ("周建华", "吴敏", "郑强")})
    )
    assert v.is_group and v.representatives == ("周建华", "吴敏", "郑强")
    with pytest.raises(ValidationError) as e:
        desk.check_in(staff["reception"], VisitInput(visitor_name="某", purpose="not-a-purpose"))
    assert e.value.code == "unknown_purpose"


def test_given_visitors_never_checked_out_then_the_end_of_the_day_closes_and_flags_them(
    services, staff, desk, now
):
    a = desk.check_in(staff["reception"], VisitInput(visitor_name="甲", purpose="consult"))
    now.at += timedelta(minutes=30)
    b = desk.check_in(staff["reception"], VisitInput(visitor_name="乙", purpose="consult"))
    now.at += timedelta(minutes=10)
    desk.check_out(staff["reception"], b.id, b.version, outcome="answered")
    with pytest.raises(Conflict):
        desk.check_out(staff["reception"], b.id, b.version)
    assert [r.visitor_name for r in desk.on_site(staff["reception"])] == ["甲"]
    # When the day ends at 18:40 Nanjing time
    now.at = datetime(2026, 3, 5, 10, 40, tzinfo=UTC)
    closed = desk.close_day(staff["reception"])
    # Then 甲 is closed at 17:30, flagged, listed and audited
    assert [(r.visitor_name, r.auto_closed) for r in closed] == [("甲", True)]
    assert closed[0].time_out == datetime(2026, 3, 5, 9, 30, tzinfo=UTC)
    assert desk.on_site(staff["reception"]) == []
    with services.sessions() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "auto_close")).one()
    assert entry.entity_id == a.id and "未登记离开" in entry.summary and "17:30" in entry.summary
    # the next morning nothing is left over from yesterday
    now.at += timedelta(hours=15)
    assert desk.close_day(staff["reception"]) == []


def test_given_a_visit_left_open_yesterday_then_the_on_site_list_flags_it(services, staff, desk, now):
    desk.check_in(staff["reception"], VisitInput(visitor_name="甲", purpose="consult"))
    now.at += timedelta(days=1)
    assert [(r.visitor_name, r.stale) for r in desk.on_site(staff["reception"])] == [("甲", True)]


def test_given_a_visit_when_handed_to_mediation_then_a_new_case_is_in_the_mediation_queue_and_the_visit_shows_it(
    services, staff, desk, zhang
):
    v = desk.check_in(
        staff["reception"],
        VisitInput(person_id=zhang.id, purpose="mediation", content="楼上邻居装修噪音持续三个月"),
    )
    v = desk.hand_to_mediation(staff["reception"], v.id, v.version, facts=v.content, dispute_type="neighbour")
    assert v.outcome == "to_mediation" and v.case_no and v.case_status == "new"
    queue = desk.mediation.queue_window(staff["mediator"], QueueFilter(queue="new"))
    assert [(r.case_no, r.source, r.dispute_type, r.parties) for r in queue] == [
        (v.case_no, "from_visit", "neighbour", "张伟")
    ]
    case = desk.mediation.get_case(staff["mediator"], v.dispute_case_id)
    assert case.case.facts == "楼上邻居装修噪音持续三个月" and case.parties[0].person_id == zhang.id
    # a matter goes one way only
    with pytest.raises(ValidationError) as e:
        desk.refer_to_police(staff["reception"], v.id, v.version, "华侨路派出所")
    assert e.value.code == "already_handed_on"


def test_given_a_group_visit_when_handed_to_a_petition_then_the_petition_has_the_representatives(
    services, staff, desk
):
    v = desk.check_in(
        staff["reception"],
        VisitInput(
            visitor_name="周建华",
            people_count=8,
            representatives=("周建华", "吴敏"),
            purpose="petition",
            content="要求公开小区停车位分配方案",
        ),  # fmt: skip
    )
    v = desk.hand_to_petition(staff["reception"], v.id, v.version, category="claim", accept_on_the_spot=True)
    assert (
        v.outcome == "to_petition" and v.petition_no.startswith("XF2026") and v.petition_status == "handling"
    )
    p = desk.petitions.get(staff["reception"], v.petition_id)
    assert p.channel == "visit" and p.is_collective and p.request == "要求公开小区停车位分配方案"
    assert [(x.name, x.is_representative) for x in p.petitioners] == [("周建华", True), ("吴敏", True)]
    assert p.visit_id == v.id and p.step("acceptance_notice").note.startswith("当场")


def test_given_a_visit_referred_to_the_police_then_the_visit_says_where_it_went(services, staff, desk):
    v = desk.check_in(
        staff["reception"], VisitInput(visitor_name="钱七", purpose="report", content="电动车被盗")
    )
    with pytest.raises(ValidationError):
        desk.refer_to_police(staff["reception"], v.id, v.version, "")
    v = desk.refer_to_police(staff["reception"], v.id, v.version, "华侨路派出所，值班民警李某接收")
    assert v.outcome == "to_police" and v.referral_note == "华侨路派出所，值班民警李某接收" and v.handed_on
    assert desk.visits_of_day(staff["reception"])[0].referral_note == "华侨路派出所，值班民警李某接收"


def test_given_the_day_then_its_log_exports_masked_and_prints_and_the_export_is_audited(
    services, staff, desk, zhang
):
    desk.check_in(staff["reception"], VisitInput(person_id=zhang.id, purpose="help", content="咨询低保申请"))
    desk.check_in(
        staff["reception"],
        VisitInput(visitor_name="刘芳", visitor_id_number=LIU, visitor_phone="13700001111"),
    )
    day = local_day(desk._now())
    data = desk.export_xlsx(staff["reception"], day)
    ws = load_workbook(io.BytesIO(data)).active
    values = [[c.value for c in row] for row in ws.iter_rows(min_row=3)]
    assert [v[3] for v in values] == ["张伟", "刘芳"]
    assert values[0][5] == "3201**********" + ZHANG[-4:] and values[1][6] == "137****1111"
    flat = "".join(str(c) for row in values for c in row)
    assert ZHANG not in flat and LIU not in flat and "13912345678" not in flat
    with services.sessions() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "export")).one()
    assert entry.entity == "visit" and "2条" in entry.summary and "已遮蔽" in entry.summary
    # printed: 来访登记簿 of the day, through the print service (record id = the day)
    pdf = services.printing.render(staff["reception"], "visit_daily_log", int(day.strftime("%Y%m%d")))
    text = pdf_text(pdf)
    assert "来访登记簿" in text and "张伟" in text and "刘芳" in text and "共2批次、2人次" in text
    assert ZHANG not in text and LIU not in text


def test_given_roles_then_only_those_who_receive_visitors_use_the_log(services, staff, desk):
    from desktop.services.core.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        desk.on_site(staff["monitor"])
    with pytest.raises(PermissionDenied):
        desk.check_in(staff["monitor"], VisitInput(visitor_name="甲"))


def test_given_a_visit_with_nothing_said_when_handed_to_mediation_without_facts_then_it_is_refused_and_nothing_saved(
    services, staff, desk, zhang
):
    # Given a visitor whose content was left empty at the desk
    v = desk.check_in(staff["reception"], VisitInput(person_id=zhang.id, purpose="mediation", content=""))
    # When the hand-off gives no facts, it is refused at the facts field (the name is not a fact of the dispute)
    with pytest.raises(ValidationError) as e:
        desk.hand_to_mediation(staff["reception"], v.id, v.version, facts="   ")
    assert (e.value.field, e.value.code) == ("facts", "required")
    # Then no case exists and the visit is not marked as handed on
    assert desk.mediation.queue_window(staff["mediator"], QueueFilter(queue="all")) == []
    assert desk.get_visit(staff["reception"], v.id).outcome != "to_mediation"


def test_given_a_non_resident_who_came_with_an_old_15_digit_id_when_he_returns_then_that_number_finds_him(
    services, staff, desk
):
    # Given a visitor not on the register, checked in with an old 15-digit card (stored upgraded to 18 digits)
    old = "320102800307123"
    first = desk.check_in(
        staff["reception"],
        VisitInput(
            visitor_name="钱老伯", visitor_id_type="resident_id", visitor_id_number=old, purpose="consult"
        ),
    )
    with services.sessions() as s:
        assert s.get(Visit, first.id).visitor_id_number == "32010219800307123" + check_digit(
            "32010219800307123"
        )
    # When he comes back and the desk types the number from the same old card
    found = desk.lookup(staff["reception"], old)
    # Then his earlier visit is offered, as it is for the 18-digit number
    assert [(m.source, m.name) for m in found] == [("visit", "钱老伯")]
    new = "32010219800307123" + check_digit("32010219800307123")
    assert [(m.source, m.name) for m in desk.lookup(staff["reception"], new)] == [("visit", "钱老伯")]
