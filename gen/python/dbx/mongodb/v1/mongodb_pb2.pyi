from dbx.v1 import target_pb2 as _target_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class DocumentEncoding(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DOCUMENT_ENCODING_UNSPECIFIED: _ClassVar[DocumentEncoding]
    DOCUMENT_ENCODING_EXTENDED_JSON: _ClassVar[DocumentEncoding]
    DOCUMENT_ENCODING_BSON: _ClassVar[DocumentEncoding]

class ReturnDocument(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    RETURN_DOCUMENT_UNSPECIFIED: _ClassVar[ReturnDocument]
    RETURN_DOCUMENT_BEFORE: _ClassVar[ReturnDocument]
    RETURN_DOCUMENT_AFTER: _ClassVar[ReturnDocument]

class BulkOperationStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    BULK_OPERATION_STATUS_UNSPECIFIED: _ClassVar[BulkOperationStatus]
    BULK_OPERATION_STATUS_SUCCEEDED: _ClassVar[BulkOperationStatus]
    BULK_OPERATION_STATUS_FAILED: _ClassVar[BulkOperationStatus]
    BULK_OPERATION_STATUS_SKIPPED: _ClassVar[BulkOperationStatus]

class FullDocument(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    FULL_DOCUMENT_UNSPECIFIED: _ClassVar[FullDocument]
    FULL_DOCUMENT_UPDATE_LOOKUP: _ClassVar[FullDocument]
    FULL_DOCUMENT_WHEN_AVAILABLE: _ClassVar[FullDocument]
    FULL_DOCUMENT_REQUIRED: _ClassVar[FullDocument]

class FullDocumentBeforeChange(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    FULL_DOCUMENT_BEFORE_CHANGE_UNSPECIFIED: _ClassVar[FullDocumentBeforeChange]
    FULL_DOCUMENT_BEFORE_CHANGE_WHEN_AVAILABLE: _ClassVar[FullDocumentBeforeChange]
    FULL_DOCUMENT_BEFORE_CHANGE_REQUIRED: _ClassVar[FullDocumentBeforeChange]
DOCUMENT_ENCODING_UNSPECIFIED: DocumentEncoding
DOCUMENT_ENCODING_EXTENDED_JSON: DocumentEncoding
DOCUMENT_ENCODING_BSON: DocumentEncoding
RETURN_DOCUMENT_UNSPECIFIED: ReturnDocument
RETURN_DOCUMENT_BEFORE: ReturnDocument
RETURN_DOCUMENT_AFTER: ReturnDocument
BULK_OPERATION_STATUS_UNSPECIFIED: BulkOperationStatus
BULK_OPERATION_STATUS_SUCCEEDED: BulkOperationStatus
BULK_OPERATION_STATUS_FAILED: BulkOperationStatus
BULK_OPERATION_STATUS_SKIPPED: BulkOperationStatus
FULL_DOCUMENT_UNSPECIFIED: FullDocument
FULL_DOCUMENT_UPDATE_LOOKUP: FullDocument
FULL_DOCUMENT_WHEN_AVAILABLE: FullDocument
FULL_DOCUMENT_REQUIRED: FullDocument
FULL_DOCUMENT_BEFORE_CHANGE_UNSPECIFIED: FullDocumentBeforeChange
FULL_DOCUMENT_BEFORE_CHANGE_WHEN_AVAILABLE: FullDocumentBeforeChange
FULL_DOCUMENT_BEFORE_CHANGE_REQUIRED: FullDocumentBeforeChange

class BsonDocument(_message.Message):
    __slots__ = ("bson", "extended_json")
    BSON_FIELD_NUMBER: _ClassVar[int]
    EXTENDED_JSON_FIELD_NUMBER: _ClassVar[int]
    bson: bytes
    extended_json: str
    def __init__(self, bson: _Optional[bytes] = ..., extended_json: _Optional[str] = ...) -> None: ...

class InsertOneRequest(_message.Message):
    __slots__ = ("target", "document", "encoding")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    DOCUMENT_FIELD_NUMBER: _ClassVar[int]
    ENCODING_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    document: BsonDocument
    encoding: DocumentEncoding
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., document: _Optional[_Union[BsonDocument, _Mapping]] = ..., encoding: _Optional[_Union[DocumentEncoding, str]] = ...) -> None: ...

class InsertOneResponse(_message.Message):
    __slots__ = ("inserted_id",)
    INSERTED_ID_FIELD_NUMBER: _ClassVar[int]
    inserted_id: BsonDocument
    def __init__(self, inserted_id: _Optional[_Union[BsonDocument, _Mapping]] = ...) -> None: ...

class InsertManyRequest(_message.Message):
    __slots__ = ("target", "documents", "unordered", "encoding")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    DOCUMENTS_FIELD_NUMBER: _ClassVar[int]
    UNORDERED_FIELD_NUMBER: _ClassVar[int]
    ENCODING_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    documents: _containers.RepeatedCompositeFieldContainer[BsonDocument]
    unordered: bool
    encoding: DocumentEncoding
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., documents: _Optional[_Iterable[_Union[BsonDocument, _Mapping]]] = ..., unordered: _Optional[bool] = ..., encoding: _Optional[_Union[DocumentEncoding, str]] = ...) -> None: ...

class InsertManyResponse(_message.Message):
    __slots__ = ("inserted_ids",)
    INSERTED_IDS_FIELD_NUMBER: _ClassVar[int]
    inserted_ids: _containers.RepeatedCompositeFieldContainer[BsonDocument]
    def __init__(self, inserted_ids: _Optional[_Iterable[_Union[BsonDocument, _Mapping]]] = ...) -> None: ...

class FindOneRequest(_message.Message):
    __slots__ = ("target", "filter", "projection", "sort", "skip", "encoding")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    PROJECTION_FIELD_NUMBER: _ClassVar[int]
    SORT_FIELD_NUMBER: _ClassVar[int]
    SKIP_FIELD_NUMBER: _ClassVar[int]
    ENCODING_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    filter: BsonDocument
    projection: BsonDocument
    sort: BsonDocument
    skip: int
    encoding: DocumentEncoding
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., filter: _Optional[_Union[BsonDocument, _Mapping]] = ..., projection: _Optional[_Union[BsonDocument, _Mapping]] = ..., sort: _Optional[_Union[BsonDocument, _Mapping]] = ..., skip: _Optional[int] = ..., encoding: _Optional[_Union[DocumentEncoding, str]] = ...) -> None: ...

class FindOneResponse(_message.Message):
    __slots__ = ("document",)
    DOCUMENT_FIELD_NUMBER: _ClassVar[int]
    document: BsonDocument
    def __init__(self, document: _Optional[_Union[BsonDocument, _Mapping]] = ...) -> None: ...

class FindRequest(_message.Message):
    __slots__ = ("target", "filter", "projection", "sort", "skip", "limit", "hint", "collation", "page_size", "page_token", "encoding")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    PROJECTION_FIELD_NUMBER: _ClassVar[int]
    SORT_FIELD_NUMBER: _ClassVar[int]
    SKIP_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    HINT_FIELD_NUMBER: _ClassVar[int]
    COLLATION_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    ENCODING_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    filter: BsonDocument
    projection: BsonDocument
    sort: BsonDocument
    skip: int
    limit: int
    hint: BsonDocument
    collation: BsonDocument
    page_size: int
    page_token: str
    encoding: DocumentEncoding
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., filter: _Optional[_Union[BsonDocument, _Mapping]] = ..., projection: _Optional[_Union[BsonDocument, _Mapping]] = ..., sort: _Optional[_Union[BsonDocument, _Mapping]] = ..., skip: _Optional[int] = ..., limit: _Optional[int] = ..., hint: _Optional[_Union[BsonDocument, _Mapping]] = ..., collation: _Optional[_Union[BsonDocument, _Mapping]] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., encoding: _Optional[_Union[DocumentEncoding, str]] = ...) -> None: ...

class FindResponse(_message.Message):
    __slots__ = ("documents", "next_page_token")
    DOCUMENTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    documents: _containers.RepeatedCompositeFieldContainer[BsonDocument]
    next_page_token: str
    def __init__(self, documents: _Optional[_Iterable[_Union[BsonDocument, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class FindStreamRequest(_message.Message):
    __slots__ = ("target", "filter", "projection", "sort", "skip", "limit", "hint", "collation", "batch_size", "encoding")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    PROJECTION_FIELD_NUMBER: _ClassVar[int]
    SORT_FIELD_NUMBER: _ClassVar[int]
    SKIP_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    HINT_FIELD_NUMBER: _ClassVar[int]
    COLLATION_FIELD_NUMBER: _ClassVar[int]
    BATCH_SIZE_FIELD_NUMBER: _ClassVar[int]
    ENCODING_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    filter: BsonDocument
    projection: BsonDocument
    sort: BsonDocument
    skip: int
    limit: int
    hint: BsonDocument
    collation: BsonDocument
    batch_size: int
    encoding: DocumentEncoding
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., filter: _Optional[_Union[BsonDocument, _Mapping]] = ..., projection: _Optional[_Union[BsonDocument, _Mapping]] = ..., sort: _Optional[_Union[BsonDocument, _Mapping]] = ..., skip: _Optional[int] = ..., limit: _Optional[int] = ..., hint: _Optional[_Union[BsonDocument, _Mapping]] = ..., collation: _Optional[_Union[BsonDocument, _Mapping]] = ..., batch_size: _Optional[int] = ..., encoding: _Optional[_Union[DocumentEncoding, str]] = ...) -> None: ...

class FindStreamResponse(_message.Message):
    __slots__ = ("documents",)
    DOCUMENTS_FIELD_NUMBER: _ClassVar[int]
    documents: _containers.RepeatedCompositeFieldContainer[BsonDocument]
    def __init__(self, documents: _Optional[_Iterable[_Union[BsonDocument, _Mapping]]] = ...) -> None: ...

class CountDocumentsRequest(_message.Message):
    __slots__ = ("target", "filter", "skip", "limit")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    SKIP_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    filter: BsonDocument
    skip: int
    limit: int
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., filter: _Optional[_Union[BsonDocument, _Mapping]] = ..., skip: _Optional[int] = ..., limit: _Optional[int] = ...) -> None: ...

class CountDocumentsResponse(_message.Message):
    __slots__ = ("count",)
    COUNT_FIELD_NUMBER: _ClassVar[int]
    count: int
    def __init__(self, count: _Optional[int] = ...) -> None: ...

class UpdateOneRequest(_message.Message):
    __slots__ = ("target", "filter", "update", "pipeline", "upsert", "array_filters", "hint", "collation", "encoding")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    UPDATE_FIELD_NUMBER: _ClassVar[int]
    PIPELINE_FIELD_NUMBER: _ClassVar[int]
    UPSERT_FIELD_NUMBER: _ClassVar[int]
    ARRAY_FILTERS_FIELD_NUMBER: _ClassVar[int]
    HINT_FIELD_NUMBER: _ClassVar[int]
    COLLATION_FIELD_NUMBER: _ClassVar[int]
    ENCODING_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    filter: BsonDocument
    update: BsonDocument
    pipeline: UpdatePipeline
    upsert: bool
    array_filters: _containers.RepeatedCompositeFieldContainer[BsonDocument]
    hint: BsonDocument
    collation: BsonDocument
    encoding: DocumentEncoding
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., filter: _Optional[_Union[BsonDocument, _Mapping]] = ..., update: _Optional[_Union[BsonDocument, _Mapping]] = ..., pipeline: _Optional[_Union[UpdatePipeline, _Mapping]] = ..., upsert: _Optional[bool] = ..., array_filters: _Optional[_Iterable[_Union[BsonDocument, _Mapping]]] = ..., hint: _Optional[_Union[BsonDocument, _Mapping]] = ..., collation: _Optional[_Union[BsonDocument, _Mapping]] = ..., encoding: _Optional[_Union[DocumentEncoding, str]] = ...) -> None: ...

class UpdateManyRequest(_message.Message):
    __slots__ = ("target", "filter", "update", "pipeline", "upsert", "array_filters", "hint", "collation", "encoding")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    UPDATE_FIELD_NUMBER: _ClassVar[int]
    PIPELINE_FIELD_NUMBER: _ClassVar[int]
    UPSERT_FIELD_NUMBER: _ClassVar[int]
    ARRAY_FILTERS_FIELD_NUMBER: _ClassVar[int]
    HINT_FIELD_NUMBER: _ClassVar[int]
    COLLATION_FIELD_NUMBER: _ClassVar[int]
    ENCODING_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    filter: BsonDocument
    update: BsonDocument
    pipeline: UpdatePipeline
    upsert: bool
    array_filters: _containers.RepeatedCompositeFieldContainer[BsonDocument]
    hint: BsonDocument
    collation: BsonDocument
    encoding: DocumentEncoding
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., filter: _Optional[_Union[BsonDocument, _Mapping]] = ..., update: _Optional[_Union[BsonDocument, _Mapping]] = ..., pipeline: _Optional[_Union[UpdatePipeline, _Mapping]] = ..., upsert: _Optional[bool] = ..., array_filters: _Optional[_Iterable[_Union[BsonDocument, _Mapping]]] = ..., hint: _Optional[_Union[BsonDocument, _Mapping]] = ..., collation: _Optional[_Union[BsonDocument, _Mapping]] = ..., encoding: _Optional[_Union[DocumentEncoding, str]] = ...) -> None: ...

class UpdatePipeline(_message.Message):
    __slots__ = ("stages",)
    STAGES_FIELD_NUMBER: _ClassVar[int]
    stages: _containers.RepeatedCompositeFieldContainer[BsonDocument]
    def __init__(self, stages: _Optional[_Iterable[_Union[BsonDocument, _Mapping]]] = ...) -> None: ...

class ReplaceOneRequest(_message.Message):
    __slots__ = ("target", "filter", "replacement", "upsert", "hint", "collation", "encoding")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    REPLACEMENT_FIELD_NUMBER: _ClassVar[int]
    UPSERT_FIELD_NUMBER: _ClassVar[int]
    HINT_FIELD_NUMBER: _ClassVar[int]
    COLLATION_FIELD_NUMBER: _ClassVar[int]
    ENCODING_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    filter: BsonDocument
    replacement: BsonDocument
    upsert: bool
    hint: BsonDocument
    collation: BsonDocument
    encoding: DocumentEncoding
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., filter: _Optional[_Union[BsonDocument, _Mapping]] = ..., replacement: _Optional[_Union[BsonDocument, _Mapping]] = ..., upsert: _Optional[bool] = ..., hint: _Optional[_Union[BsonDocument, _Mapping]] = ..., collation: _Optional[_Union[BsonDocument, _Mapping]] = ..., encoding: _Optional[_Union[DocumentEncoding, str]] = ...) -> None: ...

class UpdateOneResponse(_message.Message):
    __slots__ = ("matched_count", "modified_count", "upserted_id")
    MATCHED_COUNT_FIELD_NUMBER: _ClassVar[int]
    MODIFIED_COUNT_FIELD_NUMBER: _ClassVar[int]
    UPSERTED_ID_FIELD_NUMBER: _ClassVar[int]
    matched_count: int
    modified_count: int
    upserted_id: BsonDocument
    def __init__(self, matched_count: _Optional[int] = ..., modified_count: _Optional[int] = ..., upserted_id: _Optional[_Union[BsonDocument, _Mapping]] = ...) -> None: ...

class UpdateManyResponse(_message.Message):
    __slots__ = ("matched_count", "modified_count", "upserted_id")
    MATCHED_COUNT_FIELD_NUMBER: _ClassVar[int]
    MODIFIED_COUNT_FIELD_NUMBER: _ClassVar[int]
    UPSERTED_ID_FIELD_NUMBER: _ClassVar[int]
    matched_count: int
    modified_count: int
    upserted_id: BsonDocument
    def __init__(self, matched_count: _Optional[int] = ..., modified_count: _Optional[int] = ..., upserted_id: _Optional[_Union[BsonDocument, _Mapping]] = ...) -> None: ...

class ReplaceOneResponse(_message.Message):
    __slots__ = ("matched_count", "modified_count", "upserted_id")
    MATCHED_COUNT_FIELD_NUMBER: _ClassVar[int]
    MODIFIED_COUNT_FIELD_NUMBER: _ClassVar[int]
    UPSERTED_ID_FIELD_NUMBER: _ClassVar[int]
    matched_count: int
    modified_count: int
    upserted_id: BsonDocument
    def __init__(self, matched_count: _Optional[int] = ..., modified_count: _Optional[int] = ..., upserted_id: _Optional[_Union[BsonDocument, _Mapping]] = ...) -> None: ...

class DeleteOneRequest(_message.Message):
    __slots__ = ("target", "filter", "hint", "collation")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    HINT_FIELD_NUMBER: _ClassVar[int]
    COLLATION_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    filter: BsonDocument
    hint: BsonDocument
    collation: BsonDocument
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., filter: _Optional[_Union[BsonDocument, _Mapping]] = ..., hint: _Optional[_Union[BsonDocument, _Mapping]] = ..., collation: _Optional[_Union[BsonDocument, _Mapping]] = ...) -> None: ...

class DeleteManyRequest(_message.Message):
    __slots__ = ("target", "filter", "hint", "collation")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    HINT_FIELD_NUMBER: _ClassVar[int]
    COLLATION_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    filter: BsonDocument
    hint: BsonDocument
    collation: BsonDocument
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., filter: _Optional[_Union[BsonDocument, _Mapping]] = ..., hint: _Optional[_Union[BsonDocument, _Mapping]] = ..., collation: _Optional[_Union[BsonDocument, _Mapping]] = ...) -> None: ...

class DeleteOneResponse(_message.Message):
    __slots__ = ("deleted_count",)
    DELETED_COUNT_FIELD_NUMBER: _ClassVar[int]
    deleted_count: int
    def __init__(self, deleted_count: _Optional[int] = ...) -> None: ...

class DeleteManyResponse(_message.Message):
    __slots__ = ("deleted_count",)
    DELETED_COUNT_FIELD_NUMBER: _ClassVar[int]
    deleted_count: int
    def __init__(self, deleted_count: _Optional[int] = ...) -> None: ...

class EstimatedDocumentCountRequest(_message.Message):
    __slots__ = ("target",)
    TARGET_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ...) -> None: ...

class EstimatedDocumentCountResponse(_message.Message):
    __slots__ = ("count",)
    COUNT_FIELD_NUMBER: _ClassVar[int]
    count: int
    def __init__(self, count: _Optional[int] = ...) -> None: ...

class DistinctRequest(_message.Message):
    __slots__ = ("target", "key", "filter", "collation", "encoding")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    COLLATION_FIELD_NUMBER: _ClassVar[int]
    ENCODING_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    key: str
    filter: BsonDocument
    collation: BsonDocument
    encoding: DocumentEncoding
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., key: _Optional[str] = ..., filter: _Optional[_Union[BsonDocument, _Mapping]] = ..., collation: _Optional[_Union[BsonDocument, _Mapping]] = ..., encoding: _Optional[_Union[DocumentEncoding, str]] = ...) -> None: ...

class DistinctResponse(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: BsonDocument
    def __init__(self, values: _Optional[_Union[BsonDocument, _Mapping]] = ...) -> None: ...

class FindOneAndUpdateRequest(_message.Message):
    __slots__ = ("target", "filter", "update", "pipeline", "projection", "sort", "upsert", "return_document", "array_filters", "hint", "collation", "encoding")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    UPDATE_FIELD_NUMBER: _ClassVar[int]
    PIPELINE_FIELD_NUMBER: _ClassVar[int]
    PROJECTION_FIELD_NUMBER: _ClassVar[int]
    SORT_FIELD_NUMBER: _ClassVar[int]
    UPSERT_FIELD_NUMBER: _ClassVar[int]
    RETURN_DOCUMENT_FIELD_NUMBER: _ClassVar[int]
    ARRAY_FILTERS_FIELD_NUMBER: _ClassVar[int]
    HINT_FIELD_NUMBER: _ClassVar[int]
    COLLATION_FIELD_NUMBER: _ClassVar[int]
    ENCODING_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    filter: BsonDocument
    update: BsonDocument
    pipeline: UpdatePipeline
    projection: BsonDocument
    sort: BsonDocument
    upsert: bool
    return_document: ReturnDocument
    array_filters: _containers.RepeatedCompositeFieldContainer[BsonDocument]
    hint: BsonDocument
    collation: BsonDocument
    encoding: DocumentEncoding
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., filter: _Optional[_Union[BsonDocument, _Mapping]] = ..., update: _Optional[_Union[BsonDocument, _Mapping]] = ..., pipeline: _Optional[_Union[UpdatePipeline, _Mapping]] = ..., projection: _Optional[_Union[BsonDocument, _Mapping]] = ..., sort: _Optional[_Union[BsonDocument, _Mapping]] = ..., upsert: _Optional[bool] = ..., return_document: _Optional[_Union[ReturnDocument, str]] = ..., array_filters: _Optional[_Iterable[_Union[BsonDocument, _Mapping]]] = ..., hint: _Optional[_Union[BsonDocument, _Mapping]] = ..., collation: _Optional[_Union[BsonDocument, _Mapping]] = ..., encoding: _Optional[_Union[DocumentEncoding, str]] = ...) -> None: ...

class FindOneAndUpdateResponse(_message.Message):
    __slots__ = ("document",)
    DOCUMENT_FIELD_NUMBER: _ClassVar[int]
    document: BsonDocument
    def __init__(self, document: _Optional[_Union[BsonDocument, _Mapping]] = ...) -> None: ...

class FindOneAndReplaceRequest(_message.Message):
    __slots__ = ("target", "filter", "replacement", "projection", "sort", "upsert", "return_document", "hint", "collation", "encoding")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    REPLACEMENT_FIELD_NUMBER: _ClassVar[int]
    PROJECTION_FIELD_NUMBER: _ClassVar[int]
    SORT_FIELD_NUMBER: _ClassVar[int]
    UPSERT_FIELD_NUMBER: _ClassVar[int]
    RETURN_DOCUMENT_FIELD_NUMBER: _ClassVar[int]
    HINT_FIELD_NUMBER: _ClassVar[int]
    COLLATION_FIELD_NUMBER: _ClassVar[int]
    ENCODING_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    filter: BsonDocument
    replacement: BsonDocument
    projection: BsonDocument
    sort: BsonDocument
    upsert: bool
    return_document: ReturnDocument
    hint: BsonDocument
    collation: BsonDocument
    encoding: DocumentEncoding
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., filter: _Optional[_Union[BsonDocument, _Mapping]] = ..., replacement: _Optional[_Union[BsonDocument, _Mapping]] = ..., projection: _Optional[_Union[BsonDocument, _Mapping]] = ..., sort: _Optional[_Union[BsonDocument, _Mapping]] = ..., upsert: _Optional[bool] = ..., return_document: _Optional[_Union[ReturnDocument, str]] = ..., hint: _Optional[_Union[BsonDocument, _Mapping]] = ..., collation: _Optional[_Union[BsonDocument, _Mapping]] = ..., encoding: _Optional[_Union[DocumentEncoding, str]] = ...) -> None: ...

class FindOneAndReplaceResponse(_message.Message):
    __slots__ = ("document",)
    DOCUMENT_FIELD_NUMBER: _ClassVar[int]
    document: BsonDocument
    def __init__(self, document: _Optional[_Union[BsonDocument, _Mapping]] = ...) -> None: ...

class FindOneAndDeleteRequest(_message.Message):
    __slots__ = ("target", "filter", "projection", "sort", "hint", "collation", "encoding")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    PROJECTION_FIELD_NUMBER: _ClassVar[int]
    SORT_FIELD_NUMBER: _ClassVar[int]
    HINT_FIELD_NUMBER: _ClassVar[int]
    COLLATION_FIELD_NUMBER: _ClassVar[int]
    ENCODING_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    filter: BsonDocument
    projection: BsonDocument
    sort: BsonDocument
    hint: BsonDocument
    collation: BsonDocument
    encoding: DocumentEncoding
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., filter: _Optional[_Union[BsonDocument, _Mapping]] = ..., projection: _Optional[_Union[BsonDocument, _Mapping]] = ..., sort: _Optional[_Union[BsonDocument, _Mapping]] = ..., hint: _Optional[_Union[BsonDocument, _Mapping]] = ..., collation: _Optional[_Union[BsonDocument, _Mapping]] = ..., encoding: _Optional[_Union[DocumentEncoding, str]] = ...) -> None: ...

class FindOneAndDeleteResponse(_message.Message):
    __slots__ = ("document",)
    DOCUMENT_FIELD_NUMBER: _ClassVar[int]
    document: BsonDocument
    def __init__(self, document: _Optional[_Union[BsonDocument, _Mapping]] = ...) -> None: ...

class BulkWriteRequest(_message.Message):
    __slots__ = ("target", "operations", "unordered", "encoding")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    OPERATIONS_FIELD_NUMBER: _ClassVar[int]
    UNORDERED_FIELD_NUMBER: _ClassVar[int]
    ENCODING_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    operations: _containers.RepeatedCompositeFieldContainer[BulkWriteOperation]
    unordered: bool
    encoding: DocumentEncoding
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., operations: _Optional[_Iterable[_Union[BulkWriteOperation, _Mapping]]] = ..., unordered: _Optional[bool] = ..., encoding: _Optional[_Union[DocumentEncoding, str]] = ...) -> None: ...

class BulkWriteOperation(_message.Message):
    __slots__ = ("insert_one", "update_one", "update_many", "replace_one", "delete_one", "delete_many")
    INSERT_ONE_FIELD_NUMBER: _ClassVar[int]
    UPDATE_ONE_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MANY_FIELD_NUMBER: _ClassVar[int]
    REPLACE_ONE_FIELD_NUMBER: _ClassVar[int]
    DELETE_ONE_FIELD_NUMBER: _ClassVar[int]
    DELETE_MANY_FIELD_NUMBER: _ClassVar[int]
    insert_one: BulkInsertOne
    update_one: BulkUpdate
    update_many: BulkUpdate
    replace_one: BulkReplaceOne
    delete_one: BulkDelete
    delete_many: BulkDelete
    def __init__(self, insert_one: _Optional[_Union[BulkInsertOne, _Mapping]] = ..., update_one: _Optional[_Union[BulkUpdate, _Mapping]] = ..., update_many: _Optional[_Union[BulkUpdate, _Mapping]] = ..., replace_one: _Optional[_Union[BulkReplaceOne, _Mapping]] = ..., delete_one: _Optional[_Union[BulkDelete, _Mapping]] = ..., delete_many: _Optional[_Union[BulkDelete, _Mapping]] = ...) -> None: ...

class BulkInsertOne(_message.Message):
    __slots__ = ("document",)
    DOCUMENT_FIELD_NUMBER: _ClassVar[int]
    document: BsonDocument
    def __init__(self, document: _Optional[_Union[BsonDocument, _Mapping]] = ...) -> None: ...

class BulkUpdate(_message.Message):
    __slots__ = ("filter", "update", "pipeline", "upsert", "array_filters", "hint", "collation")
    FILTER_FIELD_NUMBER: _ClassVar[int]
    UPDATE_FIELD_NUMBER: _ClassVar[int]
    PIPELINE_FIELD_NUMBER: _ClassVar[int]
    UPSERT_FIELD_NUMBER: _ClassVar[int]
    ARRAY_FILTERS_FIELD_NUMBER: _ClassVar[int]
    HINT_FIELD_NUMBER: _ClassVar[int]
    COLLATION_FIELD_NUMBER: _ClassVar[int]
    filter: BsonDocument
    update: BsonDocument
    pipeline: UpdatePipeline
    upsert: bool
    array_filters: _containers.RepeatedCompositeFieldContainer[BsonDocument]
    hint: BsonDocument
    collation: BsonDocument
    def __init__(self, filter: _Optional[_Union[BsonDocument, _Mapping]] = ..., update: _Optional[_Union[BsonDocument, _Mapping]] = ..., pipeline: _Optional[_Union[UpdatePipeline, _Mapping]] = ..., upsert: _Optional[bool] = ..., array_filters: _Optional[_Iterable[_Union[BsonDocument, _Mapping]]] = ..., hint: _Optional[_Union[BsonDocument, _Mapping]] = ..., collation: _Optional[_Union[BsonDocument, _Mapping]] = ...) -> None: ...

class BulkReplaceOne(_message.Message):
    __slots__ = ("filter", "replacement", "upsert", "hint", "collation")
    FILTER_FIELD_NUMBER: _ClassVar[int]
    REPLACEMENT_FIELD_NUMBER: _ClassVar[int]
    UPSERT_FIELD_NUMBER: _ClassVar[int]
    HINT_FIELD_NUMBER: _ClassVar[int]
    COLLATION_FIELD_NUMBER: _ClassVar[int]
    filter: BsonDocument
    replacement: BsonDocument
    upsert: bool
    hint: BsonDocument
    collation: BsonDocument
    def __init__(self, filter: _Optional[_Union[BsonDocument, _Mapping]] = ..., replacement: _Optional[_Union[BsonDocument, _Mapping]] = ..., upsert: _Optional[bool] = ..., hint: _Optional[_Union[BsonDocument, _Mapping]] = ..., collation: _Optional[_Union[BsonDocument, _Mapping]] = ...) -> None: ...

class BulkDelete(_message.Message):
    __slots__ = ("filter", "hint", "collation")
    FILTER_FIELD_NUMBER: _ClassVar[int]
    HINT_FIELD_NUMBER: _ClassVar[int]
    COLLATION_FIELD_NUMBER: _ClassVar[int]
    filter: BsonDocument
    hint: BsonDocument
    collation: BsonDocument
    def __init__(self, filter: _Optional[_Union[BsonDocument, _Mapping]] = ..., hint: _Optional[_Union[BsonDocument, _Mapping]] = ..., collation: _Optional[_Union[BsonDocument, _Mapping]] = ...) -> None: ...

class BulkWriteResponse(_message.Message):
    __slots__ = ("inserted_count", "matched_count", "modified_count", "deleted_count", "upserted_count", "results")
    INSERTED_COUNT_FIELD_NUMBER: _ClassVar[int]
    MATCHED_COUNT_FIELD_NUMBER: _ClassVar[int]
    MODIFIED_COUNT_FIELD_NUMBER: _ClassVar[int]
    DELETED_COUNT_FIELD_NUMBER: _ClassVar[int]
    UPSERTED_COUNT_FIELD_NUMBER: _ClassVar[int]
    RESULTS_FIELD_NUMBER: _ClassVar[int]
    inserted_count: int
    matched_count: int
    modified_count: int
    deleted_count: int
    upserted_count: int
    results: _containers.RepeatedCompositeFieldContainer[BulkOperationResult]
    def __init__(self, inserted_count: _Optional[int] = ..., matched_count: _Optional[int] = ..., modified_count: _Optional[int] = ..., deleted_count: _Optional[int] = ..., upserted_count: _Optional[int] = ..., results: _Optional[_Iterable[_Union[BulkOperationResult, _Mapping]]] = ...) -> None: ...

class BulkOperationResult(_message.Message):
    __slots__ = ("status", "inserted_id", "upserted_id", "error_code", "error_message")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    INSERTED_ID_FIELD_NUMBER: _ClassVar[int]
    UPSERTED_ID_FIELD_NUMBER: _ClassVar[int]
    ERROR_CODE_FIELD_NUMBER: _ClassVar[int]
    ERROR_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    status: BulkOperationStatus
    inserted_id: BsonDocument
    upserted_id: BsonDocument
    error_code: int
    error_message: str
    def __init__(self, status: _Optional[_Union[BulkOperationStatus, str]] = ..., inserted_id: _Optional[_Union[BsonDocument, _Mapping]] = ..., upserted_id: _Optional[_Union[BsonDocument, _Mapping]] = ..., error_code: _Optional[int] = ..., error_message: _Optional[str] = ...) -> None: ...

class ListCollectionsRequest(_message.Message):
    __slots__ = ("target", "filter", "page_size", "page_token", "encoding")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    ENCODING_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    filter: BsonDocument
    page_size: int
    page_token: str
    encoding: DocumentEncoding
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., filter: _Optional[_Union[BsonDocument, _Mapping]] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., encoding: _Optional[_Union[DocumentEncoding, str]] = ...) -> None: ...

class ListCollectionsResponse(_message.Message):
    __slots__ = ("collections", "next_page_token")
    COLLECTIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    collections: _containers.RepeatedCompositeFieldContainer[BsonDocument]
    next_page_token: str
    def __init__(self, collections: _Optional[_Iterable[_Union[BsonDocument, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CreateCollectionRequest(_message.Message):
    __slots__ = ("target", "options")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    options: BsonDocument
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., options: _Optional[_Union[BsonDocument, _Mapping]] = ...) -> None: ...

class CreateCollectionResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DropCollectionRequest(_message.Message):
    __slots__ = ("target",)
    TARGET_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ...) -> None: ...

class DropCollectionResponse(_message.Message):
    __slots__ = ("dropped",)
    DROPPED_FIELD_NUMBER: _ClassVar[int]
    dropped: bool
    def __init__(self, dropped: _Optional[bool] = ...) -> None: ...

class RenameCollectionRequest(_message.Message):
    __slots__ = ("target", "new_name", "drop_target")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    NEW_NAME_FIELD_NUMBER: _ClassVar[int]
    DROP_TARGET_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    new_name: str
    drop_target: bool
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., new_name: _Optional[str] = ..., drop_target: _Optional[bool] = ...) -> None: ...

class RenameCollectionResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetCollectionStatsRequest(_message.Message):
    __slots__ = ("target", "encoding")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    ENCODING_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    encoding: DocumentEncoding
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., encoding: _Optional[_Union[DocumentEncoding, str]] = ...) -> None: ...

class GetCollectionStatsResponse(_message.Message):
    __slots__ = ("stats",)
    STATS_FIELD_NUMBER: _ClassVar[int]
    stats: BsonDocument
    def __init__(self, stats: _Optional[_Union[BsonDocument, _Mapping]] = ...) -> None: ...

class IndexSpec(_message.Message):
    __slots__ = ("keys", "options")
    KEYS_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    keys: BsonDocument
    options: BsonDocument
    def __init__(self, keys: _Optional[_Union[BsonDocument, _Mapping]] = ..., options: _Optional[_Union[BsonDocument, _Mapping]] = ...) -> None: ...

class CreateIndexesRequest(_message.Message):
    __slots__ = ("target", "indexes")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    INDEXES_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    indexes: _containers.RepeatedCompositeFieldContainer[IndexSpec]
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., indexes: _Optional[_Iterable[_Union[IndexSpec, _Mapping]]] = ...) -> None: ...

class CreateIndexesResponse(_message.Message):
    __slots__ = ("names",)
    NAMES_FIELD_NUMBER: _ClassVar[int]
    names: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, names: _Optional[_Iterable[str]] = ...) -> None: ...

class ListIndexesRequest(_message.Message):
    __slots__ = ("target", "encoding")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    ENCODING_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    encoding: DocumentEncoding
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., encoding: _Optional[_Union[DocumentEncoding, str]] = ...) -> None: ...

class ListIndexesResponse(_message.Message):
    __slots__ = ("indexes",)
    INDEXES_FIELD_NUMBER: _ClassVar[int]
    indexes: _containers.RepeatedCompositeFieldContainer[BsonDocument]
    def __init__(self, indexes: _Optional[_Iterable[_Union[BsonDocument, _Mapping]]] = ...) -> None: ...

class DropIndexRequest(_message.Message):
    __slots__ = ("target", "name")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    name: str
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., name: _Optional[str] = ...) -> None: ...

class DropIndexResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class StartFileUploadRequest(_message.Message):
    __slots__ = ("target", "filename", "metadata", "chunk_size_bytes")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    FILENAME_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CHUNK_SIZE_BYTES_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    filename: str
    metadata: BsonDocument
    chunk_size_bytes: int
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., filename: _Optional[str] = ..., metadata: _Optional[_Union[BsonDocument, _Mapping]] = ..., chunk_size_bytes: _Optional[int] = ...) -> None: ...

class StartFileUploadResponse(_message.Message):
    __slots__ = ("upload_id", "chunk_size_bytes")
    UPLOAD_ID_FIELD_NUMBER: _ClassVar[int]
    CHUNK_SIZE_BYTES_FIELD_NUMBER: _ClassVar[int]
    upload_id: str
    chunk_size_bytes: int
    def __init__(self, upload_id: _Optional[str] = ..., chunk_size_bytes: _Optional[int] = ...) -> None: ...

class UploadFileChunkRequest(_message.Message):
    __slots__ = ("target", "upload_id", "offset", "data")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    UPLOAD_ID_FIELD_NUMBER: _ClassVar[int]
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    upload_id: str
    offset: int
    data: bytes
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., upload_id: _Optional[str] = ..., offset: _Optional[int] = ..., data: _Optional[bytes] = ...) -> None: ...

class UploadFileChunkResponse(_message.Message):
    __slots__ = ("offset",)
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    offset: int
    def __init__(self, offset: _Optional[int] = ...) -> None: ...

class GetFileUploadRequest(_message.Message):
    __slots__ = ("target", "upload_id")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    UPLOAD_ID_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    upload_id: str
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., upload_id: _Optional[str] = ...) -> None: ...

class GetFileUploadResponse(_message.Message):
    __slots__ = ("offset", "filename")
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    FILENAME_FIELD_NUMBER: _ClassVar[int]
    offset: int
    filename: str
    def __init__(self, offset: _Optional[int] = ..., filename: _Optional[str] = ...) -> None: ...

class FinishFileUploadRequest(_message.Message):
    __slots__ = ("target", "upload_id", "length", "encoding")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    UPLOAD_ID_FIELD_NUMBER: _ClassVar[int]
    LENGTH_FIELD_NUMBER: _ClassVar[int]
    ENCODING_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    upload_id: str
    length: int
    encoding: DocumentEncoding
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., upload_id: _Optional[str] = ..., length: _Optional[int] = ..., encoding: _Optional[_Union[DocumentEncoding, str]] = ...) -> None: ...

class FinishFileUploadResponse(_message.Message):
    __slots__ = ("file_id",)
    FILE_ID_FIELD_NUMBER: _ClassVar[int]
    file_id: BsonDocument
    def __init__(self, file_id: _Optional[_Union[BsonDocument, _Mapping]] = ...) -> None: ...

class AbortFileUploadRequest(_message.Message):
    __slots__ = ("target", "upload_id")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    UPLOAD_ID_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    upload_id: str
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., upload_id: _Optional[str] = ...) -> None: ...

class AbortFileUploadResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DownloadFileRequest(_message.Message):
    __slots__ = ("target", "file_id", "offset", "length")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    FILE_ID_FIELD_NUMBER: _ClassVar[int]
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    LENGTH_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    file_id: BsonDocument
    offset: int
    length: int
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., file_id: _Optional[_Union[BsonDocument, _Mapping]] = ..., offset: _Optional[int] = ..., length: _Optional[int] = ...) -> None: ...

class DownloadFileResponse(_message.Message):
    __slots__ = ("data",)
    DATA_FIELD_NUMBER: _ClassVar[int]
    data: bytes
    def __init__(self, data: _Optional[bytes] = ...) -> None: ...

class GetFileRequest(_message.Message):
    __slots__ = ("target", "file_id", "encoding")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    FILE_ID_FIELD_NUMBER: _ClassVar[int]
    ENCODING_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    file_id: BsonDocument
    encoding: DocumentEncoding
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., file_id: _Optional[_Union[BsonDocument, _Mapping]] = ..., encoding: _Optional[_Union[DocumentEncoding, str]] = ...) -> None: ...

class GetFileResponse(_message.Message):
    __slots__ = ("file",)
    FILE_FIELD_NUMBER: _ClassVar[int]
    file: BsonDocument
    def __init__(self, file: _Optional[_Union[BsonDocument, _Mapping]] = ...) -> None: ...

class ListFilesRequest(_message.Message):
    __slots__ = ("target", "filter", "page_size", "page_token", "encoding")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    ENCODING_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    filter: BsonDocument
    page_size: int
    page_token: str
    encoding: DocumentEncoding
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., filter: _Optional[_Union[BsonDocument, _Mapping]] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., encoding: _Optional[_Union[DocumentEncoding, str]] = ...) -> None: ...

class ListFilesResponse(_message.Message):
    __slots__ = ("files", "next_page_token")
    FILES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    files: _containers.RepeatedCompositeFieldContainer[BsonDocument]
    next_page_token: str
    def __init__(self, files: _Optional[_Iterable[_Union[BsonDocument, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class DeleteFileRequest(_message.Message):
    __slots__ = ("target", "file_id")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    FILE_ID_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    file_id: BsonDocument
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., file_id: _Optional[_Union[BsonDocument, _Mapping]] = ...) -> None: ...

class DeleteFileResponse(_message.Message):
    __slots__ = ("deleted",)
    DELETED_FIELD_NUMBER: _ClassVar[int]
    deleted: bool
    def __init__(self, deleted: _Optional[bool] = ...) -> None: ...

class WatchChangesRequest(_message.Message):
    __slots__ = ("target", "pipeline", "full_document", "full_document_before_change", "resume_after", "start_after", "encoding")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    PIPELINE_FIELD_NUMBER: _ClassVar[int]
    FULL_DOCUMENT_FIELD_NUMBER: _ClassVar[int]
    FULL_DOCUMENT_BEFORE_CHANGE_FIELD_NUMBER: _ClassVar[int]
    RESUME_AFTER_FIELD_NUMBER: _ClassVar[int]
    START_AFTER_FIELD_NUMBER: _ClassVar[int]
    ENCODING_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    pipeline: _containers.RepeatedCompositeFieldContainer[BsonDocument]
    full_document: FullDocument
    full_document_before_change: FullDocumentBeforeChange
    resume_after: str
    start_after: str
    encoding: DocumentEncoding
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., pipeline: _Optional[_Iterable[_Union[BsonDocument, _Mapping]]] = ..., full_document: _Optional[_Union[FullDocument, str]] = ..., full_document_before_change: _Optional[_Union[FullDocumentBeforeChange, str]] = ..., resume_after: _Optional[str] = ..., start_after: _Optional[str] = ..., encoding: _Optional[_Union[DocumentEncoding, str]] = ...) -> None: ...

class WatchChangesResponse(_message.Message):
    __slots__ = ("ready", "change", "resume_token")
    READY_FIELD_NUMBER: _ClassVar[int]
    CHANGE_FIELD_NUMBER: _ClassVar[int]
    RESUME_TOKEN_FIELD_NUMBER: _ClassVar[int]
    ready: WatchChangesReady
    change: BsonDocument
    resume_token: str
    def __init__(self, ready: _Optional[_Union[WatchChangesReady, _Mapping]] = ..., change: _Optional[_Union[BsonDocument, _Mapping]] = ..., resume_token: _Optional[str] = ...) -> None: ...

class WatchChangesReady(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AggregateRequest(_message.Message):
    __slots__ = ("target", "pipeline", "allow_disk_use", "hint", "collation", "encoding")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    PIPELINE_FIELD_NUMBER: _ClassVar[int]
    ALLOW_DISK_USE_FIELD_NUMBER: _ClassVar[int]
    HINT_FIELD_NUMBER: _ClassVar[int]
    COLLATION_FIELD_NUMBER: _ClassVar[int]
    ENCODING_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    pipeline: _containers.RepeatedCompositeFieldContainer[BsonDocument]
    allow_disk_use: bool
    hint: BsonDocument
    collation: BsonDocument
    encoding: DocumentEncoding
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., pipeline: _Optional[_Iterable[_Union[BsonDocument, _Mapping]]] = ..., allow_disk_use: _Optional[bool] = ..., hint: _Optional[_Union[BsonDocument, _Mapping]] = ..., collation: _Optional[_Union[BsonDocument, _Mapping]] = ..., encoding: _Optional[_Union[DocumentEncoding, str]] = ...) -> None: ...

class AggregateResponse(_message.Message):
    __slots__ = ("documents",)
    DOCUMENTS_FIELD_NUMBER: _ClassVar[int]
    documents: _containers.RepeatedCompositeFieldContainer[BsonDocument]
    def __init__(self, documents: _Optional[_Iterable[_Union[BsonDocument, _Mapping]]] = ...) -> None: ...

class AggregateStreamRequest(_message.Message):
    __slots__ = ("target", "pipeline", "allow_disk_use", "hint", "collation", "batch_size", "encoding")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    PIPELINE_FIELD_NUMBER: _ClassVar[int]
    ALLOW_DISK_USE_FIELD_NUMBER: _ClassVar[int]
    HINT_FIELD_NUMBER: _ClassVar[int]
    COLLATION_FIELD_NUMBER: _ClassVar[int]
    BATCH_SIZE_FIELD_NUMBER: _ClassVar[int]
    ENCODING_FIELD_NUMBER: _ClassVar[int]
    target: _target_pb2.Target
    pipeline: _containers.RepeatedCompositeFieldContainer[BsonDocument]
    allow_disk_use: bool
    hint: BsonDocument
    collation: BsonDocument
    batch_size: int
    encoding: DocumentEncoding
    def __init__(self, target: _Optional[_Union[_target_pb2.Target, _Mapping]] = ..., pipeline: _Optional[_Iterable[_Union[BsonDocument, _Mapping]]] = ..., allow_disk_use: _Optional[bool] = ..., hint: _Optional[_Union[BsonDocument, _Mapping]] = ..., collation: _Optional[_Union[BsonDocument, _Mapping]] = ..., batch_size: _Optional[int] = ..., encoding: _Optional[_Union[DocumentEncoding, str]] = ...) -> None: ...

class AggregateStreamResponse(_message.Message):
    __slots__ = ("documents",)
    DOCUMENTS_FIELD_NUMBER: _ClassVar[int]
    documents: _containers.RepeatedCompositeFieldContainer[BsonDocument]
    def __init__(self, documents: _Optional[_Iterable[_Union[BsonDocument, _Mapping]]] = ...) -> None: ...
