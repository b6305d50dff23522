"""The font files bundled in desktop/resources/fonts, in the order a character looks for its glyph.

No imports: the screen (Qt), the self-test and the installer spec read these names without ReportLab.
"""

MAIN = "wqy-microhei.ttc"  # WenQuanYi Micro Hei: every form is set in it
# Hanazono Mincho subsets (scripts/build_name_fonts.py): the ideographs Micro Hei lacks, CJK Extension A-B
# and the rare characters of names; a character Micro Hei has not is drawn in the first of these holding it
FALLBACKS = ("hanazono-names-a.ttf", "hanazono-names-b.ttf")
ALL = (MAIN, *FALLBACKS)
