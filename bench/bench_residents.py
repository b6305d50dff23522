"""Search and list of the resident register at a million residents: the service layer against raw SQL.

    python bench/bench_residents.py --scale 125                      # generate ~1M residents (SQLite), measure
    python bench/bench_residents.py --db sqlite:////tmp/1m.sqlite3   # an existing demo database
    python bench/bench_residents.py --scale 12 --db postgresql+psycopg://user@host/empty_db

For each kind of query typed in the search box: p50/p95 through ``ResidentService.search`` (session,
SQLAlchemy Core, DTOs, masking) and of the same indexed SQL run raw with ``sqlite3`` (SQLite only), and
their ratio; a ``LIKE '%x%'`` scan for scale; first paint of the people list (the real ``ResidentsPage``
under offscreen Qt: count + first page + paint) and a jump to its last row; peak memory.
Not part of the test run. Results: bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop import demo  # noqa: E402
from desktop.db import make_engine, upgrade  # noqa: E402
from desktop.services.container import Services  # noqa: E402
from desktop.services.core.dto import Actor  # noqa: E402
from desktop.services.residents import search as resident_search  # noqa: E402


class RawResult:
    def __init__(self, cursor):
        self.cursor = cursor

    def all(self) -> list:
        return self.cursor.fetchall()

    def scalar_one(self):
        return self.cursor.fetchone()[0]

    def __iter__(self):
        return iter(self.cursor)


class RawConnection:
    """Just enough of a connection for resident_search's statements, straight on the driver (sqlite3 or
    psycopg): the same SQL as the service runs, without SQLAlchemy, the connection pool, DTOs or masking."""

    def __init__(self, db, dialect: str = "sqlite"):
        self.db = db
        self.dialect = type("dialect", (), {"name": dialect})

    def exec_driver_sql(self, sql: str, params=()) -> RawResult:
        cursor = self.db.cursor()
        cursor.execute(sql, params)
        return RawResult(cursor)


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def raw_search(conn: RawConnection, query: str, limit: int = 50) -> int:
    found: set[int] = set()
    for lk in resident_search.plan(query):
        if len(found) >= limit:
            break
        found.update(r[0] for r in resident_search.lookup_rows(conn, lk, limit))
    return len(found)


def samples(engine, n: int, seed: int) -> dict[str, list[str]]:
    """Real values from the register to type: n people picked at random."""
    rng = random.Random(seed)
    with engine.connect() as conn:
        top = conn.exec_driver_sql("SELECT max(id) FROM person").scalar()
        ids = rng.sample(range(1, top + 1), n)
        marks = ",".join(str(i) for i in ids)
        rows = conn.exec_driver_sql(
            "SELECT p.name, p.id_number, p.phone, p.name_initials, a.building, a.room FROM person p "
            f"LEFT JOIN address a ON a.id = p.address_id WHERE p.id IN ({marks}) AND p.id_type = 'resident_id'"
        ).all()
    kinds: dict[str, list[str]] = {
        "ID number (18)": [],
        "ID last 6": [],
        "ID last 4": [],
        "phone (11)": [],
        "phone last 4": [],
        "name (2-3 chars)": [],
        "part of a name (2 chars)": [],
        "pinyin initials": [],
        "address (building + room)": [],
        "address, part (no compound start)": [],
        "address, building no. + room (e.g. 3幢302)": [],
        "address, part of a compound name (e.g. 州新村)": [],
    }
    for name, number, phone, ini, building, room in rows:
        kinds["ID number (18)"].append(number)
        kinds["ID last 6"].append(number[-6:])
        kinds["ID last 4"].append(number[-4:])
        if phone and phone.startswith("1"):
            kinds["phone (11)"].append(phone)
            kinds["phone last 4"].append(phone[-4:])
        kinds["name (2-3 chars)"].append(name)
        kinds["part of a name (2 chars)"].append(name[-2:])
        if ini:
            kinds["pinyin initials"].append(ini)
        if building and room:
            kinds["address (building + room)"].append(f"{building}{room}")
            kinds["address, part (no compound start)"].append(f"{building[2:]}{room}")
            number = re.search(r"\d+(幢|栋|座|号楼)$", building)
            if number:
                kinds["address, building no. + room (e.g. 3幢302)"].append(f"{number[0]}{room}")
                compound = building[: number.start()]
                if len(compound) >= 4:
                    kinds["address, part of a compound name (e.g. 州新村)"].append(compound[1:4])
    return kinds


def timed(fn, values: list[str], repeat: int = 1) -> list[float]:
    out = []
    for _ in range(repeat):
        for v in values:
            t = time.perf_counter()
            fn(v)
            out.append((time.perf_counter() - t) * 1000)
    return out


def first_paint(services: Services, actor: Actor) -> tuple[float, float, float]:
    """(ms to the first page painted, ms to the last row painted after a jump, rows) with the real page."""
    from PySide6.QtWidgets import QApplication

    from desktop.tasks import TaskManager
    from desktop.views.context import ViewContext
    from desktop.views.residents.residents_page import ResidentsPage

    app = QApplication.instance() or QApplication([])
    tasks = TaskManager()
    ctx = ViewContext(services, tasks, actor, services.auth.community())
    t0 = time.perf_counter()
    page = ResidentsPage(ctx)
    page.resize(1200, 720)
    page.show()
    while page.model.rowCount() == 0:
        app.processEvents()
    page.people.viewport().repaint()
    painted = (time.perf_counter() - t0) * 1000
    rows = page.model.rowCount()
    t1 = time.perf_counter()
    page.people.scrollToBottom()
    last = page.model.index(rows - 1, 0)
    while page.model.row_at(rows - 1) is None:
        app.processEvents()
    page.people.viewport().repaint()
    jump = (time.perf_counter() - t1) * 1000
    assert page.model.data(last) not in (None, "…")
    for timer in page.findChildren(type(page._timer)):  # noqa: SLF001
        timer.stop()
    page.close()
    tasks.shutdown()
    return painted, jump, rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", help="an existing demo database, or an empty one to fill with --scale")
    parser.add_argument(
        "--scale", type=float, default=None, help="generate the demo community first (125: ~1M)"
    )
    parser.add_argument("--samples", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    tmp = None
    url = args.db
    if not url:
        tmp = tempfile.TemporaryDirectory(prefix="bench-residents-")
        url = f"sqlite:///{Path(tmp.name) / 'demo.sqlite3'}"
    engine = make_engine(url)
    upgrade(engine, make_backup=False)
    if args.scale:
        t = time.perf_counter()
        summary = demo.generate(engine, scale=args.scale)
        print(f"generated {summary.person:,} residents in {time.perf_counter() - t:.0f} s")
    services = Services.build(engine)
    actor = services.auth.login("minjing", demo.DEMO_PASSWORD).actor()
    people = services.residents.count_people(actor)
    print(f"database: {engine.url.render_as_string(hide_password=True)}  ({engine.dialect.name})")
    print(f"residents: {people:,} current")

    kinds = samples(engine, args.samples, args.seed)
    if engine.dialect.name == "sqlite":
        raw_db = sqlite3.connect(engine.url.database)
        print(f"SQLite {sqlite3.sqlite_version}")
    else:  # psycopg, autocommit like a pooled read
        import psycopg

        raw_db = psycopg.connect(
            engine.url.set(drivername="postgresql").render_as_string(False), autocommit=True
        )
        print(f"PostgreSQL {raw_db.info.server_version}")
    raw = RawConnection(raw_db, engine.dialect.name)

    print()
    print(
        "| query typed | n | service p50 ms | service p95 ms | raw SQL p50 ms | raw SQL p95 ms | ratio p95 |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    for kind, values in kinds.items():
        if not values:
            continue
        # warm both paths over every value (the file's pages in the OS cache, statement caches): measured
        # cold, whichever path ran first would pay for reading the pages from disk for both
        for v in values:
            services.residents.search(actor, v)
            raw_search(raw, v)
        svc = timed(lambda v: services.residents.search(actor, v), values)
        base = timed(lambda v: raw_search(raw, v), values)
        line = (
            f"| {kind} | {len(values)} | {pct(svc, 0.5):.2f} | {pct(svc, 0.95):.2f} |"
            f" {pct(base, 0.5):.2f} | {pct(base, 0.95):.2f} | {pct(svc, 0.95) / pct(base, 0.95):.1f} |"
        )
        print(line, flush=True)
    mark = "?" if engine.dialect.name == "sqlite" else "%s"
    scan = timed(
        lambda v: raw.exec_driver_sql(
            f"SELECT id FROM person WHERE name LIKE {mark} LIMIT 50", (f"%{v}%",)
        ).all(),
        kinds["part of a name (2 chars)"][:20],
    )
    print(
        f"\nfor scale: LIKE '%x%' over person.name (no index can help): p50 {pct(scan, 0.5):.0f} ms, "
        f"p95 {pct(scan, 0.95):.0f} ms"
    )

    count = timed(lambda _v: services.residents.count_people(actor), ["x"] * 20)
    window = timed(lambda _v: services.residents.people_window(actor, limit=200), ["x"] * 20)
    last = timed(lambda _v: services.residents.people_window(actor, before_id=-1, limit=200), ["x"] * 20)
    print(
        f"\nlist: count p50 {pct(count, 0.5):.1f} ms; first page of 200 p50 {pct(window, 0.5):.1f} ms; "
        f"last page (from the end) p50 {pct(last, 0.5):.1f} ms"
    )
    painted, jump, rows = first_paint(services, actor)
    print(
        f"people list (ResidentsPage, offscreen): first paint {painted:.0f} ms for {rows:,} rows; "
        f"jump to the last row painted in {jump:.0f} ms"
    )
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process (Python + Qt + SQLite cache): {peak_mb:,.0f} MB")
    engine.dispose()
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
