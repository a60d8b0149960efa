from dbx.v1 import target_pb2 as _target_pb2
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
    TABLE_KIND_MATERIALIZED_VIEW: _ClassVar[TableKind]
    TABLE_KIND_PARTITIONED_TABLE: _ClassVar[TableKind]
    TABLE_KIND_FOREIGN_TABLE: _ClassVar[TableKind]

class ColumnIdentity(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    COLUMN_IDENTITY_UNSPECIFIED: _ClassVar[ColumnIdentity]
    COLUMN_IDENTITY_ALWAYS: _ClassVar[ColumnIdentity]
    COLUMN_IDENTITY_BY_DEFAULT: _ClassVar[ColumnIdentity]

class ForeignKeyAction(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    FOREIGN_KEY_ACTION_UNSPECIFIED: _ClassVar[ForeignKeyAction]
    FOREIGN_KEY_ACTION_NO_ACTION: _ClassVar[ForeignKeyAction]
    FOREIGN_KEY_ACTION_RESTRICT: _ClassVar[ForeignKeyAction]
    FOREIGN_KEY_ACTION_CASCADE: _ClassVar[ForeignKeyAction]
    FOREIGN_KEY_ACTION_SET_NULL: _ClassVar[ForeignKeyAction]
    FOREIGN_KEY_ACTION_SET_DEFAULT: _ClassVar[ForeignKeyAction]
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
TABLE_KIND_MATERIALIZED_VIEW: TableKind
TABLE_KIND_PARTITIONED_TABLE: TableKind
TABLE_KIND_FOREIGN_TABLE: TableKind
COLUMN_IDENTITY_UNSPECIFIED: ColumnIdentity
COLUMN_IDENTITY_ALWAYS: ColumnIdentity
COLUMN_IDENTITY_BY_DEFAULT: ColumnIdentity
FOREIGN_KEY_ACTION_UNSPECIFIED: ForeignKeyAction
FOREIGN_KEY_ACTION_NO_ACTION: ForeignKeyAction
FOREIGN_KEY_ACTION_RESTRICT: ForeignKeyAction
FOREIGN_KEY_ACTION_CASCADE: ForeignKeyAction
FOREIGN_KEY_ACTION_SET_NULL: ForeignKeyAction
FOREIGN_KEY_ACTION_SET_DEFAULT: ForeignKeyAction

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
    __slots__ = ("name", "kind", "partition_of")
    NAME_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    PARTITION_OF_FIELD_NUMBER: _ClassVar[int]
    name: str
    kind: TableKind
    partition_of: _target_pb2.Target
    def __init__(self, name: _Optional[str] = ..., kind: _Optional[_Union[TableKind, str]] = ..., partition_of: _Optional[_Union[_target_pb2.Target, _Mapping]] = ...) -> None: ...

class ColumnDescription(_message.Message):
    __slots__ = ("name", "declared_type", "type", "nullable", "default_expression", "primary_key_position", "element_type", "identity", "generation_expression")
    NAME_FIELD_NUMBER: _ClassVar[int]
    DECLARED_TYPE_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    NULLABLE_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_EXPRESSION_FIELD_NUMBER: _ClassVar[int]
    PRIMARY_KEY_POSITION_FIELD_NUMBER: _ClassVar[int]
    ELEMENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    GENERATION_EXPRESSION_FIELD_NUMBER: _ClassVar[int]
    name: str
    declared_type: str
    type: ColumnType
    nullable: bool
    default_expression: str
    primary_key_position: int
    element_type: ColumnType
    identity: ColumnIdentity
    generation_expression: str
    def __init__(self, name: _Optional[str] = ..., declared_type: _Optional[str] = ..., type: _Optional[_Union[ColumnType, str]] = ..., nullable: _Optional[bool] = ..., default_expression: _Optional[str] = ..., primary_key_position: _Optional[int] = ..., element_type: _Optional[_Union[ColumnType, str]] = ..., identity: _Optional[_Union[ColumnIdentity, str]] = ..., generation_expression: _Optional[str] = ...) -> None: ...

class ForeignKeyDescription(_message.Message):
    __slots__ = ("name", "columns", "referenced_table", "referenced_columns", "on_delete", "on_update", "deferrable", "initially_deferred")
    NAME_FIELD_NUMBER: _ClassVar[int]
    COLUMNS_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_TABLE_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_COLUMNS_FIELD_NUMBER: _ClassVar[int]
    ON_DELETE_FIELD_NUMBER: _ClassVar[int]
    ON_UPDATE_FIELD_NUMBER: _ClassVar[int]
    DEFERRABLE_FIELD_NUMBER: _ClassVar[int]
    INITIALLY_DEFERRED_FIELD_NUMBER: _ClassVar[int]
    name: str
    columns: _containers.RepeatedScalarFieldContainer[str]
    referenced_table: _target_pb2.Target
    referenced_columns: _containers.RepeatedScalarFieldContainer[str]
    on_delete: ForeignKeyAction
    on_update: ForeignKeyAction
    deferrable: bool
    initially_deferred: bool
    def __init__(self, name: _Optional[str] = ..., columns: _Optional[_Iterable[str]] = ..., referenced_table: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., referenced_columns: _Optional[_Iterable[str]] = ..., on_delete: _Optional[_Union[ForeignKeyAction, str]] = ..., on_update: _Optional[_Union[ForeignKeyAction, str]] = ..., deferrable: _Optional[bool] = ..., initially_deferred: _Optional[bool] = ...) -> None: ...

class CheckConstraintDescription(_message.Message):
    __slots__ = ("name", "expression")
    NAME_FIELD_NUMBER: _ClassVar[int]
    EXPRESSION_FIELD_NUMBER: _ClassVar[int]
    name: str
    expression: str
    def __init__(self, name: _Optional[str] = ..., expression: _Optional[str] = ...) -> None: ...

class TableDescription(_message.Message):
    __slots__ = ("name", "kind", "columns", "primary_key", "key_fields", "foreign_keys", "check_constraints", "partition_of", "partition_bound", "partition_key", "foreign_server")
    NAME_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    COLUMNS_FIELD_NUMBER: _ClassVar[int]
    PRIMARY_KEY_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELDS_FIELD_NUMBER: _ClassVar[int]
    FOREIGN_KEYS_FIELD_NUMBER: _ClassVar[int]
    CHECK_CONSTRAINTS_FIELD_NUMBER: _ClassVar[int]
    PARTITION_OF_FIELD_NUMBER: _ClassVar[int]
    PARTITION_BOUND_FIELD_NUMBER: _ClassVar[int]
    PARTITION_KEY_FIELD_NUMBER: _ClassVar[int]
    FOREIGN_SERVER_FIELD_NUMBER: _ClassVar[int]
    name: str
    kind: TableKind
    columns: _containers.RepeatedCompositeFieldContainer[ColumnDescription]
    primary_key: _containers.RepeatedScalarFieldContainer[str]
    key_fields: _containers.RepeatedScalarFieldContainer[str]
    foreign_keys: _containers.RepeatedCompositeFieldContainer[ForeignKeyDescription]
    check_constraints: _containers.RepeatedCompositeFieldContainer[CheckConstraintDescription]
    partition_of: _target_pb2.Target
    partition_bound: str
    partition_key: str
    foreign_server: str
    def __init__(self, name: _Optional[str] = ..., kind: _Optional[_Union[TableKind, str]] = ..., columns: _Optional[_Iterable[_Union[ColumnDescription, _Mapping]]] = ..., primary_key: _Optional[_Iterable[str]] = ..., key_fields: _Optional[_Iterable[str]] = ..., foreign_keys: _Optional[_Iterable[_Union[ForeignKeyDescription, _Mapping]]] = ..., check_constraints: _Optional[_Iterable[_Union[CheckConstraintDescription, _Mapping]]] = ..., partition_of: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., partition_bound: _Optional[str] = ..., partition_key: _Optional[str] = ..., foreign_server: _Optional[str] = ...) -> None: ...

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
