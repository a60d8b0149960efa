"""One page of a paginated Find."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    """The records of one response and the token of the next page ("" after the last)."""

    records: list[T]
    next_page_token: str
