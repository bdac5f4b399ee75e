"""The one-folder bundle, built from this checkout with packaging/jnprojects.spec, works on its own.

Built once per session (about a minute on two cores) into a temporary folder, then run as an office
PC would: ``--self-test`` offscreen, with a fresh user profile, from an unrelated working folder;
also with no network at all (``unshare -n``, where the machine allows it).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.packaging.helpers import CHECK_NAMES, ROOT, SPEC, installed_version

pytestmark = pytest.mark.bundle

EXE_NAME = "jnprojects.exe" if sys.platform == "win32" else "jnprojects"
# Measured 188 MB on Linux (PySide6 6.11, numpy 2.4, with the 6 MB CJK font): a regression guard,
# not the goal of 150 MB, which needs ICU's data (32 MB) cut down; see packaging/README.md.
SIZE_LIMIT_MB = 195


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in folder.rglob("*") if p.is_file() and not p.is_symlink()}


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    """(the built executable, the files of the bundle right after the build)."""
    import importlib.util

    assert importlib.util.find_spec("PyInstaller"), "PyInstaller is in the test extra: pip install -e '.[test]'"
    work = tmp_path_factory.mktemp("pyinstaller")
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"), str(SPEC)],
        cwd=ROOT, capture_output=True, text=True, timeout=1800,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    print(f"\nbundle built in {time.monotonic() - started:.0f} s")
    exe = work / "dist" / "jnprojects" / EXE_NAME
    assert exe.is_file()
    return exe, _snapshot(exe.parent)


@pytest.fixture
def office_pc(tmp_path):
    """An environment like a fresh office PC's user: own profile folders, offscreen, no Python paths."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "VIRTUAL_ENV"))}
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[variable] = str(tmp_path / "profile" / variable.lower())
    env["HOME"] = env["USERPROFILE"] = str(tmp_path / "profile" / "home")
    env["APPDATA"] = env["LOCALAPPDATA"] = str(tmp_path / "profile" / "appdata")
    env["QT_QPA_PLATFORM"] = "offscreen"
    (tmp_path / "cwd").mkdir()
    return env, tmp_path


def _run(command: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, encoding="utf-8",
                          timeout=300)


def _assert_self_test_passed(result: subprocess.CompletedProcess) -> None:
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"jnprojects {installed_version()} self-test (bundle at ")
    for name in CHECK_NAMES:
        assert any(line.startswith(f"PASS {name}: ") for line in lines), (name, result.stdout)
    assert "PASS database: created and seeded: 229 projects" in result.stdout
    assert "PASS network: no socket was opened and no name looked up" in result.stdout
    assert lines[-1] == f"self-test passed: {len(CHECK_NAMES)} checks"


def test_the_built_app_passes_its_self_test(bundle, office_pc):
    exe, _files = bundle
    env, home = office_pc
    _assert_self_test_passed(_run([str(exe), "--self-test"], env, home / "cwd"))


def test_the_built_app_writes_only_to_the_user_data_folder(bundle, office_pc):
    exe, files = bundle
    env, home = office_pc
    result = _run([str(exe), "init"], env, home / "cwd")  # the default database, as on first start
    assert result.returncode == 0, result.stdout + result.stderr
    assert (home / "profile" / "xdg_data_home" / "jnprojects" / "jnprojects.db").is_file() \
        or sys.platform == "win32"
    assert _run([str(exe), "--self-test"], env, home / "cwd").returncode == 0
    assert _snapshot(exe.parent) == files, "the bundle's folder changed"
    assert list((home / "cwd").iterdir()) == [], "files appeared in the working folder"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="network namespaces are Linux's")
def test_the_built_app_runs_with_no_network_at_all(bundle, office_pc):
    exe, _files = bundle
    env, home = office_pc
    unshare = shutil.which("unshare")
    if unshare is None or subprocess.run([unshare, "-n", "true"], capture_output=True).returncode != 0:
        pytest.skip("cannot make a network namespace here (unshare -n needs root)")
    _assert_self_test_passed(_run([unshare, "-n", str(exe), "--self-test"], env, home / "cwd"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the size limit is measured on Linux")
def test_the_bundle_is_small_and_every_qt_library_it_needs_is_inside(bundle):
    exe, files = bundle
    size_mb = sum(size for size, _mtime in files.values()) / 1e6
    assert size_mb <= SIZE_LIMIT_MB, f"{size_mb:.0f} MB"
    ldd = shutil.which("ldd")
    if ldd is None:
        return
    missing = []
    for library in (exe.parent / "_internal" / "PySide6").rglob("*.so*"):
        output = subprocess.run([ldd, str(library)], capture_output=True, text=True).stdout
        missing += [f"{library.name}: {line.strip()}" for line in output.splitlines()
                    if "not found" in line and ("libQt6" in line or "libicu" in line or "libpyside" in line)]
    assert missing == []
