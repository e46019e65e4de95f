"""The one exception readers raise, and the machine-readable codes of its reasons."""

from __future__ import annotations

# What went wrong, for programs (the message is for people).  The values are part of
# the JSON contract (error rows' ``code``, docs/output-json-v1.md): add, never rename.
UNSUPPORTED_TYPE = "unsupported_type"  # a file type scorer does not read (legacy .doc, RTF, image…)
NOT_FOUND = "not_found"  # no such file, a broken link, a folder, a folder that cannot be listed
TOO_LARGE = "too_large"  # over a size limit (bytes, uncompressed archive, pages)
EMPTY = "empty"  # no text at all (empty file, whitespace only, scanned PDF)
NOT_A_REPORT = "not_a_report"  # text, but almost no Chinese
UNREADABLE = "unreadable"  # damaged, undecodable, encrypted, permission denied…
MISSING_EXTRA = "missing_extra"  # the reader needs an optional package: pip install 'scorer[…]'
TIMEOUT = "timeout"  # not scored within the service's time limit
INTERNAL_ERROR = "internal_error"  # a bug in scorer

CODES = (UNSUPPORTED_TYPE, NOT_FOUND, TOO_LARGE, EMPTY, NOT_A_REPORT, UNREADABLE, MISSING_EXTRA, TIMEOUT, INTERNAL_ERROR)

# For readers that raise without a code: the English gloss every message ends with.
_BY_GLOSS = (
    ("pip install", MISSING_EXTRA),
    ("not installed", MISSING_EXTRA),
    ("too large", TOO_LARGE),
    ("too many", TOO_LARGE),
    ("compression ratio too high", TOO_LARGE),
    ("empty", EMPTY),
    ("no text", EMPTY),
    ("legacy .doc", UNSUPPORTED_TYPE),
    ("unsupported", UNSUPPORTED_TYPE),
    ("not a report", UNSUPPORTED_TYPE),
    ("workbook, not a .docx", UNSUPPORTED_TYPE),
    ("presentation, not a .docx", UNSUPPORTED_TYPE),
)


def code_for(message: str) -> str:
    """The code of a reader's message that came without one (``unreadable`` by default)."""
    lower = message.lower()
    for needle, code in _BY_GLOSS:
        if needle in lower:
            return code
    return UNREADABLE


class ReadError(ValueError):
    """A submitted file cannot be turned into report text; the message says why, ``code`` what.

    A ValueError: what was given (a file's content, or text passed to
    :func:`scorer.score_text`) is not a report."""

    def __init__(self, message: str, code: str | None = None):
        super().__init__(message)
        self._code = code

    @property
    def code(self) -> str:
        return self._code or code_for(str(self))
