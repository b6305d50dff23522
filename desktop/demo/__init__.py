"""The demo community: a seeded, realistic, fictitious 社区 for trying the program and for benchmarks.

``generate(engine)`` fills a migrated, empty database with one community (marked ``is_demo``), its grids,
addresses, households and residents (valid 18-digit citizen ID numbers), key-group memberships with
follow-ups, a year of reception, petition and mediation work, the video-monitoring room's register and
logs, volunteers and their activities, the working rhythm (grid reports, rounds, meetings, hazards), and one
staff account per role (``DEMO_ACCOUNTS``).

Each room writes its own rows from its own module (``community``, ``residents``, ``key_groups``,
``reception`` with ``mediation``, ``monitoring``, ``volunteers``) through the shared ``base.Context``;
``ROOMS`` is their order. A new room adds one module and appends one entry to ``ROOMS``; it draws from
its own ``ctx.rng("part")`` stream, so the rooms before it keep their data.

The same ``seed``, ``scale`` and ``today`` give the same data on every run and engine. Rows go in through
SQLAlchemy Core executemany in chunks (the ORM unit of work manages ~17k rows/s, Core ~10x that, see
TRAPS.md), so ``scale=125`` (about a million residents) runs in bounded memory: residents are generated
and written a few grids at a time, the year of work one month at a time, and only a bounded sample of
residents is kept to appear later as visitors, parties, key-group members and volunteers.

Everything happens in one transaction: a failure leaves the database as empty as it was.
Every name, number and address is made up; region codes and street names only look like Nanjing's.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields
from datetime import date

from sqlalchemy import Connection, Engine, func, select
from sqlalchemy.orm import Session

from desktop.demo import community, key_groups, monitoring, reception, residents, rhythm, volunteers
from desktop.demo.base import DEFAULT_SEED, Context, Progress
from desktop.demo.community import DEMO_ACCOUNTS, DEMO_PASSWORD
from desktop.models import Community, StaffUser
from desktop.services.core import audit_service
from desktop.services.core.dto import SYSTEM

__all__ = [
    "DEFAULT_SEED",
    "DEMO_ACCOUNTS",
    "DEMO_PASSWORD",
    "ROOMS",
    "DemoSummary",
    "Progress",
    "Room",
    "generate",
]


@dataclass(frozen=True)
class Room:
    """One room's part of the demo: ``write(ctx)`` owns ``first``..``last`` % of the progress bar."""

    write: Callable[[Context], None]
    first: int
    last: int
    message: str | None = None  # announced as the room starts (rooms with many steps report their own)


# The order the rooms are written in: a room reads what the rooms before it left on the context (staff,
# grids, the pool of residents). Each draws from its own seeded stream, so appending a room changes no
# earlier room's rows.
ROOMS: list[Room] = [
    Room(community.generate, 0, 2, "准备基础数据"),  # reference lists, staff accounts, community, grids
    Room(residents.generate, 2, 58),  # addresses, households, persons
    Room(key_groups.generate, 60, 60, "生成重点人群及走访记录"),  # memberships, follow-ups
    # A year of visits and petitions, month by month; the visits handed to mediation and the cases from
    # elsewhere go to mediation.py, inside the same months (one seeded stream draws all three).
    Room(reception.generate, 60, 88),
    Room(monitoring.generate, 88, 94, "生成视频监控室台账"),  # cameras, duty logs, footage requests
    Room(
        volunteers.generate, 94, 97, "生成志愿者及活动"
    ),  # volunteers, skills, activities, shifts, attendance
    # grid reports (the origin of the grid cases, some petitions and follow-ups), units and hazards, rounds and
    # their 零报告, meetings and their tasks, the police officer's notices
    Room(rhythm.generate, 97, 99, "生成网格上报、集中排查及会议纪要"),
]


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
    public_unit: int = 0
    hazard: int = 0
    hazard_inspection: int = 0
    grid_report: int = 0
    grid_report_person: int = 0
    sensitive_period: int = 0
    screening_round: int = 0
    round_area: int = 0
    round_finding: int = 0
    work_task: int = 0
    meeting: int = 0
    meeting_attendee: int = 0
    police_bulletin: int = 0
    activity_shift: int = 0
    volunteer_skill: int = 0
    audit_entry: int = 0
    seconds: float = 0.0

    def counts(self) -> dict[str, int]:
        """Table name -> rows written."""
        return {k: v for k, v in asdict(self).items() if k != "seconds"}

    @property
    def rows(self) -> int:
        return sum(self.counts().values())


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
        ctx = Context(conn, scale=scale, seed=seed, today=today or date.today(), report=report)
        with _big_sqlite_cache(conn):
            for room in ROOMS:
                ctx.enter(room.first, room.last, room.message)
                room.write(ctx)
            ctx.report(99, "写入审计记录")
            _audit(ctx)
    counts = ctx.writer.counts
    summary = DemoSummary(
        **{f.name: counts.get(f.name, 0) for f in fields(DemoSummary) if f.name != "seconds"},
        seconds=time.perf_counter() - started,
    )
    report(100, "演示数据已生成")
    return summary


def _audit(ctx: Context) -> None:
    with Session(bind=ctx.conn) as s:
        community_id = s.scalar(select(Community.id).limit(1))
        audit_service.record(
            s,
            SYSTEM,
            "create",
            "community",
            community_id,
            "生成演示数据",
            after={
                "scale": ctx.scale,
                "seed": ctx.seed,
                "today": ctx.today,
                "persons": ctx.writer.counts.get("person", 0),
            },
        )
    ctx.writer.counts["audit_entry"] = 1


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
    name = conn.scalar(select(Community.__table__.c.name).limit(1))
    if name is not None:
        raise ValueError(
            f"this database already holds a community ({name}); demo data is generated only into a new, "
            "empty database (演示数据只能生成到空数据库)"
        )
    if conn.scalar(select(func.count()).select_from(StaffUser.__table__)):
        raise ValueError(
            "this database already has staff accounts; demo data is generated only into a new, "
            "empty database (演示数据只能生成到空数据库)"
        )
