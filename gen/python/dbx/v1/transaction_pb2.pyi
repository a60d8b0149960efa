import datetime

from dbx.v1 import data_pb2 as _data_pb2
from dbx.v1 import target_pb2 as _target_pb2
from google.protobuf import duration_pb2 as _duration_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class IsolationLevel(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ISOLATION_LEVEL_UNSPECIFIED: _ClassVar[IsolationLevel]
    ISOLATION_LEVEL_READ_UNCOMMITTED: _ClassVar[IsolationLevel]
    ISOLATION_LEVEL_READ_COMMITTED: _ClassVar[IsolationLevel]
    ISOLATION_LEVEL_REPEATABLE_READ: _ClassVar[IsolationLevel]
    ISOLATION_LEVEL_SERIALIZABLE: _ClassVar[IsolationLevel]
ISOLATION_LEVEL_UNSPECIFIED: IsolationLevel
ISOLATION_LEVEL_READ_UNCOMMITTED: IsolationLevel
ISOLATION_LEVEL_READ_COMMITTED: IsolationLevel
ISOLATION_LEVEL_REPEATABLE_READ: IsolationLevel
ISOLATION_LEVEL_SERIALIZABLE: IsolationLevel

class AtomicBatchRequest(_message.Message):
    __slots__ = ("target", "operations")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    OPERATIONS_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    operations: _containers.RepeatedCompositeFieldContainer[_data_pb2.WriteOperation]
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., operations: _Optional[_Iterable[_Union[_data_pb2.WriteOperation, _Mapping]]] = ...) -> None: ...

class AtomicBatchResponse(_message.Message):
    __slots__ = ("results",)
    RESULTS_FIELD_NUMBER: _ClassVar[int]
    results: _containers.RepeatedCompositeFieldContainer[_data_pb2.WriteResult]
    def __init__(self, results: _Optional[_Iterable[_Union[_data_pb2.WriteResult, _Mapping]]] = ...) -> None: ...

class BeginRequest(_message.Message):
    __slots__ = ("target", "idle_timeout", "read_only", "isolation_level", "deferrable")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    IDLE_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    READ_ONLY_FIELD_NUMBER: _ClassVar[int]
    ISOLATION_LEVEL_FIELD_NUMBER: _ClassVar[int]
    DEFERRABLE_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    idle_timeout: _duration_pb2.Duration
    read_only: bool
    isolation_level: IsolationLevel
    deferrable: bool
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., idle_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., read_only: _Optional[bool] = ..., isolation_level: _Optional[_Union[IsolationLevel, str]] = ..., deferrable: _Optional[bool] = ...) -> None: ...

class BeginResponse(_message.Message):
    __slots__ = ("transaction_id", "expire_time")
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    EXPIRE_TIME_FIELD_NUMBER: _ClassVar[int]
    transaction_id: str
    expire_time: _timestamp_pb2.Timestamp
    def __init__(self, transaction_id: _Optional[str] = ..., expire_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CommitRequest(_message.Message):
    __slots__ = ("transaction_id",)
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    transaction_id: str
    def __init__(self, transaction_id: _Optional[str] = ...) -> None: ...

class CommitResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RollbackRequest(_message.Message):
    __slots__ = ("transaction_id",)
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    transaction_id: str
    def __init__(self, transaction_id: _Optional[str] = ...) -> None: ...

class RollbackResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CreateSavepointRequest(_message.Message):
    __slots__ = ("transaction_id", "name")
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    transaction_id: str
    name: str
    def __init__(self, transaction_id: _Optional[str] = ..., name: _Optional[str] = ...) -> None: ...

class CreateSavepointResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RollbackToSavepointRequest(_message.Message):
    __slots__ = ("transaction_id", "name")
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    transaction_id: str
    name: str
    def __init__(self, transaction_id: _Optional[str] = ..., name: _Optional[str] = ...) -> None: ...

class RollbackToSavepointResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ReleaseSavepointRequest(_message.Message):
    __slots__ = ("transaction_id", "name")
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    transaction_id: str
    name: str
    def __init__(self, transaction_id: _Optional[str] = ..., name: _Optional[str] = ...) -> None: ...

class ReleaseSavepointResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...
