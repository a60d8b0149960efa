from dbx.sql.v1 import schema_pb2 as _schema_pb2
from dbx.v1 import query_pb2 as _query_pb2
from dbx.v1 import target_pb2 as _target_pb2
from dbx.v1 import value_pb2 as _value_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Statement(_message.Message):
    __slots__ = ("sql", "statement_id", "params", "param_types")
    SQL_FIELD_NUMBER: _ClassVar[int]
    STATEMENT_ID_FIELD_NUMBER: _ClassVar[int]
    PARAMS_FIELD_NUMBER: _ClassVar[int]
    PARAM_TYPES_FIELD_NUMBER: _ClassVar[int]
    sql: str
    statement_id: str
    params: _containers.RepeatedCompositeFieldContainer[_value_pb2.TypedValue]
    param_types: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, sql: _Optional[str] = ..., statement_id: _Optional[str] = ..., params: _Optional[_Iterable[_Union[_value_pb2.TypedValue, _Mapping]]] = ..., param_types: _Optional[_Iterable[str]] = ...) -> None: ...

class ResultColumn(_message.Message):
    __slots__ = ("name", "declared_type", "type", "nullable", "native_type", "precision", "scale", "source_table", "source_column", "element_type")
    NAME_FIELD_NUMBER: _ClassVar[int]
    DECLARED_TYPE_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    NULLABLE_FIELD_NUMBER: _ClassVar[int]
    NATIVE_TYPE_FIELD_NUMBER: _ClassVar[int]
    PRECISION_FIELD_NUMBER: _ClassVar[int]
    SCALE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_TABLE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_COLUMN_FIELD_NUMBER: _ClassVar[int]
    ELEMENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    name: str
    declared_type: str
    type: _schema_pb2.ColumnType
    nullable: bool
    native_type: str
    precision: int
    scale: int
    source_table: _target_pb2.Target
    source_column: str
    element_type: _schema_pb2.ColumnType
    def __init__(self, name: _Optional[str] = ..., declared_type: _Optional[str] = ..., type: _Optional[_Union[_schema_pb2.ColumnType, str]] = ..., nullable: _Optional[bool] = ..., native_type: _Optional[str] = ..., precision: _Optional[int] = ..., scale: _Optional[int] = ..., source_table: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., source_column: _Optional[str] = ..., element_type: _Optional[_Union[_schema_pb2.ColumnType, str]] = ...) -> None: ...

class QueryRequest(_message.Message):
    __slots__ = ("target", "sql", "statement_id", "params", "transaction_id", "param_types", "session")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    SQL_FIELD_NUMBER: _ClassVar[int]
    STATEMENT_ID_FIELD_NUMBER: _ClassVar[int]
    PARAMS_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    PARAM_TYPES_FIELD_NUMBER: _ClassVar[int]
    SESSION_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    sql: str
    statement_id: str
    params: _containers.RepeatedCompositeFieldContainer[_value_pb2.TypedValue]
    transaction_id: str
    param_types: _containers.RepeatedScalarFieldContainer[str]
    session: SessionContext
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., sql: _Optional[str] = ..., statement_id: _Optional[str] = ..., params: _Optional[_Iterable[_Union[_value_pb2.TypedValue, _Mapping]]] = ..., transaction_id: _Optional[str] = ..., param_types: _Optional[_Iterable[str]] = ..., session: _Optional[_Union[SessionContext, _Mapping]] = ...) -> None: ...

class QueryResponse(_message.Message):
    __slots__ = ("columns", "rows")
    COLUMNS_FIELD_NUMBER: _ClassVar[int]
    ROWS_FIELD_NUMBER: _ClassVar[int]
    columns: _containers.RepeatedCompositeFieldContainer[ResultColumn]
    rows: _containers.RepeatedCompositeFieldContainer[_query_pb2.Row]
    def __init__(self, columns: _Optional[_Iterable[_Union[ResultColumn, _Mapping]]] = ..., rows: _Optional[_Iterable[_Union[_query_pb2.Row, _Mapping]]] = ...) -> None: ...

class ExecRequest(_message.Message):
    __slots__ = ("target", "sql", "statement_id", "params", "transaction_id", "param_types", "session")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    SQL_FIELD_NUMBER: _ClassVar[int]
    STATEMENT_ID_FIELD_NUMBER: _ClassVar[int]
    PARAMS_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    PARAM_TYPES_FIELD_NUMBER: _ClassVar[int]
    SESSION_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    sql: str
    statement_id: str
    params: _containers.RepeatedCompositeFieldContainer[_value_pb2.TypedValue]
    transaction_id: str
    param_types: _containers.RepeatedScalarFieldContainer[str]
    session: SessionContext
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., sql: _Optional[str] = ..., statement_id: _Optional[str] = ..., params: _Optional[_Iterable[_Union[_value_pb2.TypedValue, _Mapping]]] = ..., transaction_id: _Optional[str] = ..., param_types: _Optional[_Iterable[str]] = ..., session: _Optional[_Union[SessionContext, _Mapping]] = ...) -> None: ...

class ExecResponse(_message.Message):
    __slots__ = ("rows_affected", "last_insert_id")
    ROWS_AFFECTED_FIELD_NUMBER: _ClassVar[int]
    LAST_INSERT_ID_FIELD_NUMBER: _ClassVar[int]
    rows_affected: int
    last_insert_id: int
    def __init__(self, rows_affected: _Optional[int] = ..., last_insert_id: _Optional[int] = ...) -> None: ...

class PrepareRequest(_message.Message):
    __slots__ = ("target", "sql")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    SQL_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    sql: str
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., sql: _Optional[str] = ...) -> None: ...

class PrepareResponse(_message.Message):
    __slots__ = ("statement_id", "columns")
    STATEMENT_ID_FIELD_NUMBER: _ClassVar[int]
    COLUMNS_FIELD_NUMBER: _ClassVar[int]
    statement_id: str
    columns: _containers.RepeatedCompositeFieldContainer[ResultColumn]
    def __init__(self, statement_id: _Optional[str] = ..., columns: _Optional[_Iterable[_Union[ResultColumn, _Mapping]]] = ...) -> None: ...

class ClosePreparedRequest(_message.Message):
    __slots__ = ("target", "statement_id")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    STATEMENT_ID_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    statement_id: str
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., statement_id: _Optional[str] = ...) -> None: ...

class ClosePreparedResponse(_message.Message):
    __slots__ = ("closed",)
    CLOSED_FIELD_NUMBER: _ClassVar[int]
    closed: bool
    def __init__(self, closed: _Optional[bool] = ...) -> None: ...

class BatchRequest(_message.Message):
    __slots__ = ("target", "statements", "atomic", "transaction_id", "session")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    STATEMENTS_FIELD_NUMBER: _ClassVar[int]
    ATOMIC_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    SESSION_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    statements: _containers.RepeatedCompositeFieldContainer[Statement]
    atomic: bool
    transaction_id: str
    session: SessionContext
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., statements: _Optional[_Iterable[_Union[Statement, _Mapping]]] = ..., atomic: _Optional[bool] = ..., transaction_id: _Optional[str] = ..., session: _Optional[_Union[SessionContext, _Mapping]] = ...) -> None: ...

class StatementResult(_message.Message):
    __slots__ = ("columns", "rows", "rows_affected", "last_insert_id")
    COLUMNS_FIELD_NUMBER: _ClassVar[int]
    ROWS_FIELD_NUMBER: _ClassVar[int]
    ROWS_AFFECTED_FIELD_NUMBER: _ClassVar[int]
    LAST_INSERT_ID_FIELD_NUMBER: _ClassVar[int]
    columns: _containers.RepeatedCompositeFieldContainer[ResultColumn]
    rows: _containers.RepeatedCompositeFieldContainer[_query_pb2.Row]
    rows_affected: int
    last_insert_id: int
    def __init__(self, columns: _Optional[_Iterable[_Union[ResultColumn, _Mapping]]] = ..., rows: _Optional[_Iterable[_Union[_query_pb2.Row, _Mapping]]] = ..., rows_affected: _Optional[int] = ..., last_insert_id: _Optional[int] = ...) -> None: ...

class BatchResponse(_message.Message):
    __slots__ = ("results",)
    RESULTS_FIELD_NUMBER: _ClassVar[int]
    results: _containers.RepeatedCompositeFieldContainer[StatementResult]
    def __init__(self, results: _Optional[_Iterable[_Union[StatementResult, _Mapping]]] = ...) -> None: ...

class StreamQueryRequest(_message.Message):
    __slots__ = ("target", "sql", "statement_id", "params", "transaction_id", "batch_size", "param_types", "session")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    SQL_FIELD_NUMBER: _ClassVar[int]
    STATEMENT_ID_FIELD_NUMBER: _ClassVar[int]
    PARAMS_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    BATCH_SIZE_FIELD_NUMBER: _ClassVar[int]
    PARAM_TYPES_FIELD_NUMBER: _ClassVar[int]
    SESSION_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    sql: str
    statement_id: str
    params: _containers.RepeatedCompositeFieldContainer[_value_pb2.TypedValue]
    transaction_id: str
    batch_size: int
    param_types: _containers.RepeatedScalarFieldContainer[str]
    session: SessionContext
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., sql: _Optional[str] = ..., statement_id: _Optional[str] = ..., params: _Optional[_Iterable[_Union[_value_pb2.TypedValue, _Mapping]]] = ..., transaction_id: _Optional[str] = ..., batch_size: _Optional[int] = ..., param_types: _Optional[_Iterable[str]] = ..., session: _Optional[_Union[SessionContext, _Mapping]] = ...) -> None: ...

class StreamQueryResponse(_message.Message):
    __slots__ = ("columns", "rows")
    COLUMNS_FIELD_NUMBER: _ClassVar[int]
    ROWS_FIELD_NUMBER: _ClassVar[int]
    columns: _containers.RepeatedCompositeFieldContainer[ResultColumn]
    rows: _containers.RepeatedCompositeFieldContainer[_query_pb2.Row]
    def __init__(self, columns: _Optional[_Iterable[_Union[ResultColumn, _Mapping]]] = ..., rows: _Optional[_Iterable[_Union[_query_pb2.Row, _Mapping]]] = ...) -> None: ...

class ListTablesRequest(_message.Message):
    __slots__ = ("target", "transaction_id", "page_size", "page_token")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    transaction_id: str
    page_size: int
    page_token: str
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., transaction_id: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListTablesResponse(_message.Message):
    __slots__ = ("tables", "next_page_token")
    TABLES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    tables: _containers.RepeatedCompositeFieldContainer[_schema_pb2.TableSummary]
    next_page_token: str
    def __init__(self, tables: _Optional[_Iterable[_Union[_schema_pb2.TableSummary, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class DescribeTableRequest(_message.Message):
    __slots__ = ("target", "transaction_id")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    transaction_id: str
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., transaction_id: _Optional[str] = ...) -> None: ...

class DescribeTableResponse(_message.Message):
    __slots__ = ("table",)
    TABLE_FIELD_NUMBER: _ClassVar[int]
    table: _schema_pb2.TableDescription
    def __init__(self, table: _Optional[_Union[_schema_pb2.TableDescription, _Mapping]] = ...) -> None: ...

class CreateTableRequest(_message.Message):
    __slots__ = ("target", "columns", "primary_key", "if_not_exists", "transaction_id")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    COLUMNS_FIELD_NUMBER: _ClassVar[int]
    PRIMARY_KEY_FIELD_NUMBER: _ClassVar[int]
    IF_NOT_EXISTS_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    columns: _containers.RepeatedCompositeFieldContainer[_schema_pb2.ColumnDefinition]
    primary_key: _containers.RepeatedScalarFieldContainer[str]
    if_not_exists: bool
    transaction_id: str
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., columns: _Optional[_Iterable[_Union[_schema_pb2.ColumnDefinition, _Mapping]]] = ..., primary_key: _Optional[_Iterable[str]] = ..., if_not_exists: _Optional[bool] = ..., transaction_id: _Optional[str] = ...) -> None: ...

class CreateTableResponse(_message.Message):
    __slots__ = ("created",)
    CREATED_FIELD_NUMBER: _ClassVar[int]
    created: bool
    def __init__(self, created: _Optional[bool] = ...) -> None: ...

class DropTableRequest(_message.Message):
    __slots__ = ("target", "if_exists", "transaction_id")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    IF_EXISTS_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    if_exists: bool
    transaction_id: str
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., if_exists: _Optional[bool] = ..., transaction_id: _Optional[str] = ...) -> None: ...

class DropTableResponse(_message.Message):
    __slots__ = ("dropped",)
    DROPPED_FIELD_NUMBER: _ClassVar[int]
    dropped: bool
    def __init__(self, dropped: _Optional[bool] = ...) -> None: ...

class ListIndexesRequest(_message.Message):
    __slots__ = ("target", "transaction_id", "page_size", "page_token")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    transaction_id: str
    page_size: int
    page_token: str
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., transaction_id: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListIndexesResponse(_message.Message):
    __slots__ = ("indexes", "next_page_token")
    INDEXES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    indexes: _containers.RepeatedCompositeFieldContainer[_schema_pb2.IndexDescription]
    next_page_token: str
    def __init__(self, indexes: _Optional[_Iterable[_Union[_schema_pb2.IndexDescription, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CreateIndexRequest(_message.Message):
    __slots__ = ("target", "name", "columns", "unique", "if_not_exists", "transaction_id")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    COLUMNS_FIELD_NUMBER: _ClassVar[int]
    UNIQUE_FIELD_NUMBER: _ClassVar[int]
    IF_NOT_EXISTS_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    name: str
    columns: _containers.RepeatedScalarFieldContainer[str]
    unique: bool
    if_not_exists: bool
    transaction_id: str
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., name: _Optional[str] = ..., columns: _Optional[_Iterable[str]] = ..., unique: _Optional[bool] = ..., if_not_exists: _Optional[bool] = ..., transaction_id: _Optional[str] = ...) -> None: ...

class CreateIndexResponse(_message.Message):
    __slots__ = ("created",)
    CREATED_FIELD_NUMBER: _ClassVar[int]
    created: bool
    def __init__(self, created: _Optional[bool] = ...) -> None: ...

class DropIndexRequest(_message.Message):
    __slots__ = ("target", "name", "if_exists", "transaction_id")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    IF_EXISTS_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    name: str
    if_exists: bool
    transaction_id: str
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., name: _Optional[str] = ..., if_exists: _Optional[bool] = ..., transaction_id: _Optional[str] = ...) -> None: ...

class DropIndexResponse(_message.Message):
    __slots__ = ("dropped",)
    DROPPED_FIELD_NUMBER: _ClassVar[int]
    dropped: bool
    def __init__(self, dropped: _Optional[bool] = ...) -> None: ...

class SessionContext(_message.Message):
    __slots__ = ("role", "settings")
    class SettingsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    ROLE_FIELD_NUMBER: _ClassVar[int]
    SETTINGS_FIELD_NUMBER: _ClassVar[int]
    role: str
    settings: _containers.ScalarMap[str, str]
    def __init__(self, role: _Optional[str] = ..., settings: _Optional[_Mapping[str, str]] = ...) -> None: ...
