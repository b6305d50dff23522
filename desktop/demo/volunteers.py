"""The volunteers room of the demo (平安志愿者): residents serving as volunteers, their skills and certificates, a
year of activities with their shifts, a Friday evening patrol every week, who served and for how long.

Hours of the past are approved; the last week's wait for approval, and one check-out forgotten yesterday waits for
a leader to confirm it (the desk shows what a real day leaves behind)."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from desktop.demo.base import BATCH, Context, age_on
from desktop.models import Activity, Attendance, Shift, Volunteer, VolunteerSkill
from desktop.services.core.permissions import Role

BASE_VOLUNTEERS = 150  # at scale 1.0
BASE_ACTIVITIES = 48

_ACTIVITIES = (
    ("平安巡逻", "patrol", "沿小区主干道及重点部位开展治安巡逻"),
    ("反诈宣传进社区", "publicity", "发放防范电信网络诈骗宣传资料"),
    ("消防安全隐患排查", "patrol", "检查楼道堆物、电动自行车充电等消防隐患"),
    ("禁毒宣传", "publicity", "开展禁毒知识宣传"),
    ("矛盾纠纷排查", "mediation", "入户排查邻里矛盾纠纷苗头"),
    ("法律咨询进社区", "publicity", "为居民提供免费法律咨询"),
    ("敬老助老服务", "other", "走访慰问独居老人"),
    ("文明交通劝导", "other", "在路口开展文明交通劝导"),
    ("中心接待值守", "duty", "协助综治中心接待来访群众"),
    ("防汛安全巡查", "emergency", "巡查低洼地段及地下车库"),
)
# codes of the "volunteer_team" and "volunteer_skill" lists (reference_data)
_TEAMS = (
    "patrol",
    "neighbourhood_watch",
    "legal",
    "anti_fraud",
    "elderly_care",
    "civility",
    "mediation",
    "emergency",
)
_SKILLS = ("patrol", "legal_advice", "first_aid", "counselling", "publicity", "computer", "translation", None)
_LEFT_REASONS = ("工作调动", "搬离本社区", "身体原因", "学业繁忙")


def generate(ctx: Context) -> None:
    """Volunteers from the pool of residents, a year of activities (one shift each) and a weekly patrol, and who
    served them."""
    rng = ctx.rng("volunteers")
    candidates = [
        r
        for r in ctx.pool
        if r.id not in ctx.key_person_ids
        and r.resident_type != "overseas"
        and 18 <= age_on(r.birth_date, ctx.today) <= 75
    ]
    chosen = rng.sample(candidates, min(len(candidates), ctx.count(BASE_VOLUNTEERS)))
    rows, skills, spans = [], [], []
    for i, who in enumerate(chosen):
        joined = ctx.today - timedelta(days=rng.randint(10, 2500))
        left = ctx.today - timedelta(days=rng.randint(1, 200)) if rng.random() < 0.05 else None
        if left and left <= joined:
            left = None
        rows.append(
            {
                "person_id": who.id,
                "volunteer_no": f"ZY{i + 1:07d}",
                "team": rng.choice(_TEAMS),
                "status": "left" if left else ("paused" if rng.random() < 0.03 else "active"),
                "joined_on": joined,
                "left_on": left,
                "left_reason": rng.choice(_LEFT_REASONS) if left else None,
                "emergency_contact": ctx.name(rng, rng.choice("12")) if rng.random() < 0.7 else None,
                "emergency_phone": ctx.mobile(rng),
                "photo_id": None,
                "notes": None,
                **ctx.meta(max(ctx.go_live, joined)),
            }
        )
        spans.append((joined, left))
        skill = rng.choice(_SKILLS)
        if skill is not None:
            skills.append((i, skill))
    volunteer_ids = ctx.writer.add_ids(Volunteer, rows)
    skill_rows = []
    for i, skill in skills:
        certified = skill == "first_aid"  # a first-aid certificate (红十字救护员证) runs three years
        issued = ctx.today - timedelta(days=rng.randint(30, 1100)) if certified else None
        skill_rows.append(
            {
                "volunteer_id": volunteer_ids[i],
                "skill": skill,
                "certificate_no": f"JH{issued:%Y}{rng.randrange(10**5):05d}" if issued else None,
                "issued_on": issued,
                "expires_on": issued + timedelta(days=365 * 3) if issued else None,
                "voided_at": None,
                "void_reason": None,
                **ctx.meta(ctx.go_live),
            }
        )
    ctx.writer.add(VolunteerSkill, skill_rows)

    organizers = [
        ctx.staff[Role.DIRECTOR.value],
        ctx.staff[Role.RECEPTION.value],
        ctx.staff[Role.POLICE.value],
    ]
    n_act = ctx.count(BASE_ACTIVITIES)
    activities, plans = [], []
    for _ in range(n_act):
        d = ctx.start + timedelta(days=rng.randrange(365))
        title, kind, content = rng.choice(_ACTIVITIES)
        hour = rng.choice((9, 14, 19))
        hours = rng.choice((2, 2, 3, 4)) if hour != 19 else 2
        starts = ctx.at(d, hour)
        grid_id, compounds = rng.choice(ctx.grids)
        outdoors = rng.random() < 0.6
        activities.append(
            {
                "title": title,
                "kind": kind,
                "place": compounds[0] if outdoors else "社区广场",
                "grid_id": grid_id if outdoors else None,
                "starts_at": starts,
                "ends_at": starts + timedelta(hours=hours),
                "capacity": 20,
                "content": content,
                "organizer_id": rng.choice(organizers),
                "leader_id": None,
                "recurrence": "once",
                "weekdays": None,
                "first_day": None,
                "last_day": None,
                "voided_at": None,
                "void_reason": None,
                **ctx.meta(d, starts),
            }
        )
        plans.append([(starts, starts + timedelta(hours=hours))])
    # 周五晚巡: every Friday 19:00-21:00, from a year ago to three months ahead
    first_friday = ctx.start + timedelta(days=(4 - ctx.start.weekday()) % 7)
    last_day = ctx.today + timedelta(days=90)
    fridays = [
        first_friday + timedelta(weeks=k) for k in range(66) if first_friday + timedelta(weeks=k) <= last_day
    ]
    series = [
        (
            "周五晚间平安巡逻",
            "patrol",
            "社区主干道及重点部位",
            "每周五晚间治安巡逻，重点巡查电动车棚、楼道、地下车库",
            fridays,
            19,
            2,
            8,
            "weekly",
            "5",
        )
    ]
    # 中心接待值守 today and the next days, mornings and afternoons: what the desk sees today
    duty_days = [
        ctx.today + timedelta(days=k) for k in range(14) if (ctx.today + timedelta(days=k)).weekday() < 5
    ]
    series += [
        (
            "中心接待值守（上午）",
            "duty",
            "综治中心",
            "协助接待来访群众、引导办事",
            duty_days,
            9,
            3,
            3,
            "workdays",
            None,
        ),
        (
            "中心接待值守（下午）",
            "duty",
            "综治中心",
            "协助接待来访群众、引导办事",
            duty_days,
            14,
            3,
            3,
            "workdays",
            None,
        ),
    ]
    for title, kind, place, content, days, hour, length, capacity, recurrence, weekdays in series:
        if not days:
            continue
        starts = ctx.at(days[0], hour)
        activities.append(
            {
                "title": title,
                "kind": kind,
                "place": place,
                "grid_id": None,
                "starts_at": starts,
                "ends_at": starts + timedelta(hours=length),
                "capacity": capacity,
                "content": content,
                "organizer_id": ctx.staff[Role.POLICE.value if kind == "patrol" else Role.RECEPTION.value],
                "leader_id": volunteer_ids[0] if volunteer_ids and kind == "patrol" else None,
                "recurrence": recurrence,
                "weekdays": weekdays,
                "first_day": days[0],
                "last_day": days[-1],
                "voided_at": None,
                "void_reason": None,
                **ctx.meta(min(days[0], ctx.today)),
            }
        )
        plans.append([(ctx.at(d, hour), ctx.at(d, hour + length)) for d in days])
    order = sorted(range(len(activities)), key=lambda k: activities[k]["starts_at"])
    activities = [activities[k] for k in order]
    plans = [plans[k] for k in order]
    activity_ids = ctx.writer.add_ids(Activity, activities)
    shifts, owners = [], []
    for act_id, act, windows in zip(activity_ids, activities, plans, strict=True):
        for starts, ends in windows:
            shifts.append(
                {
                    "activity_id": act_id,
                    "starts_at": starts,
                    "ends_at": ends,
                    "capacity": act["capacity"],
                    "cancelled_at": None,
                    "cancel_reason": None,
                    **ctx.meta(min(starts.date(), ctx.today)),
                }
            )
            owners.append((act_id, starts, ends, act["capacity"]))
    shift_ids = ctx.writer.add_ids(Shift, shifts)

    rows = []
    busy: dict[int, list[tuple[datetime, datetime]]] = {}
    recent = ctx.today - timedelta(days=7)
    forgotten = False
    for shift_id, (act_id, starts, ends, capacity) in zip(shift_ids, owners, strict=True):
        d = starts.date()
        want = min(capacity, rng.randint(3, 12) if starts.date() < ctx.today else rng.randint(1, 3))
        picked = rng.sample(range(len(volunteer_ids)), min(len(volunteer_ids), want * 2))
        took = 0
        for k in picked:
            joined, left = spans[k]
            vid = volunteer_ids[k]
            if not (joined <= d and (left is None or left > d)):
                continue
            if any(s < ends and e > starts for s, e in busy.get(vid, ())):
                continue  # no volunteer is on two shifts at once
            busy.setdefault(vid, []).append((starts, ends))
            check_in = starts - timedelta(minutes=rng.randint(0, 15))
            check_out = ends - timedelta(minutes=30 if rng.random() < 0.1 else 0)  # some leave early
            served = Decimal(int((check_out - check_in).total_seconds() // 900)) / 4
            status, auto = ("approved" if d < recent else "pending"), False
            if d == ctx.today - timedelta(days=1) and not forgotten:  # a check-out forgotten yesterday
                check_out, auto, status, forgotten = ends, True, "flagged", True
            if d >= ctx.today:  # signed up for a shift to come (or today's): not served yet
                check_in = check_out = served = None
                status = "none"
            rows.append(
                {
                    "activity_id": act_id,
                    "shift_id": shift_id,
                    "volunteer_id": vid,
                    "how": "assigned" if rng.random() < 0.3 else "signed_up",
                    "cancelled_at": None,
                    "cancel_reason": None,
                    "check_in_at": check_in,
                    "check_out_at": check_out,
                    "auto_closed": auto,
                    "hours": served,
                    "hours_status": status,
                    "approved_by": ctx.staff[Role.DIRECTOR.value] if status == "approved" else None,
                    "approved_at": check_out + timedelta(days=2) if status == "approved" else None,
                    "role": "组长" if took == 0 else "队员",
                    "evaluation": rng.choice(("表现优秀", "表现良好", None)),
                    **ctx.meta(min(d, ctx.today), check_out),
                }
            )
            took += 1
            if took >= want:
                break
        if len(rows) >= BATCH:
            ctx.writer.add(Attendance, rows)
            rows = []
    ctx.writer.add(Attendance, rows)
