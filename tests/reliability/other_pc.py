"""Another room PC on the same PostgreSQL server, in a process of its own: the real services, one command.

    python -m tests.reliability.other_pc URL USERNAME check-in NAME
    python -m tests.reliability.other_pc URL USERNAME edit-case CASE_ID FACTS
    python -m tests.reliability.other_pc URL USERNAME race CASE_ID TIMES TAG

``check-in`` and ``edit-case`` print ``done ID VERSION`` once committed. ``race`` edits the case TIMES times as
fast as it can, each time with the version it just read, and prints one line per try: ``won FROM TO`` or
``conflict FROM``.
"""

from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    url, username, command, *rest = argv
    from sqlalchemy import select

    from desktop.db import make_engine
    from desktop.models import StaffUser
    from desktop.services.container import Services
    from desktop.services.core.dto import Actor
    from desktop.services.core.errors import Conflict
    from desktop.services.mediation.dto import CaseChanges
    from desktop.services.reception.dto import VisitInput

    services = Services.build(make_engine(url))
    with services.sessions() as s:
        u = s.scalars(select(StaffUser).where(StaffUser.username == username)).one()
        actor = Actor(u.id, u.username, u.full_name, u.role)

    def edit(case_id: int, version: int, facts: str):
        c = services.mediation.get_case(actor, case_id).case
        return services.mediation.update_case(
            actor, case_id, version, CaseChanges(dispute_type=c.dispute_type, facts=facts, claims=c.claims)
        )

    if command == "check-in":
        v = services.reception.check_in(actor, VisitInput(visitor_name=rest[0], content="另一台电脑登记"))
        print(f"done {v.id} {v.version}", flush=True)
    elif command == "edit-case":
        case_id, facts = int(rest[0]), rest[1]
        version = services.mediation.get_case(actor, case_id).case.version
        d = edit(case_id, version, facts)
        print(f"done {d.case.id} {d.case.version}", flush=True)
    elif command == "race":
        case_id, times, tag = int(rest[0]), int(rest[1]), rest[2]
        for i in range(times):
            version = services.mediation.get_case(actor, case_id).case.version
            try:
                d = edit(case_id, version, f"{tag}第{i}次修改")
                print(f"won {version} {d.case.version}", flush=True)
            except Conflict:
                print(f"conflict {version}", flush=True)
    services.engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
