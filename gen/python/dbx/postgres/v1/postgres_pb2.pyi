from dbx.sql.v1 import sql_pb2 as _sql_pb2
from dbx.v1 import query_pb2 as _query_pb2
from dbx.v1 import target_pb2 as _target_pb2
from dbx.v1 import value_pb2 as _value_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CopyFormat(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    COPY_FORMAT_UNSPECIFIED: _ClassVar[CopyFormat]
    COPY_FORMAT_TEXT: _ClassVar[CopyFormat]
    COPY_FORMAT_CSV: _ClassVar[CopyFormat]
    COPY_FORMAT_BINARY: _ClassVar[CopyFormat]
COPY_FORMAT_UNSPECIFIED: CopyFormat
COPY_FORMAT_TEXT: CopyFormat
COPY_FORMAT_CSV: CopyFormat
COPY_FORMAT_BINARY: CopyFormat

class ListenRequest(_message.Message):
    __slots__ = ("target", "channels")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    CHANNELS_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    channels: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., channels: _Optional[_Iterable[str]] = ...) -> None: ...

class ListenResponse(_message.Message):
    __slots__ = ("ready", "notification", "gap")
    READY_FIELD_NUMBER: _ClassVar[int]
    NOTIFICATION_FIELD_NUMBER: _ClassVar[int]
    GAP_FIELD_NUMBER: _ClassVar[int]
    ready: ListenReady
    notification: ChannelNotification
    gap: ListenGap
    def __init__(self, ready: _Optional[_Union[ListenReady, _Mapping]] = ..., notification: _Optional[_Union[ChannelNotification, _Mapping]] = ..., gap: _Optional[_Union[ListenGap, _Mapping]] = ...) -> None: ...

class ListenReady(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ChannelNotification(_message.Message):
    __slots__ = ("channel", "payload", "sender_pid")
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    PAYLOAD_FIELD_NUMBER: _ClassVar[int]
    SENDER_PID_FIELD_NUMBER: _ClassVar[int]
    channel: str
    payload: str
    sender_pid: int
    def __init__(self, channel: _Optional[str] = ..., payload: _Optional[str] = ..., sender_pid: _Optional[int] = ...) -> None: ...

class ListenGap(_message.Message):
    __slots__ = ("reason",)
    REASON_FIELD_NUMBER: _ClassVar[int]
    reason: str
    def __init__(self, reason: _Optional[str] = ...) -> None: ...

class NotifyRequest(_message.Message):
    __slots__ = ("target", "channel", "payload", "transaction_id")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    PAYLOAD_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    channel: str
    payload: str
    transaction_id: str
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., channel: _Optional[str] = ..., payload: _Optional[str] = ..., transaction_id: _Optional[str] = ...) -> None: ...

class NotifyResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CopyOptions(_message.Message):
    __slots__ = ("header", "delimiter", "null_string")
    HEADER_FIELD_NUMBER: _ClassVar[int]
    DELIMITER_FIELD_NUMBER: _ClassVar[int]
    NULL_STRING_FIELD_NUMBER: _ClassVar[int]
    header: bool
    delimiter: str
    null_string: str
    def __init__(self, header: _Optional[bool] = ..., delimiter: _Optional[str] = ..., null_string: _Optional[str] = ...) -> None: ...

class CopyInRequest(_message.Message):
    __slots__ = ("target", "columns", "format", "options", "rows", "data")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    COLUMNS_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    ROWS_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    columns: _containers.RepeatedScalarFieldContainer[str]
    format: CopyFormat
    options: CopyOptions
    rows: _containers.RepeatedCompositeFieldContainer[_query_pb2.Row]
    data: bytes
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., columns: _Optional[_Iterable[str]] = ..., format: _Optional[_Union[CopyFormat, str]] = ..., options: _Optional[_Union[CopyOptions, _Mapping]] = ..., rows: _Optional[_Iterable[_Union[_query_pb2.Row, _Mapping]]] = ..., data: _Optional[bytes] = ...) -> None: ...

class CopyInResponse(_message.Message):
    __slots__ = ("rows_copied",)
    ROWS_COPIED_FIELD_NUMBER: _ClassVar[int]
    rows_copied: int
    def __init__(self, rows_copied: _Optional[int] = ...) -> None: ...

class CopyRowsRequest(_message.Message):
    __slots__ = ("target", "columns", "rows")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    COLUMNS_FIELD_NUMBER: _ClassVar[int]
    ROWS_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    columns: _containers.RepeatedScalarFieldContainer[str]
    rows: _containers.RepeatedCompositeFieldContainer[_query_pb2.Row]
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., columns: _Optional[_Iterable[str]] = ..., rows: _Optional[_Iterable[_Union[_query_pb2.Row, _Mapping]]] = ...) -> None: ...

class CopyRowsResponse(_message.Message):
    __slots__ = ("rows_copied",)
    ROWS_COPIED_FIELD_NUMBER: _ClassVar[int]
    rows_copied: int
    def __init__(self, rows_copied: _Optional[int] = ...) -> None: ...

class CopyOutRequest(_message.Message):
    __slots__ = ("target", "query", "params", "columns", "format", "options", "chunk_size")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    QUERY_FIELD_NUMBER: _ClassVar[int]
    PARAMS_FIELD_NUMBER: _ClassVar[int]
    COLUMNS_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    CHUNK_SIZE_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    query: str
    params: _containers.RepeatedCompositeFieldContainer[_value_pb2.TypedValue]
    columns: _containers.RepeatedScalarFieldContainer[str]
    format: CopyFormat
    options: CopyOptions
    chunk_size: int
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., query: _Optional[str] = ..., params: _Optional[_Iterable[_Union[_value_pb2.TypedValue, _Mapping]]] = ..., columns: _Optional[_Iterable[str]] = ..., format: _Optional[_Union[CopyFormat, str]] = ..., options: _Optional[_Union[CopyOptions, _Mapping]] = ..., chunk_size: _Optional[int] = ...) -> None: ...

class CopyOutResponse(_message.Message):
    __slots__ = ("data",)
    DATA_FIELD_NUMBER: _ClassVar[int]
    data: bytes
    def __init__(self, data: _Optional[bytes] = ...) -> None: ...

class RoutineArgument(_message.Message):
    __slots__ = ("name", "value", "type")
    NAME_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    name: str
    value: _value_pb2.TypedValue
    type: str
    def __init__(self, name: _Optional[str] = ..., value: _Optional[_Union[_value_pb2.TypedValue, _Mapping]] = ..., type: _Optional[str] = ...) -> None: ...

class CallFunctionRequest(_message.Message):
    __slots__ = ("target", "arguments", "transaction_id", "session")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    ARGUMENTS_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    SESSION_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    arguments: _containers.RepeatedCompositeFieldContainer[RoutineArgument]
    transaction_id: str
    session: _sql_pb2.SessionContext
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., arguments: _Optional[_Iterable[_Union[RoutineArgument, _Mapping]]] = ..., transaction_id: _Optional[str] = ..., session: _Optional[_Union[_sql_pb2.SessionContext, _Mapping]] = ...) -> None: ...

class CallFunctionResponse(_message.Message):
    __slots__ = ("columns", "rows")
    COLUMNS_FIELD_NUMBER: _ClassVar[int]
    ROWS_FIELD_NUMBER: _ClassVar[int]
    columns: _containers.RepeatedCompositeFieldContainer[_sql_pb2.ResultColumn]
    rows: _containers.RepeatedCompositeFieldContainer[_query_pb2.Row]
    def __init__(self, columns: _Optional[_Iterable[_Union[_sql_pb2.ResultColumn, _Mapping]]] = ..., rows: _Optional[_Iterable[_Union[_query_pb2.Row, _Mapping]]] = ...) -> None: ...

class CallProcedureRequest(_message.Message):
    __slots__ = ("target", "arguments", "transaction_id", "session")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    ARGUMENTS_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    SESSION_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    arguments: _containers.RepeatedCompositeFieldContainer[RoutineArgument]
    transaction_id: str
    session: _sql_pb2.SessionContext
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., arguments: _Optional[_Iterable[_Union[RoutineArgument, _Mapping]]] = ..., transaction_id: _Optional[str] = ..., session: _Optional[_Union[_sql_pb2.SessionContext, _Mapping]] = ...) -> None: ...

class CallProcedureResponse(_message.Message):
    __slots__ = ("columns", "values")
    COLUMNS_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    columns: _containers.RepeatedCompositeFieldContainer[_sql_pb2.ResultColumn]
    values: _query_pb2.Row
    def __init__(self, columns: _Optional[_Iterable[_Union[_sql_pb2.ResultColumn, _Mapping]]] = ..., values: _Optional[_Union[_query_pb2.Row, _Mapping]] = ...) -> None: ...
