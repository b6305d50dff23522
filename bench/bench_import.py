"""Import of a 100,000-row Excel roster: read + check every row, then write the good rows.

    python bench/bench_import.py [--rows 100000] [--db URL]

Target (issue 4): at most 30 s for 100,000 rows. Prints each phase, rows/s and peak memory.
"""

from __future__ import annotations

import argparse
import random
import resource
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook

from desktop.cli import cli_actor
from desktop.db import make_engine, upgrade
from desktop.services.container import Services
from desktop.services.core.id_numbers import check_digit
from desktop.services.residents import importer as resident_import


def make_roster(path: Path, rows: int) -> None:
    rnd = random.Random(7)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("花名册")
    ws.append(["华侨路社区实有人口花名册"])
    ws.append(["姓名", "身份证号", "性别", "民族", "联系电话", "楼栋", "单元", "房号"])
    seen = set()
    for i in range(rows):
        while True:
            birth = date(1940, 1, 1) + timedelta(days=rnd.randrange(29000))
            body = f"320102{birth:%Y%m%d}{rnd.randrange(1000):03d}"
            if body not in seen:
                seen.add(body)
                break
        number = body + check_digit(body)
        sex = "男" if int(body[16]) % 2 else "女"
        ws.append(
            [
                f"居民{i}",
                number,
                sex,
                "汉族",
                f"13{rnd.randrange(10**9):09d}",
                f"{i // 200 + 1}栋",
                f"{i % 4 + 1}单元",
                f"{(i % 50) + 101}",
            ]
        )
    wb.save(path)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--db")
    args = ap.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="zz-import-"))
    roster = folder / "roster.xlsx"
    t0 = time.perf_counter()
    make_roster(roster, args.rows)
    print(f"made the roster: {args.rows} rows in {time.perf_counter() - t0:.1f} s")
    engine = make_engine(args.db or f"sqlite:///{folder / 'bench.sqlite3'}")
    upgrade(engine)
    services = Services.build(engine)
    services.auth.set_up(
        community="华侨路社区",
        street="华侨路街道",
        district="鼓楼区",
        admin_username="admin",
        admin_full_name="王建国",
        admin_password="Admin#2026",
    )
    actor = cli_actor()
    services.addresses.create_grid(actor, "G01", "第一网格")
    t1 = time.perf_counter()
    report = resident_import.validate_file(roster, services.residents.registered_numbers)
    t2 = time.perf_counter()
    result = resident_import.import_rows(services, actor, report)
    t3 = time.perf_counter()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"read + check: {t2 - t1:.1f} s ({report.rows_read / (t2 - t1):.0f} rows/s), {len(report.good)} good"
    )
    print(f"write:        {t3 - t2:.1f} s ({result.inserted} people)")
    print(f"total:        {t3 - t1:.1f} s (target <= 30 s); peak memory {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
