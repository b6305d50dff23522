"""A petition's steps on their statutory deadlines (信访工作条例 arts. 22-36): acceptance or refusal, objection to a
transfer, extension, the answer, 复查 and 复核, closing, the national system's reference, progress notes."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from desktop.models import Petition
from desktop.models.base import utcnow
from desktop.services.core.audit_service import record
from desktop.services.core.calendar_service import CalendarService
from desktop.services.core.dto import Actor
from desktop.services.core.errors import ValidationError
from desktop.services.core.validators import optional_field, text_field
from desktop.services.core.vocabulary import PETITION_DECISION
from desktop.services.reception import petition_deadlines as rules
from desktop.services.reception.petition_dto import (
    DECISIONS,
    PetitionDetail,
)
from desktop.services.reception.petition_records import (
    APPROVER_ROLES,
    _petition_values,
)


class PetitionStepsMixin:
    def accept(self, actor: Actor, petition_id: int, version: int, on: date | None = None) -> PetitionDetail:
        """受理: the written notice goes out (受理告知书) and the 60 days of handling start (art. 34)."""

        def work(s: Session) -> PetitionDetail:
            p = self._petition(s, petition_id, version)
            self._require_edit(actor, p)
            self._accept(s, actor, p, self._day(on, not_before=p.received_on))
            return self._detail(s, actor, p)

        return self._write(work)

    def _accept(self, s: Session, actor: Actor, p: Petition, on: date, *, on_the_spot: bool = False) -> None:
        if p.status != "registered":
            raise ValidationError("status", "not_registered")
        before = _petition_values(p, hide=p.category == "accusation")
        steps = self._steps(s, p.id)
        notice = self._open_step(steps, "acceptance_notice", "transfer_notice")
        if notice is not None:
            notice.done_on = on
            notice.note = "当场书面告知（受理告知书）" if on_the_spot else "已出具受理告知书"
        objection = self._open_step(steps, "transfer_objection")
        if objection is not None:
            objection.done_on = on
            objection.note = "属本单位职权范围，未提出异议"
        p.status, p.accepted_on = "handling", on
        cal = CalendarService.calendar_in(s)
        self._add_step(s, actor, p, "handle", on, rules.handle_due(cal, p.category, on))
        s.flush()
        self._audit(s, actor, p, "accept", f"受理信访事项{p.petition_no}", before)

    def reject(
        self,
        actor: Actor,
        petition_id: int,
        version: int,
        reason: str,
        refer_to: str = "",
        on: date | None = None,
    ) -> PetitionDetail:
        """不予受理 (art. 23): not in the centre's remit; the petitioner is told where to turn (不予受理告知书)."""

        def work(s: Session) -> PetitionDetail:
            p = self._petition(s, petition_id, version)
            self._require_edit(actor, p)
            if p.status != "registered":
                raise ValidationError("status", "not_registered")
            day = self._day(on, not_before=p.received_on)
            before = _petition_values(p, hide=p.category == "accusation")
            p.reject_reason = text_field(reason, "reason", required=True, limit=2000)
            p.refer_to = optional_field(refer_to, "refer_to", 200)
            p.status = "rejected"
            steps = self._steps(s, p.id)
            for st in steps:
                if st.done_on is None and st.kind in (
                    "acceptance_notice",
                    "transfer_notice",
                    "transfer_objection",
                ):
                    st.done_on = day
                    st.note = "已出具不予受理告知书" if st.kind != "transfer_objection" else st.note
            s.flush()
            self._audit(s, actor, p, "reject", f"信访事项{p.petition_no}不予受理", before)
            return self._detail(s, actor, p)

        return self._write(work)

    def object_to_transfer(
        self, actor: Actor, petition_id: int, version: int, reason: str, on: date | None = None
    ) -> PetitionDetail:
        """Art. 23 ¶3: a transferred matter outside the centre's remit is objected to within 5 working days,
        with the reasons; once the sender agrees, the petition is rejected with where it belongs."""

        def work(s: Session) -> PetitionDetail:
            p = self._petition(s, petition_id, version)
            self._require_edit(actor, p)
            st = self._open_step(self._steps(s, p.id), "transfer_objection")
            if st is None:
                raise ValidationError("status", "no_transfer")
            st.done_on = self._day(on, not_before=p.received_on)
            st.reason = text_field(reason, "reason", required=True, limit=2000)
            st.note = "已向转送、交办单位提出异议"
            s.flush()
            record(
                s,
                actor,
                "update",
                "petition",
                p.id,
                f"信访事项{p.petition_no}对转送提出异议",
                after={"objection_on": st.done_on, "reason": st.reason},
            )
            self._touch(p)
            return self._detail(s, actor, p)

        return self._write(work)

    @staticmethod
    def _touch(p: Petition) -> None:
        """A change of a petition's steps is a change of the petition: its version moves (optimistic locking)."""
        p.updated_at = utcnow()

    def extend(
        self,
        actor: Actor,
        petition_id: int,
        version: int,
        *,
        days: int,
        approver_id: int,
        reason: str,
        told_how: str,
        on: date | None = None,
    ) -> PetitionDetail:
        """延期 (art. 34): approved by the director, at most 30 days, the reason told to the petitioner."""

        def work(s: Session) -> PetitionDetail:
            p = self._petition(s, petition_id, version)
            self._require_edit(actor, p)
            steps = self._steps(s, p.id)
            handle = self._open_step(steps, "handle")
            if p.status != "handling" or handle is None:
                raise ValidationError("status", "not_handling")
            if any(st.kind == "extension" for st in steps):
                raise ValidationError("days", "already_extended")
            if not 1 <= int(days) <= rules.MAX_EXTENSION_DAYS:
                raise ValidationError("days", "extension_too_long", limit=rules.MAX_EXTENSION_DAYS)
            approver = self._check_staff(s, approver_id, APPROVER_ROLES, "approver_id")
            why = text_field(reason, "reason", required=True, limit=2000)
            told = text_field(told_how, "told_how", required=True, limit=200)
            day = self._day(on, not_before=p.accepted_on)
            if day > handle.due_on:
                raise ValidationError("on", "after_due", until=handle.due_on)
            cal = CalendarService.calendar_in(s)
            old_due = handle.due_on
            new_due = rules.extended_due(cal, old_due, int(days))
            self._add_step(
                s,
                actor,
                p,
                "extension",
                day,
                new_due,
                done_on=day,
                approver_id=approver.id,
                reason=why,
                note=f"原办理期限{old_due.isoformat()}，延长{int(days)}日；已{told}告知信访人延期理由",
            )
            handle.due_on = new_due
            self._touch(p)
            s.flush()
            record(
                s,
                actor,
                "extend",
                "petition",
                p.id,
                f"信访事项{p.petition_no}延长办理期限至{new_due.isoformat()}（{approver.full_name}批准）",
                before={"handle_due": old_due},
                after={
                    "handle_due": new_due,
                    "days": int(days),
                    "approver_id": approver.id,
                    "told_how": told,
                },
                reason=why,
            )
            return self._detail(s, actor, p)

        return self._write(work)

    def answer(
        self,
        actor: Actor,
        petition_id: int,
        version: int,
        *,
        decision: str,
        decision_text: str,
        legal_basis: str,
        on: date | None = None,
    ) -> PetitionDetail:
        """办结答复 (arts. 31(6), 32): 信访事项处理意见书 with the decision, the facts found and the legal basis; the
        petitioner's 30 days to ask for 复查 (art. 35) start from it."""

        def work(s: Session) -> PetitionDetail:
            p = self._petition(s, petition_id, version)
            self._require_edit(actor, p)
            handle = self._open_step(self._steps(s, p.id), "handle")
            if p.status != "handling" or handle is None:
                raise ValidationError("status", "not_handling")
            if decision not in DECISIONS:
                raise ValidationError("decision", "unknown_decision")
            day = self._day(on, not_before=p.accepted_on)
            before = _petition_values(p, hide=p.category == "accusation")
            p.decision = decision
            p.decision_text = text_field(decision_text, "decision_text", required=True)
            p.legal_basis = text_field(legal_basis, "legal_basis", required=True, limit=4000)
            p.answered_on, p.status = day, "answered"
            handle.done_on = day
            late = (day - handle.due_on).days
            handle.note = f"逾期{late}日答复" if late > 0 else "按期答复"
            cal = CalendarService.calendar_in(s)
            self._add_step(s, actor, p, "review_request", day, rules.due_on(cal, "review_request", day))
            s.flush()
            self._audit(
                s,
                actor,
                p,
                "answer",
                f"信访事项{p.petition_no}出具处理意见书（{PETITION_DECISION.zh(decision)}）",
                before,
            )
            return self._detail(s, actor, p)

        return self._write(work)

    def request_review(
        self, actor: Actor, petition_id: int, version: int, *, body: str, on: date | None = None
    ) -> PetitionDetail:
        """The petitioner asked the next higher body for 复查 (``body``); it answers within 30 days."""
        return self._escalate(actor, petition_id, version, body, on, "review_request", "review", "复查")

    def request_recheck(
        self, actor: Actor, petition_id: int, version: int, *, body: str, on: date | None = None
    ) -> PetitionDetail:
        """The petitioner asked for 复核 of the 复查 opinion; the body answers within 30 days."""
        return self._escalate(actor, petition_id, version, body, on, "recheck_request", "recheck", "复核")

    def _escalate(self, actor, petition_id, version, body, on, window_kind, kind, word) -> PetitionDetail:
        def work(s: Session) -> PetitionDetail:
            p = self._petition(s, petition_id, version)
            self._require_edit(actor, p)
            window = self._open_step(self._steps(s, p.id), window_kind)
            if p.status != "answered" or window is None:
                raise ValidationError("status", f"no_{window_kind}")
            day = self._day(on, not_before=window.started_on)
            if day > window.due_on:
                raise ValidationError("on", "window_closed", until=window.due_on)
            where = text_field(body, "body", required=True, limit=200)
            before = _petition_values(p, hide=p.category == "accusation")
            window.done_on, window.note = day, f"信访人向{where}请求{word}"
            cal = CalendarService.calendar_in(s)
            self._add_step(s, actor, p, kind, day, rules.due_on(cal, kind, day), note=where)
            p.status = "review"
            s.flush()
            self._audit(
                s, actor, p, "update", f"信访事项{p.petition_no}：信访人请求{word}（{where}）", before
            )
            return self._detail(s, actor, p)

        return self._write(work)

    def record_review_result(
        self, actor: Actor, petition_id: int, version: int, *, result: str, on: date | None = None
    ) -> PetitionDetail:
        """The 复查 opinion arrived: the petitioner has 30 days from it to ask for 复核 (art. 36)."""
        return self._opinion(actor, petition_id, version, result, on, "review", "复查")

    def record_recheck_result(
        self, actor: Actor, petition_id: int, version: int, *, result: str, on: date | None = None
    ) -> PetitionDetail:
        """The 复核 opinion arrived: the matter is concluded (art. 36: the same request is not accepted again)."""
        return self._opinion(actor, petition_id, version, result, on, "recheck", "复核")

    def _opinion(self, actor, petition_id, version, result, on, kind, word) -> PetitionDetail:
        def work(s: Session) -> PetitionDetail:
            p = self._petition(s, petition_id, version)
            self._require_edit(actor, p)
            st = self._open_step(self._steps(s, p.id), kind)
            if p.status != "review" or st is None:
                raise ValidationError("status", f"no_{kind}")
            day = self._day(on, not_before=st.started_on)
            text = text_field(result, "result", required=True, limit=4000)
            before = _petition_values(p, hide=p.category == "accusation")
            st.done_on = day
            st.note = f"{st.note or ''}；{word}意见：{text}".lstrip("；")
            if kind == "review":
                cal = CalendarService.calendar_in(s)
                self._add_step(s, actor, p, "recheck_request", day, rules.due_on(cal, "recheck_request", day))
                p.status = "answered"
            else:
                p.status = "closed"
            s.flush()
            self._audit(s, actor, p, "update", f"信访事项{p.petition_no}{word}意见已收到", before)
            return self._detail(s, actor, p)

        return self._write(work)

    def close(
        self, actor: Actor, petition_id: int, version: int, note: str = "", on: date | None = None
    ) -> PetitionDetail:
        """办结归档 after the answer: the petitioner did not ask for 复查 / 复核 (or said they are satisfied)."""

        def work(s: Session) -> PetitionDetail:
            p = self._petition(s, petition_id, version)
            self._require_edit(actor, p)
            if p.status != "answered":
                raise ValidationError("status", "not_answered")
            day = self._day(on, not_before=p.answered_on)
            before = _petition_values(p, hide=p.category == "accusation")
            why = text_field(note, "note", limit=2000)
            for st in self._steps(s, p.id):
                if st.done_on is None and st.kind in ("review_request", "recheck_request"):
                    st.done_on = day
                    lapsed = day > st.due_on
                    st.note = why or ("期满未请求" if lapsed else "信访人表示不再请求")
            p.status = "closed"
            s.flush()
            self._audit(s, actor, p, "close", f"信访事项{p.petition_no}办结", before, reason=why or None)
            return self._detail(s, actor, p)

        return self._write(work)

    def record_national_filing(
        self, actor: Actor, petition_id: int, version: int, ref_no: str, filed_on: date | None = None
    ) -> PetitionDetail:
        """Staff filed the petition on the national system on the petitioner's behalf: its number and date."""

        def work(s: Session) -> PetitionDetail:
            p = self._petition(s, petition_id, version)
            self._require_edit(actor, p)
            before = _petition_values(p, hide=p.category == "accusation")
            p.national_ref_no = text_field(ref_no, "national_ref_no", required=True, limit=64)
            p.national_filed_on = self._day(filed_on, "national_filed_on", not_before=p.received_on)
            s.flush()
            self._audit(s, actor, p, "update", f"信访事项{p.petition_no}网上信访代理登记", before)
            return self._detail(s, actor, p)

        return self._write(work)

    def record_progress(
        self, actor: Actor, petition_id: int, version: int, note: str, on: date | None = None
    ) -> PetitionDetail:
        """A line of progress read from the national system (or told by the body handling it)."""

        def work(s: Session) -> PetitionDetail:
            p = self._petition(s, petition_id, version)
            self._require_edit(actor, p)
            day = self._day(on, not_before=p.received_on)
            text = text_field(note, "note", required=True, limit=2000)
            self._add_step(s, actor, p, "progress", day, day, done_on=day, note=text)
            self._touch(p)
            s.flush()
            hide = p.category == "accusation"
            record(
                s,
                actor,
                "update",
                "petition",
                p.id,
                f"信访事项{p.petition_no}办理进展",
                after={"progress_on": day, "note": "<保密>" if hide else text},
            )
            return self._detail(s, actor, p)

        return self._write(work)
