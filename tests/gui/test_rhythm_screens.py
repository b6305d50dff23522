"""Every page of the working-rhythm room over a year of demo work, as each role sees it at 1366×768, photographed
into build/screenshots/ (run under xvfb-run for the real X server); its dialogs fit a 1366×728 screen."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.db import make_engine, upgrade
from desktop.demo import generate
from desktop.models import StaffUser
from desktop.services.container import Services
from desktop.services.core.dto import Actor
from desktop.tasks import TaskManager
from desktop.views.context import ViewContext
from desktop.views.rhythm import route_dialogs as rd
from desktop.views.rhythm.meeting_dialogs import MeetingDialog
from desktop.views.rhythm.meetings_page import MeetingsPage
from desktop.views.rhythm.police_page import PoliceDeskPage
from desktop.views.rhythm.reports_page import GridReportsPage
from desktop.views.rhythm.round_page import RoundPage
from desktop.views.rhythm.rounds_overview_page import RoundsOverviewPage
from desktop.views.rhythm.safety_page import SafetyPage
from desktop.views.rhythm.tasks_page import TasksPage

SHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"
SCREEN_H = 728  # 1366×768 less the task bar


@pytest.fixture(scope="module")
def demo_services(tmp_path_factory):
    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('rhythm_demo') / 'demo.sqlite3'}")
    upgrade(engine, make_backup=False)
    generate(engine, scale=0.05, today=date.today())
    svc = Services.build(engine)
    with svc.sessions() as s:
        actors = {u.role: Actor(u.id, u.username, u.full_name, u.role) for u in s.scalars(select(StaffUser))}
    yield svc, actors
    engine.dispose()


@pytest.fixture
def show(qtbot, zh_app, demo_services):
    svc, actors = demo_services
    made = []

    def make(page_cls, role: str):
        tasks = TaskManager()
        ctx = ViewContext(svc, tasks, actors[role], svc.auth.community())
        page = page_cls(ctx)
        qtbot.addWidget(page)
        page.resize(1366, 768)
        page.show()
        made.append((page, tasks))
        qtbot.waitUntil(lambda: page.loads >= 1, timeout=15000)
        return page

    yield make
    for page, tasks in made:
        page.close()
        tasks.shutdown()


def shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"rhythm_demo_{name}.png"))


@pytest.mark.parametrize(
    ("page_cls", "role", "name"),
    [
        (GridReportsPage, "reception", "grid_reports"),
        (RoundPage, "reception", "round"),
        (RoundsOverviewPage, "director", "rounds_due"),
        (PoliceDeskPage, "police", "police_desk"),
        (MeetingsPage, "director", "meetings"),
        (TasksPage, "police", "tasks"),
        (SafetyPage, "reception", "safety"),
    ],
)
def test_given_a_year_of_demo_work_then_each_page_shows_it(qtbot, show, page_cls, role, name):
    page = show(page_cls, role)
    if page_cls is MeetingsPage:
        qtbot.waitUntil(lambda: page.current is not None)
        assert "本期工作情况" in page.minutes.toHtml()
    if page_cls is GridReportsPage:
        assert page.model.rowCount() >= 2  # today's reports and the two forgotten ones wait for 分家
    if page_cls is RoundsOverviewPage:
        statuses = {page.slots_model.row_at(i).status for i in range(page.slots_model.rowCount())}
        assert {"done", "missing"} <= statuses or {"done", "late"} <= statuses
    if page_cls is SafetyPage:
        assert page.units_model.rowCount() > 0
    qtbot.wait(50)  # let the last paint settle before the picture
    shot(page, name)
    assert page.width() <= 1366 and page.minimumSizeHint().height() <= SCREEN_H


def test_given_the_routing_and_minutes_dialogs_then_they_fit_the_screen(qtbot, show, demo_services):
    svc, actors = demo_services
    page = show(GridReportsPage, "director")
    page.reports.selectRow(0)
    for cls in (rd.CaseRouteDialog, rd.HazardRouteDialog, rd.FollowUpRouteDialog, rd.PetitionRouteDialog):
        page._route(cls)
        dlg = page.dialog
        qtbot.waitUntil(dlg.isVisible)
        assert dlg.sizeHint().height() <= SCREEN_H, cls.__name__
        shot(dlg, dlg.objectName())
        dlg.reject()
    meetings = show(MeetingsPage, "director")
    dlg = MeetingDialog(meetings.ctx, svc.rhythm.meetings.staff(actors["director"]), parent=meetings)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.sizeHint().height() <= SCREEN_H
    shot(dlg, "meeting_dialog")
    dlg.reject()
