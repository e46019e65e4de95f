"""The options of ``scorer serve``, as one plain object (no web framework imported)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

MAX_FILES = 20  # files per request; more is a 400


def default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))


@dataclass
class Settings:
    pack: object  # a loaded scorer.pack.Pack
    waivers: object | None = None  # scorer.waivers.Waivers
    workers: int = field(default_factory=default_workers)
    queue_size: int = 8  # requests that may wait for a worker; more get 503
    token: str | None = None  # bearer token for /v1/*; None: open
    max_upload_bytes: int = 20 * 1024 * 1024  # a request body larger than this gets 413
    timeout: float = 30.0  # seconds per request (upload, wait, scoring)
    cors_origins: list[str] = field(default_factory=list)
    max_files: int = MAX_FILES
    warm_up: bool = True  # score a small text in every worker before /readyz says ready

    @property
    def capacity(self) -> int:
        """Requests admitted at once: one per worker plus the queue."""
        return self.workers + self.queue_size
