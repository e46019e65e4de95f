"""Words shared by the kinds' plain-language "passes when" sentences."""

from __future__ import annotations

from ..document import PART_LABELS
from ..matching import scope_kinds
from ..patterns import plan


def quoted(patterns) -> str:
    return ", ".join(f"`{p}`" for p in patterns)


def lead_word(pattern: str) -> str | None:
    """The text every match of ``pattern`` starts with, look-arounds aside (the pattern itself
    when it is plain text), or None."""
    found = plan(pattern)
    return found.literal or found.lead


def words(patterns, limit: int = 8) -> str:
    """The patterns as a reader names them: each by the text its matches start with (its
    look-arounds and what follows that text aside: ``(?<![同并起])研究`` → 研究,
    ``组织[^，。]{0,12}学法`` → 组织), joined by 、; patterns with no such text are left out,
    and past ``limit`` an 等 ends the list."""
    shown: list[str] = []
    for p in patterns:
        needs = plan(p).needs
        word = lead_word(p) or (needs[0] if needs and len(needs) == 1 else None)
        if word and word not in shown:
            shown.append(word)
    return "、".join(shown[:limit]) + ("等" if len(shown) > limit else "")


def scope_text(scope, default: str = "last_year") -> str:
    """``measures → 主要举措和成效``: the scope as written (or its default) and the parts it names."""
    kinds = [k for k in PART_LABELS if k in scope_kinds(scope, default)]
    named = "、".join(PART_LABELS[k] for k in kinds)
    given = ", ".join(scope) if scope else f"{default} (default)"
    return f"{given} → {named}"


def with_caveats(text: str, caveats: list[str]) -> str:
    return text + ("; " + "; ".join(caveats) if caveats else "") + "."


def lookarounds(pattern: str) -> list[tuple[int, int]]:
    """The (start, end) spans in ``pattern`` of its outermost look-around groups
    (``(?!栏)``, ``(?<!执法[^。]{0,8})``), escapes and character classes read as regex
    syntax; a look-around inside a look-around belongs to it."""
    spans: list[tuple[int, int]] = []
    groups: list[tuple[int, bool]] = []  # the open groups: (start, whether a look-around)
    inside = 0  # open look-arounds
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 1
        elif c == "[":
            i += 1
            if i < n and pattern[i] == "^":
                i += 1
            if i < n and pattern[i] == "]":
                i += 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif c == "(":
            look = pattern.startswith(("(?=", "(?!", "(?<=", "(?<!"), i)
            groups.append((i, look))
            inside += look
        elif c == ")" and groups:
            start, look = groups.pop()
            inside -= look
            if look and not inside:
                spans.append((start, i + 1))
        i += 1
    return spans
