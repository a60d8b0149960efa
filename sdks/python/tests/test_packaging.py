"""The package builds from the repository with the generated code inside, and
a wheel installs into a fresh venv and imports.

Dependencies come from DBX_PYTHON_WHEELHOUSE when set (the install script's
offline wheel cache), else from the package index.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

SDK = Path(__file__).resolve().parents[1]


def run(*command: str | Path, cwd: Path | None = None) -> str:
    # Without PYTHONPATH, so that the fresh venv imports only what it installed.
    env = {name: value for name, value in os.environ.items() if name != "PYTHONPATH"}
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"{command}: {result.stdout}\n{result.stderr}"
    return result.stdout


def test_sdist_and_wheel_carry_the_generated_code_and_install_into_a_fresh_venv(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    run(sys.executable, "-m", "hatchling", "build", "-t", "sdist", "-t", "wheel", "-d", dist, cwd=SDK)
    (sdist,) = dist.glob("*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = archive.getnames()
        assert any(name.endswith("gen/python/dbx/v1/data_pb2.py") for name in names)
        archive.extractall(tmp_path / "unpacked", filter="data")

    # A wheel built from the sdist, away from the repository, has them too.
    (unpacked,) = (tmp_path / "unpacked").iterdir()
    from_sdist = tmp_path / "from-sdist"
    run(sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", from_sdist, unpacked)
    for wheel in (*dist.glob("*.whl"), *from_sdist.glob("*.whl")):
        with zipfile.ZipFile(wheel) as archive:
            files = set(archive.namelist())
        assert {"dbx/py.typed", "dbx/v1/data_pb2.pyi", "dbx/redis/v1/redis_service_pb2_grpc.py"} <= files
        assert {"dbx_client/__init__.py", "dbx_client/aio/client.py", "dbx_client/py.typed"} <= files

    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", venv)
    python = venv / "bin" / "python"
    wheelhouse = os.environ.get("DBX_PYTHON_WHEELHOUSE")
    index = ["--no-index", "--find-links", wheelhouse] if wheelhouse else []
    (wheel,) = dist.glob("*.whl")
    run(python, "-m", "pip", "install", "-q", "--disable-pip-version-check", *index, wheel)
    imported = run(
        python,
        "-I",
        "-c",
        "import dbx_client, dbx_client.aio, dbx.v1.data_pb2, dbx.mongodb.v1.mongodb_pb2_grpc;"
        "print(dbx_client.to_value(2**63 - 1).int_value, dbx_client.__file__)",
    )
    value, location = imported.split()
    assert value == str(2**63 - 1)
    assert location.startswith(str(venv))

    # A user's type checker sees the generated messages through the SDK.
    user_code = tmp_path / "user_code.py"
    user_code.write_text(
        "import dbx_client\n"
        "from dbx.v1 import data_pb2\n"
        "def count(client: dbx_client.Client) -> int:\n"
        "    return client.data.count(data_pb2.CountRequest()).count\n"
    )
    run(sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--python-executable", python, user_code, cwd=tmp_path)
