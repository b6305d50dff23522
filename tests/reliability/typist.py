"""A desk typing into a form, in a process of its own, for the test to kill (SIGKILL) mid-way.

    python -m tests.reliability.typist URL USERNAME FORM      (FORM: check_in or person)

It opens the form offscreen as the app does, types what ``TYPED[FORM]`` says (Chinese as an input method commits
it), and prints ``drafted PATH`` once the form's draft is on disk; then it waits to be killed.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TYPED = {
    "check_in": {
        "visitor_name": "欧阳𠮷祥",
        "visitor_phone": "13912345678",
        "visitor_address": "龙蟠里3幢502",
        "content": "反映楼上装修噪音，晚上十点后仍在施工，希望社区协调。",
        "whom": "刘主任",
    },
    "person": {
        "name": "司马懿",
        "phone": "13800001111",
        "employer": "南京某某公司",
        "notes": "独居老人，需关注",
    },
}


def type_into(widget, text: str) -> None:
    """As an input method: one committed string (Qt's test keys cannot type Chinese)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QInputMethodEvent

    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QCoreApplication.sendEvent(widget, event)


def main(argv: list[str]) -> int:
    url, username, form = argv
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from desktop.db import make_engine
    from desktop.models import StaffUser
    from desktop.services.container import Services
    from desktop.services.core.dto import Actor
    from desktop.tasks import TaskManager
    from desktop.views.common.qt_setup import install_translator
    from desktop.views.context import ViewContext

    app = QApplication(sys.argv[:1])
    install_translator(app, "zh_CN")
    services = Services.build(make_engine(url))
    with services.sessions() as s:
        u = s.scalars(select(StaffUser).where(StaffUser.username == username)).one()
        actor = Actor(u.id, u.username, u.full_name, u.role)
    ctx = ViewContext(services, TaskManager(), actor, services.auth.community())
    if form == "check_in":
        from desktop.views.reception.check_in_form import CheckInForm

        widget = CheckInForm(ctx)
    else:
        from desktop.views.residents.person_dialog import PersonDialog

        widget = PersonDialog(ctx)
    widget.show()

    def typed_when_ready() -> None:
        if widget.drafts.path is None:  # the check-in form starts its drafts once its lists are loaded
            QTimer.singleShot(20, typed_when_ready)
            return
        for name, text in TYPED[form].items():
            type_into(getattr(widget, name), text)

    def drafted() -> None:
        path = widget.drafts.path
        if path is not None and path.exists():
            print(f"drafted {path}", flush=True)
        else:
            QTimer.singleShot(50, drafted)

    typed_when_ready()
    drafted()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
