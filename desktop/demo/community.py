"""The community room of the demo: reference lists, the staff accounts, the community and its grids."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.demo.base import CASE_NO_PREFIX, COMPOUND_HEADS, DEMO_COMMUNITY, Context
from desktop.models import CodeItem, Community, Grid, KeyGroup, StaffUser
from desktop.services.core import reference_data
from desktop.services.core.auth_service import hash_password
from desktop.services.core.permissions import Role

# (username, full name, role, password): the README prints this table. All passwords are equal on
# purpose (easy to remember in a demo, and argon2 hashes it only once).
DEMO_PASSWORD = "demo1234"
DEMO_ACCOUNTS: list[tuple[str, str, str, str]] = [
    ("qiantai", "王丽", Role.RECEPTION.value, DEMO_PASSWORD),
    ("tiaojie", "陈建国", Role.MEDIATOR.value, DEMO_PASSWORD),
    ("jiankong", "刘强", Role.MONITOR.value, DEMO_PASSWORD),
    ("minjing", "张伟", Role.POLICE.value, DEMO_PASSWORD),
    ("zhuren", "李红梅", Role.DIRECTOR.value, DEMO_PASSWORD),
    ("admin", "赵磊", Role.ADMIN.value, DEMO_PASSWORD),
]

BASE_GRIDS = 8  # at scale 1.0
_COMPOUND_TAILS = ("新村", "小区", "花园", "公寓", "苑", "里", "大院", "家园")
_CN_DIGITS = "零一二三四五六七八九十"


def generate(ctx: Context) -> None:
    """Reference lists first, then the staff accounts, the community and its grids (later rooms read them)."""
    _reference_lists(ctx)
    _staff_and_community(ctx)


def _reference_lists(ctx: Context) -> None:
    """The default code lists and key groups, and the demo committee's abbreviation for case numbers."""
    with Session(bind=ctx.conn) as s:
        reference_data.seed_defaults(s)
        # the demo committee's case numbers: （2026）华侨人调字第N号
        s.add(
            CodeItem(
                list_name="mediation_setting",
                code="committee_abbr",
                label=CASE_NO_PREFIX,
                sort=0,
                active=True,
            )
        )
        s.flush()
        ctx.writer.counts["key_group"] = s.scalar(select(func.count()).select_from(KeyGroup)) or 0
        ctx.writer.counts["code_item"] = s.scalar(select(func.count()).select_from(CodeItem)) or 0


def _staff_and_community(ctx: Context) -> None:
    hashes: dict[str, str] = {}
    rows = []
    for username, full_name, role, password in DEMO_ACCOUNTS:
        if password not in hashes:
            hashes[password] = hash_password(password)
        rows.append(
            {
                "username": username,
                "full_name": full_name,
                "role": role,
                "phone": None,
                "password_hash": hashes[password],
                "active": True,
                "failed_logins": 0,
                "locked_until": None,
                "last_login_at": None,
                **ctx.meta(ctx.go_live),
            }
        )
    for (_user, full_name, role, _pw), staff_id in zip(
        DEMO_ACCOUNTS, ctx.writer.add_ids(StaffUser, rows), strict=True
    ):
        ctx.staff[role] = staff_id
        ctx.staff_names[role] = full_name
    (community_id,) = ctx.writer.add_ids(
        Community, [{**DEMO_COMMUNITY, "is_demo": True, **ctx.meta(ctx.go_live)}]
    )

    rng = ctx.rng("grids")
    n_grids = ctx.count(BASE_GRIDS)
    combos = [h + t for h in COMPOUND_HEADS for t in _COMPOUND_TAILS]
    rng.shuffle(combos)
    workers = [ctx.staff[Role.RECEPTION.value], ctx.staff[Role.POLICE.value]]
    rows, compounds = [], []
    for i in range(n_grids):
        mine = []
        for j in (2 * i, 2 * i + 1):
            base, round_ = combos[j % len(combos)], j // len(combos)
            mine.append(base if round_ == 0 else f"{base}{_cn_number(round_ + 1)}期")
        compounds.append(mine)
        rows.append(
            {
                "community_id": community_id,
                "code": f"WG{i + 1:03d}",
                "name": f"第{i + 1}网格（{'、'.join(mine)}）",
                "worker_id": workers[i % 2],
                **ctx.meta(ctx.go_live),
            }
        )
    ctx.grids = list(zip(ctx.writer.add_ids(Grid, rows), compounds, strict=True))


def _cn_number(n: int) -> str:
    """2 -> 二, 12 -> 十二, 21 -> 二十一 (the 期 of a compound built in phases)."""
    if n <= 10:
        return _CN_DIGITS[n]
    if n < 20:
        return "十" + _CN_DIGITS[n - 10]
    if n < 100:
        return _CN_DIGITS[n // 10] + "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    return str(n)
