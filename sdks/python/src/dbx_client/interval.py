"""SQL's interval: months, days and microseconds, kept apart."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Self

from dbx.v1 import value_pb2

_INT32 = range(-(2**31), 2**31)
_INT64 = range(-(2**63), 2**63)


@dataclass(frozen=True)
class Interval:
    """A span in the three units SQL keeps apart, because a month has no fixed
    length and a day across a DST change is not 24 hours.

    A ``datetime.timedelta`` is written as an Interval of microseconds only
    (``Interval.from_timedelta``): a timedelta is an exact duration, and
    spreading it into days would make "1 day" mean a calendar day to the
    database. Intervals are read as this type, never as timedelta, since
    months and days do not convert exactly.
    """

    months: int = 0
    days: int = 0
    microseconds: int = 0

    def __post_init__(self) -> None:
        if self.months not in _INT32 or self.days not in _INT32:
            raise ValueError("interval months and days must fit in 32 bits")
        if self.microseconds not in _INT64:
            raise ValueError("interval microseconds must fit in 64 bits")

    @classmethod
    def from_timedelta(cls, value: datetime.timedelta) -> Self:
        return cls(microseconds=(value.days * 86_400 + value.seconds) * 1_000_000 + value.microseconds)

    @classmethod
    def from_proto(cls, message: value_pb2.IntervalValue) -> Self:
        return cls(message.months, message.days, message.microseconds)

    def to_proto(self) -> value_pb2.IntervalValue:
        return value_pb2.IntervalValue(months=self.months, days=self.days, microseconds=self.microseconds)

    def to_timedelta(self) -> datetime.timedelta:
        """The exact duration, for an interval without months or days."""
        if self.months or self.days:
            raise ValueError(f"{self} has months or days, which have no fixed length")
        return datetime.timedelta(microseconds=self.microseconds)
