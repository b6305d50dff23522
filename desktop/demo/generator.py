"""The demo community: a seeded, realistic, fictitious 社区 for trying the program and for benchmarks.

``generate(engine)`` fills a migrated, empty database with one community (marked ``is_demo``), its grids,
addresses, households and residents (valid 18-digit citizen ID numbers), key-group memberships with
follow-ups, a year of reception, petition and mediation work, the video-monitoring room's register and
logs, volunteers and their activities, and one staff account per role (``DEMO_ACCOUNTS``).

The same ``seed``, ``scale`` and ``today`` give the same data on every run and engine. Rows go in through
SQLAlchemy Core executemany in chunks (the ORM unit of work manages ~17k rows/s, Core ~10x that, see
TRAPS.md), so ``scale=125`` (about a million residents) runs in bounded memory: residents are generated
and written a few grids at a time, the year of work one month at a time, and only a bounded sample of
residents (``_POOL_CAP``) is kept to appear later as visitors, parties, key-group members and volunteers.

Everything happens in one transaction: a failure leaves the database as empty as it was.
Every name, number and address is made up; region codes and street names only look like Nanjing's.
"""

from __future__ import annotations

import random
import time
from array import array
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from itertools import accumulate
from typing import Any, NamedTuple

from faker import Faker
from sqlalchemy import Connection, Engine, func, insert, select
from sqlalchemy.orm import Session
from stdnum.cn import ric

from desktop.models import (
    Activity,
    Address,
    Agreement,
    Attendance,
    Camera,
    CaseParty,
    CaseTransfer,
    CodeItem,
    Community,
    DisputeCase,
    DutyLog,
    FollowUp,
    FootageRequest,
    Grid,
    Household,
    HouseholdMember,
    KeyGroup,
    KeyGroupMembership,
    MediationSession,
    Person,
    Petition,
    PetitionStep,
    ReturnVisit,
    StaffUser,
    Visit,
    Volunteer,
)
from desktop.services.core import audit_service, reference_data
from desktop.services.core.auth_service import hash_password
from desktop.services.core.dto import SYSTEM
from desktop.services.core.permissions import Role
from desktop.services.core.work_calendar import WorkCalendar
from desktop.services.residents import search as resident_search

Progress = Callable[[int, str], None]

DEFAULT_SEED = 20261127
CST = timezone(timedelta(hours=8), "CST")  # China has no daylight saving time: a fixed offset is exact

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

DEMO_COMMUNITY = {
    "name": "侨鸿社区",
    "street": "华侨路街道",
    "district": "鼓楼区",
    "city": "南京市",
    "address": "南京市鼓楼区华侨路街道侨鸿社区党群服务中心一楼",
    "phone": "025-86612345",
    "reception_hours": "周一至周五 8:30-12:00，13:30-17:30；节假日值班电话 025-86612345",
    "mediation_committee": "侨鸿社区人民调解委员会",
}
CASE_NO_PREFIX = "华侨"  # （2026）华侨人调字第12号
POLICE_STATION = "华侨路派出所"

# Volumes at scale 1.0 (one community of about 8,000 residents).
BASE_GRIDS = 8
BASE_ADDRESSES = 3000
BASE_KEY_MEMBERS = 60
BASE_VISITS_PER_WORKDAY = 6.0
BASE_EXTRA_PETITIONS_PER_MONTH = 3.0  # letters, phone, network (visits bring their own)
BASE_EXTRA_CASES_PER_MONTH = 4.0  # grid, police, court, initiative... (visits bring their own)
BASE_CAMERAS = 40
BASE_FOOTAGE_PER_MONTH = 2.0
BASE_VOLUNTEERS = 150
BASE_ACTIVITIES = 48

_POOL_CAP = 30_000  # residents kept in memory to reappear as visitors, parties, members, volunteers
_CHUNK_ADDRESSES = 2000  # residents are written this many addresses at a time
_BATCH = 5000  # rows per executemany

# -- reference tables -------------------------------------------------------------------------------------

# Nanjing region codes (GB/T 2260) with the birth years a holder may have: numbers issued under an
# abolished code stay valid for life (DOMAIN.md section 5), but nobody born after the abolition got one.
# (code, weight, first birth year, last birth year, hukou text)
_NANJING = (
    ("320106", 40, 1900, 2100, "江苏省南京市鼓楼区"),
    ("320107", 9, 1900, 2012, "江苏省南京市下关区"),  # abolished 2013 (merged into 鼓楼区)
    ("320103", 8, 1900, 2012, "江苏省南京市白下区"),  # abolished 2013 (merged into 秦淮区)
    ("320102", 10, 1900, 2100, "江苏省南京市玄武区"),
    ("320104", 8, 1900, 2100, "江苏省南京市秦淮区"),
    ("320105", 6, 1900, 2100, "江苏省南京市建邺区"),
    ("320111", 3, 1900, 2100, "江苏省南京市浦口区"),
    ("320113", 4, 1900, 2100, "江苏省南京市栖霞区"),
    ("320114", 3, 1900, 2100, "江苏省南京市雨花台区"),
    ("320115", 3, 1984, 2100, "江苏省南京市江宁区"),
    ("320121", 2, 1900, 1999, "江苏省江宁县"),  # abolished 2000
    ("320116", 1, 1986, 2100, "江苏省南京市六合区"),
    ("320124", 1, 1900, 2012, "江苏省溧水县"),  # abolished 2013
    ("320125", 1, 1900, 2012, "江苏省高淳县"),  # abolished 2013
)
# Where floating residents and outside visitors come from.
_ELSEWHERE = (
    ("340104", 4, 1900, 2100, "安徽省合肥市蜀山区"),
    ("341202", 5, 1900, 2100, "安徽省阜阳市颍州区"),
    ("341221", 5, 1900, 2100, "安徽省阜阳市临泉县"),
    ("340822", 4, 1900, 2100, "安徽省安庆市怀宁县"),
    ("320382", 5, 1900, 2100, "江苏省邳州市"),
    ("321323", 4, 1900, 2100, "江苏省宿迁市泗阳县"),
    ("320923", 4, 1900, 2100, "江苏省盐城市阜宁县"),
    ("321181", 3, 1900, 2100, "江苏省丹阳市"),
    ("410523", 3, 1900, 2100, "河南省安阳市汤阴县"),
    ("411521", 3, 1900, 2100, "河南省信阳市罗山县"),
    ("511602", 2, 1900, 2100, "四川省广安市广安区"),
    ("360124", 2, 1900, 2100, "江西省南昌市进贤县"),
    ("430521", 2, 1900, 2018, "湖南省邵阳市邵东县"),  # abolished 2019 (邵东市)
    ("370826", 2, 1900, 2100, "山东省济宁市微山县"),
    ("510922", 1, 1900, 2018, "四川省遂宁市射洪县"),  # abolished 2019 (射洪市)
    ("330106", 1, 1900, 2100, "浙江省杭州市西湖区"),
    ("230103", 1, 1900, 2100, "黑龙江省哈尔滨市南岗区"),
)
_REGION_TEXT = {code: text for code, _w, _a, _b, text in _NANJING + _ELSEWHERE}

# GB/T 3304: mostly 汉族, Nanjing has a sizeable 回族 community.
_ETHNIC = (
    ("01", 9400),
    ("03", 300),
    ("11", 60),
    ("08", 40),
    ("02", 30),
    ("06", 30),
    ("10", 30),
    ("15", 30),
    ("05", 20),
    ("07", 20),
    ("04", 10),
    ("09", 10),
    ("12", 10),
    ("97", 5),
)
_MOBILE_PREFIXES = tuple(
    [f"13{i}" for i in range(10)]
    + [
        "150",
        "151",
        "152",
        "153",
        "155",
        "156",
        "157",
        "158",
        "159",
        "166",
        "170",
        "173",
        "175",
        "176",
        "177",
        "178",
        "180",
        "181",
        "182",
        "183",
        "184",
        "185",
        "186",
        "187",
        "188",
        "189",
        "191",
        "193",
        "195",
        "198",
        "199",
    ]
)
_MALE_CHARS = "伟强磊洋勇军杰涛超明刚平辉鹏华飞鑫波斌宇浩凯健俊帆旭宁龙林阳亮成建峰晨瑞兵东博彬坤文志国海德清永春光晓立新家子然睿轩泽翔宏昊天一诚嘉铭"
_FEMALE_CHARS = (
    "芳娜敏静秀丽艳娟霞燕玲英丹萍红梅莉婷玉晶颖雪慧倩琴云洁莹兰琳欣怡佳悦涵雨萱思诗梦蕾薇婉妍晓彤馨月春珍凤桂"
)
_FOREIGNERS = (
    ("韩国", "KIM MINJUN", "1"),
    ("韩国", "LEE SEOYEON", "2"),
    ("韩国", "PARK JIHOON", "1"),
    ("日本", "SATO HARUTO", "1"),
    ("日本", "SUZUKI YUI", "2"),
    ("美国", "JOHN MILLER", "1"),
    ("美国", "EMILY CARTER", "2"),
    ("德国", "LUKAS WEBER", "1"),
    ("英国", "SOPHIE TURNER", "2"),
    ("法国", "JULIEN MOREAU", "1"),
    ("新加坡", "TAN WEI MING", "1"),
    ("马来西亚", "LIM SIEW LING", "2"),
)
_PASSPORT_PREFIX = {
    "韩国": "M",
    "日本": "TR",
    "美国": "A",
    "德国": "C",
    "英国": "G",
    "法国": "F",
    "新加坡": "K",
    "马来西亚": "A",
}
_COMPOUND_HEADS = (
    "侨园",
    "侨鸿",
    "汉中",
    "五台",
    "宁海",
    "莫愁",
    "石鼓",
    "龙蟠",
    "虎踞",
    "清凉",
    "广州",
    "颐和",
    "金银",
    "天竹",
    "牌楼",
    "估衣",
    "华新",
    "侨光",
    "西桥",
    "云南",
    "随园",
    "秀山",
    "南秀",
    "乌龙",
    "古平",
    "宁夏",
    "江苏",
    "北京西",
    "铁路北",
    "双龙",
)
_COMPOUND_TAILS = ("新村", "小区", "花园", "公寓", "苑", "里", "大院", "家园")
_SHOP_STREETS = ("华侨路", "汉中路", "上海路", "莫愁路", "石鼓路", "宁海路", "广州路", "五台山路")
_CN_DIGITS = "零一二三四五六七八九十"

_VISIT_PURPOSES = (
    ("consult", 30),
    ("service", 20),
    ("complaint", 12),
    ("report", 12),
    ("help", 8),
    ("mediation", 8),
    ("other", 6),
    ("petition", 4),
)
# purpose -> ((content, dispute type when it turns into a case), ...)
_VISIT_CONTENT: dict[str, tuple[tuple[str, str], ...]] = {
    "consult": (
        ("咨询居住证办理所需材料", "other"),
        ("咨询城乡居民医疗保险缴费事宜", "other"),
        ("咨询高龄津贴申领条件", "other"),
        ("咨询出租房屋登记手续", "other"),
        ("咨询法律援助申请条件", "other"),
        ("咨询子女入学需要的居住证明", "other"),
        ("咨询最低生活保障申请流程", "other"),
    ),
    "service": (
        ("开具居住证明", "other"),
        ("办理居住证签注", "other"),
        ("办理出租房屋登记", "other"),
        ("流动人口信息登记", "other"),
        ("开具困难情况证明", "other"),
        ("办理老年优待证", "other"),
    ),
    "complaint": (
        ("投诉楼下餐馆油烟、噪音扰民", "neighbour"),
        ("投诉夜间装修施工噪音影响休息", "neighbour"),
        ("投诉小区车辆乱停放堵塞消防通道", "property_mgmt"),
        ("投诉物业公司保洁、维修不及时", "property_mgmt"),
        ("投诉邻居饲养犬只夜间吠叫扰民", "neighbour"),
    ),
    "report": (
        ("反映小区路灯损坏", "other"),
        ("反映楼道堆放杂物存在消防隐患", "neighbour"),
        ("反映疑似群租房存在安全隐患", "other"),
        ("反映下水道堵塞污水外溢", "property_mgmt"),
        ("反映电动自行车在楼道内充电", "other"),
        ("反映老旧小区围墙破损", "property_mgmt"),
    ),
    "help": (
        ("独居老人家中水管爆裂，请求帮助联系维修", "other"),
        ("接到可疑电话，怀疑遭遇电信诈骗", "other"),
        ("钥匙反锁在家中，请求协助", "other"),
        ("生活困难，请求申请临时救助", "other"),
        ("家中老人外出未归，请求协助寻找", "other"),
    ),
    "mediation": (
        ("与楼上住户因卫生间渗水问题发生纠纷，申请调解", "neighbour"),
        ("与房东因押金退还问题发生纠纷，申请调解", "contract"),
        ("兄弟姐妹间因父母赡养问题发生纠纷，申请调解", "marriage_family"),
        ("与物业公司因物业费问题发生纠纷，申请调解", "property_mgmt"),
        ("被电动自行车撞伤，赔偿问题协商不成，申请调解", "damages"),
        ("用人单位拖欠工资，申请调解", "labour"),
        ("邻居加装空调外机噪音扰民，申请调解", "neighbour"),
        ("加装电梯占用公共部位问题发生争议，申请调解", "housing_land"),
    ),
    "petition": (
        ("反映老旧小区改造施工质量问题", "other"),
        ("反映用人单位拖欠工资问题", "labour"),
        ("对最低生活保障审核结果有异议", "other"),
        ("反映旧城改造安置补偿问题", "expropriation"),
        ("反映小区加装电梯意见分歧问题", "housing_land"),
    ),
    "other": (
        ("送锦旗感谢社区帮助", "other"),
        ("了解社区近期志愿服务活动安排", "other"),
        ("领取防范电信诈骗宣传资料", "other"),
        ("询问失物招领情况", "other"),
    ),
}
# purpose -> ((outcome, weight), ...)
_VISIT_OUTCOMES: dict[str, tuple[tuple[str, int], ...]] = {
    "consult": (("answered", 95), ("other", 5)),
    "service": (("answered", 95), ("other", 5)),
    "complaint": (("answered", 60), ("to_mediation", 20), ("to_police", 5), ("other", 15)),
    "report": (("answered", 75), ("to_petition", 5), ("other", 20)),
    "help": (("answered", 70), ("to_police", 20), ("other", 10)),
    "mediation": (("to_mediation", 75), ("answered", 15), ("other", 10)),
    "petition": (("to_petition", 60), ("answered", 30), ("other", 10)),
    "other": (("answered", 90), ("other", 10)),
}
_VISIT_NOTES = {
    "answered": "已当场解答",
    "to_mediation": "已转矛盾纠纷调处室",
    "to_petition": "已按信访事项登记",
    "to_police": "已移交社区警务室处理",
    "other": "已告知办理渠道",
}

_DISPUTE_TYPES = (
    ("neighbour", 25),
    ("marriage_family", 18),
    ("property_mgmt", 15),
    ("labour", 10),
    ("damages", 10),
    ("housing_land", 8),
    ("contract", 7),
    ("other", 3),
    ("medical", 2),
    ("expropriation", 2),
    ("forest_land", 1),
)
# dispute type -> ((facts, claims, terms), ...); {a} applicant, {b} respondent, {amt} amount, {d} a date
_DISPUTES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "neighbour": (
        (
            "{a}与{b}系上下楼邻居。{b}家卫生间渗水，致{a}家顶棚墙面受损，双方多次协商未果。",
            "要求{b}修复卫生间防水层并赔偿装修损失{amt}元。",
            "一、{b}于{d}前请专业人员修复卫生间防水层；\n二、{b}一次性补偿{a}装修损失人民币{amt}元；\n"
            "三、双方今后互谅互让，和睦相处。",
        ),
        (
            "{a}与{b}系对门邻居，{b}长期在楼道内堆放杂物，双方多次发生口角。",
            "要求{b}清理楼道杂物，保持消防通道畅通。",
            "一、{b}于{d}前清理楼道内堆放的杂物；\n二、双方互相谅解，不再因此事发生争执。",
        ),
    ),
    "marriage_family": (
        (
            "{a}与{b}系兄弟姐妹关系，因母亲赡养费用分担及日常照料问题发生争执。",
            "要求{b}按月分担母亲赡养费用{amt}元。",
            "一、{a}、{b}每人每月各承担母亲生活费人民币{amt}元，于每月5日前支付；\n"
            "二、母亲由{a}照料，{b}每周探望不少于一次。",
        ),
        (
            "{a}与{b}系夫妻关系，因家庭琐事及共同财产使用问题多次争吵。",
            "要求对家庭开支作出约定，停止争吵。",
            "一、双方约定家庭日常开支由双方共同承担；\n二、双方互相尊重，遇事协商解决。",
        ),
    ),
    "property_mgmt": (
        (
            "{a}认为物业服务不到位，拒绝缴纳物业费，{b}多次催缴未果。",
            "要求减免部分物业费并改进服务。",
            "一、{a}于{d}前缴纳拖欠的物业费人民币{amt}元；\n二、{b}于一个月内修复单元门禁并加强保洁。",
        ),
    ),
    "labour": (
        (
            "{a}在{b}从事保洁工作，{b}拖欠{a}工资共计{amt}元。",
            "要求{b}支付拖欠工资{amt}元。",
            "一、{b}于{d}前一次性支付{a}工资人民币{amt}元；\n二、双方劳动关系于本协议签订之日解除，再无其他争议。",
        ),
    ),
    "damages": (
        (
            "{a}在小区内被{b}驾驶的电动自行车撞伤，花去医疗费等费用，双方就赔偿数额协商未果。",
            "要求{b}赔偿医疗费、误工费等共计{amt}元。",
            "一、{b}于{d}前一次性赔偿{a}医疗费、误工费等各项损失共计人民币{amt}元；\n"
            "二、{a}不再就此事向{b}主张其他权利。",
        ),
        (
            "{b}饲养的犬只将{a}咬伤，{a}注射狂犬疫苗等花费若干，双方协商未果。",
            "要求{b}赔偿医疗费等共计{amt}元并规范养犬。",
            "一、{b}于{d}前赔偿{a}医疗费等共计人民币{amt}元；\n二、{b}今后出户遛犬须牵绳。",
        ),
    ),
    "housing_land": (
        (
            "{a}与{b}因加装电梯占用公共部位、影响采光问题发生争议。",
            "要求调整电梯加装方案并给予采光补偿。",
            "一、加装电梯方案调整，避让{a}家窗户；\n二、{b}承担{a}家采光补偿人民币{amt}元。",
        ),
    ),
    "contract": (
        (
            "{a}租住{b}的房屋，租期届满后{b}以房屋有损坏为由拒绝退还押金{amt}元。",
            "要求{b}退还押金{amt}元。",
            "一、{b}于{d}前退还{a}押金人民币{amt}元；\n二、双方租赁关系终止，再无其他纠纷。",
        ),
    ),
    "medical": (
        (
            "{a}在{b}处就诊后出现不良反应，认为{b}存在过错，双方协商赔偿未果。",
            "要求{b}赔偿医疗费等损失{amt}元。",
            "一、{b}于{d}前一次性补偿{a}人民币{amt}元；\n二、双方就此事再无其他争议。",
        ),
    ),
    "expropriation": (
        (
            "{a}对旧城改造中{b}提出的附属物补偿标准有异议。",
            "要求按实际面积重新核算补偿{amt}元。",
            "一、{b}重新核算附属物面积，补偿{a}人民币{amt}元；\n二、{a}于{d}前腾空房屋。",
        ),
    ),
    "forest_land": (
        (
            "{a}与{b}因老家承包地流转收益分配问题发生争议。",
            "要求{b}分配流转收益{amt}元。",
            "一、{b}于{d}前支付{a}承包地流转收益人民币{amt}元；\n二、今后收益按份分配。",
        ),
    ),
    "other": (
        (
            "{a}与{b}因共用晾衣架、公共绿地种菜等生活琐事发生争执。",
            "要求{b}停止占用公共部位。",
            "一、{b}于{d}前清除在公共绿地种植的蔬菜；\n二、双方今后共同维护公共环境。",
        ),
    ),
}
# amount in dispute, in hundreds of yuan (a monthly contribution for family support)
_AMOUNTS = {
    "marriage_family": (5, 30),
    "neighbour": (10, 200),
    "property_mgmt": (10, 80),
    "labour": (30, 600),
    "damages": (20, 500),
    "contract": (10, 100),
    "housing_land": (20, 300),
    "medical": (20, 500),
    "expropriation": (100, 2000),
    "forest_land": (20, 200),
}
_TRANSFER_BODY = {
    "labour": "劳动监察",
    "property_mgmt": "物业主管部门",
    "damages": "派出所",
    "medical": "法院",
    "contract": "法院",
    "marriage_family": "司法所",
}
_REMEDIES = "已告知当事人可依法申请仲裁、请求行政机关处理或者向人民法院提起诉讼。"

_PETITION_CONTENT: dict[str, tuple[tuple[str, str], ...]] = {
    "suggestion": (
        ("建议在小区增设电动自行车集中充电设施", "小区电动自行车楼道充电现象多，存在火灾隐患。"),
        ("建议延长社区卫生服务站周末服务时间", "周末老人就诊不便。"),
        ("建议在路口增设过街信号灯", "学生上下学过马路存在安全隐患。"),
    ),
    "accusation": (
        ("检举某单位工作人员违规收取费用", "信访人称有工作人员在办理业务时违规收取费用。"),
        ("举报某出租房违规群租", "信访人称某出租房内居住人员过多，存在安全隐患。"),
    ),
    "claim": (
        ("要求解决老旧小区屋面漏水问题", "顶楼住户反映屋面渗漏多年，多次报修未解决。"),
        ("要求用人单位支付拖欠工资", "信访人称用人单位拖欠其工资三个月。"),
        ("对最低生活保障审核结果有异议，要求重新审核", "信访人认为家庭收入核算有误。"),
        ("要求解决旧城改造安置补偿问题", "信访人对安置房面积核算有异议。"),
    ),
}

_CAMERA_SPOTS = (
    "东门出入口",
    "西门出入口",
    "南门出入口",
    "北门出入口",
    "地下车库入口",
    "非机动车棚",
    "主干道",
    "中心广场",
    "垃圾分类投放点",
    "消防通道",
)
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


# -- results ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DemoSummary:
    """Rows written per table (field name = table name) and the time it took."""

    staff_user: int = 0
    community: int = 0
    key_group: int = 0
    code_item: int = 0
    grid: int = 0
    address: int = 0
    household: int = 0
    person: int = 0
    household_member: int = 0
    key_group_membership: int = 0
    follow_up: int = 0
    visit: int = 0
    petition: int = 0
    petition_step: int = 0
    dispute_case: int = 0
    case_party: int = 0
    case_transfer: int = 0
    mediation_session: int = 0
    agreement: int = 0
    return_visit: int = 0
    camera: int = 0
    duty_log: int = 0
    footage_request: int = 0
    volunteer: int = 0
    activity: int = 0
    attendance: int = 0
    audit_entry: int = 0
    seconds: float = 0.0

    def counts(self) -> dict[str, int]:
        """Table name -> rows written."""
        return {k: v for k, v in asdict(self).items() if k != "seconds"}

    @property
    def rows(self) -> int:
        return sum(self.counts().values())


# -- small helpers ----------------------------------------------------------------------------------------


class _Resident(NamedTuple):
    """A resident kept in memory to reappear elsewhere (visitor, party, key-group member, volunteer)."""

    id: int
    name: str
    sex: str
    birth_date: date
    id_type: str
    id_number: str
    phone: str | None
    address: str
    ethnic_code: str | None
    resident_type: str
    grid_id: int
    employer: str | None


class _Picker:
    """Weighted choice with precomputed cumulative weights (random.choices recomputes them each call)."""

    def __init__(self, items: Sequence[tuple[Any, float]]):
        self.values = [v for v, _ in items]
        self.cum = list(accumulate(w for _, w in items))

    def __call__(self, rng: random.Random) -> Any:
        return rng.choices(self.values, cum_weights=self.cum)[0]


_DISPUTE_PICKER = _Picker(_DISPUTE_TYPES)


def _draw(rng: random.Random, mean: float) -> int:
    """A whole number of events averaging ``mean`` (cheap stand-in for a Poisson draw)."""
    whole = int(mean)
    return whole + (rng.random() < mean - whole)


def _age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def _add_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


_CALENDAR = WorkCalendar()
_next_workday = _CALENDAR.next_workday_on_or_after


def _deadline(start: date, days: int) -> date:
    """ "N日内" on the mainland calendar (holidays and 调休), as the rooms compute it."""
    return _CALENDAR.period_end(start, days)


def _cn_number(n: int) -> str:
    if n <= 10:
        return _CN_DIGITS[n]
    if n < 20:
        return "十" + _CN_DIGITS[n - 10]
    if n < 100:
        return _CN_DIGITS[n // 10] + "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    return str(n)


class _IdNumbers:
    """Issues unique, valid 18-digit citizen ID numbers in bounded memory.

    One 16-bit counter per (region, birth date, sex) - a few MB whatever the scale - instead of a set of
    every number issued. The n-th holder of a cell gets sequence ``(n * 37 + h) % 500`` (odd for men, even
    for women): a permutation, so numbers never repeat, yet they do not look like a plain counter.
    """

    EPOCH = date(1900, 1, 1)

    def __init__(self, regions: Sequence[str], last_day: date):
        self._index = {code: i for i, code in enumerate(regions)}
        self._days = (last_day - self.EPOCH).days + 2
        self._used = array("H", bytes(2 * len(regions) * self._days * 2))

    def issue(self, region: str, birth: date, sex: str) -> tuple[str, date]:
        """(number, birth date): the birth date moves on a day in the rare case a cell is full."""
        r = self._index[region]
        male = sex == "1"
        while True:
            day = (birth - self.EPOCH).days
            k = (r * self._days + day) * 2 + male
            n = self._used[k]
            if n < 499:
                break
            birth += timedelta(days=1)
        self._used[k] = n + 1
        h = (r * 7919 + day * 31) % 500
        seq = 2 * ((n * 37 + h) % 500) + 1 if male else 2 * ((n * 37 + h) % 499) + 2
        body = f"{region}{birth:%Y%m%d}{seq:03d}"
        return body + ric.calc_check_digit(body + "0"), birth


class _Writer:
    """Core executemany in batches; counts rows per table; gets ids back in parameter order."""

    def __init__(self, conn: Connection):
        self.conn = conn
        self.counts: dict[str, int] = {}
        self._sqlite = conn.dialect.name == "sqlite"

    def _count(self, table: str, n: int) -> None:
        self.counts[table] = self.counts.get(table, 0) + n

    def add(self, model, rows: list[dict]) -> None:
        table = model.__table__
        for i in range(0, len(rows), _BATCH):
            self.conn.execute(insert(table), rows[i : i + _BATCH])
        self._count(table.name, len(rows))

    def add_ids(self, model, rows: list[dict]) -> list[int]:
        """Insert and return the new ids in the order of ``rows``."""
        table = model.__table__
        ids: list[int] = []
        for i in range(0, len(rows), _BATCH):
            batch = rows[i : i + _BATCH]
            if self._sqlite:
                # SQLite gives a row without an explicit rowid max(rowid) + 1, and our write transaction
                # holds the database lock: the new ids are exactly the next len(batch) integers. Checked.
                # (RETURNING with sort_by_parameter_order falls back to one statement per row on SQLite.)
                before = self.conn.scalar(select(func.max(table.c.id))) or 0
                self.conn.execute(insert(table), batch)
                after = self.conn.scalar(select(func.max(table.c.id)))
                if after - before != len(batch):
                    raise RuntimeError(
                        f"{table.name}: ids not contiguous ({before} -> {after}, {len(batch)} rows)"
                    )
                ids.extend(range(before + 1, after + 1))
            else:
                stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
                ids.extend(self.conn.execute(stmt, batch).scalars())
        self._count(table.name, len(rows))
        return ids


# -- the generator ----------------------------------------------------------------------------------------


def generate(
    engine: Engine,
    *,
    scale: float = 1.0,
    seed: int = DEFAULT_SEED,
    progress: Progress | None = None,
    today: date | None = None,
) -> DemoSummary:
    """Fill a migrated, empty database with the demo community. One transaction: all or nothing.

    ``scale`` multiplies every volume (1.0: about 8,000 residents; 125: about a million). ``today`` ends
    the year of generated work (default: the real today). Raises ValueError if the database already
    holds a community or staff accounts.
    """
    if not scale > 0:
        raise ValueError(f"scale must be positive, not {scale!r}")
    report = progress or (lambda _pct, _msg: None)
    started = time.perf_counter()
    with engine.begin() as conn:
        _check_empty(conn)
        gen = _Generator(conn, scale=scale, seed=seed, today=today or date.today(), report=report)
        with _big_sqlite_cache(conn):
            gen.run()
    counts = gen.writer.counts
    summary = DemoSummary(
        **{f.name: counts.get(f.name, 0) for f in fields(DemoSummary) if f.name != "seconds"},
        seconds=time.perf_counter() - started,
    )
    report(100, "演示数据已生成")
    return summary


@contextmanager
def _big_sqlite_cache(conn: Connection, mib: int = 256):
    """A larger page cache while we fill the tables, then the connection's own setting again.

    The default 2 MiB cache makes every insert into an index bigger than it (person.name, person.phone, the
    ID-number unique index...) a random read: generation slowed down more than linearly with scale.
    """
    if conn.dialect.name != "sqlite":
        yield
        return
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size=-{mib * 1024}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size={int(before)}")


def _check_empty(conn: Connection) -> None:
    community = conn.scalar(select(Community.__table__.c.name).limit(1))
    if community is not None:
        raise ValueError(
            f"this database already holds a community ({community}); demo data is generated only into a new, "
            "empty database (演示数据只能生成到空数据库)"
        )
    if conn.scalar(select(func.count()).select_from(StaffUser.__table__)):
        raise ValueError(
            "this database already has staff accounts; demo data is generated only into a new, "
            "empty database (演示数据只能生成到空数据库)"
        )


class _Generator:
    def __init__(self, conn: Connection, *, scale: float, seed: int, today: date, report: Progress):
        self.conn = conn
        self.scale = scale
        self.seed = seed
        self.today = today
        self.report = report
        self.writer = _Writer(conn)
        self.start = today - timedelta(days=364)  # the year of work: start..today, both included
        self.go_live = self.start - timedelta(days=30)  # when the centre started using the program

        self.fake = Faker("zh_CN")
        self.fake.seed_instance(seed)
        person = self.fake.provider("faker.providers.person")
        self._surnames = _Picker(list(person.last_names.items()))
        self._given_male = list(person.first_names_male)
        self._given_female = list(person.first_names_female)
        self._companies = [self.fake.company() for _ in range(400)]
        self._jobs = [self.fake.job().split("/")[0] for _ in range(120)]
        self._streets = [self.fake.street_name() for _ in range(200)]

        self._nanjing = _Picker([(c, w) for c, w, *_ in _NANJING])
        self._elsewhere = _Picker([(c, w) for c, w, *_ in _ELSEWHERE])
        self._birth_window = {c: (a, b) for c, _w, a, b, _t in _NANJING + _ELSEWHERE}
        self._ethnic = _Picker(_ETHNIC)
        self.ids = _IdNumbers([c for c, *_ in _NANJING + _ELSEWHERE], today)
        self._stamps: dict[date, datetime] = {}

        self.staff: dict[str, int] = {}
        self.staff_names: dict[str, str] = {}
        self.grids: list[tuple[int, list[str]]] = []  # (grid id, its compounds)
        self.pool: list[_Resident] = []
        self.key_person_ids: set[int] = set()
        self.codes: dict[str, list[str]] = {}
        self._permits = 0
        self._passports = 0

    # -- shared bits --------------------------------------------------------------------------------------
    def rng(self, part: str) -> random.Random:
        """An independent stream per part: changing one part does not reshuffle the others."""
        return random.Random(f"{self.seed}:{part}")

    def count(self, base: float, *, minimum: int = 1) -> int:
        return max(minimum, round(base * self.scale))

    def stamp(self, d: date) -> datetime:
        """created_at/updated_at for a record of day ``d`` (09:00 local), cached."""
        s = self._stamps.get(d)
        if s is None:
            s = self._stamps[d] = datetime(d.year, d.month, d.day, 9, 0, tzinfo=CST).astimezone(UTC)
        return s

    def meta(self, d: date, at: datetime | None = None) -> dict:
        ts = at if at is not None else self.stamp(d)
        return {"created_at": ts, "updated_at": ts, "created_by": None, "version": 1}

    @staticmethod
    def at(d: date, hour: int, minute: int = 0) -> datetime:
        return datetime(d.year, d.month, d.day, hour, minute, tzinfo=CST)

    def name(self, rng: random.Random, sex: str, surname: str | None = None) -> str:
        surname = surname or self._surnames(rng)
        if rng.random() < 0.45:
            given = rng.choice(self._given_male if sex == "1" else self._given_female)
        else:
            chars = _MALE_CHARS if sex == "1" else _FEMALE_CHARS
            given = rng.choice(chars) + (rng.choice(chars) if rng.random() < 0.8 else "")
        return surname + given

    @staticmethod
    def mobile(rng: random.Random) -> str:
        return f"{rng.choice(_MOBILE_PREFIXES)}{rng.randrange(10**8):08d}"

    def birth(self, rng: random.Random, age: int) -> date:
        b = self.today - timedelta(days=age * 365 + age // 4 + rng.randrange(365))
        return min(b, self.today)

    def region(self, rng: random.Random, birth: date, local: bool) -> str:
        pick = self._nanjing if local else self._elsewhere
        for _ in range(8):
            code = pick(rng)
            first, last = self._birth_window[code]
            if first <= birth.year <= last:
                return code
        return "320106" if local else "341202"

    def citizen(self, rng: random.Random, sex: str, birth: date, local: bool) -> tuple[str, date, str]:
        """(ID number, birth date, region code) for a citizen."""
        code = self.region(rng, birth, local)
        number, birth = self.ids.issue(code, birth, sex)
        return number, birth, code

    def outsider(self, rng: random.Random) -> dict:
        """A visitor or party who is not a registered resident of the community."""
        sex = "1" if rng.random() < 0.55 else "2"
        birth = self.birth(rng, rng.randint(20, 75))
        number, birth, code = self.citizen(rng, sex, birth, local=rng.random() < 0.6)
        return {
            "id": None,
            "name": self.name(rng, sex),
            "sex": sex,
            "birth_date": birth,
            "id_type": "resident_id",
            "id_number": number,
            "phone": self.mobile(rng),
            "ethnic_code": self._ethnic(rng),
            "address": f"{_REGION_TEXT[code]}{rng.choice(self._streets)}{rng.randint(1, 300)}号",
            "employer": rng.choice(self._companies) if rng.random() < 0.5 else None,
            "grid_id": None,
        }

    def resident_or_outsider(self, rng: random.Random, p_resident: float) -> dict:
        if self.pool and rng.random() < p_resident:
            return rng.choice(self.pool)._asdict()
        return self.outsider(rng)

    # -- the phases ---------------------------------------------------------------------------------------
    def run(self) -> None:
        self.report(0, "准备基础数据")
        with Session(bind=self.conn) as s:
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
            self.writer.counts["key_group"] = s.scalar(select(func.count()).select_from(KeyGroup)) or 0
            self.writer.counts["code_item"] = s.scalar(select(func.count()).select_from(CodeItem)) or 0
        for list_name, rows in reference_data.CODE_LISTS.items():
            self.codes[list_name] = [c for c, _ in rows]
        self.staff_and_community()
        self.residents()
        self.report(60, "生成重点人群及走访记录")
        self.key_groups()
        self.work_year()
        self.report(88, "生成视频监控室台账")
        self.monitoring()
        self.report(94, "生成志愿者及活动")
        self.volunteers()
        self.report(99, "写入审计记录")
        with Session(bind=self.conn) as s:
            community_id = s.scalar(select(Community.id).limit(1))
            audit_service.record(
                s,
                SYSTEM,
                "create",
                "community",
                community_id,
                "生成演示数据",
                after={
                    "scale": self.scale,
                    "seed": self.seed,
                    "today": self.today,
                    "persons": self.writer.counts.get("person", 0),
                },
            )
        self.writer.counts["audit_entry"] = 1

    def staff_and_community(self) -> None:
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
                    **self.meta(self.go_live),
                }
            )
        for (_user, full_name, role, _pw), staff_id in zip(
            DEMO_ACCOUNTS, self.writer.add_ids(StaffUser, rows), strict=True
        ):
            self.staff[role] = staff_id
            self.staff_names[role] = full_name
        (community_id,) = self.writer.add_ids(
            Community, [{**DEMO_COMMUNITY, "is_demo": True, **self.meta(self.go_live)}]
        )

        rng = self.rng("grids")
        n_grids = self.count(BASE_GRIDS)
        combos = [h + t for h in _COMPOUND_HEADS for t in _COMPOUND_TAILS]
        rng.shuffle(combos)
        workers = [self.staff[Role.RECEPTION.value], self.staff[Role.POLICE.value]]
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
                    **self.meta(self.go_live),
                }
            )
        self.grids = list(zip(self.writer.add_ids(Grid, rows), compounds, strict=True))

    # -- residents ----------------------------------------------------------------------------------------
    def residents(self) -> None:
        rng = self.rng("residents")
        total = self.count(BASE_ADDRESSES)
        n = len(self.grids)
        expected_persons = total * 2.7
        self._pool_p = min(1.0, _POOL_CAP / expected_persons)
        chunk: list[tuple[dict, list[tuple[dict, list[tuple[dict, str, date | None]]]]]] = []
        done = 0
        for gi, (grid_id, compounds) in enumerate(self.grids):
            quota = total // n + (1 if gi < total % n else 0)
            for address in self._grid_addresses(rng, grid_id, compounds, quota):
                chunk.append((address, self._households(rng, address)))
                if len(chunk) >= _CHUNK_ADDRESSES:
                    self._write_residents(chunk)
                    done += len(chunk)
                    chunk = []
                    self.report(2 + int(56 * done / total), f"生成实有人口（{done}/{total} 处地址）")
        if chunk:
            self._write_residents(chunk)
        self.report(58, "实有人口已生成")

    def _grid_addresses(self, rng: random.Random, grid_id: int, compounds: list[str], quota: int):
        shops = max(0, round(quota * 0.03))
        street = rng.choice(_SHOP_STREETS)
        first_no = rng.randrange(1, 200)
        for k in range(shops):
            no = f"{first_no + k}号"
            yield {
                "grid_id": grid_id,
                "building": f"{street}沿街商铺",
                "unit": "",
                "room": no,
                "kind": "shop",
                "full_text": f"南京市鼓楼区{street}{no}",
                **self.meta(self.go_live),
            }
        left = quota - shops
        building = 0
        while left > 0:
            compound = compounds[building % len(compounds)]
            building += 1
            b_no = building // len(compounds) + 1 if len(compounds) > 1 else building
            tower = rng.random() < 0.2
            floors = rng.randint(11, 18) if tower else rng.randint(5, 7)
            units = rng.randint(1, 2) if tower else rng.randint(2, 3)
            per_floor = 4 if tower else 2
            b_name = f"{compound}{b_no}幢"
            for u in range(1, units + 1):
                for f in range(1, floors + 1):
                    for r in range(1, per_floor + 1):
                        if left <= 0:
                            return
                        left -= 1
                        room = f"{f}{r:02d}"
                        kind = "rental" if rng.random() < 0.18 else "residence"
                        yield {
                            "grid_id": grid_id,
                            "building": b_name,
                            "unit": f"{u}单元",
                            "room": room,
                            "kind": kind,
                            "full_text": f"南京市鼓楼区{b_name}{u}单元{room}室",
                            **self.meta(self.go_live),
                        }

    def _households(
        self, rng: random.Random, address: dict
    ) -> list[tuple[dict, list[tuple[dict, str, date | None]]]]:
        """The households living at an address: (household row, [(person row, relation, left_on)])."""
        if address["kind"] == "shop" or rng.random() < 0.01:  # shops, and a few empty flats
            return []
        people: list[tuple[dict, str, date | None]]
        if address["kind"] == "rental" and rng.random() < 0.85:
            if rng.random() < 0.05:
                kind, people = "collective", self._overseas(rng, address)
            else:
                kind, people = self._floating(rng, address)
        else:
            kind, people = "family", self._family(rng, address)
        hh = {"address_id": None, "household_no": None, "kind": kind, **self.meta(self.go_live)}
        return [(hh, people)]

    def _person(
        self,
        rng: random.Random,
        address: dict,
        *,
        sex: str,
        age: int,
        resident_type: str,
        surname: str | None = None,
        moved_in: date,
    ) -> dict:
        birth = self.birth(rng, age)
        notes = None
        hukou = permit_no = permit_issued = permit_due = None
        if resident_type == "overseas":
            nationality, name, sex = rng.choice(_FOREIGNERS)
            id_type = "passport" if rng.random() < 0.8 else "hk_macao_permit"
            self._passports += 1
            # injective in the counter: no two people share a document number
            digits = (self._passports * 62_089_911 + 1_234_567) % 10**8
            id_number = (
                f"{_PASSPORT_PREFIX.get(nationality, 'P')}{digits:08d}"
                if id_type == "passport"
                else f"H{digits:08d}"
            )
            if id_type == "hk_macao_permit":
                nationality, name = "中国香港", self.name(rng, sex)
            ethnic = None
            notes = f"国籍（地区）：{nationality}"
        else:
            local = resident_type == "registered" and rng.random() < 0.85
            id_type = "resident_id"
            id_number, birth, code = self.citizen(rng, sex, birth, local)
            name = self.name(rng, sex, surname)
            ethnic = self._ethnic(rng)
            if resident_type == "registered":
                hukou = (
                    address["full_text"]
                    if local and rng.random() < 0.9
                    else f"{_REGION_TEXT[code]}{rng.choice(self._streets)}{rng.randint(1, 300)}号"
                )
            else:
                hukou = f"{_REGION_TEXT[code]}{rng.choice(self._streets)}{rng.randint(1, 300)}号"
        moved_in = max(moved_in, birth)
        if resident_type == "floating" and (self.today - moved_in).days >= 183 and rng.random() < 0.8:
            self._permits += 1
            permit_issued = min(self.today, moved_in + timedelta(days=rng.randint(183, 400)))
            permit_no = f"3201{permit_issued:%y}{(self._permits * 48_271_019 + 13) % 10**8:08d}"
            permit_due = _add_years(permit_issued, 1)
            while permit_due < self.today - timedelta(days=20):  # a few are overdue for the annual 签注
                permit_due = _add_years(permit_due, 1)
        real_age = _age_on(birth, self.today)
        if real_age < 12:
            phone = None
        elif real_age < 16:
            phone = self.mobile(rng) if rng.random() < 0.5 else None
        else:
            phone = self.mobile(rng) if rng.random() < (0.97 if real_age < 80 else 0.6) else None
        employer = rng.choice(self._companies) if 22 <= real_age < 60 and rng.random() < 0.75 else None
        return {
            "name": name,
            "id_type": id_type,
            "id_number": id_number,
            "sex": sex,
            "ethnic_code": ethnic,
            "birth_date": birth,
            "phone": phone,
            "phone2": None,
            "resident_type": resident_type,
            "address_id": None,
            "employer": employer,
            "hukou_address": hukou,
            "permit_no": permit_no,
            "permit_issued_on": permit_issued,
            "permit_endorse_due": permit_due,
            "moved_in_on": moved_in,
            "moved_out_on": None,
            "notes": notes,
            **self.meta(max(self.go_live, moved_in)),
        }

    def _family(self, rng: random.Random, address: dict) -> list[tuple[dict, str, date | None]]:
        kind = rng.choices(
            (
                "elder_single",
                "single",
                "couple",
                "couple_1",
                "couple_2",
                "three_gen",
                "single_parent",
                "elder_couple_child",
            ),
            cum_weights=(8, 14, 34, 62, 75, 90, 95, 100),
        )[0]
        moved_in = self.today - timedelta(days=rng.randint(200, 40 * 365))
        out: list[tuple[dict, str, date | None]] = []

        def add(sex: str, age: int, rel: str, surname: str | None = None) -> None:
            p = self._person(
                rng,
                address,
                sex=sex,
                age=max(0, age),
                resident_type="registered",
                surname=surname,
                moved_in=moved_in,
            )
            out.append((p, rel, None))

        if kind == "elder_single":
            add(rng.choice("12"), rng.randint(65, 95), "02")
        elif kind == "single":
            add(rng.choice("12"), rng.randint(22, 64), "02")
        else:
            hh_sex = "1" if rng.random() < 0.7 else "2"
            hh_surname = self._surnames(rng)
            hh_age = {"single_parent": (28, 55), "elder_couple_child": (55, 80), "couple": (25, 88)}.get(
                kind, (28, 58)
            )
            hh_age = rng.randint(*hh_age)
            add(hh_sex, hh_age, "02", hh_surname)
            father_surname, mother_age = hh_surname, hh_age
            if kind != "single_parent":
                spouse_age = hh_age + (rng.randint(-5, 3) if hh_sex == "1" else rng.randint(-3, 5))
                spouse_age = min(95, max(20, spouse_age))
                spouse_surname = self._surnames(rng)
                add("2" if hh_sex == "1" else "1", spouse_age, "10", spouse_surname)
                if hh_sex == "1":
                    mother_age = spouse_age
                else:
                    father_surname = spouse_surname
            children = {
                "couple_1": 1,
                "couple_2": 2,
                "three_gen": rng.randint(1, 2),
                "single_parent": 1,
                "elder_couple_child": 1,
            }.get(kind, 0)
            for _ in range(children):
                child_age = mother_age - rng.randint(23, 36)
                if child_age >= 0:
                    sex = rng.choice("12")
                    add(
                        sex,
                        child_age,
                        "20" if sex == "1" else "30",
                        father_surname if rng.random() < 0.92 else None,
                    )
            if kind == "three_gen":
                for sex in rng.sample(("1", "2"), rng.randint(1, 2)):
                    age = hh_age + rng.randint(24, 32)
                    if age <= 98:  # the householder's father shares the householder's surname
                        add(sex, age, "51" if sex == "1" else "52", hh_surname if sex == "1" else None)
        if rng.random() < 0.03:  # a live-in domestic helper from elsewhere
            p = self._person(
                rng,
                address,
                sex="2",
                age=rng.randint(40, 60),
                resident_type="floating",
                moved_in=self.today - timedelta(days=rng.randint(60, 1500)),
            )
            out.append((p, "99", None))
        oldest = min(out, key=lambda t: t[0]["birth_date"])
        if _age_on(oldest[0]["birth_date"], self.today) >= 60 and rng.random() < 0.3:
            oldest[0]["phone2"] = f"025-8{rng.randrange(10**7):07d}"
        if len(out) > 1 and rng.random() < 0.01:  # moved away this year (迁出), still on the register
            p, rel, _ = out[-1]
            left = self.today - timedelta(days=rng.randint(10, 300))
            if left > p["moved_in_on"]:
                p["moved_out_on"] = left
                out[-1] = (p, rel, left)
        return out

    def _floating(self, rng: random.Random, address: dict) -> tuple[str, list[tuple[dict, str, date | None]]]:
        moved_in = self.today - timedelta(days=rng.randint(20, 6 * 365))
        out: list[tuple[dict, str, date | None]] = []
        shape = rng.random()
        if shape < 0.45:  # workers sharing a flat
            for i in range(rng.randint(1, 4)):
                p = self._person(
                    rng,
                    address,
                    sex="1" if rng.random() < 0.6 else "2",
                    age=rng.randint(19, 52),
                    resident_type="floating",
                    moved_in=moved_in + timedelta(days=rng.randint(0, 90)),
                )
                out.append((p, "02" if i == 0 else "99", None))
            return ("collective" if len(out) > 1 else "family"), out
        hh_sex = "1" if rng.random() < 0.65 else "2"
        age = rng.randint(22, 45)
        hh_surname = self._surnames(rng)
        out.append(
            (
                self._person(
                    rng,
                    address,
                    sex=hh_sex,
                    age=age,
                    resident_type="floating",
                    surname=hh_surname,
                    moved_in=moved_in,
                ),
                "02",
                None,
            )
        )
        if shape < 0.9:
            spouse_surname = self._surnames(rng)
            out.append(
                (
                    self._person(
                        rng,
                        address,
                        sex="2" if hh_sex == "1" else "1",
                        age=age + rng.randint(-3, 3),
                        resident_type="floating",
                        surname=spouse_surname,
                        moved_in=moved_in,
                    ),
                    "10",
                    None,
                )
            )
            if age >= 26 and rng.random() < 0.6:
                sex = rng.choice("12")
                child = self._person(
                    rng,
                    address,
                    sex=sex,
                    age=rng.randint(0, min(12, age - 23)),
                    resident_type="floating",
                    moved_in=moved_in,
                    surname=hh_surname if hh_sex == "1" else spouse_surname,
                )
                out.append((child, "20" if sex == "1" else "30", None))
        return "family", out

    def _overseas(self, rng: random.Random, address: dict) -> list[tuple[dict, str, date | None]]:
        moved_in = self.today - timedelta(days=rng.randint(30, 4 * 365))
        out = []
        for i in range(rng.randint(1, 2)):
            p = self._person(
                rng, address, sex="1", age=rng.randint(24, 60), resident_type="overseas", moved_in=moved_in
            )
            out.append((p, "02" if i == 0 else "99", None))
        return out

    def _write_residents(self, chunk) -> None:
        rng = self.rng(f"pool:{self.writer.counts.get('person', 0)}")
        address_ids = self.writer.add_ids(Address, [a for a, _ in chunk])
        resident_search.write_address_grams(
            self.conn,
            ((i, a["building"], a["unit"], a["room"]) for (a, _), i in zip(chunk, address_ids, strict=True)),
        )
        households: list[dict] = []
        members: list[tuple[int, list[tuple[dict, str, date | None]]]] = []  # (household index, people)
        start_no = self.writer.counts.get("household", 0)
        for (_address, hhs), address_id in zip(chunk, address_ids, strict=True):
            for hh, people in hhs:
                hh["address_id"] = address_id
                hh["household_no"] = f"{start_no + len(households) + 1:09d}"
                for p, _rel, _left in people:
                    p["address_id"] = address_id
                members.append((len(households), people))
                households.append(hh)
        household_ids = self.writer.add_ids(Household, households)
        persons = [p for _i, people in members for p, _rel, _left in people]
        for p in persons:  # the search keys (pinyin initials, reversed ID number and phone)
            p.update(resident_search.person_keys(p["name"], p["id_number"], p["phone"]))
        person_ids = self.writer.add_ids(Person, persons)
        resident_search.write_person_grams(
            self.conn, zip(person_ids, (p["name"] for p in persons), strict=True)
        )
        grid_of = {a_id: a["grid_id"] for (a, _), a_id in zip(chunk, address_ids, strict=True)}
        address_text = {a_id: a["full_text"] for (a, _), a_id in zip(chunk, address_ids, strict=True)}
        rows = []
        k = 0
        for hh_index, people in members:
            hh_id = household_ids[hh_index]
            for p, rel, left in people:
                pid = person_ids[k]
                k += 1
                rows.append(
                    {
                        "household_id": hh_id,
                        "person_id": pid,
                        "relation_code": rel,
                        "joined_on": p["moved_in_on"],
                        "left_on": left,
                        **self.meta(self.go_live),
                    }
                )
                if rng.random() < self._pool_p and left is None:
                    self.pool.append(
                        _Resident(
                            pid,
                            p["name"],
                            p["sex"],
                            p["birth_date"],
                            p["id_type"],
                            p["id_number"],
                            p["phone"],
                            address_text[p["address_id"]],
                            p["ethnic_code"],
                            p["resident_type"],
                            grid_of[p["address_id"]],
                            p["employer"],
                        )
                    )
        self.writer.add(HouseholdMember, rows)

    # -- key groups ---------------------------------------------------------------------------------------
    def key_groups(self) -> None:
        rng = self.rng("key_groups")
        groups = {
            code: (gid, days)
            for code, gid, days in self.conn.execute(
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
        police, social = self.staff[Role.POLICE.value], self.staff[Role.RECEPTION.value]
        worker_of = {
            "community_correction": police,
            "resettlement": police,
            "drug_rehab": police,
            "cult": police,
            "key_petitioner": self.staff[Role.DIRECTOR.value],
        }
        terms = {"community_correction": 2, "resettlement": 5, "drug_rehab": 3}  # years under care
        n = self.count(BASE_KEY_MEMBERS, minimum=len(weights))
        picker = _Picker(list(weights.items()))
        candidates = [r for r in self.pool if r.resident_type != "overseas"]
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
                if (
                    cand
                    and cand.id not in self.key_person_ids
                    and lo <= _age_on(cand.birth_date, self.today) <= hi
                ):
                    person = cand
                    break
            if person is None:
                continue
            self.key_person_ids.add(person.id)
            gid, interval = groups[code]
            start_on = self.today - timedelta(days=rng.randint(20, 1500))
            end_on = _add_years(start_on, terms[code]) if code in terms else None
            if end_on and end_on > self.today and code != "community_correction":
                end_on = None  # only a correction order has its end date known in advance
            active = end_on is None or end_on > self.today
            risk = None
            if code == "mental_disorder":
                risk = rng.choices((0, 1, 2, 3, 4, 5), cum_weights=(50, 75, 90, 97, 99, 100))[0]
                interval = 90 if risk == 0 else 30 if risk <= 2 else 14
            until = self.today if active else end_on
            if active and rng.random() < 0.12:  # the latest follow-up is overdue
                until = self.today - timedelta(days=interval + 5)
            first = max(start_on, self.start) + timedelta(days=rng.randint(1, min(interval, 20)))
            worker = worker_of.get(code, social)
            d, last_done, level = first, None, risk
            while d <= until:
                if level is not None and rng.random() < 0.1:
                    level = min(5, max(0, level + rng.choice((-1, 1))))
                way = rng.choices(self.codes["followup_way"], cum_weights=(55, 85, 97, 100))[0]
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
                            **self.meta(d, self.at(d, 16)),
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
                    **self.meta(max(self.go_live, start_on)),
                }
            )
        ids = self.writer.add_ids(KeyGroupMembership, memberships)
        for m_index, row in follow_ups:
            row["membership_id"] = ids[m_index]
        self.writer.add(FollowUp, [row for _i, row in follow_ups])

    # -- a year of reception, petitions and mediation --------------------------------------------------------
    def work_year(self) -> None:
        rng = self.rng("work")
        purposes = _Picker(_VISIT_PURPOSES)
        outcomes = {p: _Picker(o) for p, o in _VISIT_OUTCOMES.items()}
        self._case_seq: dict[int, int] = {}
        self._petition_seq: dict[int, int] = {}
        month_start = self.start
        total_days = (self.today - self.start).days + 1
        while month_start <= self.today:
            nxt = (month_start.replace(day=1) + timedelta(days=32)).replace(day=1)
            month_end = min(self.today, nxt - timedelta(days=1))
            self._work_month(rng, month_start, month_end, purposes, outcomes)
            self.report(
                60 + int(28 * ((month_end - self.start).days + 1) / total_days),
                f"生成来访、信访和调解记录（{month_end:%Y年%m月}）",
            )
            month_start = month_end + timedelta(days=1)

    def _work_month(self, rng, first: date, last: date, purposes: _Picker, outcomes) -> None:
        visits: list[dict] = []
        petitions: list[dict] = []  # specs: row fields + "_visit" link + "_who"
        cases: list[dict] = []
        reception, director = self.staff[Role.RECEPTION.value], self.staff[Role.DIRECTOR.value]
        d = first
        while d <= last:
            if d.weekday() < 5:
                mean = BASE_VISITS_PER_WORKDAY * self.scale
                k = _draw(rng, mean * rng.uniform(0.5, 1.5))
                times = sorted(rng.randint(8 * 60 + 30, 17 * 60) for _ in range(k))
                for i, minute in enumerate(times):
                    visits.append(
                        self._visit(
                            rng,
                            d,
                            minute,
                            purposes,
                            outcomes,
                            petitions,
                            cases,
                            still_here=d == self.today and i == len(times) - 1,
                        )
                    )
            # work that did not come through the door
            for _ in range(_draw(rng, BASE_EXTRA_PETITIONS_PER_MONTH * self.scale / 30)):
                who = self.resident_or_outsider(rng, 0.7)
                channel = rng.choices(("network", "letter", "phone", "fax"), cum_weights=(40, 75, 99, 100))[0]
                petitions.append(
                    {
                        "_who": who,
                        "_day": d,
                        "_channel": channel,
                        "_collective": False,
                        "_content": None,
                        "_visit": None,
                    }
                )
            for _ in range(_draw(rng, BASE_EXTRA_CASES_PER_MONTH * self.scale / 30)):
                source = rng.choices(
                    ("application", "initiative", "grid", "police", "court", "government", "screening"),
                    cum_weights=(30, 45, 70, 85, 90, 95, 100),
                )[0]
                cases.append(
                    {
                        "_day": d,
                        "_source": source,
                        "_type": _DISPUTE_PICKER(rng),
                        "_applicant": self.resident_or_outsider(rng, 0.85),
                        "_visit": None,
                    }
                )
            d += timedelta(days=1)

        petition_ids = self._write_petitions(rng, petitions, reception, director)
        for spec, pid in zip(petitions, petition_ids, strict=True):
            if spec["_visit"] is not None:
                spec["_visit"]["petition_id"] = pid
        case_ids = self._write_cases(rng, cases)
        for spec, cid in zip(cases, case_ids, strict=True):
            if spec["_visit"] is not None:
                spec["_visit"]["dispute_case_id"] = cid
        self.writer.add(Visit, visits)

    def _visit(
        self,
        rng,
        d: date,
        minute: int,
        purposes: _Picker,
        outcomes,
        petitions: list,
        cases: list,
        still_here: bool,
    ) -> dict:
        purpose = purposes(rng)
        content, dispute_type = rng.choice(_VISIT_CONTENT[purpose])
        outcome = outcomes[purpose](rng)
        who = self.resident_or_outsider(rng, 0.8)
        group = purpose in ("petition", "complaint") and rng.random() < 0.08
        people = rng.randint(6, 25) if group else (2 if rng.random() < 0.1 else 1)
        reps = (
            "、".join(self.name(rng, rng.choice("12")) for _ in range(rng.randint(2, 4))) if group else None
        )
        if group:
            reps = f"{who['name']}、{reps}"
            outcome = "to_petition" if rng.random() < 0.7 else "answered"
        time_in = self.at(d, minute // 60, minute % 60)
        stay = rng.randint(30, 120) if outcome == "to_mediation" else rng.randint(8, 45)
        time_out: datetime | None = time_in + timedelta(minutes=stay)
        auto_closed = False
        if still_here:
            time_out = None
        elif rng.random() < 0.02:  # the desk forgot to sign the visitor out: closed at the end of the day
            time_out, auto_closed = self.at(d, 17, 30), True
        handled_by = {"to_mediation": Role.MEDIATOR, "to_police": Role.POLICE}.get(outcome, Role.RECEPTION)
        if rng.random() < 0.1:
            handled_by = Role.DIRECTOR
        no_id = who["id"] is None and rng.random() < 0.1
        voided = rng.random() < 0.01
        visit = {
            "person_id": who["id"],
            "visitor_name": who["name"],
            "visitor_sex": who["sex"],
            "visitor_id_type": None if no_id else who["id_type"],
            "visitor_id_number": None if no_id else who["id_number"],
            "visitor_phone": who["phone"],
            "visitor_address": who["address"],
            "time_in": time_in,
            "time_out": time_out,
            "auto_closed": auto_closed,
            "people_count": people,
            "representatives": reps,
            "purpose": purpose,
            "whom": {"to_mediation": "调解员", "to_police": "社区民警"}.get(outcome, "综治社工"),
            "content": content,
            "handled_by": self.staff[handled_by.value],
            "outcome": None if still_here else outcome,
            "urgency": "urgent" if group or rng.random() < 0.03 else "normal",
            "notes": None if still_here else _VISIT_NOTES[outcome],
            "petition_id": None,
            "dispute_case_id": None,
            "voided_at": time_in + timedelta(hours=1) if voided else None,
            "void_reason": "重复登记" if voided else None,
            **self.meta(d, time_in),
        }
        if still_here or voided:
            return visit
        if outcome == "to_petition":
            petitions.append(
                {
                    "_who": who,
                    "_day": d,
                    "_channel": "visit",
                    "_collective": group,
                    "_reps": reps,
                    "_content": content,
                    "_visit": visit,
                }
            )
        elif outcome == "to_mediation":
            cases.append(
                {
                    "_day": d,
                    "_source": "from_visit",
                    "_type": dispute_type if dispute_type != "other" else _DISPUTE_PICKER(rng),
                    "_applicant": who,
                    "_visit": visit,
                }
            )
        return visit

    def _write_petitions(self, rng, specs: list[dict], reception: int, director: int) -> list[int]:
        specs.sort(key=lambda s: s["_day"])
        rows, steps_of = [], []
        for spec in specs:
            received: date = spec["_day"]
            seq = self._petition_seq[received.year] = self._petition_seq.get(received.year, 0) + 1
            category = rng.choices(("claim", "suggestion", "accusation"), cum_weights=(65, 90, 100))[0]
            title, facts = rng.choice(_PETITION_CONTENT[category])
            if spec["_content"]:
                title, category = spec["_content"], "claim"
                facts = f"信访人来访反映：{title}。" + (
                    "系集体访，已请其推选代表反映诉求。" if spec["_collective"] else ""
                )
            who = spec["_who"]
            proxy = spec["_channel"] == "network" or rng.random() < 0.3
            row = {
                "petition_no": f"XF{received.year}{seq:05d}",
                "channel": spec["_channel"],
                "category": category,
                "received_on": received,
                "person_id": who["id"],
                "petitioner_name": who["name"],
                "is_collective": spec["_collective"],
                "representatives": spec.get("_reps"),
                "request": title,
                "facts": facts,
                "status": "registered",
                "handler_id": director if category == "accusation" else reception,
                "accepted_on": None,
                "decision": None,
                "answered_on": None,
                "national_ref_no": f"320106{received:%Y%m%d}{seq:05d}" if proxy else None,
                "national_filed_on": min(self.today, received + timedelta(days=rng.randint(0, 2)))
                if proxy
                else None,
                "voided_at": None,
                "void_reason": None,
                **self.meta(received),
            }
            rows.append(row)
            steps_of.append(self._petition_story(rng, row, director))
        ids = self.writer.add_ids(Petition, rows)
        steps = []
        for pid, own in zip(ids, steps_of, strict=True):
            for step in own:
                step["petition_id"] = pid
                steps.append(step)
        self.writer.add(PetitionStep, steps)
        return ids

    def _petition_story(self, rng, row: dict, director: int) -> list[dict]:
        """Walk a petition through its time-limited steps up to today; returns the steps, updates the row."""
        today, received = self.today, row["received_on"]

        def step(kind, started, due, done=None, approver=None, reason=None, note=None) -> dict:
            done = done if done is not None and done <= today else None
            return {
                "kind": kind,
                "started_on": started,
                "due_on": due,
                "done_on": done,
                "approver_id": approver,
                "reason": reason,
                "note": note,
                **self.meta(started),
            }

        registered = min(today, received + timedelta(days=rng.randint(0, 2)))
        steps = [step("register", received, _deadline(received, 15), registered)]
        decided = received + timedelta(days=rng.randint(1, 10))
        if decided > today:
            steps.append(step("acceptance_notice", received, _deadline(received, 15)))
            return steps
        if rng.random() < 0.08:
            row["status"] = "rejected"
            steps.append(
                step(
                    "acceptance_notice",
                    received,
                    _deadline(received, 15),
                    decided,
                    note="不属于本机关职责范围，已出具不予受理告知书并告知信访人向有权机关提出",
                )
            )
            return steps
        row["status"], row["accepted_on"] = "accepted", decided
        steps.append(
            step("acceptance_notice", received, _deadline(received, 15), decided, note="已出具受理告知书")
        )
        handle_due = _deadline(decided, 60)
        answered = decided + timedelta(days=rng.randint(10, 55))
        if rng.random() < 0.07:
            ext_start = handle_due - timedelta(days=rng.randint(5, 10))
            if ext_start <= today:
                steps.append(
                    step(
                        "extension",
                        ext_start,
                        _deadline(handle_due, 30),
                        ext_start,
                        approver=director,
                        reason="事项复杂，需进一步调查核实，经批准延长办理期限，已书面告知信访人延期理由",
                    )
                )
                answered = handle_due + timedelta(days=rng.randint(5, 28))
                handle_due = _deadline(handle_due, 30)
        steps.append(step("handle", decided, handle_due, answered))
        if answered > today:
            row["status"] = "handling"
            return steps
        row["status"], row["answered_on"] = "answered", answered
        row["decision"] = rng.choices(("support", "explain", "not_support"), cum_weights=(35, 85, 100))[0]
        if row["decision"] != "support" and rng.random() < 0.15:
            asked = answered + timedelta(days=rng.randint(5, 25))
            if asked <= today:
                done = asked + timedelta(days=rng.randint(15, 28))
                steps.append(step("review", asked, _deadline(asked, 30), done, note="信访人请求复查"))
                row["status"] = "closed" if done <= today else "review"
                return steps
        if (today - answered).days > 30:
            row["status"] = "closed"
        return steps

    def _write_cases(self, rng, specs: list[dict]) -> list[int]:
        specs.sort(key=lambda s: s["_day"])
        mediator, director = self.staff[Role.MEDIATOR.value], self.staff[Role.DIRECTOR.value]
        names = {
            mediator: self.staff_names[Role.MEDIATOR.value],
            director: self.staff_names[Role.DIRECTOR.value],
        }
        recorder = self.staff_names[Role.RECEPTION.value]
        rows, stories = [], []
        for spec in specs:
            accepted: date = spec["_day"]
            if spec["_source"] != "from_visit":
                accepted = _next_workday(accepted)
                if accepted > self.today:
                    accepted = spec["_day"]
            year = accepted.year
            seq = self._case_seq[year] = self._case_seq.get(year, 0) + 1
            dtype = spec["_type"]
            a = spec["_applicant"]
            b = self._respondent(rng, dtype)
            low, high = _AMOUNTS.get(dtype, (0, 0))
            amount = Decimal(rng.randint(low, high) * 100) if high and rng.random() < 0.85 else None
            facts, claims, terms = rng.choice(_DISPUTES[dtype])
            fill = {
                "a": a["name"],
                "b": b["name"],
                "amt": f"{amount:.0f}" if amount else "若干",
                "d": f"{accepted + timedelta(days=30):%Y年%m月%d日}",
            }
            m_id = mediator if rng.random() < 0.8 else director
            row = {
                "case_no": f"（{year}）{CASE_NO_PREFIX}人调字第{seq}号",
                "year": year,
                "seq": seq,
                "source": spec["_source"],
                "dispute_type": dtype,
                "grid_id": a.get("grid_id") or rng.choice(self.grids)[0],
                "facts": facts.format(**fill),
                "claims": claims.format(**fill),
                "amount": amount,
                "people_involved": rng.randint(3, 12) if dtype == "labour" and rng.random() < 0.2 else 2,
                "risk_level": rng.choices(("low", "medium", "high"), cum_weights=(75, 95, 100))[0],
                "police_flag": False,
                "police_flag_ack_at": None,
                "consent": "agreed",
                "status": "new",
                "accepted_on": accepted,
                "due_on": _deadline(accepted, 30),
                "mediator_id": None,
                "outcome": None,
                "remedies_told": None,
                "closed_on": None,
                "voided_at": None,
                "void_reason": None,
                **self.meta(accepted),
            }
            if rng.random() < 0.03:
                row["police_flag"] = True
                row["risk_level"] = "high"
                if accepted < self.today:
                    row["police_flag_ack_at"] = self.at(accepted, 11, rng.randint(0, 59))
            rows.append(row)
            stories.append(
                self._case_story(rng, row, a, b, terms.format(**fill), m_id, names[m_id], recorder)
            )
        ids = self.writer.add_ids(DisputeCase, rows)
        parties, transfers, sessions, agreements, visits = [], [], [], [], []
        for cid, (own_parties, transfer, own_sessions, agreement, return_visit) in zip(
            ids, stories, strict=True
        ):
            for p in own_parties:
                p["case_id"] = cid
            parties.extend(own_parties)
            if transfer:
                transfer["case_id"] = cid
                transfers.append(transfer)
            for s in own_sessions:
                s["case_id"] = cid
            sessions.extend(own_sessions)
            if agreement:
                agreement["case_id"] = cid
                agreements.append((agreement, return_visit))
        self.writer.add(CaseParty, parties)
        self.writer.add(CaseTransfer, transfers)
        self.writer.add(MediationSession, sessions)
        agreement_ids = self.writer.add_ids(Agreement, [ag for ag, _ in agreements])
        for (ag, rv), ag_id in zip(agreements, agreement_ids, strict=True):
            if rv:
                rv["case_id"], rv["agreement_id"] = ag["case_id"], ag_id
                visits.append(rv)
        self.writer.add(ReturnVisit, visits)
        return ids

    def _respondent(self, rng, dtype: str) -> dict:
        if dtype in ("labour", "property_mgmt", "medical", "expropriation"):
            org = {
                "labour": rng.choice(self._companies),
                "property_mgmt": f"{rng.choice(_COMPOUND_HEADS)}物业管理有限公司",
                "medical": f"{rng.choice(_COMPOUND_HEADS)}诊所",
                "expropriation": "鼓楼区旧城改造指挥部",
            }[dtype]
            return {
                "id": None,
                "name": org,
                "sex": None,
                "birth_date": None,
                "ethnic_code": None,
                "phone": f"025-8{rng.randrange(10**7):07d}",
                "employer": None,
                "org": True,
                "address": f"南京市鼓楼区{rng.choice(_SHOP_STREETS)}{rng.randint(1, 300)}号",
            }
        return self.resident_or_outsider(rng, 0.7)

    def _party(self, rng, who: dict, role: str, d: date) -> dict:
        org = who.get("org", False)
        birth = who.get("birth_date")
        if org:
            occupation = None
        elif birth and _age_on(birth, d) >= 60:
            occupation = "退休"
        else:
            occupation = (
                rng.choice(self._jobs) if rng.random() < 0.7 else rng.choice(("个体经营", "无业", "自由职业"))
            )
        return {
            "person_id": who["id"],
            "role": role,
            "name": who["name"],
            "sex": who["sex"],
            "ethnic_code": who["ethnic_code"],
            "birth_date": birth,
            "occupation": occupation,
            "phone": who["phone"],
            "address": who["address"],
            "agent_name": self.name(rng, rng.choice("12")) if (org or rng.random() < 0.05) else None,
            **self.meta(d),
        }

    def _case_story(
        self,
        rng,
        row: dict,
        a: dict,
        b: dict,
        terms: str,
        mediator_id: int,
        mediator_name: str,
        recorder: str,
    ):
        """Walk a case from intake to today: status, transfer, sessions, agreement, return visit."""
        today, accepted = self.today, row["accepted_on"]
        parties = [self._party(rng, a, "applicant", accepted), self._party(rng, b, "respondent", accepted)]
        if rng.random() < 0.08:
            parties.append(self._party(rng, self.resident_or_outsider(rng, 0.7), "third_party", accepted))
        transfer = agreement = return_visit = None
        sessions: list[dict] = []
        age = (today - accepted).days

        if rng.random() < 0.04:  # a party refuses mediation (人民调解法 art. 17)
            row.update(
                consent="refused",
                status="closed",
                outcome="terminated",
                remedies_told=_REMEDIES,
                closed_on=min(today, accepted + timedelta(days=rng.randint(1, 5))),
            )
            return parties, None, [], None, None
        if age < 1:
            row["consent"] = "pending"
            return parties, None, [], None, None
        row["mediator_id"] = mediator_id
        row["status"] = "assigned"
        start = accepted
        if rng.random() < 0.1:
            body = _TRANSFER_BODY.get(row["dispute_type"], rng.choice(("司法所", "法院", "派出所")))
            sent = min(today, accepted + timedelta(days=rng.randint(0, 3)))
            transfer = {
                "body": body,
                "sent_on": sent,
                "signed_on": None,
                "returned_on": None,
                "return_reason": None,
                **self.meta(sent),
            }
            answer = sent + timedelta(days=rng.randint(1, 4))
            if answer > today:
                row["status"] = "transferred"
                return parties, transfer, [], None, None
            if rng.random() < 0.85:
                transfer["signed_on"] = answer
                row.update(status="closed", outcome="transferred", closed_on=answer)
                return parties, transfer, [], None, None
            transfer["returned_on"] = answer
            transfer["return_reason"] = "经审查不属于本单位职责范围，退回社区人民调解委员会继续调解"
            row["status"] = "returned"
            start = answer
        stuck = age <= 75 and rng.random() < 0.06  # drags on past its month: shows as overdue
        n_sessions = rng.choices((1, 2, 3), cum_weights=(55, 85, 100))[0]
        outcome = rng.choices(
            ("success_written", "success_oral", "failed", "terminated"), cum_weights=(60, 75, 95, 100)
        )[0]
        days: list[date] = []
        d = start + timedelta(days=rng.randint(2, 8))
        for _ in range(n_sessions):
            d = _next_workday(d)
            if d > today:
                break
            days.append(d)
            d += timedelta(days=rng.randint(3, 9))
        concluded = len(days) == n_sessions and not stuck
        attendees = "、".join(p["name"] for p in parties)
        for i, d in enumerate(days):
            final = concluded and i == len(days) - 1
            held = self.at(d, rng.choice((9, 10, 14, 15)), rng.choice((0, 30)))
            sessions.append(
                {
                    "held_at": held,
                    "place": "矛盾纠纷调处室" if rng.random() < 0.85 else "当事人家中",
                    "mediators": mediator_name,
                    "recorder": recorder,
                    "attendees": attendees,
                    "rights_told": True,
                    "statements": f"申请人{a['name']}陈述：{row['claims']}\n"
                    f"被申请人{b['name']}陈述：对部分事实有异议，愿意协商解决。",
                    "facts_verified": row["facts"],
                    "risk_warning": "经研判，纠纷暂无激化风险。"
                    if row["risk_level"] == "low"
                    else "纠纷存在激化可能，已提醒双方理性表达诉求，并告知社区民警。",
                    "result": _SESSION_RESULT[outcome] if final else "双方同意择日继续调解。",
                    "voided_at": None,
                    "void_reason": None,
                    **self.meta(d, held),
                }
            )
        if days:
            row["status"] = "mediating"
        if not concluded:
            return parties, transfer, sessions, None, None
        d = days[-1]
        row["outcome"] = outcome
        if outcome.startswith("success"):
            agreement = {
                "agreement_no": row["case_no"].replace("人调字", "人调协字"),
                "kind": "written" if outcome == "success_written" else "oral",
                "terms": terms,
                "performance": "",
                "signed_on": d,
                "effective_on": d,
                "judicial_confirmation_applied_on": None,
                "voided_at": None,
                "void_reason": None,
                **self.meta(d),
            }
            if outcome == "success_written" and rng.random() < 0.15:
                applied = d + timedelta(days=rng.randint(3, 25))
                agreement["judicial_confirmation_applied_on"] = applied if applied <= today else None
            row["status"] = "agreed"
            due = _deadline(d, 15)
            return_visit = {
                "due_on": due,
                "done_on": None,
                "performance": None,
                "satisfaction": None,
                "lawsuit": False,
                "escalation_signs": None,
                "visitor_id": mediator_id,
                "voided_at": None,
                "void_reason": None,
                **self.meta(d),
            }
            if due <= today and rng.random() < 0.9:
                done = min(today, due + timedelta(days=rng.randint(-3, 3)))
                performed = rng.random() < 0.9
                return_visit.update(
                    done_on=done,
                    performance="协议已履行完毕" if performed else "部分履行，剩余款项约定下月付清",
                    satisfaction=rng.choices(
                        ("satisfied", "basically", "dissatisfied"), cum_weights=(75, 95, 100)
                    )[0],
                    escalation_signs=None if performed else "暂无激化迹象，继续关注",
                    updated_at=self.stamp(done),
                )
                agreement["performance"] = "已履行" if performed else "部分履行"
                row.update(status="closed", closed_on=done)
        else:
            row["remedies_told"] = _REMEDIES
            closed = d + timedelta(days=rng.randint(0, 3))
            row["status"] = "failed"
            if closed <= today:
                row.update(status="closed", closed_on=closed)
        return parties, transfer, sessions, agreement, return_visit

    # -- the video-monitoring room ------------------------------------------------------------------------
    def monitoring(self) -> None:
        rng = self.rng("monitoring")
        n = self.count(BASE_CAMERAS)
        rows = []
        for i in range(n):
            grid_id, compounds = self.grids[i % len(self.grids)]
            if rng.random() < 0.15:
                a, b = rng.sample(_SHOP_STREETS, 2)
                place = f"{a}与{b}交叉口"
            else:
                place = f"{rng.choice(compounds)}{rng.choice(_CAMERA_SPOTS)}"
            host = f"10.{32 + i // 64516}.{(i // 254) % 254 + 1}.{i % 254 + 1}"
            hik = rng.random() < 0.7
            commissioned = self.today - timedelta(days=rng.randint(60, 2500))
            late = rng.random()
            filed = (
                None
                if late < 0.05
                else commissioned + timedelta(days=rng.randint(31, 60) if late < 0.1 else rng.randint(5, 28))
            )
            rows.append(
                {
                    "code": f"CAM{i + 1:04d}",
                    "name": place,
                    "location": f"南京市鼓楼区{place}",
                    "grid_id": grid_id,
                    "kind": rng.choices(("bullet", "dome", "ptz", "other"), cum_weights=(50, 80, 95, 100))[0],
                    "rtsp_url": f"rtsp://{host}:554/Streaming/Channels/101"
                    if hik
                    else f"rtsp://{host}:554/cam/realmonitor?channel=1&subtype=0",
                    "storage_days": rng.choices((30, 60, 90), cum_weights=(70, 90, 100))[0],
                    "commissioned_on": commissioned,
                    "filed_on": filed,
                    "active": rng.random() < 0.95,
                    **self.meta(max(self.go_live, commissioned)),
                }
            )
        cameras = list(zip(self.writer.add_ids(Camera, rows), [r["code"] for r in rows], strict=True))

        operator, police = self.staff[Role.MONITOR.value], self.staff[Role.POLICE.value]
        logs: list[dict] = []

        def log(kind, at, content, camera_id=None, who=operator):
            logs.append(
                {
                    "kind": kind,
                    "logged_at": at,
                    "operator_id": who,
                    "camera_id": camera_id,
                    "content": content,
                    "voided_at": None,
                    "void_reason": None,
                    **self.meta(at.date(), at),
                }
            )

        faults_per_day = 3 * n / BASE_CAMERAS / 30
        d = self.start
        while d <= self.today:
            offline = rng.randint(0, max(1, n // 20))
            log("handover", self.at(d, 8), f"交接班：设备运行正常，{n}路视频接入，交接物品齐全。")
            log(
                "daily_check",
                self.at(d, 9),
                f"每日巡检：{n - offline}/{n}路在线，录像正常。"
                + (f"{offline}路离线已报修。" if offline else ""),
            )
            log("duty", self.at(d, 12), "白班值守：监控画面正常，未发现异常情况。")
            if d.weekday() == 0:
                log(
                    "retention_check",
                    self.at(d, 10),
                    "每周存储检查：各路录像保存天数符合要求（不少于30日）。",
                )
            log("handover", self.at(d, 20), "交接班：夜班人员到岗，设备运行正常。")
            log("duty", self.at(d, 23, 30), "夜班值守：重点部位画面正常。")
            for _ in range(_draw(rng, faults_per_day)):
                cam_id, code = rng.choice(cameras)
                log(
                    "fault",
                    self.at(d, rng.randint(8, 20), rng.randint(0, 59)),
                    f"{code}{rng.choice(('画面中断，已通知维保单位', '画面模糊，已清洁镜头', '录像丢失，已重启设备'))}。",
                    camera_id=cam_id,
                )
            if len(logs) >= _BATCH:
                self.writer.add(DutyLog, logs)
                logs = []
            d += timedelta(days=1)
        self.writer.add(DutyLog, logs)

        requests = []
        per_day = BASE_FOOTAGE_PER_MONTH * self.scale / 30
        d = self.start
        while d <= self.today:
            for _ in range(_draw(rng, per_day)):
                requests.append(self._footage(rng, d, rng.choice(cameras)[0], police))
            d += timedelta(days=1)
        self.writer.add(FootageRequest, requests)

    def _footage(self, rng, d: date, camera_id: int, police: int) -> dict:
        basis = rng.choices(("state_organ", "data_subject", "other"), cum_weights=(60, 90, 100))[0]
        if basis == "state_organ":
            org, name, number = (
                rng.choice((POLICE_STATION, "鼓楼交警大队", "鼓楼区城市管理局")),
                self.name(rng, "1"),
                None,
            )
            reason = rng.choice(("调查一起电动自行车被盗案件", "核查一起交通事故经过", "查找走失老人行踪"))
        elif basis == "data_subject":
            who = self.resident_or_outsider(rng, 0.9)
            org, name, number = "个人", who["name"], who["id_number"]
            reason = rng.choice(
                ("本人手机在小区门口遗失，申请查看相关录像", "本人车辆被剐蹭，申请查看停车区域录像")
            )
        else:
            org, name, number = f"{rng.choice(_COMPOUND_HEADS)}物业管理有限公司", self.name(rng, "1"), None
            reason = "核查小区公共设施损坏情况"
        start = self.at(d - timedelta(days=rng.randint(1, 20)), rng.randint(0, 21), rng.choice((0, 30)))
        asked = self.at(d, rng.randint(9, 16), rng.randint(0, 59))
        row = {
            "camera_id": camera_id,
            "window_start": start,
            "window_end": start + timedelta(hours=rng.randint(1, 3)),
            "requester_org": org,
            "requester_name": name,
            "requester_id_number": number,
            "basis": basis,
            "reason": reason,
            "approver_id": None,
            "decision": "pending",
            "decided_at": None,
            "accessed_at": None,
            "voided_at": None,
            "void_reason": None,
            **self.meta(d, asked),
        }
        if (self.today - d).days >= 2:
            refused = rng.random() < (0.6 if basis == "other" else 0.05)
            decided = asked + timedelta(hours=rng.randint(1, 20))
            row.update(approver_id=police, decision="refused" if refused else "approved", decided_at=decided)
            if not refused:
                row["accessed_at"] = decided + timedelta(hours=rng.randint(1, 24))
        return row

    # -- volunteers ---------------------------------------------------------------------------------------
    def volunteers(self) -> None:
        rng = self.rng("volunteers")
        n = self.count(BASE_VOLUNTEERS)
        candidates = [
            r
            for r in self.pool
            if r.id not in self.key_person_ids
            and r.resident_type != "overseas"
            and 18 <= _age_on(r.birth_date, self.today) <= 75
        ]
        chosen = rng.sample(candidates, min(len(candidates), round(n * 0.85)))
        rows, spans = [], []
        for i in range(n):
            who = chosen[i]._asdict() if i < len(chosen) else self.outsider(rng)
            joined = self.today - timedelta(days=rng.randint(10, 2500))
            left = self.today - timedelta(days=rng.randint(1, 200)) if rng.random() < 0.05 else None
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
                    **self.meta(max(self.go_live, joined)),
                }
            )
            spans.append((joined, left))
        volunteer_ids = self.writer.add_ids(Volunteer, rows)

        organizers = [
            self.staff[Role.DIRECTOR.value],
            self.staff[Role.RECEPTION.value],
            self.staff[Role.POLICE.value],
        ]
        n_act = self.count(BASE_ACTIVITIES)
        activities, plans = [], []
        for _ in range(n_act):
            d = self.start + timedelta(days=rng.randrange(365))
            title, content = rng.choice(_ACTIVITIES)
            hour = rng.choice((9, 14, 19))
            hours = rng.choice((2, 2, 3, 4)) if hour != 19 else 2
            starts = self.at(d, hour)
            activities.append(
                {
                    "title": title,
                    "place": rng.choice(self.grids)[1][0] if rng.random() < 0.6 else "社区广场",
                    "starts_at": starts,
                    "ends_at": starts + timedelta(hours=hours),
                    "content": content,
                    "organizer_id": rng.choice(organizers),
                    "voided_at": None,
                    "void_reason": None,
                    **self.meta(d, starts),
                }
            )
            plans.append((d, hours))
        order = sorted(range(n_act), key=lambda k: activities[k]["starts_at"])
        activities = [activities[k] for k in order]
        plans = [plans[k] for k in order]
        activity_ids = self.writer.add_ids(Activity, activities)
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
                            **self.meta(d),
                        }
                    )
                    took += 1
                    if took >= want:
                        break
            if len(rows) >= _BATCH:
                self.writer.add(Attendance, rows)
                rows = []
        self.writer.add(Attendance, rows)


_SESSION_RESULT = {
    "success_written": "经调解，双方自愿达成书面调解协议。",
    "success_oral": "经调解，双方达成口头协议，已记录在案。",
    "failed": "双方分歧较大，调解不成，已告知其他救济途径。",
    "terminated": "一方当事人明确表示不愿继续调解，调解终止。",
}
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
