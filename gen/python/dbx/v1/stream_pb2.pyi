import datetime

from dbx.v1 import target_pb2 as _target_pb2
from dbx.v1 import value_pb2 as _value_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ChangeType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CHANGE_TYPE_UNSPECIFIED: _ClassVar[ChangeType]
    CHANGE_TYPE_INSERT: _ClassVar[ChangeType]
    CHANGE_TYPE_UPDATE: _ClassVar[ChangeType]
    CHANGE_TYPE_DELETE: _ClassVar[ChangeType]
    CHANGE_TYPE_DROP: _ClassVar[ChangeType]
    CHANGE_TYPE_RENAME: _ClassVar[ChangeType]
CHANGE_TYPE_UNSPECIFIED: ChangeType
CHANGE_TYPE_INSERT: ChangeType
CHANGE_TYPE_UPDATE: ChangeType
CHANGE_TYPE_DELETE: ChangeType
CHANGE_TYPE_DROP: ChangeType
CHANGE_TYPE_RENAME: ChangeType

class WatchRequest(_message.Message):
    __slots__ = ("target", "resume_token", "include_before")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    RESUME_TOKEN_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_BEFORE_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    resume_token: str
    include_before: bool
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., resume_token: _Optional[str] = ..., include_before: _Optional[bool] = ...) -> None: ...

class WatchResponse(_message.Message):
    __slots__ = ("ready", "change")
    READY_FIELD_NUMBER: _ClassVar[int]
    CHANGE_FIELD_NUMBER: _ClassVar[int]
    ready: WatchReady
    change: ChangeEvent
    def __init__(self, ready: _Optional[_Union[WatchReady, _Mapping]] = ..., change: _Optional[_Union[ChangeEvent, _Mapping]] = ...) -> None: ...

class WatchReady(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ChangeEvent(_message.Message):
    __slots__ = ("type", "target", "key", "record", "resume_token", "time", "before", "updated_fields", "removed_fields", "renamed_to")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    RECORD_FIELD_NUMBER: _ClassVar[int]
    RESUME_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TIME_FIELD_NUMBER: _ClassVar[int]
    BEFORE_FIELD_NUMBER: _ClassVar[int]
    UPDATED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    REMOVED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    RENAMED_TO_FIELD_NUMBER: _ClassVar[int]
    type: ChangeType
    target: _target_pb2.Target
    key: _value_pb2.TypedValue
    record: _value_pb2.Item
    resume_token: str
    time: _timestamp_pb2.Timestamp
    before: _value_pb2.Item
    updated_fields: _containers.RepeatedScalarFieldContainer[str]
    removed_fields: _containers.RepeatedScalarFieldContainer[str]
    renamed_to: _target_pb2.Target
    def __init__(self, type: _Optional[_Union[ChangeType, str]] = ..., target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[_Union[_value_pb2.TypedValue, _Mapping]] = ..., record: _Optional[_Union[_value_pb2.Item, _Mapping]] = ..., resume_token: _Optional[str] = ..., time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., before: _Optional[_Union[_value_pb2.Item, _Mapping]] = ..., updated_fields: _Optional[_Iterable[str]] = ..., removed_fields: _Optional[_Iterable[str]] = ..., renamed_to: _Optional[_Union[_target_pb2.Target, _Mapping]] = ...) -> None: ...

class SubscribeRequest(_message.Message):
    __slots__ = ("target", "channels", "patterns")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    CHANNELS_FIELD_NUMBER: _ClassVar[int]
    PATTERNS_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    channels: _containers.RepeatedScalarFieldContainer[str]
    patterns: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., channels: _Optional[_Iterable[str]] = ..., patterns: _Optional[_Iterable[str]] = ...) -> None: ...

class SubscribeResponse(_message.Message):
    __slots__ = ("ready", "message")
    READY_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    ready: WatchReady
    message: ChannelMessage
    def __init__(self, ready: _Optional[_Union[WatchReady, _Mapping]] = ..., message: _Optional[_Union[ChannelMessage, _Mapping]] = ...) -> None: ...

class ChannelMessage(_message.Message):
    __slots__ = ("channel", "pattern", "payload")
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    PATTERN_FIELD_NUMBER: _ClassVar[int]
    PAYLOAD_FIELD_NUMBER: _ClassVar[int]
    channel: str
    pattern: str
    payload: bytes
    def __init__(self, channel: _Optional[str] = ..., pattern: _Optional[str] = ..., payload: _Optional[bytes] = ...) -> None: ...

class PublishRequest(_message.Message):
    __slots__ = ("target", "channel", "payload")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    PAYLOAD_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    channel: str
    payload: bytes
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., channel: _Optional[str] = ..., payload: _Optional[bytes] = ...) -> None: ...

class PublishResponse(_message.Message):
    __slots__ = ("receivers",)
    RECEIVERS_FIELD_NUMBER: _ClassVar[int]
    receivers: int
    def __init__(self, receivers: _Optional[int] = ...) -> None: ...
