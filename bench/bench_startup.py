"""Cold start to the login window, against a bare PySide6 window started the same way.

    python bench/bench_startup.py [--runs 7]

Each run is a fresh process that exits as soon as its window is shown (ZONGZHI_EXIT_WHEN_SHOWN).
Target (issue 2): the app at most 3x the bare window. Prints medians and the ratio.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
w = QLabel("综治工作台"); w.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def _time(cmd: list[str], env: dict) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, env=env, cwd=ROOT, check=True, capture_output=True)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "ZONGZHI_EXIT_WHEN_SHOWN": "1",
        "ZONGZHI_DATA_DIR": tempfile.mkdtemp(prefix="zz-bench-"),
    }
    bare_cmd = [sys.executable, "-c", BARE]
    app_cmd = [sys.executable, "-m", "desktop"]
    _time(bare_cmd, env), _time(app_cmd, env)  # warm the OS file cache once
    bare = [_time(bare_cmd, env) for _ in range(args.runs)]
    app = [_time(app_cmd, env) for _ in range(args.runs)]
    b, a = statistics.median(bare), statistics.median(app)
    print(f"bare PySide6 window: median {b * 1000:.0f} ms over {args.runs} runs")
    print(f"login window:        median {a * 1000:.0f} ms over {args.runs} runs")
    print(f"ratio app/bare: {a / b:.2f} (target <= 3.0)")


if __name__ == "__main__":
    main()
