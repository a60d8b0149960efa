"""What every call of a client carries: its default deadline and metadata."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

Metadata = Sequence[tuple[str, str]]


@dataclass(frozen=True)
class CallOptions:
    """The client's defaults, merged into each call.

    ``timeout`` (seconds) applies to unary and client-streaming calls. Server
    streams get no default deadline: a Watch or a Subscribe is meant to stay
    open, so only a per-call ``timeout`` bounds them.
    """

    timeout: float | None = None
    metadata: tuple[tuple[str, str], ...] = ()

    def deadline(self, timeout: float | None, *, stream: bool = False) -> float | None:
        if timeout is not None:
            return timeout
        return None if stream else self.timeout

    def merged(self, metadata: Metadata) -> tuple[tuple[str, str], ...]:
        return self.metadata + tuple(metadata)
