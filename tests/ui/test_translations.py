"""Every user-visible string has its Simplified Chinese translation, and the shipped .qm is current."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import i18n  # noqa: E402  (scripts/i18n.py, the project's translation tool)


def _messages(ts_file: Path) -> dict[tuple[str, str], tuple[str | None, str]]:
    result = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            result[(name, message.findtext("source"))] = (translation.get("type"), translation.text or "")
    return result


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory) -> Path:
    """The committed .ts updated from today's sources, in a scratch copy."""
    scratch = tmp_path_factory.mktemp("i18n") / "scratch.ts"
    scratch.write_bytes(i18n.TS_FILE.read_bytes())
    i18n.update(scratch)
    return scratch


def test_every_tr_string_has_a_chinese_translation(fresh_ts):
    missing = [
        f"{context}: {source!r}"
        for (context, source), (kind, text) in _messages(fresh_ts).items()
        if kind not in ("vanished", "obsolete") and (kind == "unfinished" or not text.strip())
    ]
    assert not missing, "untranslated strings (run scripts/i18n.py update, translate, release):\n" + "\n".join(missing)


def test_translations_are_mostly_chinese(fresh_ts):
    def has_cjk(text: str) -> bool:
        return any("\u4e00" <= ch <= "\u9fff" for ch in text)

    live = [(s, t) for (_, s), (kind, t) in _messages(fresh_ts).items() if kind not in ("vanished", "obsolete")]
    assert live
    english_copies = [s for s, t in live if not has_cjk(t) and any(ch.isalpha() for ch in s)]
    assert not english_copies, f"translations that are not Chinese: {english_copies[:10]}"


def test_compiled_translation_is_up_to_date(tmp_path):
    compiled = tmp_path / "check.qm"
    i18n.release(i18n.TS_FILE, compiled)
    assert i18n.QM_FILE.exists(), "run scripts/i18n.py release"
    assert compiled.read_bytes() == i18n.QM_FILE.read_bytes(), "run scripts/i18n.py release"


def test_chinese_is_the_default_and_english_selectable(qapp):
    from PySide6.QtCore import QCoreApplication

    from jnprojects.ui.i18n import install_language

    install_language("zh_CN")
    assert QCoreApplication.translate("MainWindow", "Projects") == "项目"
    install_language("en")
    assert QCoreApplication.translate("MainWindow", "Projects") == "Projects"
    install_language("zh_CN")
