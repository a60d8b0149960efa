"""Puts the generated modules (gen/python/dbx) into the wheel as the `dbx` package.

From the repository they are at ../../gen/python; an sdist carries them at
gen/python, so a wheel built from either finds them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class GeneratedCodeHook(BuildHookInterface):  # type: ignore[type-arg]
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        for candidate in (root.parent.parent / "gen" / "python" / "dbx", root / "gen" / "python" / "dbx"):
            if candidate.is_dir():
                build_data["force_include"][str(candidate)] = "dbx"
                return
        raise FileNotFoundError("gen/python/dbx not found: build from the repository or from its sdist")
