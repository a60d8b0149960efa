from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Optional as _Optional

DESCRIPTOR: _descriptor.FileDescriptor

class Target(_message.Message):
    __slots__ = ("backend", "namespace", "collection")
    BACKEND_FIELD_NUMBER: _ClassVar[int]
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    COLLECTION_FIELD_NUMBER: _ClassVar[int]
    backend: str
    namespace: str
    collection: str
    def __init__(self, backend: _Optional[str] = ..., namespace: _Optional[str] = ..., collection: _Optional[str] = ...) -> None: ...
