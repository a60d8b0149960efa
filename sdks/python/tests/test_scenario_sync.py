"""sdks/SCENARIO.md, steps 1 to 9, with the sync client over gRPC: three runs
(conftest.run), on the plain server and with the admin JWT and API key on
the authenticated one."""

from __future__ import annotations

import datetime
from collections.abc import Iterator

import grpc
import pytest

import dbx_client
from dbx_client import ChangeType, DbxError, ErrorReason, field
from scenario import ADA, AT, DAY, Person, Run, assert_ada, items_table, people_table

PROTOCOL = "grpc"


@pytest.fixture(scope="module")
def client(run: Run) -> Iterator[dbx_client.Client]:
    # Step 1: one call from the URL, with a default deadline per call (and,
    # on the authenticated server, the admin JWT or API key).
    with dbx_client.connect(run.url, timeout=10, token=run.token, api_key=run.api_key) as client:
        yield client


def test_1_2_capabilities(client: dbx_client.Client) -> None:
    caps = client.capabilities()
    assert "stream.watch" in caps and caps.has("transaction.interactive")
    assert not caps.has("value.interval")


def test_3_create_table(client: dbx_client.Client, run: Run) -> None:
    assert client.sql.create_table(people_table(run.protocol)).created


def test_4_write_and_read_back(client: dbx_client.Client, run: Run) -> None:
    client.put(run.people, "ada", ADA)
    assert_ada(client.get(run.people, "ada"))

    # Once more through a dataclass, both ways.
    person = client.get(run.people, "ada", as_type=Person)
    assert isinstance(person, Person)
    assert_ada(vars(person))
    client.put(run.people, "ada", person)
    assert client.get(run.people, "ada", as_type=Person) == person


def test_5_find_with_the_filter_builder(client: dbx_client.Client, run: Run) -> None:
    client.put(run.people, "bob", {**ADA, "id": "bob", "big": 1})
    found = list(client.find(run.people, (field("big") > 1000) & (field("day") == DAY)))
    assert [record["id"] for record in found] == ["ada"]


def test_6_paginate_and_stream(client: dbx_client.Client, run: Run) -> None:
    client.sql.create_table(items_table(run.protocol))
    written = client.put_many(run.items, ((n, {"id": n, "n": n * 10}) for n in range(1, 251)))
    assert len(written.results) == 250

    pages = list(client.find_pages(run.items, sort=["id"], page_size=100))
    assert [len(page.records) for page in pages] == [100, 100, 50]
    assert [record["id"] for page in pages for record in page.records] == list(range(1, 251))
    assert [record["n"] for record in client.find(run.items, sort=["id"], page_size=100)] == [n * 10 for n in range(1, 251)]

    with client.find_stream(run.items, sort=["id"], batch_size=100) as records:
        assert [record["id"] for record in records] == list(range(1, 251))


def test_7_watch(client: dbx_client.Client, run: Run) -> None:
    with client.watch(run.people, timeout=20) as changes:
        client.put(run.people, "cy", {**ADA, "id": "cy"})
        change = next(changes)
        assert change.type == ChangeType.CHANGE_TYPE_INSERT
        assert change.key == "cy"
        assert change.record is not None and change.record["at"] == AT


def test_8_transaction_rolls_back_unless_committed(client: dbx_client.Client, run: Run) -> None:
    with client.transaction() as tx:
        client.put(run.people, "tx", {**ADA, "id": "tx"}, transaction=tx)
        assert client.get(run.people, "tx", transaction=tx)["id"] == "tx"
    with pytest.raises(DbxError) as raised:
        client.get(run.people, "tx")
    assert raised.value.code == grpc.StatusCode.NOT_FOUND
    assert raised.value.reason == ErrorReason.ERROR_REASON_NOT_FOUND


def test_9_typed_errors(client: dbx_client.Client, run: Run) -> None:
    with pytest.raises(DbxError) as unsupported:
        client.put(run.people, "iv", {"id": "iv", "doc": datetime.timedelta(days=1, microseconds=5)})
    error = unsupported.value
    assert error.code == grpc.StatusCode.UNIMPLEMENTED
    assert error.reason == ErrorReason.ERROR_REASON_UNSUPPORTED
    assert error.domain == "dbx.dev"
    assert error.metadata["capability"] == "value.interval"
    assert not error.retryable and not dbx_client.is_retryable(error)

    with pytest.raises(DbxError) as invalid:
        client.get("", "ada")
    error = invalid.value
    assert error.code == grpc.StatusCode.INVALID_ARGUMENT
    assert error.reason == ErrorReason.ERROR_REASON_INVALID_FIELD
    assert error.metadata["field"] == "target.collection"
    assert error.field == "target.collection"
    assert not dbx_client.is_retryable(error)

    assert dbx_client.is_retryable(DbxError(grpc.StatusCode.UNAVAILABLE, "down"))
    assert dbx_client.is_retryable(DbxError(grpc.StatusCode.ABORTED, "serialization failure"))
    assert dbx_client.is_retryable(DbxError(grpc.StatusCode.RESOURCE_EXHAUSTED, "slow down", reason=ErrorReason.ERROR_REASON_RATE_LIMITED))
    assert not dbx_client.is_retryable(DbxError(grpc.StatusCode.RESOURCE_EXHAUSTED, "too large", reason=ErrorReason.ERROR_REASON_REQUEST_TOO_LARGE))
