"""A date and time without a zone, with nanoseconds."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Self

from dbx.v1 import value_pb2
from dbx_client.time_of_day import TimeOfDay


@dataclass(frozen=True, order=True)
class LocalDateTime:
    """SQL TIMESTAMP WITHOUT TIME ZONE as DBX reads it. A naive datetime.datetime
    is written as this kind; an aware one is an instant (a timestamp)."""

    date: datetime.date
    time: TimeOfDay

    @classmethod
    def from_datetime(cls, value: datetime.datetime) -> Self:
        if value.tzinfo is not None:
            raise ValueError("an aware datetime is an instant: write it as a timestamp")
        return cls(value.date(), TimeOfDay.from_time(value.time()))

    @classmethod
    def from_proto(cls, message: value_pb2.DateTimeValue) -> Self:
        date = datetime.date(message.date.year, message.date.month, message.date.day)
        return cls(date, TimeOfDay.from_proto(message.time))

    def to_proto(self) -> value_pb2.DateTimeValue:
        date = value_pb2.DateValue(year=self.date.year, month=self.date.month, day=self.date.day)
        return value_pb2.DateTimeValue(date=date, time=self.time.to_proto())

    def to_datetime(self) -> datetime.datetime:
        """As a naive datetime; refused when it would drop nanoseconds."""
        return datetime.datetime.combine(self.date, self.time.to_time())

    def __str__(self) -> str:
        return f"{self.date.isoformat()}T{self.time}"
