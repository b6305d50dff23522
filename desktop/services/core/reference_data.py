"""The default configurable lists (key groups, code lists) every new database starts with.

The lists are configuration: the administrator may rename, deactivate or add entries. ``seed_defaults``
therefore only inserts what is missing and never overwrites an entry that is already there.
Sources: DOMAIN.md sections 2, 3, 5 and 6.
"""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import CodeItem, KeyGroup


class KeyGroupDefault(NamedTuple):
    code: str
    name: str
    has_risk_level: bool
    follow_up_days: int


# Follow-up intervals other than the psychiatric-care rule (risk 0 -> every 3 months) are not fixed by a
# national text (*unverified*): they are defaults the administrator may change.
KEY_GROUPS: tuple[KeyGroupDefault, ...] = (
    KeyGroupDefault("community_correction", "社区矫正人员", False, 30),
    KeyGroupDefault("resettlement", "安置帮教人员", False, 90),
    KeyGroupDefault("drug_rehab", "社区戒毒/康复人员", False, 30),
    KeyGroupDefault("mental_disorder", "严重精神障碍患者", True, 90),
    KeyGroupDefault("cult", "邪教人员", False, 30),
    KeyGroupDefault("hiv", "艾滋病患者", False, 90),
    KeyGroupDefault("key_youth", "重点青少年", False, 30),
    KeyGroupDefault("key_petitioner", "信访重点人员", False, 30),
)

# list_name -> ((code, label), ...) in display order
CODE_LISTS: dict[str, tuple[tuple[str, str], ...]] = {
    "visit_purpose": (
        ("consult", "咨询"),
        ("help", "求助"),
        ("complaint", "投诉"),
        ("report", "反映问题"),
        ("service", "办事"),
        ("mediation", "调解申请"),
        ("petition", "信访"),
        ("other", "其他"),
    ),
    "dispute_type": (
        ("marriage_family", "婚姻家庭"),
        ("neighbour", "邻里"),
        ("housing_land", "房屋宅基地"),
        ("property_mgmt", "物业"),
        ("labour", "劳动争议"),
        ("damages", "损害赔偿"),
        ("contract", "合同"),
        ("forest_land", "山林土地"),
        ("expropriation", "征地拆迁"),
        ("medical", "医疗"),
        ("other", "其他"),
    ),
    "outside_body": (
        ("police_station", "派出所"),
        ("justice_office", "司法所"),
        ("court", "法院"),
        ("labour_inspection", "劳动监察"),
        ("property_authority", "物业主管部门"),
        ("market_regulation", "市场监管"),
        ("other", "其他"),
    ),
    # 网格上报 kinds (founding document §四 6: 信访维稳、矛盾纠纷、治安动态、公共安全、重点人员); the codes of the first
    # five name the 集中排查 area a report belongs to (services/rhythm/grid_reports.py KIND_AREA)
    "grid_report_kind": (
        ("dispute", "矛盾纠纷"),
        ("security", "治安问题"),
        ("petition_lead", "信访苗头"),
        ("key_person", "重点人员动态"),
        ("hazard", "公共安全隐患"),
        ("other", "其他"),
    ),
    # 平安志愿者 teams (the founding document names 治安巡逻, 矛盾调解, 法治宣传; the rest are common ones)
    "volunteer_team": (
        ("patrol", "治安巡逻队"),
        ("mediation", "矛盾调解队"),
        ("legal", "法治宣传队"),
        ("emergency", "应急救援队"),
        ("neighbourhood_watch", "邻里守望队"),
        ("anti_fraud", "反诈宣传队"),
        ("elderly_care", "助老服务队"),
        ("civility", "文明劝导队"),
    ),
    # skills a volunteer brings; those with a certificate carry its number and expiry
    "volunteer_skill": (
        ("first_aid", "医疗救护"),
        ("fire_safety", "消防安全"),
        ("legal_advice", "法律咨询"),
        ("counselling", "心理疏导"),
        ("patrol", "巡逻防范"),
        ("driving", "驾驶"),
        ("publicity", "文艺宣传"),
        ("computer", "电脑维修"),
        ("translation", "外语翻译"),
        ("sign_language", "手语"),
    ),
    "followup_way": (
        ("home_visit", "入户走访"),
        ("phone", "电话"),
        ("interview", "约谈"),
        ("other", "其他"),
    ),
}

SORT_STEP = 10  # gaps, so an administrator can slot an entry in between


def label(list_name: str, code: str) -> str:
    """The default label of a code (for generators and tests; the database holds the configured one)."""
    return dict(CODE_LISTS[list_name])[code]


def seed_defaults(s: Session) -> None:
    """Insert the default key groups and code-list entries that are missing. Idempotent.

    Runs inside the caller's transaction (first-start set-up, demo generator); existing entries, even
    renamed or deactivated ones, are left as they are.
    """
    have_groups = set(s.scalars(select(KeyGroup.code)))
    for g in KEY_GROUPS:
        if g.code not in have_groups:
            s.add(
                KeyGroup(
                    code=g.code,
                    name=g.name,
                    has_risk_level=g.has_risk_level,
                    follow_up_days=g.follow_up_days,
                    active=True,
                )
            )
    have_items = {(row.list_name, row.code) for row in s.execute(select(CodeItem.list_name, CodeItem.code))}
    for list_name, items in CODE_LISTS.items():
        for i, (code, text) in enumerate(items, start=1):
            if (list_name, code) not in have_items:
                s.add(CodeItem(list_name=list_name, code=code, label=text, sort=i * SORT_STEP, active=True))
    s.flush()
