"""Keys that let SQL sort Chinese names by pinyin and find them by pinyin initials.

Computed when a project is written (pypinyin's dictionary takes ~0.5 s to load, so it is imported
on first use, never at start-up) and stored beside the name, so listing and searching stay plain
indexed SQL.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _pinyin() -> tuple[Any, Any]:
    from pypinyin import Style, lazy_pinyin

    return lazy_pinyin, Style


def _syllables(text: str) -> list[str]:
    lazy_pinyin, _style = _pinyin()
    return [s.lower() for s in lazy_pinyin(text, errors="default") if s.strip()]


@lru_cache(maxsize=65_536)
def sort_key(name: str) -> str:
    """'京雄商高铁' → 'jing xiong shang gao tie'. Spaces keep syllable order (xi an < xian).

    Cached (a pure function of the text): the monthly rankings order thousands of unit and place
    names, which have no stored key, on every refresh, at ~0.4 ms of pypinyin per name. The bound
    holds a province's names."""
    return " ".join(_syllables(name))


def search_text(name: str) -> str:
    """Initials and full pinyin, both run together: '京雄商高铁' → 'jxsgt jingxiongshanggaotie'."""
    syllables = [s.replace(" ", "") for s in _syllables(name)]
    initials = "".join(s[0] for s in syllables if s)
    return f"{initials} {''.join(syllables)}"
