"""An uncaught error is logged with its traceback and shown to the user as a clear Chinese dialog."""

from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.app import install_excepthook, setup_logging


def test_given_an_uncaught_error_then_dialog_and_log_file(zh_app, qtbot, _data_dir):
    log_path = setup_logging()
    old = sys.excepthook
    try:
        install_excepthook(log_path)
        try:
            raise ValueError("磁盘已满")
        except ValueError:
            sys.excepthook(*sys.exc_info())
        box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "error_dialog")
        qtbot.addWidget(box)
        assert isinstance(box, QMessageBox) and box.isVisible()
        assert "程序遇到意外错误" in box.text() and "磁盘已满" in box.text() and log_path in box.text()
        for h in logging.getLogger().handlers:
            h.flush()
        text = (_data_dir / "logs" / "zongzhi.log").read_text(encoding="utf-8")
        assert "Traceback" in text and "ValueError: 磁盘已满" in text
    finally:
        sys.excepthook = old
        root = logging.getLogger()
        for h in list(root.handlers):
            if getattr(h, "baseFilename", "").startswith(str(_data_dir)):
                root.removeHandler(h)
                h.close()
