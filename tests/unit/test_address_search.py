"""The address part of the search box, typed the ways people type addresses, on both engines."""

from __future__ import annotations

import pytest
from alembic import command

from desktop.db import alembic_config
from desktop.services.core.id_numbers import check_digit
from desktop.services.residents.resident_service import validate_person
from tests.conftest import make_actor

# building, unit, room -> who lives there
HOMES = [
    ("侨鸿花园3幢", "1单元", "302", "张三"),
    ("侨鸿花园13幢", "1单元", "302", "李四"),
    ("侨鸿花园3幢", "2单元", "302", "王五"),
    ("阳光小区3幢", "1单元", "1302", "赵六"),
    ("阳光小区5幢", "1单元", "302", "钱七"),
    ("金鹰A座", "", "101", "孙八"),
]


@pytest.fixture
def clerk(services):
    return make_actor(services, "zhuren", "李红梅", "director")


@pytest.fixture
def homes(services, clerk):
    grid = services.addresses.create_grid(clerk, "WG001", "第一网格")
    for n, (building, unit, room, name) in enumerate(HOMES):
        addr = services.addresses.create_address(clerk, grid.id, building, unit, room)
        first17 = f"32010219800307{n:02d}1"
        data = {"name": name, "id_number": first17 + check_digit(first17), "address_id": addr.id}
        services.residents.create_person(clerk, validate_person(data))


CASES = [
    ("侨鸿花园3幢302", ["张三", "王五"]),  # the whole building name and the room
    ("花园3幢302", ["张三", "王五"]),  # without the start of the compound's name
    ("3幢302", ["张三", "李四", "王五"]),  # building number and room; 13幢 holds a 3幢 too
    ("3幢2单元30", ["王五"]),  # with the unit, the room still being typed
    ("鸿花园", ["张三", "李四", "王五"]),  # part of a compound's name
    ("小区3幢13", ["赵六"]),  # room 1302, not 302
    ("鹰a座101", ["孙八"]),  # letters in any case
    ("花园7幢302", []),
]


@pytest.mark.parametrize(("query", "expected"), CASES)
def test_given_addresses_when_part_of_one_is_typed_then_the_people_living_there(
    services, clerk, homes, query, expected
):
    found = [r.name for r in services.residents.search(clerk, query)]
    assert sorted(found) == sorted(expected)


@pytest.mark.parametrize(("query", "expected"), CASES)
def test_given_only_the_building_name_index_then_the_same_people(services, clerk, homes, query, expected):
    # the address bigram table is the slow path for odd fragments ('单元501'); every case above is served
    # without it: by the building + room index, a building-name prefix, or the building-name bigrams
    with services.sessions.begin() as s:
        s.connection().exec_driver_sql("DELETE FROM address_gram")
    found = [r.name for r in services.residents.search(clerk, query)]
    assert sorted(found) == sorted(expected)


def test_given_addresses_from_before_building_grams_when_upgraded_then_found_by_part(services, clerk, homes):
    # Given a database whose addresses were written before revision 0005 (downgrade drops the table)
    engine = services.sessions.kw["bind"]
    for target, fn in (("0004", command.downgrade), ("head", command.upgrade)):
        with engine.begin() as conn:
            cfg = alembic_config(engine)
            cfg.attributes["connection"] = conn
            fn(cfg, target)
    # Then the upgrade filled the building-name bigrams from the addresses already there
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT building FROM building_gram WHERE gram = '3幢'").all()
    assert sorted(b for (b,) in rows) == ["侨鸿花园13幢", "侨鸿花园3幢", "阳光小区3幢"]
    assert sorted(r.name for r in services.residents.search(clerk, "花园3幢302")) == ["张三", "王五"]
