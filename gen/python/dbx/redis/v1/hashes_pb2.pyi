from dbx.redis.v1 import common_pb2 as _common_pb2
from dbx.v1 import target_pb2 as _target_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class HSetRequest(_message.Message):
    __slots__ = ("target", "key", "fields")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    FIELDS_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    fields: _containers.RepeatedCompositeFieldContainer[_common_pb2.FieldValue]
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., fields: _Optional[_Iterable[_Union[_common_pb2.FieldValue, _Mapping]]] = ...) -> None: ...

class HSetResponse(_message.Message):
    __slots__ = ("added",)
    ADDED_FIELD_NUMBER: _ClassVar[int]
    added: int
    def __init__(self, added: _Optional[int] = ...) -> None: ...

class HGetRequest(_message.Message):
    __slots__ = ("target", "key", "field")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    FIELD_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    field: bytes
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., field: _Optional[bytes] = ...) -> None: ...

class HGetResponse(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    def __init__(self, value: _Optional[bytes] = ...) -> None: ...

class HMGetRequest(_message.Message):
    __slots__ = ("target", "key", "fields")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    FIELDS_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    fields: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., fields: _Optional[_Iterable[bytes]] = ...) -> None: ...

class HMGetResponse(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedCompositeFieldContainer[_common_pb2.OptionalBytes]
    def __init__(self, values: _Optional[_Iterable[_Union[_common_pb2.OptionalBytes, _Mapping]]] = ...) -> None: ...

class HGetAllRequest(_message.Message):
    __slots__ = ("target", "key")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ...) -> None: ...

class HGetAllResponse(_message.Message):
    __slots__ = ("fields",)
    FIELDS_FIELD_NUMBER: _ClassVar[int]
    fields: _containers.RepeatedCompositeFieldContainer[_common_pb2.FieldValue]
    def __init__(self, fields: _Optional[_Iterable[_Union[_common_pb2.FieldValue, _Mapping]]] = ...) -> None: ...

class HDelRequest(_message.Message):
    __slots__ = ("target", "key", "fields")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    FIELDS_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    fields: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., fields: _Optional[_Iterable[bytes]] = ...) -> None: ...

class HDelResponse(_message.Message):
    __slots__ = ("deleted",)
    DELETED_FIELD_NUMBER: _ClassVar[int]
    deleted: int
    def __init__(self, deleted: _Optional[int] = ...) -> None: ...

class HExistsRequest(_message.Message):
    __slots__ = ("target", "key", "field")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    FIELD_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    field: bytes
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., field: _Optional[bytes] = ...) -> None: ...

class HExistsResponse(_message.Message):
    __slots__ = ("exists",)
    EXISTS_FIELD_NUMBER: _ClassVar[int]
    exists: bool
    def __init__(self, exists: _Optional[bool] = ...) -> None: ...

class HLenRequest(_message.Message):
    __slots__ = ("target", "key")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ...) -> None: ...

class HLenResponse(_message.Message):
    __slots__ = ("length",)
    LENGTH_FIELD_NUMBER: _ClassVar[int]
    length: int
    def __init__(self, length: _Optional[int] = ...) -> None: ...

class HKeysRequest(_message.Message):
    __slots__ = ("target", "key")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ...) -> None: ...

class HKeysResponse(_message.Message):
    __slots__ = ("fields",)
    FIELDS_FIELD_NUMBER: _ClassVar[int]
    fields: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, fields: _Optional[_Iterable[bytes]] = ...) -> None: ...

class HValsRequest(_message.Message):
    __slots__ = ("target", "key")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ...) -> None: ...

class HValsResponse(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, values: _Optional[_Iterable[bytes]] = ...) -> None: ...

class HIncrByRequest(_message.Message):
    __slots__ = ("target", "key", "field", "increment")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    FIELD_FIELD_NUMBER: _ClassVar[int]
    INCREMENT_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    field: bytes
    increment: int
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., field: _Optional[bytes] = ..., increment: _Optional[int] = ...) -> None: ...

class HIncrByResponse(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class HIncrByFloatRequest(_message.Message):
    __slots__ = ("target", "key", "field", "increment")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    FIELD_FIELD_NUMBER: _ClassVar[int]
    INCREMENT_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    field: bytes
    increment: float
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., field: _Optional[bytes] = ..., increment: _Optional[float] = ...) -> None: ...

class HIncrByFloatResponse(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class HSetNxRequest(_message.Message):
    __slots__ = ("target", "key", "field", "value")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    FIELD_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    field: bytes
    value: bytes
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., field: _Optional[bytes] = ..., value: _Optional[bytes] = ...) -> None: ...

class HSetNxResponse(_message.Message):
    __slots__ = ("set",)
    SET_FIELD_NUMBER: _ClassVar[int]
    set: bool
    def __init__(self, set: _Optional[bool] = ...) -> None: ...

class HRandFieldRequest(_message.Message):
    __slots__ = ("target", "key", "count", "with_values")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    WITH_VALUES_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: bytes
    count: int
    with_values: bool
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[bytes] = ..., count: _Optional[int] = ..., with_values: _Optional[bool] = ...) -> None: ...

class HRandFieldResponse(_message.Message):
    __slots__ = ("fields",)
    FIELDS_FIELD_NUMBER: _ClassVar[int]
    fields: _containers.RepeatedCompositeFieldContainer[_common_pb2.FieldValue]
    def __init__(self, fields: _Optional[_Iterable[_Union[_common_pb2.FieldValue, _Mapping]]] = ...) -> None: ...

class HScanRequest(_message.Message):
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

class HScanResponse(_message.Message):
    __slots__ = ("cursor", "fields")
    CURSOR_FIELD_NUMBER: _ClassVar[int]
    FIELDS_FIELD_NUMBER: _ClassVar[int]
    cursor: str
    fields: _containers.RepeatedCompositeFieldContainer[_common_pb2.FieldValue]
    def __init__(self, cursor: _Optional[str] = ..., fields: _Optional[_Iterable[_Union[_common_pb2.FieldValue, _Mapping]]] = ...) -> None: ...
