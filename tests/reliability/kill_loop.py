"""The kill loop: start the writing process (crash_writer.py), kill it with SIGKILL at a random moment, check
the database, start it again where it stopped — until the number of writes is reached.

After every kill: every write the process reported committed is there, the write it was in the middle of is
there whole or not at all (a visit with its audit entry, a case with both parties), nothing is there twice,
``PRAGMA integrity_check`` says ok (SQLite) and the audit chain verifies. Used by
tests/reliability/test_crash_safety.py (a small count in ``make test``, the full one in ``make soak``).
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from tests.reliability.crash_writer import kind_of, marker

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Stats:
    engine: str
    writes: int = 0  # reported committed
    kills: int = 0
    kills_mid_write: int = 0  # killed between "begin" and "done" of a write
    in_flight_committed: int = 0  # of those, the write had committed before the kill (then it is whole)
    lost: int = 0
    backups: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)


class Writer:
    """One run of the writing process; its lines are read on a thread as they come."""

    def __init__(self, url: str, username: str, first: int, count: int, backup_every: int, env: dict):
        cmd = [sys.executable, "-m", "tests.reliability.crash_writer", url, username, str(first), str(count)]
        if backup_every:
            cmd += ["--backup-every", str(backup_every)]
        self.proc = subprocess.Popen(
            cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        self.lines: list[str] = []
        self.done_at: list[float] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.append(line.rstrip("\n"))
            if line.startswith("done "):
                self.done_at.append(time.monotonic())

    def count(self, prefix: str) -> int:
        return sum(1 for line in list(self.lines) if line.startswith(prefix))

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(30)
        self._reader.join(30)  # the pipe's last lines: what it said before it died counts

    def stderr(self) -> str:
        return self.proc.stderr.read() if self.proc.stderr else ""


def _check(
    url: str, engine_name: str, auditor, reported: dict[int, int], in_flight: int | None, stats: Stats
) -> None:
    from desktop.services.core.dto import Actor

    backup_admin = Actor(None, "crash-test", "断电测试", "admin")
    from desktop.db import make_engine
    from desktop.models import AuditEntry, CaseParty, DisputeCase, Visit
    from desktop.services.container import Services

    problems = stats.problems
    if engine_name == "sqlite":
        path = url.split(":///", 1)[1]
        with sqlite3.connect(path) as conn:
            verdict = conn.execute("PRAGMA integrity_check").fetchall()
            if verdict != [("ok",)]:
                problems.append(f"integrity_check after kill {stats.kills}: {verdict}")
            if conn.execute("PRAGMA foreign_key_check").fetchall():
                problems.append(f"foreign keys broken after kill {stats.kills}")
    engine = make_engine(url)
    try:
        services = Services.build(engine)
        with services.sessions() as s:
            visits = dict(
                s.execute(
                    select(Visit.visitor_name, Visit.id).where(Visit.visitor_name.like("断电测试%"))
                ).all()
            )
            cases = {
                facts.split("：", 1)[0]: cid
                for facts, cid in s.execute(
                    select(DisputeCase.facts, DisputeCase.id).where(DisputeCase.facts.like("断电测试%"))
                ).all()
            }
            n_visits = s.scalar(select(func.count()).where(Visit.visitor_name.like("断电测试%")))
            n_cases = s.scalar(select(func.count()).where(DisputeCase.facts.like("断电测试%")))
            if n_visits != len(visits) or n_cases != len(cases):
                problems.append(f"a write is there twice after kill {stats.kills}")
            for i, row_id in reported.items():
                found = (visits if kind_of(i) == "visit" else cases).get(marker(i))
                if found != row_id:
                    stats.lost += 1
                    problems.append(f"write {i} ({kind_of(i)} {row_id}) reported committed, not found")
            if in_flight is not None:
                stats.kills_mid_write += 1
                if marker(in_flight) in (visits if kind_of(in_flight) == "visit" else cases):
                    stats.in_flight_committed += 1
            # one transaction per write: every visit has its audit entry, every case its two parties
            audited = set(
                s.scalars(
                    select(AuditEntry.entity_id).where(
                        AuditEntry.entity == "visit", AuditEntry.action == "create"
                    )
                )
            )
            for name, vid in visits.items():
                if vid not in audited:
                    problems.append(f"visit {name} without its audit entry")
            party_counts = dict(
                s.execute(
                    select(CaseParty.case_id, func.count())
                    .where(CaseParty.case_id.in_(cases.values()))
                    .group_by(CaseParty.case_id)
                ).all()
            )
            for name, cid in cases.items():
                if party_counts.get(cid) != 2:
                    problems.append(f"case {name} has {party_counts.get(cid, 0)} parties, not 2")
        verdict = services.audit.verify(auditor)
        if not verdict.ok:
            problems.append(f"audit chain broken after kill {stats.kills}: {verdict}")
        # a backup killed half-way is never one: every file under a backup's name is whole
        for f in services.backups.backups(backup_admin):
            check = services.backups.verify(backup_admin, f.path)
            if not check.ok:
                problems.append(f"backup {f.path.name} after kill {stats.kills}: {check.problem}")
    finally:
        engine.dispose()


def run(
    url: str,
    engine_name: str,
    auditor,
    *,
    writes: int,
    mean_writes_between_kills: int,
    seed: int,
    backup_every: int = 0,
    report: Path | None = None,
) -> Stats:
    """Kill the writer again and again until ``writes`` writes are reported committed."""
    rng = random.Random(seed)
    stats = Stats(engine_name)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    reported: dict[int, int] = {}
    start = time.monotonic()
    next_i = 0
    while len(reported) < writes:
        w = Writer(url, auditor.username, next_i, writes * 2, backup_every, env)
        # kill after a random number of committed writes, at a random moment inside the next one
        after = rng.randint(1, 2 * mean_writes_between_kills - 1)
        deadline = time.monotonic() + 120
        while w.count("done ") < after and w.proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.002)
        if w.proc.poll() is not None:
            raise AssertionError(f"the writer stopped by itself:\n{w.stderr()}")
        gaps = [b - a for a, b in zip(w.done_at, w.done_at[1:], strict=False)] or [0.02]
        time.sleep(rng.uniform(0, 1.5 * sorted(gaps)[len(gaps) // 2]))
        w.kill()
        stats.kills += 1
        in_flight = None
        for line in w.lines:
            parts = line.split()
            if parts[0] == "begin":
                in_flight = int(parts[1])
            elif parts[0] == "done":
                reported[int(parts[1])] = int(parts[3])
                in_flight = None
            elif parts[0] == "backup":
                stats.backups += 1
        _check(url, engine_name, auditor, dict(reported), in_flight, stats)
        next_i = (in_flight + 1) if in_flight is not None else max(reported, default=-1) + 1
    stats.writes = len(reported)
    stats.seconds = round(time.monotonic() - start, 1)
    if report is not None:
        report.parent.mkdir(parents=True, exist_ok=True)
        report.write_text(json.dumps(asdict(stats), ensure_ascii=False, indent=2), encoding="utf-8")
    return stats
