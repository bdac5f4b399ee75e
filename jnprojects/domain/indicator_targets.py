"""Targets of the plan's indicators (专栏2) as the plan writes them, and whether a value meets them.

The plan writes a target cell in a handful of forms:

* ``≥60``, ``>95``, ``<1.98`` (also ``>=``, ``<=``, ``≧``, ``≦`` and the full-width ``＞``/``＜``):
  a bound, met according to its comparator;
* ``100``: a plain number, met when the value reaches it in the indicator's direction
  (``>=`` for higher-is-better, ``<=`` for lower-is-better);
* ``[7]`` (or ``［7］``): a value accumulated over 2021—2025 (the plan's note: 带[]指标为
  2021—2025年累计值); the caller compares the accumulated value;
* ``-``, ``—`` or empty: no target for that year.

Pure Python: no Qt, no SQL.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

GE = ">="
GT = ">"
LE = "<="
LT = "<"
TARGET = "target"
NONE = "none"

COMPARATORS: tuple[str, ...] = (GE, GT, LE, LT, TARGET, NONE)
DIRECTIONS: tuple[str, ...] = ("higher", "lower")

# Cells that mean "no target" (after NFKC folding and whitespace removal).
_EMPTY_MARKS = frozenset({"", "-", "—", "——", "–", "－", "―", "/", "／"})

# Longest first so that ">=" wins over ">".
_COMPARATOR_MARKS: tuple[tuple[str, str], ...] = (
    (">=", GE),
    ("<=", LE),
    ("≥", GE),
    ("≧", GE),
    ("≤", LE),
    ("≦", LE),
    (">", GT),
    ("<", LT),
)

_NUMBER_RE = re.compile(r"^[+]?(\d+(?:\.\d+)?|\.\d+)$")


@dataclass(frozen=True)
class Target:
    """One target cell: ``comparator`` is one of ``COMPARATORS``; ``value`` is ``None`` only for
    ``"none"``; ``cumulative`` is true for the bracketed 2021—2025 cumulative values."""

    comparator: str
    value: Decimal | None
    cumulative: bool = False

    @property
    def has_target(self) -> bool:
        return self.comparator != NONE


NO_TARGET = Target(NONE, None, False)


def _fold(text: str) -> str:
    """Full-width to half-width (NFKC), then drop every kind of whitespace."""
    folded = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in folded if not ch.isspace())


def parse_target(text: str | None) -> Target:
    """Read a target cell of 专栏2. Raises ``ValueError`` for anything else."""
    original = text
    if text is None:
        return NO_TARGET
    body = _fold(str(text))
    if body in _EMPTY_MARKS:
        return NO_TARGET

    cumulative = False
    if body.startswith("[") and body.endswith("]"):
        cumulative = True
        body = body[1:-1]
    elif body.startswith("【") and body.endswith("】"):
        cumulative = True
        body = body[1:-1]

    comparator = TARGET
    for mark, code in _COMPARATOR_MARKS:
        if body.startswith(mark):
            comparator = code
            body = body[len(mark):]
            break

    # "60以上" / "1.98以下" as offices sometimes write them.
    if comparator == TARGET:
        if body.endswith("以上"):
            comparator, body = GE, body[: -len("以上")]
        elif body.endswith("以下"):
            comparator, body = LE, body[: -len("以下")]

    if body.endswith("%"):
        body = body[:-1]

    if not _NUMBER_RE.match(body):
        raise ValueError(f"not a target: {original!r}")
    try:
        value = Decimal(body.lstrip("+"))
    except InvalidOperation:  # pragma: no cover - the regex already guarantees a number
        raise ValueError(f"not a target: {original!r}") from None
    return Target(comparator, value, cumulative)


def is_met(target: Target, value: Decimal, direction: str) -> bool | None:
    """Whether ``value`` meets ``target``; ``None`` when there is no target.

    ``direction`` is ``"higher"`` (more is better) or ``"lower"`` (less is better, e.g. 城乡居民
    收入比). It only matters for plain numbers: an explicit comparator says what is met by itself.
    For a cumulative target pass the value accumulated over the period.
    """
    if direction not in DIRECTIONS:
        raise ValueError(f"direction must be 'higher' or 'lower', not {direction!r}")
    if target.comparator == NONE or target.value is None:
        return None
    actual = value if isinstance(value, Decimal) else Decimal(str(value))
    goal = target.value
    comparator = target.comparator
    if comparator == TARGET:
        comparator = GE if direction == "higher" else LE
    if comparator == GE:
        return actual >= goal
    if comparator == GT:
        return actual > goal
    if comparator == LE:
        return actual <= goal
    if comparator == LT:
        return actual < goal
    raise ValueError(f"unknown comparator {target.comparator!r}")


def target_to_dict(target: Target) -> dict[str, object]:
    """The JSON form used in ``resources/seed/indicators.json``."""
    return {
        "comparator": target.comparator,
        "value": None if target.value is None else str(target.value),
        "cumulative": target.cumulative,
    }


def target_from_dict(data: dict[str, object]) -> Target:
    """Inverse of :func:`target_to_dict`."""
    comparator = str(data["comparator"])
    if comparator not in COMPARATORS:
        raise ValueError(f"unknown comparator {comparator!r}")
    raw = data.get("value")
    value = None if raw is None else Decimal(str(raw))
    return Target(comparator, value, bool(data.get("cumulative", False)))
