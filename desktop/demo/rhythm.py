"""The working rhythm of the demo: a year of grid reports and where each went, the public-safety register, the
sensitive periods, the weekly (and daily) 集中排查 rounds with their 零报告, the meetings with their decisions and
tasks, and the police officer's weekly notices.

Grid reports are the origin of records the earlier rooms already wrote: the cases of source 网格上报 (mediation),
some petitions and key-group follow-ups; they are read back from the tables (the rooms stay independent), so the
report names the record it became. The last days leave a few reports unrouted, and two old ones forgotten, so
the desk's list is not empty. Rounds are mostly signed on their due day, some late, a few missing.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import holidays
from sqlalchemy import select

from desktop.demo.base import Context, draw
from desktop.models import (
    CaseParty,
    DisputeCase,
    FollowUp,
    Grid,
    GridReport,
    GridReportPerson,
    Hazard,
    HazardInspection,
    KeyGroupMembership,
    Meeting,
    MeetingAttendee,
    Person,
    Petition,
    PoliceBulletin,
    PublicUnit,
    RoundArea,
    RoundFinding,
    ScreeningRound,
    SensitivePeriod,
    WorkTask,
)
from desktop.services.core.permissions import Role
from desktop.services.core.timeline import short
from desktop.services.core.vocabulary import GRID_ROUTE, HAZARD_KIND, HAZARD_SEVERITY, SCREENING_AREA
from desktop.services.core.work_calendar import WorkCalendar
from desktop.services.rhythm import schedule
from desktop.services.rhythm.grid_reports import area_of

BASE_UNITS = 80  # at scale 1.0
BASE_HAZARDS = 60
BASE_OTHER_REPORTS = 300  # besides those that became cases, petitions, follow-ups and hazards
CAL = WorkCalendar()

_UNITS = {
    "shop": ("便利店", "水果店", "理发店", "小吃店", "五金店", "药店", "快递驿站"),
    "school": ("幼儿园", "小学", "培训学校"),
    "factory": ("印刷厂", "服装加工厂", "科技有限公司"),
    "rental": ("出租楼", "公寓"),
    "market": ("农贸市场",),
    "hotel": ("快捷酒店", "旅社"),
    "public_place": ("网吧", "KTV", "棋牌室"),
}
_HAZARDS = {
    "fire": ("楼道堆放杂物堵塞消防通道", "灭火器过期未更换", "安全出口被锁闭", "消防栓被遮挡"),
    "gas": ("燃气软管老化", "燃气报警器未安装", "液化气罐存放在地下室"),
    "electric": ("电动自行车楼道内充电", "私拉乱接电线", "配电箱未上锁且线路裸露"),
    "building": ("外墙瓷砖松动有坠落危险", "违规搭建阁楼", "屋面雨棚锈蚀"),
    "crowd": ("周末促销人员拥挤无疏导", "放学时段门口人车混行"),
    "other": ("井盖缺失", "围墙开裂"),
}
_REPORTS = {
    "security": (
        ("夜间有陌生人在车棚附近徘徊", "police"),
        ("小区电动车电瓶被盗", "police"),
        ("有人在楼道张贴小广告并推销", "handled"),
        ("深夜有人在小区内酗酒喧哗", "police"),
    ),
    "dispute": (("两户因楼上漏水发生口角，已劝开", "handled"), ("邻居因占用公共楼道发生争执", "handled")),
    "petition_lead": (("部分业主对物业费上涨不满，议论要集体上访", "police"),),
    "key_person": (("重点人员近期情绪稳定，按时报到", "handled"),),
    "hazard": (("楼道杂物已由物业当场清理", "handled"),),
    "other": (("路灯损坏，夜间照明不足", "handled"), ("垃圾清运不及时", "handled"), ("井盖松动", "handled")),
}
_HANDLED = (
    "已当场劝解，双方表示不再争执",
    "已通知物业当场处理",
    "已联系相关单位，当场解决",
    "已向居民解释政策",
)
_POLICE = ("请民警加强夜间巡逻", "请民警了解情况并跟进", "已告知民警，纳入本周巡防重点")
_DECISIONS = (
    "组织开展消防通道专项清理",
    "走访辖区独居老人并登记需求",
    "对出租屋开展一次集中检查",
    "跟进停车位纠纷调解进展",
    "开展反诈骗宣传进小区",
    "督促物业整改电动车楼道充电问题",
    "排查重点人员近期动态",
    "做好节日期间值班安排",
)
_INVITED = (("周立", "侨鸿物业"), ("孙敏", "华侨路街道综治办"), ("钱峰", "华侨路司法所"))
_WORKERS_SURNAMES = "刘陈杨黄吴周徐孙马朱胡郭何高林罗郑梁"


def generate(ctx: Context) -> None:
    rng = ctx.rng("rhythm")
    grids = dict(ctx.conn.execute(select(Grid.id, Grid.name).order_by(Grid.id)).all())
    workers = {gid: _worker_name(ctx, rng) for gid in grids}
    units = _units(ctx, rng, list(grids))
    hazards = _hazards(ctx, rng, units)
    reports = _reports(ctx, rng, grids, workers, hazards)
    ctx.progress(1, 4, "生成网格上报及安全隐患")
    periods = _periods(ctx)
    rounds = _rounds(ctx, rng, grids, periods, reports, hazards)
    ctx.progress(2, 4, "生成集中排查及零报告")
    _meetings(ctx, rng, reports, hazards, rounds, periods)
    ctx.progress(3, 4, "生成会议纪要及交办事项")
    _bulletins(ctx, rng)


def _worker_name(ctx: Context, rng: random.Random) -> str:
    sex = "2" if rng.random() < 0.7 else "1"  # grid workers are mostly women here
    return ctx.name(rng, sex, surname=rng.choice(_WORKERS_SURNAMES))


# -- public safety ------------------------------------------------------------------------------------------------


def _units(ctx: Context, rng: random.Random, grid_ids: list[int]) -> list[dict]:
    rows = []
    for i in range(ctx.count(BASE_UNITS)):
        kind = rng.choices(list(_UNITS), cum_weights=(45, 52, 58, 80, 83, 88, 100))[0]
        street = rng.choice(ctx.streets)
        rows.append(
            {
                "name": f"{street[:2]}{rng.choice(_UNITS[kind])}",
                "kind": kind,
                "key_unit": kind in ("school", "market", "public_place", "hotel") or rng.random() < 0.1,
                "contact_name": ctx.name(rng, rng.choice("12")),
                "contact_phone": ctx.mobile(rng),
                "address": f"{street}{rng.randint(1, 300)}号",
                "grid_id": grid_ids[i % len(grid_ids)],
                "note": "",
                "voided_at": None,
                "void_reason": None,
                **ctx.meta(ctx.go_live),
            }
        )
    for row, uid in zip(rows, ctx.writer.add_ids(PublicUnit, rows), strict=True):
        row["id"] = uid
    return rows


def _hazards(ctx: Context, rng: random.Random, units: list[dict]) -> list[dict]:
    police, clerk = ctx.staff_names[Role.POLICE.value], ctx.staff_names[Role.RECEPTION.value]
    rows, inspections = [], []
    for _ in range(ctx.count(BASE_HAZARDS)):
        u = rng.choice(units)
        kind = rng.choices(list(_HAZARDS), cum_weights=(40, 52, 80, 90, 96, 100))[0]
        found = ctx.start + timedelta(days=rng.randrange(365))
        major = rng.random() < 0.12
        correct_by = found + timedelta(days=rng.choice((3, 7, 15, 30) if not major else (15, 30)))
        row = {
            "unit_id": u["id"],
            "grid_id": u["grid_id"],
            "kind": kind,
            "severity": "major" if major else "general",
            "place": u["address"],
            "description": rng.choice(_HAZARDS[kind]),
            "found_on": found,
            "found_by": rng.choice((police, clerk)),
            "told_body": u["name"],
            "told_on": found,
            "correct_by": correct_by,
            "status": "open",
            "closed_on": None,
            "closed_by": None,
            "closing_note": None,
            "voided_at": None,
            "void_reason": None,
            **ctx.meta(found),
        }
        checks = []
        day = correct_by + timedelta(days=rng.randint(0, 3))
        if day <= ctx.today and rng.random() < 0.25:  # not yet corrected at the first re-inspection
            checks.append((day, False, "未按期整改，再次督促"))
            row["correct_by"] = day + timedelta(days=7)
            day = row["correct_by"] + timedelta(days=rng.randint(0, 2))
        if day <= ctx.today and rng.random() < 0.9:
            checks.append((day, True, "复查已整改到位"))
            row["status"] = "corrected"
            if rng.random() < 0.9:
                row.update(status="closed", closed_on=day, closed_by=ctx.staff[Role.RECEPTION.value])
                row["closing_note"] = "复查合格，予以销号"
        rows.append(row)
        inspections.append(checks)
    rows.sort(key=lambda r: r["found_on"])
    ids = ctx.writer.add_ids(Hazard, rows)
    out = []
    for row, hid, checks in zip(rows, ids, inspections, strict=True):
        row["id"] = hid
        out.extend(
            {
                "hazard_id": hid,
                "inspected_on": day,
                "inspector": rng.choice((police, clerk)),
                "corrected": ok,
                "note": note,
                **ctx.meta(day),
            }
            for day, ok, note in checks
        )
    ctx.writer.add(HazardInspection, out)
    return rows


# -- grid reports -------------------------------------------------------------------------------------------------


def _reports(ctx: Context, rng: random.Random, grids: dict, workers: dict, hazards: list[dict]) -> list[dict]:
    """Reports that became the earlier rooms' records, those that became hazards, and the rest."""
    conn = ctx.conn
    clerk, police = ctx.staff[Role.RECEPTION.value], ctx.staff[Role.POLICE.value]
    grid_ids = list(grids)
    specs: list[dict] = []

    def spec(day, grid_id, kind, seen, place, people=(), **route):
        route.setdefault("route", None)
        route.setdefault("route_reason", None)
        specs.append(
            {
                "_day": day,
                "_people": people,
                "grid_id": grid_id,
                "kind": kind,
                "seen": seen,
                "place": place,
                **route,
            }
        )

    parties: dict[int, list[tuple[int | None, str]]] = {}
    for cid, pid, name in conn.execute(select(CaseParty.case_id, CaseParty.person_id, CaseParty.name)):
        parties.setdefault(cid, []).append((pid, name))
    for cid, no, on, gid, facts in conn.execute(
        select(
            DisputeCase.id,
            DisputeCase.case_no,
            DisputeCase.accepted_on,
            DisputeCase.grid_id,
            DisputeCase.facts,
        )
        .where(
            DisputeCase.source == "grid",
            DisputeCase.voided_at.is_(None),
            DisputeCase.accepted_on >= ctx.start,
        )
        .order_by(DisputeCase.id)
    ):
        spec(
            on,
            gid or rng.choice(grid_ids),
            "dispute",
            facts,
            "",
            parties.get(cid, ()),
            route="case",
            dispute_case_id=cid,
            route_target=no,
            route_reason="矛盾纠纷，转调委会受理调解",
        )
    for pid, no, on, person, name in conn.execute(
        select(
            Petition.id,
            Petition.petition_no,
            Petition.received_on,
            Petition.person_id,
            Petition.petitioner_name,
        )
        .where(Petition.channel == "visit", Petition.category == "claim", Petition.received_on >= ctx.start)
        .order_by(Petition.id)
    ):
        if rng.random() < 0.2:
            spec(
                on,
                rng.choice(grid_ids),
                "petition_lead",
                "居民反映诉求，表示要到社区信访",
                "",
                [(person, name)],
                route="petition",
                petition_id=pid,
                route_target=no,
                route_reason="信访苗头，登记为信访事项",
            )
    for fid, done, person, name, way in conn.execute(
        select(FollowUp.id, FollowUp.done_on, Person.id, Person.name, FollowUp.way)
        .join(KeyGroupMembership, KeyGroupMembership.id == FollowUp.membership_id)
        .join(Person, Person.id == KeyGroupMembership.person_id)
        .where(FollowUp.done_on >= ctx.start, FollowUp.voided_at.is_(None))
        .order_by(FollowUp.id)
    ):
        if way == "home_visit" and rng.random() < 0.15:
            spec(
                done,
                rng.choice(grid_ids),
                "key_person",
                "走访中了解到重点人员近期动态",
                "",
                [(person, name)],
                route="follow_up",
                follow_up_id=fid,
                route_reason="记入重点人员走访",
                _police=True,
            )
    for h in hazards:
        if rng.random() < 0.4:
            spec(
                h["found_on"],
                h["grid_id"],
                "hazard",
                h["description"],
                h["place"],
                route="hazard",
                hazard_id=h["id"],
                route_reason="公共安全隐患，登记并告知单位限期整改",
                route_target=f"{HAZARD_SEVERITY.zh(h['severity'])}（{HAZARD_KIND.zh(h['kind'])}）",
            )
    kinds = list(_REPORTS)
    for _ in range(ctx.count(BASE_OTHER_REPORTS)):
        kind = rng.choices(kinds, cum_weights=(30, 45, 50, 55, 62, 100))[0]
        seen, route = rng.choice(_REPORTS[kind])
        reason = rng.choice(_HANDLED if route == "handled" else _POLICE)
        spec(
            ctx.start + timedelta(days=rng.randrange(365)),
            rng.choice(grid_ids),
            kind,
            seen,
            f"{rng.choice(ctx.streets)}{rng.randint(1, 200)}号",
            route=route,
            route_reason=reason,
        )

    # today's reports wait for 分家 at the desk, and two older ones were forgotten: the unrouted list shows them
    for _ in range(max(2, ctx.count(3))):
        kind = rng.choice(("security", "other", "dispute"))
        seen, _route = rng.choice(_REPORTS[kind])
        spec(ctx.today, rng.choice(grid_ids), kind, seen, f"{rng.choice(ctx.streets)}{rng.randint(1, 200)}号")
    specs.sort(key=lambda x: (x["_day"], x["grid_id"]))
    old = [x for x in specs if x.get("route") == "handled" and (ctx.today - x["_day"]).days > 14]
    for x in rng.sample(old, min(2, len(old))):
        x.update(route=None, route_reason=None)
    rows, people = [], []
    for x in specs:
        day = x.pop("_day")
        at = ctx.at(day, rng.randint(8, 17), rng.choice((0, 10, 20, 30, 40, 50)))
        if day == ctx.today:
            at = ctx.at(day, 8, rng.choice((10, 20, 30, 40, 50)))  # before the demo's day is looked at
        by_police = x.pop("_police", False)
        who = x.pop("_people")
        routed = x.get("route") is not None
        rows.append(
            {
                "reporter_name": workers[x["grid_id"]],
                "reported_at": at,
                "received_by": police if by_police else clerk,
                "routed_at": at + timedelta(minutes=rng.randint(5, 90)) if routed else None,
                "routed_by": (police if by_police else clerk) if routed else None,
                "route_target": None,
                "dispute_case_id": None,
                "petition_id": None,
                "follow_up_id": None,
                "hazard_id": None,
                "police_read_at": None,
                "police_read_by": None,
                "voided_at": None,
                "void_reason": None,
                **x,
                **ctx.meta(day, at),
            }
        )
        r = rows[-1]
        if r["route"] == "police" and (ctx.today - day).days > 3:
            r["police_read_at"], r["police_read_by"] = at + timedelta(days=1), police
        people.append(who)
    ids = ctx.writer.add_ids(GridReport, rows)
    ctx.writer.add(
        GridReportPerson,
        [
            {"report_id": rid, "person_id": pid, "name": name}
            for rid, who in zip(ids, people, strict=True)
            for pid, name in who
        ],
    )
    for r, rid in zip(rows, ids, strict=True):
        r["id"] = rid
    return rows


# -- sensitive periods and rounds ---------------------------------------------------------------------------------


def _periods(ctx: Context) -> list[schedule.Period]:
    """The Spring Festival, the national 两会 and National Day of the year of work, as a director marks them."""
    found = []
    for year in range(ctx.start.year, ctx.today.year + 1):
        spring = sorted(
            d for d, name in holidays.country_holidays("CN", years=year).items() if "Spring" in name
        )
        if spring:
            found.append(
                schedule.Period("春节", spring[0] - timedelta(days=2), spring[-1] + timedelta(days=1))
            )
        found.append(schedule.Period("全国两会", date(year, 3, 3), date(year, 3, 11)))
        found.append(schedule.Period("国庆节", date(year, 9, 29), date(year, 10, 8)))
    found = [p for p in found if p.ends_on >= ctx.start and p.starts_on <= ctx.today]
    ctx.writer.add(
        SensitivePeriod,
        [
            {
                "name": p.name,
                "starts_on": p.starts_on,
                "ends_on": p.ends_on,
                "note": "",
                "voided_at": None,
                "void_reason": None,
                **ctx.meta(max(ctx.go_live, p.starts_on - timedelta(days=7))),
            }
            for p in found
        ],
    )
    return found


def _rounds(ctx, rng, grids, periods, reports, hazards) -> list[dict]:
    clerk, police = ctx.staff[Role.RECEPTION.value], ctx.staff[Role.POLICE.value]
    names = f"{ctx.staff_names[Role.RECEPTION.value]}、{ctx.staff_names[Role.POLICE.value]}"
    from_reports = {r["hazard_id"] for r in reports if r.get("hazard_id")}
    rounds, plans = [], []
    for due in schedule.rounds_due(ctx.start, ctx.today, periods, CAL):
        if due.period_start < ctx.start or due.due_on >= ctx.today:
            continue
        roll = rng.random()
        if roll < 0.06:  # missing: nobody signed it
            continue
        submitted = (
            due.due_on if roll < 0.9 else min(due.due_on + timedelta(days=rng.randint(1, 3)), ctx.today)
        )
        rounds.append(
            {
                "cadence": due.cadence,
                "period_start": due.period_start,
                "period_end": due.period_end,
                "due_on": due.due_on,
                "held_on": min(submitted, due.period_end),
                "participants": names,
                "submitted_at": ctx.at(submitted, 16, 30),
                "submitted_on": submitted,
                "signed_by": clerk,
                **ctx.meta(due.period_start, ctx.at(submitted, 16, 30)),
            }
        )
        plans.append(due)
    ids = ctx.writer.add_ids(ScreeningRound, rounds)
    areas, findings, tasks = [], [], []
    for rid, due, r in zip(ids, plans, rounds, strict=True):
        r["id"] = rid
        linked = _linked(grids, reports, hazards, from_reports, due.period_start, due.period_end)
        r["_zero"] = r["_found"] = 0
        for code in SCREENING_AREA.codes():
            mine = linked.get(code, [])
            nothing = not mine and rng.random() < 0.8
            r["_zero" if nothing else "_found"] += 1
            unresolved = "" if nothing or rng.random() < 0.9 else "个别问题需相关单位协调，跟踪化解"
            areas.append(
                {
                    "round_id": rid,
                    "area": code,
                    "nothing_found": nothing,
                    "findings": "" if nothing or mine else "走访中发现个别情况，已当场处理",
                    "measures": "" if nothing else "已逐一落实化解、稳控措施",
                    "unresolved": unresolved,
                    "responsible_id": police if unresolved else None,
                    "resolve_by": due.due_on + timedelta(days=14) if unresolved else None,
                    **ctx.meta(due.period_start, r["submitted_at"]),
                }
            )
            findings.extend({"round_id": rid, "area": code, **f} for f in mine)
            if unresolved:
                tasks.append(
                    _task(
                        ctx,
                        rng,
                        f"{SCREENING_AREA.zh(code)}跟踪化解：{unresolved}",
                        police,
                        due.due_on + timedelta(days=14),
                        r["submitted_on"],
                        round_id=rid,
                    )
                )
    ctx.writer.add(RoundArea, areas)
    ctx.writer.add(RoundFinding, findings)
    ctx.writer.add(WorkTask, tasks)
    return rounds


def _linked(grids, reports, hazards, from_reports, start: date, end: date) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for r in reports:
        day = r["reported_at"].date()
        area = area_of(r["kind"], r["route"])
        if start <= day <= end and area:
            where = GRID_ROUTE.zh(r["route"]) + (f" {r['route_target']}" if r.get("route_target") else "")
            label = f"{day.month}月{day.day}日 {grids[r['grid_id']]} 网格员{r['reporter_name']}：{short(r['seen'], 40)}（{where}）"
            out.setdefault(area, []).append(
                {"entity": "grid_report", "entity_id": r["id"], "label": label[:300]}
            )
    for h in hazards:
        if start <= h["found_on"] <= end and h["id"] not in from_reports:
            label = f"{h['found_on'].month}月{h['found_on'].day}日 {HAZARD_KIND.zh(h['kind'])}隐患（{HAZARD_SEVERITY.zh(h['severity'])}）：{h['place']} {h['description']}"
            out.setdefault("public_safety", []).append(
                {"entity": "hazard", "entity_id": h["id"], "label": label[:300]}
            )
    return out


def _task(ctx, rng, text, owner, due_on, given_on, **origin) -> dict:
    done = None
    if due_on < ctx.today or rng.random() < 0.5:
        done = min(given_on + timedelta(days=rng.randint(1, max((due_on - given_on).days + 3, 1))), ctx.today)
    if ctx.today - timedelta(days=30) < due_on < ctx.today and rng.random() < 0.3:
        done = None  # a few recent ones stay open past their date
    return {
        "meeting_id": None,
        "round_id": None,
        "text": text,
        "owner_id": owner,
        "due_on": due_on,
        "done_on": done,
        "done_by": owner if done else None,
        "done_note": "已办结" if done else None,
        "voided_at": None,
        "void_reason": None,
        **origin,
        **ctx.meta(given_on),
    }


# -- meetings -----------------------------------------------------------------------------------------------------


def _meetings(ctx, rng, reports, hazards, rounds, periods) -> None:
    staff = ctx.staff
    director, clerk = ctx.staff_names[Role.DIRECTOR.value], ctx.staff_names[Role.RECEPTION.value]
    owners = [
        staff[Role.RECEPTION.value],
        staff[Role.POLICE.value],
        staff[Role.MEDIATOR.value],
        staff[Role.DIRECTOR.value],
    ]
    cases = list(
        ctx.conn.execute(
            select(DisputeCase.accepted_on, DisputeCase.closed_on, DisputeCase.due_on).where(
                DisputeCase.voided_at.is_(None)
            )
        )
    )
    plan = []
    monday = schedule.week_of(ctx.start)[0] + timedelta(days=7)
    n = 0
    while monday <= ctx.today:
        huddle = CAL.next_workday_on_or_after(monday)
        plan.append(("huddle", huddle, 9, 7))
        if n % 2 == 0:
            plan.append(("police_meeting", CAL.next_workday_on_or_after(monday + timedelta(days=2)), 14, 14))
        if monday.day <= 7:
            plan.append(("joint", CAL.next_workday_on_or_after(monday + timedelta(days=3)), 9, 30))
        monday += timedelta(days=7)
        n += 1
    plan = [p for p in plan if p[1] <= ctx.today]
    rows, seqs = [], {}
    for kind, day, hour, days in plan:
        seqs[(kind, day.year)] = seq = seqs.get((kind, day.year), 0) + 1
        start = day - timedelta(days=days - 1)
        figs = _figures(start, day, reports, hazards, rounds, cases, periods)
        rows.append(
            {
                "kind": kind,
                "year": day.year,
                "seq": seq,
                "held_at": ctx.at(day, hour, 30 if hour == 14 else 0),
                "place": "华侨路街道综治办会议室" if kind == "joint" else "社区综治中心会议室",
                "chair": director,
                "recorder": clerk,
                "matters": "通报本期集中排查、网格上报和矛盾纠纷调处情况，分析研判治安形势，研究下阶段工作。",
                "period_from": start,
                "period_to": day,
                "figures_at": ctx.at(day, hour),
                **figs,
                "voided_at": None,
                "void_reason": None,
                **ctx.meta(day, ctx.at(day, hour)),
            }
        )
    ids = ctx.writer.add_ids(Meeting, rows)
    attendees, tasks = [], []
    for mid, m in zip(ids, rows, strict=True):
        for role in (Role.DIRECTOR, Role.RECEPTION, Role.POLICE, Role.MEDIATOR):
            attendees.append(
                {
                    "meeting_id": mid,
                    "side": "staff",
                    "staff_id": staff[role.value],
                    "name": ctx.staff_names[role.value],
                    "organisation": "",
                }
            )
        if m["kind"] != "huddle":
            attendees.append(
                {
                    "meeting_id": mid,
                    "side": "police",
                    "staff_id": None,
                    "name": "吴建华",
                    "organisation": "华侨路派出所",
                }
            )
            name, org = rng.choice(_INVITED)
            attendees.append(
                {"meeting_id": mid, "side": "invited", "staff_id": None, "name": name, "organisation": org}
            )
        day = m["period_to"]
        for _ in range(draw(rng, 1.6)):
            due = day + timedelta(days=rng.choice((7, 10, 14)))
            tasks.append(
                _task(ctx, rng, rng.choice(_DECISIONS), rng.choice(owners), due, day, meeting_id=mid)
            )
    ctx.writer.add(MeetingAttendee, attendees)
    ctx.writer.add(WorkTask, tasks)


def _figures(start, end, reports, hazards, rounds, cases, periods) -> dict:
    """The figures the program would have filled on the day (petitions and follow-ups are left unread: —)."""
    signed = [r for r in rounds if start <= r["due_on"] <= end]
    due = [d for d in schedule.rounds_due(start, end, periods, CAL) if start <= d.due_on <= end]
    in_period = [r for r in reports if start <= r["reported_at"].date() <= end]
    unrouted = [
        r
        for r in reports
        if r["reported_at"].date() <= end and (r["routed_at"] is None or r["routed_at"].date() > end)
    ]
    open_cases = [c for c in cases if c[0] <= end and (c[1] is None or c[1] > end)]
    open_h = [h for h in hazards if h["found_on"] <= end and (h["closed_on"] is None or h["closed_on"] > end)]
    return {
        "fig_rounds": len(signed),
        "fig_rounds_due": len(due),
        "fig_findings": sum(r.get("_found", 0) for r in signed),
        "fig_zero_areas": sum(r.get("_zero", 0) for r in signed),
        "fig_grid_reports": len(in_period),
        "fig_unrouted": len(unrouted),
        "fig_open_cases": len(open_cases),
        "fig_overdue_cases": sum(1 for c in open_cases if c[2] < end),
        "fig_petitions_due": None,
        "fig_petitions_overdue": None,
        "fig_follow_ups_due": None,
        "fig_hazards_open": len(open_h),
        "fig_hazards_overdue": sum(1 for h in open_h if h["correct_by"] < end),
    }


# -- the police officer's weekly notice ----------------------------------------------------------------------------


def _bulletins(ctx: Context, rng: random.Random) -> None:
    police = ctx.staff[Role.POLICE.value]
    rows = []
    monday = schedule.week_of(ctx.start)[0] + timedelta(days=7)
    while monday <= ctx.today:
        issued = monday <= ctx.today - timedelta(days=1) or rng.random() < 0.5
        at = ctx.at(monday, 10)
        rows.append(
            {
                "week_start": monday,
                "incidents": f"上周辖区接报警情{rng.randint(3, 15)}起，其中盗窃电动车{rng.randint(0, 3)}起，纠纷类{rng.randint(1, 6)}起。",
                "stability": "辖区社会面总体平稳，未发生群体性事件。",
                "public_safety": rng.choice(
                    ("电动自行车楼道充电问题仍较突出。", "部分沿街商铺消防器材过期。", "雨季注意防汛安全。")
                ),
                "problems": rng.choice(("夜间车棚盗窃高发。", "出租屋人员流动大，登记不及时。", "无")),
                "guidance": "各网格加强夜间巡防，做好出租屋信息采集和安全隐患排查。",
                "issued_at": at if issued else None,
                "issued_by": police if issued else None,
                **ctx.meta(monday, at),
            }
        )
        monday += timedelta(days=7)
    ctx.writer.add(PoliceBulletin, rows)
