"""公共安全治理: the units of the area and their hazards, from finding to closure; overdue corrections listed; a unit's
history as one timeline."""

# ruff: noqa: F811 - the fixtures are imported from rhythm_support and named as test arguments

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from PIL import Image

from desktop.services.core.errors import PermissionDenied, ValidationError
from desktop.services.rhythm.dto import HazardInput, UnitInput
from tests.unit.rhythm_support import TODAY, clock, grids, others, room, staff  # noqa: F401 - fixtures


def jpeg(colour: str) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (32, 24), colour).save(buf, "JPEG")
    return buf.getvalue()


def unit(room, actor, grid_id, name="侨园幼儿园", kind="school", key=True, **kw):
    inp = UnitInput(
        name=name,
        kind=kind,
        key_unit=key,
        contact_name=kw.pop("contact_name", "赵园长"),
        contact_phone=kw.pop("contact_phone", "025-86612000"),
        address=kw.pop("address", "侨园新村12号"),
        grid_id=grid_id,
    )
    return room.safety.create_unit(actor, inp)


def hazard(unit_id=None, found_on=TODAY - timedelta(days=10), correct_by=TODAY - timedelta(days=2), **kw):
    return HazardInput(
        kind=kw.pop("kind", "fire"),
        severity=kw.pop("severity", "major"),
        place=kw.pop("place", ""),
        description=kw.pop("description", "厨房灭火器过期"),
        found_on=found_on,
        found_by=kw.pop("found_by", "王丽"),
        correct_by=correct_by,
        unit_id=unit_id,
        **kw,
    )


def test_given_units_then_the_key_units_come_first_with_their_open_and_overdue_hazards(
    services, room, staff, grids
):
    clerk = staff["reception"]
    shop = unit(
        room, clerk, grids[0].id, name="华新便利店", kind="shop", key=False, contact_phone="13812340000"
    )
    school = unit(room, clerk, grids[0].id)
    room.safety.create_hazard(clerk, hazard(school.id))
    rows = room.safety.units(clerk)
    assert [u.name for u in rows] == ["侨园幼儿园", "华新便利店"]
    assert (rows[0].open_hazards, rows[0].overdue_hazards, rows[0].grid_name) == (1, 1, "第一网格")
    assert rows[1].id == shop.id and room.safety.units(clerk, key_only=True)[0].id == school.id
    assert [u.name for u in room.safety.units(clerk, text="便利")] == ["华新便利店"]
    with pytest.raises(ValidationError) as e:
        unit(room, clerk, grids[0].id, name="坏号码", contact_phone="12345")
    assert e.value.field == "contact_phone"
    with pytest.raises(PermissionDenied):
        unit(room, staff["mediator"], grids[0].id)


def test_given_a_hazard_then_told_reinspected_corrected_and_closed_with_photos_and_overdue_meanwhile(
    services, room, staff, grids, clock
):
    clerk = staff["reception"]
    school = unit(room, clerk, grids[0].id)
    h = room.safety.create_hazard(clerk, hazard(school.id, correct_by=TODAY + timedelta(days=5))).row
    assert (h.place, h.grid_name, h.status) == ("侨园新村12号", "第一网格", "open")  # the unit's address
    room.safety.add_photo(clerk, h.id, "found", "发现.jpg", jpeg("red"))
    d = room.safety.tell(
        clerk, h.id, h.version, "侨园幼儿园", TODAY - timedelta(days=9), TODAY - timedelta(days=1)
    )
    assert [x.id for x in room.safety.overdue(clerk)] == [h.id]
    assert room.safety.overdue(clerk)[0].overdue_days == 1
    with pytest.raises(ValidationError) as e:
        room.safety.close(clerk, h.id, d.row.version, on=TODAY, note="已整改")
    assert e.value.code == "not_corrected"
    d = room.safety.reinspect(
        clerk,
        h.id,
        d.row.version,
        on=TODAY,
        inspector="张警官",
        corrected=False,
        note="仍未更换",
        new_correct_by=TODAY + timedelta(days=7),
    )
    assert room.safety.overdue(clerk) == [] and d.row.correct_by == TODAY + timedelta(days=7)
    clock.day = TODAY + timedelta(days=6)
    d = room.safety.reinspect(
        clerk, h.id, d.row.version, on=clock.day, inspector="王丽", corrected=True, note="已更换"
    )
    room.safety.add_photo(clerk, h.id, "inspection", "复查.jpg", jpeg("green"))
    d = room.safety.close(clerk, h.id, d.row.version, on=clock.day, note="复查合格，销号")
    room.safety.add_photo(clerk, h.id, "closure", "销号.jpg", jpeg("blue"))
    d = room.safety.get_hazard(clerk, h.id)
    assert (d.row.status, d.row.closed_on, d.closing_note) == ("closed", clock.day, "复查合格，销号")
    assert [(i.inspector, i.corrected) for i in d.inspections] == [("张警官", False), ("王丽", True)]
    assert [p.category for p in d.photos] == ["found", "inspection", "closure"]
    assert room.safety.hazards(clerk, status="closed")[0].id == h.id


def test_given_a_unit_then_its_history_is_one_timeline_newest_first(services, room, staff, grids, clock):
    clerk = staff["reception"]
    school = unit(room, clerk, grids[0].id)
    h = room.safety.create_hazard(
        clerk, hazard(school.id, told_body="侨园幼儿园", told_on=TODAY - timedelta(days=9))
    ).row
    d = room.safety.reinspect(clerk, h.id, h.version, on=TODAY, inspector="张警官", corrected=True)
    room.safety.close(clerk, h.id, d.row.version, on=TODAY, note="销号")
    events = room.safety.unit_history(clerk, school.id)
    assert [e.kind for e in events] == ["closed", "inspection", "unit", "told", "hazard"]
    assert events[-1].title == "发现重大隐患：消防安全"
    assert events[1].title == "复查：已整改（张警官）"


def test_given_bad_hazards_then_refused_at_their_field(services, room, staff):
    clerk = staff["reception"]
    for inp, field in [
        (hazard(kind="flood", place="x"), "kind"),
        (hazard(severity="huge", place="x"), "severity"),
        (hazard(place=""), "place"),
        (hazard(place="x", found_on=TODAY + timedelta(days=1)), "found_on"),
        (hazard(place="x", correct_by=TODAY - timedelta(days=20)), "correct_by"),
    ]:
        with pytest.raises(ValidationError) as e:
            room.safety.create_hazard(clerk, inp)
        assert e.value.field == field
    h = room.safety.create_hazard(clerk, hazard(place="华新巷8号")).row
    room.safety.void_hazard(clerk, h.id, h.version, "重复登记")
    assert room.safety.hazards(clerk) == []
