"""Transport behaviour DBX cannot be asked to show on demand: retries after
UNAVAILABLE, credentials on every call, deadlines and TLS with a custom CA.

DBX cannot be made to fail on cue, so these tests run the client against a
small in-process gRPC server built from the generated servicers. The scenario
tests, not these, check the client against DBX itself.
"""

from __future__ import annotations

import asyncio
import subprocess
import threading
import time
from collections.abc import Iterator
from concurrent import futures
from pathlib import Path
from typing import Any

import grpc
import pytest

import dbx_client
import dbx_client.aio
from dbx.v1 import (
    admin_pb2,
    admin_pb2_grpc,
    data_pb2,
    data_pb2_grpc,
    query_pb2,
    query_pb2_grpc,
    stream_pb2,
    stream_pb2_grpc,
    value_pb2,
)
from dbx_client import DbxError, RetryPolicy

FAST_RETRY = RetryPolicy(max_attempts=5, initial_backoff=0.01, max_backoff=0.05)


class FlakyServer(
    admin_pb2_grpc.AdminServiceServicer,
    data_pb2_grpc.DataServiceServicer,
    query_pb2_grpc.QueryServiceServicer,
    stream_pb2_grpc.StreamServiceServicer,
):
    """Answers UNAVAILABLE to the first ``failures`` calls of each method;
    its streams never end on their own, and note when they are cancelled."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.attempts: dict[str, int] = {}
        self.metadata: list[dict[str, str]] = []
        self.cancelled = threading.Event()

    def Watch(self, request: Any, context: Any) -> Iterator[stream_pb2.WatchResponse]:
        context.add_callback(self.cancelled.set)
        yield stream_pb2.WatchResponse(ready=stream_pb2.WatchReady())
        self.cancelled.wait(10)

    def FindStream(self, request: Any, context: Any) -> Iterator[query_pb2.FindStreamResponse]:
        context.add_callback(self.cancelled.set)
        record = value_pb2.Item(fields={"n": value_pb2.TypedValue(int_value=1)})
        while not self.cancelled.is_set():
            yield query_pb2.FindStreamResponse(records=[record, record])
            time.sleep(0.01)

    def _attempt(self, method: str, context: Any) -> None:
        self.metadata.append({key: value for key, value in context.invocation_metadata()})
        self.attempts[method] = self.attempts.get(method, 0) + 1
        if self.attempts[method] <= self.failures:
            context.abort(grpc.StatusCode.UNAVAILABLE, "not yet")

    def GetCapabilities(self, request: Any, context: Any) -> admin_pb2.GetCapabilitiesResponse:
        self._attempt("GetCapabilities", context)
        return admin_pb2.GetCapabilitiesResponse(capabilities=["stream.watch"])

    def Ping(self, request: Any, context: Any) -> admin_pb2.PingResponse:
        time.sleep(1)
        return admin_pb2.PingResponse()

    def Put(self, request: Any, context: Any) -> data_pb2.PutResponse:
        self._attempt("Put", context)
        return data_pb2.PutResponse(created=True)


def serve(servicer: FlakyServer, credentials: grpc.ServerCredentials | None = None) -> tuple[grpc.Server, int]:
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=4))
    admin_pb2_grpc.add_AdminServiceServicer_to_server(servicer, server)
    data_pb2_grpc.add_DataServiceServicer_to_server(servicer, server)
    query_pb2_grpc.add_QueryServiceServicer_to_server(servicer, server)
    stream_pb2_grpc.add_StreamServiceServicer_to_server(servicer, server)
    address = "localhost:0"
    port = server.add_secure_port(address, credentials) if credentials else server.add_insecure_port(address)
    server.start()
    return server, port


@pytest.fixture
def flaky() -> Iterator[tuple[FlakyServer, int]]:
    servicer = FlakyServer(failures=2)
    server, port = serve(servicer)
    yield servicer, port
    server.stop(grace=None)


def test_reads_are_retried_on_unavailable_and_credentials_go_on_every_attempt(flaky: tuple[FlakyServer, int]) -> None:
    servicer, port = flaky
    with dbx_client.connect(f"http://localhost:{port}", token="t0k", api_key="k3y", retry=FAST_RETRY) as client:
        assert client.capabilities().has("stream.watch")
    assert servicer.attempts["GetCapabilities"] == 3
    assert all(m["authorization"] == "Bearer t0k" and m["x-api-key"] == "k3y" for m in servicer.metadata)


def test_writes_are_never_retried(flaky: tuple[FlakyServer, int]) -> None:
    servicer, port = flaky
    with dbx_client.connect(f"http://localhost:{port}", retry=FAST_RETRY) as client:
        with pytest.raises(DbxError) as raised:
            client.put("people", "ada", {"name": "Ada"})
    assert raised.value.code == grpc.StatusCode.UNAVAILABLE and raised.value.retryable
    assert servicer.attempts["Put"] == 1


def test_without_a_retry_policy_reads_fail_at_once(flaky: tuple[FlakyServer, int]) -> None:
    servicer, port = flaky
    with dbx_client.connect(f"http://localhost:{port}", retry=None) as client:
        with pytest.raises(DbxError):
            client.capabilities()
    assert servicer.attempts["GetCapabilities"] == 1


def test_the_default_deadline_and_a_per_call_one(flaky: tuple[FlakyServer, int]) -> None:
    _, port = flaky
    with dbx_client.connect(f"http://localhost:{port}", timeout=0.2) as client:
        with pytest.raises(DbxError) as raised:
            client.admin.ping(admin_pb2.PingRequest())
        assert raised.value.code == grpc.StatusCode.DEADLINE_EXCEEDED
        assert client.admin.ping(admin_pb2.PingRequest(), timeout=5) == admin_pb2.PingResponse()


def test_asyncio_client_retries_reads_and_not_writes(flaky: tuple[FlakyServer, int]) -> None:
    servicer, port = flaky

    async def run() -> None:
        async with dbx_client.aio.connect(f"http://localhost:{port}", token="t0k", retry=FAST_RETRY) as client:
            assert (await client.capabilities()).has("stream.watch")
            with pytest.raises(DbxError):
                await client.put("people", "ada", {"name": "Ada"})

    asyncio.run(run())
    assert servicer.attempts == {"GetCapabilities": 3, "Put": 1}
    assert all(m["authorization"] == "Bearer t0k" for m in servicer.metadata)


def test_leaving_a_with_block_cancels_the_stream(flaky: tuple[FlakyServer, int]) -> None:
    servicer, port = flaky
    with dbx_client.connect(f"http://localhost:{port}") as client:
        with client.watch("people"):
            pass
        assert servicer.cancelled.wait(5)


def test_breaking_out_of_a_for_loop_cancels_the_stream(flaky: tuple[FlakyServer, int]) -> None:
    servicer, port = flaky
    with dbx_client.connect(f"http://localhost:{port}") as client:
        for record in client.find_stream("items"):
            assert record == {"n": 1}
            break
        assert servicer.cancelled.wait(5)


def test_asyncio_streams_are_cancelled_on_leaving_the_block_or_the_loop(flaky: tuple[FlakyServer, int]) -> None:
    servicer, port = flaky

    async def run() -> None:
        async with dbx_client.aio.connect(f"http://localhost:{port}") as client:
            async with await client.watch("people"):
                pass
            assert await asyncio.to_thread(servicer.cancelled.wait, 5)
            servicer.cancelled.clear()
            async for record in client.find_stream("items"):
                assert record == {"n": 1}
                break
            assert await asyncio.to_thread(servicer.cancelled.wait, 5)

    asyncio.run(run())


def test_https_trusts_a_custom_ca(tmp_path: Path) -> None:
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
         "-keyout", key, "-out", cert, "-days", "1", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost"],
        check=True, capture_output=True,
    )  # fmt: skip
    servicer = FlakyServer(failures=0)
    server, port = serve(servicer, grpc.ssl_server_credentials([(key.read_bytes(), cert.read_bytes())]))
    try:
        with dbx_client.connect(f"https://localhost:{port}", root_certificates=cert.read_bytes()) as client:
            assert client.capabilities().has("stream.watch")
        with dbx_client.connect(f"https://localhost:{port}", retry=None, timeout=5) as untrusting:
            with pytest.raises(DbxError) as raised:
                untrusting.capabilities()
            assert raised.value.code == grpc.StatusCode.UNAVAILABLE
    finally:
        server.stop(grace=None)


@pytest.mark.parametrize(
    ("url", "target", "tls"),
    [
        ("http://127.0.0.1:7420", "127.0.0.1:7420", False),
        ("https://dbx.example.com", "dbx.example.com:443", True),
        ("http://[::1]:7420/", "[::1]:7420", False),
    ],
)
def test_urls(url: str, target: str, tls: bool) -> None:
    from dbx_client.endpoint import Endpoint

    assert Endpoint.parse(url) == Endpoint(target, tls)


@pytest.mark.parametrize("url", ["ftp://host", "127.0.0.1:7420", "http://host/dbx", "http://"])
def test_bad_urls_are_refused(url: str) -> None:
    with pytest.raises(ValueError):
        dbx_client.connect(url)
