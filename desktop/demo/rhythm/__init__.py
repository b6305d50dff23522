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
from datetime import timedelta

from sqlalchemy import select

from desktop.demo.base import Context
from desktop.demo.rhythm import work
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
    Person,
    Petition,
    PublicUnit,
)
from desktop.services.core.permissions import Role
from desktop.services.core.vocabulary import HAZARD_KIND, HAZARD_SEVERITY

BASE_UNITS = 80  # at scale 1.0
BASE_HAZARDS = 60
BASE_OTHER_REPORTS = 300  # besides those that became cases, petitions, follow-ups and hazards

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
_WORKERS_SURNAMES = "刘陈杨黄吴周徐孙马朱胡郭何高林罗郑梁"


def generate(ctx: Context) -> None:
    rng = ctx.rng("rhythm")
    grids = dict(ctx.conn.execute(select(Grid.id, Grid.name).order_by(Grid.id)).all())
    workers = {gid: _worker_name(ctx, rng) for gid in grids}
    units = _units(ctx, rng, list(grids))
    hazards = _hazards(ctx, rng, units)
    reports = _reports(ctx, rng, grids, workers, hazards)
    ctx.progress(1, 4, "生成网格上报及安全隐患")
    marked = work.periods(ctx)
    signed = work.rounds(ctx, rng, grids, marked, reports, hazards)
    ctx.progress(2, 4, "生成集中排查及零报告")
    work.meetings(ctx, rng, reports, hazards, signed, marked)
    ctx.progress(3, 4, "生成会议纪要及交办事项")
    work.bulletins(ctx, rng)


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
