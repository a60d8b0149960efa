"""DBX's errors as one exception type, read from the gRPC status details."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from types import MappingProxyType
from typing import Any, cast

import grpc
from google.rpc import error_details_pb2, status_pb2

from dbx.v1 import errors_pb2

DOMAIN = "dbx.dev"
_STATUS_DETAILS_KEY = "grpc-status-details-bin"
_CODES_BY_VALUE = {code.value[0]: code for code in grpc.StatusCode}

ErrorReason = errors_pb2.ErrorReason


@dataclass(frozen=True)
class FieldViolation:
    """One entry of the error's google.rpc.BadRequest: a request field and what is wrong with it."""

    field: str
    description: str


# Not frozen: raising an exception sets its __traceback__ and __cause__.
@dataclass(eq=False)
class DbxError(Exception):
    """A failed DBX call.

    ``reason`` is the generated ``dbx.v1.ErrorReason`` value parsed from the
    google.rpc.ErrorInfo detail (``ERROR_REASON_UNSPECIFIED`` when there is
    none, as for transport failures, or when the server knows a reason newer
    than this client: ``reason_name`` then keeps its name).
    """

    code: grpc.StatusCode
    message: str
    reason: errors_pb2.ErrorReason = errors_pb2.ERROR_REASON_UNSPECIFIED
    reason_name: str = ""
    domain: str = ""
    metadata: Mapping[str, str] = dataclass_field(default_factory=lambda: MappingProxyType({}))
    field_violations: tuple[FieldViolation, ...] = ()

    def __str__(self) -> str:
        reason = f" [{self.reason_name}]" if self.reason_name else ""
        return f"{self.code.name}{reason}: {self.message}"

    @property
    def field(self) -> str | None:
        """The request field the error is about (BadRequest), if any."""
        return self.field_violations[0].field if self.field_violations else None

    @property
    def retryable(self) -> bool:
        return is_retryable(self)

    @classmethod
    def from_rpc_error(cls, error: grpc.RpcError) -> DbxError:
        """Reads code, message and details from a failed sync or asyncio call."""
        call: Any = error
        code: grpc.StatusCode = call.code()
        message: str = call.details() or ""
        details = _status_details(call.trailing_metadata() or ())
        if details is None:
            return cls(code, message)
        return cls.from_status(details, default_code=code)

    @classmethod
    def from_status(cls, status: status_pb2.Status, *, default_code: grpc.StatusCode = grpc.StatusCode.UNKNOWN) -> DbxError:
        info = error_details_pb2.ErrorInfo()
        bad_request = error_details_pb2.BadRequest()
        violations: list[FieldViolation] = []
        for detail in status.details:
            # Unpack is False (and leaves the message alone) for another type.
            if not detail.Unpack(info) and detail.Unpack(bad_request):
                violations.extend(FieldViolation(v.field, v.description) for v in bad_request.field_violations)
        return cls(
            code=_CODES_BY_VALUE.get(status.code, default_code),
            message=status.message,
            reason=_reason(info.reason) if info.domain == DOMAIN else errors_pb2.ERROR_REASON_UNSPECIFIED,
            reason_name=info.reason,
            domain=info.domain,
            metadata=MappingProxyType(dict(info.metadata)),
            field_violations=tuple(violations),
        )


def _reason(name: str) -> errors_pb2.ErrorReason:
    try:
        return cast(errors_pb2.ErrorReason, errors_pb2.ErrorReason.Value(name))
    except ValueError:
        return errors_pb2.ERROR_REASON_UNSPECIFIED


def _status_details(trailing_metadata: Any) -> status_pb2.Status | None:
    for key, value in trailing_metadata:
        if key == _STATUS_DETAILS_KEY and isinstance(value, bytes):
            return status_pb2.Status.FromString(value)
    return None


def is_retryable(error: BaseException) -> bool:
    """Whether the same call may succeed if made again later.

    UNAVAILABLE and ABORTED are; RESOURCE_EXHAUSTED only when too many
    transactions are open or the caller is over its rate limit (after the
    delay its RetryInfo names); the others of that code, such as a request too
    large, fail again; nothing else is.
    """
    if not isinstance(error, DbxError):
        return False
    if error.code in (grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.ABORTED):
        return True
    return error.code == grpc.StatusCode.RESOURCE_EXHAUSTED and error.reason in (
        errors_pb2.ERROR_REASON_TOO_MANY_TRANSACTIONS,
        errors_pb2.ERROR_REASON_RATE_LIMITED,
    )
