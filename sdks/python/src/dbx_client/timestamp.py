"""An instant with nanoseconds, which datetime.datetime (microseconds) cannot hold."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Self

from google.protobuf import timestamp_pb2

_NANOS_PER_SECOND = 1_000_000_000
_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)


@dataclass(frozen=True, order=True)
class Timestamp:
    """Seconds since the Unix epoch (UTC) and nanoseconds within the second.

    DBX reads every timestamp as this type, so no digit is lost; convert with
    ``to_datetime()`` where microseconds are enough.
    """

    seconds: int
    nanos: int = 0

    def __post_init__(self) -> None:
        if not 0 <= self.nanos < _NANOS_PER_SECOND:
            raise ValueError(f"nanos must be 0 to 999,999,999, not {self.nanos}")

    @classmethod
    def parse(cls, text: str) -> Self:
        """An RFC 3339 timestamp with up to 9 fractional digits: ``2024-05-01T12:34:56.123456789Z``."""
        message = timestamp_pb2.Timestamp()
        message.FromJsonString(text)
        return cls(message.seconds, message.nanos)

    @classmethod
    def from_datetime(cls, value: datetime.datetime) -> Self:
        """An aware datetime's instant; a naive one has no instant and is refused."""
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("a naive datetime is no instant: give it a tzinfo (or write it as a DBX datetime)")
        delta = value - _EPOCH
        seconds = delta.days * 86_400 + delta.seconds
        return cls(seconds, delta.microseconds * 1_000)

    @classmethod
    def from_proto(cls, message: timestamp_pb2.Timestamp) -> Self:
        return cls(message.seconds, message.nanos)

    def to_proto(self) -> timestamp_pb2.Timestamp:
        return timestamp_pb2.Timestamp(seconds=self.seconds, nanos=self.nanos)

    def to_datetime(self) -> datetime.datetime:
        """The instant as an aware UTC datetime; refused when it would drop nanoseconds."""
        if self.nanos % 1_000:
            raise ValueError(f"{self} has digits finer than the microseconds of datetime")
        return _EPOCH + datetime.timedelta(seconds=self.seconds, microseconds=self.nanos // 1_000)

    def __str__(self) -> str:
        return self.to_proto().ToJsonString()
