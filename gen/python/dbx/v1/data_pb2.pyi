import datetime

from dbx.v1 import filter_pb2 as _filter_pb2
from dbx.v1 import target_pb2 as _target_pb2
from dbx.v1 import value_pb2 as _value_pb2
from google.protobuf import duration_pb2 as _duration_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class GetRequest(_message.Message):
    __slots__ = ("target", "key", "fields", "transaction_id")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    FIELDS_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: _value_pb2.TypedValue
    fields: _containers.RepeatedScalarFieldContainer[str]
    transaction_id: str
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[_Union[_value_pb2.TypedValue, _Mapping]] = ..., fields: _Optional[_Iterable[str]] = ..., transaction_id: _Optional[str] = ...) -> None: ...

class GetResponse(_message.Message):
    __slots__ = ("record",)
    RECORD_FIELD_NUMBER: _ClassVar[int]
    record: _value_pb2.Item
    def __init__(self, record: _Optional[_Union[_value_pb2.Item, _Mapping]] = ...) -> None: ...

class PutRequest(_message.Message):
    __slots__ = ("target", "key", "record", "ttl", "transaction_id")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    RECORD_FIELD_NUMBER: _ClassVar[int]
    TTL_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: _value_pb2.TypedValue
    record: _value_pb2.Item
    ttl: _duration_pb2.Duration
    transaction_id: str
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[_Union[_value_pb2.TypedValue, _Mapping]] = ..., record: _Optional[_Union[_value_pb2.Item, _Mapping]] = ..., ttl: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., transaction_id: _Optional[str] = ...) -> None: ...

class PutResponse(_message.Message):
    __slots__ = ("created",)
    CREATED_FIELD_NUMBER: _ClassVar[int]
    created: bool
    def __init__(self, created: _Optional[bool] = ...) -> None: ...

class InsertRequest(_message.Message):
    __slots__ = ("target", "key", "record", "ttl", "transaction_id")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    RECORD_FIELD_NUMBER: _ClassVar[int]
    TTL_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: _value_pb2.TypedValue
    record: _value_pb2.Item
    ttl: _duration_pb2.Duration
    transaction_id: str
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[_Union[_value_pb2.TypedValue, _Mapping]] = ..., record: _Optional[_Union[_value_pb2.Item, _Mapping]] = ..., ttl: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., transaction_id: _Optional[str] = ...) -> None: ...

class InsertResponse(_message.Message):
    __slots__ = ("key", "record")
    KEY_FIELD_NUMBER: _ClassVar[int]
    RECORD_FIELD_NUMBER: _ClassVar[int]
    key: _value_pb2.TypedValue
    record: _value_pb2.Item
    def __init__(self, key: _Optional[_Union[_value_pb2.TypedValue, _Mapping]] = ..., record: _Optional[_Union[_value_pb2.Item, _Mapping]] = ...) -> None: ...

class UpdateRequest(_message.Message):
    __slots__ = ("target", "key", "updates", "ttl", "upsert", "transaction_id")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    UPDATES_FIELD_NUMBER: _ClassVar[int]
    TTL_FIELD_NUMBER: _ClassVar[int]
    UPSERT_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: _value_pb2.TypedValue
    updates: _containers.RepeatedCompositeFieldContainer[FieldUpdate]
    ttl: _duration_pb2.Duration
    upsert: bool
    transaction_id: str
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[_Union[_value_pb2.TypedValue, _Mapping]] = ..., updates: _Optional[_Iterable[_Union[FieldUpdate, _Mapping]]] = ..., ttl: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., upsert: _Optional[bool] = ..., transaction_id: _Optional[str] = ...) -> None: ...

class FieldUpdate(_message.Message):
    __slots__ = ("field", "set", "unset", "increment", "min", "max", "append", "remove", "add_to_set")
    FIELD_FIELD_NUMBER: _ClassVar[int]
    SET_FIELD_NUMBER: _ClassVar[int]
    UNSET_FIELD_NUMBER: _ClassVar[int]
    INCREMENT_FIELD_NUMBER: _ClassVar[int]
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    APPEND_FIELD_NUMBER: _ClassVar[int]
    REMOVE_FIELD_NUMBER: _ClassVar[int]
    ADD_TO_SET_FIELD_NUMBER: _ClassVar[int]
    field: str
    set: _value_pb2.TypedValue
    unset: UnsetOperation
    increment: _value_pb2.TypedValue
    min: _value_pb2.TypedValue
    max: _value_pb2.TypedValue
    append: _value_pb2.ArrayValue
    remove: _value_pb2.ArrayValue
    add_to_set: _value_pb2.ArrayValue
    def __init__(self, field: _Optional[str] = ..., set: _Optional[_Union[_value_pb2.TypedValue, _Mapping]] = ..., unset: _Optional[_Union[UnsetOperation, _Mapping]] = ..., increment: _Optional[_Union[_value_pb2.TypedValue, _Mapping]] = ..., min: _Optional[_Union[_value_pb2.TypedValue, _Mapping]] = ..., max: _Optional[_Union[_value_pb2.TypedValue, _Mapping]] = ..., append: _Optional[_Union[_value_pb2.ArrayValue, _Mapping]] = ..., remove: _Optional[_Union[_value_pb2.ArrayValue, _Mapping]] = ..., add_to_set: _Optional[_Union[_value_pb2.ArrayValue, _Mapping]] = ...) -> None: ...

class UnsetOperation(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UpdateResponse(_message.Message):
    __slots__ = ("record", "created")
    RECORD_FIELD_NUMBER: _ClassVar[int]
    CREATED_FIELD_NUMBER: _ClassVar[int]
    record: _value_pb2.Item
    created: bool
    def __init__(self, record: _Optional[_Union[_value_pb2.Item, _Mapping]] = ..., created: _Optional[bool] = ...) -> None: ...

class DeleteRequest(_message.Message):
    __slots__ = ("target", "key", "transaction_id")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: _value_pb2.TypedValue
    transaction_id: str
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[_Union[_value_pb2.TypedValue, _Mapping]] = ..., transaction_id: _Optional[str] = ...) -> None: ...

class DeleteResponse(_message.Message):
    __slots__ = ("deleted",)
    DELETED_FIELD_NUMBER: _ClassVar[int]
    deleted: bool
    def __init__(self, deleted: _Optional[bool] = ...) -> None: ...

class ExistsRequest(_message.Message):
    __slots__ = ("target", "key", "transaction_id")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: _value_pb2.TypedValue
    transaction_id: str
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[_Union[_value_pb2.TypedValue, _Mapping]] = ..., transaction_id: _Optional[str] = ...) -> None: ...

class ExistsResponse(_message.Message):
    __slots__ = ("exists", "expire_time")
    EXISTS_FIELD_NUMBER: _ClassVar[int]
    EXPIRE_TIME_FIELD_NUMBER: _ClassVar[int]
    exists: bool
    expire_time: _timestamp_pb2.Timestamp
    def __init__(self, exists: _Optional[bool] = ..., expire_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class BatchGetRequest(_message.Message):
    __slots__ = ("target", "keys", "fields", "transaction_id")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEYS_FIELD_NUMBER: _ClassVar[int]
    FIELDS_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    keys: _containers.RepeatedCompositeFieldContainer[_value_pb2.TypedValue]
    fields: _containers.RepeatedScalarFieldContainer[str]
    transaction_id: str
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., keys: _Optional[_Iterable[_Union[_value_pb2.TypedValue, _Mapping]]] = ..., fields: _Optional[_Iterable[str]] = ..., transaction_id: _Optional[str] = ...) -> None: ...

class BatchGetResponse(_message.Message):
    __slots__ = ("results",)
    RESULTS_FIELD_NUMBER: _ClassVar[int]
    results: _containers.RepeatedCompositeFieldContainer[BatchGetResult]
    def __init__(self, results: _Optional[_Iterable[_Union[BatchGetResult, _Mapping]]] = ...) -> None: ...

class BatchGetResult(_message.Message):
    __slots__ = ("key", "found", "record")
    KEY_FIELD_NUMBER: _ClassVar[int]
    FOUND_FIELD_NUMBER: _ClassVar[int]
    RECORD_FIELD_NUMBER: _ClassVar[int]
    key: _value_pb2.TypedValue
    found: bool
    record: _value_pb2.Item
    def __init__(self, key: _Optional[_Union[_value_pb2.TypedValue, _Mapping]] = ..., found: _Optional[bool] = ..., record: _Optional[_Union[_value_pb2.Item, _Mapping]] = ...) -> None: ...

class WriteOperation(_message.Message):
    __slots__ = ("target", "key", "put", "insert", "update", "delete")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    PUT_FIELD_NUMBER: _ClassVar[int]
    INSERT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_FIELD_NUMBER: _ClassVar[int]
    DELETE_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: _value_pb2.TypedValue
    put: _value_pb2.Item
    insert: _value_pb2.Item
    update: FieldUpdateList
    delete: DeleteOperation
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[_Union[_value_pb2.TypedValue, _Mapping]] = ..., put: _Optional[_Union[_value_pb2.Item, _Mapping]] = ..., insert: _Optional[_Union[_value_pb2.Item, _Mapping]] = ..., update: _Optional[_Union[FieldUpdateList, _Mapping]] = ..., delete: _Optional[_Union[DeleteOperation, _Mapping]] = ...) -> None: ...

class FieldUpdateList(_message.Message):
    __slots__ = ("updates",)
    UPDATES_FIELD_NUMBER: _ClassVar[int]
    updates: _containers.RepeatedCompositeFieldContainer[FieldUpdate]
    def __init__(self, updates: _Optional[_Iterable[_Union[FieldUpdate, _Mapping]]] = ...) -> None: ...

class DeleteOperation(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class BatchWriteRequest(_message.Message):
    __slots__ = ("target", "operations", "require_atomic", "transaction_id")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    OPERATIONS_FIELD_NUMBER: _ClassVar[int]
    REQUIRE_ATOMIC_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    operations: _containers.RepeatedCompositeFieldContainer[WriteOperation]
    require_atomic: bool
    transaction_id: str
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., operations: _Optional[_Iterable[_Union[WriteOperation, _Mapping]]] = ..., require_atomic: _Optional[bool] = ..., transaction_id: _Optional[str] = ...) -> None: ...

class BatchWriteResponse(_message.Message):
    __slots__ = ("atomic", "results")
    ATOMIC_FIELD_NUMBER: _ClassVar[int]
    RESULTS_FIELD_NUMBER: _ClassVar[int]
    atomic: bool
    results: _containers.RepeatedCompositeFieldContainer[WriteResult]
    def __init__(self, atomic: _Optional[bool] = ..., results: _Optional[_Iterable[_Union[WriteResult, _Mapping]]] = ...) -> None: ...

class WriteResult(_message.Message):
    __slots__ = ("affected", "key")
    AFFECTED_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    affected: bool
    key: _value_pb2.TypedValue
    def __init__(self, affected: _Optional[bool] = ..., key: _Optional[_Union[_value_pb2.TypedValue, _Mapping]] = ...) -> None: ...

class ListRequest(_message.Message):
    __slots__ = ("target", "page_size", "page_token", "fields", "transaction_id")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FIELDS_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    page_size: int
    page_token: str
    fields: _containers.RepeatedScalarFieldContainer[str]
    transaction_id: str
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., fields: _Optional[_Iterable[str]] = ..., transaction_id: _Optional[str] = ...) -> None: ...

class ListResponse(_message.Message):
    __slots__ = ("records", "next_page_token")
    RECORDS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    records: _containers.RepeatedCompositeFieldContainer[_value_pb2.Item]
    next_page_token: str
    def __init__(self, records: _Optional[_Iterable[_Union[_value_pb2.Item, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class UpdateManyRequest(_message.Message):
    __slots__ = ("target", "filter", "updates", "transaction_id")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    UPDATES_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    filter: _filter_pb2.Filter
    updates: _containers.RepeatedCompositeFieldContainer[FieldUpdate]
    transaction_id: str
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., filter: _Optional[_Union[_filter_pb2.Filter, _Mapping]] = ..., updates: _Optional[_Iterable[_Union[FieldUpdate, _Mapping]]] = ..., transaction_id: _Optional[str] = ...) -> None: ...

class UpdateManyResponse(_message.Message):
    __slots__ = ("updated_count",)
    UPDATED_COUNT_FIELD_NUMBER: _ClassVar[int]
    updated_count: int
    def __init__(self, updated_count: _Optional[int] = ...) -> None: ...

class DeleteManyRequest(_message.Message):
    __slots__ = ("target", "filter", "transaction_id")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    filter: _filter_pb2.Filter
    transaction_id: str
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., filter: _Optional[_Union[_filter_pb2.Filter, _Mapping]] = ..., transaction_id: _Optional[str] = ...) -> None: ...

class DeleteManyResponse(_message.Message):
    __slots__ = ("deleted_count",)
    DELETED_COUNT_FIELD_NUMBER: _ClassVar[int]
    deleted_count: int
    def __init__(self, deleted_count: _Optional[int] = ...) -> None: ...

class CountRequest(_message.Message):
    __slots__ = ("target", "filter", "transaction_id")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    filter: _filter_pb2.Filter
    transaction_id: str
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., filter: _Optional[_Union[_filter_pb2.Filter, _Mapping]] = ..., transaction_id: _Optional[str] = ...) -> None: ...

class CountResponse(_message.Message):
    __slots__ = ("count",)
    COUNT_FIELD_NUMBER: _ClassVar[int]
    count: int
    def __init__(self, count: _Optional[int] = ...) -> None: ...

class ReadBytesRequest(_message.Message):
    __slots__ = ("target", "key", "field", "offset", "length", "chunk_size", "transaction_id")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    FIELD_FIELD_NUMBER: _ClassVar[int]
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    LENGTH_FIELD_NUMBER: _ClassVar[int]
    CHUNK_SIZE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: _value_pb2.TypedValue
    field: str
    offset: int
    length: int
    chunk_size: int
    transaction_id: str
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[_Union[_value_pb2.TypedValue, _Mapping]] = ..., field: _Optional[str] = ..., offset: _Optional[int] = ..., length: _Optional[int] = ..., chunk_size: _Optional[int] = ..., transaction_id: _Optional[str] = ...) -> None: ...

class ReadBytesResponse(_message.Message):
    __slots__ = ("offset", "data", "total_size")
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    offset: int
    data: bytes
    total_size: int
    def __init__(self, offset: _Optional[int] = ..., data: _Optional[bytes] = ..., total_size: _Optional[int] = ...) -> None: ...
