"""The demo's rhythm of work over the grid reports and hazards: the sensitive periods, the 集中排查 rounds (mostly
signed on their due day, some late, a few missing) with the records each found, the meetings with the figures of
their day and their decisions as tasks, and the police officer's weekly notices."""

from __future__ import annotations

import random
from datetime import date, timedelta

import holidays
from sqlalchemy import select

from desktop.demo.base import Context, draw
from desktop.models import (
    DisputeCase,
    Meeting,
    MeetingAttendee,
    PoliceBulletin,
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

CAL = WorkCalendar()
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


# -- sensitive periods and rounds ---------------------------------------------------------------------------------


def periods(ctx: Context) -> list[schedule.Period]:
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


def rounds(ctx, rng, grids, periods, reports, hazards) -> list[dict]:
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


def meetings(ctx, rng, reports, hazards, rounds, periods) -> None:
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


def bulletins(ctx: Context, rng: random.Random) -> None:
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
