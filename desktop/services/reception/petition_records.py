"""What the petition service's parts share: where attachments are filed, which steps are the office's duties,
who may handle and approve, and the values written to the audit log."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.models import Petition
from desktop.services.core.permissions import Role
from desktop.services.reception import petition_deadlines as rules

OWNER = "petition"  # attachments: owner_kind
# steps that are the office's own duties with a deadline (what "due soon" and "overdue" count)
OFFICE_KINDS = tuple(
    k for k, r in rules.RULES.items() if r.owner == rules.OFFICE and r.timed and k != "extension"
)
# what a petition's handler may be: staff who may handle petitions
HANDLER_ROLES = (Role.RECEPTION.value, Role.DIRECTOR.value)
APPROVER_ROLES = (Role.DIRECTOR.value,)  # art. 34: 经本机关、单位负责人批准


def _summary_name(names: Sequence[str]) -> str:
    """The petitioner column: one name, or the first ones and how many (it holds 100 characters)."""
    text = "、".join(names)
    if len(text) <= 100:
        return text
    head = ""
    for i, n in enumerate(names):
        tail = f"等{len(names)}人"
        if len(head) + len(n) + 1 + len(tail) > 100:
            return f"{head}{tail}" if head else names[0][:90] + tail
        head = f"{head}、{n}" if i else n
    return head


def _petition_values(p: Petition, *, hide: bool) -> dict:
    values = {
        "petition_no": p.petition_no,
        "channel": p.channel,
        "category": p.category,
        "received_on": p.received_on,
        "person_id": p.person_id,
        "petitioner_name": p.petitioner_name,
        "is_collective": p.is_collective,
        "representatives": p.representatives,
        "request": p.request,
        "facts": p.facts,
        "status": p.status,
        "handler_id": p.handler_id,
        "accepted_on": p.accepted_on,
        "decision": p.decision,
        "decision_text": p.decision_text,
        "legal_basis": p.legal_basis,
        "answered_on": p.answered_on,
        "reject_reason": p.reject_reason,
        "refer_to": p.refer_to,
        "national_ref_no": p.national_ref_no,
        "national_filed_on": p.national_filed_on,
    }
    if hide:  # art. 30: the audit reader is not entitled to an accusation's content or its author
        for k in ("petitioner_name", "representatives", "request", "facts", "decision_text", "person_id"):
            if values.get(k):
                values[k] = "<保密>"
    return values
