"""Reviewed crisis and emergency phrases in other languages than English (placeholder until reviewed)."""

from __future__ import annotations

from typing import Final

PHRASES: Final[dict[str, dict[str, list[str]]]] = {}
IDIOMS: Final[dict[str, list[str]]] = {}
