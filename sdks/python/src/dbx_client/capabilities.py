"""What a backend supports, from AdminService.GetCapabilities."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from dbx.v1 import admin_pb2


@dataclass(frozen=True)
class Capabilities:
    """A backend's capabilities (``"stream.watch"``, ``"value.interval"``...)
    and the backend-specific services it serves; ``"x" in caps`` or
    ``caps.has("x")``. See docs/capabilities.md for the names."""

    backend: str
    kind: admin_pb2.BackendKind
    names: frozenset[str]
    services: frozenset[str]
    response: admin_pb2.GetCapabilitiesResponse

    @classmethod
    def from_proto(cls, response: admin_pb2.GetCapabilitiesResponse) -> Capabilities:
        return cls(
            backend=response.backend.name,
            kind=response.backend.kind,
            names=frozenset(response.capabilities),
            services=frozenset(response.services),
            response=response,
        )

    def has(self, name: str) -> bool:
        return name in self.names

    def __contains__(self, name: object) -> bool:
        return name in self.names

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self.names))
