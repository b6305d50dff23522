"""What a petitioner is told of their matter, in words: the progress answer (查询办理进展) with its dates and
weekdays (and the note when a date lies in a year whose holiday schedule is not published)."""

from __future__ import annotations

from datetime import date

from desktop.services.core.calendar_service import provisional_note
from desktop.services.core.vocabulary import PETITION_CHANNEL, PETITION_DECISION
from desktop.services.reception.petition_dto import (
    PetitionDetail,
)


def _d(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


_WEEKDAYS = "一二三四五六日"


def _dw(day: date) -> str:
    return f"{_d(day)}（星期{_WEEKDAYS[day.weekday()]}）"


def progress_sentence(d: PetitionDetail) -> str:
    parts = [
        f"您于{_d(d.received_on)}通过{PETITION_CHANNEL.zh(d.channel)}提出的信访事项（编号{d.petition_no}）"
    ]
    if d.status == "registered":
        notice = d.step("acceptance_notice") or d.step("transfer_notice")
        due = f"，将于{_dw(notice.due_on)}前书面告知是否受理" if notice and not notice.done_on else ""
        parts.append(f"已登记{due}。")
    elif d.status == "rejected":
        where = f"，请向{d.refer_to}提出" if d.refer_to else ""
        parts.append(f"不属于本单位职权范围，已出具不予受理告知书{where}。")
    else:
        parts.append(f"已于{_d(d.accepted_on)}受理" if d.accepted_on else "已受理")
        handle = d.step("handle")
        if d.status in ("handling", "accepted") and handle is not None:
            parts.append(f"，正在办理，办理期限至{_dw(handle.due_on)}")
            ext = d.step("extension")
            if ext is not None:
                parts.append(f"（经本单位负责人批准延长，延期理由：{ext.reason}）")
            parts.append("。")
        elif d.answered_on:
            parts.append(f"，已于{_d(d.answered_on)}作出书面答复（{PETITION_DECISION.zh(d.decision)}）。")
            window = d.step("review_request")
            if window is not None and not window.done_on:
                parts.append(f"如不服，可于{_dw(window.due_on)}前向上一级机关请求复查。")
            review = d.step("review")
            if review is not None and not review.done_on:
                parts.append(
                    f"复查请求已于{_d(review.started_on)}提出，复查机关应于{_dw(review.due_on)}前答复。"
                )
            recheck_window = d.step("recheck_request")
            if recheck_window is not None and not recheck_window.done_on:
                parts.append(f"对复查意见不服的，可于{_dw(recheck_window.due_on)}前请求复核。")
            recheck = d.step("recheck")
            if recheck is not None and not recheck.done_on:
                parts.append(
                    f"复核请求已于{_d(recheck.started_on)}提出，复核机关应于{_dw(recheck.due_on)}前答复。"
                )
        else:
            parts.append("。")
        if d.status == "closed":
            parts.append("该事项已办结。")
    years = [st.due_on.year for st in d.steps if st.provisional]
    if years:
        parts.append(provisional_note(years))
    return "".join(parts)
