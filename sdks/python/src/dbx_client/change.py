"""A change event of a Watch, in Python values."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from dbx.v1 import stream_pb2
from dbx_client.records import from_item
from dbx_client.timestamp import Timestamp
from dbx_client.values import from_value

ChangeType = stream_pb2.ChangeType


@dataclass(frozen=True)
class Change:
    """One change to a watched collection; ``event`` is the message as received."""

    type: stream_pb2.ChangeType
    key: Any
    record: dict[str, Any] | None
    before: dict[str, Any] | None
    resume_token: str
    time: Timestamp | None
    event: stream_pb2.ChangeEvent

    @classmethod
    def from_proto(cls, event: stream_pb2.ChangeEvent) -> Change:
        return cls(
            type=event.type,
            key=from_value(event.key) if event.HasField("key") else None,
            record=from_item(event.record) if event.HasField("record") else None,
            before=from_item(event.before) if event.HasField("before") else None,
            resume_token=event.resume_token,
            time=Timestamp.from_proto(event.time) if event.HasField("time") else None,
            event=event,
        )


def changes_of(response: stream_pb2.WatchResponse) -> Iterator[Change]:
    """The change a Watch message carries (none for the ready message)."""
    if response.HasField("change"):
        yield Change.from_proto(response.change)


def is_ready(response: stream_pb2.WatchResponse) -> bool:
    return response.HasField("ready")
