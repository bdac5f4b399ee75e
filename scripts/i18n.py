"""Translation upkeep: ``python scripts/i18n.py update`` then ``release``.

``update`` collects every ``tr()``/``translate``/``QT_TRANSLATE_NOOP`` string of the package into
``resources/i18n/jnprojects_zh_CN.ts`` (existing translations are kept; edit new ones with Qt
Linguist, ``pyside6-linguist``, or ``fill`` them from JSON files mapping ``"Context|source"`` or
``"source"`` to the Chinese text); ``release`` compiles it to the ``.qm`` the app loads.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import xml.etree.ElementTree as ET
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "jnprojects"
TS_FILE = ROOT / "resources" / "i18n" / "jnprojects_zh_CN.ts"
QM_FILE = TS_FILE.with_suffix(".qm")


def tool(name: str) -> str:
    """The PySide6 wrapper for a Qt tool, next to the running Python or on PATH."""
    candidate = Path(sys.executable).parent / f"pyside6-{name}"
    return str(candidate) if candidate.exists() else (shutil.which(f"pyside6-{name}") or f"pyside6-{name}")


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*.py"))


def update(ts_file: Path = TS_FILE, extra: list[str] | None = None) -> None:
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([tool("lupdate"), *(extra or []), *sources(), "-ts", str(ts_file)], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)


def release(ts_file: Path = TS_FILE, qm_file: Path = QM_FILE) -> None:
    subprocess.run([tool("lrelease"), str(ts_file), "-qm", str(qm_file)], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)


def fill(mapping_files: list[str], ts_file: Path = TS_FILE) -> list[str]:
    """Fill unfinished translations from the mappings; returns the ``Context|source`` still missing."""
    mapping: dict[str, str] = {}
    for name in mapping_files:
        mapping.update(json.loads(Path(name).read_text(encoding="utf-8")))
    tree = ET.parse(ts_file)
    missing = []
    for context in tree.getroot().iter("context"):
        context_name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            text = mapping.get(f"{context_name}|{source}", mapping.get(source))
            if text is None:
                if translation.get("type") == "unfinished":
                    missing.append(f"{context_name}|{source}")
                continue
            translation.text = text  # the mapping wins over an earlier translation
            translation.attrib.pop("type", None)
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        update(extra=["-no-obsolete"])
    elif command == "release":
        release()
    elif command == "fill":
        for key in fill(sys.argv[2:]):
            print("missing:", key)
    else:
        sys.exit("usage: python scripts/i18n.py update|fill MAPPING.json…|release")
