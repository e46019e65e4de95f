"""Words shared by the kinds' plain-language "passes when" sentences."""

from __future__ import annotations

from ..document import PART_LABELS
from ..matching import scope_kinds


def quoted(patterns) -> str:
    return ", ".join(f"`{p}`" for p in patterns)


def scope_text(scope, default: str = "last_year") -> str:
    """``measures → 主要举措和成效``: the scope as written (or its default) and the parts it names."""
    kinds = [k for k in PART_LABELS if k in scope_kinds(scope, default)]
    named = "、".join(PART_LABELS[k] for k in kinds)
    given = ", ".join(scope) if scope else f"{default} (default)"
    return f"{given} → {named}"


def with_caveats(text: str, caveats: list[str]) -> str:
    return text + ("; " + "; ".join(caveats) if caveats else "") + "."
