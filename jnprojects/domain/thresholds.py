"""The office's status thresholds (stored as settings ``status.*``) and how they are read and checked."""

from __future__ import annotations

from dataclasses import dataclass, fields

from .errors import ValidationError

SETTINGS_PREFIX = "status."


@dataclass(frozen=True)
class Thresholds:
    """The office's tunable thresholds.

    Invariants (enforced by :meth:`validate`, hence by :meth:`from_settings`): every value is
    >= 0, day/month counts are whole numbers and ``red_gap >= yellow_gap``.
    """

    yellow_gap: float = 10.0  # percentage points behind 序时进度 for yellow (strictly more)
    red_gap: float = 30.0  # percentage points behind 序时进度 for red (strictly more)
    red_start_delay_months: int = 3  # not started more than this many months after planned start
    warn_days: int = 30  # a milestone planned within this many days is "due soon"
    red_overdue_days: int = 30  # a milestone overdue by strictly more days is red
    validity_warn_days: int = 30  # an approval lapsing within this many days is flagged

    # Which fields are percentage points (floats); the rest are whole counts (ints). A plain class
    # attribute without annotation, so it is not a dataclass field.
    _FLOAT_FIELDS = ("yellow_gap", "red_gap")

    def validate(self) -> None:
        """Raise ``ValidationError`` when the thresholds are nonsense."""
        for f in fields(self):
            value = getattr(self, f.name)
            if value < 0:
                raise ValidationError("threshold_negative", SETTINGS_PREFIX + f.name, {"value": str(value)})
        if self.red_gap < self.yellow_gap:
            raise ValidationError(
                "threshold_red_below_yellow",
                SETTINGS_PREFIX + "red_gap",
                {"red": plain_number(self.red_gap), "yellow": plain_number(self.yellow_gap)},
            )

    def to_settings(self) -> dict[str, str]:
        """Key/value text for the settings table, keys prefixed ``status.``."""
        return {SETTINGS_PREFIX + f.name: plain_number(getattr(self, f.name)) for f in fields(self)}

    @classmethod
    def from_settings(cls, settings: dict[str, str]) -> Thresholds:
        """Read thresholds back from key/value text.

        Keys without the ``status.`` prefix belong to other settings and are ignored, as are
        unknown ``status.*`` keys (a newer version may have added some). Missing keys take the
        defaults. Unreadable or negative values, fractional day counts and ``red_gap <
        yellow_gap`` raise ``ValidationError`` naming the key.
        """
        values: dict[str, float | int] = {}
        for f in fields(cls):
            key = SETTINGS_PREFIX + f.name
            if key not in settings:
                continue
            text = str(settings[key]).strip()
            try:
                number = float(text)
            except ValueError:
                raise ValidationError("threshold_bad_number", key, {"value": text}) from None
            if number != number or number in (float("inf"), float("-inf")):
                raise ValidationError("threshold_bad_number", key, {"value": text})
            if number < 0:
                raise ValidationError("threshold_negative", key, {"value": text})
            if f.name in cls._FLOAT_FIELDS:
                values[f.name] = number
            else:
                if not number.is_integer():
                    raise ValidationError("threshold_not_whole", key, {"value": text})
                values[f.name] = int(number)
        result = cls(**values)  # type: ignore[arg-type]
        result.validate()
        return result


def plain_number(value: float | int) -> str:
    """'10' for 10.0, '10.5' for 10.5, at most two decimals (used in settings and sentences)."""
    text = f"{float(value):.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text
