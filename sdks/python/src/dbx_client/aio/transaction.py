"""An interactive transaction that rolls back unless committed, for asyncio."""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING, Self

from dbx.v1 import transaction_pb2
from dbx_client.errors import DbxError
from dbx_client.timestamp import Timestamp

if TYPE_CHECKING:
    from dbx_client.aio.services import TransactionService


class AsyncTransaction:
    """A transaction from ``client.transaction()``, begun by ``async with``
    (or ``await tx.begin()``); pass it as ``transaction=`` to run calls in it.

    ``async with`` rolls it back on leaving the block unless ``await
    tx.commit()`` was called, whether the block ended normally or raised.
    """

    def __init__(
        self, service: TransactionService, request: transaction_pb2.BeginRequest, timeout: float | None
    ) -> None:
        self._service = service
        self._request = request
        self._timeout = timeout
        self.id = ""
        self.expire_time: Timestamp | None = None
        self._finished = False

    async def begin(self) -> Self:
        if self.id:
            raise RuntimeError(f"transaction {self.id} has begun already")
        begun = await self._service.begin(self._request, timeout=self._timeout)
        self.id = begun.transaction_id
        self.expire_time = Timestamp.from_proto(begun.expire_time)
        return self

    @property
    def finished(self) -> bool:
        return self._finished

    async def commit(self, *, timeout: float | None = None) -> None:
        self._finished = True
        await self._service.commit(transaction_pb2.CommitRequest(transaction_id=self.id), timeout=timeout)

    async def rollback(self, *, timeout: float | None = None) -> None:
        self._finished = True
        await self._service.rollback(transaction_pb2.RollbackRequest(transaction_id=self.id), timeout=timeout)

    async def __aenter__(self) -> Self:
        return await self.begin()

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        if self._finished:
            return
        try:
            await self.rollback()
        except DbxError:
            # The block's own exception says more than a failed rollback.
            if error is None:
                raise
