"""Starts the DBX test server once for the session (sdks/test-server.mjs).

The server stops when its stdin closes, so it is gone however pytest ends.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="session")
def server_url() -> Iterator[str]:
    url = os.environ.get("DBX_TEST_URL")
    if url:
        yield url
        return
    server = subprocess.Popen(
        ["node", "sdks/test-server.mjs"],
        cwd=REPOSITORY,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdout is not None and server.stdin is not None
    try:
        url = server.stdout.readline().strip()
        if not url.startswith("http://"):
            pytest.fail(f"sdks/test-server.mjs printed no URL (exit code {server.poll()})")
        yield url
    finally:
        server.stdin.close()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        server.stdout.close()
