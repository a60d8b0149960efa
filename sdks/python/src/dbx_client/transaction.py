"""An interactive transaction that rolls back unless committed."""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING, Self

from dbx.v1 import transaction_pb2
from dbx_client.errors import DbxError
from dbx_client.timestamp import Timestamp

if TYPE_CHECKING:
    from dbx_client.services import TransactionService


class Transaction:
    """A transaction begun by ``Client.transaction()``; pass it as
    ``transaction=`` to run calls in it.

    As a context manager it rolls back on leaving the block unless
    ``commit()`` was called, whether the block ended normally or raised.
    """

    def __init__(self, service: TransactionService, begun: transaction_pb2.BeginResponse) -> None:
        self._service = service
        self.id = begun.transaction_id
        self.expire_time = Timestamp.from_proto(begun.expire_time)
        self._finished = False

    @property
    def finished(self) -> bool:
        return self._finished

    def commit(self, *, timeout: float | None = None) -> None:
        self._finished = True
        self._service.commit(transaction_pb2.CommitRequest(transaction_id=self.id), timeout=timeout)

    def rollback(self, *, timeout: float | None = None) -> None:
        self._finished = True
        self._service.rollback(transaction_pb2.RollbackRequest(transaction_id=self.id), timeout=timeout)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        if self._finished:
            return
        try:
            self.rollback()
        except DbxError:
            # The block's own exception says more than a failed rollback.
            if error is None:
                raise
