"""File names as the outputs show them.

On Linux a file name is bytes; Python hands over the ones that are not valid
UTF-8 as lone surrogates (``surrogateescape``), which no UTF-8 writer accepts.
Paths are kept as they are for reading (they name the file exactly); only what
is displayed goes through :func:`shown` (every surrogate becomes U+FFFD, so the
text can be written in any format) and, for terminals and Markdown,
:func:`printable` (control characters written as visible escapes, so a name can
neither move the cursor nor break a table row).
"""

from __future__ import annotations

import re

_SURROGATES = re.compile("[\ud800-\udfff]")
# C0 and C1 controls, DEL, and the Unicode line and paragraph separators
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def shown(name) -> str:
    """``name`` (a str or path) safe to encode as UTF-8: undecodable bytes become U+FFFD."""
    text = name if isinstance(name, str) else str(name)
    if text.isascii():
        return text
    return _SURROGATES.sub("\ufffd", text)


def _escape(m: re.Match) -> str:
    c = m.group()
    return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(c) or (f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}")


def printable(text) -> str:
    """:func:`shown`, with control characters written as ``\\n``, ``\\x1b``…: for terminals."""
    text = shown(text)
    return _CONTROLS.sub(_escape, text)
