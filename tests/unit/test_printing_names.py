"""Names with characters the bundled Micro Hei lacks (CJK Extension A and B) print whole, on every document.

Before, 𠮷㛃明 printed as "明" after two blanks: on a signed 人民调解协议书 a party was half a name. Now each
character is drawn in the first font holding it (Micro Hei, then the Hanazono name fonts); read back from
the PDF, seen as ink where the layout put it, and a character in no font is refused, naming it.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, date, datetime

import pytest
import tomli_w
from reportlab.lib.units import mm

from desktop import print_commands
from desktop.cli import build_parser
from desktop.printing import fonts as printing_fonts
from desktop.printing import layout, registry
from desktop.printing.context import RenderContext
from desktop.printing.fonts import FONT, missing_glyphs, text_width
from desktop.printing.form_data import AgreementFormData, PartyData
from desktop.services.core.dto import Actor
from desktop.services.core.errors import ValidationError
from desktop.services.core.print_service import PrintService
from tests.unit.test_printing_support import (
    CASE,
    COMMUNITY,
    EXPECTED,
    PARTIES,
    SAMPLES,
    fonts,
    pdf_text,
    raster,
    words,
)

# 㛃 U+36C3, 䶮 U+4DAE, 䢺 U+48BA (Extension A); 𠮷 U+20BB7, 𡒄 U+21484 (Extension B; 𡒄 only in HanaMinB)
PEOPLE = (
    ("欧阳娜娜", "欧阳𠮷㛃"),
    ("王小五", "王𡒄䶮明"),
    ("李四", "李䶮"),
    ("王五", "王𠮷"),
    ("赵六", "赵㛃"),
)
PLACES = (("华侨路", "䢺𡒄路"),)
NOWHERE = "𰻞"  # U+30EDE (biáng, CJK Extension G): in none of the bundled fonts
FORMS = [s.key for s in registry.documents() if s.kind in (registry.FORM, registry.LIST)]
# the index of a file lists documents, the camera register cameras: neither names a person
NAMED = [k for k in FORMS if k not in ("case_file_index", "camera_register")]
SIGNAGE = [s.key for s in registry.documents(registry.SIGNAGE)]
NAME_FONTS = {"ZZNamesA", "ZZNamesB"}


def _swap(value, pairs):
    """The same value with every name (or place) replaced, through nested form data."""
    if isinstance(value, str):
        for old, new in pairs:
            value = value.replace(old, new)
        return value
    if isinstance(value, tuple):
        return tuple(_swap(v, pairs) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(
            value,
            **{f.name: _swap(getattr(value, f.name), pairs) for f in dataclasses.fields(value) if f.init},
        )
    return value


def _strings(value) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, tuple):
        return "".join(map(_strings, value))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return "".join(_strings(getattr(value, f.name)) for f in dataclasses.fields(value))
    return ""


def _used_fonts(pdf: bytes) -> set[str]:
    return {f.name.split("+")[-1] for f in fonts(pdf)}


def _ink(image, box_pt: tuple[float, float, float, float], dpi: float, inset: float = 0.12) -> float:
    """The share of dark pixels in a box (points from the page's top-left), shrunk by ``inset`` each side."""
    x0, top, x1, bottom = box_pt
    dx, dy = (x1 - x0) * inset, (bottom - top) * inset
    k = dpi / 72
    crop = image.crop(
        (round((x0 + dx) * k), round((top + dy) * k), round((x1 - dx) * k), round((bottom - dy) * k))
    )
    histogram = crop.histogram()
    return sum(histogram[:128]) / sum(histogram)


def _glyph_ink(pdf: bytes, char: str, dpi: float = 150) -> float:
    """Ink in the box where ``char`` stands: its word's box (pdftotext) cut by the layout's advance widths."""
    word = next(w for w in words(pdf) if char in w.text)
    i = word.text.index(char)
    per_pt = (word.x1 - word.x0) * mm / text_width(word.text, FONT, 1.0)  # the word's type size
    x0 = word.x0 * mm + text_width(word.text[:i], FONT, 1.0) * per_pt
    x1 = x0 + text_width(char, FONT, 1.0) * per_pt
    image = raster(pdf, dpi, word.page + 1).convert("L")
    return _ink(image, (x0, word.y0 * mm, x1, word.y1 * mm), dpi)


@pytest.mark.parametrize("key", NAMED)
def test_given_names_from_extension_a_and_b_when_any_form_is_filled_then_they_read_back_in_embedded_fonts(
    key,
):
    sample = _swap(SAMPLES[key], PEOPLE)
    names = [new for _, new in PEOPLE if new in _strings(sample)]
    assert names, f"the sample of {key} names nobody"
    pdf = registry.get(key).render(RenderContext(COMMUNITY), sample)
    text = pdf_text(pdf)
    for name in names:
        assert name in text, name
    for expected in EXPECTED[key]:
        assert re.sub(r"\s+", "", _swap(expected, PEOPLE)) in text, expected
    assert not missing_glyphs(text)
    found = fonts(pdf)
    assert all(f.embedded and f.type == "TrueType" for f in found), found
    assert _used_fonts(pdf) & NAME_FONTS


@pytest.mark.parametrize("key", FORMS)
def test_given_a_community_named_with_extension_characters_when_a_blank_form_prints_then_its_name_reads_back(
    key,
):
    community = _swap(COMMUNITY, PLACES)
    usual = pdf_text(registry.get(key).render(RenderContext(COMMUNITY)))
    pdf = registry.get(key).render(RenderContext(community))
    text = pdf_text(pdf)
    shown = [v for v in (COMMUNITY.mediation_committee, COMMUNITY.name, COMMUNITY.street) if v and v in usual]
    assert shown, f"the blank {key} names no community"
    for value in shown:
        assert _swap(value, PLACES) in text, value
    assert all(f.embedded for f in fonts(pdf)) and _used_fonts(pdf) & NAME_FONTS


def test_given_the_agreement_of_a_party_named_with_extension_a_and_b_then_each_character_is_inked_in_its_box():
    case = dataclasses.replace(CASE, parties=(dataclasses.replace(PARTIES[0], name="𠮷㛃明"), *PARTIES[1:]))
    pdf = registry.get("mediation_agreement").render(
        RenderContext(COMMUNITY), dataclasses.replace(SAMPLES["mediation_agreement"], case=case)
    )
    assert "姓名𠮷㛃明性别" in pdf_text(pdf)
    for char in "𠮷㛃明":
        assert _glyph_ink(pdf, char) > 0.05, f"{char} is not drawn"


def test_given_the_visit_register_then_a_visitor_and_a_community_with_rare_characters_are_inked():
    visit = dataclasses.replace(SAMPLES["visit_register"], visitor_name="刘䶮𡒄")
    pdf = registry.get("visit_register").render(RenderContext(_swap(COMMUNITY, PLACES)), visit)
    text = pdf_text(pdf)
    assert "姓名刘䶮𡒄性别" in text and "䢺𡒄路社区综治中心" in text
    for char in "刘䶮𡒄䢺":
        assert _glyph_ink(pdf, char) > 0.05, f"{char} is not drawn"
    blank = registry.get("visit_register").render(RenderContext(_swap(COMMUNITY, PLACES)))
    for char in "䢺𡒄":
        assert _glyph_ink(blank, char) > 0.05, f"{char} is not drawn on the blank form"


def test_given_a_centred_line_of_three_fonts_then_its_ink_stands_where_the_layout_measured_it():
    """Measured in the fonts it is drawn in: each character's box holds ink, and none falls outside the line."""
    text, size, dpi = "刘𠮷㛃𡒄明", layout.SIZE_TITLE, 150
    line = layout.Line(text, size, align="center")
    pdf = layout.Document("t", footer=False).add(line).render()
    assert _used_fonts(pdf) == {"WenQuanYiMicroHei-0", *NAME_FONTS}
    page = layout.A4
    width = text_width(text, FONT, size)
    left = page.left + (page.block_w - width) / 2
    baseline = page.top + layout.baseline_offset(size, line.leading)  # from the top of the page
    top, bottom = baseline - size * 0.88, baseline + size * 0.12
    image = raster(pdf, dpi).convert("L")
    x = left
    for char in text:
        w = text_width(char, FONT, size)
        assert _ink(image, (x, top, x + w, bottom), dpi) > 0.05, f"{char} is not drawn where it was measured"
        x += w
    band = (top - size * 0.2, bottom + size * 0.2)
    assert _ink(image, (page.left, band[0], left - 1, band[1]), dpi, inset=0) == 0
    assert _ink(image, (left + width + 1, band[0], page.left + page.block_w, band[1]), dpi, inset=0) == 0


@pytest.mark.parametrize("key", SIGNAGE)
def test_given_a_centre_named_with_extension_characters_then_its_signs_and_charts_carry_the_name(key):
    community = _swap(COMMUNITY, PLACES)
    pdf = registry.get(key).render(RenderContext(community))
    assert "䢺𡒄路社区综治中心" in pdf_text(pdf)
    assert all(f.embedded for f in fonts(pdf)) and _used_fonts(pdf) & NAME_FONTS


def test_given_a_plate_named_only_in_extension_characters_then_the_plate_is_inked_where_the_name_stands():
    from desktop.printing.signage_config import SignageConfig

    cfg = dataclasses.replace(
        SignageConfig.for_community(COMMUNITY),
        centre_name="𠮷㛃䶮𡒄",
        plate_ground="#FFFFFF",
        plate_ink="#000000",
    )
    pdf = registry.get("sign_centre_plate").render(RenderContext(COMMUNITY, signage=cfg, media="real"))
    assert "𠮷㛃䶮𡒄" in pdf_text(pdf)
    word = next(w for w in words(pdf) if "𡒄" in w.text)
    dpi = 10
    image = raster(pdf, dpi).convert("L")
    assert _ink(image, (word.x0 * mm, word.y0 * mm, word.x1 * mm, word.y1 * mm), dpi) > 0.05


# -- refused: a character in no font ---------------------------------------------------------------------------

DIRECTOR = Actor(None, "t-director", "测试director", "director")


@pytest.fixture
def db(tmp_path):
    from desktop.db import make_engine, upgrade
    from desktop.models import Visit
    from desktop.services.container import Services

    engine = make_engine(f"sqlite:///{tmp_path / 'names.sqlite3'}")
    upgrade(engine)
    svc = Services.build(engine)
    svc.auth.set_up(
        community="华侨路社区",
        street="华侨路街道",
        district="鼓楼区",
        city="南京市",
        admin_username="admin",
        admin_full_name="王建国",
        admin_password="longenough",
    )
    with svc.sessions.begin() as s:
        visit = Visit(
            visitor_name=f"张{NOWHERE}", time_in=datetime(2026, 3, 5, 1, 30, tzinfo=UTC), purpose="consult"
        )
        s.add(visit)
        s.flush()
        visit_id = visit.id
    yield svc, visit_id
    engine.dispose()


def test_given_a_name_in_no_font_when_a_record_is_printed_then_it_is_refused_naming_the_character(db):
    svc, visit_id = db
    with pytest.raises(ValidationError) as caught:
        PrintService(svc.sessions, svc.audit).render_document(DIRECTOR, "visit_register", visit_id)
    err = caught.value
    assert err.code == "unprintable_character"
    assert err.params["char"] == NOWHERE and err.params["codepoint"] == "U+30EDE"
    assert f"张{NOWHERE}" in err.params["text"]
    assert f"「{NOWHERE}」(U+30EDE)" in str(err)


def test_given_a_party_in_no_font_when_an_unsaved_agreement_is_previewed_then_it_is_refused(db):
    svc, _ = db
    case = dataclasses.replace(CASE, parties=(PartyData("申请人", f"{NOWHERE}{NOWHERE}"),))
    agreement = AgreementFormData(case, "华调协〔2026〕1号", signed_on=date(2026, 3, 7))
    with pytest.raises(ValidationError, match="U\\+30EDE") as caught:
        PrintService(svc.sessions, svc.audit).render_document(DIRECTOR, "mediation_agreement", data=agreement)
    assert caught.value.code == "unprintable_character"


def test_given_a_centre_name_in_no_font_when_signage_is_printed_on_the_command_line_then_nothing_is_written(
    db, capsys, tmp_path
):
    svc, _ = db
    settings = tmp_path / "signage.toml"
    settings.write_text(
        tomli_w.dumps({"signage": {"centre_name": f"{NOWHERE}{NOWHERE}面社区综治中心"}}), "utf-8"
    )
    target = tmp_path / "plate.pdf"
    args = build_parser().parse_args(
        ["print", "sign_centre_plate", "--signage", str(settings), "-o", str(target)]
    )
    assert print_commands.run(args, lambda: svc) == 2
    assert f"「{NOWHERE}」(U+30EDE)" in capsys.readouterr().err
    assert not target.exists()


def test_given_a_private_use_character_then_the_page_is_refused_while_invisible_characters_just_vanish():
    """A private-use code point (a rare character typed with a vendor's own font) has no glyph here: refused.
    A tab, a word joiner or a variation selector is in no font either, but has nothing to draw: it prints."""
    with pytest.raises(printing_fonts.MissingGlyphError, match="U\\+E8A1") as caught:
        layout.Document("t").add(layout.paragraph("当事人张\ue8a1")).render()
    assert caught.value.char == "\ue8a1"
    pdf = layout.Document("t").add(layout.paragraph("当事人张\u2060三\t（已到）\ufe0f")).render()
    assert "当事人张三（已到）" in pdf_text(pdf)
