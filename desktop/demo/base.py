"""The demo's shared machinery: the generator context every room writes through, and the people in it.

``Context`` holds what the rooms share: the connection and the bulk ``Writer`` (Core executemany, ids back
in parameter order), the scale, the day the year of work ends, ``rng(part)`` (one seeded stream per part,
so changing one room does not reshuffle another), creation stamps, the staff accounts, grids and the
bounded pool of residents that reappear as visitors, parties, key-group members and volunteers; and the
helpers for names, citizen ID numbers, phones and addresses. The rooms themselves are in the sibling
modules, run in the order ``desktop.demo.ROOMS`` gives.
"""

from __future__ import annotations

import random
from array import array
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta, timezone
from itertools import accumulate
from typing import Any, NamedTuple

from faker import Faker
from sqlalchemy import Connection, func, insert, select
from stdnum.cn import ric

from desktop.services.core.work_calendar import WorkCalendar

Progress = Callable[[int, str], None]

DEFAULT_SEED = 20261127
CST = timezone(timedelta(hours=8), "CST")  # China has no daylight saving time: a fixed offset is exact
BATCH = 5000  # rows per executemany

# Who the demo community is: several rooms name it.
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

# -- reference tables -------------------------------------------------------------------------------------

# Nanjing region codes (GB/T 2260) with the birth years a holder may have: numbers issued under an
# abolished code stay valid for life (DOMAIN.md section 5), but nobody born after the abolition got one.
# (code, weight, first birth year, last birth year, hukou text)
NANJING = (
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
ELSEWHERE = (
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
REGION_TEXT = {code: text for code, _w, _a, _b, text in NANJING + ELSEWHERE}

# GB/T 3304: mostly 汉族, Nanjing has a sizeable 回族 community.
ETHNIC = (
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
MOBILE_PREFIXES = tuple(
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
MALE_CHARS = "伟强磊洋勇军杰涛超明刚平辉鹏华飞鑫波斌宇浩凯健俊帆旭宁龙林阳亮成建峰晨瑞兵东博彬坤文志国海德清永春光晓立新家子然睿轩泽翔宏昊天一诚嘉铭"
FEMALE_CHARS = (
    "芳娜敏静秀丽艳娟霞燕玲英丹萍红梅莉婷玉晶颖雪慧倩琴云洁莹兰琳欣怡佳悦涵雨萱思诗梦蕾薇婉妍晓彤馨月春珍凤桂"
)
COMPOUND_HEADS = (
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
SHOP_STREETS = ("华侨路", "汉中路", "上海路", "莫愁路", "石鼓路", "宁海路", "广州路", "五台山路")


# -- small helpers ----------------------------------------------------------------------------------------


class Resident(NamedTuple):
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


class Picker:
    """Weighted choice with precomputed cumulative weights (random.choices recomputes them each call)."""

    def __init__(self, items: Sequence[tuple[Any, float]]):
        self.values = [v for v, _ in items]
        self.cum = list(accumulate(w for _, w in items))

    def __call__(self, rng: random.Random) -> Any:
        return rng.choices(self.values, cum_weights=self.cum)[0]


def draw(rng: random.Random, mean: float) -> int:
    """A whole number of events averaging ``mean`` (cheap stand-in for a Poisson draw)."""
    whole = int(mean)
    return whole + (rng.random() < mean - whole)


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def add_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


CALENDAR = WorkCalendar()
next_workday = CALENDAR.next_workday_on_or_after


def deadline(start: date, days: int) -> date:
    """ "N日内" on the mainland calendar (holidays and 调休), as the rooms compute it."""
    return CALENDAR.period_end(start, days)


class IdNumbers:
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


class DocumentNumbers:
    """Passport and residence-permit numbers, injective in a counter: no two people share one."""

    def __init__(self) -> None:
        self._passports = 0
        self._permits = 0

    def passport_digits(self) -> int:
        self._passports += 1
        return (self._passports * 62_089_911 + 1_234_567) % 10**8

    def permit_no(self, issued: date) -> str:
        self._permits += 1
        return f"3201{issued:%y}{(self._permits * 48_271_019 + 13) % 10**8:08d}"


class Writer:
    """Core executemany in batches; counts rows per table; gets ids back in parameter order."""

    def __init__(self, conn: Connection):
        self.conn = conn
        self.counts: dict[str, int] = {}
        self._sqlite = conn.dialect.name == "sqlite"

    def _count(self, table: str, n: int) -> None:
        self.counts[table] = self.counts.get(table, 0) + n

    def add(self, model, rows: list[dict]) -> None:
        table = model.__table__
        for i in range(0, len(rows), BATCH):
            self.conn.execute(insert(table), rows[i : i + BATCH])
        self._count(table.name, len(rows))

    def add_ids(self, model, rows: list[dict]) -> list[int]:
        """Insert and return the new ids in the order of ``rows``."""
        table = model.__table__
        ids: list[int] = []
        for i in range(0, len(rows), BATCH):
            batch = rows[i : i + BATCH]
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


# -- the context ------------------------------------------------------------------------------------------


class Context:
    """What every room reads and writes through while the demo is generated (one per ``generate`` call)."""

    def __init__(self, conn: Connection, *, scale: float, seed: int, today: date, report: Progress):
        self.conn = conn
        self.scale = scale
        self.seed = seed
        self.today = today
        self._report = report
        self._span = (0, 100)  # the current room's share of the progress bar, set by ``enter``
        self.writer = Writer(conn)
        self.start = today - timedelta(days=364)  # the year of work: start..today, both included
        self.go_live = self.start - timedelta(days=30)  # when the centre started using the program

        # names, employers, jobs and streets: drawn once from the seeded Faker, in this order
        fake = Faker("zh_CN")
        fake.seed_instance(seed)
        person = fake.provider("faker.providers.person")
        self.surnames = Picker(list(person.last_names.items()))
        self._given_male = list(person.first_names_male)
        self._given_female = list(person.first_names_female)
        self.companies = [fake.company() for _ in range(400)]
        self.jobs = [fake.job().split("/")[0] for _ in range(120)]
        self.streets = [fake.street_name() for _ in range(200)]

        self._nanjing = Picker([(c, w) for c, w, *_ in NANJING])
        self._elsewhere = Picker([(c, w) for c, w, *_ in ELSEWHERE])
        self._birth_window = {c: (a, b) for c, _w, a, b, _t in NANJING + ELSEWHERE}
        self.ethnic = Picker(ETHNIC)
        # shared by every room that makes up a person: numbers never repeat across rooms
        self.ids = IdNumbers([c for c, *_ in NANJING + ELSEWHERE], today)
        self.documents = DocumentNumbers()
        self._stamps: dict[date, datetime] = {}

        # filled by the rooms, read by the later ones
        self.staff: dict[str, int] = {}  # role -> staff account id (community)
        self.staff_names: dict[str, str] = {}  # role -> full name (community)
        self.grids: list[tuple[int, list[str]]] = []  # (grid id, its compounds) (community)
        self.pool: list[Resident] = []  # a bounded sample of the residents (residents)
        self.key_person_ids: set[int] = set()  # residents in a key group (key_groups)

    # -- progress -----------------------------------------------------------------------------------------
    def enter(self, first: int, last: int, message: str | None) -> None:
        """A room starts: it owns ``first``..``last`` % of the progress bar and announces ``message``."""
        self._span = (first, last)
        if message:
            self._report(first, message)

    def progress(self, done: int, total: int, message: str) -> None:
        """``done`` of ``total`` steps of the current room are written."""
        first, last = self._span
        self._report(first + int((last - first) * done / total), message)

    def report(self, percent: int, message: str) -> None:
        """Progress outside any room (start, audit)."""
        self._report(percent, message)

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
        surname = surname or self.surnames(rng)
        if rng.random() < 0.45:
            given = rng.choice(self._given_male if sex == "1" else self._given_female)
        else:
            chars = MALE_CHARS if sex == "1" else FEMALE_CHARS
            given = rng.choice(chars) + (rng.choice(chars) if rng.random() < 0.8 else "")
        return surname + given

    @staticmethod
    def mobile(rng: random.Random) -> str:
        return f"{rng.choice(MOBILE_PREFIXES)}{rng.randrange(10**8):08d}"

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
            "ethnic_code": self.ethnic(rng),
            "address": f"{REGION_TEXT[code]}{rng.choice(self.streets)}{rng.randint(1, 300)}号",
            "employer": rng.choice(self.companies) if rng.random() < 0.5 else None,
            "grid_id": None,
        }

    def resident_or_outsider(self, rng: random.Random, p_resident: float) -> dict:
        if self.pool and rng.random() < p_resident:
            return rng.choice(self.pool)._asdict()
        return self.outsider(rng)
