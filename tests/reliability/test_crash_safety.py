"""Crash safety: the writing process killed (SIGKILL) at random moments while it writes visits and cases.

``make test`` runs a small count; ``make soak`` the full one (ZONGZHI_CRASH_WRITES=1000, more kills, more
rounds). The numbers of each run are written to build/reliability/ (docs/RELIABILITY.md quotes them).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import make_actor
from tests.reliability import kill_loop

WRITES = int(os.environ.get("ZONGZHI_CRASH_WRITES", "60"))
BETWEEN_KILLS = int(os.environ.get("ZONGZHI_CRASH_BETWEEN_KILLS", "12"))
BACKUP_EVERY = int(os.environ.get("ZONGZHI_CRASH_BACKUP_EVERY", "10"))  # a backup is under way at some kills
ROUNDS = int(os.environ.get("ZONGZHI_CRASH_ROUNDS", "1"))
REPORTS = Path(__file__).resolve().parents[2] / "build" / "reliability"


@pytest.mark.parametrize("round_no", range(ROUNDS))
def test_given_the_app_writing_visits_and_cases_when_it_is_killed_again_and_again_then_nothing_committed_is_lost(
    services, set_up_url, round_no
):
    # Given a director's desk writing visits and cases through the real services, in its own process, and
    # backing the database up every few writes
    director = make_actor(services, "zhuren", "李红梅", "director")
    engine_name = services.engine.url.get_backend_name()
    services.engine.dispose()  # the test holds no connection while the writer runs
    # When it is killed with SIGKILL at a random moment, again and again, and started again each time
    stats = kill_loop.run(
        set_up_url,
        "sqlite" if engine_name == "sqlite" else "postgresql",
        director,
        writes=WRITES,
        mean_writes_between_kills=BETWEEN_KILLS,
        seed=20260302 + round_no,
        backup_every=BACKUP_EVERY,
        report=REPORTS / f"crash-{engine_name}-{WRITES}-{round_no}.json",
    )
    # Then after every restart each write it reported committed is there, whole, once; the file is sound and
    # the audit chain verifies; every file under a backup's name is a whole backup
    assert stats.problems == [] and stats.lost == 0, stats
    assert stats.writes >= WRITES and stats.kills >= 2 and stats.backups >= 1, stats
