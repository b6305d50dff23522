"""The mediation room's queue at 200,000 dispute cases: first paint and filtering, target p95 <= 100 ms.

    python bench/bench_mediation.py                          # 200,000 cases in a temporary SQLite file
    python bench/bench_mediation.py --cases 50000 --db postgresql+psycopg://user@host/empty_db
    python bench/bench_mediation.py --db sqlite:////tmp/med.sqlite3 --keep   # reuse a generated file

The cases (ten years of a busy committee: 2 parties each, some third parties and transfers, ~93 % closed)
are written with Core bulk inserts (executemany), not through the ORM. Measured:
- the service: ``queue_first`` (count + first page + parties + the badges of every queue) per queue and per
  filter (type, grid, mediator, accepted-date range, case number, a party's name), p50/p95;
- the real page under offscreen Qt: first paint (construction -> lists loaded -> rows painted) and a filter
  change (combo changed -> rows painted), p50/p95;
- scrolling: a page deep in the closed list (keyset after the page before it, and OFFSET).
Not part of the test run.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import func, insert, select  # noqa: E402

from desktop.db import make_engine, upgrade  # noqa: E402
from desktop.models import CaseParty, CaseTransfer, CodeItem, DisputeCase, Grid, StaffUser  # noqa: E402
from desktop.services.container import Services  # noqa: E402
from desktop.services.core.dto import Actor  # noqa: E402
from desktop.services.mediation.dto import QueueFilter, row_key  # noqa: E402
from desktop.services.mediation.mediation_service import MediationService  # noqa: E402

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国红梅玉兰志强海燕晓东丹丹文斌春梅雪梅"
BATCH = 20_000


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def generate(services: Services, n: int, seed: int) -> tuple[Actor, Actor]:
    """Staff, grids and ``n`` cases with their parties, by Core executemany in batches."""
    engine = services.engine
    rng = random.Random(seed)
    now = datetime.now(UTC)
    today = date.today()
    meta = {"created_at": now, "updated_at": now, "created_by": None, "version": 1}
    with engine.begin() as conn:
        conn.execute(
            insert(StaffUser),
            [
                {"username": u, "full_name": f, "role": r, "password_hash": "-", "active": True, **meta}
                for u, f, r in [("zhuren", "李红梅", "director")]
                + [(f"tiaojie{i}", name(rng), "mediator") for i in range(6)]
            ],
        )
        staff = conn.execute(
            select(StaffUser.id, StaffUser.role, StaffUser.full_name, StaffUser.username)
        ).all()
        community = conn.execute(select(func.min(Grid.community_id))).scalar() or 1
        conn.execute(
            insert(Grid),
            [
                {"community_id": community, "code": f"WG{i:03d}", "name": f"第{i}网格", **meta}
                for i in range(1, 13)
            ],
        )
        grids = [g for (g,) in conn.execute(select(Grid.id))]
        types = [
            c for (c,) in conn.execute(select(CodeItem.code).where(CodeItem.list_name == "dispute_type"))
        ]
    mediators = [sid for sid, role, _, _ in staff if role == "mediator"]
    director = next(Actor(sid, u, f, r) for sid, r, f, u in staff if r == "director")
    mediator = next(Actor(sid, u, f, r) for sid, r, f, u in staff if r == "mediator")
    sources = (
        ["application"] * 5 + ["from_visit"] * 3 + ["initiative", "grid", "police", "court", "screening"]
    )
    start = today - timedelta(days=3650)
    seq: dict[int, int] = {}
    t = time.perf_counter()
    made = 0
    with engine.begin() as conn:
        next_id = (conn.execute(select(func.max(DisputeCase.id))).scalar() or 0) + 1
        while made < n:
            cases, parties, transfers = [], [], []
            for _ in range(min(BATCH, n - made)):
                # more cases lately; the last 60 days hold the open ones
                accepted = start + timedelta(days=int(3650 * rng.random() ** 0.8))
                accepted = min(accepted, today)
                age = (today - accepted).days
                year = accepted.year
                seq[year] = seq.get(year, 0) + 1
                due = accepted + timedelta(days=30)
                mediator_id = rng.choice(mediators)
                status, outcome, closed = (
                    "closed",
                    "success_written",
                    accepted + timedelta(days=rng.randint(3, 40)),
                )
                consent = "agreed"
                if age <= 60 and rng.random() < 0.8:
                    status = rng.choices(
                        ("new", "assigned", "mediating", "transferred", "returned", "agreed", "failed"),
                        (8, 20, 40, 4, 2, 20, 6),
                    )[0]
                    outcome = {"agreed": "success_written", "failed": "failed"}.get(status)
                    closed = None
                    if status == "new":
                        mediator_id = None
                        consent = rng.choice(("pending", "agreed"))
                else:
                    outcome = rng.choices(
                        ("success_written", "success_oral", "failed", "transferred"), (60, 15, 20, 5)
                    )[0]
                    closed = min(closed, today)
                police = rng.random() < 0.02
                cid = next_id
                next_id += 1
                cases.append(
                    {
                        "id": cid,
                        "case_no": f"（{year}）华侨路人调字第{seq[year]}号",
                        "year": year,
                        "seq": seq[year],
                        "source": rng.choice(sources),
                        "dispute_type": rng.choice(types),
                        "grid_id": rng.choice(grids),
                        "facts": "楼上卫生间漏水，损坏楼下吊顶。",
                        "claims": "赔偿维修费。",
                        "amount": None,
                        "people_involved": 2,
                        "risk_level": rng.choices(("low", "medium", "high"), (80, 15, 5))[0],
                        "police_flag": police,
                        "police_flag_ack_at": now if police and status == "closed" else None,
                        "consent": consent,
                        "status": status,
                        "accepted_on": accepted,
                        "due_on": due,
                        "mediator_id": mediator_id,
                        "outcome": outcome,
                        "remedies_told": None,
                        "closed_on": closed,
                        "consent_note": None,
                        "extension_reason": None,
                        "extended_on": None,
                        "voided_at": None,
                        "void_reason": None,
                        **meta,
                    }
                )
                roles = ["applicant", "respondent"] + (["third_party"] if rng.random() < 0.08 else [])
                for role in roles:
                    parties.append(
                        {
                            "case_id": cid,
                            "person_id": None,
                            "role": role,
                            "name": name(rng),
                            "sex": rng.choice("12"),
                            "ethnic_code": "01",
                            "birth_date": None,
                            "occupation": None,
                            "phone": f"139{rng.randrange(10**8):08d}",
                            "address": None,
                            "agent_name": None,
                            **meta,
                        }
                    )
                if status in ("transferred", "returned") or outcome == "transferred" or rng.random() < 0.02:
                    transfers.append(
                        {
                            "case_id": cid,
                            "body": rng.choice(("派出所", "司法所", "法院", "劳动监察")),
                            "sent_on": accepted,
                            "signed_on": accepted + timedelta(days=2) if outcome == "transferred" else None,
                            "returned_on": accepted + timedelta(days=3) if status == "returned" else None,
                            "return_reason": "不属本单位职责" if status == "returned" else None,
                            **meta,
                        }
                    )
            conn.execute(insert(DisputeCase), cases)
            conn.execute(insert(CaseParty), parties)
            if transfers:
                conn.execute(insert(CaseTransfer), transfers)
            made += len(cases)
    print(f"generated {made:,} cases in {time.perf_counter() - t:.1f} s")
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
    else:  # what autovacuum does on a server that has been running: statistics and the visibility map
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
    return director, mediator


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def service_table(
    med: MediationService, director: Actor, mediator: Actor, repeat: int
) -> list[tuple[str, list[float]]]:
    with med._sessions() as s:  # noqa: SLF001 - sample values to filter by
        some = s.execute(
            select(DisputeCase.case_no, DisputeCase.grid_id).order_by(DisputeCase.id.desc()).limit(1)
        ).one()
        party = s.execute(select(CaseParty.name).order_by(CaseParty.id.desc()).limit(1)).scalar_one()
    today = date.today()
    runs: list[tuple[str, Actor, QueueFilter]] = [
        ("queue: new", director, QueueFilter("new")),
        ("queue: mine (mediator)", mediator, QueueFilter("mine")),
        ("queue: due soon", director, QueueFilter("due_soon")),
        ("queue: overdue", director, QueueFilter("overdue")),
        ("queue: waiting for sign-off", director, QueueFilter("awaiting_sign")),
        ("queue: all open", director, QueueFilter("open")),
        ("queue: closed (~190k)", director, QueueFilter("closed")),
        ("closed + type", director, QueueFilter("closed", dispute_type="neighbour")),
        ("closed + grid", director, QueueFilter("closed", grid_id=some.grid_id)),
        ("closed + mediator", director, QueueFilter("closed", mediator_id=mediator.id)),
        (
            "closed + one month accepted",
            director,
            QueueFilter("closed", date_from=today - timedelta(days=400), date_to=today - timedelta(days=370)),
        ),
        (
            "all + type + grid + year",
            director,
            QueueFilter(
                "all", dispute_type="labour", grid_id=some.grid_id, date_from=today - timedelta(days=365)
            ),
        ),
        ("all + case number", director, QueueFilter("all", text=some.case_no)),
        ("all + number part (第12号)", director, QueueFilter("all", text="第12号")),
        ("all + party's full name", director, QueueFilter("all", text=party)),
        ("all + start of a party's name (2 chars)", director, QueueFilter("all", text=party[:2])),
    ]
    out = []
    for label, actor, filt in runs:
        med.queue_first(actor, filt)  # warm
        out.append((label, timed(lambda a=actor, f=filt: med.queue_first(a, f), repeat)))
    return out


def gui(services: Services, director: Actor, repeat: int, shot: Path | None) -> dict[str, list[float]]:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.tasks import TaskManager
    from desktop.views.common.qt_setup import register_fonts
    from desktop.views.context import ViewContext
    from desktop.views.mediation.mediation_page import MediationPage

    app = QApplication.instance() or QApplication([])
    register_fonts(app)
    tasks = TaskManager()
    ctx = ViewContext(services, tasks, director, services.auth.community())

    def wait(cond) -> None:
        """Sleep in an event loop until ``cond`` holds (a busy processEvents loop would fight the worker
        thread for the GIL and measure itself)."""
        loop = QEventLoop()
        timer = QTimer()
        timer.timeout.connect(lambda: cond() and loop.quit())
        timer.start(1)
        if not cond():
            loop.exec()
        timer.stop()

    first, filters = [], []
    for i in range(repeat + 1):  # the first page made in the process is reported on its own (cold)
        t = time.perf_counter()
        page = MediationPage(ctx, queue="open")
        page.resize(1280, 800)
        page.show()
        wait(lambda p=page: p.loads >= 1)
        page.cases.viewport().repaint()
        first.append((time.perf_counter() - t) * 1000)
        if i == 0:
            page.select_queue("closed")
            wait(lambda p=page: p.loads >= 2)
            types = [page.type_filter.itemData(k) for k in range(1, page.type_filter.count())]
            for k in range(repeat):
                loads = page.loads
                t = time.perf_counter()
                page.type_filter.setCurrentIndex(1 + k % len(types))
                wait(lambda p=page, n=loads: p.loads > n)
                page.cases.viewport().repaint()
                filters.append((time.perf_counter() - t) * 1000)
            page.type_filter.setCurrentIndex(0)
            wait(lambda p=page: p.model.rowCount() > 100_000)
            if shot is not None:
                shot.parent.mkdir(parents=True, exist_ok=True)
                page.grab().save(str(shot))
        page.close()
        page.deleteLater()
        app.processEvents()
    tasks.shutdown()
    return {
        "page: first paint, first page of the process (cold, 1 run)": first[:1],
        "page: first paint (open queue)": first[1:],
        "page: filter change (closed, type)": filters,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", help="an empty database to fill, or one filled before (with --keep)")
    parser.add_argument("--cases", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--keep", action="store_true", help="the database already holds the generated cases")
    parser.add_argument(
        "--shot",
        default=str(
            Path(__file__).resolve().parent.parent / "build" / "screenshots" / "mediation_queue_200k.png"
        ),
    )
    args = parser.parse_args(argv)

    tmp = None
    url = args.db
    if not url:
        tmp = tempfile.TemporaryDirectory(prefix="bench-mediation-")
        url = f"sqlite:///{Path(tmp.name) / 'mediation.sqlite3'}"
    engine = make_engine(url)
    upgrade(engine, make_backup=False)
    services = Services.build(engine)
    if services.auth.needs_setup():
        services.auth.set_up(
            community="华侨路社区",
            street="华侨路街道",
            district="鼓楼区",
            city="南京市",
            admin_username="admin",
            admin_full_name="王建国",
            admin_password="Bench#2026",
        )
    med = MediationService(services.sessions, services.printing)
    services.mediation = med
    if args.keep:
        with engine.connect() as conn:
            rows = conn.execute(
                select(StaffUser.id, StaffUser.username, StaffUser.full_name, StaffUser.role)
            ).all()
        director = next(Actor(*r) for r in rows if r[3] == "director")
        mediator = next(Actor(*r) for r in rows if r[3] == "mediator")
    else:
        director, mediator = generate(services, args.cases, args.seed)
    total = med.count_queue(director, QueueFilter("all"))
    print(
        f"database: {engine.url.render_as_string(hide_password=True)} ({engine.dialect.name}), {total:,} cases"
    )
    print()
    print("| what | p50 ms | p95 ms | max ms |")
    print("|---|---:|---:|---:|")
    worst = 0.0
    for label, times in service_table(med, director, mediator, args.runs):
        worst = max(worst, pct(times, 0.95))
        print(f"| {label} | {pct(times, 0.5):.1f} | {pct(times, 0.95):.1f} | {max(times):.1f} |")
    closed = QueueFilter("closed")
    deep = med.count_queue(director, closed) - 200
    prev = med.queue_window(director, closed, offset=deep - 100, limit=100)
    key = timed(
        lambda: med.queue_window(director, closed, after=row_key("closed", prev[-1]), limit=100), args.runs
    )
    off = timed(lambda: med.queue_window(director, closed, offset=deep, limit=100), args.runs)
    end = timed(lambda: med.queue_window(director, closed, offset=100, limit=100, from_end=True), args.runs)
    print(
        f"| scroll: page near the end of closed, keyset | {pct(key, 0.5):.1f} | {pct(key, 0.95):.1f} | {max(key):.1f} |"
    )
    print(f"| scroll: same page by OFFSET | {pct(off, 0.5):.1f} | {pct(off, 0.95):.1f} | {max(off):.1f} |")
    print(
        f"| scroll: same page counted from the end | {pct(end, 0.5):.1f} | {pct(end, 0.95):.1f} | {max(end):.1f} |"
    )
    for label, times in gui(
        services, director, min(args.runs, 20), Path(args.shot) if args.shot else None
    ).items():
        if "cold" not in label:
            worst = max(worst, pct(times, 0.95))
        print(f"| {label} | {pct(times, 0.5):.1f} | {pct(times, 0.95):.1f} | {max(times):.1f} |")
    print()
    print(f"worst p95 of queue and page: {worst:.1f} ms (target <= 100 ms)")
    engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
