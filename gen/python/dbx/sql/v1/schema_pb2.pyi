from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ColumnType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    COLUMN_TYPE_UNSPECIFIED: _ClassVar[ColumnType]
    COLUMN_TYPE_INT64: _ClassVar[ColumnType]
    COLUMN_TYPE_DOUBLE: _ClassVar[ColumnType]
    COLUMN_TYPE_STRING: _ClassVar[ColumnType]
    COLUMN_TYPE_BYTES: _ClassVar[ColumnType]
    COLUMN_TYPE_BOOL: _ClassVar[ColumnType]
    COLUMN_TYPE_TIMESTAMP: _ClassVar[ColumnType]
    COLUMN_TYPE_DECIMAL: _ClassVar[ColumnType]
    COLUMN_TYPE_JSON: _ClassVar[ColumnType]
    COLUMN_TYPE_DATE: _ClassVar[ColumnType]
    COLUMN_TYPE_TIME: _ClassVar[ColumnType]
    COLUMN_TYPE_DATETIME: _ClassVar[ColumnType]
    COLUMN_TYPE_INTERVAL: _ClassVar[ColumnType]
    COLUMN_TYPE_ARRAY: _ClassVar[ColumnType]
    COLUMN_TYPE_NATIVE: _ClassVar[ColumnType]

class TableKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TABLE_KIND_UNSPECIFIED: _ClassVar[TableKind]
    TABLE_KIND_TABLE: _ClassVar[TableKind]
    TABLE_KIND_VIEW: _ClassVar[TableKind]
    TABLE_KIND_VIRTUAL: _ClassVar[TableKind]
COLUMN_TYPE_UNSPECIFIED: ColumnType
COLUMN_TYPE_INT64: ColumnType
COLUMN_TYPE_DOUBLE: ColumnType
COLUMN_TYPE_STRING: ColumnType
COLUMN_TYPE_BYTES: ColumnType
COLUMN_TYPE_BOOL: ColumnType
COLUMN_TYPE_TIMESTAMP: ColumnType
COLUMN_TYPE_DECIMAL: ColumnType
COLUMN_TYPE_JSON: ColumnType
COLUMN_TYPE_DATE: ColumnType
COLUMN_TYPE_TIME: ColumnType
COLUMN_TYPE_DATETIME: ColumnType
COLUMN_TYPE_INTERVAL: ColumnType
COLUMN_TYPE_ARRAY: ColumnType
COLUMN_TYPE_NATIVE: ColumnType
TABLE_KIND_UNSPECIFIED: TableKind
TABLE_KIND_TABLE: TableKind
TABLE_KIND_VIEW: TableKind
TABLE_KIND_VIRTUAL: TableKind

class ColumnDefinition(_message.Message):
    __slots__ = ("name", "type", "not_null", "element_type")
    NAME_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    NOT_NULL_FIELD_NUMBER: _ClassVar[int]
    ELEMENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    name: str
    type: ColumnType
    not_null: bool
    element_type: ColumnType
    def __init__(self, name: _Optional[str] = ..., type: _Optional[_Union[ColumnType, str]] = ..., not_null: _Optional[bool] = ..., element_type: _Optional[_Union[ColumnType, str]] = ...) -> None: ...

class TableSummary(_message.Message):
    __slots__ = ("name", "kind")
    NAME_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    name: str
    kind: TableKind
    def __init__(self, name: _Optional[str] = ..., kind: _Optional[_Union[TableKind, str]] = ...) -> None: ...

class ColumnDescription(_message.Message):
    __slots__ = ("name", "declared_type", "type", "nullable", "default_expression", "primary_key_position", "element_type")
    NAME_FIELD_NUMBER: _ClassVar[int]
    DECLARED_TYPE_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    NULLABLE_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_EXPRESSION_FIELD_NUMBER: _ClassVar[int]
    PRIMARY_KEY_POSITION_FIELD_NUMBER: _ClassVar[int]
    ELEMENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    name: str
    declared_type: str
    type: ColumnType
    nullable: bool
    default_expression: str
    primary_key_position: int
    element_type: ColumnType
    def __init__(self, name: _Optional[str] = ..., declared_type: _Optional[str] = ..., type: _Optional[_Union[ColumnType, str]] = ..., nullable: _Optional[bool] = ..., default_expression: _Optional[str] = ..., primary_key_position: _Optional[int] = ..., element_type: _Optional[_Union[ColumnType, str]] = ...) -> None: ...

class TableDescription(_message.Message):
    __slots__ = ("name", "kind", "columns", "primary_key", "key_fields")
    NAME_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    COLUMNS_FIELD_NUMBER: _ClassVar[int]
    PRIMARY_KEY_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELDS_FIELD_NUMBER: _ClassVar[int]
    name: str
    kind: TableKind
    columns: _containers.RepeatedCompositeFieldContainer[ColumnDescription]
    primary_key: _containers.RepeatedScalarFieldContainer[str]
    key_fields: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, name: _Optional[str] = ..., kind: _Optional[_Union[TableKind, str]] = ..., columns: _Optional[_Iterable[_Union[ColumnDescription, _Mapping]]] = ..., primary_key: _Optional[_Iterable[str]] = ..., key_fields: _Optional[_Iterable[str]] = ...) -> None: ...

class IndexDescription(_message.Message):
    __slots__ = ("name", "table", "columns", "unique", "primary_key", "partial")
    NAME_FIELD_NUMBER: _ClassVar[int]
    TABLE_FIELD_NUMBER: _ClassVar[int]
    COLUMNS_FIELD_NUMBER: _ClassVar[int]
    UNIQUE_FIELD_NUMBER: _ClassVar[int]
    PRIMARY_KEY_FIELD_NUMBER: _ClassVar[int]
    PARTIAL_FIELD_NUMBER: _ClassVar[int]
    name: str
    table: str
    columns: _containers.RepeatedScalarFieldContainer[str]
    unique: bool
    primary_key: bool
    partial: bool
    def __init__(self, name: _Optional[str] = ..., table: _Optional[str] = ..., columns: _Optional[_Iterable[str]] = ..., unique: _Optional[bool] = ..., primary_key: _Optional[bool] = ..., partial: _Optional[bool] = ...) -> None: ...
