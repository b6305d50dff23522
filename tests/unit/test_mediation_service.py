"""The mediation room (矛盾纠纷调处室) through its service, on SQLite and on PostgreSQL: intake from every source,
consent, routing, deadlines, sessions, outcomes, return visits, 司法确认 and the dossier."""

from __future__ import annotations

import io
import re
import subprocess
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import select

from desktop.models import AuditEntry, CodeItem, Visit
from desktop.services.core.dto import Actor
from desktop.services.core.errors import Conflict, PermissionDenied, ValidationError
from desktop.services.core.id_numbers import check_digit
from desktop.services.core.work_calendar import WorkCalendar
from desktop.services.mediation.dto import (
    AgreementInput,
    CaseChanges,
    CaseInput,
    PartyInput,
    QueueFilter,
    ReturnVisitInput,
    SessionInput,
    row_key,
)
from desktop.services.mediation.mediation_service import MediationService
from desktop.services.reception.reception_service import ReceptionService
from desktop.services.residents.resident_service import validate_person
from tests.conftest import Clock, make_actor

TODAY = date(2026, 3, 2)  # a Monday
CAL = WorkCalendar()


@pytest.fixture
def staff(services):
    """One account per role of the room (rows written directly: argon2 is slow)."""

    return {
        key: make_actor(services, username, full_name, role)
        for key, username, full_name, role in [
            ("director", "zhuren", "李红梅", "director"),
            ("mediator", "tiaojie", "陈建国", "mediator"),
            ("mediator2", "tiaojie2", "周敏", "mediator"),
            ("reception", "qiantai", "王丽", "reception"),
            ("police", "minjing", "张警官", "police"),
            ("monitor", "jiankong", "赵强", "monitor"),
        ]
    }


@pytest.fixture
def clock():
    return Clock(TODAY)


@pytest.fixture
def med(services, clock):
    svc = MediationService(services.sessions, services.printing, clock=clock)
    services.mediation = svc  # what the container will hold
    return svc


def session_at(day: date, hour: int = 9, **kw) -> SessionInput:
    values = {
        "held_at": datetime(day.year, day.month, day.day, hour - 8, 0, tzinfo=UTC),  # hour, Beijing time
        "place": "矛盾纠纷调处室",
        "mediators": "陈建国",
        "recorder": "王丽",
        "attendees": "张三、李四",
        "statements": "申请人张三陈述：楼上漏水。被申请人李四陈述：愿意协商。",
        "facts_verified": "经现场查看，卫生间防水层破损。",
        "risk_warning": "暂无激化风险。",
        "result": "双方同意继续协商。",
    }
    return SessionInput(**(values | kw))


def new_case(med, actor, *, parties=None, consent="agreed", accepted_on=date(2026, 2, 20), **kw) -> int:
    parties = parties or (
        PartyInput("applicant", "张三", phone="13812345678", address="龙蟠里3幢502"),
        PartyInput("respondent", "李四", phone="13987654321", address="龙蟠里3幢602"),
    )
    values = {
        "source": "application",
        "dispute_type": "neighbour",
        "facts": "楼上卫生间漏水，损坏楼下吊顶。",
        "claims": "赔偿维修费2000元。",
        "parties": tuple(parties),
        "accepted_on": accepted_on,
        "consent": consent,
        "amount": Decimal("2000"),
    }
    return med.create_case(actor, CaseInput(**(values | kw))).case.id


def pdf_text(pdf: bytes) -> str:
    out = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()
    return re.sub(r"\s+", "", out)


def pdf_pages(pdf: bytes) -> list[str]:
    """The text of each page (pdftotext separates pages with a form feed), whitespace removed."""
    out = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()
    return [re.sub(r"\s+", "", p) for p in out.split("\f")][: len(PdfReader(io.BytesIO(pdf)).pages)]


def to_mediation(med, actor, case_id: int, mediator: Actor) -> None:
    """Assign and record two sessions."""
    d = med.get_case(actor, case_id)
    d = med.assign(actor, case_id, d.case.version, mediator.id)
    d = med.record_session(mediator, case_id, d.case.version, session_at(date(2026, 2, 24)))
    med.record_session(
        mediator, case_id, d.case.version, session_at(date(2026, 2, 27), result="双方达成协议。")
    )


# -- intake -------------------------------------------------------------------------------------------------


def test_given_a_new_year_when_cases_are_registered_then_numbers_run_per_year_in_the_committees_format(
    services, staff, med
):
    d = staff["director"]
    first = med.get_case(d, new_case(med, d, accepted_on=date(2025, 12, 30)))
    second = med.get_case(d, new_case(med, d, accepted_on=date(2026, 1, 5)))
    third = med.get_case(d, new_case(med, d, accepted_on=date(2026, 1, 6)))
    assert first.case.case_no == "（2025）华侨路人调字第1号"
    assert (second.case.case_no, third.case.case_no) == (
        "（2026）华侨路人调字第1号",
        "（2026）华侨路人调字第2号",
    )
    # When the committee configures its short name and format, then the next number follows it
    med.update_settings(d, committee_abbr="华", case_no_format="（{year}）{abbr}人调字〔{seq}〕号")
    fourth = med.get_case(d, new_case(med, d, accepted_on=date(2026, 1, 7)))
    assert fourth.case.case_no == "（2026）华人调字〔3〕号"
    with pytest.raises(ValidationError) as e:
        med.update_settings(d, case_no_format="第号")
    assert e.value.code == "bad_number_format"
    with pytest.raises(PermissionDenied):
        med.update_settings(staff["mediator"], due_days=20)


def test_given_an_intake_then_the_deadline_is_30_days_on_the_work_calendar_and_the_case_is_audited(
    services, staff, med, clock
):
    d = staff["director"]
    accepted = date(2025, 9, 3)  # 30 days later falls in the National Day holiday (Oct 1-8, 2025)
    clock.day = date(2025, 9, 10)
    case = med.get_case(d, new_case(med, d, accepted_on=accepted)).case
    assert case.due_on == CAL.period_end(accepted, 30)
    assert case.due_on > accepted + timedelta(days=30)  # moved off the holiday to the first working day
    assert CAL.is_workday(case.due_on)
    with services.sessions() as s:
        entry = s.scalar(
            select(AuditEntry).where(AuditEntry.entity == "dispute_case", AuditEntry.entity_id == case.id)
        )
    assert entry.action == "create" and "受理矛盾纠纷" in entry.summary
    assert "138****5678" in entry.after and "13812345678" not in entry.after  # the audit masks phones


def test_given_a_party_from_the_register_then_blank_fields_come_from_the_persons_record(services, staff, med):
    number = "32010219800307123" + check_digit("32010219800307123")
    p = services.residents.create_person(
        staff["police"], validate_person({"name": "欧阳娜娜", "id_number": number, "phone": "13800001111"})
    )
    cid = new_case(
        med,
        staff["director"],
        parties=(
            PartyInput("applicant", person_id=p.id, occupation="个体"),
            PartyInput("respondent", "某物业公司"),
        ),
    )
    parties = med.get_case(staff["director"], cid).parties
    assert parties[0].name == "欧阳娜娜" and parties[0].person_id == p.id
    assert parties[0].birth_date == date(1980, 3, 7) and parties[0].sex == "1"
    assert parties[0].phone == "138****1111"  # masked on screen
    # And the printed application carries the full number (it is the party's own document)
    text = pdf_text(services.printing.render(staff["director"], "mediation_application", cid))
    assert "欧阳娜娜" in text and "13800001111" in text
    # And the person's timeline in the residents room shows the case
    timeline = services.residents.timeline(staff["police"], p.id)
    assert any("矛盾纠纷" in e.title and "申请人" in e.title for e in timeline)


def test_given_a_visit_handed_over_from_reception_then_it_becomes_a_case_filled_from_the_visit(
    services, staff, med
):
    with services.sessions.begin() as s:
        v = Visit(
            visitor_name="赵大爷",
            visitor_sex="1",
            visitor_phone="13700002222",
            visitor_address="龙蟠里5幢101",
            time_in=datetime(2026, 2, 26, 1, 30, tzinfo=UTC),
            people_count=2,
            purpose="mediation",
            content="邻居在楼道堆放杂物，多次沟通无果，要求调解。",
            handled_by=staff["reception"].id,
        )
        s.add(v)
        s.flush()
        visit_id = v.id
    # When reception hands it over (首问负责: the desk may do it), with the facts it asked for
    reception = ReceptionService(
        services.sessions, services.residents, services.petitions, med, clock=med._today
    )
    handed = reception.hand_to_mediation(
        staff["reception"], visit_id, 1, facts="邻居在楼道堆放杂物，多次沟通无果，要求调解。"
    )
    detail = med.get_case(staff["director"], handed.dispute_case_id)
    c = detail.case
    assert (c.source, c.status, c.consent, c.accepted_on) == (
        "from_visit",
        "new",
        "pending",
        date(2026, 2, 26),
    )
    assert c.facts == "邻居在楼道堆放杂物，多次沟通无果，要求调解。" and c.visit_id == visit_id
    assert [(p.role, p.name, p.phone) for p in detail.parties] == [("applicant", "赵大爷", "137****2222")]
    assert not detail.parties_complete
    with services.sessions() as s:
        v = s.get(Visit, visit_id)
        assert (v.dispute_case_id, v.outcome) == (c.id, "to_mediation")
    # And handing it over twice is refused: no second case
    with pytest.raises(ValidationError) as twice:
        reception.hand_to_mediation(staff["reception"], visit_id, handed.version, facts="再次")
    assert twice.value.code == "already_handed_on"
    # And it is in the room's "new" queue
    total, rows, badges = med.queue_first(staff["director"], QueueFilter("new"))
    assert [r.case_no for r in rows] == [c.case_no] and badges.new == 1
    # When the mediator adds the other side, consent can be recorded
    with pytest.raises(ValidationError) as e:
        med.record_consent(staff["mediator"], c.id, c.version, True)
    assert e.value.code == "two_sides_needed"
    d = med.add_party(staff["mediator"], c.id, c.version, PartyInput("respondent", "钱阿姨"))
    d = med.record_consent(staff["mediator"], c.id, d.case.version, True, "双方当场同意")
    assert d.case.consent == "agreed" and d.parties_complete


# -- consent and routing -----------------------------------------------------------------------------------------


def test_given_no_consent_then_nothing_is_mediated_and_a_refusal_closes_the_case_with_remedies(
    services, staff, med
):
    d, m = staff["director"], staff["mediator"]
    cid = new_case(med, d, consent="pending", mediator_id=m.id)
    case = med.get_case(m, cid).case
    with pytest.raises(ValidationError) as e:
        med.record_session(m, cid, case.version, session_at(date(2026, 2, 24)))
    assert e.value.code == "consent_needed"
    with pytest.raises(ValidationError) as e:
        med.record_consent(m, cid, case.version, False, "被申请人明确拒绝调解", remedies="")
    assert (e.value.field, e.value.code) == ("remedies", "required")
    out = med.record_consent(
        m,
        cid,
        case.version,
        False,
        "被申请人明确拒绝调解",
        remedies="已告知可向人民法院起诉。",
        on=date(2026, 2, 21),
    )
    c = out.case
    assert (c.consent, c.status, c.outcome, c.closed_on) == (
        "refused",
        "closed",
        "terminated",
        date(2026, 2, 21),
    )
    assert c.remedies_told == "已告知可向人民法院起诉。"
    assert any(e.kind == "consent_refused" for e in out.timeline)
    assert med.queue_first(d, QueueFilter("closed"))[0] == 1


def test_given_a_transfer_returned_with_a_reason_then_it_bounces_visibly_and_the_director_reassigns_it(
    services, staff, med
):
    d, m = staff["director"], staff["mediator"]
    cid = new_case(med, d, mediator_id=m.id)
    v = med.get_case(d, cid).case.version
    with pytest.raises(PermissionDenied):  # routing is the director's decision
        med.transfer(m, cid, v, "派出所")
    detail = med.transfer(d, cid, v, "华侨路派出所", date(2026, 2, 21))
    assert detail.case.status == "transferred" and detail.pending_transfer.body == "华侨路派出所"
    assert [r.id for r in med.queue_first(d, QueueFilter("awaiting_sign"))[1]] == [cid]
    t = detail.pending_transfer
    with pytest.raises(ValidationError) as e:
        med.return_transfer(m, t.id, t.version, "")
    assert e.value.code == "required"
    # When the police station sends it back
    detail = med.return_transfer(
        m, t.id, t.version, "属民间纠纷，不属治安案件，退回社区调解", date(2026, 2, 23)
    )
    assert detail.case.status == "returned" and detail.returns == 1
    # Then it is in the "new" queue, marked as bounced
    rows = med.queue_first(d, QueueFilter("new"))[1]
    assert [(r.id, r.status, r.returns) for r in rows] == [(cid, "returned", 1)]
    assert any(e.kind == "transfer_returned" and "退回社区调解" in e.detail for e in detail.timeline)
    # And the director assigns it to another mediator
    detail = med.assign(d, cid, detail.case.version, staff["mediator2"].id)
    assert (detail.case.status, detail.case.mediator_name) == ("assigned", "周敏")
    assert med.queue_first(staff["mediator2"], QueueFilter("mine"))[0] == 1


def test_given_a_transfer_signed_for_then_the_case_is_closed_here_as_transferred(services, staff, med):
    d = staff["director"]
    cid = new_case(med, d)
    detail = med.transfer(d, cid, med.get_case(d, cid).case.version, "司法所", date(2026, 2, 21))
    t = detail.pending_transfer
    detail = med.sign_transfer(staff["police"], t.id, t.version, date(2026, 2, 22))
    c = detail.case
    assert (c.status, c.outcome, c.closed_on) == ("closed", "transferred", date(2026, 2, 22))
    with pytest.raises(ValidationError):
        med.sign_transfer(staff["police"], t.id, detail.transfers[0].version, date(2026, 2, 22))


def test_given_a_mediator_then_they_may_take_an_unassigned_case_but_not_hand_cases_to_others(
    services, staff, med
):
    d, m = staff["director"], staff["mediator"]
    cid = new_case(med, d)
    v = med.get_case(m, cid).case.version
    with pytest.raises(PermissionDenied):
        med.assign(m, cid, v, staff["mediator2"].id)
    assert med.assign(m, cid, v, m.id).case.mediator_id == m.id
    with pytest.raises(PermissionDenied):
        med.get_case(staff["monitor"], cid)


def test_given_a_version_seen_earlier_then_a_change_is_refused_as_a_conflict(services, staff, med):
    d = staff["director"]
    cid = new_case(med, d)
    old = med.get_case(d, cid).case.version
    med.assign(d, cid, old, staff["mediator"].id)
    with pytest.raises(Conflict):
        med.assign(d, cid, old, staff["mediator2"].id)


# -- deadline and alerts ----------------------------------------------------------------------------------------


def test_given_the_deadline_then_due_soon_and_overdue_lists_follow_it_and_only_consent_extends_it(
    services, staff, med, clock
):
    d = staff["director"]
    soon = new_case(med, d, accepted_on=date(2026, 2, 1))  # due 2026-03-03
    late = new_case(med, d, accepted_on=date(2026, 1, 20))  # due in February
    fresh = new_case(med, d, accepted_on=date(2026, 3, 2))
    due = {c: med.get_case(d, c).case.due_on for c in (soon, late, fresh)}
    assert due[soon] == CAL.period_end(date(2026, 2, 1), 30)
    assert [r.id for r in med.queue_first(d, QueueFilter("due_soon"))[1]] == [soon]
    assert [r.id for r in med.queue_first(d, QueueFilter("overdue"))[1]] == [late]
    badges = med.queue_counts(d)
    assert (badges.due_soon, badges.overdue, badges.new) == (1, 1, 3)
    c = med.get_case(d, late).case
    with pytest.raises(ValidationError) as e:
        med.extend_deadline(
            d, late, c.version, date(2026, 3, 31), "当事人要求补充证据", parties_consent=False
        )
    assert e.value.code == "parties_consent_needed"
    detail = med.extend_deadline(
        d, late, c.version, date(2026, 3, 31), "当事人要求补充证据", parties_consent=True
    )
    assert (detail.case.due_on, detail.case.extension_reason) == (date(2026, 3, 31), "当事人要求补充证据")
    assert not detail.overdue
    assert med.queue_first(d, QueueFilter("overdue"))[0] == 0
    # When the clock moves past the due date, then it is overdue again
    clock.day = date(2026, 4, 10)
    assert {r.id for r in med.queue_first(d, QueueFilter("overdue"))[1]} == {soon, late, fresh}


def test_given_a_dispute_that_may_turn_criminal_then_it_alerts_until_the_police_are_told(
    services, staff, med
):
    d, police = staff["director"], staff["police"]
    cid = new_case(med, d, police_flag=True, risk_level="high")
    detail = med.get_case(d, cid)
    assert detail.case.police_alert
    assert med.queue_first(d, QueueFilter("open"))[2].police_alerts == 1
    assert med.queue_first(d, QueueFilter("open"))[1][0].police_alert
    detail = med.acknowledge_police_flag(police, cid, detail.case.version, "已电话报告华侨路派出所值班民警")
    assert not detail.case.police_alert and detail.case.police_flag
    assert any(e.kind == "police_ack" for e in detail.timeline)
    assert med.queue_counts(d).police_alerts == 0
    # raised again later by an edit: loud again
    c = detail.case
    changes = CaseChanges(c.dispute_type, c.facts, c.claims, risk_level="high", police_flag=False)
    detail = med.update_case(d, cid, c.version, changes)
    detail = med.update_case(
        d, cid, detail.case.version, CaseChanges(c.dispute_type, c.facts, police_flag=True)
    )
    assert detail.case.police_alert


# -- sessions, outcomes, printing --------------------------------------------------------------------------------


def test_given_two_sessions_and_a_written_agreement_of_three_parties_then_it_prints_four_copies_that_read_back(
    services, staff, med
):
    d, m = staff["director"], staff["mediator"]
    cid = new_case(
        med,
        d,
        parties=(
            PartyInput("applicant", "张三", phone="13812345678"),
            PartyInput("respondent", "李四", phone="13987654321"),
            PartyInput("third_party", "王五", agent_name="王小五"),
        ),
    )
    to_mediation(med, d, cid, m)
    detail = med.get_case(m, cid)
    assert [s.result for s in detail.sessions] == ["双方同意继续协商。", "双方达成协议。"]
    assert detail.case.status == "mediating"
    detail = med.record_agreement(
        m,
        cid,
        detail.case.version,
        AgreementInput(
            "written",
            "一、李四赔偿张三维修费2000元。\n二、王五协助修复防水层。",
            "2026年3月10日前在调处室现金支付",
        ),
    )
    a = detail.agreement
    assert (detail.case.outcome, detail.case.status) == ("success_written", "agreed")
    assert a.agreement_no == "（2026）华侨路人调协字第1号" and a.copies == 4
    doc = services.printing.render_document(m, "mediation_agreement", a.id)
    assert doc.copies == 4  # one per party and one for the committee
    text = pdf_text(doc.pdf)
    for part in ("人民调解协议书", "（2026）华侨路人调协字第1号", "张三", "李四", "王五", "本协议一式4份"):
        assert part in text, part
    assert "李四赔偿张三维修费2000元" in text and "2026年3月10日前在调处室现金支付" in text
    assert text.count("当事人（签名盖章或按指印）") == 1
    # the session record prints too, with what was said
    record = pdf_text(services.printing.render(m, "mediation_record", detail.sessions[0].id))
    assert "申请人张三陈述" in record and "经现场查看" in record


def test_given_an_oral_agreement_then_its_content_is_recorded_and_no_agreement_paper_is_asked_for(
    services, staff, med
):
    d, m = staff["director"], staff["mediator"]
    cid = new_case(med, d)
    to_mediation(med, d, cid, m)
    detail = med.record_agreement(
        m, cid, med.get_case(m, cid).case.version, AgreementInput("oral", "李四当场向张三赔礼道歉。", "")
    )
    assert detail.case.outcome == "success_oral" and detail.agreement.kind == "oral"
    assert any(e.kind == "agreement_oral" for e in detail.timeline)
    rv = detail.return_visits[0]
    detail = med.record_return_visit(
        m, rv.id, rv.version, ReturnVisitInput(TODAY, "已道歉，关系缓和", "satisfied")
    )
    med.close_case(m, cid, detail.case.version)
    dossier = med.dossier(m, cid, store=False)
    parts = {p.title: p for p in dossier.parts}
    assert parts["人民调解协议书"].documents == 0 and not parts["人民调解协议书"].missing
    assert "李四当场向张三赔礼道歉" in pdf_text(dossier.pdf) and "口头调解协议" in pdf_text(dossier.pdf)
    assert "口头协议，内容见调解记录" in pdf_text(dossier.pdf)


def test_given_mediation_fails_then_the_remedies_told_are_recorded_and_printed(services, staff, med):
    d, m = staff["director"], staff["mediator"]
    cid = new_case(med, d, mediator_id=m.id)
    version = med.get_case(m, cid).case.version
    with pytest.raises(ValidationError) as e:  # failing needs a mediation that took place
        med.record_failure(m, cid, version, "已告知救济途径")
    assert e.value.code == "no_session"
    detail = med.record_session(
        m, cid, version, session_at(date(2026, 2, 24), result="双方分歧较大，调解不成。")
    )
    with pytest.raises(ValidationError) as e:
        med.record_failure(m, cid, detail.case.version, " ")
    assert e.value.field == "remedies"
    remedies = "已告知当事人可依法申请仲裁、请求行政机关处理或者向人民法院提起诉讼。"
    detail = med.record_failure(m, cid, detail.case.version, remedies)
    assert (detail.case.status, detail.case.outcome, detail.case.remedies_told) == (
        "failed",
        "failed",
        remedies,
    )
    text = pdf_text(services.printing.render(m, "mediation_record", detail.sessions[0].id))
    assert "调解不成" in text and "向人民法院提起诉讼" in text
    detail = med.close_case(m, cid, detail.case.version)
    assert detail.case.status == "closed"


def test_given_an_agreement_then_the_return_visit_and_the_judicial_confirmation_reminder_fall_on_their_dates(
    services, staff, med, clock
):
    d, m = staff["director"], staff["mediator"]
    cid = new_case(med, d)
    to_mediation(med, d, cid, m)
    signed = date(2026, 3, 2)
    detail = med.record_agreement(
        m,
        cid,
        med.get_case(m, cid).case.version,
        AgreementInput("written", "赔偿2000元。", "3月10日前付清", signed),
    )
    a, rv = detail.agreement, detail.return_visits[0]
    assert rv.due_on == CAL.period_end(signed, 15)  # 回访 after 15 days
    assert a.confirmation_until == CAL.period_end(signed, 30)  # art. 33: 30 days from effect
    assert a.confirmation_reminder_on == a.confirmation_until - timedelta(days=7)
    # Before the reminder date: no reminder of the window yet
    assert [r.kind for r in med.reminders(m)] == []
    clock.day = rv.due_on
    assert [(r.kind, r.due_on) for r in med.reminders(m)] == [("return_visit", rv.due_on)]
    clock.day = a.confirmation_reminder_on
    kinds = [(r.kind, r.due_on, r.parties) for r in med.reminders(m)]
    assert ("confirmation", a.confirmation_until, "张三、李四") in kinds
    assert med.get_case(m, cid).confirmation_reminder
    # After the window: too late to record an application made then
    clock.day = a.confirmation_until + timedelta(days=3)
    with pytest.raises(ValidationError) as e:
        med.record_confirmation_application(m, a.id, a.version, a.confirmation_until + timedelta(days=1))
    assert e.value.code == "confirmation_window_closed"
    assert [r.kind for r in med.reminders(m) if r.kind == "confirmation"] == []
    detail = med.record_confirmation_application(m, a.id, a.version, a.confirmation_until)
    assert detail.agreement.confirmation_applied_on == a.confirmation_until
    # And a closed case needs its return visit first
    with pytest.raises(ValidationError) as e:
        med.close_case(m, cid, detail.case.version)
    assert e.value.code == "return_visit_pending"
    rv = detail.return_visits[0]
    detail = med.record_return_visit(
        m, rv.id, rv.version, ReturnVisitInput(clock.day, "已全部履行", "satisfied", escalation_signs="")
    )
    assert med.close_case(m, cid, detail.case.version).case.status == "closed"


# -- the dossier -----------------------------------------------------------------------------------------------------


def _png(colour=(200, 220, 240)) -> bytes:
    """A scan; different scans differ (the store refuses the same file twice for a case)."""
    buf = io.BytesIO()
    Image.new("RGB", (400, 250), colour).save(buf, "PNG")
    return buf.getvalue()


def test_given_a_closed_case_then_the_dossier_has_cover_contents_with_true_page_numbers_and_every_document_in_order(
    services, staff, med
):
    d, m = staff["director"], staff["mediator"]
    cid = new_case(
        med,
        d,
        parties=(PartyInput("applicant", "张三"), PartyInput("respondent", "李四", agent_name="李律师")),
    )
    to_mediation(med, d, cid, m)
    detail = med.record_agreement(
        m,
        cid,
        med.get_case(m, cid).case.version,
        AgreementInput("written", "李四赔偿张三2000元。", "3月10日前付清"),
    )
    rv = detail.return_visits[0]
    detail = med.record_return_visit(m, rv.id, rv.version, ReturnVisitInput(TODAY, "已全部履行", "satisfied"))
    med.add_attachment(m, cid, "evidence", "漏水照片.png", _png())
    detail, dossier = med.close_and_archive(m, cid, detail.case.version)
    assert detail.case.status == "closed" and detail.has_dossier
    # missing mandatory documents come first: identity papers and the agent's power of attorney
    assert dossier.missing == ("当事人身份证明材料", "授权委托书")
    pages = pdf_pages(dossier.pdf)
    assert len(pages) == dossier.page_count
    assert "卷宗缺件清单" in pages[0] and "当事人身份证明材料" in pages[0] and "授权委托书" in pages[0]
    assert "人民调解卷宗" in pages[1] and "张三与李四邻里纠纷" in pages[1]
    assert "卷内目录" in pages[2]
    assert dossier.front_pages == 3
    # the contents give the pages of each entry; that page (numbered in its corner) holds the document
    expect = {
        "人民调解申请书或受理登记表": "人民调解申请书",
        "当事人权利义务告知书": "当事人权利义务告知书",
        "证据材料": "漏水照片.png",
        "人民调解记录": "人民调解记录",
        "人民调解协议书": "人民调解协议书",
        "回访记录": "人民调解回访记录",
    }
    index = pages[2]
    last = 0
    for part in dossier.parts:
        if part.title in expect:
            assert part.first_page is not None and part.first_page > last, part.title
            last = part.first_page
            assert f"{part.title}{part.pages}" in index, part.title
            page = pages[dossier.front_pages + part.first_page - 1]
            assert expect[part.title] in page, part.title
            assert page.startswith(str(part.first_page)) or str(part.first_page) in page[:4]
    order = [p.title for p in dossier.parts]
    assert order[:3] == ["人民调解申请书或受理登记表", "当事人权利义务告知书", "当事人身份证明材料"]
    assert order[-1] == "封底"
    assert "缺" in index
    assert {p.title: p.documents for p in dossier.parts}["人民调解记录"] == 2
    # the archived copy is kept with the case
    assert med.stored_dossier(m, cid) == dossier.pdf
    # When the identity scans are added and the dossier made again, nothing is missing and no list comes first
    med.add_attachment(m, cid, "identity", "身份证.png", _png((230, 230, 200)))
    med.add_attachment(
        m,
        cid,
        "authorization",
        "授权委托书.pdf",
        services.printing.render(m, "mediation_rights_notice"),
    )
    again = med.dossier(m, cid)
    assert again.missing == () and "人民调解卷宗" in pdf_pages(again.pdf)[0]


# -- the queue -------------------------------------------------------------------------------------------------------


def test_given_many_cases_then_the_queue_filters_in_the_database_and_pages_continue_without_gaps(
    services, staff, med
):
    d, m = staff["director"], staff["mediator"]
    grid = services.addresses.create_grid(d, "WG001", "第一网格")
    ids = []
    for i in range(23):
        ids.append(
            new_case(
                med,
                d,
                accepted_on=date(2026, 1, 1) + timedelta(days=i * 2),
                dispute_type="neighbour" if i % 2 else "property_mgmt",
                grid_id=grid.id if i % 3 == 0 else None,
                mediator_id=m.id if i % 4 == 0 else None,
                parties=(PartyInput("applicant", f"申请人{i:02d}"), PartyInput("respondent", "某物业公司")),
            )
        )
    f = QueueFilter("all")
    assert med.count_queue(d, f) == 23
    assert med.count_queue(d, QueueFilter("all", dispute_type="neighbour")) == 11
    assert med.count_queue(d, QueueFilter("all", grid_id=grid.id)) == 8
    assert med.count_queue(d, QueueFilter("all", mediator_id=m.id)) == 6
    assert med.count_queue(d, QueueFilter("all", date_from=date(2026, 1, 11), date_to=date(2026, 1, 20))) == 5
    assert [r.id for r in med.queue_window(d, QueueFilter("all", text="申请人07"))] == [ids[7]]
    assert [r.id for r in med.queue_window(d, QueueFilter("all", text="第5号"))] == [ids[4]]
    assert med.count_queue(d, QueueFilter("all", text="某物业")) == 23
    assert med.count_queue(d, QueueFilter("all", text="某")) == 0  # a name needs two characters
    # newest first; a page continues after the last row of the page before
    first = med.queue_window(d, f, limit=10)
    second = med.queue_window(d, f, after=row_key("all", first[-1]), limit=10)
    by_offset = med.queue_window(d, f, offset=10, limit=10)
    assert [r.id for r in second] == [r.id for r in by_offset] == list(reversed(ids))[10:20]
    assert first[0].parties == "申请人22、某物业公司"
    # the last page counted from the end (a jump to the bottom of a long list skips few rows)
    last = med.queue_window(d, f, offset=0, limit=3, from_end=True)
    assert [r.id for r in last] == ids[2::-1]


# -- corrections: parties, session records, another return visit, opening attachments, settings ----------------


def test_given_a_party_entered_by_mistake_then_it_leaves_with_a_reason_only_before_consent_and_the_story_keeps_it(
    services, staff, med
):
    d = staff["director"]
    cid = new_case(
        med,
        d,
        consent="pending",
        parties=(
            PartyInput("applicant", "张三"),
            PartyInput("respondent", "李四"),
            PartyInput("third_party", "王五"),
        ),
    )
    wang = next(p for p in med.get_case(d, cid).parties if p.name == "王五")
    # a reason is required
    with pytest.raises(ValidationError) as e:
        med.remove_party(d, wang.id, wang.version, "  ")
    assert (e.value.field, e.value.code) == ("reason", "required")
    detail = med.remove_party(d, wang.id, wang.version, "登记错误")
    assert [p.name for p in detail.parties] == ["张三", "李四"]
    # a case keeps at least one party
    lone = new_case(med, d, consent="pending", parties=(PartyInput("applicant", "赵六"),))
    (zhao,) = med.get_case(d, lone).parties
    with pytest.raises(ValidationError) as e:
        med.remove_party(d, zhao.id, zhao.version, "登记错误")
    assert (e.value.field, e.value.code) == ("party_id", "last_party")
    assert [p.name for p in med.get_case(d, lone).parties] == ["赵六"]
    # the case's story and the audit log tell who was removed, why, and from which case
    event = next(e for e in detail.timeline if e.kind == "party_removed")
    assert "王五" in event.detail and "登记错误" in event.detail and event.who == "zhuren"
    with services.sessions() as s:
        entry = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "remove_party", AuditEntry.entity_id == cid)
        ).one()
    assert (
        entry.entity == "dispute_case"
        and entry.reason == "登记错误"
        and f'"party_id": {wang.id}' in entry.before
    )
    # once the parties agreed to mediation, the parties are fixed
    med.record_consent(d, cid, detail.case.version, True)
    li = next(p for p in med.get_case(d, cid).parties if p.name == "李四")
    with pytest.raises(ValidationError) as e:
        med.remove_party(d, li.id, li.version, "误登")
    assert e.value.code == "parties_fixed"


def test_given_a_session_record_corrected_or_voided_then_prints_and_the_dossier_follow_and_the_story_keeps_the_voiding(
    services, staff, med
):
    from desktop.services.core.errors import NotFound

    d, m = staff["director"], staff["mediator"]
    cid = new_case(med, d)
    to_mediation(med, d, cid, m)
    first, second = med.get_case(m, cid).sessions
    # a correction is audited before -> after and prints
    changed = session_at(date(2026, 2, 24), statements="申请人张三陈述：楼上漏水四次。")
    med.update_session(m, first.id, first.version, changed)
    with pytest.raises(Conflict):
        med.update_session(m, first.id, first.version, changed)  # seen before the correction
    assert "楼上漏水四次" in pdf_text(services.printing.render(m, "mediation_record", first.id))
    with pytest.raises(ValidationError) as e:
        med.void_session(m, second.id, second.version, "")
    assert e.value.field == "reason"
    detail = med.void_session(m, second.id, second.version, "录入错误")
    assert [s.id for s in detail.sessions] == [first.id]
    assert not any(e.kind == "session" and e.ref_id == second.id for e in detail.timeline)
    voided = next(e for e in detail.timeline if e.kind == "session_voided")
    assert voided.ref_id == second.id and "录入错误" in voided.detail and "2026-02-27 09:00" in voided.detail
    # the voided record no longer prints, and the dossier files the other one only
    with pytest.raises(NotFound):
        services.printing.render(m, "mediation_record", second.id)
    text = pdf_text(med.dossier(m, cid, store=False).pdf)
    assert "楼上漏水四次" in text and "双方达成协议" not in text


def test_given_an_agreement_then_another_return_visit_is_scheduled_and_the_case_waits_for_it(
    services, staff, med
):
    d, m = staff["director"], staff["mediator"]
    cid = new_case(med, d)
    with pytest.raises(ValidationError) as e:
        med.schedule_return_visit(d, cid, med.get_case(d, cid).case.version, date(2026, 3, 20))
    assert e.value.code == "no_agreement"
    to_mediation(med, d, cid, m)
    detail = med.record_agreement(
        m, cid, med.get_case(m, cid).case.version, AgreementInput("written", "赔偿2000元。", "分两期")
    )
    first = detail.return_visits[0]
    with pytest.raises(ValidationError) as e:  # a visit is planned for today or later
        med.schedule_return_visit(m, cid, detail.case.version, TODAY - timedelta(days=1))
    assert (e.value.field, e.value.code) == ("due_on", "in_the_past")
    detail = med.schedule_return_visit(m, cid, detail.case.version, date(2026, 4, 20))
    assert [r.due_on for r in detail.return_visits] == [first.due_on, date(2026, 4, 20)]
    assert any(e.kind == "return_visit_due" and e.on == date(2026, 4, 20) for e in detail.timeline)
    done = med.record_return_visit(
        m, first.id, first.version, ReturnVisitInput(TODAY, "已支付第一期", "basically")
    )
    with pytest.raises(ValidationError) as e:
        med.close_case(m, cid, done.case.version)
    assert e.value.code == "return_visit_pending"


def test_given_a_dispute_type_deactivated_then_new_cases_cannot_choose_it_and_old_cases_keep_it(
    services, staff, med
):
    d = staff["director"]
    cid = new_case(med, d, dispute_type="neighbour")
    with services.sessions.begin() as s:  # the administrator deactivates it on the lists page
        s.scalars(
            select(CodeItem).where(CodeItem.list_name == "dispute_type", CodeItem.code == "neighbour")
        ).one().active = False
    with pytest.raises(ValidationError) as e:
        new_case(med, d, dispute_type="neighbour")
    assert (e.value.field, e.value.code) == ("dispute_type", "unknown_dispute_type")
    # the case registered before keeps its type through an unrelated change
    c = med.get_case(d, cid).case
    changes = CaseChanges(dispute_type=c.dispute_type, facts=c.facts + "（补充）", claims=c.claims)
    assert med.update_case(d, cid, c.version, changes).case.dispute_type == "neighbour"


def test_given_an_attachment_when_it_is_opened_then_the_opening_is_audited_against_its_case(
    services, staff, med
):
    d, m = staff["director"], staff["mediator"]
    cid = new_case(med, d)
    to_mediation(med, d, cid, m)
    session = med.get_case(m, cid).sessions[0]
    card = med.add_attachment(d, cid, "identity", "身份证.png", b"\x89PNGcard")
    photo = med.add_attachment(d, cid, "session", "现场.jpg", b"\xff\xd8photo", session_id=session.id)
    assert med.attachment_data(m, card.id) == ("身份证.png", "image/png", b"\x89PNGcard")
    assert med.attachment_data(m, photo.id)[2] == b"\xff\xd8photo"
    with services.sessions() as s:
        views = s.scalars(select(AuditEntry).where(AuditEntry.action == "view").order_by(AuditEntry.id)).all()
    assert [(v.entity, v.entity_id, v.username) for v in views] == [("dispute_case", cid, "tiaojie")] * 2
    assert "身份证.png" in views[0].summary and "现场.jpg" in views[1].summary
    with pytest.raises(PermissionDenied):
        med.attachment_data(staff["reception"], card.id)


def test_given_number_formats_then_only_one_with_the_year_and_the_running_number_that_fits_is_kept(
    services, staff, med
):
    d = staff["director"]
    for bad in (
        "（{year}）{abbr}人调字第号",  # no running number
        "（{year}）人调字第{{seq}}号",  # looks like one, prints "{seq}" on every case
        "{abbr}人调字第{seq}号",  # no year: next year's 第1号 would collide with this year's
        "（{year}）{seq.real}号",  # no attribute access
        "（{year}）{seq}号{0}",
        "（{year}）{seq}号{",
        "（{year}）{seq:x<80}号",  # too long for the column
    ):
        with pytest.raises(ValidationError) as e:
            med.update_settings(d, case_no_format=bad)
        assert e.value.field == "case_no_format" and e.value.code in (
            "bad_number_format",
            "number_too_long",
        ), bad
    # a short name that would make numbers too long is refused at its own field
    with pytest.raises(ValidationError) as e:
        med.update_settings(d, committee_abbr="很长的名字" * 12)
    assert (e.value.field, e.value.code) == ("committee_abbr", "number_too_long")
    with pytest.raises(ValidationError) as e:
        med.update_settings(d, due_days=True)
    assert e.value.code == "bad_days"
    assert med.settings(d).case_no_format == "（{year}）{abbr}人调字第{seq}号"  # nothing half-saved
    # a zero-padded running number is a number with the year and the sequence
    med.update_settings(d, case_no_format="{abbr}调〔{year}〕{seq:03d}号", due_days=20)
    assert med.get_case(d, new_case(med, d)).case.case_no == "华侨路调〔2026〕001号"
    assert med.settings(d).due_days == 20
