import datetime

from dbx.redis.v1 import common_pb2 as _common_pb2
from dbx.v1 import target_pb2 as _target_pb2
from google.protobuf import duration_pb2 as _duration_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class LPushRequest(_message.Message):
    __slots__ = ("target", "key", "values", "only_if_exists")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    ONLY_IF_EXISTS_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    values: _containers.RepeatedScalarFieldContainer[bytes]
    only_if_exists: bool
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., values: _Optional[_Iterable[bytes]] = ..., only_if_exists: _Optional[bool] = ...) -> None: ...

class LPushResponse(_message.Message):
    __slots__ = ("length",)
    LENGTH_FIELD_NUMBER: _ClassVar[int]
    length: int
    def __init__(self, length: _Optional[int] = ...) -> None: ...

class RPushRequest(_message.Message):
    __slots__ = ("target", "key", "values", "only_if_exists")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    ONLY_IF_EXISTS_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    values: _containers.RepeatedScalarFieldContainer[bytes]
    only_if_exists: bool
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., values: _Optional[_Iterable[bytes]] = ..., only_if_exists: _Optional[bool] = ...) -> None: ...

class RPushResponse(_message.Message):
    __slots__ = ("length",)
    LENGTH_FIELD_NUMBER: _ClassVar[int]
    length: int
    def __init__(self, length: _Optional[int] = ...) -> None: ...

class LPopRequest(_message.Message):
    __slots__ = ("target", "key", "count")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    count: int
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., count: _Optional[int] = ...) -> None: ...

class LPopResponse(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, values: _Optional[_Iterable[bytes]] = ...) -> None: ...

class RPopRequest(_message.Message):
    __slots__ = ("target", "key", "count")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    count: int
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., count: _Optional[int] = ...) -> None: ...

class RPopResponse(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, values: _Optional[_Iterable[bytes]] = ...) -> None: ...

class LRangeRequest(_message.Message):
    __slots__ = ("target", "key", "start", "stop")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    START_FIELD_NUMBER: _ClassVar[int]
    STOP_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    start: int
    stop: int
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., start: _Optional[int] = ..., stop: _Optional[int] = ...) -> None: ...

class LRangeResponse(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, values: _Optional[_Iterable[bytes]] = ...) -> None: ...

class LLenRequest(_message.Message):
    __slots__ = ("target", "key")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ...) -> None: ...

class LLenResponse(_message.Message):
    __slots__ = ("length",)
    LENGTH_FIELD_NUMBER: _ClassVar[int]
    length: int
    def __init__(self, length: _Optional[int] = ...) -> None: ...

class LIndexRequest(_message.Message):
    __slots__ = ("target", "key", "index")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    INDEX_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    index: int
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., index: _Optional[int] = ...) -> None: ...

class LIndexResponse(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    def __init__(self, value: _Optional[bytes] = ...) -> None: ...

class LSetRequest(_message.Message):
    __slots__ = ("target", "key", "index", "value")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    INDEX_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    index: int
    value: bytes
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., index: _Optional[int] = ..., value: _Optional[bytes] = ...) -> None: ...

class LSetResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class LRemRequest(_message.Message):
    __slots__ = ("target", "key", "count", "value")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    count: int
    value: bytes
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., count: _Optional[int] = ..., value: _Optional[bytes] = ...) -> None: ...

class LRemResponse(_message.Message):
    __slots__ = ("removed",)
    REMOVED_FIELD_NUMBER: _ClassVar[int]
    removed: int
    def __init__(self, removed: _Optional[int] = ...) -> None: ...

class LTrimRequest(_message.Message):
    __slots__ = ("target", "key", "start", "stop")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    START_FIELD_NUMBER: _ClassVar[int]
    STOP_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    start: int
    stop: int
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., start: _Optional[int] = ..., stop: _Optional[int] = ...) -> None: ...

class LTrimResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class LMoveRequest(_message.Message):
    __slots__ = ("target", "source", "destination", "source_end", "destination_end")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    DESTINATION_FIELD_NUMBER: _ClassVar[int]
    SOURCE_END_FIELD_NUMBER: _ClassVar[int]
    DESTINATION_END_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    source: bytes
    destination: bytes
    source_end: _common_pb2.ListEnd
    destination_end: _common_pb2.ListEnd
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., source: _Optional[bytes] = ..., destination: _Optional[bytes] = ..., source_end: _Optional[_Union[_common_pb2.ListEnd, str]] = ..., destination_end: _Optional[_Union[_common_pb2.ListEnd, str]] = ...) -> None: ...

class LMoveResponse(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    def __init__(self, value: _Optional[bytes] = ...) -> None: ...

class BLPopRequest(_message.Message):
    __slots__ = ("target", "keys", "timeout")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEYS_FIELD_NUMBER: _ClassVar[int]
    TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    keys: _containers.RepeatedScalarFieldContainer[bytes]
    timeout: _duration_pb2.Duration
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., keys: _Optional[_Iterable[bytes]] = ..., timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ...) -> None: ...

class BLPopResponse(_message.Message):
    __slots__ = ("timed_out", "list", "value")
    TIMED_OUT_FIELD_NUMBER: _ClassVar[int]
    LIST_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    timed_out: bool
    list: bytes
    value: bytes
    def __init__(self, timed_out: _Optional[bool] = ..., list: _Optional[bytes] = ..., value: _Optional[bytes] = ...) -> None: ...

class BRPopRequest(_message.Message):
    __slots__ = ("target", "keys", "timeout")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEYS_FIELD_NUMBER: _ClassVar[int]
    TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    keys: _containers.RepeatedScalarFieldContainer[bytes]
    timeout: _duration_pb2.Duration
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., keys: _Optional[_Iterable[bytes]] = ..., timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ...) -> None: ...

class BRPopResponse(_message.Message):
    __slots__ = ("timed_out", "list", "value")
    TIMED_OUT_FIELD_NUMBER: _ClassVar[int]
    LIST_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    timed_out: bool
    list: bytes
    value: bytes
    def __init__(self, timed_out: _Optional[bool] = ..., list: _Optional[bytes] = ..., value: _Optional[bytes] = ...) -> None: ...

class BLMoveRequest(_message.Message):
    __slots__ = ("target", "source", "destination", "source_end", "destination_end", "timeout")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    DESTINATION_FIELD_NUMBER: _ClassVar[int]
    SOURCE_END_FIELD_NUMBER: _ClassVar[int]
    DESTINATION_END_FIELD_NUMBER: _ClassVar[int]
    TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    source: bytes
    destination: bytes
    source_end: _common_pb2.ListEnd
    destination_end: _common_pb2.ListEnd
    timeout: _duration_pb2.Duration
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., source: _Optional[bytes] = ..., destination: _Optional[bytes] = ..., source_end: _Optional[_Union[_common_pb2.ListEnd, str]] = ..., destination_end: _Optional[_Union[_common_pb2.ListEnd, str]] = ..., timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ...) -> None: ...

class BLMoveResponse(_message.Message):
    __slots__ = ("timed_out", "value")
    TIMED_OUT_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    timed_out: bool
    value: bytes
    def __init__(self, timed_out: _Optional[bool] = ..., value: _Optional[bytes] = ...) -> None: ...
