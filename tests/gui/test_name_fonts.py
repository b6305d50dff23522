"""Names with CJK Extension A-B characters are drawn on screen, not shown as boxes: the app font falls back
to the bundled name fonts (qt_setup.register_fonts), character by character."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QImage
from PySide6.QtWidgets import QLabel

NOWHERE = "𰻞"  # U+30EDE, CJK Extension G: in no bundled font, so Qt shows its missing-glyph box


def _shot(qtbot, text: str, box: QRect | None = None) -> tuple[QImage, QRect]:
    """The label as painted, in grey levels, cut to the glyph box of ``text`` (or the box given)."""
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setMargin(0)
    label.setStyleSheet("QLabel { background: white; color: black; }")
    font = label.font()  # the app font: its family list carries the fallbacks
    font.setPixelSize(48)
    label.setFont(font)
    qtbot.addWidget(label)
    label.resize(160, 90)
    label.show()
    qtbot.waitExposed(label)
    metrics = QFontMetrics(font)
    box = box or QRect(0, 0, metrics.horizontalAdvance(text), metrics.height())
    image = label.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8).copy(box)
    return image, box


def _ink(image: QImage) -> float:
    dark = sum(
        1 for y in range(image.height()) for x in range(image.width()) if image.pixelColor(x, y).value() < 128
    )
    return dark / (image.width() * image.height())


def test_given_the_app_fonts_when_a_label_shows_a_name_in_extension_b_then_its_glyph_is_inked_not_a_box(
    qtbot, zh_app
):
    for char in ("𠮷", "㛃", "𡒄"):  # Extension B (in HanaMinA), Extension A, Extension B (HanaMinB only)
        glyph, box = _shot(qtbot, char)
        assert _ink(glyph) > 0.05, f"{char} leaves its box empty"
        missing, _ = _shot(qtbot, NOWHERE, box)
        assert glyph != missing, f"{char} is shown as the missing-glyph box"
