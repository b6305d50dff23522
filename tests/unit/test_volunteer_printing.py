"""The volunteers' paper, read back as a person would check it: the 志愿服务证明 with its number, the roster with
hours and stars, and the card whose QR code a scanner reads as the volunteer number (decoded here by zxing-cpp from
the page as pdftoppm draws it)."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
import zxingcpp
from PIL import Image

from desktop.services.volunteers.dto import ActivityInput, VolunteerInput
from desktop.services.volunteers.volunteer_service import VolunteerService
from tests.conftest import make_actor
from tests.unit.test_printing_support import page_sizes_mm, pdf_text, raster
from tests.unit.test_volunteer_service import TODAY, Now, at, person

pytestmark = pytest.mark.parametrize("set_up_url", ["sqlite"], indirect=True)


@pytest.fixture
def room(services):
    vs = VolunteerService(services.sessions, services.residents, now=Now(at(TODAY, 9)))
    return (
        vs,
        make_actor(services, "desk", "王丽", "reception"),
        make_actor(services, "zhuren", "李红梅", "director"),
    )


def _photo() -> bytes:
    img = Image.new("RGB", (300, 400), "#3366aa")
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def _enrol(services, room, name: str, **kw) -> int:
    vs, desk, _d = room
    pid = person(services, desk, name)
    return vs.enrol(desk, VolunteerInput(team="patrol", **kw), person_id=pid).id


def _codes(img: Image.Image) -> list[str]:
    return sorted(r.text for r in zxingcpp.read_barcodes(img) if r.format == zxingcpp.BarcodeFormat.QRCode)


def test_given_a_certificate_issued_then_its_pdf_reads_back_the_number_the_record_and_who_signs(
    services, room
):
    vs, desk, director = room
    vid = _enrol(services, room, "王小五")
    day = TODAY - timedelta(days=3)
    a = vs.create_activity(
        desk, ActivityInput("平安巡逻", "patrol", "龙蟠里小区", at(day, 19), at(day, 21, 30), 5)
    )
    row = vs.enter_hours(desk, a.shifts[0].id, vid, "2.5")
    vs.approve(director, [(row.id, row.version)])
    cert = vs.issue_certificate(
        desk,
        vid,
        date(2026, 1, 1),
        TODAY,
        person_in_charge="李红梅",
        handler_phone="025-84561234",
        purpose="升学",
    )
    doc = services.printing.render_document(desk, "volunteer_certificate", cert.id)
    text = pdf_text(doc.pdf)
    for part in (
        "编号：ZYZM2026-0001",
        "兹证明王小五（居民身份证：3201**********",
        "志愿者编号：ZY0000001",
        "自2026年1月1日至2026年9月15日",
        "累计志愿服务时长2.5小时（不含往返交通时间）",
        "平安巡逻",
        "龙蟠里小区",
        "本证明用于升学。",
        "负责人：李红梅",
        "经办人：王丽",
        "联系电话：025-84561234",
        "华侨路社区综治中心（盖章）",
    ):
        assert part in text, part
    assert set(page_sizes_mm(doc.pdf)) == {(210, 297)}
    # And a reprint says the same number; a later service does not change what was certified
    later = vs.create_activity(
        desk, ActivityInput("禁毒宣传", "publicity", "广场", at(TODAY, 8), at(TODAY, 8, 30), 5)
    )
    more = vs.enter_hours(desk, later.shifts[0].id, vid, "0.5")
    vs.approve(director, [(more.id, more.version)])
    again = pdf_text(services.printing.render(desk, "volunteer_certificate", cert.id))
    assert "编号：ZYZM2026-0001" in again and "禁毒宣传" not in again and "2.5小时" in again


def test_given_the_roster_then_it_prints_hours_and_star_levels_with_phones_masked(services, room):
    vs, desk, _d = room
    _enrol(services, room, "欧阳娜娜")
    text = pdf_text(services.printing.render(desk, "volunteer_roster"))
    assert "平安志愿者花名册" in text and "欧阳娜娜" in text and "ZY0000001" in text and "治安巡逻队" in text


def test_given_a_volunteer_card_then_it_is_credit_card_size_and_its_qr_code_decodes_to_the_volunteer_number(
    services, room
):
    vs, desk, _d = room
    vid = _enrol(services, room, "郑爽", volunteer_no="32010620240017")
    v = vs.get_volunteer(desk, vid)
    vs.set_photo(desk, vid, v.version, "photo.png", _photo())
    pdf = services.printing.render(desk, "volunteer_card", vid)
    assert page_sizes_mm(pdf) == [(86, 54)]  # 85.6 × 53.98 mm, ISO/IEC 7810 ID-1
    text = pdf_text(pdf)
    assert "平安志愿者" in text and "郑爽" in text and "治安巡逻队" in text and "32010620240017" in text
    page = raster(pdf, 300)
    assert _codes(page) == ["32010620240017"]
    # And the photo is on it: the photo's blue stands where the photo goes (left, under the red band)
    w, h = page.size
    assert page.convert("RGB").getpixel((int(w * 0.16), int(h * 0.5))) == pytest.approx(
        (51, 102, 170), abs=12
    )


def test_given_eleven_volunteers_then_the_sheet_puts_ten_to_an_a4_page_with_cut_marks_and_every_qr_reads(
    services, room
):
    vs, desk, _d = room
    ids = [_enrol(services, room, f"队员{i:02d}") for i in range(11)]
    data = vs.card_sheet(desk, ids)
    doc = services.printing.render_document(desk, "volunteer_card_sheet", data=data)
    assert page_sizes_mm(doc.pdf) == [(210, 297), (210, 297)]
    first, second = raster(doc.pdf, 200, 1), raster(doc.pdf, 200, 2)
    assert _codes(first) == [f"ZY{i:07d}" for i in range(1, 11)]
    assert _codes(second) == ["ZY0000011"]
    # Cut marks: the cutting line between the two columns (x = 105 mm) is marked in the top margin (8-12 mm),
    # where nothing else is drawn, and the margin beside it stays white
    px = 200 / 25.4
    grey = first.convert("L")

    def darkest(x_mm: float, y_mm: float) -> int:  # a hairline falls on one pixel or its neighbour
        x, y = round(x_mm * px), round(y_mm * px)
        return min(grey.getpixel((x + dx, y)) for dx in (-2, -1, 0, 1, 2))

    assert max(darkest(105, y) for y in (8, 9, 10, 11)) < 160
    assert min(darkest(100, y) for y in (8, 9, 10, 11)) > 240
