import datetime

from dbx.v1 import target_pb2 as _target_pb2
from google.protobuf import duration_pb2 as _duration_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class PingRequest(_message.Message):
    __slots__ = ("target", "message")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    message: bytes
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., message: _Optional[bytes] = ...) -> None: ...

class PingResponse(_message.Message):
    __slots__ = ("reply", "latency")
    REPLY_FIELD_NUMBER: _ClassVar[int]
    LATENCY_FIELD_NUMBER: _ClassVar[int]
    reply: bytes
    latency: _duration_pb2.Duration
    def __init__(self, reply: _Optional[bytes] = ..., latency: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ...) -> None: ...

class InfoRequest(_message.Message):
    __slots__ = ("target", "sections")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    SECTIONS_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    sections: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., sections: _Optional[_Iterable[str]] = ...) -> None: ...

class InfoResponse(_message.Message):
    __slots__ = ("sections", "nodes")
    SECTIONS_FIELD_NUMBER: _ClassVar[int]
    NODES_FIELD_NUMBER: _ClassVar[int]
    sections: _containers.RepeatedCompositeFieldContainer[InfoSection]
    nodes: _containers.RepeatedCompositeFieldContainer[NodeInfo]
    def __init__(self, sections: _Optional[_Iterable[_Union[InfoSection, _Mapping]]] = ..., nodes: _Optional[_Iterable[_Union[NodeInfo, _Mapping]]] = ...) -> None: ...

class NodeInfo(_message.Message):
    __slots__ = ("address", "sections")
    ADDRESS_FIELD_NUMBER: _ClassVar[int]
    SECTIONS_FIELD_NUMBER: _ClassVar[int]
    address: str
    sections: _containers.RepeatedCompositeFieldContainer[InfoSection]
    def __init__(self, address: _Optional[str] = ..., sections: _Optional[_Iterable[_Union[InfoSection, _Mapping]]] = ...) -> None: ...

class DbSizeRequest(_message.Message):
    __slots__ = ("target",)
    TARGET_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ...) -> None: ...

class DbSizeResponse(_message.Message):
    __slots__ = ("keys",)
    KEYS_FIELD_NUMBER: _ClassVar[int]
    keys: int
    def __init__(self, keys: _Optional[int] = ...) -> None: ...

class TimeRequest(_message.Message):
    __slots__ = ("target",)
    TARGET_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ...) -> None: ...

class TimeResponse(_message.Message):
    __slots__ = ("time",)
    TIME_FIELD_NUMBER: _ClassVar[int]
    time: _timestamp_pb2.Timestamp
    def __init__(self, time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class GetStatsRequest(_message.Message):
    __slots__ = ("target",)
    TARGET_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ...) -> None: ...

class GetStatsResponse(_message.Message):
    __slots__ = ("serving", "message", "ping_latency", "mode", "details")
    class DetailsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    SERVING_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    PING_LATENCY_FIELD_NUMBER: _ClassVar[int]
    MODE_FIELD_NUMBER: _ClassVar[int]
    DETAILS_FIELD_NUMBER: _ClassVar[int]
    serving: bool
    message: str
    ping_latency: _duration_pb2.Duration
    mode: str
    details: _containers.ScalarMap[str, str]
    def __init__(self, serving: _Optional[bool] = ..., message: _Optional[str] = ..., ping_latency: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., mode: _Optional[str] = ..., details: _Optional[_Mapping[str, str]] = ...) -> None: ...

class FlushDbRequest(_message.Message):
    __slots__ = ("target", "asynchronous")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    ASYNCHRONOUS_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    asynchronous: bool
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., asynchronous: _Optional[bool] = ...) -> None: ...

class FlushDbResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class FlushAllRequest(_message.Message):
    __slots__ = ("target", "asynchronous")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    ASYNCHRONOUS_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    asynchronous: bool
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., asynchronous: _Optional[bool] = ...) -> None: ...

class FlushAllResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ConfigSetRequest(_message.Message):
    __slots__ = ("target", "parameters")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    PARAMETERS_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    parameters: _containers.RepeatedCompositeFieldContainer[ConfigParameter]
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., parameters: _Optional[_Iterable[_Union[ConfigParameter, _Mapping]]] = ...) -> None: ...

class ConfigSetResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class InfoSection(_message.Message):
    __slots__ = ("name", "fields")
    class FieldsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    NAME_FIELD_NUMBER: _ClassVar[int]
    FIELDS_FIELD_NUMBER: _ClassVar[int]
    name: str
    fields: _containers.ScalarMap[str, str]
    def __init__(self, name: _Optional[str] = ..., fields: _Optional[_Mapping[str, str]] = ...) -> None: ...

class ConfigParameter(_message.Message):
    __slots__ = ("name", "value")
    NAME_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    name: str
    value: str
    def __init__(self, name: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
