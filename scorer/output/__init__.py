"""Output formats: one module per format behind one small interface.

A writer receives the run's results one by one (``begin`` → ``report``/``error``
… → ``end``) and writes to a text or binary stream, so formats that need no
ranking can stream a batch of any size.  ``FORMATS`` maps a ``--format`` name
to ``module:Class``; modules are imported only when used.
"""

from __future__ import annotations

import importlib

from .base import OutputOptions, Writer

FORMATS: dict[str, str] = {
    "table": "scorer.output.table:TableWriter",
    "json": "scorer.output.json_:JsonWriter",
}

# Formats that write bytes rather than text, and formats that need --out.
BINARY_FORMATS: set[str] = set()
NEEDS_OUT_DIR: set[str] = set()


def writer_class(name: str) -> type[Writer]:
    module, _, cls = FORMATS[name].partition(":")
    return getattr(importlib.import_module(module), cls)


__all__ = ["FORMATS", "BINARY_FORMATS", "NEEDS_OUT_DIR", "OutputOptions", "Writer", "writer_class"]
