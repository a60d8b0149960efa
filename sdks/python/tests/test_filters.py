"""The filter builder builds the dbx.v1.Filter it reads as."""

from __future__ import annotations

import datetime

from dbx.v1 import filter_pb2
from dbx_client import all_of, field, none_of


def test_comparisons_and_combinators() -> None:
    built = ((field("big") > 1000) & (field("day") == datetime.date(1815, 12, 10))).to_proto()
    assert [f.field.op for f in built.all_of.filters] == [filter_pb2.OPERATOR_GT, filter_pb2.OPERATOR_EQ]
    assert built.all_of.filters[0].field.value.int_value == 1000
    assert built.all_of.filters[1].field.value.date_value.year == 1815

    either = (field("a") < 1) | ~field("b").is_in([1, 2])
    proto = either.to_proto()
    assert proto.any_of.filters[1].none_of.filters[0].field.op == filter_pb2.OPERATOR_IN
    assert len(proto.any_of.filters[1].none_of.filters[0].field.values) == 2


def test_null_equality_and_array_operators() -> None:
    assert (field("x") == None).to_proto().field.value.HasField("null_value")  # noqa: E711
    match = field("tags").element_match(field("").startswith("a")).to_proto().field
    assert match.op == filter_pb2.OPERATOR_ELEMENT_MATCH and match.element.field.op == filter_pb2.OPERATOR_PREFIX
    assert all_of().to_proto().HasField("all_of")
    assert none_of(field("x").exists()).to_proto().none_of.filters[0].field.op == filter_pb2.OPERATOR_EXISTS
