"""Printing from records: who may print what, forms filled from the database, every output audited; the
`print` command goes the same way."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
import tomli_w

from desktop import print_commands
from desktop.cli import build_parser
from desktop.models import (
    Activity,
    Agreement,
    Attendance,
    Camera,
    CaseParty,
    CertificateIssue,
    CertificateItem,
    DisputeCase,
    FootageCamera,
    FootageRequest,
    MediationSession,
    Person,
    Petition,
    ReturnVisit,
    Shift,
    Visit,
    Volunteer,
)
from desktop.services.core.dto import Actor
from desktop.services.core.errors import NotFound, PermissionDenied, ValidationError
from desktop.services.core.print_service import PrintService
from tests.unit.test_printing_support import ADDRESS_40, page_sizes_mm, pdf_text

PASSWORD = "Zhuren#2026"


def actor(role: str) -> Actor:
    return Actor(None, f"t-{role}", f"测试{role}", role)


DIRECTOR, RECEPTION, MONITOR, POLICE, ADMIN, MEDIATOR = (
    actor(r) for r in ("director", "reception", "monitor", "police", "admin", "mediator")
)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """One set-up database with a record of every kind the forms print (the room modules come later)."""
    from desktop.db import make_engine, upgrade
    from desktop.services.container import Services

    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('print') / 'p.sqlite3'}")
    upgrade(engine)
    svc = Services.build(engine)
    svc.auth.set_up(
        community="华侨路社区",
        street="华侨路街道",
        district="鼓楼区",
        city="南京市",
        admin_username="admin",
        admin_full_name="王建国",
        admin_password="longenough",
    )
    admin = svc.auth.login("admin", "longenough")
    zhu = svc.auth.create_user(
        admin.actor(),
        username="zhu",
        full_name="朱主任",
        role="director",
        password=PASSWORD,
        phone="13812345678",
    )
    at = datetime(2026, 3, 5, 1, 30, tzinfo=UTC)
    ids = {}
    with svc.sessions.begin() as s:
        visit = Visit(
            visitor_name="欧阳娜娜",
            visitor_sex="2",
            visitor_id_type="resident_id",
            visitor_id_number="32010619800305123X",
            visitor_phone="13812345678",
            visitor_address=ADDRESS_40,
            time_in=at,
            time_out=at + timedelta(hours=1),
            people_count=1,
            purpose="complaint",
            whom="社区民警",
            content="楼上装修噪音扰民。",
            handled_by=zhu.id,
            outcome="to_mediation",
            urgency="normal",
            notes="已转调处室",
        )
        voided = Visit(
            visitor_name="李四", time_in=at, purpose="consult", voided_at=at, void_reason="重复登记"
        )
        case = DisputeCase(
            case_no="（2026）华人调字第1号",
            year=2026,
            seq=1,
            source="from_visit",
            dispute_type="neighbour",
            facts="上下楼装修噪音。",
            claims="停止夜间施工。",
            accepted_on=date(2026, 3, 5),
            due_on=date(2026, 4, 4),
            mediator_id=zhu.id,
            status="closed",
            outcome="success_written",
            closed_on=date(2026, 3, 20),
        )
        s.add_all([visit, voided, case])
        s.flush()
        s.add_all(
            [
                CaseParty(
                    case_id=case.id,
                    role="applicant",
                    name="欧阳娜娜",
                    sex="2",
                    ethnic_code="01",
                    birth_date=date(1980, 3, 5),
                    phone="13812345678",
                    address=ADDRESS_40,
                    occupation="个体",
                ),
                CaseParty(
                    case_id=case.id,
                    role="respondent",
                    name="李四",
                    sex="1",
                    ethnic_code="29",
                    birth_date=date(1974, 1, 1),
                    phone="025-83216789",
                    address="南京市鼓楼区华侨路1号",
                ),
            ]
        )
        session = MediationSession(
            case_id=case.id,
            held_at=at + timedelta(days=2),
            place="矛盾纠纷调处室",
            mediators="朱主任、赵六",
            recorder="李娜",
            attendees="双方当事人",
            statements="申请人：噪音严重。\n被申请人：愿意调整。",
            result="达成协议。",
        )
        agreement = Agreement(
            case_id=case.id,
            agreement_no="（2026）华人调协字第1号",
            kind="written",
            terms="一、晚上八点后不施工；\n二、赔偿人民币2000元。",
            performance="3月15日前付清。",
            signed_on=date(2026, 3, 7),
            effective_on=date(2026, 3, 7),
        )
        s.add_all([session, agreement])
        s.flush()
        rv = ReturnVisit(
            case_id=case.id,
            agreement_id=agreement.id,
            due_on=date(2026, 3, 20),
            done_on=date(2026, 3, 20),
            performance="已履行完毕",
            satisfaction="satisfied",
            lawsuit=False,
            visitor_id=zhu.id,
        )
        claim = Petition(
            petition_no="XF202600001",
            channel="visit",
            category="claim",
            received_on=date(2026, 3, 1),
            petitioner_name="王五",
            request="小区加装电梯费用分摊",
            status="accepted",
            accepted_on=date(2026, 3, 3),
        )
        accusation = Petition(
            petition_no="XF202600002",
            channel="letter",
            category="accusation",
            received_on=date(2026, 3, 2),
            petitioner_name="赵六",
            request="检举某工作人员",
            status="registered",
        )
        cam = Camera(code="C-012", name="东门", location="龙蟠里小区东门")
        wang = Person(
            name="王小五", id_type="resident_id", id_number="320106197001011234", phone="13900001111"
        )
        s.add(wang)
        s.flush()
        vol = Volunteer(
            person_id=wang.id, volunteer_no="ZY0000001", team="patrol", joined_on=date(2024, 1, 2)
        )
        act = Activity(
            title="平安巡逻",
            kind="patrol",
            place="龙蟠里小区",
            starts_at=at,
            ends_at=at + timedelta(hours=3),
            capacity=5,
        )
        s.add_all([rv, claim, accusation, cam, vol, act])
        s.flush()
        footage = FootageRequest(
            window_start=at - timedelta(days=1),
            window_end=at,
            requester_org="华侨路派出所",
            requester_name="陈七",
            requester_id_number="32010619800305123X",
            basis="state_organ",
            reason="调查电动车被盗案件。",
            approver_id=zhu.id,
            decision="approved",
            decided_at=at,
        )
        shift = Shift(activity_id=act.id, starts_at=at, ends_at=at + timedelta(hours=3), capacity=5)
        s.add_all([footage, shift])
        s.flush()
        s.add(FootageCamera(request_id=footage.id, camera_id=cam.id))
        s.flush()
        served = Attendance(
            activity_id=act.id,
            shift_id=shift.id,
            volunteer_id=vol.id,
            hours=Decimal("2.5"),
            hours_status="approved",
            approved_at=at,
        )
        certificate = CertificateIssue(
            year=2026,
            seq=1,
            cert_no="ZYZM2026-0001",
            volunteer_id=vol.id,
            period_from=date(2026, 1, 1),
            period_to=date(2026, 3, 31),
            hours=Decimal("2.5"),
            services=1,
            person_in_charge="朱主任",
            handler_id=zhu.id,
            handler_phone="025-84561234",
            issued_on=date(2026, 4, 1),
        )
        s.add_all([served, certificate])
        s.flush()
        s.add(CertificateItem(certificate_id=certificate.id, attendance_id=served.id, hours=Decimal("2.5")))
        ids.update(
            visit=visit.id,
            voided=voided.id,
            case=case.id,
            session=session.id,
            agreement=agreement.id,
            return_visit=rv.id,
            claim=claim.id,
            accusation=accusation.id,
            footage=footage.id,
            volunteer=vol.id,
            certificate=certificate.id,
        )
    yield svc, ids
    engine.dispose()


@pytest.fixture
def printing(db):
    svc, _ = db
    return PrintService(svc.sessions, svc.audit)


FILLED = [
    (
        "visit_register",
        "visit",
        ["欧阳娜娜", "3201**********123X", "投诉", "■转矛盾纠纷", "朱主任", ADDRESS_40],
    ),
    ("mediation_application", "case", ["欧阳娜娜", "柯尔克孜族", "年龄46", "停止夜间施工。"]),
    ("mediation_acceptance", "case", ["调解欧阳娜娜、李四之间的纠纷", "来访转入"]),
    ("mediation_rights_notice", "case", ["欧阳娜娜、李四："]),
    ("mediation_record", "session", ["朱主任、赵六", "愿意调整。", "达成协议。"]),
    ("mediation_agreement", "agreement", ["（2026）华人调协字第1号", "本协议一式3份", "赔偿人民币2000元。"]),
    ("return_visit", "return_visit", ["已履行完毕", "■满意", "■否"]),
    ("case_file_cover", "case", ["欧阳娜娜与李四邻里纠纷", "（2026）华人调字第1号", "2026年3月20日"]),
    ("case_file_index", "case", ["人民调解记录", "1份"]),
    (
        "petition_acceptance_notice",
        "claim",
        ["王五：", "通过走访提出", "小区加装电梯费用分摊", "决定予以受理"],
    ),
    (
        "footage_request",
        "footage",
        ["华侨路派出所", "C-012东门（龙蟠里小区东门）", "■同意", "3201**********123X"],
    ),
    (
        "volunteer_certificate",
        "certificate",
        ["编号：ZYZM2026-0001", "兹证明王小五", "2.5小时", "3201**********1234", "负责人：朱主任", "朱主任"],
    ),
]


@pytest.mark.parametrize("key,record,expected", FILLED, ids=[f[0] for f in FILLED])
def test_given_a_record_when_its_form_is_printed_then_the_record_reads_back(
    db, printing, key, record, expected
):
    _, ids = db
    doc = printing.render_document(DIRECTOR, key, ids[record])
    text = pdf_text(doc.pdf)
    for part in expected:
        assert part in text, part
    assert not doc.blank and set(page_sizes_mm(doc.pdf)) == {(210, 297)}


def test_given_the_volunteers_then_the_roster_lists_them_without_a_record_id(printing):
    doc = printing.render_document(DIRECTOR, "volunteer_roster")
    assert not doc.blank and "王小五" in pdf_text(doc.pdf) and "ZY0000001" in pdf_text(doc.pdf)
    assert "王小五" not in pdf_text(printing.render(DIRECTOR, "volunteer_roster", blank=True))


def test_given_an_agreement_then_the_document_asks_for_parties_plus_one_copies(db, printing):
    _, ids = db
    assert printing.render_document(DIRECTOR, "mediation_agreement", ids["agreement"]).copies == 3


def test_given_id_numbers_then_they_print_masked_unless_a_role_with_the_right_asks(db, printing):
    _, ids = db
    assert "32010619800305123X" not in pdf_text(printing.render(DIRECTOR, "visit_register", ids["visit"]))
    assert "32010619800305123X" in pdf_text(
        printing.render(POLICE, "visit_register", ids["visit"], reveal=True)
    )
    assert "32010619800305123X" not in pdf_text(
        printing.render(RECEPTION, "visit_register", ids["visit"], reveal=True)
    )


def test_given_roles_then_blank_forms_are_for_all_and_filled_ones_for_those_whose_work_they_are(db, printing):
    _, ids = db
    with pytest.raises(PermissionDenied):
        printing.render(MONITOR, "visit_register", ids["visit"])
    assert printing.render(MONITOR, "visit_register").startswith(b"%PDF")
    with pytest.raises(PermissionDenied):
        printing.render(ADMIN, "mediation_agreement", ids["agreement"])
    with pytest.raises(PermissionDenied):
        printing.render(MEDIATOR, "sign_centre_plate")
    assert printing.render(ADMIN, "sign_centre_plate").startswith(b"%PDF")
    keys = {d.key: d for d in printing.documents(MONITOR)}
    assert keys["footage_request"].can_filled and not keys["visit_register"].can_filled
    assert "sign_centre_plate" not in keys


def test_given_an_accusation_then_only_roles_that_may_read_it_print_its_notice(db, printing):
    """信访工作条例 art. 30: what a 检举控告 says must not reach the wrong hands."""
    _, ids = db
    with pytest.raises(PermissionDenied):
        printing.render(RECEPTION, "petition_acceptance_notice", ids["accusation"])
    assert "赵六" in pdf_text(printing.render(DIRECTOR, "petition_acceptance_notice", ids["accusation"]))


def test_given_a_voided_or_missing_record_then_nothing_prints(db, printing):
    _, ids = db
    with pytest.raises(NotFound):
        printing.render(DIRECTOR, "visit_register", ids["voided"])
    with pytest.raises(NotFound):
        printing.render(DIRECTOR, "visit_register", 99999)
    with pytest.raises(NotFound):
        printing.render(DIRECTOR, "no_such_document")
    with pytest.raises(ValidationError):
        printing.render(DIRECTOR, "visit_register", blank=False)


def test_given_prints_saves_and_opens_then_each_is_in_the_audit_log_with_what_which_and_who(db, printing):
    svc, ids = db
    printing.log_output(DIRECTOR, "visit_register", ids["visit"], "print")
    printing.log_output(DIRECTOR, "visit_register", None, "save")
    printing.log_output(DIRECTOR, "chart_duties", None, "open")
    entries = svc.audit.search(DIRECTOR, username=DIRECTOR.username)[:3]
    assert [(e.action, e.entity, e.entity_id) for e in entries] == [
        ("export", "document", None),
        ("export", "document", None),
        ("print", "visit", ids["visit"]),
    ]
    assert entries[2].summary == "打印《来访登记表》 [visit_register]"
    assert entries[1].summary == "另存为PDF《来访登记表》（空白） [visit_register]"
    assert entries[0].summary == "打开查看《工作职责（上墙）》 [chart_duties]"
    with pytest.raises(ValueError):
        printing.log_output(DIRECTOR, "visit_register", None, "fax")


def test_given_the_community_and_its_staff_then_signage_defaults_follow_them_and_stored_settings_win(db):
    svc, _ = db
    plain = PrintService(svc.sessions, svc.audit)
    defaults = plain.signage_defaults()
    assert defaults.centre_name == "华侨路社区综治中心"
    assert [(s.name, s.role, s.phone) for s in defaults.staff] == [("朱主任", "中心主任", "13812345678")]
    assert "华侨路社区综治中心" in pdf_text(plain.render(ADMIN, "sign_centre_plate"))
    stored = PrintService(
        svc.sessions, svc.audit, lambda: {"centre_name": "龙蟠里社区综治中心", "plate_width_mm": 900}
    )
    pdf = stored.render(ADMIN, "sign_centre_plate")
    assert "龙蟠里社区综治中心" in pdf_text(pdf) and page_sizes_mm(pdf) == [(900, 400)]
    assert page_sizes_mm(stored.render(ADMIN, "sign_centre_plate", media="A3"))[0] in ((297, 420), (420, 297))


# -- the print command ------------------------------------------------------------------------------------------


def _cli(db, argv, capsys, stdin: str = "", monkeypatch=None) -> tuple[int, str, str]:
    svc, _ = db
    if monkeypatch is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    args = build_parser().parse_args(argv)
    rc = print_commands.run(args, lambda: svc)
    out = capsys.readouterr()
    return rc, out.out, out.err


def test_given_the_command_line_then_list_shows_every_key_without_a_database(capsys):
    args = build_parser().parse_args(["print", "--list"])
    assert print_commands.run(args, lambda: pytest.fail("--list needs no database")) == 0
    out = capsys.readouterr().out
    assert "visit_register" in out and "sign_centre_plate" in out and "人民调解协议书" in out


def test_given_the_command_line_then_blank_forms_and_signage_batches_are_written_and_audited(
    db, capsys, tmp_path
):
    svc, _ = db
    rc, out, _ = _cli(
        db, ["print", "mediation_application", "--blank", "-o", str(tmp_path / "a.pdf")], capsys
    )
    assert rc == 0 and "人民调解申请书" in pdf_text((tmp_path / "a.pdf").read_bytes())
    settings = tmp_path / "signage.toml"
    settings.write_text(
        tomli_w.dumps({"signage": {"centre_name": "龙蟠里社区综治中心", "rooms": ["警务室"]}}),
        encoding="utf-8",
    )
    rc, out, _ = _cli(
        db,
        ["print", "signage", "--tile", "A4", "--signage", str(settings), "-o", str(tmp_path / "signs")],
        capsys,
    )
    assert rc == 0
    written = sorted(p.name for p in (tmp_path / "signs").iterdir())
    assert written == sorted(
        f"{k}.pdf"
        for k in (
            "sign_centre_plate",
            "sign_door_plates",
            "chart_duties",
            "chart_rules",
            "chart_staff",
            "chart_reception_notice",
        )
    )
    door = (tmp_path / "signs" / "sign_door_plates.pdf").read_bytes()
    assert "警务室" in pdf_text(door) and set(page_sizes_mm(door)) <= {(210, 297), (297, 210)}
    assert any("sign_door_plates" in e.summary for e in svc.audit.search(DIRECTOR, action="export"))


def test_given_a_filled_form_on_the_command_line_then_it_needs_a_staff_login(
    db, capsys, tmp_path, monkeypatch
):
    svc, ids = db
    target = tmp_path / "visit.pdf"
    rc, _, err = _cli(
        db, ["print", "visit_register", "--record", str(ids["visit"]), "-o", str(target)], capsys
    )
    assert rc == 3 and "--user" in err and not target.exists()
    rc, _, err = _cli(
        db,
        [
            "print",
            "visit_register",
            "--record",
            str(ids["visit"]),
            "--user",
            "zhu",
            "--password-stdin",
            "-o",
            str(target),
        ],
        capsys,
        "wrong password\n",
        monkeypatch,
    )
    assert rc == 3 and not target.exists()
    rc, out, _ = _cli(
        db,
        [
            "print",
            "visit_register",
            "--record",
            str(ids["visit"]),
            "--user",
            "zhu",
            "--password-stdin",
            "-o",
            str(target),
        ],
        capsys,
        PASSWORD + "\n",
        monkeypatch,
    )
    assert rc == 0 and "欧阳娜娜" in pdf_text(target.read_bytes())
    entry = svc.audit.search(DIRECTOR, username="zhu", action="export")[0]
    assert (entry.entity, entry.entity_id) == ("visit", ids["visit"])


def test_given_an_unknown_key_or_record_then_the_command_says_so(db, capsys, tmp_path):
    rc, _, err = _cli(db, ["print", "no_such_form"], capsys)
    assert rc == 2 and "no_such_form" in err
    rc, _, err = _cli(db, ["print"], capsys)
    assert rc == 2
