"""Changes as data: a write reports what it committed, by kind and id, without anyone naming it by hand."""

from __future__ import annotations

import pytest

from desktop.changes import Changes, Kind, collect
from desktop.services.core.errors import ValidationError
from desktop.services.core.id_numbers import check_digit
from desktop.services.reception.dto import VisitInput
from desktop.services.residents.resident_service import validate_person
from tests.conftest import make_actor

ZHANG = "32010219800307123" + check_digit("32010219800307123")


@pytest.fixture
def clerk(services):
    return make_actor(services, "qiantai", "王丽", "reception")


def test_given_a_check_in_when_it_commits_then_the_visit_and_the_visitor_are_reported(services, clerk):
    person = services.residents.create_person(clerk, validate_person({"name": "张伟", "id_number": ZHANG}))
    with collect() as rec:
        v = services.reception.check_in(clerk, VisitInput(person_id=person.id, purpose="consult"))
    assert rec.changes.of(Kind.VISIT) == {v.id}
    assert rec.changes.of(Kind.PERSON) == {person.id}
    assert Kind.CASE not in rec.changes


def test_given_a_visit_handed_to_mediation_then_the_new_case_is_reported_with_the_visit(services, clerk):
    person = services.residents.create_person(clerk, validate_person({"name": "张伟", "id_number": ZHANG}))
    v = services.reception.check_in(
        clerk, VisitInput(person_id=person.id, purpose="mediation", content="楼上漏水")
    )
    with collect() as rec:
        d = services.reception.hand_to_mediation(
            clerk, v.id, v.version, facts="楼上漏水", dispute_type="neighbour"
        )
    assert rec.changes.of(Kind.VISIT) == {v.id}
    assert rec.changes.of(Kind.CASE) == {d.dispute_case_id}


def test_given_a_write_that_is_refused_then_nothing_is_reported(services, clerk):
    with collect() as rec, pytest.raises(ValidationError):
        services.residents.create_person(clerk, validate_person({"name": "", "id_number": ZHANG}))
    assert rec.changes == Changes()
    assert not rec.changes


def test_given_a_bulk_import_then_people_are_reported_without_ids(services, admin):
    police = make_actor(services, "minjing", "张警官", "police")
    with collect() as rec:
        services.residents.bulk_insert(police, [validate_person({"name": "李娜", "id_number": ZHANG})])
    assert Kind.PERSON in rec.changes and rec.changes.of(Kind.PERSON) == frozenset()


def test_given_writes_outside_a_collector_then_they_are_not_reported_anywhere(services, clerk):
    services.residents.create_person(clerk, validate_person({"name": "张伟", "id_number": ZHANG}))
    with collect() as rec:
        pass
    assert not rec.changes


def test_changes_merge_and_answer_by_kind():
    a = Changes({Kind.CASE: frozenset({1})})
    b = Changes({Kind.CASE: frozenset({2}), Kind.VISIT: frozenset()})
    merged = a | b
    assert merged.of(Kind.CASE) == {1, 2} and merged.touches(Kind.VISIT) and not merged.touches(Kind.PETITION)
