from dbx.v1 import target_pb2 as _target_pb2
from dbx.v1 import value_pb2 as _value_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class BackupRequest(_message.Message):
    __slots__ = ("target", "path", "overwrite")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    PATH_FIELD_NUMBER: _ClassVar[int]
    OVERWRITE_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    path: str
    overwrite: bool
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., path: _Optional[str] = ..., overwrite: _Optional[bool] = ...) -> None: ...

class BackupResponse(_message.Message):
    __slots__ = ("path", "size_bytes")
    PATH_FIELD_NUMBER: _ClassVar[int]
    SIZE_BYTES_FIELD_NUMBER: _ClassVar[int]
    path: str
    size_bytes: int
    def __init__(self, path: _Optional[str] = ..., size_bytes: _Optional[int] = ...) -> None: ...

class BackupStreamRequest(_message.Message):
    __slots__ = ("target", "chunk_size")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    CHUNK_SIZE_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    chunk_size: int
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., chunk_size: _Optional[int] = ...) -> None: ...

class BackupStreamResponse(_message.Message):
    __slots__ = ("total_bytes", "data")
    TOTAL_BYTES_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    total_bytes: int
    data: bytes
    def __init__(self, total_bytes: _Optional[int] = ..., data: _Optional[bytes] = ...) -> None: ...

class RestoreRequest(_message.Message):
    __slots__ = ("target", "path")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    PATH_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    path: str
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., path: _Optional[str] = ...) -> None: ...

class RestoreResponse(_message.Message):
    __slots__ = ("size_bytes",)
    SIZE_BYTES_FIELD_NUMBER: _ClassVar[int]
    size_bytes: int
    def __init__(self, size_bytes: _Optional[int] = ...) -> None: ...

class GetPragmaRequest(_message.Message):
    __slots__ = ("target", "name")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    name: str
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., name: _Optional[str] = ...) -> None: ...

class GetPragmaResponse(_message.Message):
    __slots__ = ("name", "value")
    NAME_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    name: str
    value: _value_pb2.TypedValue
    def __init__(self, name: _Optional[str] = ..., value: _Optional[_Union[_value_pb2.TypedValue, _Mapping]] = ...) -> None: ...

class SetPragmaRequest(_message.Message):
    __slots__ = ("target", "name", "value")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    name: str
    value: _value_pb2.TypedValue
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., name: _Optional[str] = ..., value: _Optional[_Union[_value_pb2.TypedValue, _Mapping]] = ...) -> None: ...

class SetPragmaResponse(_message.Message):
    __slots__ = ("name", "value")
    NAME_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    name: str
    value: _value_pb2.TypedValue
    def __init__(self, name: _Optional[str] = ..., value: _Optional[_Union[_value_pb2.TypedValue, _Mapping]] = ...) -> None: ...

class IntegrityCheckRequest(_message.Message):
    __slots__ = ("target", "quick", "max_problems")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    QUICK_FIELD_NUMBER: _ClassVar[int]
    MAX_PROBLEMS_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    quick: bool
    max_problems: int
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., quick: _Optional[bool] = ..., max_problems: _Optional[int] = ...) -> None: ...

class IntegrityCheckResponse(_message.Message):
    __slots__ = ("ok", "problems")
    OK_FIELD_NUMBER: _ClassVar[int]
    PROBLEMS_FIELD_NUMBER: _ClassVar[int]
    ok: bool
    problems: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, ok: _Optional[bool] = ..., problems: _Optional[_Iterable[str]] = ...) -> None: ...

class VacuumRequest(_message.Message):
    __slots__ = ("target", "into_path")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    INTO_PATH_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    into_path: str
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., into_path: _Optional[str] = ...) -> None: ...

class VacuumResponse(_message.Message):
    __slots__ = ("path", "size_bytes")
    PATH_FIELD_NUMBER: _ClassVar[int]
    SIZE_BYTES_FIELD_NUMBER: _ClassVar[int]
    path: str
    size_bytes: int
    def __init__(self, path: _Optional[str] = ..., size_bytes: _Optional[int] = ...) -> None: ...
