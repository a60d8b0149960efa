"""The synchronous DBX client."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from types import TracebackType
from typing import Any, Self, TypeVar, overload

import grpc

from dbx.v1 import admin_pb2, data_pb2, query_pb2, stream_pb2, target_pb2, transaction_pb2
from dbx_client import request_builders, services
from dbx_client.call_options import CallOptions, Metadata
from dbx_client.capabilities import Capabilities
from dbx_client.change import Change, changes_of, is_ready
from dbx_client.endpoint import Endpoint, credential_metadata, grpc_channel_options
from dbx_client.filters import Condition
from dbx_client.page import Page
from dbx_client.records import Record, from_item, from_item_as, to_item
from dbx_client.request_builders import Collection, TransactionRef
from dbx_client.retry import RetryPolicy
from dbx_client.stream import Stream
from dbx_client.transaction import Transaction
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
) -> Client:
    """A client of the DBX server at ``url`` over gRPC.

    ``http://`` is cleartext HTTP/2, ``https://`` is TLS, trusting
    ``root_certificates`` (PEM bytes of a custom CA) or the system's CAs.
    ``timeout`` (seconds) is the default deadline of each unary call.
    ``token`` is sent as ``authorization: Bearer <token>`` and ``api_key`` in
    ``api_key_header`` on every call, with ``metadata``. ``retry`` retries
    read-only calls on UNAVAILABLE (None: no retries). ``backend`` names the
    backend the helpers address ("" is the server's default).
    """
    endpoint = Endpoint.parse(url)
    options = grpc_channel_options(retry, SERVICES, channel_options)
    if endpoint.tls:
        channel = grpc.secure_channel(endpoint.target, endpoint.credentials(root_certificates), options)
    else:
        channel = grpc.insecure_channel(endpoint.target, options)
    call_options = CallOptions(timeout, credential_metadata(token, api_key, api_key_header) + tuple(metadata))
    return Client(channel, call_options, backend=backend)


class Client:
    """Typed clients of every DBX service, plus helpers in Python values.

    The service attributes take and return the generated messages
    (``client.data.get(GetRequest(...))``); the helper methods take dicts,
    dataclasses and Python values. Close the client (or use it as a context
    manager) to close its channel.
    """

    def __init__(self, channel: grpc.Channel, options: CallOptions, *, backend: str = "") -> None:
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

    def close(self) -> None:
        self._channel.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    def target(self, collection: Collection) -> target_pb2.Target:
        """The ``dbx.v1.Target`` of a collection on the client's backend."""
        return request_builders.target(collection, self._backend)

    def capabilities(self, backend: str | None = None, *, timeout: float | None = None) -> Capabilities:
        """What the backend supports (``"stream.watch" in caps``)."""
        request = admin_pb2.GetCapabilitiesRequest(backend=self._backend if backend is None else backend)
        return Capabilities.from_proto(self.admin.get_capabilities(request, timeout=timeout))

    @overload
    def get(
        self, collection: Collection, key: Any, *, fields: Sequence[str] = ..., transaction: TransactionRef = ...,
        timeout: float | None = ...,
    ) -> dict[str, Any]: ...
    @overload
    def get(
        self, collection: Collection, key: Any, *, as_type: type[T], fields: Sequence[str] = ...,
        transaction: TransactionRef = ..., timeout: float | None = ...,
    ) -> T: ...
    def get(
        self,
        collection: Collection,
        key: Any,
        *,
        as_type: type[T] | None = None,
        fields: Sequence[str] = (),
        transaction: TransactionRef = None,
        timeout: float | None = None,
    ) -> dict[str, Any] | T:
        """The record with ``key``, as a dict or as ``as_type`` (a dataclass).
        A missing record raises DbxError with reason ERROR_REASON_NOT_FOUND."""
        request = data_pb2.GetRequest(
            target=self.target(collection),
            key=to_value(key),
            fields=fields,
            transaction_id=request_builders.transaction_id(transaction),
        )
        record = self.data.get(request, timeout=timeout).record
        return from_item(record) if as_type is None else from_item_as(record, as_type)

    def put(
        self,
        collection: Collection,
        key: Any,
        record: Record | object,
        *,
        transaction: TransactionRef = None,
        timeout: float | None = None,
    ) -> bool:
        """Writes the whole record (a mapping or a dataclass) at ``key``; True if it was created."""
        request = data_pb2.PutRequest(
            target=self.target(collection),
            key=to_value(key),
            record=to_item(record),
            transaction_id=request_builders.transaction_id(transaction),
        )
        return self.data.put(request, timeout=timeout).created

    def delete(
        self, collection: Collection, key: Any, *, transaction: TransactionRef = None, timeout: float | None = None
    ) -> bool:
        """Deletes the record at ``key``; True if there was one."""
        request = data_pb2.DeleteRequest(
            target=self.target(collection), key=to_value(key), transaction_id=request_builders.transaction_id(transaction)
        )
        return self.data.delete(request, timeout=timeout).deleted

    def put_many(
        self,
        collection: Collection,
        records: Iterable[tuple[Any, Record | object]],
        *,
        atomic: bool = False,
        transaction: TransactionRef = None,
        timeout: float | None = None,
    ) -> data_pb2.BatchWriteResponse:
        """Puts ``(key, record)`` pairs in one BatchWrite (``atomic``: all or none)."""
        target = self.target(collection)
        request = data_pb2.BatchWriteRequest(
            target=target,
            operations=request_builders.put_operations(target, records),
            require_atomic=atomic,
            transaction_id=request_builders.transaction_id(transaction),
        )
        return self.data.batch_write(request, timeout=timeout)

    def find_pages(
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
    ) -> Iterator[Page[dict[str, Any]]]:
        """Each page of a Find, fetched as the iteration reaches it."""
        request = query_pb2.FindRequest(
            target=self.target(collection),
            query=request_builders.query(where, sort, fields, limit, 0),
            page_size=page_size,
            transaction_id=request_builders.transaction_id(transaction),
        )
        while True:
            response = self.query.find(request, timeout=timeout)
            yield Page([from_item(item) for item in response.records], response.next_page_token)
            if not response.next_page_token:
                return
            request.page_token = response.next_page_token

    def find(
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
    ) -> Iterator[dict[str, Any]]:
        """Every matching record, page after page (``sort``: ``"-field"`` descends)."""
        for page in self.find_pages(
            collection, where, sort=sort, fields=fields, limit=limit, page_size=page_size,
            transaction=transaction, timeout=timeout,
        ):
            yield from page.records

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
    ) -> Stream[dict[str, Any]]:
        """Every matching record over one server stream (FindStream)."""
        request = query_pb2.FindStreamRequest(
            target=self.target(collection),
            query=request_builders.query(where, sort, fields, limit, 0),
            batch_size=batch_size,
            transaction_id=request_builders.transaction_id(transaction),
        )
        return self.query.find_stream(request, timeout=timeout).flat_map(
            lambda response: [from_item(item) for item in response.records]
        )

    def watch(
        self,
        collection: Collection,
        *,
        resume_token: str = "",
        include_before: bool = False,
        timeout: float | None = None,
    ) -> Stream[Change]:
        """The changes to a collection, from when the server is ready: this
        returns once it is, so a write made after it is seen."""
        request = stream_pb2.WatchRequest(
            target=self.target(collection), resume_token=resume_token, include_before=include_before
        )
        responses = self.stream.watch(request, timeout=timeout)
        first = next(responses, None)
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
    ) -> Transaction:
        """Begins an interactive transaction; ``with client.transaction() as tx:``
        rolls it back unless ``tx.commit()`` was called."""
        request = transaction_pb2.BeginRequest(read_only=read_only)
        request.target.backend = self._backend if backend is None else backend
        if idle_timeout is not None:
            request.idle_timeout.FromNanoseconds(round(idle_timeout * 1e9))
        return Transaction(self.transactions, self.transactions.begin(request, timeout=timeout))
