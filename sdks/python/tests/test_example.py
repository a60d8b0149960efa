"""The README's first example runs against a live server (mypy checks it too)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "quickstart.py"


def test_quickstart_runs(server_url: str) -> None:
    result = subprocess.run([sys.executable, EXAMPLE, server_url], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "born before 1900: Ada Lovelace" in result.stdout
    assert "ERROR_REASON_NOT_FOUND" in result.stdout
