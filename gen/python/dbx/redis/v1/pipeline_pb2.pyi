from dbx.redis.v1 import common_pb2 as _common_pb2
from dbx.v1 import target_pb2 as _target_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class PipelineRequest(_message.Message):
    __slots__ = ("target", "commands")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    COMMANDS_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    commands: _containers.RepeatedCompositeFieldContainer[_common_pb2.Command]
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., commands: _Optional[_Iterable[_Union[_common_pb2.Command, _Mapping]]] = ...) -> None: ...

class PipelineResponse(_message.Message):
    __slots__ = ("results",)
    RESULTS_FIELD_NUMBER: _ClassVar[int]
    results: _containers.RepeatedCompositeFieldContainer[_common_pb2.CommandResult]
    def __init__(self, results: _Optional[_Iterable[_Union[_common_pb2.CommandResult, _Mapping]]] = ...) -> None: ...

class MultiRequest(_message.Message):
    __slots__ = ("target", "commands", "watch_keys")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    COMMANDS_FIELD_NUMBER: _ClassVar[int]
    WATCH_KEYS_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    commands: _containers.RepeatedCompositeFieldContainer[_common_pb2.Command]
    watch_keys: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., commands: _Optional[_Iterable[_Union[_common_pb2.Command, _Mapping]]] = ..., watch_keys: _Optional[_Iterable[bytes]] = ...) -> None: ...

class MultiResponse(_message.Message):
    __slots__ = ("results",)
    RESULTS_FIELD_NUMBER: _ClassVar[int]
    results: _containers.RepeatedCompositeFieldContainer[_common_pb2.CommandResult]
    def __init__(self, results: _Optional[_Iterable[_Union[_common_pb2.CommandResult, _Mapping]]] = ...) -> None: ...
