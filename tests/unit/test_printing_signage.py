"""Signage at real size, tiled sheets that reassemble into the sign, wall charts, staff photos, the config."""

from __future__ import annotations

import io
import tomllib
from dataclasses import asdict, replace
from pathlib import Path

import pytest
import tomli_w
from PIL import Image, ImageChops, ImageDraw, ImageStat
from pypdf import PdfReader

from desktop.printing import charts, registry, signage
from desktop.printing.context import RenderContext
from desktop.printing.fonts import FontError, missing_glyphs, typeface
from desktop.printing.photos import PHOTO_H, PHOTO_W, photo_jpeg
from desktop.printing.signage_config import SignageConfig, StaffEntry
from desktop.printing.texts import DUTIES_CHART, RULES_CHART
from tests.unit.test_printing_support import COMMUNITY, fonts, page_sizes_mm, pdf_text, raster

CFG = SignageConfig.for_community(COMMUNITY)


def _render(key: str, cfg: SignageConfig = CFG, media: str = "") -> bytes:
    return registry.get(key).render(RenderContext(COMMUNITY, signage=cfg, media=media))


def _pixels(im: Image.Image):
    return im.get_flattened_data() if hasattr(im, "get_flattened_data") else im.getdata()


def _reddish(im: Image.Image) -> int:
    return sum(1 for r, g, b in _pixels(im) if r > 150 and g < 90 and b < 90)


def test_given_the_defaults_then_they_come_from_the_community():
    assert CFG.centre_name == "华侨路社区综治中心" and CFG.phone == "025-83216789"
    assert CFG.address == COMMUNITY.address and CFG.rooms == ["群众接待室", "矛盾纠纷调处室", "视频监控室"]
    assert (CFG.door_width_mm, CFG.door_height_mm) == (300, 120)


def test_given_the_centre_plate_then_it_prints_at_real_size_red_on_white_with_the_font_embedded():
    pdf = _render("sign_centre_plate")
    assert page_sizes_mm(pdf) == [(1200, 400)]
    assert "华侨路社区综治中心" in pdf_text(pdf)
    assert all(f.embedded for f in fonts(pdf)) and fonts(pdf)
    im = raster(pdf, 4)
    assert im.getpixel((1, im.height // 2)) == (255, 255, 255) and _reddish(im) > 50


def test_given_a_vertical_black_plate_then_the_page_is_tall_and_no_character_is_red():
    cfg = replace(
        CFG, plate_orientation="vertical", plate_width_mm=400, plate_height_mm=1600, plate_ink="black"
    )
    pdf = _render("sign_centre_plate", cfg.validated())
    assert page_sizes_mm(pdf) == [(400, 1600)]
    assert "华侨路社区综治中心" in pdf_text(pdf)
    im = raster(pdf, 4)
    assert _reddish(im) == 0 and min(sum(p) for p in _pixels(im)) < 200


def test_given_rooms_then_one_door_plate_each_at_30_by_12_cm():
    cfg = replace(CFG, rooms=[*CFG.rooms, "心理咨询室"])
    pdf = _render("sign_door_plates", cfg)
    assert page_sizes_mm(pdf) == [(300, 120)] * 4
    text = pdf_text(pdf)
    for room in cfg.rooms:
        assert room in text
    assert text.count("华侨路社区综治中心") == 4


def test_given_a_plate_larger_than_a4_then_tiles_overlap_carry_labels_and_reassemble_into_the_sign():
    """Rendered at 25.4 dpi one pixel is one millimetre: paste each tile where its label says, compare."""
    cfg = replace(CFG, plate_width_mm=500, plate_height_mm=300, overlap_mm=10)
    real = _render("sign_centre_plate", cfg, "real")
    tiled = _render("sign_centre_plate", cfg, "A4")
    plan = signage.tile_plan(500, 300, "A4", 10)
    sizes = page_sizes_mm(tiled)
    assert len(sizes) == plan.rows * plan.cols > 1
    assert set(sizes) <= {(210, 297), (297, 210)}
    text = pdf_text(tiled)
    assert f"第1行第1列（共{plan.rows}行{plan.cols}列）" in text and "对齐相邻张的虚线后粘贴" in text
    # neighbours share the overlap
    t = plan.tiles
    assert t[1].x_mm == t[0].x_mm + t[0].width_mm - 10
    whole = raster(real, 25.4).convert("L").crop((0, 0, 500, 300))
    pasted = Image.new("L", (500, 300), 128)
    m = int(signage.MARGIN_MM)
    for i, tile in enumerate(plan.tiles, 1):
        sheet = raster(tiled, 25.4, i).convert("L")
        w, h = int(tile.width_mm), int(tile.height_mm)
        pasted.paste(sheet.crop((m, m, m + w, m + h)), (int(tile.x_mm), int(tile.y_mm)))
    diff = ImageChops.difference(whole, pasted)
    assert ImageStat.Stat(diff).mean[0] < 2.0
    assert sum(1 for v in _pixels(diff) if v > 64) < 0.005 * 500 * 300


def test_given_a_door_plate_on_a3_then_one_sheet_with_cut_marks():
    pdf = _render("sign_door_plates", replace(CFG, rooms=["群众接待室"]), "A3")
    assert page_sizes_mm(pdf) in ([(297, 420)], [(420, 297)])
    assert "沿四角裁切线裁切" in pdf_text(pdf) and "群众接待室" in pdf_text(pdf)


def test_given_a_plate_beyond_what_pdf_pages_allow_then_it_asks_for_tiling():
    cfg = replace(CFG, plate_width_mm=6000)
    with pytest.raises(ValueError, match="拼接"):
        _render("sign_centre_plate", cfg, "real")
    assert len(page_sizes_mm(_render("sign_centre_plate", cfg, "A3"))) > 10


@pytest.mark.parametrize("paper,size", [("A3", (297, 420)), ("A4", (210, 297))])
def test_given_wall_charts_then_portrait_pages_with_their_content(paper, size):
    cfg = replace(CFG, chart_paper=paper, staff=[StaffEntry("王建国", "中心主任", "13812345678")])
    duties = pdf_text(_render("chart_duties", cfg))
    assert all(title in duties for title, _ in DUTIES_CHART) and len(DUTIES_CHART) == 8
    rules = pdf_text(_render("chart_rules", cfg))
    assert "零报告" in rules and "每周召开碰头会" in rules and all(t in rules for t, _ in RULES_CHART)
    notice = pdf_text(_render("chart_reception_notice", cfg))
    for part in (
        "网上信访渠道",
        "通信地址",
        COMMUNITY.address,
        "咨询投诉电话",
        "025-83216789",
        "接待时间",
        "周一至周五8:30—17:30",
        "查询办理进展和结果的方式",
        "代表人数不超过5人",
    ):
        assert part in notice, part
    for key in ("chart_duties", "chart_rules", "chart_staff", "chart_reception_notice"):
        pdf = _render(key, cfg)
        assert set(page_sizes_mm(pdf)) == {size}
        assert fonts(pdf) and all(f.embedded for f in fonts(pdf))
        assert not missing_glyphs(pdf_text(pdf))


@pytest.fixture
def photos(tmp_path) -> dict[str, Path]:
    # a portrait stored sideways, as phones do, with EXIF orientation 6 (turn 90° clockwise to show)
    sideways = Image.new("RGB", (600, 400), "#3060c0")
    ImageDraw.Draw(sideways).rectangle((0, 0, 200, 400), fill="#f0c080")  # the head: the left of the file
    exif = Image.Exif()
    exif[0x0112] = 6
    sideways.save(tmp_path / "rotated.jpg", exif=exif.tobytes())
    see_through = Image.new("RGBA", (300, 300), (0, 0, 0, 0))
    ImageDraw.Draw(see_through).ellipse((100, 40, 200, 140), fill=(200, 40, 40, 255))
    see_through.save(tmp_path / "alpha.png")
    Image.new("RGB", (1600, 500), "#20a020").save(tmp_path / "wide.webp")
    (tmp_path / "broken.jpg").write_bytes(b"not a picture")
    return {p.stem: p for p in tmp_path.iterdir()}


def test_given_photos_in_any_format_then_id_ratio_upright_on_white(photos):
    rotated = Image.open(io.BytesIO(photo_jpeg(str(photos["rotated"]))))
    assert rotated.size == (PHOTO_W, PHOTO_H)
    top, bottom = rotated.getpixel((179, 20)), rotated.getpixel((179, 420))
    assert top[0] > 200 and bottom[2] > 150, "EXIF orientation honoured: the head is at the top"
    alpha = Image.open(io.BytesIO(photo_jpeg(str(photos["alpha"]))))
    assert alpha.getpixel((5, 5))[0] > 240 and alpha.getpixel((5, 5))[1] > 240, "transparency becomes white"
    wide = Image.open(io.BytesIO(photo_jpeg(str(photos["wide"]))))
    assert wide.size == (PHOTO_W, PHOTO_H) and wide.getpixel((10, 10))[1] > 120
    assert photo_jpeg(str(photos["broken"])) is None and photo_jpeg("/no/such/photo.jpg") is None
    assert photo_jpeg("") is None


def test_given_staff_with_and_without_photos_then_the_chart_shows_everyone(photos):
    staff = [
        StaffEntry("王建国", "中心主任", "13812345678", str(photos["rotated"])),
        StaffEntry("欧阳娜娜", "副主任（社区民警）", "13900001111", str(photos["alpha"])),
        StaffEntry("李四", "专职调解员", "", str(photos["broken"])),
        StaffEntry("张三丰", "网格员", "13700002222", "/missing.jpg"),
    ]
    pdf = _render("chart_staff", replace(CFG, staff=staff))
    text = pdf_text(pdf)
    for s in staff:
        assert s.name in text and s.role in text
    assert "电话：13812345678" in text and "电话：13700002222" in text
    assert len(PdfReader(io.BytesIO(pdf)).pages[0].images) == 2  # two pictures; two placeholders drawn


def test_given_forty_people_then_the_staff_chart_runs_onto_more_pages():
    staff = [StaffEntry(f"人员{i:02d}", "网格员", "13700002222") for i in range(40)]
    pdf = _render("chart_staff", replace(CFG, staff=staff, chart_paper="A4"))
    pages = len(page_sizes_mm(pdf))
    assert pages >= 2 and all(f"人员{i:02d}" in pdf_text(pdf) for i in range(40))


def test_given_a_stored_table_then_the_config_reads_back_and_bad_values_keep_the_defaults(tmp_path):
    cfg = replace(
        CFG, staff=[StaffEntry("王建国", "中心主任", "1", "/p.jpg")], rooms=["群众接待室", "警务室"]
    )
    path = tmp_path / "config.toml"
    path.write_text(tomli_w.dumps({"signage": asdict(cfg)}), encoding="utf-8")
    back = SignageConfig.from_dict(tomllib.loads(path.read_text(encoding="utf-8"))["signage"])
    assert back == cfg.validated()
    mixed = SignageConfig.from_dict(
        {"plate_ink": "#12", "plate_width_mm": "900", "unknown": 1, "door_ink": "红"}, CFG
    )
    assert mixed.plate_ink == CFG.plate_ink and mixed.plate_width_mm == 900 and mixed.door_ink == "#C8161D"
    with pytest.raises(ValueError, match="颜色"):
        replace(CFG, plate_ground="pink").validated()


def test_given_a_font_file_that_cannot_be_embedded_then_a_plain_error(tmp_path):
    bad = tmp_path / "notafont.ttf"
    bad.write_bytes(b"\0" * 64)
    with pytest.raises(FontError):
        typeface(str(bad))
    with pytest.raises(FontError, match="不存在"):
        typeface(str(tmp_path / "missing.ttf"))
    assert typeface("") == typeface(None)


def test_given_the_staff_chart_module_then_it_draws_without_the_registry():
    assert charts.staff_chart(replace(CFG, staff=[])).startswith(b"%PDF")
