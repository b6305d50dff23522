"""The print preview: pages on screen, turned and zoomed; printed, saved and opened, each audited."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date, datetime  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from pypdf import PdfReader  # noqa: E402
from PySide6.QtGui import QDesktopServices  # noqa: E402
from PySide6.QtPdfWidgets import QPdfView  # noqa: E402
from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # noqa: E402
from PySide6.QtWidgets import QDialog, QFileDialog  # noqa: E402

from desktop.printing.form_data import AgreementFormData, CaseFormData, PartyData, SessionFormData  # noqa: E402
from desktop.services.core.dto import Actor  # noqa: E402
from desktop.tasks import TaskManager  # noqa: E402
from desktop.views.common.print_preview_dialog import PrintPreviewDialog, preview  # noqa: E402
from desktop.views.context import ViewContext  # noqa: E402

MM = 72 / 25.4
ADDRESS = "江苏省南京市鼓楼区华侨路街道华侨路社区龙蟠里小区十二幢三单元五零二室东户（近菜场）"
CASE = CaseFormData(
    "（2026）华人调字第7号",
    "华侨路社区人民调解委员会",
    date(2026, 3, 5),
    "当事人申请",
    "邻里",
    "楼上装修噪音。",
    "停止夜间施工。",
    (
        PartyData("申请人", "欧阳娜娜", "女", "汉族", "45", "个体", "13812345678", ADDRESS),
        PartyData("被申请人", "李四", "男", "回族", "52", "退休", "025-83216789", ADDRESS),
    ),
)


@pytest.fixture
def ctx(migrated_sqlite_url):
    from desktop.db import make_engine
    from desktop.services.container import Services

    engine = make_engine(migrated_sqlite_url)
    services = Services.build(engine)
    services.auth.set_up(
        community="华侨路社区",
        street="华侨路街道",
        district="鼓楼区",
        city="南京市",
        admin_username="admin",
        admin_full_name="王建国",
        admin_password="longenough",
    )
    tasks = TaskManager()
    yield ViewContext(services, tasks, Actor(None, "zhu", "朱主任", "director"), services.auth.community())
    tasks.shutdown()
    engine.dispose()


def _audit(ctx, action):
    return [e.summary for e in ctx.services.audit.search(ctx.actor, action=action)]


def _open(qtbot, dlg: PrintPreviewDialog, pages: int = 1) -> PrintPreviewDialog:
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.page_count() == pages and dlg.print_button.isEnabled(), timeout=10000)
    return dlg


def test_given_a_two_page_record_when_previewed_then_the_user_turns_pages_and_zooms(qtbot, ctx):
    long = SessionFormData(
        CASE,
        datetime(2026, 3, 7, 14, 0),
        "调解室",
        "张三",
        "李娜",
        "双方当事人",
        statements="申请人陈述：夜间施工噪音严重。" * 60,
    )
    dlg = _open(qtbot, preview(ctx, "mediation_record", data=long), pages=2)
    assert dlg.windowTitle() == "人民调解记录"
    assert dlg.page_label.text() == "Page 1 of 2" and not dlg.previous_button.isEnabled()
    dlg.next_button.click()
    qtbot.waitUntil(lambda: dlg.page_label.text() == "Page 2 of 2")
    assert not dlg.next_button.isEnabled()
    fitted = dlg._fitted_zoom()
    dlg.zoom_in_button.click()
    assert dlg.view.zoomMode() == QPdfView.ZoomMode.Custom and dlg.view.zoomFactor() > fitted
    dlg.fit_button.click()
    assert dlg.view.zoomMode() == QPdfView.ZoomMode.FitInView


def test_given_an_agreement_of_two_parties_when_printed_then_three_copies_at_a4_and_audited(
    qtbot, ctx, tmp_path, monkeypatch
):
    agreement = AgreementFormData(
        CASE, "华调协〔2026〕7号", terms="一、停止夜间施工。", signed_on=date(2026, 3, 7)
    )
    dlg = _open(qtbot, preview(ctx, "mediation_agreement", data=agreement))
    assert dlg.printer.copyCount() == 3  # one for each party and one for the committee
    # the same code path as a real printer, with the printer writing a PDF file
    out = tmp_path / "printed.pdf"
    dlg.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    dlg.printer.setOutputFileName(str(out))
    dlg.printer.setResolution(96)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    dlg.print_button.click()
    qtbot.waitUntil(lambda: any("打印《人民调解协议书》" in s for s in _audit(ctx, "print")), timeout=15000)
    assert dlg.status.text() == "Printed."
    page = PdfReader(out).pages[0]
    assert round(float(page.mediabox.width) / MM) == 210 and round(float(page.mediabox.height) / MM) == 297


def test_given_a_preview_when_saved_as_pdf_then_the_file_holds_the_document_and_the_export_is_audited(
    qtbot, ctx, tmp_path, monkeypatch
):
    dlg = _open(qtbot, preview(ctx, "visit_register"))
    target = tmp_path / "来访登记表"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dlg.save_button.click()
    saved = target.with_suffix(".pdf")
    qtbot.waitUntil(
        lambda: any("另存为PDF《来访登记表》（空白）" in s for s in _audit(ctx, "export")), timeout=10000
    )
    assert saved.read_bytes() == dlg.pdf
    assert "来访登记表" in PdfReader(saved).pages[0].extract_text()


def test_given_a_preview_when_opened_in_the_viewer_then_a_pdf_file_is_handed_to_the_system(
    qtbot, ctx, monkeypatch
):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    dlg = _open(qtbot, preview(ctx, "chart_duties"))
    dlg.open_button.click()
    qtbot.waitUntil(
        lambda: bool(opened) and any("打开查看" in s for s in _audit(ctx, "export")), timeout=10000
    )
    assert opened[0].endswith(".pdf") and Path(opened[0]).read_bytes() == dlg.pdf


def test_given_a_role_without_the_right_when_previewing_a_filled_form_then_it_says_so_and_offers_no_print(
    qtbot, ctx
):
    ctx.actor = Actor(None, "jk", "监控员", "monitor")
    agreement = AgreementFormData(CASE, "华调协〔2026〕7号")
    dlg = preview(ctx, "mediation_agreement", data=agreement)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.status.text() not in ("", "Rendering…"), timeout=10000)
    assert dlg.status.text() == "Your role may not do this."
    assert not dlg.print_button.isEnabled() and not dlg.save_button.isEnabled()


def test_given_a_party_in_no_font_when_previewed_then_the_dialog_names_the_character_and_offers_no_print(
    qtbot, ctx, zh_app
):
    """𰻞 (U+30EDE, CJK Extension G) is in none of the bundled fonts: it would print as a hole."""
    case = CaseFormData(CASE.case_no, parties=(PartyData("申请人", "𰻞𰻞"),))
    dlg = preview(ctx, "mediation_agreement", data=AgreementFormData(case, "华调协〔2026〕7号"))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.status.text() not in ("", "正在生成…", "Rendering…"), timeout=10000)
    message = dlg.status.text()
    assert "「𰻞」" in message and "U+30EDE" in message and "不在任何字体中" in message, message
    assert not dlg.print_button.isEnabled() and not dlg.save_button.isEnabled()
    assert dlg.page_count() == 0
