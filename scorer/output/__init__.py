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
    "csv": "scorer.output.csv_:CsvWriter",
    "xlsx": "scorer.output.xlsx:XlsxWriter",
    "md": "scorer.output.markdown:MarkdownWriter",
    "html": "scorer.output.html:HtmlWriter",
    "letters": "scorer.output.letters:LettersWriter",
}

# Formats that write bytes rather than text (csv: UTF-8 with BOM and CRLF whatever the
# console), and formats that write a folder: their writer gets --out's path, not a stream.
BINARY_FORMATS: set[str] = {"csv", "xlsx"}
NEEDS_OUT_DIR: set[str] = {"html", "letters"}


class MissingDependency(Exception):
    """A format needs an optional package that is not installed (message says what to install)."""


def writer_class(name: str) -> type[Writer]:
    """The writer for a format; raises :class:`MissingDependency` when its optional package is absent."""
    module, _, cls = FORMATS[name].partition(":")
    writer = getattr(importlib.import_module(module), cls)
    requires = getattr(writer, "requires", None)
    if requires:
        package, extra = requires
        try:
            importlib.import_module(package)
        except ImportError:
            raise MissingDependency(
                f"--format {name} needs the {package} package: pip install 'scorer[{extra}]'"
            ) from None
    return writer


__all__ = [
    "FORMATS",
    "BINARY_FORMATS",
    "NEEDS_OUT_DIR",
    "MissingDependency",
    "OutputOptions",
    "Writer",
    "writer_class",
]
