"""A server stream as an async iterator that releases its RPC however it ends."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from types import TracebackType
from typing import Any, Generic, Self, TypeVar

import grpc

from dbx_client.errors import DbxError

T = TypeVar("T")
U = TypeVar("U")


class AsyncStream(Generic[T]):
    """Iterates the items of a server stream's messages with ``async for``.

    ``aclose()``, leaving an ``async with`` block, or dropping the last
    reference (as ``break`` out of an ``async for`` does) cancels the RPC.
    """

    def __init__(self, call: Any, expand: Callable[[Any], Iterable[T]]) -> None:
        self._call = call
        self._expand = expand
        self._pending: deque[T] = deque()
        self._closed = False

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> T:
        while not self._pending:
            if self._closed:
                raise StopAsyncIteration
            try:
                response = await self._call.read()
            except grpc.aio.AioRpcError as error:
                self.close()
                raise DbxError.from_rpc_error(error) from error
            if response is grpc.aio.EOF:
                self._closed = True
                raise StopAsyncIteration
            self._pending.extend(self._expand(response))
        return self._pending.popleft()

    def flat_map(self, expand: Callable[[T], Iterable[U]]) -> AsyncStream[U]:
        """The same RPC yielding the items each of this stream's items expands
        to; the new stream owns the RPC, this one is spent."""
        inner = self._expand
        mapped = AsyncStream[U](self._call, lambda response: (item for own in inner(response) for item in expand(own)))
        mapped._pending.extend(item for own in self._pending for item in expand(own))
        mapped._closed = self._closed
        self._pending.clear()
        self._closed = True
        return mapped

    def close(self) -> None:
        """Cancels the RPC (a no-op once it has ended)."""
        if not self._closed:
            self._closed = True
            self._call.cancel()

    async def aclose(self) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    def __del__(self) -> None:
        self.close()
