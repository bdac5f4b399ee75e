"""Translation upkeep: ``python scripts/i18n.py update`` then ``release``.

``update`` collects every ``tr()``/``translate``/``QT_TRANSLATE_NOOP`` string of the package into
``resources/i18n/jnprojects_zh_CN.ts`` (existing translations are kept; edit new ones with Qt
Linguist, ``pyside6-linguist``); ``release`` compiles it to the ``.qm`` the app loads.
"""

from __future__ import annotations

import shutil
import subprocess
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


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        update(extra=["-no-obsolete"])
    elif command == "release":
        release()
    else:
        sys.exit("usage: python scripts/i18n.py update|release")
