"""A filter builder: Python comparisons that build a ``dbx.v1.Filter``.

    from dbx_client import field

    adults_named_a = (field("age") >= 18) & field("name").startswith("A")
    query_filter = adults_named_a.to_proto()

Comparisons of a ``field`` give a ``Condition``; ``&``, ``|`` and ``~``
combine conditions (as in SQLAlchemy or pandas, so mind the parentheses:
``&`` binds tighter than ``>``), as do ``all_of``, ``any_of`` and ``none_of``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from dbx.v1 import filter_pb2
from dbx_client.values import to_value

Operator = filter_pb2.Operator


class Condition:
    """A filter; ``to_proto()`` gives the ``dbx.v1.Filter`` to send."""

    __slots__ = ("_proto",)

    def __init__(self, proto: filter_pb2.Filter) -> None:
        self._proto = proto

    def to_proto(self) -> filter_pb2.Filter:
        return self._proto

    def __and__(self, other: Condition) -> Condition:
        return all_of(self, other)

    def __or__(self, other: Condition) -> Condition:
        return any_of(self, other)

    def __invert__(self) -> Condition:
        return none_of(self)

    def __repr__(self) -> str:
        return f"Condition({self._proto})"


class Field:
    """A field of the records, by name; dots reach into nested documents
    (``"address.city"``) where the backend supports it."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def _compare(self, op: filter_pb2.Operator, value: Any = None, values: Iterable[Any] = ()) -> Condition:
        comparison = filter_pb2.FieldFilter(field=self.name, op=op, values=[to_value(item) for item in values])
        if value is not None:
            comparison.value.CopyFrom(to_value(value))
        return Condition(filter_pb2.Filter(field=comparison))

    # A builder's == gives a condition, not a bool, as in SQLAlchemy.
    def __eq__(self, value: Any) -> Condition:  # type: ignore[override]
        return self._compare(filter_pb2.OPERATOR_EQ, to_value(value))

    def __ne__(self, value: Any) -> Condition:  # type: ignore[override]
        return self._compare(filter_pb2.OPERATOR_NE, to_value(value))

    __hash__ = None  # type: ignore[assignment]

    def __lt__(self, value: Any) -> Condition:
        return self._compare(filter_pb2.OPERATOR_LT, value)

    def __le__(self, value: Any) -> Condition:
        return self._compare(filter_pb2.OPERATOR_LTE, value)

    def __gt__(self, value: Any) -> Condition:
        return self._compare(filter_pb2.OPERATOR_GT, value)

    def __ge__(self, value: Any) -> Condition:
        return self._compare(filter_pb2.OPERATOR_GTE, value)

    def is_in(self, values: Iterable[Any]) -> Condition:
        return self._compare(filter_pb2.OPERATOR_IN, values=values)

    def not_in(self, values: Iterable[Any]) -> Condition:
        return self._compare(filter_pb2.OPERATOR_NOT_IN, values=values)

    def startswith(self, prefix: str) -> Condition:
        return self._compare(filter_pb2.OPERATOR_PREFIX, prefix)

    def contains(self, text: str) -> Condition:
        """A string field that contains ``text``."""
        return self._compare(filter_pb2.OPERATOR_CONTAINS, text)

    def exists(self) -> Condition:
        return self._compare(filter_pb2.OPERATOR_EXISTS)

    def missing(self) -> Condition:
        return self._compare(filter_pb2.OPERATOR_NOT_EXISTS)

    def contains_all(self, values: Iterable[Any]) -> Condition:
        """An array field that holds every one of ``values``."""
        return self._compare(filter_pb2.OPERATOR_CONTAINS_ALL, values=values)

    def has_size(self, size: int) -> Condition:
        """An array field with exactly ``size`` elements."""
        return self._compare(filter_pb2.OPERATOR_SIZE, size)

    def element_match(self, element: Condition) -> Condition:
        """An array field with an element that matches ``element``, whose field
        names are relative to the element (``field("")`` is the element itself)."""
        condition = self._compare(filter_pb2.OPERATOR_ELEMENT_MATCH)
        condition.to_proto().field.element.CopyFrom(element.to_proto())
        return condition


def field(name: str) -> Field:
    """The field ``name`` of the records, to compare: ``field("age") > 18``."""
    return Field(name)


def all_of(*conditions: Condition) -> Condition:
    """Every condition holds (an empty all_of matches every record)."""
    return Condition(filter_pb2.Filter(all_of=_list(conditions)))


def any_of(*conditions: Condition) -> Condition:
    return Condition(filter_pb2.Filter(any_of=_list(conditions)))


def none_of(*conditions: Condition) -> Condition:
    return Condition(filter_pb2.Filter(none_of=_list(conditions)))


def _list(conditions: Iterable[Condition]) -> filter_pb2.FilterList:
    return filter_pb2.FilterList(filters=[condition.to_proto() for condition in conditions])
