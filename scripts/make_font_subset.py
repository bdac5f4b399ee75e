"""Build the bundled CJK font subset: ``python scripts/make_font_subset.py [--source-dir DIR]``.

The review deck and its PDF briefing pack draw with one font shipped in ``resources/fonts/`` so
they look the same on every PC and tests do not depend on system fonts. This script reproduces
that font from Noto Sans CJK (SIL Open Font License 1.1; on Debian/Ubuntu
``apt-get install -y fonts-noto-cjk``):

1. take the Simplified Chinese face ("Noto Sans CJK SC") out of the Regular and Bold ``.ttc``
   collections;
2. keep only the characters the app can need: all of GB2312 (its 6,763 hanzi and its symbols),
   ASCII, CJK and general punctuation, the geometric shapes the slides use for status, and
   every character in the app's own text (sources, translations, seed data, the plan text);
3. drop hinting and unused layout features, rename the family to ``Noto Sans SC JN`` (a
   Modified Version must not pass for the original) and write ``NotoSansSC-JN-Regular.otf``,
   ``NotoSansSC-JN-Bold.otf`` and ``OFL.txt`` (the copyright of the font and the license text).

Run it again whenever the app's text gains characters outside GB2312.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "resources" / "fonts"
FAMILY = "Noto Sans SC JN"
SOURCE_FACE = "Noto Sans CJK SC"
WEIGHTS = {"Regular": "NotoSansCJK-Regular.ttc", "Bold": "NotoSansCJK-Bold.ttc"}
DEFAULT_SOURCE = Path("/usr/share/fonts/opentype/noto")
DEBIAN_COPYRIGHT = Path("/usr/share/doc/fonts-noto-cjk/copyright")

# Ranges kept whole (inclusive): punctuation, arrows, shapes and marks slides and sentences use.
RANGES = (
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1 (×, ·, °, ±)
    (0x2010, 0x205E),  # general punctuation (— ‘ ’ “ ” … ‰)
    (0x2100, 0x215F),  # letterlike (℃, №)
    (0x2190, 0x21FF),  # arrows
    (0x2200, 0x22FF),  # maths (≥ ≤ ≠)
    (0x2460, 0x24FF),  # enclosed numbers
    (0x2500, 0x257F),  # box drawing
    (0x25A0, 0x25FF),  # geometric shapes (● ▲ ■ ◆)
    (0x2600, 0x26FF),  # symbols (★)
    (0x2700, 0x27BF),  # dingbats (✓ ✕)
    (0x3000, 0x303F),  # CJK punctuation
    (0xFF01, 0xFF65),  # full-width forms
)
# The app's own text: every character found in these files is kept.
TEXT_GLOBS = ("jnprojects/**/*.py", "resources/i18n/*.ts", "resources/seed/*.json", "resources/plan/*.txt",
              "db/*.sql")


def gb2312_chars() -> set[str]:
    """Every character of GB2312 (rows 0xA1–0xF7, cells 0xA1–0xFE), hanzi and symbols."""
    chars: set[str] = set()
    for row in range(0xA1, 0xF8):
        for cell in range(0xA1, 0xFF):
            try:
                chars.add(bytes((row, cell)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return chars


def app_chars(extra: list[Path]) -> set[str]:
    chars: set[str] = set()
    files = [p for pattern in TEXT_GLOBS for p in ROOT.glob(pattern)] + extra
    for path in files:
        chars.update(path.read_text(encoding="utf-8", errors="ignore"))
    return {c for c in chars if c.isprintable() and ord(c) >= 0x20}


def wanted_codepoints(extra: list[Path]) -> set[int]:
    points = {ord(c) for c in gb2312_chars() | app_chars(extra)}
    for first, last in RANGES:
        points.update(range(first, last + 1))
    return points


def sc_face(collection: Path) -> TTFont:
    for font in TTCollection(str(collection)).fonts:
        if font["name"].getDebugName(1) == SOURCE_FACE:
            return font
    raise SystemExit(f"{collection}: no '{SOURCE_FACE}' face")


def rename(font: TTFont, weight: str) -> None:
    """Family ``FAMILY``, style ``weight``; the copyright and license records stay as they were."""
    name = font["name"]
    full = f"{FAMILY} {weight}" if weight != "Regular" else FAMILY
    postscript = f"{FAMILY.replace(' ', '')}-{weight}"
    for record_id, value in ((1, FAMILY), (2, weight), (3, f"{postscript};subset"), (4, full), (6, postscript),
                            (16, FAMILY), (17, weight)):
        name.setName(value, record_id, 3, 1, 0x409)
        name.setName(value, record_id, 1, 0, 0)
    name.names = [n for n in name.names if n.nameID not in (16, 17) or n.langID in (0x409, 0)]
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = [postscript]
        top = cff.topDictIndex[0]
        top.FullName, top.FamilyName = full, FAMILY


def make(source_dir: Path, extra: list[Path]) -> list[Path]:
    points = wanted_codepoints(extra)
    options = subset.Options()
    options.hinting = False
    options.layout_features = ["kern", "palt", "halt", "vert", "vrt2", "locl"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.drop_tables += ["VORG", "vhea", "vmtx"]
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    copyright_text = ""
    for weight, file_name in WEIGHTS.items():
        font = sc_face(source_dir / file_name)
        copyright_text = copyright_text or font["name"].getDebugName(0)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=points)
        subsetter.subset(font)
        rename(font, weight)
        out = OUT_DIR / f"NotoSansSC-JN-{weight}.otf"
        font.save(str(out))
        written.append(out)
    license_path = OUT_DIR / "OFL.txt"
    license_path.write_text(license_text(copyright_text), encoding="utf-8")
    written.append(license_path)
    return written


def license_text(copyright_text: str) -> str:
    """The font's copyright line, how the subset was made, and the OFL 1.1 as Debian ships it."""
    lines = DEBIAN_COPYRIGHT.read_text(encoding="utf-8").splitlines()
    start = len(lines) - lines[::-1].index("License: SIL-1.1")  # the text, not the Files: stanza
    body: list[str] = []
    for line in lines[start:]:
        if line and not line.startswith(" "):
            break
        body.append("" if line.strip() == "." else line[1:])
    header = (f"{FAMILY} (Regular, Bold): a subset of Noto Sans CJK SC made by scripts/make_font_subset.py.\n"
              f"{copyright_text}\n"
              "Noto Sans CJK: https://github.com/notofonts/noto-cjk\n"
              "This Font Software is licensed under the SIL Open Font License, Version 1.1.\n\n")
    return header + "\n".join(body).strip() + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source-dir", type=Path, default=DEFAULT_SOURCE,
                        help="folder holding NotoSansCJK-Regular.ttc and NotoSansCJK-Bold.ttc")
    parser.add_argument("--extra-text", type=Path, nargs="*", default=[],
                        help="more UTF-8 files whose characters must be kept (e.g. pending translations)")
    args = parser.parse_args(argv)
    for path in make(args.source_dir, args.extra_text):
        print(f"{path.relative_to(ROOT)}\t{path.stat().st_size / 1024:.0f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
