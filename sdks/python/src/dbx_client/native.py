"""A database type DBX has no kind for, carried as the database writes it."""

from __future__ import annotations

from dataclasses import dataclass

from dbx.v1 import value_pb2


@dataclass(frozen=True)
class Native:
    """A value of a database type (``uuid``, ``inet``, ``int4range``...) in
    its text form or, for types without one, its binary form."""

    type_name: str
    text: str | None = None
    binary: bytes | None = None

    def __post_init__(self) -> None:
        if (self.text is None) == (self.binary is None):
            raise ValueError("a Native value has exactly one of text and binary")

    @classmethod
    def from_proto(cls, message: value_pb2.NativeValue) -> Native:
        if message.WhichOneof("representation") == "binary":
            return cls(message.type_name, binary=message.binary)
        return cls(message.type_name, text=message.text)

    def to_proto(self) -> value_pb2.NativeValue:
        if self.binary is not None:
            return value_pb2.NativeValue(type_name=self.type_name, binary=self.binary)
        return value_pb2.NativeValue(type_name=self.type_name, text=self.text)
