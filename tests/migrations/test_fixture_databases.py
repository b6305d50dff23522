"""Databases left by earlier releases (tests/fixtures/databases, one per landed revision) upgrade to head
and keep every row: the program opens them as its users will."""

from __future__ import annotations

import shutil

import pytest
from alembic import command
from sqlalchemy import select

from desktop.db import alembic_config, make_engine, schema_status, upgrade
from desktop.models import CalendarDay, CaseParty, DisputeCase, Person, Petition, Petitioner, Visit
from tests.fixtures.make_revision_databases import PASSWORD, REVISIONS, path


def test_given_the_fixtures_then_there_is_one_per_revision_up_to_head():
    assert [p.name for p in sorted(path("0001").parent.glob("*.sqlite3"))] == [
        path(r).name for r in REVISIONS
    ]
    assert all(path(r).stat().st_size < 1024 * 1024 for r in REVISIONS)
    head = make_engine(f"sqlite:///{path(REVISIONS[-1])}")
    try:
        status = schema_status(head)
        assert status.current == status.head == REVISIONS[-1], (
            "a new revision brings its fixture: add it to REVISIONS in tests/fixtures/make_revision_databases.py "
            "and run `.venv/bin/python -m tests.fixtures.make_revision_databases`"
        )
    finally:
        head.dispose()


@pytest.mark.parametrize("revision", REVISIONS)
def test_given_a_database_of_an_earlier_release_when_upgraded_then_its_rows_survive_and_are_found(
    revision, tmp_path, _data_dir
):
    from desktop.services.container import Services

    # Given the database a release at this revision left behind
    db = tmp_path / "zongzhi.sqlite3"
    shutil.copyfile(path(revision), db)
    engine = make_engine(f"sqlite:///{db}")
    assert schema_status(engine).current == revision
    # When the program upgrades it
    backup = upgrade(engine)
    # Then it is at head, a dated copy of the old one was kept, and the schema is the models' own
    assert schema_status(engine).up_to_date
    assert (backup is None) == (revision == REVISIONS[-1])
    with engine.begin() as conn:
        cfg = alembic_config(engine)
        cfg.attributes["connection"] = conn
        command.check(cfg)
    # And the director signs in with her password and sees her centre
    svc = Services.build(engine)
    director = svc.auth.login("zhuren", PASSWORD).actor()
    assert svc.auth.community().name == "华侨路社区"
    # And the residents are found by initials and by part of their address (keys backfilled on the way)
    assert [r.name for r in svc.residents.search(director, "zw")] == ["张伟"]
    assert sorted(r.name for r in svc.residents.search(director, "花园3幢302")) == ["张伟", "李娜"]
    assert sorted(r.name for r in svc.residents.search(director, "阳光小区5幢")) == ["王建国"]
    zhang = svc.residents.get_person(director, 1)
    assert (zhang.birth_date.isoformat(), zhang.sex, zhang.households[0].relation_code) == (
        "1980-03-07",
        "1",
        "02",
    )
    # And the visit, the case with both parties and the petition are there as they were written
    with svc.sessions() as s:
        assert s.scalars(select(Visit.content)).all() == ["咨询居住证办理"]
        case = s.scalars(select(DisputeCase)).one()
        assert (case.case_no, case.status, case.due_on.isoformat()) == (
            "（2026）华侨人调字第1号",
            "mediating",
            "2026-03-31",
        )
        assert s.scalars(select(CaseParty.name).order_by(CaseParty.id)).all() == ["张伟", "王建国"]
        assert s.scalars(select(Petition.request)).all() == ["增设小区路灯"]
        petitioners = s.scalars(select(Petitioner.name)).all()
        assert petitioners == (["李娜"] if revision >= "0003" else [])
        days = s.scalars(select(CalendarDay.note)).all()
        assert days == (["国庆调休上班"] if revision >= "0003" else [])
        assert s.scalar(select(Person.name).where(Person.id == 3)) == "王建国"
    # And the audit trail is whole: the five entries of the old release and today's sign-in
    verdict = svc.audit.verify(director)
    assert verdict.ok and verdict.checked == 6
    engine.dispose()
