from dbx.v1 import errors_pb2 as _errors_pb2
from google.protobuf import struct_pb2 as _struct_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class SetCondition(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SET_CONDITION_UNSPECIFIED: _ClassVar[SetCondition]
    SET_CONDITION_NX: _ClassVar[SetCondition]
    SET_CONDITION_XX: _ClassVar[SetCondition]

class ExpireCondition(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    EXPIRE_CONDITION_UNSPECIFIED: _ClassVar[ExpireCondition]
    EXPIRE_CONDITION_NX: _ClassVar[ExpireCondition]
    EXPIRE_CONDITION_XX: _ClassVar[ExpireCondition]
    EXPIRE_CONDITION_GT: _ClassVar[ExpireCondition]
    EXPIRE_CONDITION_LT: _ClassVar[ExpireCondition]

class ListEnd(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    LIST_END_UNSPECIFIED: _ClassVar[ListEnd]
    LIST_END_LEFT: _ClassVar[ListEnd]
    LIST_END_RIGHT: _ClassVar[ListEnd]
SET_CONDITION_UNSPECIFIED: SetCondition
SET_CONDITION_NX: SetCondition
SET_CONDITION_XX: SetCondition
EXPIRE_CONDITION_UNSPECIFIED: ExpireCondition
EXPIRE_CONDITION_NX: ExpireCondition
EXPIRE_CONDITION_XX: ExpireCondition
EXPIRE_CONDITION_GT: ExpireCondition
EXPIRE_CONDITION_LT: ExpireCondition
LIST_END_UNSPECIFIED: ListEnd
LIST_END_LEFT: ListEnd
LIST_END_RIGHT: ListEnd

class Reply(_message.Message):
    __slots__ = ("nil", "integer", "bulk", "array")
    NIL_FIELD_NUMBER: _ClassVar[int]
    INTEGER_FIELD_NUMBER: _ClassVar[int]
    BULK_FIELD_NUMBER: _ClassVar[int]
    ARRAY_FIELD_NUMBER: _ClassVar[int]
    nil: _struct_pb2.NullValue
    integer: int
    bulk: bytes
    array: ReplyArray
    def __init__(self, nil: _Optional[_Union[_struct_pb2.NullValue, str]] = ..., integer: _Optional[int] = ..., bulk: _Optional[bytes] = ..., array: _Optional[_Union[ReplyArray, _Mapping]] = ...) -> None: ...

class ReplyArray(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedCompositeFieldContainer[Reply]
    def __init__(self, values: _Optional[_Iterable[_Union[Reply, _Mapping]]] = ...) -> None: ...

class OptionalBytes(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    def __init__(self, value: _Optional[bytes] = ...) -> None: ...

class OptionalScore(_message.Message):
    __slots__ = ("score",)
    SCORE_FIELD_NUMBER: _ClassVar[int]
    score: float
    def __init__(self, score: _Optional[float] = ...) -> None: ...

class KeyValue(_message.Message):
    __slots__ = ("key", "value")
    KEY_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    key: bytes
    value: bytes
    def __init__(self, key: _Optional[bytes] = ..., value: _Optional[bytes] = ...) -> None: ...

class FieldValue(_message.Message):
    __slots__ = ("field", "value")
    FIELD_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    field: bytes
    value: bytes
    def __init__(self, field: _Optional[bytes] = ..., value: _Optional[bytes] = ...) -> None: ...

class ScoredMember(_message.Message):
    __slots__ = ("member", "score")
    MEMBER_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    member: bytes
    score: float
    def __init__(self, member: _Optional[bytes] = ..., score: _Optional[float] = ...) -> None: ...

class Expiration(_message.Message):
    __slots__ = ("ex", "px", "exat", "pxat", "keep_ttl", "persist")
    EX_FIELD_NUMBER: _ClassVar[int]
    PX_FIELD_NUMBER: _ClassVar[int]
    EXAT_FIELD_NUMBER: _ClassVar[int]
    PXAT_FIELD_NUMBER: _ClassVar[int]
    KEEP_TTL_FIELD_NUMBER: _ClassVar[int]
    PERSIST_FIELD_NUMBER: _ClassVar[int]
    ex: int
    px: int
    exat: int
    pxat: int
    keep_ttl: bool
    persist: bool
    def __init__(self, ex: _Optional[int] = ..., px: _Optional[int] = ..., exat: _Optional[int] = ..., pxat: _Optional[int] = ..., keep_ttl: _Optional[bool] = ..., persist: _Optional[bool] = ...) -> None: ...

class Command(_message.Message):
    __slots__ = ("name", "args")
    NAME_FIELD_NUMBER: _ClassVar[int]
    ARGS_FIELD_NUMBER: _ClassVar[int]
    name: str
    args: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, name: _Optional[str] = ..., args: _Optional[_Iterable[bytes]] = ...) -> None: ...

class CommandResult(_message.Message):
    __slots__ = ("reply", "error")
    REPLY_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    reply: Reply
    error: CommandError
    def __init__(self, reply: _Optional[_Union[Reply, _Mapping]] = ..., error: _Optional[_Union[CommandError, _Mapping]] = ...) -> None: ...

class CommandError(_message.Message):
    __slots__ = ("native_code", "reason", "message")
    NATIVE_CODE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    native_code: str
    reason: _errors_pb2.ErrorReason
    message: str
    def __init__(self, native_code: _Optional[str] = ..., reason: _Optional[_Union[_errors_pb2.ErrorReason, str]] = ..., message: _Optional[str] = ...) -> None: ...
