"""The app's writing process, as the crash test runs it: the real services write visits and cases, one unit of
work each, and say on stdout what they are about to write and what has committed. The test kills it (SIGKILL)
at random moments and checks that everything it was told had committed is in the database.

    python -m tests.reliability.crash_writer URL USERNAME FIRST COUNT [--backup-every N]

Lines: ``ready``, then per write ``begin I KIND`` and ``done I KIND ID`` (flushed at once), ``backup PATH`` after
each backup it made. Write I is a visit when I is even, a case when it is odd; its marker (``marker(I)``) is in
the visitor's name or the case's facts.
"""

from __future__ import annotations

import argparse
import sys


def marker(i: int) -> str:
    return f"断电测试{i:06d}"


def kind_of(i: int) -> str:
    return "visit" if i % 2 == 0 else "case"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("url")
    p.add_argument("username")
    p.add_argument("first", type=int)
    p.add_argument("count", type=int)
    p.add_argument("--backup-every", type=int, default=0)
    args = p.parse_args(argv)

    from sqlalchemy import select

    from desktop.db import make_engine
    from desktop.models import StaffUser
    from desktop.services.container import Services
    from desktop.services.core.dto import Actor
    from desktop.services.mediation.dto import CaseInput, PartyInput
    from desktop.services.reception.dto import VisitInput

    engine = make_engine(args.url)
    services = Services.build(engine)
    with services.sessions() as s:
        u = s.scalars(select(StaffUser).where(StaffUser.username == args.username)).one()
        actor = Actor(u.id, u.username, u.full_name, u.role)
        admin = s.scalars(select(StaffUser).where(StaffUser.role == "admin")).first()
        admin = Actor(admin.id, admin.username, admin.full_name, admin.role)

    def say(line: str) -> None:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()

    say("ready")
    for i in range(args.first, args.first + args.count):
        kind = kind_of(i)
        say(f"begin {i} {kind}")
        if kind == "visit":
            v = services.reception.check_in(
                actor,
                VisitInput(
                    visitor_name=marker(i),
                    visitor_phone=f"139{i:08d}",
                    purpose="consult",
                    content=f"第{i}次写入：咨询物业费标准。" * 3,
                ),
            )
            row_id = v.id
        else:
            c = services.mediation.create_case(
                actor,
                CaseInput(
                    source="application",
                    dispute_type="neighbour",
                    facts=f"{marker(i)}：楼上卫生间漏水，损坏楼下吊顶。",
                    claims="赔偿维修费2000元。",
                    parties=(
                        PartyInput("applicant", "张三", phone="13812345678", address="龙蟠里3幢502"),
                        PartyInput("respondent", "李四", phone="13987654321", address="龙蟠里3幢602"),
                    ),
                    consent="agreed",
                ),
            )
            row_id = c.case.id
        say(f"done {i} {kind} {row_id}")
        if args.backup_every and (i + 1) % args.backup_every == 0:
            say(f"backup {services.backups.back_up(admin).made.path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
