"""Printing speed: one filled form and a 30-page roster, against a minimal ReportLab page with the same font.

    python bench/bench_printing.py [--runs 30]

Warm timings (fonts registered, modules imported) are medians over ``--runs``; the cold one is a fresh
process making one form (imports and font loading included). Targets (issue 3): a form within 3x of the
minimal page, and a warm form under 100 ms.

Most of the time goes to ReportLab embedding the font subsets (two subsets of 256 glyphs for a form of ~300
distinct characters, one for the minimal page) in pure Python; with ReportLab's C accelerators installed
(``pip install rl_accel``) both halve and the ratio drops by about a third.
"""

from __future__ import annotations

import argparse
import io
import statistics
import subprocess
import sys
import time
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ADDRESS = "江苏省南京市鼓楼区华侨路街道华侨路社区龙蟠里小区十二幢三单元五零二室东户近菜场旁"


def minimal_page() -> bytes:
    """The floor: one page, one line of Chinese in the bundled font, embedded as a subset."""
    from reportlab.pdfgen.canvas import Canvas

    from desktop.printing.fonts import ensure_fonts

    font = ensure_fonts()
    buf = io.BytesIO()
    c = Canvas(buf, invariant=1, initialFontName=font)
    c.setFont(font, 16)
    c.drawString(80, 700, "华侨路社区综治中心来访登记表")
    c.showPage()
    c.save()
    return buf.getvalue()


def _context():
    from desktop.printing.context import RenderContext
    from desktop.services.core.dto import CommunityDTO

    community = CommunityDTO(
        1,
        "华侨路社区",
        "华侨路街道",
        "鼓楼区",
        "南京市",
        "南京市鼓楼区龙蟠里社区服务中心",
        "025-83216789",
        "",
        "华侨路社区人民调解委员会",
        False,
    )
    return RenderContext(community)


def filled_form() -> bytes:
    from desktop.printing import registry
    from desktop.printing.form_data import VisitFormData

    visit = VisitFormData(
        "来访〔2026〕000123号",
        "欧阳娜娜",
        "女",
        "45",
        "居民身份证",
        "3201**********123X",
        "13812345678",
        ADDRESS,
        datetime(2026, 3, 5, 9, 30),
        datetime(2026, 3, 5, 10, 45),
        1,
        False,
        "",
        "投诉",
        "社区民警",
        "楼上邻居装修噪音持续三个月，晚上十点以后仍在施工，多次协商无果。",
        "张三",
        "转矛盾纠纷",
        "一般",
        "已转矛盾纠纷调处室",
    )
    return registry.get("visit_register").render(_CTX, visit)


def roster(rows: int = 620) -> bytes:
    """620 volunteers: 30 pages of the roster."""
    from desktop.printing import registry
    from desktop.printing.form_data import VolunteerRosterData, VolunteerRow

    names = ("欧阳娜娜", "李四", "王小五", "张三丰", "司马相如")
    data = VolunteerRosterData(
        tuple(
            VolunteerRow(
                names[i % 5],
                f"ZY{i:07d}",
                "男" if i % 2 else "女",
                "13812345678",
                "平安巡逻队" if i % 3 else "矛盾纠纷调解志愿服务队",
                date(2024, 1 + i % 12, 1 + i % 28),
            )
            for i in range(rows)
        ),
        date(2026, 3, 1),
    )
    return registry.get("volunteer_roster").render(_CTX, data)


_CTX = None


def _median_ms(fn, runs: int) -> float:
    fn()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


COLD = """
import sys, time
t0 = time.perf_counter()
sys.path.insert(0, {root!r})
import bench.bench_printing as b
b._CTX = b._context()
b.filled_form()
print(time.perf_counter() - t0)
"""


def main() -> None:
    global _CTX
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=30)
    args = ap.parse_args()
    _CTX = _context()
    pages = roster().count(b"/Type /Page\n")  # page objects ("/Type /Pages" is the page tree)
    base = _median_ms(minimal_page, args.runs)
    form = _median_ms(filled_form, args.runs)
    big = _median_ms(roster, max(3, args.runs // 10))
    cold = (
        float(
            subprocess.run(
                [sys.executable, "-c", COLD.format(root=str(ROOT))],
                capture_output=True,
                text=True,
                check=True,
                cwd=ROOT,
            ).stdout
        )
        * 1000
    )
    print(f"minimal page (same font):  {base:7.1f} ms")
    print(
        f"filled form (来访登记表):    {form:7.1f} ms   ratio {form / base:5.2f}  (target <= 3.0; < 100 ms warm)"
    )
    print(
        f"roster ({pages} pages):        {big:7.1f} ms   ratio {big / base:5.1f}  ({big / max(pages, 1):.1f} ms a page)"
    )
    print(f"cold form, fresh process:  {cold:7.1f} ms   (Python start, imports and font loading included)")


if __name__ == "__main__":
    main()
