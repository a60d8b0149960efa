from dbx.v1 import filter_pb2 as _filter_pb2
from dbx.v1 import target_pb2 as _target_pb2
from dbx.v1 import value_pb2 as _value_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Query(_message.Message):
    __slots__ = ("filter", "sort", "fields", "offset", "limit")
    FILTER_FIELD_NUMBER: _ClassVar[int]
    SORT_FIELD_NUMBER: _ClassVar[int]
    FIELDS_FIELD_NUMBER: _ClassVar[int]
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    filter: _filter_pb2.Filter
    sort: _containers.RepeatedCompositeFieldContainer[_filter_pb2.SortField]
    fields: _containers.RepeatedScalarFieldContainer[str]
    offset: int
    limit: int
    def __init__(self, filter: _Optional[_Union[_filter_pb2.Filter, _Mapping]] = ..., sort: _Optional[_Iterable[_Union[_filter_pb2.SortField, _Mapping]]] = ..., fields: _Optional[_Iterable[str]] = ..., offset: _Optional[int] = ..., limit: _Optional[int] = ...) -> None: ...

class FindRequest(_message.Message):
    __slots__ = ("target", "query", "page_size", "page_token", "transaction_id")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    QUERY_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    query: Query
    page_size: int
    page_token: str
    transaction_id: str
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., query: _Optional[_Union[Query, _Mapping]] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., transaction_id: _Optional[str] = ...) -> None: ...

class FindResponse(_message.Message):
    __slots__ = ("records", "next_page_token")
    RECORDS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    records: _containers.RepeatedCompositeFieldContainer[_value_pb2.Item]
    next_page_token: str
    def __init__(self, records: _Optional[_Iterable[_Union[_value_pb2.Item, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class FindStreamRequest(_message.Message):
    __slots__ = ("target", "query", "batch_size", "transaction_id")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    QUERY_FIELD_NUMBER: _ClassVar[int]
    BATCH_SIZE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    query: Query
    batch_size: int
    transaction_id: str
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., query: _Optional[_Union[Query, _Mapping]] = ..., batch_size: _Optional[int] = ..., transaction_id: _Optional[str] = ...) -> None: ...

class FindStreamResponse(_message.Message):
    __slots__ = ("records",)
    RECORDS_FIELD_NUMBER: _ClassVar[int]
    records: _containers.RepeatedCompositeFieldContainer[_value_pb2.Item]
    def __init__(self, records: _Optional[_Iterable[_Union[_value_pb2.Item, _Mapping]]] = ...) -> None: ...

class ExecuteRequest(_message.Message):
    __slots__ = ("target", "statement", "params", "transaction_id")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    STATEMENT_FIELD_NUMBER: _ClassVar[int]
    PARAMS_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    statement: str
    params: _containers.RepeatedCompositeFieldContainer[_value_pb2.TypedValue]
    transaction_id: str
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., statement: _Optional[str] = ..., params: _Optional[_Iterable[_Union[_value_pb2.TypedValue, _Mapping]]] = ..., transaction_id: _Optional[str] = ...) -> None: ...

class ExecuteResponse(_message.Message):
    __slots__ = ("columns", "rows", "rows_affected", "result")
    COLUMNS_FIELD_NUMBER: _ClassVar[int]
    ROWS_FIELD_NUMBER: _ClassVar[int]
    ROWS_AFFECTED_FIELD_NUMBER: _ClassVar[int]
    RESULT_FIELD_NUMBER: _ClassVar[int]
    columns: _containers.RepeatedScalarFieldContainer[str]
    rows: _containers.RepeatedCompositeFieldContainer[Row]
    rows_affected: int
    result: _value_pb2.TypedValue
    def __init__(self, columns: _Optional[_Iterable[str]] = ..., rows: _Optional[_Iterable[_Union[Row, _Mapping]]] = ..., rows_affected: _Optional[int] = ..., result: _Optional[_Union[_value_pb2.TypedValue, _Mapping]] = ...) -> None: ...

class Row(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedCompositeFieldContainer[_value_pb2.TypedValue]
    def __init__(self, values: _Optional[_Iterable[_Union[_value_pb2.TypedValue, _Mapping]]] = ...) -> None: ...
