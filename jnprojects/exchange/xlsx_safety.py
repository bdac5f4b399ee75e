"""Writing untrusted text into spreadsheets safely.

Text that starts with = + - @ (or a tab/CR) would be taken as a formula by Excel or WPS — a
project name like "=HYPERLINK(…)" must open as the text it is. Control characters Excel cannot
store are dropped instead of aborting the export halfway.
"""

from __future__ import annotations

import re

_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def clean_text(value: object) -> str:
    return _ILLEGAL.sub("", "" if value is None else str(value))
