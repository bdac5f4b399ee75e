"""--self-test in process: every check passes on a checkout, a failure is reported, and any socket fails it."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from jnprojects import __version__, selftest
from jnprojects.netguard import NetworkUsed, no_network
from tests.packaging.helpers import CHECK_NAMES, installed_version


@pytest.fixture
def restore_language(qapp):
    """The self-test installs the Chinese UI; later tests expect the untranslated one."""
    locale = QLocale()
    yield
    from jnprojects.ui.i18n import install_language

    install_language("en")
    QLocale.setDefault(locale)


def test_self_test_passes_and_prints_each_check(restore_language, tmp_path):
    lines: list[str] = []
    assert selftest.run_self_test(out=lines.append) == 0
    assert lines[0].startswith(f"jnprojects {installed_version()} self-test (checkout")
    for name in CHECK_NAMES:
        assert any(line.startswith(f"PASS {name}: ") for line in lines), name
    assert "PASS database: created and seeded: 229 projects" in "\n".join(lines)
    assert lines[-1] == f"self-test passed: {len(CHECK_NAMES)} checks"


def test_a_missing_resource_fails_the_self_test(monkeypatch):
    monkeypatch.setattr(selftest, "schema_path", lambda: Path("/nonexistent/schema.sql"))
    lines: list[str] = []
    assert selftest.run_self_test(out=lines.append) == 1
    assert lines[-1].startswith("FAIL resources: RuntimeError: missing under")
    assert "db/schema.sql" in lines[-1]


def test_a_connection_attempt_fails_the_self_test_even_when_caught(monkeypatch):
    def sneaky(run) -> str:  # noqa: ANN001
        try:
            socket.create_connection(("127.0.0.1", 9), timeout=0.1)
        except OSError:
            pass
        except NetworkUsed:
            pass
        return "looked fine"

    monkeypatch.setattr(selftest, "CHECKS", (("sneaky", sneaky),))
    lines: list[str] = []
    assert selftest.run_self_test(out=lines.append) == 1
    assert lines[1] == "PASS sneaky: looked fine"
    assert lines[-1].startswith("FAIL network: 1 attempt(s), first socket.")


def test_the_guard_blocks_a_connect_before_any_packet_is_sent():
    outside = socket.socket(socket.AF_INET, socket.SOCK_STREAM)  # allowed: no guard yet
    try:
        with no_network() as guard:
            with pytest.raises(NetworkUsed, match="socket.connect"):
                outside.connect(("127.0.0.1", 9))
            with pytest.raises(NetworkUsed, match="socket.getaddrinfo"):
                socket.getaddrinfo("localhost", 80)
            with pytest.raises(NetworkUsed, match=r"socket.__new__"):
                socket.socket()
        assert len(guard.attempts) == 3
    finally:
        outside.close()
    socket.socket().close()  # the guard ends with its block


def test_the_version_shown_is_the_installed_one():
    assert __version__ == installed_version()
