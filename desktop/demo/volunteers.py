"""The volunteers room of the demo (平安志愿者): volunteers, their activities and attendance."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from desktop.demo.base import BATCH, Context, age_on
from desktop.models import Activity, Attendance, Volunteer
from desktop.services.core.permissions import Role

BASE_VOLUNTEERS = 150  # at scale 1.0
BASE_ACTIVITIES = 48

_ACTIVITIES = (
    ("平安巡逻", "沿小区主干道及重点部位开展治安巡逻"),
    ("反诈宣传进社区", "发放防范电信网络诈骗宣传资料"),
    ("消防安全隐患排查", "检查楼道堆物、电动自行车充电等消防隐患"),
    ("禁毒宣传", "开展禁毒知识宣传"),
    ("矛盾纠纷排查", "入户排查邻里矛盾纠纷苗头"),
    ("法律咨询进社区", "为居民提供免费法律咨询"),
    ("敬老助老服务", "走访慰问独居老人"),
    ("文明交通劝导", "在路口开展文明交通劝导"),
    ("垃圾分类宣传", "指导居民正确分类投放垃圾"),
    ("防汛安全巡查", "巡查低洼地段及地下车库"),
)
_VOLUNTEER_TEAMS = ("平安巡逻队", "邻里守望队", "法律服务队", "反诈宣传队", "助老服务队", "文明劝导队")
_VOLUNTEER_SKILLS = ("巡逻防范", "法律咨询", "医疗救护", "心理疏导", "文艺宣传", "电脑维修", "外语翻译", None)


def generate(ctx: Context) -> None:
    """Volunteers (most from the pool of residents), a year of activities and who attended them."""
    rng = ctx.rng("volunteers")
    n = ctx.count(BASE_VOLUNTEERS)
    candidates = [
        r
        for r in ctx.pool
        if r.id not in ctx.key_person_ids
        and r.resident_type != "overseas"
        and 18 <= age_on(r.birth_date, ctx.today) <= 75
    ]
    chosen = rng.sample(candidates, min(len(candidates), round(n * 0.85)))
    rows, spans = [], []
    for i in range(n):
        who = chosen[i]._asdict() if i < len(chosen) else ctx.outsider(rng)
        joined = ctx.today - timedelta(days=rng.randint(10, 2500))
        left = ctx.today - timedelta(days=rng.randint(1, 200)) if rng.random() < 0.05 else None
        if left and left <= joined:
            left = None
        rows.append(
            {
                "person_id": who["id"],
                "volunteer_no": f"ZY{i + 1:07d}",
                "name": who["name"],
                "id_type": "resident_id",
                "id_number": who["id_number"],
                "phone": who["phone"],
                "team": rng.choice(_VOLUNTEER_TEAMS),
                "skills": rng.choice(_VOLUNTEER_SKILLS),
                "joined_on": joined,
                "left_on": left,
                **ctx.meta(max(ctx.go_live, joined)),
            }
        )
        spans.append((joined, left))
    volunteer_ids = ctx.writer.add_ids(Volunteer, rows)

    organizers = [
        ctx.staff[Role.DIRECTOR.value],
        ctx.staff[Role.RECEPTION.value],
        ctx.staff[Role.POLICE.value],
    ]
    n_act = ctx.count(BASE_ACTIVITIES)
    activities, plans = [], []
    for _ in range(n_act):
        d = ctx.start + timedelta(days=rng.randrange(365))
        title, content = rng.choice(_ACTIVITIES)
        hour = rng.choice((9, 14, 19))
        hours = rng.choice((2, 2, 3, 4)) if hour != 19 else 2
        starts = ctx.at(d, hour)
        activities.append(
            {
                "title": title,
                "place": rng.choice(ctx.grids)[1][0] if rng.random() < 0.6 else "社区广场",
                "starts_at": starts,
                "ends_at": starts + timedelta(hours=hours),
                "content": content,
                "organizer_id": rng.choice(organizers),
                "voided_at": None,
                "void_reason": None,
                **ctx.meta(d, starts),
            }
        )
        plans.append((d, hours))
    order = sorted(range(n_act), key=lambda k: activities[k]["starts_at"])
    activities = [activities[k] for k in order]
    plans = [plans[k] for k in order]
    activity_ids = ctx.writer.add_ids(Activity, activities)
    rows = []
    for act_id, (d, hours) in zip(activity_ids, plans, strict=True):
        want = rng.randint(6, 20)
        picked = rng.sample(range(len(volunteer_ids)), min(len(volunteer_ids), want * 2))
        took = 0
        for k in picked:
            joined, left = spans[k]
            if joined <= d and (left is None or left > d):
                credited = Decimal(hours) - (Decimal("0.5") if rng.random() < 0.1 else 0)  # left early
                rows.append(
                    {
                        "activity_id": act_id,
                        "volunteer_id": volunteer_ids[k],
                        "hours": credited,
                        "role": "组长" if took == 0 else "队员",
                        "evaluation": rng.choice(("表现优秀", "表现良好", None)),
                        **ctx.meta(d),
                    }
                )
                took += 1
                if took >= want:
                    break
        if len(rows) >= BATCH:
            ctx.writer.add(Attendance, rows)
            rows = []
    ctx.writer.add(Attendance, rows)
