"""Starts the DBX test servers once for the session (sdks/test-server.mjs).

Two of them: the plain one, and one with ``--auth`` (every call needs a
credential) for the authenticated runs. Each stops when its stdin closes, so
they are gone however pytest ends. The first test that needs either starts
both, so that they start side by side.

``DBX_TEST_URL`` runs the plain tests against a server you started;
``DBX_TEST_AUTH_URL`` with ``DBX_TEST_AUTH_CREDENTIALS`` (the JSON line that
``node sdks/test-server.mjs --auth`` prints) does the same for the
authenticated ones.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from scenario import AuthServer, Run

REPOSITORY = Path(__file__).resolve().parents[3]


class DbxServer:
    """One ``node sdks/test-server.mjs`` process, read as it prints."""

    def __init__(self, *args: str) -> None:
        self.args = args
        self.process = subprocess.Popen(
            ["node", "sdks/test-server.mjs", *args],
            cwd=REPOSITORY,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self._lines: list[str] = []

    def line(self, index: int) -> str:
        """The server's ``index``th stdout line (0: the URL), waiting for it."""
        assert self.process.stdout is not None
        while len(self._lines) <= index:
            line = self.process.stdout.readline()
            if not line:
                pytest.fail(
                    f"sdks/test-server.mjs {' '.join(self.args)} printed {len(self._lines)} of {index + 1} lines "
                    f"(exit code {self.process.poll()})"
                )
            self._lines.append(line.strip())
        return self._lines[index]

    def url(self) -> str:
        url = self.line(0)
        if not url.startswith("http://"):
            pytest.fail(f"sdks/test-server.mjs {' '.join(self.args)} printed {url!r}, not a URL")
        return url

    def stop(self) -> None:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process.stdout.close()


@dataclass
class DbxServers:
    plain: DbxServer | None = None
    auth: DbxServer | None = None

    def start(self) -> None:
        if self.plain is None and not os.environ.get("DBX_TEST_URL"):
            self.plain = DbxServer()
        if self.auth is None and not os.environ.get("DBX_TEST_AUTH_URL"):
            self.auth = DbxServer("--auth")


@pytest.fixture(scope="session")
def dbx_servers() -> Iterator[DbxServers]:
    servers = DbxServers()
    try:
        yield servers
    finally:
        for server in (servers.plain, servers.auth):
            if server is not None:
                server.stop()


@pytest.fixture(scope="session")
def server_url(dbx_servers: DbxServers) -> str:
    """The plain server: no credential needed."""
    url = os.environ.get("DBX_TEST_URL")
    if url:
        return url
    dbx_servers.start()
    assert dbx_servers.plain is not None
    return dbx_servers.plain.url()


@pytest.fixture(scope="session")
def auth_server(dbx_servers: DbxServers) -> AuthServer:
    """The server with authentication required, and the credentials it made."""
    url = os.environ.get("DBX_TEST_AUTH_URL")
    if url:
        return AuthServer.from_json(url, os.environ["DBX_TEST_AUTH_CREDENTIALS"])
    dbx_servers.start()
    assert dbx_servers.auth is not None
    url = dbx_servers.auth.url()
    return AuthServer.from_json(url, dbx_servers.auth.line(1))


@pytest.fixture(scope="module", params=["plain", "jwt", "key"])
def run(request: pytest.FixtureRequest) -> Run:
    """A run of the scenario (sdks/SCENARIO.md, steps 1 to 9) by the test module
    (its ``PROTOCOL`` names its tables): on the plain server, then on the
    authenticated one with the admin JWT as bearer token, then with the admin
    API key, each on its own tables (``people_<protocol>[_jwt|_key]``)."""
    protocol: str = request.module.PROTOCOL
    if request.param == "plain":
        return Run(protocol, request.getfixturevalue("server_url"))
    auth: AuthServer = request.getfixturevalue("auth_server")
    if request.param == "jwt":
        return Run(f"{protocol}_jwt", auth.url, token=auth.jwt["admin"])
    return Run(f"{protocol}_key", auth.url, api_key=auth.api_key["admin"])
