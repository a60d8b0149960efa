"""sdks/SCENARIO.md, steps 10 and 11 (UNAUTHENTICATED, PERMISSION_DENIED), and
ApiKeyService, against the authenticated test server (``--auth``), with the
sync and the asyncio client over gRPC. Steps 1 to 9 with the admin JWT and API
key are the ``jwt`` and ``key`` runs of test_scenario_sync.py and
test_scenario_aio.py."""

from __future__ import annotations

from collections.abc import Iterator

import grpc
import pytest

import dbx_client
import dbx_client.aio
from dbx.v1 import api_keys_pb2
from dbx_client import DbxError, ErrorReason, services
from dbx_client.aio import services as aio_services
from dbx_client.call_options import CallOptions
from scenario import ADA, AuthServer, assert_ada, people_table

PROTOCOL = "grpc_auth"
PEOPLE = f"people_{PROTOCOL}"


def assert_unauthenticated(error: DbxError, scheme: str | None) -> None:
    assert error.code == grpc.StatusCode.UNAUTHENTICATED
    assert error.reason == ErrorReason.ERROR_REASON_UNAUTHENTICATED
    assert error.domain == "dbx.dev"
    assert error.metadata.get("scheme") == scheme
    assert not error.retryable and not dbx_client.is_retryable(error)


def assert_permission_denied(error: DbxError, group: str) -> None:
    assert error.code == grpc.StatusCode.PERMISSION_DENIED
    assert error.reason == ErrorReason.ERROR_REASON_PERMISSION_DENIED
    assert error.domain == "dbx.dev"
    assert error.metadata["group"] == group
    assert not error.retryable and not dbx_client.is_retryable(error)


@pytest.fixture(scope="module")
def admin(auth_server: AuthServer) -> Iterator[dbx_client.Client]:
    """The admin, by API key; makes the table the reader reads, with "ada" in it."""
    with dbx_client.connect(auth_server.url, timeout=10, api_key=auth_server.api_key["admin"]) as client:
        client.sql.create_table(people_table(PROTOCOL))
        client.put(PEOPLE, "ada", ADA)
        yield client


def connect_as(auth: AuthServer, role: str, credential: str) -> dbx_client.Client:
    """A client with ``role``'s JWT (``credential`` "jwt") or API key ("key")."""
    if credential == "jwt":
        return dbx_client.connect(auth.url, timeout=10, token=auth.jwt[role])
    return dbx_client.connect(auth.url, timeout=10, api_key=auth.api_key[role])


def test_every_service_has_a_typed_client() -> None:
    with dbx_client.Client(grpc.insecure_channel("127.0.0.1:1"), CallOptions()) as client:
        typed = {type(value).__name__ for value in vars(client).values()}
    assert set(services.__all__) <= typed
    assert isinstance(client.api_keys, services.ApiKeyService)


@pytest.mark.asyncio(loop_scope="module")
async def test_every_service_has_a_typed_asyncio_client() -> None:
    async with dbx_client.aio.AsyncClient(grpc.aio.insecure_channel("127.0.0.1:1"), CallOptions()) as client:
        typed = {type(value).__name__ for value in vars(client).values()}
    assert set(aio_services.__all__) <= typed
    assert isinstance(client.api_keys, aio_services.ApiKeyService)


# Step 10 ---------------------------------------------------------------------


def test_10_unauthenticated_without_a_credential(auth_server: AuthServer, admin: dbx_client.Client) -> None:
    with dbx_client.connect(auth_server.url, timeout=10) as anonymous:
        with pytest.raises(DbxError) as raised:
            anonymous.get(PEOPLE, "ada")
        assert_unauthenticated(raised.value, None)

        # A stream is refused the same way, as the same typed error.
        with pytest.raises(DbxError) as raised:
            anonymous.watch(PEOPLE, timeout=10)
        assert_unauthenticated(raised.value, None)


def test_10_unauthenticated_with_an_expired_jwt(auth_server: AuthServer, admin: dbx_client.Client) -> None:
    with dbx_client.connect(auth_server.url, timeout=10, token=auth_server.jwt["expired"]) as expired:
        with pytest.raises(DbxError) as raised:
            expired.get(PEOPLE, "ada")
        assert_unauthenticated(raised.value, "bearer")
        assert "expired" in raised.value.message


def test_10_unauthenticated_with_an_unknown_api_key(auth_server: AuthServer, admin: dbx_client.Client) -> None:
    with dbx_client.connect(auth_server.url, timeout=10, api_key="dbx_0000000000000000_nope") as unknown:
        with pytest.raises(DbxError) as raised:
            unknown.get(PEOPLE, "ada")
        assert_unauthenticated(raised.value, "api_key")


# Step 11 ---------------------------------------------------------------------


@pytest.mark.parametrize("credential", ["key", "jwt"])
def test_11_the_reader_reads_and_may_not_write(
    auth_server: AuthServer, admin: dbx_client.Client, credential: str
) -> None:
    with connect_as(auth_server, "reader", credential) as client:
        assert_ada(client.get(PEOPLE, "ada"))
        with pytest.raises(DbxError) as missing:
            client.get(PEOPLE, "nobody")
        assert missing.value.reason == ErrorReason.ERROR_REASON_NOT_FOUND

        with pytest.raises(DbxError) as raised:
            client.put(PEOPLE, "eve", {**ADA, "id": "eve"})
        assert_permission_denied(raised.value, "write")

        # ApiKeyService needs the admin permission.
        with pytest.raises(DbxError) as raised:
            client.api_keys.list_api_keys(api_keys_pb2.ListApiKeysRequest())
        assert raised.value.code == grpc.StatusCode.PERMISSION_DENIED
        assert raised.value.reason == ErrorReason.ERROR_REASON_PERMISSION_DENIED

    with pytest.raises(DbxError) as gone:
        admin.get(PEOPLE, "eve")
    assert gone.value.reason == ErrorReason.ERROR_REASON_NOT_FOUND


# ApiKeyService ---------------------------------------------------------------


@pytest.mark.parametrize("credential", ["jwt", "key"])
def test_list_api_keys_as_admin(auth_server: AuthServer, credential: str) -> None:
    with connect_as(auth_server, "admin", credential) as client:
        keys = client.api_keys.list_api_keys(api_keys_pb2.ListApiKeysRequest()).keys
    listed = {(key.name, key.role) for key in keys}
    assert {("sdk tests admin", "admin"), ("sdk tests reader", "reader")} <= listed
    assert all(key.id and key.HasField("create_time") for key in keys)


# The same with the asyncio client ----------------------------------------------


@pytest.mark.asyncio(loop_scope="module")
async def test_aio_10_unauthenticated(auth_server: AuthServer, admin: dbx_client.Client) -> None:
    async with dbx_client.aio.connect(auth_server.url, timeout=10) as anonymous:
        with pytest.raises(DbxError) as raised:
            await anonymous.get(PEOPLE, "ada")
        assert_unauthenticated(raised.value, None)
    async with dbx_client.aio.connect(auth_server.url, timeout=10, token=auth_server.jwt["expired"]) as expired:
        with pytest.raises(DbxError) as raised:
            await expired.get(PEOPLE, "ada")
        assert_unauthenticated(raised.value, "bearer")


@pytest.mark.asyncio(loop_scope="module")
async def test_aio_11_permission_denied(auth_server: AuthServer, admin: dbx_client.Client) -> None:
    async with dbx_client.aio.connect(auth_server.url, timeout=10, api_key=auth_server.api_key["reader"]) as reader:
        assert_ada(await reader.get(PEOPLE, "ada"))
        with pytest.raises(DbxError) as raised:
            await reader.put(PEOPLE, "eve", {**ADA, "id": "eve"})
        assert_permission_denied(raised.value, "write")


@pytest.mark.asyncio(loop_scope="module")
async def test_aio_list_api_keys_as_admin(auth_server: AuthServer) -> None:
    async with dbx_client.aio.connect(auth_server.url, timeout=10, token=auth_server.jwt["admin"]) as client:
        keys = (await client.api_keys.list_api_keys(api_keys_pb2.ListApiKeysRequest())).keys
    assert {("sdk tests admin", "admin"), ("sdk tests reader", "reader")} <= {(key.name, key.role) for key in keys}
