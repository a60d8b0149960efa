"""An ordered document, for backends that compare fields in order."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any


class Document(Mapping[str, Any]):
    """A nested document whose field order matters (``DocumentValue``).

    A plain ``dict`` is written as a ``MapValue``: Python compares dicts
    without regard to order, which is what a map means. Where order is part of
    the value (a MongoDB compound ``_id``, embedded-document equality), use a
    Document, which compares equal only to a document with the same fields in
    the same order. Documents are read back as Documents.
    """

    __slots__ = ("_fields",)

    def __init__(self, fields: Mapping[str, Any] | Iterable[tuple[str, Any]] = (), /, **named: Any) -> None:
        pairs = list(fields.items() if isinstance(fields, Mapping) else fields) + list(named.items())
        self._fields = dict(pairs)
        if len(self._fields) != len(pairs):
            raise ValueError("a document's field names are unique")

    def __getitem__(self, name: str) -> Any:
        return self._fields[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._fields)

    def __len__(self) -> int:
        return len(self._fields)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Document):
            return list(self.items()) == list(other.items())
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self._fields))

    def __repr__(self) -> str:
        return f"Document({self._fields!r})"
