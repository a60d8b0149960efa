"""Value conversion without a server: every kind both ways, and refusals."""

from __future__ import annotations

import datetime
import decimal
from typing import Any

import pytest

from dbx.v1 import value_pb2
from dbx_client import (
    Document,
    Interval,
    Json,
    LocalDateTime,
    Native,
    ObjectId,
    TimeOfDay,
    Timestamp,
    from_item,
    from_item_as,
    from_value,
    to_item,
    to_value,
)

ROUND_TRIPS: list[Any] = [
    None,
    True,
    False,
    0,
    2**63 - 1,
    -(2**63),
    2**53 + 1,
    1.5,
    "text ✓",
    b"\x00\xff\x00\x80\xff",
    decimal.Decimal("12345678901234567890.1234567890"),
    decimal.Decimal("1.10"),
    decimal.Decimal("-0.000"),
    decimal.Decimal("1E+30"),
    decimal.Decimal("NaN"),
    decimal.Decimal("-Infinity"),
    datetime.date(1815, 12, 10),
    Timestamp.parse("2024-05-01T12:34:56.123456789Z"),
    Timestamp(-1, 999_999_999),
    TimeOfDay(23, 59, 59, 999_999_999),
    LocalDateTime(datetime.date(2024, 5, 1), TimeOfDay(12, 0, 0, 1)),
    Interval(months=-14, days=3, microseconds=2**62),
    Json('{"zeta":1,"alpha":2}'),
    ObjectId("65f0a1b2c3d4e5f6a7b8c9d0"),
    Native("uuid", text="1b4e28ba-2fa1-11d2-883f-0016d3cca427"),
    Native("geometry", binary=b"\x01\x02"),
    [1, "two", None, [b"x"]],
    {"b": 1, "a": {"nested": [True]}},
    Document([("zeta", 1), ("alpha", Document(y=True)), ("mid", "m")]),
]


@pytest.mark.parametrize("value", ROUND_TRIPS, ids=repr)
def test_round_trip_is_exact(value: Any) -> None:
    back = from_value(value_pb2.TypedValue.FromString(to_value(value).SerializeToString()))
    assert type(back) is type(value)
    if isinstance(value, decimal.Decimal):
        assert str(back) == str(value)  # same digits and exponent, NaN included
    else:
        assert back == value


def test_int64_goes_as_int_not_double() -> None:
    assert to_value(2**63 - 1).WhichOneof("kind") == "int_value"
    assert to_value(True).WhichOneof("kind") == "bool_value"


def test_python_stdlib_time_types_convert_to_their_kinds() -> None:
    aware = datetime.datetime(2024, 5, 1, 14, 34, 56, 123456, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
    assert from_value(to_value(aware)) == Timestamp.parse("2024-05-01T12:34:56.123456Z")
    assert from_value(to_value(aware)).to_datetime() == aware
    naive = datetime.datetime(2024, 5, 1, 12, 0, 0, 5)
    assert from_value(to_value(naive)).to_datetime() == naive
    assert from_value(to_value(datetime.time(1, 2, 3, 4))).to_time() == datetime.time(1, 2, 3, 4)
    assert from_value(to_value(datetime.timedelta(days=1, microseconds=5))) == Interval(microseconds=86_400_000_005)


def test_lossy_conversions_are_refused() -> None:
    with pytest.raises(ValueError):
        Timestamp(0, 1).to_datetime()
    with pytest.raises(ValueError):
        TimeOfDay(0, 0, 0, 1).to_time()
    with pytest.raises(ValueError):
        Interval(days=1).to_timedelta()


@pytest.mark.parametrize("value", [2**63, -(2**63) - 1, decimal.Decimal("sNaN")], ids=repr)
def test_out_of_range_values_are_refused(value: Any) -> None:
    with pytest.raises(ValueError):
        to_value(value)


@pytest.mark.parametrize("value", [object(), {1, 2}, complex(1, 2), {1: "non-string key"}], ids=repr)
def test_values_without_a_kind_are_refused(value: Any) -> None:
    with pytest.raises(TypeError):
        to_value(value)


def test_document_keeps_order_and_compares_by_it() -> None:
    document = Document([("b", 1), ("a", 2)])
    assert list(document) == ["b", "a"]
    assert document != Document([("a", 2), ("b", 1)])
    assert dict(document) == {"a": 2, "b": 1}
    with pytest.raises(ValueError):
        Document([("a", 1), ("a", 2)])


def test_json_keeps_text_and_key_order() -> None:
    document = {"zeta": 1, "alpha": {"y": True, "x": [1, "two", None]}, "mid": "m"}
    text = Json.dumps(document)
    assert list(text.loads()) == ["zeta", "alpha", "mid"]
    assert Json('{ "spaced" : 1 }').text == '{ "spaced" : 1 }'


def test_invalid_object_ids_are_refused() -> None:
    for text in ("65F0A1B2C3D4E5F6A7B8C9D0", "abc", "g" * 24):
        with pytest.raises(ValueError):
            ObjectId(text)


def test_records_from_dicts_and_dataclasses() -> None:
    import dataclasses

    @dataclasses.dataclass
    class Point:
        x: int
        y: int = 0

    item = to_item(Point(1, 2))
    assert from_item(item) == {"x": 1, "y": 2}
    assert from_item_as(to_item({"x": 5, "extra": "ignored"}), Point) == Point(5)
    with pytest.raises(TypeError):
        to_item(["not", "a", "record"])
