"""Puts the generated modules (gen/python/dbx) into the wheel as the `dbx` package.

From the repository they are at ../../gen/python; an sdist carries them at
gen/python, so a wheel built from either finds them. A py.typed marker goes
with them, so that type checkers read their .pyi files (PEP 561).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class GeneratedCodeHook(BuildHookInterface):  # type: ignore[type-arg]
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        candidates = (root.parent.parent / "gen" / "python" / "dbx", root / "gen" / "python" / "dbx")
        generated = next((candidate for candidate in candidates if candidate.is_dir()), None)
        if generated is None:
            raise FileNotFoundError("gen/python/dbx not found: build from the repository or from its sdist")
        self._marker_dir = Path(tempfile.mkdtemp(prefix="dbx-client-build-"))
        marker = self._marker_dir / "py.typed"
        marker.touch()
        build_data["force_include"][str(generated)] = "dbx"
        build_data["force_include"][str(marker)] = "dbx/py.typed"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        shutil.rmtree(self._marker_dir, ignore_errors=True)
