"""sdks/SCENARIO.md, steps 1 to 9, with the asyncio client over gRPC: three runs
(conftest.run), on the plain server and with the admin JWT and API key on
the authenticated one."""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator

import grpc
import pytest
import pytest_asyncio

import dbx_client
import dbx_client.aio
from dbx_client import ChangeType, DbxError, ErrorReason, field
from scenario import ADA, AT, DAY, Person, Run, assert_ada, items_table, people_table

# Its own tables on the shared server: the sync run uses the "grpc" suffix.
PROTOCOL = "grpc_aio"

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def client(run: Run) -> AsyncIterator[dbx_client.aio.AsyncClient]:
    # Step 1: one call from the URL, with a default deadline per call (and,
    # on the authenticated server, the admin JWT or API key).
    async with dbx_client.aio.connect(run.url, timeout=10, token=run.token, api_key=run.api_key) as client:
        yield client


async def test_1_2_capabilities(client: dbx_client.aio.AsyncClient) -> None:
    caps = await client.capabilities()
    assert "stream.watch" in caps and caps.has("transaction.interactive")
    assert not caps.has("value.interval")


async def test_3_create_table(client: dbx_client.aio.AsyncClient, run: Run) -> None:
    assert (await client.sql.create_table(people_table(run.protocol))).created


async def test_4_write_and_read_back(client: dbx_client.aio.AsyncClient, run: Run) -> None:
    await client.put(run.people, "ada", ADA)
    assert_ada(await client.get(run.people, "ada"))

    person = await client.get(run.people, "ada", as_type=Person)
    assert isinstance(person, Person)
    assert_ada(vars(person))
    await client.put(run.people, "ada", person)
    assert await client.get(run.people, "ada", as_type=Person) == person


async def test_5_find_with_the_filter_builder(client: dbx_client.aio.AsyncClient, run: Run) -> None:
    await client.put(run.people, "bob", {**ADA, "id": "bob", "big": 1})
    found = [record async for record in client.find(run.people, (field("big") > 1000) & (field("day") == DAY))]
    assert [record["id"] for record in found] == ["ada"]


async def test_6_paginate_and_stream(client: dbx_client.aio.AsyncClient, run: Run) -> None:
    await client.sql.create_table(items_table(run.protocol))
    written = await client.put_many(run.items, ((n, {"id": n, "n": n * 10}) for n in range(1, 251)))
    assert len(written.results) == 250

    pages = [page async for page in client.find_pages(run.items, sort=["id"], page_size=100)]
    assert [len(page.records) for page in pages] == [100, 100, 50]
    assert [record["id"] for page in pages for record in page.records] == list(range(1, 251))

    async with client.find_stream(run.items, sort=["id"], batch_size=100) as records:
        assert [record["id"] async for record in records] == list(range(1, 251))


async def test_7_watch(client: dbx_client.aio.AsyncClient, run: Run) -> None:
    async with await client.watch(run.people, timeout=20) as changes:
        await client.put(run.people, "cy", {**ADA, "id": "cy"})
        change = await anext(changes)
        assert change.type == ChangeType.CHANGE_TYPE_INSERT
        assert change.key == "cy"
        assert change.record is not None and change.record["at"] == AT


async def test_8_transaction_rolls_back_unless_committed(client: dbx_client.aio.AsyncClient, run: Run) -> None:
    async with client.transaction() as tx:
        await client.put(run.people, "tx", {**ADA, "id": "tx"}, transaction=tx)
        assert (await client.get(run.people, "tx", transaction=tx))["id"] == "tx"
    with pytest.raises(DbxError) as raised:
        await client.get(run.people, "tx")
    assert raised.value.code == grpc.StatusCode.NOT_FOUND
    assert raised.value.reason == ErrorReason.ERROR_REASON_NOT_FOUND


async def test_9_typed_errors(client: dbx_client.aio.AsyncClient, run: Run) -> None:
    with pytest.raises(DbxError) as unsupported:
        await client.put(run.people, "iv", {"id": "iv", "doc": datetime.timedelta(days=1, microseconds=5)})
    error = unsupported.value
    assert error.code == grpc.StatusCode.UNIMPLEMENTED
    assert error.reason == ErrorReason.ERROR_REASON_UNSUPPORTED
    assert error.domain == "dbx.dev"
    assert error.metadata["capability"] == "value.interval"
    assert not dbx_client.is_retryable(error)

    with pytest.raises(DbxError) as invalid:
        await client.get("", "ada")
    error = invalid.value
    assert error.code == grpc.StatusCode.INVALID_ARGUMENT
    assert error.reason == ErrorReason.ERROR_REASON_INVALID_FIELD
    assert error.metadata["field"] == "target.collection"
    assert not dbx_client.is_retryable(error)

    assert dbx_client.is_retryable(DbxError(grpc.StatusCode.UNAVAILABLE, "down"))
    assert dbx_client.is_retryable(DbxError(grpc.StatusCode.ABORTED, "serialization failure"))
