"""A JSON document kept as the text that was written."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Self


@dataclass(frozen=True)
class Json:
    """JSON text for a JSON column (SQLite JSON, PostgreSQL jsonb).

    DBX stores the text as given and reads it back as written, so key order
    survives: ``Json.dumps(document).loads()`` gives the keys in their order.
    """

    text: str

    @classmethod
    def dumps(cls, value: Any) -> Self:
        """Python's JSON values (dicts keep their order) as compact JSON text."""
        return cls(json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False))

    def loads(self) -> Any:
        """The parsed document; objects become dicts in the text's key order."""
        return json.loads(self.text)

    def __str__(self) -> str:
        return self.text
