"""Tasks: the decisions of meetings (and a round's unresolved matters, 跟踪化解) on their owner's list until done.

Everyone sees their own list; those who hold meetings (MEETINGS_EDIT) see everyone's. The owner, or anyone who
holds meetings, marks a task done with a note; a task done by mistake is opened again with a reason.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import Meeting, ScreeningRound, StaffUser, WorkTask
from desktop.services.core import unit_of_work
from desktop.services.core.audit_service import record
from desktop.services.core.clock import today as local_today
from desktop.services.core.dto import Actor, StaffChoice
from desktop.services.core.errors import PermissionDenied, ValidationError
from desktop.services.core.permissions import Perm, Role, can, require
from desktop.services.core.validators import text_field
from desktop.services.core.vocabulary import MEETING_KIND
from desktop.services.rhythm.dto import TaskDTO


def staff_choices(s: Session) -> tuple[StaffChoice, ...]:
    """Who may own a task or be made responsible: the centre's active staff (not the administrator)."""
    return tuple(
        StaffChoice(u.id, u.full_name, u.role)
        for u in s.scalars(
            select(StaffUser)
            .where(StaffUser.active.is_(True), StaffUser.role != Role.ADMIN.value)
            .order_by(StaffUser.full_name, StaffUser.id)
        )
    )


def check_owner(s: Session, owner_id: int | None, field: str = "owner_id") -> int:
    u = s.get(StaffUser, owner_id) if owner_id is not None else None
    if u is None or not u.active or u.role == Role.ADMIN.value:
        raise ValidationError(field, "unknown_owner")
    return u.id


def new_task(
    s: Session,
    actor: Actor,
    text: str,
    owner_id: int,
    due_on: date,
    *,
    meeting_id: int | None = None,
    round_id: int | None = None,
    field: str = "text",
) -> WorkTask:
    """A task in the caller's unit of work (a meeting's decision, a round's 跟踪化解); ``field`` names the form
    field of its text in errors."""
    t = WorkTask(
        text=text_field(text, field, required=True, limit=2000),
        owner_id=check_owner(s, owner_id),
        due_on=due_on,
        meeting_id=meeting_id,
        round_id=round_id,
        created_by=actor.id,
    )
    s.add(t)
    s.flush()
    name = s.scalar(select(StaffUser.full_name).where(StaffUser.id == t.owner_id))
    record(
        s,
        actor,
        "create",
        "work_task",
        t.id,
        f"交办任务给{name}（{due_on:%Y-%m-%d}前）",
        after={"text": t.text, "owner_id": t.owner_id, "due_on": due_on, "meeting_id": meeting_id},
    )
    return t


def meeting_label(kind: str, year: int, seq: int) -> str:
    return f"{MEETING_KIND.zh(kind)} {year}年第{seq}期"


def round_label(start: date, end: date) -> str:
    if start == end:
        return f"集中排查 {start.month}月{start.day}日"
    return f"集中排查 {start.month}月{start.day}日-{end.month}月{end.day}日"


def task_dtos(s: Session, tasks: Iterable[WorkTask], today: date) -> list[TaskDTO]:
    tasks = list(tasks)
    if not tasks:
        return []
    owners = dict(s.execute(select(StaffUser.id, StaffUser.full_name)).all())
    meeting_ids = {t.meeting_id for t in tasks if t.meeting_id}
    meetings = {
        m.id: meeting_label(m.kind, m.year, m.seq)
        for m in (s.scalars(select(Meeting).where(Meeting.id.in_(meeting_ids))) if meeting_ids else ())
    }
    round_ids = {t.round_id for t in tasks if t.round_id}
    rounds = {
        r.id: round_label(r.period_start, r.period_end)
        for r in (
            s.scalars(select(ScreeningRound).where(ScreeningRound.id.in_(round_ids))) if round_ids else ()
        )
    }
    return [
        TaskDTO(
            t.id,
            t.version,
            t.text,
            t.owner_id,
            owners.get(t.owner_id, ""),
            t.due_on,
            t.done_on,
            t.done_note or "",
            t.meeting_id,
            t.round_id,
            meetings.get(t.meeting_id) or rounds.get(t.round_id) or "",
            (today - t.due_on).days if t.done_on is None and t.due_on < today else 0,
        )
        for t in tasks
    ]


class TaskService:
    def __init__(self, sessions: sessionmaker[Session], clock: Callable[[], date] = local_today):
        self._sessions = sessions
        self._today = clock

    @staticmethod
    def _may_manage(actor: Actor) -> bool:
        return can(actor.role, Perm.MEETINGS_EDIT)

    def owners(self, actor: Actor) -> tuple[StaffChoice, ...]:
        require(actor, Perm.MEETINGS_EDIT)
        with self._sessions() as s:
            return staff_choices(s)

    def tasks(
        self, actor: Actor, *, owner_id: int | None = None, include_done: bool = False
    ) -> list[TaskDTO]:
        """A list of tasks, the open ones first by due date: the actor's own, or (MEETINGS_EDIT) another
        owner's, or everyone's (``owner_id`` 0)."""
        require(actor, Perm.TASKS_OWN, Perm.MEETINGS_EDIT)
        owner = actor.id if owner_id is None else owner_id
        if owner != actor.id and not self._may_manage(actor):
            raise PermissionDenied(Perm.MEETINGS_EDIT.value)
        q = select(WorkTask).where(WorkTask.voided_at.is_(None))
        if owner:
            q = q.where(WorkTask.owner_id == owner)
        if not include_done:
            q = q.where(WorkTask.done_on.is_(None))
        q = q.order_by(WorkTask.done_on.is_not(None), WorkTask.due_on, WorkTask.id)
        with self._sessions() as s:
            return task_dtos(s, s.scalars(q), self._today())

    def complete(
        self, actor: Actor, task_id: int, version: int, note: str, on: date | None = None
    ) -> TaskDTO:
        """Done: by its owner, or by whoever holds the meetings; ``note`` says what was done."""
        note = text_field(note, "done_note", required=True, limit=2000)
        on = on or self._today()
        if on > self._today():
            raise ValidationError("done_on", "in_future")

        require(actor, Perm.TASKS_OWN, Perm.MEETINGS_EDIT)

        def work(s: Session) -> TaskDTO:
            t = unit_of_work.load(s, WorkTask, task_id, version)
            if t.owner_id != actor.id and not self._may_manage(actor):
                raise PermissionDenied(Perm.MEETINGS_EDIT.value)
            if t.done_on is not None:
                raise ValidationError("done_on", "already_done")
            t.done_on, t.done_by, t.done_note = on, actor.id, note
            s.flush()
            record(
                s,
                actor,
                "update",
                "work_task",
                t.id,
                "任务办结",
                before={"done_on": None},
                after={"done_on": on, "note": note},
            )
            return task_dtos(s, [t], self._today())[0]

        return unit_of_work.write(self._sessions, work, "work_task")

    def reopen(self, actor: Actor, task_id: int, version: int, reason: str) -> TaskDTO:
        require(actor, Perm.TASKS_OWN, Perm.MEETINGS_EDIT)
        reason = text_field(reason, "reason", required=True, limit=500)

        def work(s: Session) -> TaskDTO:
            t = unit_of_work.load(s, WorkTask, task_id, version)
            if t.owner_id != actor.id and not self._may_manage(actor):
                raise PermissionDenied(Perm.MEETINGS_EDIT.value)
            if t.done_on is None:
                return task_dtos(s, [t], self._today())[0]
            before = {"done_on": t.done_on, "note": t.done_note}
            t.done_on = t.done_by = t.done_note = None
            s.flush()
            record(
                s,
                actor,
                "update",
                "work_task",
                t.id,
                "任务重新打开",
                before=before,
                after={"done_on": None},
                reason=reason,
            )
            return task_dtos(s, [t], self._today())[0]

        return unit_of_work.write(self._sessions, work, "work_task")
