"""Parsing and formatting of the values people type: dates, money and percentages.

Tolerant where people are (full-width digits and spaces, 2025/6/30, 2025年6月30日, 亿元) and
strict where data is at stake: anything that cannot be read raises ``ValidationError`` naming the
field and the value found.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache

from .errors import ValidationError

_DATE_RE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_EXCEL_EPOCH = date(1899, 12, 30)
WAN_PER_YI = Decimal(10000)
_ONE = Decimal(1)


def normalize_text(value: object) -> str:
    """Fold full-width characters (digits, letters, spaces, punctuation) and trim."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", str(value))
    return text.replace("\u3000", " ").strip()


def parse_date(value: object, field: str = "") -> date | None:
    """Read a date written the ways Chinese offices write it; empty means ``None``."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 1 <= value < 2958466:  # Excel serial day numbers (1900 date system)
            return _EXCEL_EPOCH + timedelta(days=int(value))
        raise ValidationError("bad_date", field, {"value": str(value)})
    text = normalize_text(value)
    if not text:
        return None
    match = _DATE_RE.match(text)
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            pass
    raise ValidationError("bad_date", field, {"value": text})


def format_date(value: date | None) -> str:
    return value.isoformat() if value else ""


def parse_money(value: object, field: str = "", unit: str = "万元") -> Decimal | None:
    """Read an amount and return it in 万元. ``unit`` is the column's unit (万元 or 亿元).

    A suffix in the cell itself (``1.2亿``, ``3000万元``) wins over the column's unit.
    Negative amounts are refused: investment is never negative.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValidationError("bad_money", field, {"value": str(value)})
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, (int, float)):
        amount = Decimal(str(value))
    else:
        text = normalize_text(value).replace(",", "").replace(" ", "")
        if not text:
            return None
        if text.endswith("亿元") or text.endswith("亿"):
            unit, text = "亿元", text.rstrip("元").rstrip("亿")
        elif text.endswith("万元") or text.endswith("万"):
            unit, text = "万元", text.rstrip("元").rstrip("万")
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise ValidationError("bad_money", field, {"value": str(value)}) from None
    if not amount.is_finite():
        raise ValidationError("bad_money", field, {"value": str(value)})
    if amount < 0:
        raise ValidationError("negative_money", field, {"value": str(value)})
    if unit == "亿元":
        amount *= WAN_PER_YI
    return _canonical(amount)


def _canonical(amount: Decimal) -> Decimal:
    """Drop trailing zeros but never switch to exponent notation (1E+4 → 10000)."""
    normalized = amount.normalize()
    if normalized == normalized.to_integral():
        return normalized.quantize(_ONE)
    return normalized


def money_to_db(amount: Decimal | None) -> str | None:
    return None if amount is None else format(_canonical(amount), "f")


def money_from_db(text: str | None) -> Decimal | None:
    return None if text is None or text == "" else Decimal(text)


@lru_cache(maxsize=65536)
def date_from_db(text: str | None) -> date | None:
    """A stored ISO date. Cached: a province-scale load reads hundreds of thousands, most repeated."""
    return date.fromisoformat(text) if text else None


def format_money(amount: Decimal | None, unit: str = "auto") -> tuple[str, str]:
    """Return (number text, unit) for display: 亿元 for amounts of 10,000 万元 and more.

    A subtotal must be formatted with the same unit as the rows it sums, so callers that show a
    column pass ``unit`` explicitly rather than letting each row choose.
    """
    if amount is None:
        return "", ""
    if unit == "auto":
        unit = "亿元" if amount >= WAN_PER_YI else "万元"
    shown = amount / WAN_PER_YI if unit == "亿元" else amount
    text = format(shown.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), ",f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text, unit


def parse_percent(value: object, field: str = "") -> float | None:
    """Read 0–100 (``85``, ``85%``, ``0.85`` from an Excel percent cell is taken as 85%)."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValidationError("bad_percent", field, {"value": str(value)})
    if isinstance(value, (int, float, Decimal)):
        number = float(value)
        if 0 < number <= 1 and isinstance(value, float) and not float(value).is_integer():
            number *= 100
    else:
        text = normalize_text(value).rstrip("%").strip()
        if not text:
            return None
        try:
            number = float(text)
        except ValueError:
            raise ValidationError("bad_percent", field, {"value": str(value)}) from None
    if not 0 <= number <= 100:
        raise ValidationError("percent_range", field, {"value": str(value)})
    return round(number, 2)


def parse_period(value: object, field: str = "period") -> str:
    """'YYYY-MM' from '2026-11', '2026年11月', '2026/11' or a date."""
    if isinstance(value, date):
        return f"{value.year:04d}-{value.month:02d}"
    text = normalize_text(value)
    match = re.match(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$", text)
    if not match or not 1 <= int(match[2]) <= 12:
        raise ValidationError("bad_period", field, {"value": text})
    return f"{int(match[1]):04d}-{int(match[2]):02d}"
