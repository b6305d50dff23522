"""What the working-rhythm tests share: staff of every role, a day that tests set, the room built over the other
rooms' services on the same clock, grids, residents and a key-group member. Imported by the test modules."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from desktop.services.core.clock import CST
from desktop.services.core.id_numbers import check_digit
from desktop.services.mediation.mediation_service import MediationService
from desktop.services.reception.petition_service import PetitionService
from desktop.services.residents.key_group_service import KeyGroupService
from desktop.services.residents.resident_service import validate_person
from desktop.services.rhythm.dto import GridReportInput, ReportPersonInput
from desktop.services.rhythm.room import RhythmRoom
from tests.conftest import Clock, make_actor

TODAY = date(2026, 3, 5)  # a Thursday; its week runs Monday 2 - Sunday 8 March, due Friday 6 March


def cid(first17: str) -> str:
    return first17 + check_digit(first17)


@pytest.fixture
def clock():
    return Clock(TODAY)


def at(day: date, hour: int = 9, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), CST)


@pytest.fixture
def staff(services):
    return {
        key: make_actor(services, username, full_name, role)
        for key, username, full_name, role in [
            ("reception", "qiantai", "王丽", "reception"),
            ("police", "minjing", "张警官", "police"),
            ("director", "zhuren", "李红梅", "director"),
            ("mediator", "tiaojie", "陈建国", "mediator"),
            ("monitor", "jiankong", "赵强", "monitor"),
        ]
    }


@pytest.fixture
def others(services, clock):
    """The other rooms' services on the test's clock (the container builds them on the real one)."""
    return {
        "key_groups": KeyGroupService(services.sessions, clock=clock),
        "petitions": PetitionService(services.sessions, clock=clock),
        "mediation": MediationService(services.sessions, services.printing, clock=clock),
    }


@pytest.fixture
def room(services, clock, others):
    return RhythmRoom.build(services.sessions, **others, clock=clock, now=lambda: at(clock.day, 16))


@pytest.fixture
def grids(services, staff):
    director = staff["director"]
    return [
        services.addresses.create_grid(director, "WG01", "第一网格", worker_id=staff["reception"].id),
        services.addresses.create_grid(director, "WG02", "第二网格"),
    ]


@pytest.fixture
def people(services, staff):
    clerk = staff["reception"]

    def person(name, number, phone):
        data = {"name": name, "id_number": number, "phone": phone}
        return services.residents.create_person(clerk, validate_person(data))

    return {
        "张伟": person("张伟", cid("32010219800307123"), "13812345678"),
        "李娜": person("李娜", cid("32010619850615242"), "13912345678"),
        "王强": person("王强", cid("32010619700101123"), "13712345678"),
    }


@pytest.fixture
def key_member(services, staff, people, others):
    """王强 in 社区矫正人员, the police officer responsible."""
    police = staff["police"]
    group = next(g for g in others["key_groups"].list_key_groups(police) if g.code == "community_correction")
    return others["key_groups"].add_membership(
        police, people["王强"].id, group.id, start_on=date(2025, 6, 1), worker_id=police.id
    )


def report(
    grid_id: int, *, kind="dispute", seen="302室与402室因漏水发生争吵", day=TODAY, hour=9, people=(), **kw
):
    return GridReportInput(
        grid_id=grid_id,
        reporter_name=kw.pop("reporter_name", "刘芳"),
        kind=kind,
        seen=seen,
        place=kw.pop("place", "侨园新村4幢"),
        reported_at=at(day, hour),
        people=tuple(ReportPersonInput(person_id=p.id) for p in people),
        **kw,
    )
