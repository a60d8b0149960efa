"""MongoDB's ObjectId as DBX carries it."""

from __future__ import annotations

from dataclasses import dataclass

_HEX_DIGITS = frozenset("0123456789abcdef")


@dataclass(frozen=True, order=True)
class ObjectId:
    """24 lowercase hexadecimal digits (capability ``value.object_id``)."""

    hex: str

    def __post_init__(self) -> None:
        if len(self.hex) != 24 or not _HEX_DIGITS.issuperset(self.hex):
            raise ValueError(f"an ObjectId is 24 lowercase hexadecimal digits, not {self.hex!r}")

    def __str__(self) -> str:
        return self.hex
