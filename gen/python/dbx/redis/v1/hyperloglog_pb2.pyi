from dbx.v1 import target_pb2 as _target_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class PfAddRequest(_message.Message):
    __slots__ = ("target", "key", "elements")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    elements: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., elements: _Optional[_Iterable[bytes]] = ...) -> None: ...

class PfAddResponse(_message.Message):
    __slots__ = ("changed",)
    CHANGED_FIELD_NUMBER: _ClassVar[int]
    changed: bool
    def __init__(self, changed: _Optional[bool] = ...) -> None: ...

class PfCountRequest(_message.Message):
    __slots__ = ("target", "keys")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEYS_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    keys: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., keys: _Optional[_Iterable[bytes]] = ...) -> None: ...

class PfCountResponse(_message.Message):
    __slots__ = ("count",)
    COUNT_FIELD_NUMBER: _ClassVar[int]
    count: int
    def __init__(self, count: _Optional[int] = ...) -> None: ...

class PfMergeRequest(_message.Message):
    __slots__ = ("target", "destination", "sources")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    DESTINATION_FIELD_NUMBER: _ClassVar[int]
    SOURCES_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    destination: bytes
    sources: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., destination: _Optional[bytes] = ..., sources: _Optional[_Iterable[bytes]] = ...) -> None: ...

class PfMergeResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...
