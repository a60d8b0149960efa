"""Records (``dbx.v1.Item``) to and from dicts and dataclasses."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any, TypeVar

from dbx.v1 import value_pb2
from dbx_client.values import from_value, to_fields

T = TypeVar("T")

Record = Mapping[str, Any]


def to_item(record: Record | object) -> value_pb2.Item:
    """An Item from a mapping of field names to values, or from a dataclass
    instance (its fields by name; nested dataclasses are not unpacked)."""
    if isinstance(record, Mapping):
        return value_pb2.Item(fields=to_fields(record))
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        fields = {field.name: getattr(record, field.name) for field in dataclasses.fields(record)}
        return value_pb2.Item(fields=to_fields(fields))
    raise TypeError(f"a record is a mapping or a dataclass instance, not {type(record).__qualname__}")


def from_item(item: value_pb2.Item) -> dict[str, Any]:
    """The record as a dict of Python values (dbx_client.values)."""
    return {name: from_value(value) for name, value in item.fields.items()}


def from_item_as(item: value_pb2.Item, as_type: type[T]) -> T:
    """The record as an instance of a dataclass: each field from the record's
    field of the same name; record fields the dataclass lacks are left out,
    and a missing field without a default is a TypeError."""
    if not (dataclasses.is_dataclass(as_type) and isinstance(as_type, type)):
        raise TypeError(f"as_type must be a dataclass, not {as_type!r}")
    names = {field.name for field in dataclasses.fields(as_type) if field.init}
    values = {name: from_value(value) for name, value in item.fields.items() if name in names}
    return as_type(**values)
