"""Petitions (信访) through their service, on SQLite and on PostgreSQL: intake from every channel, the statutory
deadlines across the 2025 National Day holiday, extension, answer, 复查 / 复核, the lists and the badge, art. 30
for accusations, attachments, 网上信访代理."""

from __future__ import annotations

import io
from datetime import date

import pytest
from PIL import Image
from sqlalchemy import select

from desktop.models import AuditEntry
from desktop.services.core.errors import Conflict, PermissionDenied, ValidationError
from desktop.services.reception.petition_dto import PetitionerInput, PetitionFilter, PetitionInput
from desktop.services.reception.petition_service import PetitionService
from tests.conftest import Clock, make_actor


@pytest.fixture
def staff(services):

    return {
        key: make_actor(services, username, full_name, role)
        for key, username, full_name, role in [
            ("director", "zhuren", "李红梅", "director"),
            ("reception", "qiantai", "王丽", "reception"),
            ("reception2", "qiantai2", "孙芳", "reception"),
            ("mediator", "tiaojie", "陈建国", "mediator"),
            ("police", "minjing", "张警官", "police"),
        ]
    }


@pytest.fixture
def clock():
    return Clock(date(2025, 9, 26))


@pytest.fixture
def svc(services, clock):
    p = PetitionService(services.sessions, clock=clock)
    services.petitions = p  # what the container will hold
    return p


def intake(**kw) -> PetitionInput:
    base = dict(
        channel="letter",
        category="claim",
        received_on=date(2025, 9, 26),
        petitioners=(PetitionerInput("周建华", phone="13812345678", address="龙蟠里小区3幢502室"),),
        request="要求物业公司修复漏水的公共管道",
        facts="自8月起楼道管道漏水，多次向物业反映未果。",
    )
    base.update(kw)
    return PetitionInput(**base)


def audit(services, entity="petition"):
    with services.sessions() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.entity == entity).order_by(AuditEntry.id)))


def test_given_a_letter_the_friday_before_national_day_then_its_deadlines_land_on_hand_computed_days(
    services, staff, svc
):
    # Given a letter received Fri 2025-09-26, when it is registered
    d = svc.create(staff["reception"], intake())
    # Then its number is the first of the year, and registration and the written notice are due Sat Oct 11 (调休)
    assert d.petition_no == "XF202500001" and d.status == "registered"
    assert {s.kind: s.due_on for s in d.steps} == {
        "register": date(2025, 10, 11),
        "acceptance_notice": date(2025, 10, 11),
    }
    assert d.step("register").done_on == date(2025, 9, 26)
    assert d.next_due == date(2025, 10, 11) and d.handler == "王丽"
    assert d.petitioners[0].phone == "138****5678"  # masked on screen
    assert audit(services)[-1].summary == "登记信访事项XF202500001（书信，申诉求决类）"


def test_given_a_transferred_matter_then_5_working_days_to_object_and_the_objection_is_recorded(
    services, staff, svc
):
    d = svc.create(staff["reception"], intake(transferred_from="鼓楼区信访局"))
    assert d.step("transfer_objection").due_on == date(2025, 10, 10)  # Sun 28 (调休), 29, 30, Oct 9, 10
    assert d.step("transfer_notice").due_on == date(2025, 10, 11)
    d = svc.object_to_transfer(staff["reception"], d.id, d.version, "该事项属区住建局职责")
    assert d.step("transfer_objection").done_on == date(2025, 9, 26)
    assert d.step("transfer_objection").reason == "该事项属区住建局职责"


def test_given_an_accepted_claim_when_extended_then_the_director_approves_at_most_30_days_once_and_the_petitioner_is_told(
    services, staff, svc, clock
):
    # Given a claim received Fri Aug 1 and accepted Mon Aug 4: 60 days end Fri Oct 3 (holiday) -> Thu Oct 9
    clock.day = date(2025, 8, 4)
    d = svc.create(staff["reception"], intake(received_on=date(2025, 8, 1)))
    d = svc.accept(staff["reception"], d.id, d.version, date(2025, 8, 4))
    assert d.status == "handling" and d.accepted_on == date(2025, 8, 4)
    assert d.step("acceptance_notice").done_on == date(2025, 8, 4)
    assert d.step("handle").due_on == date(2025, 10, 9)
    clock.day = date(2025, 9, 29)
    common = dict(reason="涉及多个部门，需进一步调查核实", told_how="书面", on=date(2025, 9, 29))
    # When someone who is not the director approves it, or more than 30 days are asked, then it is refused
    with pytest.raises(ValidationError) as e:
        svc.extend(staff["reception"], d.id, d.version, days=30, approver_id=staff["reception"].id, **common)
    assert e.value.code == "not_approver"
    with pytest.raises(ValidationError) as e:
        svc.extend(staff["reception"], d.id, d.version, days=31, approver_id=staff["director"].id, **common)
    assert e.value.code == "extension_too_long"
    with pytest.raises(ValidationError) as e:
        svc.extend(staff["reception"], d.id, d.version, days=30, approver_id=staff["director"].id,
                   reason="涉及多个部门", told_how="", on=date(2025, 9, 29))  # fmt: skip
    assert e.value.field == "told_how"
    # When the director approves 30 days, then the handling period ends Sat Nov 8 -> Mon Nov 10
    d = svc.extend(staff["reception"], d.id, d.version, days=30, approver_id=staff["director"].id, **common)
    assert d.step("handle").due_on == date(2025, 11, 10) == d.extended_to
    ext = d.step("extension")
    assert ext.approver == "李红梅" and ext.reason == "涉及多个部门，需进一步调查核实"
    assert "原办理期限2025-10-09，延长30日" in ext.note
    # and the petitioner asking at the desk is told the new date and the reason
    text = svc.progress_text(staff["reception"], d.id)
    assert "办理期限至2025年11月10日（星期一）" in text and "延期理由：涉及多个部门，需进一步调查核实" in text
    # a second extension is refused (art. 34: 30 days at most)
    with pytest.raises(ValidationError) as e:
        svc.extend(staff["reception"], d.id, d.version, days=1, approver_id=staff["director"].id, **common)
    assert e.value.code == "already_extended"
    entry = audit(services)[-1]
    assert entry.action == "extend" and entry.reason == "涉及多个部门，需进一步调查核实"
    assert '"handle_due": "2025-10-09"' in entry.before and '"handle_due": "2025-11-10"' in entry.after


def test_given_an_answer_then_review_and_recheck_windows_follow_its_date_until_the_matter_closes(
    services, staff, svc, clock
):
    clock.day = date(2025, 9, 1)
    d = svc.create(staff["reception"], intake(received_on=date(2025, 8, 20)))
    d = svc.accept(staff["reception"], d.id, d.version, date(2025, 8, 21))
    with pytest.raises(ValidationError) as e:
        svc.answer(staff["reception"], d.id, d.version, decision="explain", decision_text="", legal_basis="x")
    assert e.value.field == "decision_text"
    # answered Mon Sep 1 -> the petitioner may ask for 复查 until Wed Oct 1 -> Thu Oct 9 (holiday)
    d = svc.answer(
        staff["reception"],
        d.id,
        d.version,
        decision="explain",
        decision_text="经查，管道属业主共有部分，已协调物业维修。",
        legal_basis="《物业管理条例》第五十五条",
        on=date(2025, 9, 1),
    )
    assert d.status == "answered" and d.step("handle").done_on == date(2025, 9, 1)
    assert d.step("review_request").due_on == date(2025, 10, 9)
    assert d.step("review_request").state == "waiting" and d.next_due is None
    # 复查 asked on the 调休 Sunday Sep 28: the higher body answers by Tue Oct 28
    clock.day = date(2025, 9, 28)
    d = svc.request_review(staff["reception"], d.id, d.version, body="华侨路街道办事处", on=date(2025, 9, 28))
    assert d.status == "review" and d.step("review").due_on == date(2025, 10, 28)
    assert d.step("review").owner == "superior"
    clock.day = date(2025, 10, 11)
    d = svc.record_review_result(
        staff["reception"], d.id, d.version, result="维持原处理意见", on=date(2025, 10, 11)
    )
    assert d.status == "answered" and d.step("recheck_request").due_on == date(2025, 11, 10)
    clock.day = date(2025, 11, 12)
    with pytest.raises(ValidationError) as e:
        svc.request_recheck(staff["reception"], d.id, d.version, body="鼓楼区人民政府", on=date(2025, 11, 12))
    assert e.value.code == "window_closed"
    d = svc.close(staff["reception"], d.id, d.version)
    assert d.status == "closed" and d.step("recheck_request").note == "期满未请求"


def test_given_deadlines_then_due_soon_and_overdue_lists_and_the_badge_count_them(
    services, staff, svc, clock
):
    # Given three letters: one received Sep 26 (notice due Sat Oct 11), one Sep 20 (due Thu Oct 9), one accepted
    a = svc.create(staff["reception"], intake())
    clock.day = date(2025, 9, 20)
    b = svc.create(staff["reception"], intake(received_on=date(2025, 9, 20), channel="network"))
    c = svc.create(staff["reception"], intake(received_on=date(2025, 9, 20), channel="phone"))
    c = svc.accept(
        staff["reception"], c.id, c.version, date(2025, 9, 20)
    )  # handling until Nov 19 -> Wed Nov 19
    # When it is Thu Oct 9
    clock.day = date(2025, 10, 9)
    soon = svc.petitions(staff["reception"], PetitionFilter("due_soon"))
    # Then the one due today and the one due Sat Oct 11 are due soon; none is overdue yet
    assert [r.petition_no for r in soon] == [b.petition_no, a.petition_no]
    assert [r.next_due for r in soon] == [date(2025, 10, 9), date(2025, 10, 11)]
    assert soon[0].next_kind == "acceptance_notice" and soon[0].deadline_state == "due_soon"
    assert svc.deadline_counts(staff["reception"]).due_soon == 2
    # When it is Mon Oct 13, then both are overdue and listed as such; the accepted one is not
    clock.day = date(2025, 10, 13)
    overdue = svc.petitions(staff["director"], PetitionFilter("overdue"))
    assert [r.petition_no for r in overdue] == [b.petition_no, a.petition_no]
    assert all(r.deadline_state == "overdue" for r in overdue)
    counts = svc.deadline_counts(staff["director"])
    assert (counts.overdue, counts.due_soon, counts.total) == (2, 0, 2)
    assert c.petition_no in [
        r.petition_no for r in svc.petitions(staff["reception"], PetitionFilter("handling"))
    ]
    # the mediator works with no petitions: no badge, no list
    assert svc.deadline_counts(staff["mediator"]).total == 0
    with pytest.raises(PermissionDenied):
        svc.petitions(staff["mediator"])
    # search by number and by name
    assert [r.id for r in svc.petitions(staff["reception"], PetitionFilter("all", text="00002"))] == [b.id]


def test_given_an_accusation_then_only_its_handler_and_the_director_read_it_and_every_read_is_audited(
    services, staff, svc
):
    """信访工作条例 art. 30: an accusation must not reach the accused; the audit log records every view."""
    # Given an accusation registered by one receptionist and handed to the director
    d = svc.create(
        staff["reception"],
        intake(category="accusation", request="检举某工作人员收受好处费", handler_id=staff["director"].id),
    )
    created = audit(services)[-1]
    assert "收受好处费" not in (created.after or "") and "周建华" not in (created.after or "")
    # When another receptionist opens it, then the number and deadlines show, never the content
    other = svc.get(staff["reception2"], d.id)
    assert other.hidden and other.request == "" and other.petitioner_name.startswith("（")
    assert other.petitioners == () and other.step("acceptance_notice").due_on == date(2025, 10, 11)
    row = svc.petitions(staff["reception2"], PetitionFilter("all"))[0]
    assert row.hidden and row.request == "" and "周建华" not in row.petitioner
    assert svc.petitions(staff["reception2"], PetitionFilter("all", text="周建")) == []
    with pytest.raises(PermissionDenied):
        svc.accept(staff["reception2"], d.id, d.version)
    # When the director (its handler) opens it, then the content shows and the view is in the audit log
    mine = svc.get(staff["director"], d.id)
    assert not mine.hidden and mine.request == "检举某工作人员收受好处费"
    views = [e for e in audit(services) if e.action == "view"]
    assert len(views) == 1 and views[0].username == "zhuren" and "XF202500001" in views[0].summary
    svc.get(staff["director"], d.id)
    assert len([e for e in audit(services) if e.action == "view"]) == 2
    # the receptionist who registered it is no longer entitled once it is handed to the director
    assert svc.get(staff["reception"], d.id).hidden


def test_given_a_collective_petition_then_at_most_5_representatives(services, staff, svc):
    people = tuple(PetitionerInput(f"代表{i}", is_representative=True) for i in range(6))
    with pytest.raises(ValidationError) as e:
        svc.create(staff["reception"], intake(channel="visit", is_collective=True, petitioners=people))
    assert e.value.code == "too_many_representatives"
    d = svc.create(staff["reception"], intake(channel="visit", is_collective=True, petitioners=people[:5]))
    assert d.is_collective and d.representatives == "代表0、代表1、代表2、代表3、代表4"
    assert sum(p.is_representative for p in d.petitioners) == 5


def test_given_scanned_letters_then_images_and_pdfs_are_kept_with_thumbnails(services, staff, svc):
    d = svc.create(staff["reception"], intake())
    buf = io.BytesIO()
    Image.new("RGB", (1240, 1754), "#f4f0e8").save(buf, "JPEG")
    jpeg = buf.getvalue()
    a = svc.add_attachment(staff["reception"], d.id, "C:\\扫描\\来信第1页.jpg", jpeg)
    assert (a.filename, a.mime_type, a.size) == ("来信第1页.jpg", "image/jpeg", len(jpeg))
    thumb = Image.open(io.BytesIO(svc.thumbnail(staff["reception"], a.id)))
    assert thumb.format == "PNG" and max(thumb.size) == 160
    # a scanner's PDF: the JPEG of its page becomes the thumbnail
    pdf = io.BytesIO()
    Image.new("RGB", (1240, 1754), "white").save(pdf, "PDF")
    b = svc.add_attachment(staff["reception"], d.id, "来信.pdf", pdf.getvalue())
    assert b.mime_type == "application/pdf"
    assert Image.open(io.BytesIO(svc.thumbnail(staff["reception"], b.id))).size[1] == 160
    with pytest.raises(ValidationError) as e:
        svc.add_attachment(staff["reception"], d.id, "again.jpg", jpeg)
    assert e.value.code == "duplicate_file"
    with pytest.raises(ValidationError) as e:
        svc.add_attachment(staff["reception"], d.id, "virus.exe", b"MZ\x90\x00")
    assert e.value.code == "not_image_or_pdf"
    name, mime, data = svc.attachment_data(staff["reception"], a.id)
    assert (name, mime, data) == ("来信第1页.jpg", "image/jpeg", jpeg)
    assert [x.filename for x in svc.get(staff["reception"], d.id).attachments] == [
        "来信第1页.jpg",
        "来信.pdf",
    ]


def test_given_a_proxy_filing_on_the_national_system_then_its_number_and_progress_are_kept(
    services, staff, svc
):
    d = svc.create(staff["reception"], intake(channel="network"))
    d = svc.record_national_filing(
        staff["reception"], d.id, d.version, "320106202509260001", date(2025, 9, 26)
    )
    assert (d.national_ref_no, d.national_filed_on) == ("320106202509260001", date(2025, 9, 26))
    d = svc.record_progress(staff["reception"], d.id, d.version, "国家信访信息系统显示：已转区住建局办理")
    assert (
        d.step("progress").note == "国家信访信息系统显示：已转区住建局办理"
        and d.step("progress").state == "done"
    )
    assert [r.id for r in svc.petitions(staff["reception"], PetitionFilter("all", text="3201062025"))] == [
        d.id
    ]


def test_given_two_pcs_then_a_stale_version_is_a_conflict_not_an_overwrite(services, staff, svc):
    d = svc.create(staff["reception"], intake())
    svc.accept(staff["reception"], d.id, d.version)
    with pytest.raises(Conflict):
        svc.reject(staff["reception2"], d.id, d.version, "不属于本单位职权范围")


def test_given_a_rejection_then_reason_and_where_to_turn_are_kept(services, staff, svc):
    d = svc.create(staff["reception"], intake())
    with pytest.raises(ValidationError):
        svc.reject(staff["reception"], d.id, d.version, "")
    d = svc.reject(
        staff["reception"], d.id, d.version, "该事项不属于本单位职权范围", "鼓楼区住房保障和房产局"
    )
    assert d.status == "rejected" and d.refer_to == "鼓楼区住房保障和房产局"
    assert d.step("acceptance_notice").done_on == date(2025, 9, 26)
    assert "请向鼓楼区住房保障和房产局提出" in svc.progress_text(staff["reception"], d.id)
