"""The residents room of the demo: addresses, households and persons (实有人口), written a few grids at a time.

Only a bounded sample of the residents (``_POOL_CAP``) stays in ``ctx.pool`` to reappear in later rooms as
visitors, parties, key-group members and volunteers, so a million residents fit in bounded memory.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from desktop.demo.base import REGION_TEXT, SHOP_STREETS, Context, Resident, add_years, age_on
from desktop.models import Address, Household, HouseholdMember, Person
from desktop.services.residents import search as resident_search

BASE_ADDRESSES = 3000  # at scale 1.0 (about 8,000 residents)
_POOL_CAP = 30_000  # residents kept in memory to reappear as visitors, parties, members, volunteers
_CHUNK_ADDRESSES = 2000  # residents are written this many addresses at a time

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


def generate(ctx: Context) -> None:
    """The register, a few grids at a time: addresses, households, persons and who lives with whom."""
    rng = ctx.rng("residents")
    total = ctx.count(BASE_ADDRESSES)
    n = len(ctx.grids)
    expected_persons = total * 2.7
    pool_p = min(1.0, _POOL_CAP / expected_persons)  # the share of residents kept in ctx.pool
    chunk: list[tuple[dict, list[tuple[dict, list[tuple[dict, str, date | None]]]]]] = []
    done = 0
    for gi, (grid_id, compounds) in enumerate(ctx.grids):
        quota = total // n + (1 if gi < total % n else 0)
        for address in _grid_addresses(ctx, rng, grid_id, compounds, quota):
            chunk.append((address, _households(ctx, rng, address)))
            if len(chunk) >= _CHUNK_ADDRESSES:
                _write_residents(ctx, chunk, pool_p)
                done += len(chunk)
                chunk = []
                ctx.progress(done, total, f"生成实有人口（{done}/{total} 处地址）")
    if chunk:
        _write_residents(ctx, chunk, pool_p)
    ctx.progress(1, 1, "实有人口已生成")


def _grid_addresses(ctx: Context, rng: random.Random, grid_id: int, compounds: list[str], quota: int):
    shops = max(0, round(quota * 0.03))
    street = rng.choice(SHOP_STREETS)
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
            **ctx.meta(ctx.go_live),
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
                        **ctx.meta(ctx.go_live),
                    }


def _households(
    ctx: Context, rng: random.Random, address: dict
) -> list[tuple[dict, list[tuple[dict, str, date | None]]]]:
    """The households living at an address: (household row, [(person row, relation, left_on)])."""
    if address["kind"] == "shop" or rng.random() < 0.01:  # shops, and a few empty flats
        return []
    people: list[tuple[dict, str, date | None]]
    if address["kind"] == "rental" and rng.random() < 0.85:
        if rng.random() < 0.05:
            kind, people = "collective", _overseas(ctx, rng, address)
        else:
            kind, people = _floating(ctx, rng, address)
    else:
        kind, people = "family", _family(ctx, rng, address)
    hh = {"address_id": None, "household_no": None, "kind": kind, **ctx.meta(ctx.go_live)}
    return [(hh, people)]


def _person(
    ctx: Context,
    rng: random.Random,
    address: dict,
    *,
    sex: str,
    age: int,
    resident_type: str,
    surname: str | None = None,
    moved_in: date,
) -> dict:
    birth = ctx.birth(rng, age)
    notes = None
    hukou = permit_no = permit_issued = permit_due = None
    if resident_type == "overseas":
        nationality, name, sex = rng.choice(_FOREIGNERS)
        id_type = "passport" if rng.random() < 0.8 else "hk_macao_permit"
        digits = ctx.documents.passport_digits()
        id_number = (
            f"{_PASSPORT_PREFIX.get(nationality, 'P')}{digits:08d}"
            if id_type == "passport"
            else f"H{digits:08d}"
        )
        if id_type == "hk_macao_permit":
            nationality, name = "中国香港", ctx.name(rng, sex)
        ethnic = None
        notes = f"国籍（地区）：{nationality}"
    else:
        local = resident_type == "registered" and rng.random() < 0.85
        id_type = "resident_id"
        id_number, birth, code = ctx.citizen(rng, sex, birth, local)
        name = ctx.name(rng, sex, surname)
        ethnic = ctx.ethnic(rng)
        if resident_type == "registered":
            hukou = (
                address["full_text"]
                if local and rng.random() < 0.9
                else f"{REGION_TEXT[code]}{rng.choice(ctx.streets)}{rng.randint(1, 300)}号"
            )
        else:
            hukou = f"{REGION_TEXT[code]}{rng.choice(ctx.streets)}{rng.randint(1, 300)}号"
    moved_in = max(moved_in, birth)
    if resident_type == "floating" and (ctx.today - moved_in).days >= 183 and rng.random() < 0.8:
        permit_issued = min(ctx.today, moved_in + timedelta(days=rng.randint(183, 400)))
        permit_no = ctx.documents.permit_no(permit_issued)
        permit_due = add_years(permit_issued, 1)
        while permit_due < ctx.today - timedelta(days=20):  # a few are overdue for the annual 签注
            permit_due = add_years(permit_due, 1)
    real_age = age_on(birth, ctx.today)
    if real_age < 12:
        phone = None
    elif real_age < 16:
        phone = ctx.mobile(rng) if rng.random() < 0.5 else None
    else:
        phone = ctx.mobile(rng) if rng.random() < (0.97 if real_age < 80 else 0.6) else None
    employer = rng.choice(ctx.companies) if 22 <= real_age < 60 and rng.random() < 0.75 else None
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
        **ctx.meta(max(ctx.go_live, moved_in)),
    }


def _family(ctx: Context, rng: random.Random, address: dict) -> list[tuple[dict, str, date | None]]:
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
    moved_in = ctx.today - timedelta(days=rng.randint(200, 40 * 365))
    out: list[tuple[dict, str, date | None]] = []

    def add(sex: str, age: int, rel: str, surname: str | None = None) -> None:
        p = _person(
            ctx,
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
        hh_surname = ctx.surnames(rng)
        hh_age = {"single_parent": (28, 55), "elder_couple_child": (55, 80), "couple": (25, 88)}.get(
            kind, (28, 58)
        )
        hh_age = rng.randint(*hh_age)
        add(hh_sex, hh_age, "02", hh_surname)
        father_surname, mother_age = hh_surname, hh_age
        if kind != "single_parent":
            spouse_age = hh_age + (rng.randint(-5, 3) if hh_sex == "1" else rng.randint(-3, 5))
            spouse_age = min(95, max(20, spouse_age))
            spouse_surname = ctx.surnames(rng)
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
        p = _person(
            ctx,
            rng,
            address,
            sex="2",
            age=rng.randint(40, 60),
            resident_type="floating",
            moved_in=ctx.today - timedelta(days=rng.randint(60, 1500)),
        )
        out.append((p, "99", None))
    oldest = min(out, key=lambda t: t[0]["birth_date"])
    if age_on(oldest[0]["birth_date"], ctx.today) >= 60 and rng.random() < 0.3:
        oldest[0]["phone2"] = f"025-8{rng.randrange(10**7):07d}"
    if len(out) > 1 and rng.random() < 0.01:  # moved away this year (迁出), still on the register
        p, rel, _ = out[-1]
        left = ctx.today - timedelta(days=rng.randint(10, 300))
        if left > p["moved_in_on"]:
            p["moved_out_on"] = left
            out[-1] = (p, rel, left)
    return out


def _floating(
    ctx: Context, rng: random.Random, address: dict
) -> tuple[str, list[tuple[dict, str, date | None]]]:
    moved_in = ctx.today - timedelta(days=rng.randint(20, 6 * 365))
    out: list[tuple[dict, str, date | None]] = []
    shape = rng.random()
    if shape < 0.45:  # workers sharing a flat
        for i in range(rng.randint(1, 4)):
            p = _person(
                ctx,
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
    hh_surname = ctx.surnames(rng)
    out.append(
        (
            _person(
                ctx,
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
        spouse_surname = ctx.surnames(rng)
        out.append(
            (
                _person(
                    ctx,
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
            child = _person(
                ctx,
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


def _overseas(ctx: Context, rng: random.Random, address: dict) -> list[tuple[dict, str, date | None]]:
    moved_in = ctx.today - timedelta(days=rng.randint(30, 4 * 365))
    out = []
    for i in range(rng.randint(1, 2)):
        p = _person(
            ctx, rng, address, sex="1", age=rng.randint(24, 60), resident_type="overseas", moved_in=moved_in
        )
        out.append((p, "02" if i == 0 else "99", None))
    return out


def _write_residents(ctx: Context, chunk, pool_p: float) -> None:
    rng = ctx.rng(f"pool:{ctx.writer.counts.get('person', 0)}")
    address_ids = ctx.writer.add_ids(Address, [a for a, _ in chunk])
    resident_search.write_address_grams(
        ctx.conn,
        ((i, a["building"], a["unit"], a["room"]) for (a, _), i in zip(chunk, address_ids, strict=True)),
    )
    households: list[dict] = []
    members: list[tuple[int, list[tuple[dict, str, date | None]]]] = []  # (household index, people)
    start_no = ctx.writer.counts.get("household", 0)
    for (_address, hhs), address_id in zip(chunk, address_ids, strict=True):
        for hh, people in hhs:
            hh["address_id"] = address_id
            hh["household_no"] = f"{start_no + len(households) + 1:09d}"
            for p, _rel, _left in people:
                p["address_id"] = address_id
            members.append((len(households), people))
            households.append(hh)
    household_ids = ctx.writer.add_ids(Household, households)
    persons = [p for _i, people in members for p, _rel, _left in people]
    for p in persons:  # the search keys (pinyin initials, reversed ID number and phone)
        p.update(resident_search.person_keys(p["name"], p["id_number"], p["phone"]))
    person_ids = ctx.writer.add_ids(Person, persons)
    resident_search.write_person_grams(ctx.conn, zip(person_ids, (p["name"] for p in persons), strict=True))
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
                    **ctx.meta(ctx.go_live),
                }
            )
            if rng.random() < pool_p and left is None:
                ctx.pool.append(
                    Resident(
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
    ctx.writer.add(HouseholdMember, rows)
