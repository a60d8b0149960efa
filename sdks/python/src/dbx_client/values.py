"""Python values to and from ``dbx.v1.TypedValue``, both ways without loss.

Written as              Kind                Read as
None                    null_value          None
bool                    bool_value          bool
int (64-bit)            int_value           int
float                   double_value        float
str                     string_value        str
bytes, bytearray        bytes_value         bytes
decimal.Decimal         decimal_value       decimal.Decimal (same digits and exponent)
aware datetime          timestamp_value     Timestamp (nanoseconds)
Timestamp               timestamp_value     Timestamp
datetime.date           date_value          datetime.date
datetime.time, TimeOfDay time_value         TimeOfDay (nanoseconds)
naive datetime          datetime_value      LocalDateTime (nanoseconds)
timedelta, Interval     interval_value      Interval
list, tuple             array_value         list
dict (any Mapping)      map_value           dict
Document                document_value      Document (field order kept)
Json                    json_value          Json (the text as written)
ObjectId                object_id_value     ObjectId
Native                  native_value        Native

Anything else is refused with TypeError, never converted to something close.
"""

from __future__ import annotations

import datetime
import decimal
from collections.abc import Mapping
from typing import Any

from dbx.v1 import value_pb2
from dbx_client.document import Document
from dbx_client.interval import Interval
from dbx_client.json_text import Json
from dbx_client.local_datetime import LocalDateTime
from dbx_client.native import Native
from dbx_client.object_id import ObjectId
from dbx_client.time_of_day import TimeOfDay
from dbx_client.timestamp import Timestamp

TypedValue = value_pb2.TypedValue
_INT64 = range(-(2**63), 2**63)


def to_value(value: Any) -> value_pb2.TypedValue:
    """The TypedValue of a Python value (see the module's table)."""
    # bool before int (bool is an int) and datetime before date (likewise).
    match value:
        case value_pb2.TypedValue():
            return value
        case None:
            return TypedValue(null_value="NULL_VALUE")
        case bool():
            return TypedValue(bool_value=value)
        case int():
            if value not in _INT64:
                raise ValueError(f"{value} does not fit in a 64-bit integer")
            return TypedValue(int_value=value)
        case float():
            return TypedValue(double_value=value)
        case str():
            return TypedValue(string_value=value)
        case bytes() | bytearray() | memoryview():
            return TypedValue(bytes_value=bytes(value))
        case decimal.Decimal():
            if value.is_snan():
                raise ValueError("a signalling NaN decimal has no DBX form")
            return TypedValue(decimal_value=value_pb2.DecimalValue(value=str(value)))
        case datetime.datetime() if value.tzinfo is not None and value.utcoffset() is not None:
            return TypedValue(timestamp_value=Timestamp.from_datetime(value).to_proto())
        case datetime.datetime():
            return TypedValue(datetime_value=LocalDateTime.from_datetime(value).to_proto())
        case datetime.date():
            return TypedValue(date_value=value_pb2.DateValue(year=value.year, month=value.month, day=value.day))
        case datetime.time():
            return TypedValue(time_value=TimeOfDay.from_time(value).to_proto())
        case datetime.timedelta():
            return TypedValue(interval_value=Interval.from_timedelta(value).to_proto())
        case Timestamp():
            return TypedValue(timestamp_value=value.to_proto())
        case TimeOfDay():
            return TypedValue(time_value=value.to_proto())
        case LocalDateTime():
            return TypedValue(datetime_value=value.to_proto())
        case Interval():
            return TypedValue(interval_value=value.to_proto())
        case Json():
            return TypedValue(json_value=value.text)
        case ObjectId():
            return TypedValue(object_id_value=value.hex)
        case Native():
            return TypedValue(native_value=value.to_proto())
        case Document():
            fields = [value_pb2.DocumentField(name=name, value=to_value(item)) for name, item in value.items()]
            return TypedValue(document_value=value_pb2.DocumentValue(fields=fields))
        case Mapping():
            return TypedValue(map_value=value_pb2.MapValue(fields=to_fields(value)))
        case list() | tuple():
            return TypedValue(array_value=value_pb2.ArrayValue(values=[to_value(item) for item in value]))
    raise TypeError(
        f"{type(value).__qualname__} has no DBX kind; convert it first "
        "(see dbx_client.values for the types the SDK writes)"
    )


def to_fields(mapping: Mapping[str, Any]) -> dict[str, value_pb2.TypedValue]:
    fields: dict[str, value_pb2.TypedValue] = {}
    for name, item in mapping.items():
        if not isinstance(name, str):
            raise TypeError(f"field names are strings, not {type(name).__qualname__}")
        fields[name] = to_value(item)
    return fields


def from_value(value: value_pb2.TypedValue) -> Any:
    """The Python value of a TypedValue (see the module's table)."""
    kind = value.WhichOneof("kind")
    match kind:
        case "null_value":
            return None
        case "bool_value":
            return value.bool_value
        case "int_value":
            return value.int_value
        case "double_value":
            return value.double_value
        case "string_value":
            return value.string_value
        case "bytes_value":
            return value.bytes_value
        case "timestamp_value":
            return Timestamp.from_proto(value.timestamp_value)
        case "decimal_value":
            return decimal.Decimal(value.decimal_value.value)
        case "array_value":
            return [from_value(item) for item in value.array_value.values]
        case "map_value":
            return {name: from_value(item) for name, item in value.map_value.fields.items()}
        case "json_value":
            return Json(value.json_value)
        case "date_value":
            date = value.date_value
            return datetime.date(date.year, date.month, date.day)
        case "time_value":
            return TimeOfDay.from_proto(value.time_value)
        case "datetime_value":
            return LocalDateTime.from_proto(value.datetime_value)
        case "interval_value":
            return Interval.from_proto(value.interval_value)
        case "object_id_value":
            return ObjectId(value.object_id_value)
        case "document_value":
            return Document((field.name, from_value(field.value)) for field in value.document_value.fields)
        case "native_value":
            return Native.from_proto(value.native_value)
    raise ValueError(f"a TypedValue without a kind the SDK knows ({kind!r})")
