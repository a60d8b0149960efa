"""Requests built from the helpers' Python arguments, shared by both clients."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from dbx.v1 import data_pb2, filter_pb2, query_pb2, target_pb2
from dbx_client.filters import Condition
from dbx_client.records import Record, to_item
from dbx_client.values import to_value

Collection = str | target_pb2.Target


class HasTransactionId(Protocol):
    @property
    def id(self) -> str: ...


TransactionRef = HasTransactionId | str | None


def target(collection: Collection, backend: str) -> target_pb2.Target:
    if isinstance(collection, target_pb2.Target):
        return collection
    return target_pb2.Target(backend=backend, collection=collection)


def transaction_id(transaction: TransactionRef) -> str:
    if transaction is None:
        return ""
    return transaction if isinstance(transaction, str) else transaction.id


def query(
    where: Condition | None, sort: Sequence[str], fields: Sequence[str], limit: int, offset: int
) -> query_pb2.Query:
    """A Query; ``sort`` names fields, ``"-name"`` for descending."""
    message = query_pb2.Query(
        sort=[filter_pb2.SortField(field=name.removeprefix("-"), descending=name.startswith("-")) for name in sort],
        fields=fields,
        limit=limit,
        offset=offset,
    )
    if where is not None:
        message.filter.CopyFrom(where.to_proto())
    return message


def put_operations(
    collection: target_pb2.Target, records: Iterable[tuple[Any, Record | object]]
) -> list[data_pb2.WriteOperation]:
    return [
        data_pb2.WriteOperation(target=collection, key=to_value(key), put=to_item(record)) for key, record in records
    ]
