"""The time limits of a petition (信访工作条例 2022), as pure functions over the work calendar: no database, no Qt.

Each time-limited step gets its due date when it starts (DOMAIN.md §2):

| step                | limit                  | counted from                  | article | whose duty  |
|---------------------|------------------------|-------------------------------|---------|-------------|
| register            | 15 days                | receipt                       | 22      | this office |
| acceptance_notice   | 15 days (or on the spot)| receipt                      | 23 ¶2   | this office |
| transfer_notice     | 15 days                | receipt of a transferred item | 23 ¶3   | this office |
| transfer_objection  | 5 working days         | receipt of a transferred item | 23 ¶3   | this office |
| handle              | 60 days                | acceptance                    | 34      | this office |
| extension           | ≤ 30 days, approved    | the end of the handling period| 34      | this office |
| review_request      | 30 days                | the written answer            | 35      | petitioner  |
| review              | 30 days                | the request for 复查           | 35      | superior    |
| recheck_request     | 30 days                | the 复查 answer               | 36      | petitioner  |
| recheck             | 30 days                | the request for 复核           | 36      | superior    |

"N日内" periods do not count the day they start from and end on the next working day when their last day is a
rest day; "N个工作日" count working days only, with 调休 workdays (``WorkCalendar``). The 60 days of art. 34
bind 申诉求决类 matters (art. 31(6)); the centre applies the same period to the other categories unless
configured otherwise (``HANDLE_DAYS``: *unverified* for 建议意见类 and 检举控告类).

Only the office's own duties make a petition "due soon" or "overdue"; the petitioner's windows (复查/复核 may be
requested until …) and the superior body's answers are shown, never counted against the centre.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.services.core.work_calendar import WorkCalendar

DAYS, WORKING_DAYS = "days", "working_days"
OFFICE, PETITIONER, SUPERIOR = "office", "petitioner", "superior"

DUE_SOON_DAYS = 3  # "due soon": the due date is today or within the next 3 days
MAX_EXTENSION_DAYS = 30  # art. 34


@dataclass(frozen=True)
class StepRule:
    kind: str
    title: str  # Chinese: audit summaries, printed matter
    days: int
    unit: str  # DAYS or WORKING_DAYS
    article: str
    owner: str  # OFFICE, PETITIONER or SUPERIOR
    # whether the step is a deadline at all (a progress note from the national system is not)
    timed: bool = True


RULES: dict[str, StepRule] = {
    r.kind: r
    for r in (
        StepRule("register", "登记", 15, DAYS, "第二十二条", OFFICE),
        StepRule("acceptance_notice", "书面告知受理情况", 15, DAYS, "第二十三条第二款", OFFICE),
        StepRule("transfer_notice", "转送、交办事项书面告知", 15, DAYS, "第二十三条第三款", OFFICE),
        StepRule(
            "transfer_objection",
            "对不属本单位职权范围的转送事项提出异议",
            5,
            WORKING_DAYS,
            "第二十三条第三款",
            OFFICE,
        ),
        StepRule("handle", "办理", 60, DAYS, "第三十四条", OFFICE),
        StepRule("extension", "延长办理期限", MAX_EXTENSION_DAYS, DAYS, "第三十四条", OFFICE),
        StepRule("review_request", "请求复查期限", 30, DAYS, "第三十五条", PETITIONER),
        StepRule("review", "复查意见", 30, DAYS, "第三十五条", SUPERIOR),
        StepRule("recheck_request", "请求复核期限", 30, DAYS, "第三十六条", PETITIONER),
        StepRule("recheck", "复核意见", 30, DAYS, "第三十六条", SUPERIOR),
        StepRule("progress", "办理进展", 0, DAYS, "第二十一条", OFFICE, timed=False),
    )
}

# art. 34 binds 申诉求决类 (claim); the same period is the default for the others (*unverified*)
HANDLE_DAYS: dict[str, int] = {"claim": 60, "suggestion": 60, "accusation": 60}


def due_on(cal: WorkCalendar, kind: str, start: date, days: int | None = None) -> date:
    """The last day of step ``kind`` that starts on ``start`` (``days`` overrides the rule's period)."""
    rule = RULES[kind]
    n = rule.days if days is None else days
    if not rule.timed:
        return start
    if rule.unit == WORKING_DAYS:
        return cal.add_working_days(start, n)
    return cal.period_end(start, n)


def handle_due(cal: WorkCalendar, category: str, accepted_on: date) -> date:
    """The end of the handling period (art. 34: 60 days from acceptance)."""
    return due_on(cal, "handle", accepted_on, HANDLE_DAYS.get(category, RULES["handle"].days))


def extended_due(cal: WorkCalendar, current_due: date, days: int) -> date:
    """The handling period extended by ``days`` (1 to 30, art. 34), counted on from its current last day."""
    if not 1 <= days <= MAX_EXTENSION_DAYS:
        raise ValueError(f"an extension is 1 to {MAX_EXTENSION_DAYS} days, not {days}")
    return cal.period_end(current_due, days)


@dataclass(frozen=True)
class PlannedStep:
    kind: str
    started_on: date
    due_on: date
    done_on: date | None = None
    note: str | None = None


def intake_plan(
    cal: WorkCalendar,
    received_on: date,
    *,
    registered_on: date,
    transferred: bool = False,
    transferred_from: str | None = None,
) -> list[PlannedStep]:
    """The steps that start when a petition is received: its registration (done when it is entered), and the
    written notice — for a matter transferred by a 信访部门 or a higher body, the notice of art. 23 ¶3 and the
    5 working days to object to a transfer outside the centre's remit."""
    steps = [PlannedStep("register", received_on, due_on(cal, "register", received_on), registered_on)]
    if transferred:
        note = f"转送、交办单位：{transferred_from}" if transferred_from else None
        steps.append(
            PlannedStep(
                "transfer_notice", received_on, due_on(cal, "transfer_notice", received_on), note=note
            )
        )
        steps.append(
            PlannedStep("transfer_objection", received_on, due_on(cal, "transfer_objection", received_on))
        )
    else:
        steps.append(
            PlannedStep("acceptance_notice", received_on, due_on(cal, "acceptance_notice", received_on))
        )
    return steps


def state(due: date, done: date | None, today: date, owner: str = OFFICE, soon: int = DUE_SOON_DAYS) -> str:
    """done / overdue / due_soon / open for an office duty; a petitioner's or superior's step that has run out
    is "lapsed" (nobody at the centre is late), otherwise "waiting"."""
    if done is not None:
        return "done"
    left = (due - today).days
    if owner != OFFICE:
        return "lapsed" if left < 0 else "waiting"
    if left < 0:
        return "overdue"
    if left <= soon:
        return "due_soon"
    return "open"
