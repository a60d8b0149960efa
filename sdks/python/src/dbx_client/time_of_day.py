"""A time of day with nanoseconds, which datetime.time (microseconds) cannot hold."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Self

from dbx.v1 import value_pb2


@dataclass(frozen=True, order=True)
class TimeOfDay:
    """A time of day without a zone (SQL TIME), as DBX reads it."""

    hours: int
    minutes: int
    seconds: int
    nanos: int = 0

    def __post_init__(self) -> None:
        # datetime.time checks hours, minutes and seconds for us.
        datetime.time(self.hours, self.minutes, self.seconds)
        if not 0 <= self.nanos < 1_000_000_000:
            raise ValueError(f"nanos must be 0 to 999,999,999, not {self.nanos}")

    @classmethod
    def from_time(cls, value: datetime.time) -> Self:
        if value.tzinfo is not None:
            raise ValueError("a time of day with a tzinfo has no DBX kind; DBX times carry no zone")
        return cls(value.hour, value.minute, value.second, value.microsecond * 1_000)

    @classmethod
    def from_proto(cls, message: value_pb2.TimeOfDayValue) -> Self:
        return cls(message.hours, message.minutes, message.seconds, message.nanos)

    def to_proto(self) -> value_pb2.TimeOfDayValue:
        return value_pb2.TimeOfDayValue(hours=self.hours, minutes=self.minutes, seconds=self.seconds, nanos=self.nanos)

    def to_time(self) -> datetime.time:
        """As datetime.time; refused when it would drop nanoseconds."""
        if self.nanos % 1_000:
            raise ValueError(f"{self} has digits finer than the microseconds of datetime.time")
        return datetime.time(self.hours, self.minutes, self.seconds, self.nanos // 1_000)

    def __str__(self) -> str:
        fraction = f".{self.nanos:09d}".rstrip("0") if self.nanos else ""
        return f"{self.hours:02d}:{self.minutes:02d}:{self.seconds:02d}{fraction}"
