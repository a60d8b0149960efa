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

class XAddRequest(_message.Message):
    __slots__ = ("target", "key", "id", "fields", "trim", "no_mkstream")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    FIELDS_FIELD_NUMBER: _ClassVar[int]
    TRIM_FIELD_NUMBER: _ClassVar[int]
    NO_MKSTREAM_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    id: str
    fields: _containers.RepeatedCompositeFieldContainer[_common_pb2.FieldValue]
    trim: StreamTrim
    no_mkstream: bool
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., id: _Optional[str] = ..., fields: _Optional[_Iterable[_Union[_common_pb2.FieldValue, _Mapping]]] = ..., trim: _Optional[_Union[StreamTrim, _Mapping]] = ..., no_mkstream: _Optional[bool] = ...) -> None: ...

class XAddResponse(_message.Message):
    __slots__ = ("id",)
    ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    def __init__(self, id: _Optional[str] = ...) -> None: ...

class XRangeRequest(_message.Message):
    __slots__ = ("target", "key", "start", "end", "count")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    START_FIELD_NUMBER: _ClassVar[int]
    END_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    start: str
    end: str
    count: int
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., start: _Optional[str] = ..., end: _Optional[str] = ..., count: _Optional[int] = ...) -> None: ...

class XRangeResponse(_message.Message):
    __slots__ = ("entries",)
    ENTRIES_FIELD_NUMBER: _ClassVar[int]
    entries: _containers.RepeatedCompositeFieldContainer[StreamEntry]
    def __init__(self, entries: _Optional[_Iterable[_Union[StreamEntry, _Mapping]]] = ...) -> None: ...

class XRevRangeRequest(_message.Message):
    __slots__ = ("target", "key", "end", "start", "count")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    END_FIELD_NUMBER: _ClassVar[int]
    START_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    end: str
    start: str
    count: int
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., end: _Optional[str] = ..., start: _Optional[str] = ..., count: _Optional[int] = ...) -> None: ...

class XRevRangeResponse(_message.Message):
    __slots__ = ("entries",)
    ENTRIES_FIELD_NUMBER: _ClassVar[int]
    entries: _containers.RepeatedCompositeFieldContainer[StreamEntry]
    def __init__(self, entries: _Optional[_Iterable[_Union[StreamEntry, _Mapping]]] = ...) -> None: ...

class XLenRequest(_message.Message):
    __slots__ = ("target", "key")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ...) -> None: ...

class XLenResponse(_message.Message):
    __slots__ = ("length",)
    LENGTH_FIELD_NUMBER: _ClassVar[int]
    length: int
    def __init__(self, length: _Optional[int] = ...) -> None: ...

class XTrimRequest(_message.Message):
    __slots__ = ("target", "key", "trim")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    TRIM_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    trim: StreamTrim
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., trim: _Optional[_Union[StreamTrim, _Mapping]] = ...) -> None: ...

class XTrimResponse(_message.Message):
    __slots__ = ("removed",)
    REMOVED_FIELD_NUMBER: _ClassVar[int]
    removed: int
    def __init__(self, removed: _Optional[int] = ...) -> None: ...

class XDelRequest(_message.Message):
    __slots__ = ("target", "key", "ids")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    IDS_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., ids: _Optional[_Iterable[str]] = ...) -> None: ...

class XDelResponse(_message.Message):
    __slots__ = ("deleted",)
    DELETED_FIELD_NUMBER: _ClassVar[int]
    deleted: int
    def __init__(self, deleted: _Optional[int] = ...) -> None: ...

class XReadRequest(_message.Message):
    __slots__ = ("target", "streams", "count")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    STREAMS_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    streams: _containers.RepeatedCompositeFieldContainer[StreamOffset]
    count: int
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., streams: _Optional[_Iterable[_Union[StreamOffset, _Mapping]]] = ..., count: _Optional[int] = ...) -> None: ...

class XReadResponse(_message.Message):
    __slots__ = ("ready", "batch")
    READY_FIELD_NUMBER: _ClassVar[int]
    BATCH_FIELD_NUMBER: _ClassVar[int]
    ready: StreamReady
    batch: StreamBatch
    def __init__(self, ready: _Optional[_Union[StreamReady, _Mapping]] = ..., batch: _Optional[_Union[StreamBatch, _Mapping]] = ...) -> None: ...

class XGroupCreateRequest(_message.Message):
    __slots__ = ("target", "key", "group", "id", "mkstream")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    GROUP_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    MKSTREAM_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    group: str
    id: str
    mkstream: bool
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., group: _Optional[str] = ..., id: _Optional[str] = ..., mkstream: _Optional[bool] = ...) -> None: ...

class XGroupCreateResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class XGroupDestroyRequest(_message.Message):
    __slots__ = ("target", "key", "group")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    GROUP_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    group: str
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., group: _Optional[str] = ...) -> None: ...

class XGroupDestroyResponse(_message.Message):
    __slots__ = ("destroyed",)
    DESTROYED_FIELD_NUMBER: _ClassVar[int]
    destroyed: bool
    def __init__(self, destroyed: _Optional[bool] = ...) -> None: ...

class XReadGroupRequest(_message.Message):
    __slots__ = ("target", "group", "consumer", "streams", "count", "no_ack")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    GROUP_FIELD_NUMBER: _ClassVar[int]
    CONSUMER_FIELD_NUMBER: _ClassVar[int]
    STREAMS_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    NO_ACK_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    group: str
    consumer: str
    streams: _containers.RepeatedCompositeFieldContainer[StreamOffset]
    count: int
    no_ack: bool
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., group: _Optional[str] = ..., consumer: _Optional[str] = ..., streams: _Optional[_Iterable[_Union[StreamOffset, _Mapping]]] = ..., count: _Optional[int] = ..., no_ack: _Optional[bool] = ...) -> None: ...

class XReadGroupResponse(_message.Message):
    __slots__ = ("ready", "batch")
    READY_FIELD_NUMBER: _ClassVar[int]
    BATCH_FIELD_NUMBER: _ClassVar[int]
    ready: StreamReady
    batch: StreamBatch
    def __init__(self, ready: _Optional[_Union[StreamReady, _Mapping]] = ..., batch: _Optional[_Union[StreamBatch, _Mapping]] = ...) -> None: ...

class XAckRequest(_message.Message):
    __slots__ = ("target", "key", "group", "ids")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    GROUP_FIELD_NUMBER: _ClassVar[int]
    IDS_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    group: str
    ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., group: _Optional[str] = ..., ids: _Optional[_Iterable[str]] = ...) -> None: ...

class XAckResponse(_message.Message):
    __slots__ = ("acknowledged",)
    ACKNOWLEDGED_FIELD_NUMBER: _ClassVar[int]
    acknowledged: int
    def __init__(self, acknowledged: _Optional[int] = ...) -> None: ...

class XPendingRequest(_message.Message):
    __slots__ = ("target", "key", "group", "start", "end", "count", "consumer", "min_idle")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    GROUP_FIELD_NUMBER: _ClassVar[int]
    START_FIELD_NUMBER: _ClassVar[int]
    END_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    CONSUMER_FIELD_NUMBER: _ClassVar[int]
    MIN_IDLE_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    group: str
    start: str
    end: str
    count: int
    consumer: str
    min_idle: _duration_pb2.Duration
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., group: _Optional[str] = ..., start: _Optional[str] = ..., end: _Optional[str] = ..., count: _Optional[int] = ..., consumer: _Optional[str] = ..., min_idle: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ...) -> None: ...

class XPendingResponse(_message.Message):
    __slots__ = ("count", "lowest_id", "highest_id", "consumers", "entries")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    LOWEST_ID_FIELD_NUMBER: _ClassVar[int]
    HIGHEST_ID_FIELD_NUMBER: _ClassVar[int]
    CONSUMERS_FIELD_NUMBER: _ClassVar[int]
    ENTRIES_FIELD_NUMBER: _ClassVar[int]
    count: int
    lowest_id: str
    highest_id: str
    consumers: _containers.RepeatedCompositeFieldContainer[ConsumerPending]
    entries: _containers.RepeatedCompositeFieldContainer[PendingEntry]
    def __init__(self, count: _Optional[int] = ..., lowest_id: _Optional[str] = ..., highest_id: _Optional[str] = ..., consumers: _Optional[_Iterable[_Union[ConsumerPending, _Mapping]]] = ..., entries: _Optional[_Iterable[_Union[PendingEntry, _Mapping]]] = ...) -> None: ...

class XClaimRequest(_message.Message):
    __slots__ = ("target", "key", "group", "consumer", "min_idle", "ids")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    GROUP_FIELD_NUMBER: _ClassVar[int]
    CONSUMER_FIELD_NUMBER: _ClassVar[int]
    MIN_IDLE_FIELD_NUMBER: _ClassVar[int]
    IDS_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    group: str
    consumer: str
    min_idle: _duration_pb2.Duration
    ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., group: _Optional[str] = ..., consumer: _Optional[str] = ..., min_idle: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., ids: _Optional[_Iterable[str]] = ...) -> None: ...

class XClaimResponse(_message.Message):
    __slots__ = ("entries",)
    ENTRIES_FIELD_NUMBER: _ClassVar[int]
    entries: _containers.RepeatedCompositeFieldContainer[StreamEntry]
    def __init__(self, entries: _Optional[_Iterable[_Union[StreamEntry, _Mapping]]] = ...) -> None: ...

class XAutoClaimRequest(_message.Message):
    __slots__ = ("target", "key", "group", "consumer", "min_idle", "start", "count")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    GROUP_FIELD_NUMBER: _ClassVar[int]
    CONSUMER_FIELD_NUMBER: _ClassVar[int]
    MIN_IDLE_FIELD_NUMBER: _ClassVar[int]
    START_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    group: str
    consumer: str
    min_idle: _duration_pb2.Duration
    start: str
    count: int
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., group: _Optional[str] = ..., consumer: _Optional[str] = ..., min_idle: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., start: _Optional[str] = ..., count: _Optional[int] = ...) -> None: ...

class XAutoClaimResponse(_message.Message):
    __slots__ = ("next_start", "entries", "deleted_ids")
    NEXT_START_FIELD_NUMBER: _ClassVar[int]
    ENTRIES_FIELD_NUMBER: _ClassVar[int]
    DELETED_IDS_FIELD_NUMBER: _ClassVar[int]
    next_start: str
    entries: _containers.RepeatedCompositeFieldContainer[StreamEntry]
    deleted_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, next_start: _Optional[str] = ..., entries: _Optional[_Iterable[_Union[StreamEntry, _Mapping]]] = ..., deleted_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class StreamEntry(_message.Message):
    __slots__ = ("id", "fields")
    ID_FIELD_NUMBER: _ClassVar[int]
    FIELDS_FIELD_NUMBER: _ClassVar[int]
    id: str
    fields: _containers.RepeatedCompositeFieldContainer[_common_pb2.FieldValue]
    def __init__(self, id: _Optional[str] = ..., fields: _Optional[_Iterable[_Union[_common_pb2.FieldValue, _Mapping]]] = ...) -> None: ...

class StreamEntries(_message.Message):
    __slots__ = ("key", "entries")
    KEY_FIELD_NUMBER: _ClassVar[int]
    ENTRIES_FIELD_NUMBER: _ClassVar[int]
    key: bytes
    entries: _containers.RepeatedCompositeFieldContainer[StreamEntry]
    def __init__(self, key: _Optional[bytes] = ..., entries: _Optional[_Iterable[_Union[StreamEntry, _Mapping]]] = ...) -> None: ...

class StreamOffset(_message.Message):
    __slots__ = ("key", "id")
    KEY_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    key: bytes
    id: str
    def __init__(self, key: _Optional[bytes] = ..., id: _Optional[str] = ...) -> None: ...

class StreamBatch(_message.Message):
    __slots__ = ("streams",)
    STREAMS_FIELD_NUMBER: _ClassVar[int]
    streams: _containers.RepeatedCompositeFieldContainer[StreamEntries]
    def __init__(self, streams: _Optional[_Iterable[_Union[StreamEntries, _Mapping]]] = ...) -> None: ...

class StreamReady(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class StreamTrim(_message.Message):
    __slots__ = ("max_len", "min_id", "approximate", "limit")
    MAX_LEN_FIELD_NUMBER: _ClassVar[int]
    MIN_ID_FIELD_NUMBER: _ClassVar[int]
    APPROXIMATE_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    max_len: int
    min_id: str
    approximate: bool
    limit: int
    def __init__(self, max_len: _Optional[int] = ..., min_id: _Optional[str] = ..., approximate: _Optional[bool] = ..., limit: _Optional[int] = ...) -> None: ...

class ConsumerPending(_message.Message):
    __slots__ = ("consumer", "count")
    CONSUMER_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    consumer: str
    count: int
    def __init__(self, consumer: _Optional[str] = ..., count: _Optional[int] = ...) -> None: ...

class PendingEntry(_message.Message):
    __slots__ = ("id", "consumer", "idle", "deliveries")
    ID_FIELD_NUMBER: _ClassVar[int]
    CONSUMER_FIELD_NUMBER: _ClassVar[int]
    IDLE_FIELD_NUMBER: _ClassVar[int]
    DELIVERIES_FIELD_NUMBER: _ClassVar[int]
    id: str
    consumer: str
    idle: _duration_pb2.Duration
    deliveries: int
    def __init__(self, id: _Optional[str] = ..., consumer: _Optional[str] = ..., idle: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., deliveries: _Optional[int] = ...) -> None: ...
