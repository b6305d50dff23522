"""The director's desk's indicators against figures computed by hand, on SQLite and PostgreSQL.

Petitions go through the petition service, so their deadlines are the real ones on the 2025 calendar (National
Day: Oct 1-8 off, Sun Sept 28 and Sat Oct 11 worked); cases, return visits and key-group members are written
as the rooms store them. Today is Tue 2 Dec 2025 throughout.

The petitions, with the dates a clerk would count on the calendar:
- A: received Sun 10 Aug; 15 days -> Mon 25 Aug (August). Accepted 28 Aug: late. Handling 60 days -> Mon 27 Oct.
  Answered 30 Oct: late. Evaluation window (30 days) ends 29 Nov (November), passed, never evaluated.
- B: received Sun 31 Aug (the 31st: received in August); 15 days -> Mon 15 Sept: it counts in SEPTEMBER. Accepted
  10 Sept: in time. Handling -> Sun 9 Nov, a rest day -> Mon 10 Nov. Answered 5 Nov: on time. Window ends 5 Dec
  (December); evaluated 基本满意 on 20 Nov.
- C: received Sat 13 Sept; 15 days -> Sun 28 Sept, a 调休 WORKDAY: due that Sunday, in September (not moved to
  Thu 9 Oct after the holiday). Accepted Mon 29 Sept: one day late. Handling -> Fri 28 Nov: open, overdue today.
- D: received Mon 15 Sept by the same registered person as B (a repeat), collective; notice due 30 Sept; not
  accepted (不予受理) on 20 Sept: the notice went out in time.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop.models import Address, CaseTransfer, DisputeCase, Grid, Person, ReturnVisit
from desktop.services.dashboard.dashboard_service import DashboardService
from desktop.services.dashboard.indicators import percent_text
from desktop.services.reception.petition_dto import PetitionerInput, PetitionInput
from desktop.services.reception.petition_service import PetitionService
from desktop.services.residents.key_group_service import KeyGroupService
from tests.conftest import Clock, make_actor

TODAY = date(2025, 12, 2)
SEP, AUG, OCT, NOV, DEC = (date(2025, m, 1) for m in (9, 8, 10, 11, 12))


@pytest.fixture
def clock():
    return Clock(TODAY)


@pytest.fixture
def staff(services):
    return {
        "director": make_actor(services, "zhuren", "李红梅", "director"),
        "reception": make_actor(services, "qiantai", "王丽", "reception"),
        "police": make_actor(services, "minjing", "张警官", "police"),
        "mediator": make_actor(services, "tiaojie", "陈建国", "mediator"),
    }


@pytest.fixture
def desk(services, clock):
    return DashboardService(services.sessions, clock=clock)


def _grid_and_person(services, name: str, grid_code: str = "G1") -> tuple[int, int]:
    with services.sessions.begin() as s:
        grid = s.query(Grid).filter_by(code=grid_code).one_or_none()
        if grid is None:
            from desktop.models import Community

            grid = Grid(
                community_id=s.query(Community.id).scalar(), code=grid_code, name=f"第{grid_code}网格"
            )
            s.add(grid)
            s.flush()
        addr = Address(
            grid_id=grid.id, building=f"{name}楼", unit="1", room="101", full_text=f"{name}楼1单元101"
        )
        s.add(addr)
        s.flush()
        p = Person(name=name, id_type="other", address_id=addr.id)
        s.add(p)
        s.flush()
        return grid.id, p.id


@pytest.fixture
def petitions(services, staff, clock):
    svc = PetitionService(services.sessions, clock=clock)
    rec = staff["reception"]
    _grid, person = _grid_and_person(services, "周建华")

    def intake(received_on, **kw):
        base = dict(
            channel="visit",
            category="claim",
            received_on=received_on,
            petitioners=(PetitionerInput("周建华", person_id=person),),
            request="要求修复漏水的公共管道",
        )
        base.update(kw)
        return svc.create(rec, PetitionInput(**base))

    a = intake(date(2025, 8, 10), petitioners=(PetitionerInput("吴敏"),), channel="letter")
    a = svc.accept(rec, a.id, a.version, on=date(2025, 8, 28))
    a = svc.answer(
        rec,
        a.id,
        a.version,
        decision="support",
        decision_text="已修复",
        legal_basis="物业管理条例",
        on=date(2025, 10, 30),
    )
    b = intake(date(2025, 8, 31))
    b = svc.accept(rec, b.id, b.version, on=date(2025, 9, 10))
    b = svc.answer(
        rec,
        b.id,
        b.version,
        decision="explain",
        decision_text="已解释",
        legal_basis="信访工作条例",
        on=date(2025, 11, 5),
    )
    b = svc.record_evaluation(rec, b.id, b.version, "basically", on=date(2025, 11, 20))
    c = intake(date(2025, 9, 13), petitioners=(PetitionerInput("郑强"),), category="suggestion")
    c = svc.accept(rec, c.id, c.version, on=date(2025, 9, 29))
    d = intake(
        date(2025, 9, 15),
        petitioners=(
            PetitionerInput("周建华", person_id=person, is_representative=True),
            PetitionerInput("周小红"),
        ),
        is_collective=True,
    )
    d = svc.reject(
        rec, d.id, d.version, reason="不属于本单位职权范围", refer_to="区住建局", on=date(2025, 9, 20)
    )
    return {"A": a, "B": b, "C": c, "D": d}


def test_given_a_petition_received_on_the_31st_when_read_by_month_then_it_counts_in_the_month_its_15th_day_falls_in(
    desk, staff, petitions
):
    director = staff["director"]
    aug = desk.desk(director, AUG).tile("petitions.timely_acceptance")
    sep = desk.desk(director, SEP).tile("petitions.timely_acceptance")
    # August: A only (due 25 Aug, accepted 28 Aug: late) -> 0 of 1; B is received in August but due in September
    assert (aug.month.numerator, aug.month.denominator, aug.month.value) == (0, 1, 0.0)
    assert aug.level == "red"
    # September: B (in time), C (due on the 调休 Sunday 28 Sept, accepted the 29th: late), D (rejected in time)
    assert (sep.month.numerator, sep.month.denominator) == (2, 3)
    assert percent_text(sep.month.value) == "66.7%"
    # 环比 against August's 0 %: +66.7 percentage points; 同比: no September 2024 at all -> none
    assert round(sep.mom, 1) == 66.7 and sep.yoy is None
    # 年度累计 January - September: A, B, C, D -> 2 of 4
    assert (sep.ytd.numerator, sep.ytd.denominator) == (2, 4)
    # received counts where received: A and B in August, C and D in September
    assert desk.desk(director, AUG).tile("petitions.collective").ytd.value == 0
    assert desk.desk(director, SEP).tile("petitions.collective").month.value == 1


def test_given_a_15th_day_on_a_tiaoxiu_sunday_when_read_then_october_has_no_petition_due_and_shows_a_dash(
    desk, staff, petitions
):
    """Counted as a plain weekend, C's notice would move past the National Day holiday to 9 Oct; the 调休 Sunday
    keeps it in September, so October's rate has a zero denominator: no value (shown "—"), no colour, no 100 %."""
    oct_ = desk.desk(staff["director"], OCT).tile("petitions.timely_acceptance")
    assert (oct_.month.numerator, oct_.month.denominator) == (0, 0)
    assert oct_.month.value is None
    assert percent_text(oct_.month.value) == "—"
    assert oct_.level is None
    assert oct_.mom is None  # nothing to compare with "—"


def test_given_handled_petitions_when_read_then_on_time_counts_open_and_overdue_ones_by_their_due_date(
    desk, staff, petitions
):
    director = staff["director"]
    # October: A due 27 Oct, answered 30 Oct (late) -> 0 of 1
    oct_ = desk.desk(director, OCT).tile("petitions.on_time")
    assert (oct_.month.numerator, oct_.month.denominator) == (0, 1)
    # November: B due 10 Nov, answered 5 Nov (on time); C due 28 Nov, still open today (overdue) -> 1 of 2
    nov = desk.desk(director, NOV).tile("petitions.on_time")
    assert (nov.month.numerator, nov.month.denominator) == (1, 2)
    assert nov.month.value == 0.5 and nov.level == "red"
    # what needs the director today: C is overdue on the petitions list
    attention = {a.key: a for a in desk.desk(director, DEC).attention}
    assert attention["petitions.overdue"].count == 1
    assert attention["petitions.overdue"].drill.queue == "overdue"
    # the records behind November's 按期办结率 are B and C
    drill = desk.records(director, "petitions.handle_due", month=NOV)
    assert drill.target == "petitions" and set(drill.ids) == {petitions["B"].id, petitions["C"].id}


def test_given_evaluations_when_read_then_participation_and_satisfaction_count_in_the_month_the_window_ends(
    desk, staff, petitions
):
    director = staff["director"]
    # November: A's window ended 29 Nov without an evaluation -> 参评 0 of 1; 满意 has no evaluation: "—"
    nov = desk.desk(director, NOV)
    assert (
        nov.tile("petitions.participation").month.numerator,
        nov.tile("petitions.participation").month.denominator,
    ) == (0, 1)
    assert nov.tile("petitions.satisfaction").month.value is None
    # December: B's window ends 5 Dec; evaluated 基本满意 (counts as satisfied) -> 1 of 1 and 1 of 1
    dec = desk.desk(director, DEC)
    assert dec.tile("petitions.participation").month.value == 1.0
    assert dec.tile("petitions.satisfaction").month.value == 1.0
    assert dec.tile("petitions.satisfaction").level == "green"


def test_given_a_second_petition_of_the_same_person_when_read_then_september_has_one_repeat_in_two(
    desk, staff, petitions
):
    sep = desk.desk(staff["director"], SEP).tile("petitions.repeat_rate")
    # C (郑强, not in the register) and D (周建华 again, after B): one repeat of two received
    assert (sep.month.numerator, sep.month.denominator) == (1, 2)
    # less is better: 50 % is past the 15 % threshold
    assert sep.level == "red"


# -- disputes ---------------------------------------------------------------------------------------------------


@pytest.fixture
def cases(services, staff):
    grid, _person = _grid_and_person(services, "钱伟")
    rows = [
        # (accepted, type, consent, status, outcome, due, grid, police flag)
        (
            date(2025, 11, 3),
            "neighbour",
            "agreed",
            "closed",
            "success_written",
            date(2025, 12, 3),
            grid,
            True,
        ),
        (date(2025, 11, 5), "neighbour", "agreed", "failed", "failed", date(2025, 12, 5), None, False),
        (date(2025, 11, 10), "property_mgmt", "pending", "returned", None, date(2025, 12, 10), None, False),
        (date(2025, 11, 12), "labour", "refused", "closed", "terminated", date(2025, 12, 12), None, False),
        (date(2025, 10, 20), "neighbour", "agreed", "mediating", None, date(2025, 11, 19), None, False),
    ]
    ids = []
    with services.sessions.begin() as s:
        for n, (acc, typ, consent, status, outcome, due, g, flag) in enumerate(rows, 1):
            c = DisputeCase(
                case_no=f"（2025）华人调字第{n}号",
                year=2025,
                seq=n,
                source="application",
                dispute_type=typ,
                grid_id=g,
                facts="纠纷",
                consent=consent,
                status=status,
                outcome=outcome,
                accepted_on=acc,
                due_on=due,
                police_flag=flag,
                people_involved=2,
                amount=Decimal("1000.00"),
            )
            s.add(c)
            s.flush()
            ids.append(c.id)
        for day in (date(2025, 11, 14), date(2025, 11, 21)):
            s.add(
                CaseTransfer(
                    case_id=ids[2], body="区住建局", sent_on=day, returned_on=day, return_reason="不属职责"
                )
            )
        s.add(
            ReturnVisit(
                case_id=ids[0], due_on=date(2025, 11, 20), done_on=date(2025, 11, 20), performed="full"
            )
        )
        s.add(
            ReturnVisit(
                case_id=ids[0], due_on=date(2025, 11, 25), done_on=date(2025, 11, 25), performed="partial"
            )
        )
    return ids


def test_given_novembers_disputes_when_read_then_screened_mediated_and_success_follow_the_hand_count(
    desk, staff, cases
):
    nov = desk.desk(staff["director"], NOV)
    # screened: the four accepted in November; mediated: the success and the failure (the refusal was never
    # mediated, the returned one not yet); succeeded: one
    assert nov.tile("cases.screened").month.value == 4
    assert (
        nov.tile("cases.mediation_rate").month.numerator,
        nov.tile("cases.mediation_rate").month.denominator,
    ) == (2, 4)
    assert (
        nov.tile("cases.success_rate").month.numerator,
        nov.tile("cases.success_rate").month.denominator,
    ) == (1, 2)
    # 协议履行: two return visits done in November, one found it performed
    assert nov.tile("cases.performance_rate").month.value == 0.5
    bars = nov.bars["dispute_types"]
    i = bars.codes.index("neighbour")
    assert (bars.series["screened"][i], bars.series["mediated"][i], bars.series["succeeded"][i]) == (2, 2, 1)
    assert bars.labels["neighbour"] == "邻里"
    # a bar's records: the two neighbour disputes screened in November
    drill = desk.records(staff["director"], "cases.screened_by_type", "neighbour", month=NOV)
    assert drill.target == "cases" and set(drill.ids) == {cases[0], cases[1]}


def test_given_the_office_counts_success_over_everything_screened_when_configured_then_the_rate_follows(
    desk, staff, cases
):
    desk.update_settings(
        staff["director"], success_over="screened", thresholds={"cases.success_rate": (20, 30)}
    )
    tile = desk.desk(staff["director"], NOV).tile("cases.success_rate")
    assert (tile.month.numerator, tile.month.denominator) == (1, 4)
    assert (tile.lo, tile.hi, tile.level) == (20, 30, "yellow")


def test_given_open_cases_when_the_desk_opens_then_the_overdue_and_the_bounced_need_the_director(
    desk, staff, cases
):
    d = desk.desk(staff["director"], DEC)
    attention = {a.key: a for a in d.attention}
    # the October case still mediating passed its due date (19 Nov); the returned one came back twice
    assert attention["cases.overdue"].count == 1 and attention["cases.overdue"].drill.queue == "overdue"
    assert attention["cases.bounced"].count == 1 and attention["cases.bounced"].drill.ids == (cases[2],)
    pipeline = d.bars["case_pipeline"]
    assert pipeline.series["overdue"][pipeline.codes.index("mediating")] == 1


def test_given_a_grid_when_filtered_then_only_its_disputes_count(desk, staff, cases):
    with desk._sessions() as s:
        grid = s.query(Grid.id).filter_by(code="G1").scalar()
    nov = desk.desk(staff["director"], NOV, grid_id=grid)
    assert nov.tile("cases.screened").month.value == 1


# -- key groups --------------------------------------------------------------------------------------------------


@pytest.fixture
def key_groups(services, staff, clock):
    res = KeyGroupService(services.sessions, clock=clock)
    police = staff["police"]
    groups = {g.code: g.id for g in res.list_key_groups(police)}
    out = {}
    _g, p1 = _grid_and_person(services, "冯军")
    m1 = res.add_membership(
        police, p1, groups["community_correction"], start_on=date(2025, 1, 1), worker_id=None
    )
    res.record_follow_up(police, m1.id, done_on=date(2025, 1, 20), way="home_visit")
    out["m1"] = m1.id
    for name, start, visits in (
        ("陈红", date(2024, 12, 1), (date(2025, 2, 15), date(2025, 6, 1))),
        ("褚明", date(2025, 1, 10), (date(2025, 3, 1), date(2025, 5, 20))),
        ("卫东", date(2025, 6, 20), ()),
    ):
        _g, p = _grid_and_person(services, name)
        m = res.add_membership(
            police, p, groups["mental_disorder"], start_on=start, worker_id=None, risk_level=0
        )
        for v in visits:
            res.record_follow_up(police, m.id, done_on=v, way="home_visit", risk_level=0)
        out[name] = m.id
    return out


def test_given_follow_ups_when_read_then_the_visit_rate_counts_the_due_dates_of_the_month(
    desk, staff, key_groups
):
    director = staff["director"]
    # 社区矫正 (every 30 days): first due 31 Jan, done 20 Jan -> January 1 of 1; the next due 19 Feb, never done
    jan = desk.desk(director, date(2025, 1, 1)).bars["key_group_coverage"]
    feb = desk.desk(director, date(2025, 2, 1)).bars["key_group_coverage"]
    i = jan.codes.index("community_correction")
    assert (jan.series["done"][i], jan.series["due"][i], jan.series["rate"][i]) == (1, 1, 1.0)
    assert (feb.series["done"][i], feb.series["due"][i], feb.series["rate"][i]) == (0, 1, 0.0)
    assert feb.labels["community_correction"] == "社区矫正人员"
    # 严重精神障碍 (risk 0: every 3 months): 陈红's first due 1 Mar (3 months from 1 Dec), met on 15 Feb
    mar = desk.desk(director, date(2025, 3, 1)).bars["key_group_coverage"]
    j = mar.codes.index("mental_disorder")
    assert (mar.series["done"][j], mar.series["due"][j]) == (1, 1)


def test_given_mental_disorder_patients_when_read_in_june_then_managed_and_managed_to_standard_follow_the_gaps(
    desk, staff, key_groups
):
    """On 30 June: 陈红 was followed up on 15 Feb and 1 Jun (a gap of more than 3 months: not to standard);
    褚明 on 1 Mar and 20 May (gaps from joining on 10 Jan under 3 months: to standard); 卫东 joined on 20 Jun and
    is not due yet (managed to standard, not yet followed up). Registered 3, managed 2, to standard 2."""
    june = desk.desk(staff["director"], date(2025, 6, 1))
    manage = june.tile("key_groups.mental_management").month
    standard = june.tile("key_groups.mental_standard").month
    assert (manage.numerator, manage.denominator) == (2, 3)
    assert (standard.numerator, standard.denominator) == (2, 3)
    assert percent_text(standard.value) == "66.7%"


def test_given_no_volunteer_or_camera_figures_when_read_then_their_tiles_show_a_dash(desk, staff):
    d = desk.desk(staff["director"], NOV)
    assert d.tile("volunteers.hours").month.value is None
    assert d.tile("cameras.online_rate").month.value is None
    assert "volunteers" not in d.available


def test_given_a_reception_clerk_when_the_desk_is_asked_then_it_is_refused(desk, staff):
    from desktop.services.core.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        desk.desk(staff["reception"], NOV)


# -- visits ------------------------------------------------------------------------------------------------------


def test_given_visits_around_midnight_when_counted_then_they_fall_on_their_mainland_day_and_hour(
    desk, staff, services
):
    """Stored in UTC, counted in China Standard Time: 30 Nov 17:00 UTC is 1 Dec 01:00 in Nanjing (December),
    30 Nov 15:00 UTC is 23:00 on the 30th (November); Mon 3 Nov 02:00 UTC is Monday 10:00."""
    from datetime import UTC, datetime

    from desktop.models import Visit

    with services.sessions.begin() as s:
        for at, people in (
            (datetime(2025, 11, 30, 17, 0, tzinfo=UTC), 1),
            (datetime(2025, 11, 30, 15, 0, tzinfo=UTC), 3),
            (datetime(2025, 11, 3, 2, 0, tzinfo=UTC), 1),
        ):
            s.add(Visit(visitor_name="来访人", time_in=at, purpose="consult", people_count=people))
    from desktop.services.core import figures
    from desktop.services.core.figures import FigureQuery, Span

    nov, dec = Span(date(2025, 11, 1), date(2025, 11, 30)), Span(date(2025, 12, 1), date(2025, 12, 31))
    q = FigureQuery((nov, dec), TODAY, profile=Span(date(2025, 11, 1), date(2025, 12, 31)))
    with services.sessions() as s:
        fig = figures.SOURCES["visits"].figures(s, q)
    assert fig.counts["visits.count"] == (2, 1)
    assert fig.counts["visits.people"] == (4, 1)
    assert fig.profile == {"visits.at/0-10": 1, "visits.at/6-23": 1, "visits.at/0-01": 1}
