from dbx.redis.v1 import common_pb2 as _common_pb2
from dbx.v1 import target_pb2 as _target_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class DelRequest(_message.Message):
    __slots__ = ("target", "keys")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEYS_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    keys: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., keys: _Optional[_Iterable[bytes]] = ...) -> None: ...

class DelResponse(_message.Message):
    __slots__ = ("deleted",)
    DELETED_FIELD_NUMBER: _ClassVar[int]
    deleted: int
    def __init__(self, deleted: _Optional[int] = ...) -> None: ...

class UnlinkRequest(_message.Message):
    __slots__ = ("target", "keys")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEYS_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    keys: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., keys: _Optional[_Iterable[bytes]] = ...) -> None: ...

class UnlinkResponse(_message.Message):
    __slots__ = ("unlinked",)
    UNLINKED_FIELD_NUMBER: _ClassVar[int]
    unlinked: int
    def __init__(self, unlinked: _Optional[int] = ...) -> None: ...

class ExistsRequest(_message.Message):
    __slots__ = ("target", "keys")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEYS_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    keys: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., keys: _Optional[_Iterable[bytes]] = ...) -> None: ...

class ExistsResponse(_message.Message):
    __slots__ = ("count",)
    COUNT_FIELD_NUMBER: _ClassVar[int]
    count: int
    def __init__(self, count: _Optional[int] = ...) -> None: ...

class ExpireRequest(_message.Message):
    __slots__ = ("target", "key", "seconds", "condition")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    SECONDS_FIELD_NUMBER: _ClassVar[int]
    CONDITION_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    seconds: int
    condition: _common_pb2.ExpireCondition
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., seconds: _Optional[int] = ..., condition: _Optional[_Union[_common_pb2.ExpireCondition, str]] = ...) -> None: ...

class ExpireResponse(_message.Message):
    __slots__ = ("set",)
    SET_FIELD_NUMBER: _ClassVar[int]
    set: bool
    def __init__(self, set: _Optional[bool] = ...) -> None: ...

class PExpireRequest(_message.Message):
    __slots__ = ("target", "key", "milliseconds", "condition")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    MILLISECONDS_FIELD_NUMBER: _ClassVar[int]
    CONDITION_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    milliseconds: int
    condition: _common_pb2.ExpireCondition
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., milliseconds: _Optional[int] = ..., condition: _Optional[_Union[_common_pb2.ExpireCondition, str]] = ...) -> None: ...

class PExpireResponse(_message.Message):
    __slots__ = ("set",)
    SET_FIELD_NUMBER: _ClassVar[int]
    set: bool
    def __init__(self, set: _Optional[bool] = ...) -> None: ...

class TtlRequest(_message.Message):
    __slots__ = ("target", "key")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ...) -> None: ...

class TtlResponse(_message.Message):
    __slots__ = ("seconds",)
    SECONDS_FIELD_NUMBER: _ClassVar[int]
    seconds: int
    def __init__(self, seconds: _Optional[int] = ...) -> None: ...

class PTtlRequest(_message.Message):
    __slots__ = ("target", "key")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ...) -> None: ...

class PTtlResponse(_message.Message):
    __slots__ = ("milliseconds",)
    MILLISECONDS_FIELD_NUMBER: _ClassVar[int]
    milliseconds: int
    def __init__(self, milliseconds: _Optional[int] = ...) -> None: ...

class PersistRequest(_message.Message):
    __slots__ = ("target", "key")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ...) -> None: ...

class PersistResponse(_message.Message):
    __slots__ = ("persisted",)
    PERSISTED_FIELD_NUMBER: _ClassVar[int]
    persisted: bool
    def __init__(self, persisted: _Optional[bool] = ...) -> None: ...

class TypeRequest(_message.Message):
    __slots__ = ("target", "key")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ...) -> None: ...

class TypeResponse(_message.Message):
    __slots__ = ("type",)
    TYPE_FIELD_NUMBER: _ClassVar[int]
    type: str
    def __init__(self, type: _Optional[str] = ...) -> None: ...

class RenameRequest(_message.Message):
    __slots__ = ("target", "key", "new_key", "only_if_new_key_missing")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    NEW_KEY_FIELD_NUMBER: _ClassVar[int]
    ONLY_IF_NEW_KEY_MISSING_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    new_key: bytes
    only_if_new_key_missing: bool
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., new_key: _Optional[bytes] = ..., only_if_new_key_missing: _Optional[bool] = ...) -> None: ...

class RenameResponse(_message.Message):
    __slots__ = ("renamed",)
    RENAMED_FIELD_NUMBER: _ClassVar[int]
    renamed: bool
    def __init__(self, renamed: _Optional[bool] = ...) -> None: ...

class ScanRequest(_message.Message):
    __slots__ = ("target", "cursor", "match", "count", "type")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    CURSOR_FIELD_NUMBER: _ClassVar[int]
    MATCH_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    cursor: str
    match: bytes
    count: int
    type: str
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., cursor: _Optional[str] = ..., match: _Optional[bytes] = ..., count: _Optional[int] = ..., type: _Optional[str] = ...) -> None: ...

class ScanResponse(_message.Message):
    __slots__ = ("cursor", "keys")
    CURSOR_FIELD_NUMBER: _ClassVar[int]
    KEYS_FIELD_NUMBER: _ClassVar[int]
    cursor: str
    keys: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, cursor: _Optional[str] = ..., keys: _Optional[_Iterable[bytes]] = ...) -> None: ...

class ScanStreamRequest(_message.Message):
    __slots__ = ("target", "match", "count", "type")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    MATCH_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    match: bytes
    count: int
    type: str
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., match: _Optional[bytes] = ..., count: _Optional[int] = ..., type: _Optional[str] = ...) -> None: ...

class ScanStreamResponse(_message.Message):
    __slots__ = ("keys",)
    KEYS_FIELD_NUMBER: _ClassVar[int]
    keys: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, keys: _Optional[_Iterable[bytes]] = ...) -> None: ...
