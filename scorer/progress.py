"""A one-line progress indicator on stderr for long batches.

Shown only when stderr is a terminal, the batch has at least ``MIN_FILES`` files
and ``--quiet`` is not given; redrawn at most ten times a second; erased at the end
so it never mixes with the scorecard.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

MIN_FILES = 20


class Progress:
    def __init__(self, total: int, *, enabled: bool, stream: TextIO | None = None):
        self.total = total
        self.done = 0
        self.enabled = enabled and total > 0
        self.stream = stream or sys.stderr
        self._last = 0.0

    @classmethod
    def for_batch(cls, total: int, quiet: bool) -> "Progress":
        tty = sys.stderr.isatty() if hasattr(sys.stderr, "isatty") else False
        return cls(total, enabled=not quiet and tty and total >= MIN_FILES)

    def step(self, errors: int = 0) -> None:
        self.done += 1
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last < 0.1 and self.done < self.total:
            return
        self._last = now
        width = 30
        filled = width * self.done // self.total
        bar = "█" * filled + "·" * (width - filled)
        tail = f"，出错 {errors}" if errors else ""
        self.stream.write(f"\r评分 {bar} {self.done}/{self.total}{tail}")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\r\033[K")
            self.stream.flush()
