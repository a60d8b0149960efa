from dbx.v1 import target_pb2 as _target_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class BitUnit(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    BIT_UNIT_UNSPECIFIED: _ClassVar[BitUnit]
    BIT_UNIT_BYTE: _ClassVar[BitUnit]
    BIT_UNIT_BIT: _ClassVar[BitUnit]

class BitOperation(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    BIT_OPERATION_UNSPECIFIED: _ClassVar[BitOperation]
    BIT_OPERATION_AND: _ClassVar[BitOperation]
    BIT_OPERATION_OR: _ClassVar[BitOperation]
    BIT_OPERATION_XOR: _ClassVar[BitOperation]
    BIT_OPERATION_NOT: _ClassVar[BitOperation]
BIT_UNIT_UNSPECIFIED: BitUnit
BIT_UNIT_BYTE: BitUnit
BIT_UNIT_BIT: BitUnit
BIT_OPERATION_UNSPECIFIED: BitOperation
BIT_OPERATION_AND: BitOperation
BIT_OPERATION_OR: BitOperation
BIT_OPERATION_XOR: BitOperation
BIT_OPERATION_NOT: BitOperation

class SetBitRequest(_message.Message):
    __slots__ = ("target", "key", "offset", "value")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    offset: int
    value: bool
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., offset: _Optional[int] = ..., value: _Optional[bool] = ...) -> None: ...

class SetBitResponse(_message.Message):
    __slots__ = ("previous",)
    PREVIOUS_FIELD_NUMBER: _ClassVar[int]
    previous: bool
    def __init__(self, previous: _Optional[bool] = ...) -> None: ...

class GetBitRequest(_message.Message):
    __slots__ = ("target", "key", "offset")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    offset: int
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., offset: _Optional[int] = ...) -> None: ...

class GetBitResponse(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bool
    def __init__(self, value: _Optional[bool] = ...) -> None: ...

class BitCountRequest(_message.Message):
    __slots__ = ("target", "key", "range")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    RANGE_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    range: BitRange
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., range: _Optional[_Union[BitRange, _Mapping]] = ...) -> None: ...

class BitCountResponse(_message.Message):
    __slots__ = ("count",)
    COUNT_FIELD_NUMBER: _ClassVar[int]
    count: int
    def __init__(self, count: _Optional[int] = ...) -> None: ...

class BitOpRequest(_message.Message):
    __slots__ = ("target", "operation", "destination", "keys")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    DESTINATION_FIELD_NUMBER: _ClassVar[int]
    KEYS_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    operation: BitOperation
    destination: bytes
    keys: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., operation: _Optional[_Union[BitOperation, str]] = ..., destination: _Optional[bytes] = ..., keys: _Optional[_Iterable[bytes]] = ...) -> None: ...

class BitOpResponse(_message.Message):
    __slots__ = ("length",)
    LENGTH_FIELD_NUMBER: _ClassVar[int]
    length: int
    def __init__(self, length: _Optional[int] = ...) -> None: ...

class BitPosRequest(_message.Message):
    __slots__ = ("target", "key", "bit", "range")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    BIT_FIELD_NUMBER: _ClassVar[int]
    RANGE_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    bit: bool
    range: BitRange
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., bit: _Optional[bool] = ..., range: _Optional[_Union[BitRange, _Mapping]] = ...) -> None: ...

class BitPosResponse(_message.Message):
    __slots__ = ("position",)
    POSITION_FIELD_NUMBER: _ClassVar[int]
    position: int
    def __init__(self, position: _Optional[int] = ...) -> None: ...

class BitRange(_message.Message):
    __slots__ = ("start", "end", "unit")
    START_FIELD_NUMBER: _ClassVar[int]
    END_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    start: int
    end: int
    unit: BitUnit
    def __init__(self, start: _Optional[int] = ..., end: _Optional[int] = ..., unit: _Optional[_Union[BitUnit, str]] = ...) -> None: ...
