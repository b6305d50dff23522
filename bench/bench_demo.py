"""Time the demo-community generator: rows per second and peak memory.

    python bench/bench_demo.py                       # scale 1 into a temporary SQLite file
    python bench/bench_demo.py --scale 125           # about a million residents
    python bench/bench_demo.py --scale 125 --db postgresql+psycopg://user@host/empty_db

The database must be empty (a new SQLite file, or an empty PostgreSQL database); it is migrated first.
Not part of the test run.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop import demo  # noqa: E402
from desktop.db import make_engine, upgrade  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--scale", type=float, default=1.0, help="volume multiplier (1.0: ~8,000 residents)")
    parser.add_argument("--db", help="SQLAlchemy URL of an empty database (default: a temporary SQLite file)")
    parser.add_argument("--seed", type=int, default=demo.DEFAULT_SEED)
    parser.add_argument(
        "--today", type=date.fromisoformat, default=None, help="last day of the generated year"
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary SQLite file")
    args = parser.parse_args(argv)

    tmp = None
    url = args.db
    if not url:
        tmp = tempfile.TemporaryDirectory(prefix="bench-demo-")
        url = f"sqlite:///{Path(tmp.name) / 'demo.sqlite3'}"
    engine = make_engine(url)
    print(f"database: {engine.url.render_as_string(hide_password=True)}")
    t0 = time.perf_counter()
    upgrade(engine, make_backup=False)
    print(f"migrate: {time.perf_counter() - t0:.1f} s")

    last = [-1]

    def progress(pct: int, message: str) -> None:
        if pct // 10 != last[0] // 10 or pct == 100:
            last[0] = pct
            print(f"  {time.perf_counter() - t1:7.1f} s  {pct:3d}%  {message}", flush=True)

    t1 = time.perf_counter()
    summary = demo.generate(engine, scale=args.scale, seed=args.seed, today=args.today, progress=progress)
    elapsed = time.perf_counter() - t1
    engine.dispose()

    width = max(len(k) for k in summary.counts())
    for table, n in summary.counts().items():
        print(f"  {table:<{width}} {n:>10,}")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes
    print(
        f"scale {args.scale:g}: {summary.rows:,} rows in {elapsed:.1f} s = {summary.rows / elapsed:,.0f} rows/s; "
        f"{summary.person:,} residents = {summary.person / elapsed:,.0f} residents/s; peak RSS {peak_mb:,.0f} MB"
    )
    if tmp is not None:
        if args.keep:
            print(f"kept: {url}")
            tmp._finalizer.detach()  # noqa: SLF001 - keep the folder
        else:
            tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
