"""Every form of the catalogue, blank and filled, read back from the PDF as a person would check it."""

from __future__ import annotations

import random
import re
from dataclasses import replace

import pytest
from reportlab.lib.units import mm

from desktop.printing import layout, registry
from desktop.printing.context import RenderContext
from desktop.printing.fonts import FONT, missing_glyphs, text_width
from desktop.printing.form_data import SessionFormData, VolunteerRosterData, VolunteerRow
from tests.unit.test_printing_support import (
    COMMUNITY,
    EXPECTED,
    SAMPLES,
    fonts,
    page_sizes_mm,
    pdf_text,
    words,
)

CTX = RenderContext(COMMUNITY)
# the volunteer cards are not A4 forms (a card's own page, a sheet of ten): tests/unit/test_volunteer_printing.py
CARDS = {"volunteer_card", "volunteer_card_sheet"}
FORMS = [s.key for s in registry.documents() if s.kind != registry.SIGNAGE and s.key not in CARDS]
HEADING = {"case_file_cover": "人民调解卷宗"}


def test_the_catalogue_has_every_form_of_this_issue_with_a_sample():
    assert set(FORMS) | CARDS == set(SAMPLES) == set(EXPECTED)
    for key in FORMS:
        spec = registry.get(key)
        assert spec.title and spec.roles and spec.entity and isinstance(SAMPLES[key], spec.data_type)


@pytest.mark.parametrize("key", FORMS)
def test_given_a_blank_form_then_a4_pages_with_its_title_and_every_font_embedded(key):
    spec = registry.get(key)
    pdf = spec.render(CTX)
    assert set(page_sizes_mm(pdf)) == {(210, 297)}
    found = fonts(pdf)
    assert found and all(f.embedded and f.type == "TrueType" for f in found), found
    text = pdf_text(pdf)
    assert HEADING.get(key, spec.title) in text
    assert not missing_glyphs(text), "characters the font cannot draw print as empty boxes"


@pytest.mark.parametrize("key", FORMS)
def test_given_a_filled_form_then_the_record_reads_back_inside_the_text_block(key):
    pdf = registry.get(key).render(CTX, SAMPLES[key])
    text = pdf_text(pdf)
    for expected in EXPECTED[key]:
        assert re.sub(r"\s+", "", expected) in text, expected
    assert not missing_glyphs(text)
    assert all(f.embedded for f in fonts(pdf))
    # GB/T 9704 block: 28 mm from the left, 156 mm wide, from 37 mm down; the footer stands below it
    for w in words(pdf):
        assert w.x0 >= 27.5 and w.x1 <= 184.5, w
        assert w.y0 >= 36.5 and w.y1 <= 283, w


def _documents_of(key, data, monkeypatch) -> list[layout.Document]:
    made = []
    original = layout.Document.render

    def keep(self):
        made.append(self)
        return original(self)

    monkeypatch.setattr(layout.Document, "render", keep)
    registry.get(key).render(CTX, data)
    return made


@pytest.mark.parametrize("filled", [False, True], ids=["blank", "filled"])
@pytest.mark.parametrize("key", FORMS)
def test_given_any_form_then_no_line_of_text_is_wider_or_taller_than_its_cell(key, filled, monkeypatch):
    """No text cut by a cell border: every line fits its cell between the paddings, every row holds its lines."""
    for doc in _documents_of(key, SAMPLES[key] if filled else None, monkeypatch):
        rows = []
        for atom in doc.atoms:
            if isinstance(atom, layout.Group):
                rows.extend(atom.rows)
                label_h = len(atom.label_lines) * atom.label.leading + 2 * layout.PAD_Y
                assert label_h <= atom.height + 0.01
            elif isinstance(atom, layout.Row):
                rows.append(atom)
        for row in rows:
            for cell, lines in zip(row.cells, row.lines, strict=True):
                for line in lines:
                    assert text_width(line, FONT, cell.size) <= cell.width * mm - 2 * layout.PAD_X + 0.01, (
                        line
                    )
                assert len(lines) * cell.leading + 2 * layout.PAD_Y <= row.height + 0.01


def test_given_a_long_statement_then_the_record_runs_onto_a_second_page_losing_no_line():
    long = replace(SAMPLES["mediation_record"], statements="夜间施工噪音严重影响休息。" * 60)
    pdf = registry.get("mediation_record").render(CTX, long)
    text = pdf_text(pdf)
    assert len(page_sizes_mm(pdf)) == 2
    assert "共2页第1页" in text and "共2页第2页" in text
    # the footer of page 1 stands between the halves of the row that was split: read on across it
    assert text.replace("共2页第1页", "").count("夜间施工噪音严重影响休息。") == 60
    # the signatures stay with the end of the record, on the last page
    assert {w.page for w in words(pdf) if "调解员签名" in w.text} == {1}


def test_given_six_hundred_volunteers_then_a_roster_of_many_pages_repeats_its_header_on_each():
    rows = tuple(
        VolunteerRow(
            ("欧阳娜娜", "李四", "王小五", "张三丰")[i % 4], f"ZY{i:07d}", "男", "13812345678", "平安巡逻队"
        )
        for i in range(600)
    )
    pdf = registry.get("volunteer_roster").render(CTX, VolunteerRosterData(rows))
    pages = len(page_sizes_mm(pdf))
    assert 20 <= pages <= 40
    headers = {w.page for w in words(pdf) if w.text == "志愿者编号"}
    assert headers == set(range(pages))
    assert f"共{pages}页第{pages}页" in pdf_text(pdf) and "ZY0000599" in pdf_text(pdf)


def test_given_an_agreement_then_it_asks_for_one_copy_per_party_and_one_for_the_committee():
    spec = registry.get("mediation_agreement")
    data = SAMPLES["mediation_agreement"]
    assert spec.copies(data) == len(data.case.parties) + 1 == 4
    two = replace(data, case=replace(data.case, parties=data.case.parties[:2]))
    pdf = spec.render(CTX, two)
    assert spec.copies(two) == 3 and "本协议一式3份" in pdf_text(pdf)
    assert len(page_sizes_mm(pdf)) == 1, "two parties with 40-character addresses fit on one page"
    assert "本协议一式____份" in pdf_text(spec.render(CTX))


def test_given_the_visitor_log_then_it_carries_the_personal_information_notice_of_pipl_arts_17_and_35():
    for data in (None, SAMPLES["visit_register"]):
        text = pdf_text(
            registry.get("visit_register").render(replace(CTX, retention="自登记之日起两年"), data)
        )
        for part in (
            "个人信息处理告知",
            "华侨路社区综治中心",
            "025-83216789",
            "第三十五条",
            "来访登记、事项办理",
            "保存期限：自登记之日起两年",
            "查阅、复制、更正、补充",
        ):
            assert part in text, part


def test_given_blank_forms_then_choices_are_boxes_and_signature_lines_wait_for_a_pen():
    text = pdf_text(registry.get("visit_register").render(CTX))
    assert "□当场解答" in text and "■" not in text
    assert "来访人签名" in text and "接待人签名" in text
    agreement = pdf_text(registry.get("mediation_agreement").render(CTX))
    assert agreement.count("当事人（签名盖章或按指印）") == 1 and "人民调解员（签名）" in agreement


def test_given_short_and_long_names_then_the_acceptance_sentence_names_every_party():
    for names in (("李四", "王五"), ("欧阳娜娜", "司马相如")):
        case = replace(
            SAMPLES["mediation_acceptance"],
            parties=tuple(replace(p, name=n) for p, n in zip(PARTIES2, names, strict=True)),
        )
        assert f"调解{names[0]}、{names[1]}之间的纠纷" in pdf_text(
            registry.get("mediation_acceptance").render(CTX, case)
        )


PARTIES2 = SAMPLES["mediation_application"].parties[:2]


@pytest.mark.parametrize("seed", range(25))
def test_given_any_text_then_each_wrapped_line_fits_and_no_line_starts_with_closing_punctuation(seed):
    rng = random.Random(seed)
    alphabet = "社区综治中心调解协议书，。、；：（）《》“”ABCxyz0123456789-□■"
    text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 300)))
    width = rng.uniform(20, 160) * mm
    lines = layout.wrap(text, width, 12)
    assert all(text_width(line, FONT, 12) <= width + 0.01 for line in lines)
    assert all(line[0] not in layout.NO_START for line in lines[1:] if line)
    assert re.sub(r"\s", "", "".join(lines)) == re.sub(r"\s", "", text)


def test_given_a_record_of_a_later_module_then_its_form_renders_from_a_dto_built_here():
    """The filled mode does not need the room module: a form-data object is all it takes."""
    data = SessionFormData(SAMPLES["mediation_record"].case, place="调解室", statements="各自陈述。")
    assert "各自陈述。" in pdf_text(registry.get("mediation_record").render(CTX, data))
    with pytest.raises(TypeError):
        registry.get("mediation_record").render(CTX, SAMPLES["visit_register"])
