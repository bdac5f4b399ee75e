"""parse_target / is_met on every form the plan's 专栏2 uses, plus the variants offices type."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jnprojects.domain.indicator_targets import (
    NO_TARGET,
    Target,
    is_met,
    parse_target,
    target_from_dict,
    target_to_dict,
)

D = Decimal


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("≥60", Target(">=", D("60"), False)),
        (">95", Target(">", D("95"), False)),
        ("<1.98", Target("<", D("1.98"), False)),
        ("<1.8", Target("<", D("1.8"), False)),
        ("≤5", Target("<=", D("5"), False)),
        (">=60", Target(">=", D("60"), False)),
        ("<=1.98", Target("<=", D("1.98"), False)),
        ("≧60", Target(">=", D("60"), False)),
        ("≦1.98", Target("<=", D("1.98"), False)),
        ("100", Target("target", D("100"), False)),
        ("1", Target("target", D("1"), False)),
        ("50.13", Target("target", D("50.13"), False)),
        ("[7]", Target("target", D("7"), True)),
        ("-", NO_TARGET),
        ("—", NO_TARGET),
        ("——", NO_TARGET),
        ("", NO_TARGET),
        ("   ", NO_TARGET),
        (None, NO_TARGET),
    ],
)
def test_parse_target_plan_forms(text: str | None, expected: Target) -> None:
    assert parse_target(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("［7］", Target("target", D("7"), True)),  # full-width brackets
        ("【7】", Target("target", D("7"), True)),
        ("［ ７ ］", Target("target", D("7"), True)),
        ("＞95", Target(">", D("95"), False)),  # full-width comparators
        ("＜1.98", Target("<", D("1.98"), False)),
        ("＞＝60", Target(">=", D("60"), False)),
        ("＜＝1.98", Target("<=", D("1.98"), False)),
        ("≥６０", Target(">=", D("60"), False)),  # full-width digits
        ("１．９８", Target("target", D("1.98"), False)),
        ("－", NO_TARGET),  # full-width hyphen
        (" 1 00 ", Target("target", D("100"), False)),  # stray spaces
        ("\u3000≥ 60\u3000", Target(">=", D("60"), False)),
        ("> 95", Target(">", D("95"), False)),
        ("65%", Target("target", D("65"), False)),
        ("60以上", Target(">=", D("60"), False)),
        ("1.98以下", Target("<=", D("1.98"), False)),
    ],
)
def test_parse_target_variants(text: str, expected: Target) -> None:
    assert parse_target(text) == expected


@pytest.mark.parametrize("text", ["abc", "≥", "[]", "6O", "1.2.3", ">>5", "约60"])
def test_parse_target_rejects_garbage(text: str) -> None:
    with pytest.raises(ValueError):
        parse_target(text)


def test_value_keeps_its_decimal_digits() -> None:
    assert str(parse_target("<1.98").value) == "1.98"
    assert str(parse_target("50.13").value) == "50.13"
    assert isinstance(parse_target("≥60").value, Decimal)


def test_has_target() -> None:
    assert parse_target("≥60").has_target
    assert not parse_target("-").has_target


# ----------------------------------------------------------------------------- is_met


@pytest.mark.parametrize(
    ("text", "value", "direction", "expected"),
    [
        # ≥ bound
        ("≥60", "60", "higher", True),
        ("≥60", "59.9", "higher", False),
        # > bound: reaching the number is not enough
        (">95", "95", "higher", False),
        (">95", "95.1", "higher", True),
        # plain number, higher is better: met when reached
        ("100", "100", "higher", True),
        ("100", "99.9", "higher", False),
        ("1", "1", "higher", True),
        ("1", "0", "higher", False),
        # lower-is-better (城乡居民收入比)
        ("<1.98", "1.95", "lower", True),
        ("<1.98", "1.99", "lower", False),
        ("<1.98", "1.98", "lower", False),
        ("<1.8", "1.79", "lower", True),
        ("<=1.98", "1.98", "lower", True),
        # plain number, lower is better: met when at or below
        ("1.98", "1.98", "lower", True),
        ("1.98", "1.97", "lower", True),
        ("1.98", "1.99", "lower", False),
        # cumulative 2021—2025 value: compare the accumulated value
        ("[7]", "7", "higher", True),
        ("[7]", "7.5", "higher", True),
        ("[7]", "6.9", "higher", False),
        ("［7］", "8", "higher", True),
        # full-width forms behave like their half-width twins
        ("＞95", "96", "higher", True),
        ("＜1.98", "1.99", "lower", False),
    ],
)
def test_is_met(text: str, value: str, direction: str, expected: bool) -> None:
    assert is_met(parse_target(text), D(value), direction) is expected


@pytest.mark.parametrize("text", ["-", "—", "", "－"])
@pytest.mark.parametrize("direction", ["higher", "lower"])
def test_is_met_without_target_is_none(text: str, direction: str) -> None:
    assert is_met(parse_target(text), D("42"), direction) is None


def test_is_met_rejects_unknown_direction() -> None:
    with pytest.raises(ValueError):
        is_met(parse_target("≥60"), D("70"), "up")


def test_explicit_comparator_wins_over_direction() -> None:
    # An explicit "<" is met below the bound even if the indicator is marked higher-is-better.
    assert is_met(parse_target("<5"), D("4"), "higher") is True
    assert is_met(parse_target(">5"), D("6"), "lower") is True


@pytest.mark.parametrize("text", ["≥60", ">95", "<1.98", "[7]", "-", "100", "1", "50.13"])
def test_dict_round_trip(text: str) -> None:
    target = parse_target(text)
    data = target_to_dict(target)
    assert set(data) == {"comparator", "value", "cumulative"}
    assert data["value"] is None or isinstance(data["value"], str)
    assert target_from_dict(data) == target
