"""What the one-folder bundle leaves out: Qt modules, plugins, libraries and translations it never uses.

Used by ``jnprojects.spec``; plain functions over PyInstaller's TOC entries ``(dest, src, typecode)``
so the rules can be read and tested without building. The app uses QtCore, QtGui and QtWidgets
(pyqtgraph draws with those and imports QtOpenGL and QtOpenGLWidgets; its optional QtSvg/QtTest imports
fail softly).
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

# pyqtgraph imports QtOpenGL and QtOpenGLWidgets unconditionally (Qt/OpenGLHelpers.py), though it
# draws without OpenGL unless asked to.
USED_QT_MODULES = frozenset({"QtCore", "QtGui", "QtWidgets", "QtOpenGL", "QtOpenGLWidgets"})

# Plugin folder -> the plugins kept (file stems without "lib"), or None for the whole folder.
# A folder that is not listed is left out.
KEEP_PLUGINS: dict[str, frozenset[str] | None] = {
    # xcb and wayland for Linux desktops (Kylin/UOS included), windows for Windows, offscreen for --self-test
    "platforms": frozenset({"qxcb", "qwayland", "qwindows", "qoffscreen"}),
    # the desktop portal (native file dialogs on Wayland/Flatpak-style desktops); not gtk3, which
    # would pull GTK's whole stack (cairo, pango, gdk-pixbuf …) into the bundle
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    "platforminputcontexts": frozenset({"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}),
    "imageformats": frozenset({"qico", "qjpeg", "qgif"}),  # PNG is built into QtGui
    "styles": None,  # Windows' native look (qmodernwindowsstyle)
    "xcbglintegrations": None,
    "wayland-decoration-client": frozenset({"bradient"}),  # not adwaita: it links QtSvg
    "wayland-graphics-integration-client": None,
    "wayland-shell-integration": None,
}

# Qt's own translations: only the one the app installs for its default language (ui/i18n.py).
KEEP_QT_TRANSLATIONS = frozenset({"qtbase_zh_CN.qm"})

# Qt libraries the kept modules and plugins do not load (they came with left-out plugins).
DROP_QT_LIBRARIES = frozenset({
    "Network", "Pdf", "Svg", "SvgWidgets", "Qml", "QmlModels", "QmlMeta", "QmlWorkerScript", "Quick",
    "QuickControls2", "QuickTemplates2", "VirtualKeyboard", "VirtualKeyboardQml",
    "EglFSDeviceIntegration", "EglFsKmsSupport", "EglFsKmsGbmSupport", "PrintSupport", "Test", "Sql",
    "Designer", "UiTools", "Help", "Concurrent",
})

# Large files the app never needs: Qt's software OpenGL (Windows); Qt Widgets paint without OpenGL.
DROP_FILES = frozenset({"opengl32sw.dll"})


# Python modules the app never needs. No networking: without ssl/_ssl/_hashlib the bundle carries
# no OpenSSL (hashlib falls back to Python's own sha256). numpy's compiled self-tests and f2py.
NEVER_IMPORTED = (
    "ssl", "_ssl", "_hashlib", "tkinter", "unittest.mock", "pydoc_data",
    "pyqtgraph.opengl", "pyqtgraph.examples", "pyqtgraph.jupyter",
    "numpy.f2py", "numpy.tests", "numpy._core.tests", "numpy._core._simd", "numpy._core._multiarray_tests",
    "numpy._core._umath_tests", "numpy._core._rational_tests", "numpy._core._struct_ufunc_tests",
    "numpy._core._operand_flag_tests", "numpy._pyinstaller",
    "IPython", "matplotlib", "PIL", "pandas", "scipy",
)

Imports = Callable[[str], Iterable[str]]
"""The file names of the libraries a binary (given by its source path) links against."""


def excluded_modules(pyside_dir: Path) -> list[str]:
    """Every PySide6 extension module except the three the app uses, plus packages never imported."""
    found = {p.name.split(".")[0] for p in pyside_dir.glob("Qt*.*") if p.suffix in (".so", ".pyd")}
    qt = sorted(f"PySide6.{name}" for name in found - USED_QT_MODULES)
    return [*qt, *NEVER_IMPORTED]


def _qt_library_name(file_name: str) -> str | None:
    """'libQt6Network.so.6' / 'Qt6Network.dll' -> 'Network'; None for anything else."""
    stem = file_name.removeprefix("lib")
    if not stem.startswith("Qt6"):
        return None
    return stem[3:].split(".")[0]


def keep(dest: str) -> bool:
    """Whether a file bound for ``dest`` (path inside the bundle) stays in it."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    name = parts[-1]
    if name in DROP_FILES:
        return False
    if "PySide6" in parts:
        if "translations" in parts:
            return name in KEEP_QT_TRANSLATIONS
        if "plugins" in parts:
            folder = parts[parts.index("plugins") + 1]
            if folder not in KEEP_PLUGINS:
                return False
            wanted = KEEP_PLUGINS[folder]
            stem = name.split(".")[0].removeprefix("lib")
            return wanted is None or stem in wanted
    return _qt_library_name(name) not in DROP_QT_LIBRARIES


def _base(dest: str) -> str:
    return PurePosixPath(dest.replace("\\", "/")).name.lower()


def trimmed(toc: Iterable[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Data files (Qt translations) without the ones left out."""
    return [entry for entry in toc if keep(entry[0])]


def trimmed_binaries(binaries: Iterable[tuple[str, str, str]], imports_of: Imports) -> list[tuple[str, str, str]]:
    """The binaries kept by :func:`keep`, less the system libraries only the left-out ones linked.

    A library that a left-out plugin needed (GTK's stack for the gtk3 theme, for example) goes too,
    unless a kept binary still links it. Libraries no binary links (loaded by the bootloader or with
    dlopen) are never dropped.
    """
    binaries = list(binaries)
    kept = [entry for entry in binaries if keep(entry[0])]
    by_name = {_base(entry[0]): entry for entry in kept}

    def closure(names: Iterable[str]) -> set[str]:
        seen: set[str] = set()
        stack = [name.lower() for name in names]
        while stack:
            name = stack.pop()
            if name in seen or name not in by_name:
                continue
            seen.add(name)
            stack.extend(n.lower() for n in imports_of(by_name[name][1]))
        return seen

    only_dropped = closure(n for entry in binaries if not keep(entry[0]) for n in imports_of(entry[1]))
    needed = closure(name for name in by_name if name not in only_dropped)
    return [entry for entry in kept if _base(entry[0]) not in only_dropped or _base(entry[0]) in needed]


def _carries_python_debug_info(dest: str) -> bool:
    name = _base(dest)
    return name.startswith("libpython") or "/lib-dynload/" in dest.replace("\\", "/")


def strip_python_debug_info(binaries: Iterable[tuple[str, str, str]], folder: Path) -> list[tuple[str, str, str]]:
    """Linux: libpython and Python's extension modules without their debug symbols (23 MB -> 5 MB).

    Only those: stripping every binary (PyInstaller's ``strip=True``) breaks numpy's bundled
    OpenBLAS ("ELF load command address/offset not page-aligned"). Without ``strip`` on the PATH the
    files are bundled as they are.
    """
    strip = shutil.which("strip")
    result = []
    for dest, src, kind in binaries:
        if strip and _carries_python_debug_info(dest):
            out = folder / dest
            out.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run([strip, "--strip-debug", "-o", str(out), src], check=True)
            src = str(out)
        result.append((dest, src, kind))
    return result
