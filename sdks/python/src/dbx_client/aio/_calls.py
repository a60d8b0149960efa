"""The three kinds of call a typed service client makes, for the asyncio client.

The same shape as dbx_client._calls, with coroutines and async streams.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, Callable, Iterable
from typing import Any, ClassVar, Generic, Self, TypeVar, overload

import grpc
from google.protobuf.descriptor import ServiceDescriptor
from google.protobuf.message import Message

from dbx_client.aio.stream import AsyncStream
from dbx_client.call_options import CallOptions, Metadata
from dbx_client.errors import DbxError

Req = TypeVar("Req", bound=Message)
Resp = TypeVar("Resp", bound=Message)


class Service:
    """A typed client of one service over a shared asyncio channel."""

    DESCRIPTOR: ClassVar[ServiceDescriptor]
    _stub_type: ClassVar[type[Any]]

    def __init__(self, channel: grpc.aio.Channel, options: CallOptions) -> None:
        self._stub = type(self)._stub_type(channel)
        self._options = options


class _Method(Generic[Req, Resp]):
    def __init__(self, name: str) -> None:
        self.name = name
        self._attribute = name

    def __set_name__(self, owner: type[Service], attribute: str) -> None:
        self._attribute = attribute

    def _multicallable(self, service: Service) -> Any:
        return getattr(service._stub, self.name)


class UnaryCall(Generic[Req, Resp]):
    def __init__(self, multicallable: Any, options: CallOptions) -> None:
        self._multicallable = multicallable
        self._options = options

    async def __call__(self, request: Req, *, timeout: float | None = None, metadata: Metadata = ()) -> Resp:
        try:
            response: Resp = await self._multicallable(
                request, timeout=self._options.deadline(timeout), metadata=self._options.merged(metadata)
            )
        except grpc.aio.AioRpcError as error:
            raise DbxError.from_rpc_error(error) from error
        return response


class ServerStreamCall(Generic[Req, Resp]):
    def __init__(self, multicallable: Any, options: CallOptions) -> None:
        self._multicallable = multicallable
        self._options = options

    def __call__(self, request: Req, *, timeout: float | None = None, metadata: Metadata = ()) -> AsyncStream[Resp]:
        call = self._multicallable(
            request,
            timeout=self._options.deadline(timeout, stream=True),
            metadata=self._options.merged(metadata),
        )
        return AsyncStream(call, lambda response: (response,))


class ClientStreamCall(Generic[Req, Resp]):
    def __init__(self, multicallable: Any, options: CallOptions) -> None:
        self._multicallable = multicallable
        self._options = options

    async def __call__(
        self, requests: Iterable[Req] | AsyncIterable[Req], *, timeout: float | None = None, metadata: Metadata = ()
    ) -> Resp:
        try:
            response: Resp = await self._multicallable(
                requests, timeout=self._options.deadline(timeout), metadata=self._options.merged(metadata)
            )
        except grpc.aio.AioRpcError as error:
            raise DbxError.from_rpc_error(error) from error
        return response


class Unary(_Method[Req, Resp]):
    @overload
    def __get__(self, service: None, owner: type[Service]) -> Self: ...
    @overload
    def __get__(self, service: Service, owner: type[Service]) -> UnaryCall[Req, Resp]: ...
    def __get__(self, service: Service | None, owner: type[Service]) -> Self | UnaryCall[Req, Resp]:
        if service is None:
            return self
        bound = UnaryCall[Req, Resp](self._multicallable(service), service._options)
        service.__dict__[self._attribute] = bound
        return bound


class ServerStream(_Method[Req, Resp]):
    @overload
    def __get__(self, service: None, owner: type[Service]) -> Self: ...
    @overload
    def __get__(self, service: Service, owner: type[Service]) -> ServerStreamCall[Req, Resp]: ...
    def __get__(self, service: Service | None, owner: type[Service]) -> Self | ServerStreamCall[Req, Resp]:
        if service is None:
            return self
        bound = ServerStreamCall[Req, Resp](self._multicallable(service), service._options)
        service.__dict__[self._attribute] = bound
        return bound


class ClientStream(_Method[Req, Resp]):
    @overload
    def __get__(self, service: None, owner: type[Service]) -> Self: ...
    @overload
    def __get__(self, service: Service, owner: type[Service]) -> ClientStreamCall[Req, Resp]: ...
    def __get__(self, service: Service | None, owner: type[Service]) -> Self | ClientStreamCall[Req, Resp]:
        if service is None:
            return self
        bound = ClientStreamCall[Req, Resp](self._multicallable(service), service._options)
        service.__dict__[self._attribute] = bound
        return bound
