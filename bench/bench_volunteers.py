"""The volunteers room at 5,000 volunteers and 500,000 attendances: the sign-up conflict check and the approved
hours of one volunteer (the star level), target p95 <= 10 ms.

    python bench/bench_volunteers.py                                  # a temporary SQLite file
    python bench/bench_volunteers.py --db postgresql+psycopg://user@host/empty_db
    python bench/bench_volunteers.py --db sqlite:////tmp/vol.sqlite3 --keep   # reuse a generated file

Five years of two-hour shifts (08:00-20:00, 6 a day, 10,950 shifts over 500 activities); every volunteer served
100 of them (no two at once), ~93 % approved. Written with Core executemany, not through the ORM. Measured, each
on its own unit of work as the service runs it:
- the conflict check a sign-up makes (``rules.overlapping``: the volunteer's shifts overlapping a window);
- a whole sign-up (``VolunteerService.sign_up``: load, overlap, capacity, insert, audit, commit);
- one volunteer's approved hours (``rules.total_hours``) and the whole record (``get_volunteer``);
- the roster's first read (5,000 rows with hours and stars).
Not part of the test run.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, insert, select  # noqa: E402

from desktop.db import make_engine, upgrade  # noqa: E402
from desktop.models import Activity, Attendance, Person, Shift, StaffUser, Volunteer  # noqa: E402
from desktop.services.container import Services  # noqa: E402
from desktop.services.core.clock import CST  # noqa: E402
from desktop.services.core.dto import Actor  # noqa: E402
from desktop.services.volunteers import rules  # noqa: E402

BATCH = 20_000
SLOTS_A_DAY = 6  # 08:00, 10:00 … 18:00, two hours each
YEARS = 5
ACTIVITIES = 500


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def _insert_ids(conn, table, rows) -> list[int]:
    ids = []
    for i in range(0, len(rows), BATCH):
        before = conn.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar()
        conn.execute(insert(table), rows[i : i + BATCH])
        ids.extend(range(before + 1, before + 1 + len(rows[i : i + BATCH])))
    return ids


def generate(services: Services, volunteers: int, per_volunteer: int, seed: int) -> None:
    rng = random.Random(seed)
    now = datetime.now(UTC)
    meta = {"created_at": now, "updated_at": now, "created_by": None, "version": 1}
    first = date.today() - timedelta(days=365 * YEARS)
    slots = 365 * YEARS * SLOTS_A_DAY
    t = time.perf_counter()
    with services.engine.begin() as conn:
        conn.execute(
            insert(StaffUser),
            [
                {
                    "username": "zhuren",
                    "full_name": "李红梅",
                    "role": "director",
                    "password_hash": "-",
                    "active": True,
                    **meta,
                }
            ],
        )
        people = _insert_ids(
            conn,
            Person.__table__,
            [
                {
                    "name": f"志愿者{i:05d}",
                    "id_type": "resident_id",
                    "id_number": f"B{i:017d}",
                    "resident_type": "registered",
                    "name_initials": "zyz",
                    **meta,
                }
                for i in range(volunteers)
            ],
        )
        vids = _insert_ids(
            conn,
            Volunteer.__table__,
            [
                {
                    "person_id": pid,
                    "volunteer_no": f"ZY{i + 1:07d}",
                    "team": "patrol",
                    "status": "active",
                    "joined_on": first,
                    **meta,
                }
                for i, pid in enumerate(people)
            ],
        )
        acts = _insert_ids(
            conn,
            Activity.__table__,
            [
                {
                    "title": f"平安巡逻{i}",
                    "kind": "patrol",
                    "place": "社区",
                    "capacity": 1000,
                    "content": "",
                    "recurrence": "once",
                    "starts_at": datetime.combine(first, datetime.min.time(), CST),
                    "ends_at": datetime.combine(first, datetime.min.time(), CST) + timedelta(hours=2),
                    **meta,
                }
                for i in range(ACTIVITIES)
            ],
        )
        windows = []
        for k in range(slots):
            day = first + timedelta(days=k // SLOTS_A_DAY)
            start = datetime(day.year, day.month, day.day, 8 + 2 * (k % SLOTS_A_DAY), tzinfo=CST)
            windows.append((start, start + timedelta(hours=2)))
        shift_ids = _insert_ids(
            conn,
            Shift.__table__,
            [
                {"activity_id": acts[k % ACTIVITIES], "starts_at": s, "ends_at": e, "capacity": 1000, **meta}
                for k, (s, e) in enumerate(windows)
            ],
        )
        print(f"people, volunteers, {len(shift_ids)} shifts: {time.perf_counter() - t:.1f} s")
        rows = []
        done = 0
        for vid in vids:
            for k in rng.sample(range(slots), per_volunteer):
                rows.append(
                    {
                        "activity_id": acts[k % ACTIVITIES],
                        "shift_id": shift_ids[k],
                        "volunteer_id": vid,
                        "how": "signed_up",
                        "auto_closed": False,
                        "hours": Decimal("2.00"),
                        "hours_status": "approved" if rng.random() < 0.93 else "pending",
                        **meta,
                    }
                )
            if len(rows) >= BATCH:
                conn.execute(insert(Attendance.__table__), rows)
                done += len(rows)
                rows = []
        if rows:
            conn.execute(insert(Attendance.__table__), rows)
            done += len(rows)
    print(f"{done} attendances: {time.perf_counter() - t:.1f} s")


def measure(services: Services, runs: int, seed: int) -> None:
    rng = random.Random(seed + 1)
    with services.sessions() as s:
        vids = list(s.scalars(select(Volunteer.id)))
        director_id = s.scalar(select(StaffUser.id).where(StaffUser.username == "zhuren"))
        span = s.execute(select(func.min(Shift.starts_at), func.max(Shift.ends_at))).one()
        total = s.scalar(select(func.count()).select_from(Attendance))
    director = Actor(director_id, "zhuren", "李红梅", "director")
    lo, hi = span
    lo = lo if lo.tzinfo else lo.replace(tzinfo=UTC)
    hi = hi if hi.tzinfo else hi.replace(tzinfo=UTC)
    print(f"{len(vids)} volunteers, {total} attendances")

    def timed(fn) -> list[float]:
        out = []
        for _ in range(runs):
            t = time.perf_counter()
            fn()
            out.append((time.perf_counter() - t) * 1000)
        return out

    def check() -> None:
        vid = rng.choice(vids)
        start = lo + timedelta(minutes=30 * rng.randrange(int((hi - lo).total_seconds() // 1800)))
        with services.sessions() as s:
            rules.overlapping(s, vid, start, start + timedelta(hours=2))

    def hours() -> None:
        with services.sessions() as s:
            rules.total_hours(s, rng.choice(vids))

    def record() -> None:
        services.volunteers.get_volunteer(director, rng.choice(vids))

    # new shifts to sign up for: an evening slot after the generated ones (no overlap, so each sign-up writes)
    with services.engine.begin() as conn:
        act = conn.execute(select(func.min(Activity.id))).scalar()
        base = datetime.now(UTC).replace(microsecond=0) + timedelta(days=1)
        now = datetime.now(UTC)
        fresh = _insert_ids(
            conn,
            Shift.__table__,
            [
                {
                    "activity_id": act,
                    "starts_at": base + timedelta(hours=3 * i),
                    "ends_at": base + timedelta(hours=3 * i + 2),
                    "capacity": 10,
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                }
                for i in range(runs)
            ],
        )
    pending = list(fresh)

    def sign_up() -> None:
        services.volunteers.sign_up(director, pending.pop(), rng.choice(vids))

    results = {
        "conflict check (rules.overlapping)": timed(check),
        "a whole sign-up (sign_up: check, capacity, insert, audit, commit)": timed(sign_up),
        "approved hours of one volunteer (rules.total_hours)": timed(hours),
        "one volunteer's record (get_volunteer)": timed(record),
    }
    t = time.perf_counter()
    count = services.volunteers.count_roster(director)
    page = services.volunteers.roster(director, limit=200)
    first_ms = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    rows = services.volunteers.roster(director)
    roster_ms = (time.perf_counter() - t) * 1000
    print(f"\n{'measure':<70} {'p50 ms':>8} {'p95 ms':>8}")
    for label, values in results.items():
        print(f"{label:<70} {pct(values, 0.5):8.2f} {pct(values, 0.95):8.2f}")
    first = f"the roster page, first read (count {count} + {len(page)} rows, hours, stars)"
    print(f"{first:<70} {first_ms:8.1f}")
    print(f"{f'the whole roster (print, export: {len(rows)} rows)':<70} {roster_ms:8.0f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="database URL (default: a temporary SQLite file)")
    ap.add_argument("--volunteers", type=int, default=5000)
    ap.add_argument("--per-volunteer", type=int, default=100)
    ap.add_argument("--runs", type=int, default=300)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--keep", action="store_true", help="reuse the database when it is already generated")
    args = ap.parse_args()
    url = args.db or f"sqlite:///{Path(tempfile.mkdtemp()) / 'volunteers.sqlite3'}"
    engine = make_engine(url)
    upgrade(engine, make_backup=False)
    services = Services.build(engine)
    with services.sessions() as s:
        have = s.scalar(select(func.count()).select_from(Volunteer))
    if not (args.keep and have):
        generate(services, args.volunteers, args.per_volunteer, args.seed)
    measure(services, args.runs, args.seed)
    engine.dispose()


if __name__ == "__main__":
    main()
