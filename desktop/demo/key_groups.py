"""The key groups of the demo (重点人群): memberships drawn from the pool of residents, and their follow-ups."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from desktop.demo.base import Context, Picker, add_years, age_on
from desktop.models import FollowUp, KeyGroup, KeyGroupMembership
from desktop.services.core import reference_data
from desktop.services.core.permissions import Role

BASE_KEY_MEMBERS = 60  # at scale 1.0

_FOLLOW_UP_CONTENT = {
    "home_visit": "入户走访，了解近期生活、思想及家庭情况。",
    "phone": "电话回访，询问近况。",
    "interview": "约谈至社区警务室，开展谈心谈话。",
    "other": "向家属、网格员了解近况。",
}
_FINDINGS = {
    "mental_disorder": (
        "情绪稳定，按时服药，监护人落实看护责任。",
        "近期睡眠欠佳，已提醒家属督促服药。",
        "病情稳定，已协助办理免费服药手续。",
    ),
    "community_correction": ("按时报到，遵守社区矫正规定，思想稳定。", "已找到工作，表现良好。"),
    "drug_rehab": ("按期接受尿检，结果阴性。", "生活规律，家属配合帮教。"),
    "key_youth": ("已复学，表现有进步。", "与家长沟通，加强课余监护。"),
    "default": ("情况稳定，无异常。", "生活正常，已宣传相关政策。", "思想稳定，未发现异常动向。"),
}


def generate(ctx: Context) -> None:
    """Members of every key group (at least one each) from the pool, with a year of follow-ups."""
    rng = ctx.rng("key_groups")
    groups = {
        code: (gid, days)
        for code, gid, days in ctx.conn.execute(
            select(KeyGroup.code, KeyGroup.id, KeyGroup.follow_up_days).order_by(KeyGroup.id)
        )
    }
    weights = {
        "community_correction": 6,
        "resettlement": 9,
        "drug_rehab": 6,
        "mental_disorder": 18,
        "cult": 3,
        "hiv": 3,
        "key_youth": 8,
        "key_petitioner": 7,
    }
    ages = {
        "key_youth": (12, 25),
        "resettlement": (22, 70),
        "community_correction": (18, 70),
        "drug_rehab": (20, 60),
        "mental_disorder": (18, 85),
    }
    police, social = ctx.staff[Role.POLICE.value], ctx.staff[Role.RECEPTION.value]
    worker_of = {
        "community_correction": police,
        "resettlement": police,
        "drug_rehab": police,
        "cult": police,
        "key_petitioner": ctx.staff[Role.DIRECTOR.value],
    }
    terms = {"community_correction": 2, "resettlement": 5, "drug_rehab": 3}  # years under care
    ways = [code for code, _label in reference_data.CODE_LISTS["followup_way"]]
    n = ctx.count(BASE_KEY_MEMBERS, minimum=len(weights))
    picker = Picker(list(weights.items()))
    candidates = [r for r in ctx.pool if r.resident_type != "overseas"]
    memberships: list[dict] = []
    follow_ups: list[tuple[int, dict]] = []  # (index into memberships, row)
    for i in range(n):
        code = list(weights)[i] if i < len(weights) else picker(rng)
        if code not in groups:  # an administrator removed it: nothing to generate
            continue
        lo, hi = ages.get(code, (18, 80))
        person = None
        for _ in range(200):
            cand = rng.choice(candidates) if candidates else None
            if cand and cand.id not in ctx.key_person_ids and lo <= age_on(cand.birth_date, ctx.today) <= hi:
                person = cand
                break
        if person is None:
            continue
        ctx.key_person_ids.add(person.id)
        gid, interval = groups[code]
        start_on = ctx.today - timedelta(days=rng.randint(20, 1500))
        end_on = add_years(start_on, terms[code]) if code in terms else None
        if end_on and end_on > ctx.today and code != "community_correction":
            end_on = None  # only a correction order has its end date known in advance
        active = end_on is None or end_on > ctx.today
        risk = None
        if code == "mental_disorder":
            risk = rng.choices((0, 1, 2, 3, 4, 5), cum_weights=(50, 75, 90, 97, 99, 100))[0]
            interval = 90 if risk == 0 else 30 if risk <= 2 else 14
        until = ctx.today if active else end_on
        if active and rng.random() < 0.12:  # the latest follow-up is overdue
            until = ctx.today - timedelta(days=interval + 5)
        first = max(start_on, ctx.start) + timedelta(days=rng.randint(1, min(interval, 20)))
        worker = worker_of.get(code, social)
        d, last_done, level = first, None, risk
        while d <= until:
            if level is not None and rng.random() < 0.1:
                level = min(5, max(0, level + rng.choice((-1, 1))))
            way = rng.choices(ways, cum_weights=(55, 85, 97, 100))[0]
            follow_ups.append(
                (
                    len(memberships),
                    {
                        "membership_id": None,
                        "done_on": d,
                        "way": way,
                        "content": _FOLLOW_UP_CONTENT.get(way, ""),
                        "findings": rng.choice(_FINDINGS.get(code, _FINDINGS["default"])),
                        "risk_level": level,
                        "next_due_on": d + timedelta(days=interval),
                        "worker_id": worker,
                        "voided_at": None,
                        "void_reason": None,
                        **ctx.meta(d, ctx.at(d, 16)),
                    },
                )
            )
            last_done = d
            d += timedelta(days=interval + rng.randint(-3, 3))
        next_due = None
        if active:
            next_due = last_done + timedelta(days=interval) if last_done else first
        memberships.append(
            {
                "person_id": person.id,
                "key_group_id": gid,
                "start_on": start_on,
                "end_on": end_on,
                "worker_id": worker,
                "risk_level": level,
                "next_follow_up_on": next_due,
                "notes": "由司法所移交" if code == "community_correction" else None,
                "voided_at": None,
                "void_reason": None,
                **ctx.meta(max(ctx.go_live, start_on)),
            }
        )
    ids = ctx.writer.add_ids(KeyGroupMembership, memberships)
    for m_index, row in follow_ups:
        row["membership_id"] = ids[m_index]
    ctx.writer.add(FollowUp, [row for _i, row in follow_ups])
