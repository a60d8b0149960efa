from dbx.v1 import target_pb2 as _target_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class PublishRequest(_message.Message):
    __slots__ = ("target", "channel", "message")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    channel: bytes
    message: bytes
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., channel: _Optional[bytes] = ..., message: _Optional[bytes] = ...) -> None: ...

class PublishResponse(_message.Message):
    __slots__ = ("receivers",)
    RECEIVERS_FIELD_NUMBER: _ClassVar[int]
    receivers: int
    def __init__(self, receivers: _Optional[int] = ...) -> None: ...

class SubscribeRequest(_message.Message):
    __slots__ = ("target", "channels")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    CHANNELS_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    channels: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., channels: _Optional[_Iterable[bytes]] = ...) -> None: ...

class SubscribeResponse(_message.Message):
    __slots__ = ("ready", "message")
    READY_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    ready: SubscriptionReady
    message: PubSubMessage
    def __init__(self, ready: _Optional[_Union[SubscriptionReady, _Mapping]] = ..., message: _Optional[_Union[PubSubMessage, _Mapping]] = ...) -> None: ...

class PSubscribeRequest(_message.Message):
    __slots__ = ("target", "patterns")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    PATTERNS_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    patterns: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., patterns: _Optional[_Iterable[bytes]] = ...) -> None: ...

class PSubscribeResponse(_message.Message):
    __slots__ = ("ready", "message")
    READY_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    ready: SubscriptionReady
    message: PubSubMessage
    def __init__(self, ready: _Optional[_Union[SubscriptionReady, _Mapping]] = ..., message: _Optional[_Union[PubSubMessage, _Mapping]] = ...) -> None: ...

class SubscriptionReady(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class PubSubMessage(_message.Message):
    __slots__ = ("channel", "pattern", "payload")
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    PATTERN_FIELD_NUMBER: _ClassVar[int]
    PAYLOAD_FIELD_NUMBER: _ClassVar[int]
    channel: bytes
    pattern: bytes
    payload: bytes
    def __init__(self, channel: _Optional[bytes] = ..., pattern: _Optional[bytes] = ..., payload: _Optional[bytes] = ...) -> None: ...
