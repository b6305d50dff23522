"""The signage page: pick a sign, change it, see it change, print or save it, keep the settings."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import io  # noqa: E402

import pytest  # noqa: E402
from PIL import Image  # noqa: E402
from pypdf import PdfReader  # noqa: E402
from PySide6.QtWidgets import QFileDialog  # noqa: E402

from desktop.printing.signage_config import SignageConfig  # noqa: E402
from desktop.services.core.dto import Actor  # noqa: E402
from desktop.views.signage.signage_page import SignagePage  # noqa: E402
from tests.gui import test_print_preview  # noqa: E402
from tests.unit.test_printing_support import page_sizes_mm, pdf_text  # noqa: E402

ctx = test_print_preview.ctx  # the fixture: a set-up database on SQLite


def _page(qtbot, ctx, **kw) -> SignagePage:
    page = SignagePage(ctx, **kw)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.last_pdf is not None, timeout=10000)
    return page


def _shows(page, text: str):
    return lambda: page.last_pdf is not None and text in pdf_text(page.last_pdf)


def test_given_the_centre_plate_when_text_size_and_orientation_change_then_the_preview_follows(qtbot, ctx):
    page = _page(qtbot, ctx)
    assert page.key() == "sign_centre_plate"
    assert "华侨路社区综治中心" in pdf_text(page.last_pdf) and page_sizes_mm(page.last_pdf) == [(1200, 400)]
    page.centre_name_edit.setText("龙蟠里社区综治中心")
    page.plate_width_spin.setValue(900)
    qtbot.waitUntil(_shows(page, "龙蟠里社区综治中心"), timeout=10000)
    assert page_sizes_mm(page.last_pdf) == [(900, 400)]
    page.orientation_combo.setCurrentIndex(page.orientation_combo.findData("vertical"))
    qtbot.waitUntil(lambda: page_sizes_mm(page.last_pdf) == [(400, 900)], timeout=10000)


def test_given_door_plates_when_a_room_is_added_and_tiled_on_a4_then_each_sheet_is_a4(qtbot, ctx):
    page = _page(qtbot, ctx)
    page.sign_list.setCurrentRow(1)
    page.add_room_button.click()
    page.rooms_list.currentItem().setText("警务室")
    page.output_combo.setCurrentIndex(page.output_combo.findData("A4"))
    qtbot.waitUntil(_shows(page, "警务室"), timeout=10000)
    assert set(page_sizes_mm(page.last_pdf)) <= {(210, 297), (297, 210)}
    assert len(page_sizes_mm(page.last_pdf)) == 2 * 4  # four plates of 30 cm, two A4 sheets each


def test_given_the_staff_chart_when_a_person_with_a_photo_is_added_then_the_chart_shows_them(
    qtbot, ctx, tmp_path, monkeypatch
):
    photo = tmp_path / "face.png"
    Image.new("RGB", (400, 500), "#3366cc").save(photo)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(photo), ""))
    page = _page(qtbot, ctx)
    page.sign_list.setCurrentRow(4)
    assert page.staff_box.isVisible() and not page.output_combo.isVisible()
    page.add_person_button.click()
    for col, text in enumerate(("欧阳娜娜", "专职调解员", "13812345678")):
        page.staff_table.item(page.staff_table.rowCount() - 1, col).setText(text)
    page.photo_button.click()
    qtbot.waitUntil(_shows(page, "欧阳娜娜"), timeout=10000)
    qtbot.waitUntil(lambda: len(PdfReader(io.BytesIO(page.last_pdf)).pages[0].images) == 1, timeout=10000)
    assert "电话：13812345678" in pdf_text(page.last_pdf)


def test_given_a_hidden_page_then_nothing_renders_until_it_is_shown(qtbot, ctx):
    page = SignagePage(ctx)
    qtbot.addWidget(page)
    # the settings arrive and the typing pause passes: the render is put off, not started
    qtbot.waitUntil(lambda: page._config is not None and page._dirty, timeout=10000)
    assert page.last_pdf is None and ctx.tasks.idle()
    page.show()
    qtbot.waitUntil(lambda: page.last_pdf is not None, timeout=10000)


def test_given_changes_when_saved_then_the_app_receives_the_settings(qtbot, ctx):
    saved = []
    page = _page(qtbot, ctx, config=SignageConfig.for_community(ctx.community), on_save=saved.append)
    page.sign_list.setCurrentRow(5)
    page.hours_edit.setText("周一至周六 9:00—17:00")
    page.save_button.click()
    assert saved and saved[0].reception_hours == "周一至周六 9:00—17:00"
    assert page.status.text() == "Settings saved."
    qtbot.waitUntil(_shows(page, "周一至周六9:00—17:00"), timeout=10000)


def test_given_a_sign_when_printed_or_saved_then_the_preview_dialog_does_it(
    qtbot, ctx, tmp_path, monkeypatch
):
    page = _page(qtbot, ctx)
    page.print_button.click()
    dlg = page.preview_dialog
    qtbot.waitUntil(lambda: dlg.page_count() == 1 and dlg.save_button.isEnabled(), timeout=10000)
    target = tmp_path / "plate.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dlg.save_button.click()
    qtbot.waitUntil(target.exists, timeout=10000)
    qtbot.waitUntil(
        lambda: any(
            "综治中心标牌" in e.summary for e in ctx.services.audit.search(ctx.actor, action="export")
        ),
        timeout=10000,
    )
    assert page_sizes_mm(target.read_bytes()) == [(1200, 400)]


@pytest.mark.parametrize("role", ["monitor"])
def test_given_a_role_without_signage_work_then_the_page_says_so(qtbot, ctx, role):
    ctx.actor = Actor(None, "jk", "监控员", role)
    page = SignagePage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.error.text() == "Your role may not do this.", timeout=10000)
    assert not page.print_button.isEnabled()
