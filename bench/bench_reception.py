"""Time the reception desk on the demo community: the lookup as the desk types (each keystroke is a query), a
check-in, the on-site list, the day's log, the petition queues and the badge count.

    python bench/bench_reception.py                   # scale 1 (~8,000 residents) into a temporary SQLite file
    python bench/bench_reception.py --scale 25        # ~200,000 residents
    python bench/bench_reception.py --db postgresql+psycopg://user@host/empty_db

The database must be empty; it is migrated and filled with the demo community first. Not part of the test run.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select  # noqa: E402

from desktop import demo  # noqa: E402
from desktop.db import make_engine, make_sessions, upgrade  # noqa: E402
from desktop.models import Person, StaffUser  # noqa: E402
from desktop.services.core.dto import Actor  # noqa: E402
from desktop.services.reception.dto import VisitInput  # noqa: E402
from desktop.services.reception.petition_dto import PetitionFilter  # noqa: E402
from desktop.services.reception.petition_service import PetitionService  # noqa: E402
from desktop.services.reception.reception_service import ReceptionService  # noqa: E402
from desktop.services.residents.resident_service import ResidentService  # noqa: E402


def timed(fn, repeat: int = 20) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--db", help="SQLAlchemy URL of an empty database (default: a temporary SQLite file)")
    args = parser.parse_args(argv)
    tmp = None
    url = args.db
    if not url:
        tmp = tempfile.TemporaryDirectory(prefix="bench-reception-")
        url = f"sqlite:///{Path(tmp.name) / 'demo.sqlite3'}"
    engine = make_engine(url)
    upgrade(engine, make_backup=False)
    t0 = time.perf_counter()
    demo.generate(engine, scale=args.scale)
    print(f"demo community at scale {args.scale:g}: {time.perf_counter() - t0:.1f} s")
    sessions = make_sessions(engine)
    with sessions() as s:
        u = s.scalar(select(StaffUser).where(StaffUser.role == "reception"))
        actor = Actor(u.id, u.username, u.full_name, u.role)
        person = s.scalar(select(Person).where(Person.phone.is_not(None)).order_by(Person.id).limit(1))
    petitions = PetitionService(sessions)
    desk = ReceptionService(sessions, ResidentService(sessions), petitions)
    # what the desk types, keystroke by keystroke: the last digits of a phone, an ID number, a name
    for label, text in (
        ("phone, last 4 digits", person.phone[-4:]),
        ("phone, 11 digits", person.phone),
        ("ID number, 18", person.id_number),
        ("name", person.name),
    ):
        ms, rows = timed(lambda text=text: desk.lookup(actor, text))
        print(f"lookup {label:<22} {ms:7.1f} ms median  ({len(rows)} matches)")
    ms, _ = timed(lambda: desk.check_in(actor, VisitInput(person_id=person.id, purpose="consult")), repeat=5)
    print(f"check-in                      {ms:7.1f} ms median")
    ms, rows = timed(lambda: desk.on_site(actor))
    print(f"on-site list                  {ms:7.1f} ms median  ({len(rows)} visits)")
    ms, rows = timed(lambda: desk.visits_of_day(actor))
    print(f"visits of the day             {ms:7.1f} ms median  ({len(rows)} visits)")
    for queue in ("open", "overdue", "all"):
        ms, rows = timed(lambda queue=queue: petitions.petitions(actor, PetitionFilter(queue)))
        print(f"petitions, queue {queue:<12} {ms:7.1f} ms median  ({len(rows)} rows)")
    ms, counts = timed(lambda: petitions.deadline_counts(actor))
    print(f"badge count                   {ms:7.1f} ms median  ({counts})")
    engine.dispose()
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
