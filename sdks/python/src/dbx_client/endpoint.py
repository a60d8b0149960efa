"""A DBX URL, and the gRPC channel settings every client shares."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import grpc
from google.protobuf.descriptor import ServiceDescriptor

from dbx_client.retry import RetryPolicy

_DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True)
class Endpoint:
    """Where a DBX server listens: ``host:port`` and whether to use TLS."""

    target: str
    tls: bool

    @classmethod
    def parse(cls, url: str) -> Endpoint:
        """``http://host[:port]`` (cleartext HTTP/2) or ``https://host[:port]`` (TLS)."""
        parts = urlsplit(url)
        if parts.scheme not in _DEFAULT_PORTS:
            raise ValueError(f"a DBX URL starts with http:// or https://, not {url!r}")
        if not parts.hostname:
            raise ValueError(f"the DBX URL {url!r} has no host")
        if parts.path not in ("", "/") or parts.query or parts.fragment or parts.username:
            raise ValueError(f"gRPC serves DBX at the root of its host: {url!r} has more than scheme, host and port")
        host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
        port = parts.port or _DEFAULT_PORTS[parts.scheme]
        return cls(f"{host}:{port}", tls=parts.scheme == "https")

    def credentials(self, root_certificates: bytes | None) -> grpc.ChannelCredentials:
        """TLS credentials trusting ``root_certificates`` (PEM), or the system's CAs."""
        return grpc.ssl_channel_credentials(root_certificates=root_certificates)


def grpc_channel_options(
    retry: RetryPolicy | None, services: Iterable[ServiceDescriptor], extra: Iterable[tuple[str, Any]]
) -> list[tuple[str, Any]]:
    options: list[tuple[str, Any]] = [("grpc.enable_retries", 1 if retry else 0)]
    if retry:
        options.append(("grpc.service_config", retry.service_config(services)))
    options.extend(extra)
    return options


def credential_metadata(token: str | None, api_key: str | None, api_key_header: str) -> tuple[tuple[str, str], ...]:
    """The headers that carry the caller's credentials on every call."""
    metadata: list[tuple[str, str]] = []
    if token is not None:
        metadata.append(("authorization", f"Bearer {token}"))
    if api_key is not None:
        metadata.append((api_key_header.lower(), api_key))
    return tuple(metadata)
