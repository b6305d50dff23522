"""Build the two fallback fonts for names: the ideographs WenQuanYi Micro Hei lacks, cut from Hanazono Mincho.

    apt-get download fonts-hanazono && dpkg -x fonts-hanazono_*.deb /tmp/hanazono
    .venv/bin/python scripts/build_name_fonts.py /tmp/hanazono/usr/share/fonts/truetype/hanazono

Micro Hei (GBK era) has no CJK Extension A-F: a name with 㛃 (U+36C3) or 𠮷 (U+20BB7) printed half blank.
Hanazono (GlyphWiki, 20170904; TrueType outlines, so ReportLab embeds it) covers them, but its two files are
53 MB. Kept here, per code point Micro Hei lacks, within RANGES:

- ``hanazono-names-a.ttf`` ("ZZ Names A"), from HanaMinA: Extension A, the URO additions, compatibility
  ideographs and their supplement, radicals and strokes, and the Extension B-F characters HanaMinA carries
  (those of the 通用规范汉字表 of 2013, HKSCS and JIS X 0213 - the rare characters names are actually given);
- ``hanazono-names-b.ttf`` ("ZZ Names B"), from HanaMinB: the rest of Extension B.

The rest of Extensions C-F (about 17,000 historic characters) would add 8.4 MB; with them left out such a
character is refused at printing with a message naming it. Add ranges to B_RANGES to include them.

The outputs are used under the Hanazono Font License (the fonts are dual-licensed with the SIL OFL 1.1; the
HFL lets a modified version keep any name), renamed anyway so they never pass for the full fonts. Layout
tables, hinting and glyph names are dropped: names need none of them. fontTools is a dev dependency only.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parents[1]
FONTS = ROOT / "desktop" / "resources" / "fonts"

CJK = (
    (0x2E80, 0x2FDF),  # CJK radicals supplement, Kangxi radicals (names pasted from PDFs carry them)
    (0x3000, 0x303F),  # CJK symbols and punctuation Micro Hei lacks (〡〢〣 Suzhou numerals, 〼)
    (0x31C0, 0x31EF),  # CJK strokes
    (0x3400, 0x4DBF),  # Extension A
    (0x4E00, 0x9FFF),  # URO: the additions after Unicode 3.0 (U+9FA6 on)
    (0xF900, 0xFAFF),  # compatibility ideographs
    (0x20000, 0x2A6DF),  # Extension B
    (0x2A700, 0x2EBEF),  # Extensions C, D, E, F
    (0x2F800, 0x2FA1F),  # compatibility ideographs supplement
)
B_RANGES = ((0x20000, 0x2A6DF),)  # from HanaMinB: Extension B only (see the module doc for C-F)

OUTPUTS = (
    ("HanaMinA.ttf", CJK, "hanazono-names-a.ttf", "ZZ Names A"),
    ("HanaMinB.ttf", B_RANGES, "hanazono-names-b.ttf", "ZZ Names B"),
)


def _codepoints(font: TTFont, ranges, skip: set[int]) -> list[int]:
    cmap = font.getBestCmap()
    return [cp for lo, hi in ranges for cp in range(lo, hi + 1) if cp in cmap and cp not in skip]


def _rename(font: TTFont, family: str, version: str) -> None:
    """English names only, a family of our own; the copyright and the licence stay."""
    copyright_ = (
        "Copyright 2008-2017 GlyphWiki Project. Subset of Hanazono Mincho (HanaMinA/HanaMinB 20170904)."
    )
    names = {
        0: copyright_,
        1: family,
        2: "Regular",
        3: f"{family}; {version}",
        4: family,
        5: f"Version {version}; subset for Zongzhi Desk",
        6: family.replace(" ", ""),
        13: "Hanazono Font License: unlimited permission to use, copy and distribute, with or without "
        "modification. See LICENSE-hanazono.txt.",
    }
    table = font["name"]
    table.names = []
    for name_id, text in names.items():
        table.setName(text, name_id, 3, 1, 0x409)
        table.setName(text, name_id, 1, 0, 0)


def build(src: Path, ranges, out: Path, family: str, skip: set[int]) -> set[int]:
    """Subset ``src`` to the code points of ``ranges`` not in ``skip``; returns the code points kept."""
    font = TTFont(src, recalcTimestamp=False)  # the same bytes from the same source, any day
    version = font["name"].getDebugName(5).split(";")[0]
    keep = _codepoints(font, ranges, skip)
    opts = subset.Options()
    opts.layout_features = []
    opts.hinting = False
    opts.glyph_names = False
    opts.notdef_outline = True
    opts.name_IDs = ["*"]
    opts.drop_tables += ["vhea", "vmtx", "BASE", "GDEF", "GSUB", "GPOS", "FFTM", "prop"]
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=keep)
    sub.subset(font)
    _rename(font, family, version)
    font.save(out)
    return set(keep)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("hanazono", type=Path, help="folder holding HanaMinA.ttf and HanaMinB.ttf")
    ap.add_argument("--out", type=Path, default=FONTS)
    args = ap.parse_args()
    done = set(TTFont(FONTS / "wqy-microhei.ttc", fontNumber=0).getBestCmap())
    for src, ranges, out, family in OUTPUTS:
        kept = build(args.hanazono / src, ranges, args.out / out, family, done)
        done |= kept
        size = (args.out / out).stat().st_size
        print(f"{out}: {len(kept)} characters, {size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
