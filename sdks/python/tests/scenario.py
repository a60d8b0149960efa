"""The values and tables of sdks/SCENARIO.md, shared by the sync and asyncio runs."""

from __future__ import annotations

import datetime
import decimal
import json
from dataclasses import dataclass

from dbx.sql.v1 import schema_pb2, sql_pb2
from dbx.v1 import target_pb2
from dbx_client import Json, Timestamp

BIG = 9223372036854775807
RAW = bytes([0x00, 0xFF, 0x00, 0x80, 0xFF])
AT = Timestamp.parse("2024-05-01T12:34:56.123456789Z")
AMOUNT = decimal.Decimal("12345678901234567890.1234567890")
DAY = datetime.date(1815, 12, 10)
DOC = {"zeta": 1, "alpha": {"y": True, "x": [1, "two", None]}, "mid": "m"}

ADA = {"id": "ada", "big": BIG, "raw": RAW, "at": AT, "amount": AMOUNT, "day": DAY, "doc": Json.dumps(DOC)}


@dataclass(frozen=True)
class AuthServer:
    """``node sdks/test-server.mjs --auth``: its URL and the credentials it made
    (``jwt``: admin, reader, expired; ``api_key``: admin, reader)."""

    url: str
    jwt: dict[str, str]
    api_key: dict[str, str]

    @classmethod
    def from_json(cls, url: str, credentials: str) -> AuthServer:
        made = json.loads(credentials)
        return cls(url, dict(made["jwt"]), dict(made["apiKey"]))


@dataclass(frozen=True)
class Run:
    """One run of the scenario: the server, the client's credential, and the
    suffix of its tables (``grpc``, ``grpc_jwt``, ``grpc_aio_key``...)."""

    protocol: str
    url: str
    token: str | None = None
    api_key: str | None = None

    @property
    def people(self) -> str:
        return f"people_{self.protocol}"

    @property
    def items(self) -> str:
        return f"items_{self.protocol}"


@dataclass
class Person:
    id: str
    big: int
    raw: bytes
    at: Timestamp
    amount: decimal.Decimal
    day: datetime.date
    doc: Json


def people_table(protocol: str) -> sql_pb2.CreateTableRequest:
    column = schema_pb2.ColumnDefinition
    return sql_pb2.CreateTableRequest(
        target=target_pb2.Target(collection=f"people_{protocol}"),
        columns=[
            column(name="id", type=schema_pb2.COLUMN_TYPE_STRING),
            column(name="big", type=schema_pb2.COLUMN_TYPE_INT64),
            column(name="raw", type=schema_pb2.COLUMN_TYPE_BYTES),
            column(name="at", type=schema_pb2.COLUMN_TYPE_TIMESTAMP),
            column(name="amount", type=schema_pb2.COLUMN_TYPE_DECIMAL),
            column(name="day", type=schema_pb2.COLUMN_TYPE_DATE),
            column(name="doc", type=schema_pb2.COLUMN_TYPE_JSON),
        ],
        primary_key=["id"],
    )


def items_table(protocol: str) -> sql_pb2.CreateTableRequest:
    column = schema_pb2.ColumnDefinition
    return sql_pb2.CreateTableRequest(
        target=target_pb2.Target(collection=f"items_{protocol}"),
        columns=[
            column(name="id", type=schema_pb2.COLUMN_TYPE_INT64),
            column(name="n", type=schema_pb2.COLUMN_TYPE_INT64),
        ],
        primary_key=["id"],
    )


def assert_ada(record: dict[str, object]) -> None:
    """Every field exactly as written: no double, every byte and digit, key order."""
    assert record["id"] == "ada"
    assert type(record["big"]) is int and record["big"] == BIG
    assert record["raw"] == RAW
    assert record["at"] == AT and record["at"] == Timestamp(1714566896, 123456789)
    amount = record["amount"]
    assert isinstance(amount, decimal.Decimal)
    assert str(amount) == "12345678901234567890.1234567890" and amount.as_tuple().exponent == -10
    assert record["day"] == DAY
    doc = record["doc"]
    assert isinstance(doc, Json)
    parsed = doc.loads()
    assert parsed == DOC
    assert list(parsed) == ["zeta", "alpha", "mid"] and list(parsed["alpha"]) == ["y", "x"]
