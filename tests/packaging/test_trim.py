"""What the bundle leaves out: unused Qt modules, plugins, translations, and the libraries only they used."""

from __future__ import annotations

from pathlib import Path

import PySide6

from tests.packaging.helpers import load_trim

trim = load_trim()


def test_every_qt_module_but_core_gui_widgets_is_excluded():
    excluded = trim.excluded_modules(Path(PySide6.__file__).parent)
    assert "PySide6.QtNetwork" in excluded and "PySide6.QtQml" in excluded and "PySide6.QtSvg" in excluded
    assert not {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets"} & set(excluded)
    assert "ssl" in excluded  # no OpenSSL in an app that never goes online


def test_plugins_and_translations_kept_are_the_ones_the_app_loads():
    qt = "PySide6/Qt/"
    assert trim.keep(qt + "plugins/platforms/libqxcb.so")
    assert trim.keep(qt + "plugins/platforms/libqoffscreen.so")  # --self-test
    assert trim.keep("PySide6\\plugins\\platforms\\qwindows.dll")  # Windows layout
    assert trim.keep(qt + "plugins/platforminputcontexts/libibusplatforminputcontextplugin.so")
    assert not trim.keep(qt + "plugins/platforms/libqeglfs.so")
    assert not trim.keep(qt + "plugins/platformthemes/libqgtk3.so")
    assert not trim.keep(qt + "plugins/imageformats/libqpdf.so")
    assert not trim.keep(qt + "plugins/wayland-decoration-client/libadwaita.so")  # links QtSvg
    assert not trim.keep(qt + "plugins/tls/libqopensslbackend.so")
    assert trim.keep(qt + "translations/qtbase_zh_CN.qm")
    assert not trim.keep(qt + "translations/qtbase_de.qm")
    assert not trim.keep(qt + "lib/libQt6Network.so.6") and not trim.keep("Qt6Qml.dll")
    assert trim.keep(qt + "lib/libQt6Widgets.so.6") and trim.keep("libsqlite3.so.0")
    assert not trim.keep("PySide6/opengl32sw.dll")


def test_libraries_only_a_dropped_plugin_linked_go_with_it():
    qt = "PySide6/Qt/"
    links = {
        "src/libqgtk3.so": ["libgtk-3.so.0", "libglib-2.0.so.0"],
        "src/libgtk-3.so.0": ["libcairo.so.2", "libglib-2.0.so.0"],
        "src/libQt6Gui.so.6": ["libglib-2.0.so.0"],
        "src/libqxcb.so": ["libQt6Gui.so.6"],
    }
    binaries = [
        (qt + "plugins/platformthemes/libqgtk3.so", "src/libqgtk3.so", "BINARY"),
        ("libgtk-3.so.0", "src/libgtk-3.so.0", "BINARY"),
        ("libcairo.so.2", "src/libcairo.so.2", "BINARY"),
        ("libglib-2.0.so.0", "src/libglib-2.0.so.0", "BINARY"),
        (qt + "lib/libQt6Gui.so.6", "src/libQt6Gui.so.6", "BINARY"),
        (qt + "plugins/platforms/libqxcb.so", "src/libqxcb.so", "BINARY"),
        ("libpython3.11.so.1.0", "src/libpython3.11.so.1.0", "BINARY"),  # linked by nothing: kept
    ]
    kept = [dest for dest, _src, _kind in trim.trimmed_binaries(binaries, lambda src: links.get(src, []))]
    assert kept == ["libglib-2.0.so.0", qt + "lib/libQt6Gui.so.6", qt + "plugins/platforms/libqxcb.so",
                    "libpython3.11.so.1.0"]
