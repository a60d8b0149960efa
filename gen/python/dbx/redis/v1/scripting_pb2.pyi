from dbx.redis.v1 import common_pb2 as _common_pb2
from dbx.v1 import target_pb2 as _target_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class EvalRequest(_message.Message):
    __slots__ = ("target", "script", "keys", "args")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    SCRIPT_FIELD_NUMBER: _ClassVar[int]
    KEYS_FIELD_NUMBER: _ClassVar[int]
    ARGS_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    script: str
    keys: _containers.RepeatedScalarFieldContainer[bytes]
    args: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., script: _Optional[str] = ..., keys: _Optional[_Iterable[bytes]] = ..., args: _Optional[_Iterable[bytes]] = ...) -> None: ...

class EvalResponse(_message.Message):
    __slots__ = ("result",)
    RESULT_FIELD_NUMBER: _ClassVar[int]
    result: _common_pb2.Reply
    def __init__(self, result: _Optional[_Union[_common_pb2.Reply, _Mapping]] = ...) -> None: ...

class EvalShaRequest(_message.Message):
    __slots__ = ("target", "sha1", "keys", "args")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    SHA1_FIELD_NUMBER: _ClassVar[int]
    KEYS_FIELD_NUMBER: _ClassVar[int]
    ARGS_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    sha1: str
    keys: _containers.RepeatedScalarFieldContainer[bytes]
    args: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., sha1: _Optional[str] = ..., keys: _Optional[_Iterable[bytes]] = ..., args: _Optional[_Iterable[bytes]] = ...) -> None: ...

class EvalShaResponse(_message.Message):
    __slots__ = ("result",)
    RESULT_FIELD_NUMBER: _ClassVar[int]
    result: _common_pb2.Reply
    def __init__(self, result: _Optional[_Union[_common_pb2.Reply, _Mapping]] = ...) -> None: ...

class ScriptLoadRequest(_message.Message):
    __slots__ = ("target", "script")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    SCRIPT_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    script: str
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., script: _Optional[str] = ...) -> None: ...

class ScriptLoadResponse(_message.Message):
    __slots__ = ("sha1",)
    SHA1_FIELD_NUMBER: _ClassVar[int]
    sha1: str
    def __init__(self, sha1: _Optional[str] = ...) -> None: ...
