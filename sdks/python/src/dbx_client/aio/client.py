"""The asyncio DBX client: the sync client's shape, with coroutines."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Sequence
from types import TracebackType
from typing import Any, Self, TypeVar, overload

import grpc

from dbx.v1 import admin_pb2, data_pb2, query_pb2, stream_pb2, target_pb2, transaction_pb2
from dbx_client import request_builders
from dbx_client.aio import services
from dbx_client.aio.stream import AsyncStream
from dbx_client.aio.transaction import AsyncTransaction
from dbx_client.call_options import CallOptions, Metadata
from dbx_client.capabilities import Capabilities
from dbx_client.change import Change, changes_of, is_ready
from dbx_client.endpoint import Endpoint, credential_metadata, grpc_channel_options
from dbx_client.filters import Condition
from dbx_client.page import Page
from dbx_client.records import Record, from_item, from_item_as, to_item
from dbx_client.request_builders import Collection, TransactionRef
from dbx_client.retry import RetryPolicy
from dbx_client.values import to_value

T = TypeVar("T")

SERVICES = tuple(getattr(services, name).DESCRIPTOR for name in services.__all__)


def connect(
    url: str,
    *,
    timeout: float | None = 30.0,
    token: str | None = None,
    api_key: str | None = None,
    api_key_header: str = "x-api-key",
    root_certificates: bytes | None = None,
    metadata: Metadata = (),
    retry: RetryPolicy | None = RetryPolicy(),
    backend: str = "",
    channel_options: Sequence[tuple[str, Any]] = (),
) -> AsyncClient:
    """An asyncio client of the DBX server at ``url``; the options are
    ``dbx_client.connect``'s. Use it as ``async with connect(url) as client``."""
    endpoint = Endpoint.parse(url)
    options = grpc_channel_options(retry, SERVICES, channel_options)
    if endpoint.tls:
        channel = grpc.aio.secure_channel(endpoint.target, endpoint.credentials(root_certificates), options)
    else:
        channel = grpc.aio.insecure_channel(endpoint.target, options)
    call_options = CallOptions(timeout, credential_metadata(token, api_key, api_key_header) + tuple(metadata))
    return AsyncClient(channel, call_options, backend=backend)


class AsyncClient:
    """Typed asyncio clients of every DBX service, plus helpers in Python values
    (see dbx_client.Client; every call here is awaited)."""

    def __init__(self, channel: grpc.aio.Channel, options: CallOptions, *, backend: str = "") -> None:
        self._channel = channel
        self._backend = backend
        self.admin = services.AdminService(channel, options)
        self.api_keys = services.ApiKeyService(channel, options)
        self.data = services.DataService(channel, options)
        self.query = services.QueryService(channel, options)
        self.stream = services.StreamService(channel, options)
        self.transactions = services.TransactionService(channel, options)
        self.sql = services.SqlService(channel, options)
        self.sqlite = services.SqliteService(channel, options)
        self.postgres = services.PostgresService(channel, options)
        self.redis = services.RedisService(channel, options)
        self.mongodb = services.MongoService(channel, options)

    async def close(self) -> None:
        await self._channel.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.close()

    def target(self, collection: Collection) -> target_pb2.Target:
        """The ``dbx.v1.Target`` of a collection on the client's backend."""
        return request_builders.target(collection, self._backend)

    async def capabilities(self, backend: str | None = None, *, timeout: float | None = None) -> Capabilities:
        request = admin_pb2.GetCapabilitiesRequest(backend=self._backend if backend is None else backend)
        return Capabilities.from_proto(await self.admin.get_capabilities(request, timeout=timeout))

    @overload
    async def get(
        self, collection: Collection, key: Any, *, fields: Sequence[str] = ..., transaction: TransactionRef = ...,
        timeout: float | None = ...,
    ) -> dict[str, Any]: ...
    @overload
    async def get(
        self, collection: Collection, key: Any, *, as_type: type[T], fields: Sequence[str] = ...,
        transaction: TransactionRef = ..., timeout: float | None = ...,
    ) -> T: ...
    async def get(
        self,
        collection: Collection,
        key: Any,
        *,
        as_type: type[T] | None = None,
        fields: Sequence[str] = (),
        transaction: TransactionRef = None,
        timeout: float | None = None,
    ) -> dict[str, Any] | T:
        request = data_pb2.GetRequest(
            target=self.target(collection),
            key=to_value(key),
            fields=fields,
            transaction_id=request_builders.transaction_id(transaction),
        )
        record = (await self.data.get(request, timeout=timeout)).record
        return from_item(record) if as_type is None else from_item_as(record, as_type)

    async def put(
        self,
        collection: Collection,
        key: Any,
        record: Record | object,
        *,
        transaction: TransactionRef = None,
        timeout: float | None = None,
    ) -> bool:
        request = data_pb2.PutRequest(
            target=self.target(collection),
            key=to_value(key),
            record=to_item(record),
            transaction_id=request_builders.transaction_id(transaction),
        )
        return (await self.data.put(request, timeout=timeout)).created

    async def delete(
        self, collection: Collection, key: Any, *, transaction: TransactionRef = None, timeout: float | None = None
    ) -> bool:
        request = data_pb2.DeleteRequest(
            target=self.target(collection), key=to_value(key), transaction_id=request_builders.transaction_id(transaction)
        )
        return (await self.data.delete(request, timeout=timeout)).deleted

    async def put_many(
        self,
        collection: Collection,
        records: Iterable[tuple[Any, Record | object]],
        *,
        atomic: bool = False,
        transaction: TransactionRef = None,
        timeout: float | None = None,
    ) -> data_pb2.BatchWriteResponse:
        target = self.target(collection)
        request = data_pb2.BatchWriteRequest(
            target=target,
            operations=request_builders.put_operations(target, records),
            require_atomic=atomic,
            transaction_id=request_builders.transaction_id(transaction),
        )
        return await self.data.batch_write(request, timeout=timeout)

    async def find_pages(
        self,
        collection: Collection,
        where: Condition | None = None,
        *,
        sort: Sequence[str] = (),
        fields: Sequence[str] = (),
        limit: int = 0,
        page_size: int = 0,
        transaction: TransactionRef = None,
        timeout: float | None = None,
    ) -> AsyncIterator[Page[dict[str, Any]]]:
        request = query_pb2.FindRequest(
            target=self.target(collection),
            query=request_builders.query(where, sort, fields, limit, 0),
            page_size=page_size,
            transaction_id=request_builders.transaction_id(transaction),
        )
        while True:
            response = await self.query.find(request, timeout=timeout)
            yield Page([from_item(item) for item in response.records], response.next_page_token)
            if not response.next_page_token:
                return
            request.page_token = response.next_page_token

    async def find(
        self,
        collection: Collection,
        where: Condition | None = None,
        *,
        sort: Sequence[str] = (),
        fields: Sequence[str] = (),
        limit: int = 0,
        page_size: int = 0,
        transaction: TransactionRef = None,
        timeout: float | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        pages = self.find_pages(
            collection, where, sort=sort, fields=fields, limit=limit, page_size=page_size,
            transaction=transaction, timeout=timeout,
        )
        async for page in pages:
            for record in page.records:
                yield record

    def find_stream(
        self,
        collection: Collection,
        where: Condition | None = None,
        *,
        sort: Sequence[str] = (),
        fields: Sequence[str] = (),
        limit: int = 0,
        batch_size: int = 0,
        transaction: TransactionRef = None,
        timeout: float | None = None,
    ) -> AsyncStream[dict[str, Any]]:
        request = query_pb2.FindStreamRequest(
            target=self.target(collection),
            query=request_builders.query(where, sort, fields, limit, 0),
            batch_size=batch_size,
            transaction_id=request_builders.transaction_id(transaction),
        )
        return self.query.find_stream(request, timeout=timeout).flat_map(
            lambda response: [from_item(item) for item in response.records]
        )

    async def watch(
        self,
        collection: Collection,
        *,
        resume_token: str = "",
        include_before: bool = False,
        timeout: float | None = None,
    ) -> AsyncStream[Change]:
        """The changes to a collection; returns once the server is ready."""
        request = stream_pb2.WatchRequest(
            target=self.target(collection), resume_token=resume_token, include_before=include_before
        )
        responses = self.stream.watch(request, timeout=timeout)
        first = await anext(responses, None)
        if first is None or not is_ready(first):
            responses.close()
            raise RuntimeError("the server sent no ready message first on Watch, as the contract requires")
        return responses.flat_map(changes_of)

    def transaction(
        self,
        backend: str | None = None,
        *,
        read_only: bool = False,
        idle_timeout: float | None = None,
        timeout: float | None = None,
    ) -> AsyncTransaction:
        """An interactive transaction, begun by ``async with client.transaction() as tx:``,
        which rolls it back unless ``await tx.commit()`` was called."""
        request = transaction_pb2.BeginRequest(read_only=read_only)
        request.target.backend = self._backend if backend is None else backend
        if idle_timeout is not None:
            request.idle_timeout.FromNanoseconds(round(idle_timeout * 1e9))
        return AsyncTransaction(self.transactions, request, timeout)
