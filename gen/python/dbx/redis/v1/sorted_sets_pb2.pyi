from dbx.redis.v1 import common_pb2 as _common_pb2
from dbx.v1 import target_pb2 as _target_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ScoreComparison(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SCORE_COMPARISON_UNSPECIFIED: _ClassVar[ScoreComparison]
    SCORE_COMPARISON_GT: _ClassVar[ScoreComparison]
    SCORE_COMPARISON_LT: _ClassVar[ScoreComparison]

class RangeBy(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    RANGE_BY_UNSPECIFIED: _ClassVar[RangeBy]
    RANGE_BY_SCORE: _ClassVar[RangeBy]
    RANGE_BY_LEX: _ClassVar[RangeBy]

class Aggregate(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    AGGREGATE_UNSPECIFIED: _ClassVar[Aggregate]
    AGGREGATE_SUM: _ClassVar[Aggregate]
    AGGREGATE_MIN: _ClassVar[Aggregate]
    AGGREGATE_MAX: _ClassVar[Aggregate]
SCORE_COMPARISON_UNSPECIFIED: ScoreComparison
SCORE_COMPARISON_GT: ScoreComparison
SCORE_COMPARISON_LT: ScoreComparison
RANGE_BY_UNSPECIFIED: RangeBy
RANGE_BY_SCORE: RangeBy
RANGE_BY_LEX: RangeBy
AGGREGATE_UNSPECIFIED: Aggregate
AGGREGATE_SUM: Aggregate
AGGREGATE_MIN: Aggregate
AGGREGATE_MAX: Aggregate

class ZAddRequest(_message.Message):
    __slots__ = ("target", "key", "members", "condition", "comparison", "changed", "incr")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    MEMBERS_FIELD_NUMBER: _ClassVar[int]
    CONDITION_FIELD_NUMBER: _ClassVar[int]
    COMPARISON_FIELD_NUMBER: _ClassVar[int]
    CHANGED_FIELD_NUMBER: _ClassVar[int]
    INCR_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    members: _containers.RepeatedCompositeFieldContainer[_common_pb2.ScoredMember]
    condition: _common_pb2.SetCondition
    comparison: ScoreComparison
    changed: bool
    incr: bool
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., members: _Optional[_Iterable[_Union[_common_pb2.ScoredMember, _Mapping]]] = ..., condition: _Optional[_Union[_common_pb2.SetCondition, str]] = ..., comparison: _Optional[_Union[ScoreComparison, str]] = ..., changed: _Optional[bool] = ..., incr: _Optional[bool] = ...) -> None: ...

class ZAddResponse(_message.Message):
    __slots__ = ("count", "score")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    count: int
    score: float
    def __init__(self, count: _Optional[int] = ..., score: _Optional[float] = ...) -> None: ...

class ZRangeRequest(_message.Message):
    __slots__ = ("target", "key", "start", "stop", "by", "rev", "limit", "with_scores")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    START_FIELD_NUMBER: _ClassVar[int]
    STOP_FIELD_NUMBER: _ClassVar[int]
    BY_FIELD_NUMBER: _ClassVar[int]
    REV_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    WITH_SCORES_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    start: str
    stop: str
    by: RangeBy
    rev: bool
    limit: Limit
    with_scores: bool
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., start: _Optional[str] = ..., stop: _Optional[str] = ..., by: _Optional[_Union[RangeBy, str]] = ..., rev: _Optional[bool] = ..., limit: _Optional[_Union[Limit, _Mapping]] = ..., with_scores: _Optional[bool] = ...) -> None: ...

class ZRangeResponse(_message.Message):
    __slots__ = ("members",)
    MEMBERS_FIELD_NUMBER: _ClassVar[int]
    members: _containers.RepeatedCompositeFieldContainer[_common_pb2.ScoredMember]
    def __init__(self, members: _Optional[_Iterable[_Union[_common_pb2.ScoredMember, _Mapping]]] = ...) -> None: ...

class ZScoreRequest(_message.Message):
    __slots__ = ("target", "key", "member")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    MEMBER_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    member: bytes
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., member: _Optional[bytes] = ...) -> None: ...

class ZScoreResponse(_message.Message):
    __slots__ = ("score",)
    SCORE_FIELD_NUMBER: _ClassVar[int]
    score: float
    def __init__(self, score: _Optional[float] = ...) -> None: ...

class ZMScoreRequest(_message.Message):
    __slots__ = ("target", "key", "members")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    MEMBERS_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    members: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., members: _Optional[_Iterable[bytes]] = ...) -> None: ...

class ZMScoreResponse(_message.Message):
    __slots__ = ("scores",)
    SCORES_FIELD_NUMBER: _ClassVar[int]
    scores: _containers.RepeatedCompositeFieldContainer[_common_pb2.OptionalScore]
    def __init__(self, scores: _Optional[_Iterable[_Union[_common_pb2.OptionalScore, _Mapping]]] = ...) -> None: ...

class ZIncrByRequest(_message.Message):
    __slots__ = ("target", "key", "increment", "member")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    INCREMENT_FIELD_NUMBER: _ClassVar[int]
    MEMBER_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    increment: float
    member: bytes
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., increment: _Optional[float] = ..., member: _Optional[bytes] = ...) -> None: ...

class ZIncrByResponse(_message.Message):
    __slots__ = ("score",)
    SCORE_FIELD_NUMBER: _ClassVar[int]
    score: float
    def __init__(self, score: _Optional[float] = ...) -> None: ...

class ZCardRequest(_message.Message):
    __slots__ = ("target", "key")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ...) -> None: ...

class ZCardResponse(_message.Message):
    __slots__ = ("count",)
    COUNT_FIELD_NUMBER: _ClassVar[int]
    count: int
    def __init__(self, count: _Optional[int] = ...) -> None: ...

class ZCountRequest(_message.Message):
    __slots__ = ("target", "key", "min", "max")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    min: str
    max: str
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., min: _Optional[str] = ..., max: _Optional[str] = ...) -> None: ...

class ZCountResponse(_message.Message):
    __slots__ = ("count",)
    COUNT_FIELD_NUMBER: _ClassVar[int]
    count: int
    def __init__(self, count: _Optional[int] = ...) -> None: ...

class ZRankRequest(_message.Message):
    __slots__ = ("target", "key", "member")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    MEMBER_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    member: bytes
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., member: _Optional[bytes] = ...) -> None: ...

class ZRankResponse(_message.Message):
    __slots__ = ("rank",)
    RANK_FIELD_NUMBER: _ClassVar[int]
    rank: int
    def __init__(self, rank: _Optional[int] = ...) -> None: ...

class ZRevRankRequest(_message.Message):
    __slots__ = ("target", "key", "member")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    MEMBER_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    member: bytes
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., member: _Optional[bytes] = ...) -> None: ...

class ZRevRankResponse(_message.Message):
    __slots__ = ("rank",)
    RANK_FIELD_NUMBER: _ClassVar[int]
    rank: int
    def __init__(self, rank: _Optional[int] = ...) -> None: ...

class ZRemRequest(_message.Message):
    __slots__ = ("target", "key", "members")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    MEMBERS_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    members: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., members: _Optional[_Iterable[bytes]] = ...) -> None: ...

class ZRemResponse(_message.Message):
    __slots__ = ("removed",)
    REMOVED_FIELD_NUMBER: _ClassVar[int]
    removed: int
    def __init__(self, removed: _Optional[int] = ...) -> None: ...

class ZRemRangeByScoreRequest(_message.Message):
    __slots__ = ("target", "key", "min", "max")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    min: str
    max: str
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., min: _Optional[str] = ..., max: _Optional[str] = ...) -> None: ...

class ZRemRangeByScoreResponse(_message.Message):
    __slots__ = ("removed",)
    REMOVED_FIELD_NUMBER: _ClassVar[int]
    removed: int
    def __init__(self, removed: _Optional[int] = ...) -> None: ...

class ZRemRangeByRankRequest(_message.Message):
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

class ZRemRangeByRankResponse(_message.Message):
    __slots__ = ("removed",)
    REMOVED_FIELD_NUMBER: _ClassVar[int]
    removed: int
    def __init__(self, removed: _Optional[int] = ...) -> None: ...

class ZPopMinRequest(_message.Message):
    __slots__ = ("target", "key", "count")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    count: int
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., count: _Optional[int] = ...) -> None: ...

class ZPopMinResponse(_message.Message):
    __slots__ = ("members",)
    MEMBERS_FIELD_NUMBER: _ClassVar[int]
    members: _containers.RepeatedCompositeFieldContainer[_common_pb2.ScoredMember]
    def __init__(self, members: _Optional[_Iterable[_Union[_common_pb2.ScoredMember, _Mapping]]] = ...) -> None: ...

class ZPopMaxRequest(_message.Message):
    __slots__ = ("target", "key", "count")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    count: int
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., count: _Optional[int] = ...) -> None: ...

class ZPopMaxResponse(_message.Message):
    __slots__ = ("members",)
    MEMBERS_FIELD_NUMBER: _ClassVar[int]
    members: _containers.RepeatedCompositeFieldContainer[_common_pb2.ScoredMember]
    def __init__(self, members: _Optional[_Iterable[_Union[_common_pb2.ScoredMember, _Mapping]]] = ...) -> None: ...

class ZUnionStoreRequest(_message.Message):
    __slots__ = ("target", "destination", "keys", "weights", "aggregate")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    DESTINATION_FIELD_NUMBER: _ClassVar[int]
    KEYS_FIELD_NUMBER: _ClassVar[int]
    WEIGHTS_FIELD_NUMBER: _ClassVar[int]
    AGGREGATE_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    destination: bytes
    keys: _containers.RepeatedScalarFieldContainer[bytes]
    weights: _containers.RepeatedScalarFieldContainer[float]
    aggregate: Aggregate
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., destination: _Optional[bytes] = ..., keys: _Optional[_Iterable[bytes]] = ..., weights: _Optional[_Iterable[float]] = ..., aggregate: _Optional[_Union[Aggregate, str]] = ...) -> None: ...

class ZUnionStoreResponse(_message.Message):
    __slots__ = ("count",)
    COUNT_FIELD_NUMBER: _ClassVar[int]
    count: int
    def __init__(self, count: _Optional[int] = ...) -> None: ...

class ZInterStoreRequest(_message.Message):
    __slots__ = ("target", "destination", "keys", "weights", "aggregate")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    DESTINATION_FIELD_NUMBER: _ClassVar[int]
    KEYS_FIELD_NUMBER: _ClassVar[int]
    WEIGHTS_FIELD_NUMBER: _ClassVar[int]
    AGGREGATE_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    destination: bytes
    keys: _containers.RepeatedScalarFieldContainer[bytes]
    weights: _containers.RepeatedScalarFieldContainer[float]
    aggregate: Aggregate
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., destination: _Optional[bytes] = ..., keys: _Optional[_Iterable[bytes]] = ..., weights: _Optional[_Iterable[float]] = ..., aggregate: _Optional[_Union[Aggregate, str]] = ...) -> None: ...

class ZInterStoreResponse(_message.Message):
    __slots__ = ("count",)
    COUNT_FIELD_NUMBER: _ClassVar[int]
    count: int
    def __init__(self, count: _Optional[int] = ...) -> None: ...

class ZScanRequest(_message.Message):
    __slots__ = ("target", "key", "cursor", "match", "count")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    CURSOR_FIELD_NUMBER: _ClassVar[int]
    MATCH_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    cursor: str
    match: bytes
    count: int
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., cursor: _Optional[str] = ..., match: _Optional[bytes] = ..., count: _Optional[int] = ...) -> None: ...

class ZScanResponse(_message.Message):
    __slots__ = ("cursor", "members")
    CURSOR_FIELD_NUMBER: _ClassVar[int]
    MEMBERS_FIELD_NUMBER: _ClassVar[int]
    cursor: str
    members: _containers.RepeatedCompositeFieldContainer[_common_pb2.ScoredMember]
    def __init__(self, cursor: _Optional[str] = ..., members: _Optional[_Iterable[_Union[_common_pb2.ScoredMember, _Mapping]]] = ...) -> None: ...

class Limit(_message.Message):
    __slots__ = ("offset", "count")
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    offset: int
    count: int
    def __init__(self, offset: _Optional[int] = ..., count: _Optional[int] = ...) -> None: ...
