"""The search keys of the resident register and the one search box over them.

Everything a search reads is an index: exact and prefix lookups on B-trees, "last 4-6 digits" as the
prefix of a reversed column, names and addresses through bigram tables (``person_name_gram``,
``address_gram``), pinyin initials through an indexed column. Nothing loads the register into memory and
no query scans it with ``LIKE '%x%'`` (95-170 ms on a million rows; see TRAPS.md and bench/RESULTS.md).

Prefixes: on SQLite a range ``col >= p AND col < p || U+10FFFF`` (``LIKE 'p%'`` cannot use an index there);
on PostgreSQL ``LIKE 'p%'`` over a ``text_pattern_ops`` index (a range past U+10FFFF is not safe under a
linguistic collation).

This module is also what keeps the keys: ``person_keys`` for the derived person columns, ``name_grams`` /
``address_grams`` for the bigram tables, ``write_person_grams`` / ``write_address_grams`` for bulk
writers (demo generator, import), and ``drop_search_indexes`` / ``create_search_indexes`` around a bulk.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, delete, insert, text

from desktop.models.residents import AddressGram, BuildingGram, PersonNameGram
from desktop.services.core.id_numbers import normalize, stored_forms

_TOP = "\U0010ffff"

# First letters of surnames whose surname reading differs from the character's common one.
SURNAME_LETTERS = {
    "单": "s",  # shan
    "曾": "z",  # zeng
    "解": "x",  # xie
    "区": "o",  # ou
    "仇": "q",  # qiu
    "朴": "p",  # piao
    "查": "z",  # zha
    "乐": "y",  # yue
    "覃": "q",  # qin
    "缪": "m",  # miao
    "翟": "z",  # zhai
    "藏": "z",  # zang
    "重": "c",  # chong
    "秘": "b",  # bi
    "种": "c",  # chong
    "折": "s",  # she
    "员": "y",  # yun
    "宓": "f",  # fu
    "繁": "p",  # po
    "隗": "w",  # wei
}

# pinyin per character, cached: 0.7 s for a million names instead of ~19 s calling pypinyin per name.
# Kept as a str.translate table (code point -> letter, or None to drop a character without a reading).
_LETTER: dict[int, str | None] = {}


def _letter(ch: str) -> str:
    letter = _LETTER.get(ord(ch), "?")
    if letter == "?":
        from pypinyin import Style, pinyin

        py = pinyin(ch, style=Style.FIRST_LETTER, errors="ignore")
        letter = py[0][0][:1].lower() if py and py[0] and py[0][0] else ""
        if not letter.isascii() or not letter.isalpha():
            letter = ""
        _LETTER[ord(ch)] = letter or None
    return letter or ""


_HAS_ASCII = re.compile(r"[\x00-\x7f]").search


def initials(name: str | None) -> str | None:
    """Pinyin initials: 张伟 -> 'zw', 单田芳 -> 'stf' (surname reading), 'John Smith' -> 'js'."""
    if not name:
        return None
    if _HAS_ASCII(name) is None:  # Chinese characters only: one str.translate
        out = name.translate(_LETTER)
        if not out.isascii():  # characters met for the first time
            for ch in name:
                _letter(ch)
            out = name.translate(_LETTER)
        surname = SURNAME_LETTERS.get(name[0])
        if surname:
            out = surname + (out[1:] if _LETTER.get(ord(name[0])) else out)
        return out[:100] or None
    out: list[str] = []
    first_cjk = True
    for word in (name or "").split():
        latin = False
        for ch in word:
            if ch.isascii():
                if ch.isalpha() and not latin:
                    out.append(ch.lower())
                latin = ch.isalpha()
                continue
            latin = False
            if first_cjk and ch in SURNAME_LETTERS:
                out.append(SURNAME_LETTERS[ch])
            else:
                out.append(_letter(ch))
            first_cjk = False
    return "".join(out)[:100] or None


def squash(value: str | None) -> str:
    """Case-folded, without any whitespace: the text the bigram tables are made of."""
    return "".join((value or "").casefold().split())


def grams(value: str | None) -> set[str]:
    t = squash(value)
    return {t[i : i + 2] for i in range(len(t) - 1)}


def name_grams(name: str | None) -> set[str]:
    return grams(name)


def address_key(building: str | None, unit: str | None, room: str | None) -> str:
    return f"{building or ''}{unit or ''}{room or ''}"


def address_grams(building: str | None, unit: str | None, room: str | None) -> set[str]:
    return grams(address_key(building, unit, room))


_PHONE_JUNK = re.compile(r"[^0-9]")


def phone_digits(phone: str | None) -> str:
    return _PHONE_JUNK.sub("", normalize(phone or ""))


def person_keys(name: str | None, id_number: str | None, phone: str | None) -> dict:
    """The derived columns of a person row."""
    digits = phone_digits(phone)
    return {
        "name_initials": initials(name),
        "id_number_rev": id_number[::-1] if id_number else None,
        "phone_rev": digits[::-1] if digits else None,
    }


def _gram_key(row: dict) -> str:
    return row["gram"]  # B-tree inserts in key order touch each page once


def write_person_grams(conn: Connection, pairs: Iterable[tuple[int, str]]) -> int:
    """Insert the name bigrams of (person id, name) pairs with Core executemany. Returns rows written."""
    table = PersonNameGram.__table__
    rows = sorted(
        ({"gram": g, "person_id": pid} for pid, name in pairs for g in name_grams(name)), key=_gram_key
    )
    for i in range(0, len(rows), 10_000):
        conn.execute(insert(table), rows[i : i + 10_000])
    return len(rows)


def write_address_grams(
    conn: Connection, rows: Iterable[tuple[int, str | None, str | None, str | None]]
) -> int:
    """Insert the bigrams of new addresses (id, building, unit, room), and of their building names where
    those are new. Returns the address bigram rows written."""
    rows = list(rows)
    table = AddressGram.__table__
    out = sorted(
        ({"gram": g, "address_id": aid} for aid, b, u, r in rows for g in address_grams(b, u, r)),
        key=_gram_key,
    )
    for i in range(0, len(out), 10_000):
        conn.execute(insert(table), out[i : i + 10_000])
    write_building_grams(conn, {b for _aid, b, _u, _r in rows if b})
    return len(out)


def write_building_grams(conn: Connection, buildings: Iterable[str]) -> None:
    """Bigrams of building names; those already there are left alone (another PC may add the same name)."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as upsert
    else:
        from sqlalchemy.dialects.sqlite import insert as upsert
    pairs = sorted({(g, b) for b in buildings for g in grams(b)})
    stmt = upsert(BuildingGram.__table__).on_conflict_do_nothing()
    for i in range(0, len(pairs), 10_000):
        conn.execute(stmt, [{"gram": g, "building": b} for g, b in pairs[i : i + 10_000]])


def replace_person_grams(conn: Connection, person_id: int, old_name: str | None, new_name: str) -> None:
    old, new = name_grams(old_name), name_grams(new_name)
    table = PersonNameGram.__table__
    gone = old - new
    if gone:
        conn.execute(delete(table).where(table.c.person_id == person_id, table.c.gram.in_(gone)))
    added = new - old
    if added:
        conn.execute(insert(table), [{"gram": g, "person_id": person_id} for g in added])


# Secondary indexes of the person table that a bulk insert drops and rebuilds (the unique ID-number
# constraint stays: it is what refuses a number registered twice).
SEARCH_INDEXES: tuple[tuple[str, str, str], ...] = (
    ("ix_person_name", "person", "name"),
    ("ix_person_phone", "person", "phone"),
    ("ix_person_id_number", "person", "id_number"),
    ("ix_person_id_number_rev", "person", "id_number_rev"),
    ("ix_person_phone_rev", "person", "phone_rev"),
    ("ix_person_name_initials", "person", "name_initials"),
    ("ix_person_address_id", "person", "address_id"),
    ("ix_person_moved_out_on", "person", "moved_out_on"),
    ("ix_person_resident_type", "person", "resident_type"),
)
_PATTERN_COLUMNS = {"name", "phone", "id_number", "id_number_rev", "phone_rev", "name_initials"}


def drop_search_indexes(conn: Connection) -> None:
    for name, _table, _col in SEARCH_INDEXES:
        conn.execute(text(f"DROP INDEX IF EXISTS {name}"))


def create_search_indexes(conn: Connection) -> None:
    pg = conn.dialect.name == "postgresql"
    for name, table, col in SEARCH_INDEXES:
        ops = " text_pattern_ops" if pg and col in _PATTERN_COLUMNS else ""
        conn.execute(text(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({col}{ops})"))
    if pg:  # sampled, so cheap: the planner knows the new rows before autovacuum gets to them
        conn.execute(text("ANALYZE person, address, person_name_gram, address_gram, building_gram"))
    else:
        conn.execute(text("ANALYZE person"))


# -- the search box ---------------------------------------------------------------------------------------
#
# The search runs as it is typed, so its SQL is written out once per lookup kind and executed with
# exec_driver_sql on a plain connection: building and caching a Core statement per keystroke cost more
# than the indexed lookup itself (bench/RESULTS.md).

_ID_CHARS = re.compile(r"^[0-9]+X?$")
_ALNUM = re.compile(r"^[A-Z0-9]+$")
_LETTERS = re.compile(r"^[a-z]+$")
# characters that make a query look like an address (names never hold digits)
_ADDRESS_MARKS = set("幢栋楼单元室号路街巷弄村苑园区座层期院府里湾城庭居寓厦场铺")


@dataclass(frozen=True)
class Lookup:
    """One way of reading the query: kind in id_exact, id_prefix, id_suffix, phone_exact, phone_prefix,
    phone_suffix, initials, name_exact, name_prefix, name, address."""

    kind: str
    value: str


def plan(query: str) -> list[Lookup]:
    """How a query typed in the one search box is read, most specific first."""
    raw = unicodedata.normalize("NFC", query or "").strip()
    if not raw:
        return []
    compact = normalize(raw)  # no spaces, ASCII, upper case
    out: list[Lookup] = []
    if _ID_CHARS.match(compact):
        n = len(compact)
        digits_only = compact.isdigit()
        if n in (15, 18):
            out.append(Lookup("id_exact", compact))
        if n == 11 and digits_only and compact.startswith("1"):
            out.append(Lookup("phone_exact", compact))
        if 4 <= n <= 6:
            out.append(Lookup("id_suffix", compact))
            if digits_only:
                out.append(Lookup("phone_suffix", compact))
        if 7 <= n <= 17:
            out.append(Lookup("id_prefix", compact))
            if digits_only:
                out.append(Lookup("phone_prefix", compact))
        if digits_only and 2 <= n <= 3:  # a room number
            out.append(Lookup("address", compact))
        return out
    if raw.isascii():
        letters = squash(raw)
        if _LETTERS.match(letters):
            out.append(Lookup("initials", letters))
        if _ALNUM.match(compact) and any(c.isdigit() for c in compact):
            # passport, permit or foreign residence numbers
            out.append(Lookup("id_exact", compact))
            if len(compact) >= 4:
                out.append(Lookup("id_prefix", compact))
        if len(letters) >= 2:
            out.append(Lookup("name", letters))
        return out
    name = squash(raw)
    has_digit = any(c.isdigit() for c in name)
    if not has_digit:
        if len(name) == 1:
            return [Lookup("name_prefix", raw)]
        out.append(Lookup("name_exact", raw))
        out.append(Lookup("name", name))
    if has_digit or any(c in _ADDRESS_MARKS for c in name):
        out.append(Lookup("address", raw))
    return out


def _runs(value: str) -> list[str]:
    """Maximal runs of one class (CJK/other vs ASCII letters and digits): '侨鸿3幢302' -> 侨鸿, 3, 幢, 302."""
    out: list[str] = []
    cur = ""
    for ch in squash(value):
        cls = ch.isascii()
        if cur and cur[-1].isascii() != cls:
            out.append(cur)
            cur = ""
        cur += ch
    if cur:
        out.append(cur)
    return out


def in_order(runs: Sequence[str], textual: str) -> bool:
    pos = 0
    for r in runs:
        found = textual.find(r, pos)
        if found < 0:
            return False
        pos = found + len(r)
    return True


ROW_COLUMNS = (
    "p.id, p.name, p.sex, p.birth_date, p.id_type, p.id_number, p.phone, p.resident_type, a.full_text, "
    "p.moved_out_on"
)
_ROW_FROM = f"SELECT {ROW_COLUMNS} FROM person p LEFT OUTER JOIN address a ON a.id = p.address_id WHERE "
_PREFIX_COLUMNS = {
    "id_prefix": "p.id_number",
    "id_suffix": "p.id_number_rev",
    "phone_prefix": "p.phone",
    "phone_suffix": "p.phone_rev",
    "initials": "p.name_initials",
    "name_prefix": "p.name",
}


class Sql:
    """The statements of the search box in one dialect's parameter style (qmark / format)."""

    def __init__(self, dialect: str):
        self.pg = dialect == "postgresql"
        self.m = "%s" if self.pg else "?"

    def marks(self, n: int) -> str:
        return ",".join([self.m] * n)

    def prefix(self, col: str, value: str) -> tuple[str, tuple]:
        if self.pg:
            escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            return f"{col} LIKE {self.m} ESCAPE '\\'", (escaped + "%",)
        return f"{col} >= {self.m} AND {col} < {self.m}", (value, value + _TOP)

    def rows(self, conn: Connection, where: str, params: tuple, limit: int) -> list:
        sql = f"{_ROW_FROM}{where} LIMIT {int(limit)}"
        return conn.exec_driver_sql(sql, params).all()

    def gram_count(self, conn: Connection, table: str, gram: str, cap: int) -> int:
        sql = f"SELECT count(*) FROM (SELECT 1 FROM {table} WHERE gram = {self.m} LIMIT {int(cap)}) t"
        return conn.exec_driver_sql(sql, (gram,)).scalar_one()


class _Result:
    def __init__(self, cursor):
        self._cursor = cursor

    def all(self) -> list:
        return self._cursor.fetchall()

    def scalar_one(self):
        return self._cursor.fetchone()[0]

    def __iter__(self):
        return iter(self._cursor.fetchall())


class DriverConnection:
    """The DBAPI connection under a SQLAlchemy Connection, with the one method the search needs.

    The statements above are plain SQL in the driver's parameter style; running them on the driver's
    cursor skips SQLAlchemy's per-statement execution context, which cost more than an indexed lookup
    (a ratio of 3.5 to raw sqlite3 for an exact ID number; bench/RESULTS.md)."""

    def __init__(self, conn: Connection):
        self.dialect = conn.dialect
        self._dbapi = conn.connection

    def exec_driver_sql(self, sql: str, params=()) -> _Result:
        cursor = self._dbapi.cursor()
        cursor.execute(sql, params)
        return _Result(cursor)


@contextmanager
def driver_connection(engine: Engine) -> Iterator[DriverConnection]:
    """A pooled connection for the search box's reads; on PostgreSQL in autocommit: no BEGIN before the
    lookup and no ROLLBACK after it (two round trips of the three a keystroke cost: 0.5-0.7 -> 0.2 ms p50
    at a million residents, more over a network). Not on SQLite: its driver begins nothing for a SELECT,
    and switching the mode there costs more than the indexed lookup (0.04 -> 0.08 ms)."""
    with engine.connect() as sa_conn:
        if sa_conn.dialect.name == "postgresql":
            sa_conn = sa_conn.execution_options(isolation_level="AUTOCOMMIT")
        yield DriverConnection(sa_conn)


_SQL: dict[str, Sql] = {}


def sql_for(conn: Connection) -> Sql:
    name = conn.dialect.name
    if name not in _SQL:
        _SQL[name] = Sql(name)
    return _SQL[name]


def _gram_list(value: str) -> list[str]:
    return sorted({value[i : i + 2] for i in range(len(value) - 1)})


def name_rows(conn: Connection, name: str, limit: int) -> list:
    """People whose (case-folded, space-free) name contains ``name`` (2+ characters).

    Names are short and their bigrams varied, so the posting lists are small: one INTERSECT of them
    gives the candidates; that the characters are contiguous is checked here on those few rows."""
    q = sql_for(conn)
    wanted = squash(name)
    gs = _gram_list(wanted)
    if not gs:
        return []
    sub = " INTERSECT ".join([f"SELECT person_id FROM person_name_gram WHERE gram = {q.m}"] * len(gs))
    if len(gs) == 1:
        return q.rows(conn, f"p.id IN ({sub})", tuple(gs), limit)
    rows = q.rows(conn, f"p.id IN ({sub})", tuple(gs), limit * 4)
    return [r for r in rows if wanted in squash(r[1])][:limit]


def _rarest_first(conn: Connection, table: str, gs: list[str]) -> list[str]:
    """Grams ordered by how many rows have them, counted only as far as the rarest so far (cheap)."""
    if len(gs) <= 1:
        return gs
    q = sql_for(conn)
    # pairs with digits (room and building numbers) are the most common: count the others first, their
    # count caps the rest
    gs = sorted(gs, key=lambda g: sum(c.isdigit() for c in g))
    cap = 20_000
    sizes: dict[str, int] = {}
    for g in gs:
        sizes[g] = q.gram_count(conn, table, g, cap)
        cap = max(1, min(cap, sizes[g]))
    return sorted(gs, key=lambda g: sizes[g])


_BUILDING_ROOM = re.compile(r"^(?P<b>.+?(?:幢|栋|座|号楼))(?P<u>\d+单元)?(?P<r>\d+)室?$")
# part of a building name, then an optional unit and (the start of) a room: '州新村4幢501', '3幢30'
_PART_ROOM = re.compile(r"^(?P<b>.*?\D)(?P<u>\d+单元)?(?P<r>\d+)室?$")
_BUILDING_END = ("幢", "栋", "座", "楼", "单元")


def _rooms_of(conn: Connection, buildings: list[str], unit: str, room: str, limit: int) -> list[int]:
    """Addresses in these buildings (in this unit, with a room number starting with ``room``)."""
    if not buildings:
        return []
    q = sql_for(conn)
    where, params = f"building IN ({q.marks(len(buildings))})", tuple(buildings)
    if room:
        rw, rp = q.prefix("room", room)
        where, params = f"{where} AND {rw}", params + rp
    if unit:
        where, params = f"{where} AND unit = {q.m}", params + (unit,)
    sql = f"SELECT id FROM address WHERE {where} LIMIT {int(limit)}"
    return [r[0] for r in conn.exec_driver_sql(sql, params)]


def _in_buildings(conn: Connection, part: str, unit: str, room: str, limit: int) -> list[int]:
    """Addresses in buildings whose name contains ``part`` (squashed, 2+ characters).

    The names come from the rarest of ``part``'s bigrams in ``building_gram``, a page of names at a time in
    name order; a name that holds the whole part is kept, and the rooms of each page are looked up until
    ``limit`` addresses are found ('3幢302': the first few of ~2,000 buildings with a '3幢' are enough).
    Pages start small and double: a building has dozens of rooms, and PostgreSQL reads every row of the
    buildings in an IN list before the LIMIT (100 names: 4 ms; 10: 0.5 ms)."""
    gs = _gram_list(part)
    if not gs:
        return []
    q = sql_for(conn)
    gram = _rarest_first(conn, "building_gram", gs)[0]
    ids: list[int] = []
    after = ""
    size = 10
    while len(ids) < limit:
        sql = (
            f"SELECT building FROM building_gram WHERE gram = {q.m} AND building > {q.m} "
            f"ORDER BY building LIMIT {size}"
        )
        page = [r[0] for r in conn.exec_driver_sql(sql, (gram, after))]
        names = [b for b in page if part in squash(b)]
        ids += _rooms_of(conn, names, unit, room, limit - len(ids))
        if len(page) < size:
            break
        after = page[-1]
        size = min(size * 2, 160)
    return ids


def _by_building_part(conn: Connection, text_: str, limit: int) -> list[int]:
    """'州新村' / '新村4幢' (inside building names), '州新村4幢501' / '3幢302' / '新村4幢2单元5' (a part of a
    building name, then unit and room): building names through ``building_gram``, then their rooms."""
    m = _PART_ROOM.match(text_)
    whole_is_room = m is not None and (m["u"] is not None or m["b"].endswith(_BUILDING_END))
    ids: list[int] = []
    if not whole_is_room:
        ids = _in_buildings(conn, text_, "", "", limit)
    if m and len(ids) < limit and len(m["b"]) >= 2:
        seen = set(ids)
        more = _in_buildings(conn, m["b"], m["u"] or "", m["r"], limit)
        ids += [i for i in more if i not in seen]
    return ids[:limit]


def address_ids(conn: Connection, value: str, limit: int) -> list[int]:
    """Addresses for what was typed: '广州新村4幢501' (building + room: one index lookup), '广州新村'
    (the start of a building name: an index range), a part of a building name with or without unit and
    room ('州新村4幢501', '3幢302': the building-name bigrams), or else any parts in order (the address
    bigram table)."""
    q = sql_for(conn)
    text_ = squash(value)
    m = _BUILDING_ROOM.match(text_)
    if m:
        where = f"building = {q.m} AND room = {q.m}"
        params: tuple = (m["b"], m["r"])
        if m["u"]:
            where += f" AND unit = {q.m}"
            params += (m["u"],)
        ids = [
            r[0]
            for r in conn.exec_driver_sql(f"SELECT id FROM address WHERE {where} LIMIT {int(limit)}", params)
        ]
        if ids:
            return ids
    elif not any(c.isdigit() for c in text_):
        where, params = q.prefix("building", text_)
        ids = [
            r[0]
            for r in conn.exec_driver_sql(f"SELECT id FROM address WHERE {where} LIMIT {int(limit)}", params)
        ]
        if ids:
            return ids
    ids = _by_building_part(conn, text_, limit)
    if ids:
        return ids
    runs = _runs(value)
    gs = _rarest_first(conn, "address_gram", sorted({r[i : i + 2] for r in runs for i in range(len(r) - 1)}))
    if not gs:
        return []
    sql = f"SELECT g0.address_id FROM address_gram g0 WHERE g0.gram = {q.m}"
    for i in range(1, len(gs)):
        sql += (
            f" AND EXISTS (SELECT 1 FROM address_gram g{i} WHERE g{i}.gram = {q.m}"
            f" AND g{i}.address_id = g0.address_id)"
        )
    ids = [r[0] for r in conn.exec_driver_sql(f"{sql} LIMIT {int(limit * 4)}", tuple(gs))]
    if not ids:
        return []
    found = conn.exec_driver_sql(
        f"SELECT id, building, unit, room FROM address WHERE id IN ({q.marks(len(ids))})", tuple(ids)
    ).all()
    keep = {aid for aid, b, u, r in found if in_order(runs, squash(address_key(b, u, r)))}
    return [i for i in ids if i in keep][:limit]


def lookup_rows(conn: Connection, lookup: Lookup, limit: int) -> list:
    """Rows (ROW_COLUMNS) of the people one lookup finds, at most ``limit``."""
    q = sql_for(conn)
    v, kind = lookup.value, lookup.kind
    if kind == "id_exact":
        values = stored_forms(v)
        return q.rows(conn, f"p.id_number IN ({q.marks(len(values))})", tuple(values), limit)
    if kind in _PREFIX_COLUMNS:
        key = v[::-1] if kind.endswith("_suffix") else v
        where, params = q.prefix(_PREFIX_COLUMNS[kind], key)
        return q.rows(conn, where, params, limit)
    if kind == "phone_exact":
        return q.rows(conn, f"p.phone = {q.m} OR p.phone_rev = {q.m}", (v, v[::-1]), limit)
    if kind == "name_exact":
        return q.rows(conn, f"p.name = {q.m}", (v,), limit)
    if kind == "name":
        return name_rows(conn, v, limit)
    if kind == "address":
        ids = address_ids(conn, v, limit)
        if not ids:
            return []
        return q.rows(conn, f"p.address_id IN ({q.marks(len(ids))})", tuple(ids), limit)
    raise ValueError(kind)
