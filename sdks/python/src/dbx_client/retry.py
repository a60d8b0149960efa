"""Retries of read-only calls, done by gRPC itself from a service config."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from google.protobuf import descriptor_pb2
from google.protobuf.descriptor import ServiceDescriptor


@dataclass(frozen=True)
class RetryPolicy:
    """Retries a call that failed with UNAVAILABLE, with exponential backoff.

    Only methods the contract marks ``idempotency_level = NO_SIDE_EFFECTS``
    (Get, Exists, BatchGet, List, Count, Find, GetCapabilities, Ping...) are
    retried; writes never are, even idempotent ones such as Put, since a
    write that timed out may have happened. gRPC caps attempts at 5.
    """

    max_attempts: int = 4
    initial_backoff: float = 0.1
    max_backoff: float = 2.0
    backoff_multiplier: float = 2.0

    def __post_init__(self) -> None:
        if not 2 <= self.max_attempts <= 5:
            raise ValueError("max_attempts is 2 to 5 (gRPC's limit); pass retry=None for no retries")

    def service_config(self, services: Iterable[ServiceDescriptor]) -> str:
        """The gRPC service config (JSON) that retries the read-only methods of ``services``."""
        names = [
            {"service": service.full_name, "method": method}
            for service in services
            for method in read_only_methods(service)
        ]
        return json.dumps(
            {
                "methodConfig": [
                    {
                        "name": names,
                        "retryPolicy": {
                            "maxAttempts": self.max_attempts,
                            "initialBackoff": f"{self.initial_backoff}s",
                            "maxBackoff": f"{self.max_backoff}s",
                            "backoffMultiplier": self.backoff_multiplier,
                            "retryableStatusCodes": ["UNAVAILABLE"],
                        },
                    }
                ]
            }
        )


def read_only_methods(service: ServiceDescriptor) -> list[str]:
    """The methods of a service the contract marks NO_SIDE_EFFECTS."""
    return [
        method.name
        for method in service.methods
        if method.GetOptions().idempotency_level == descriptor_pb2.MethodOptions.NO_SIDE_EFFECTS
    ]
