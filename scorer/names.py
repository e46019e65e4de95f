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
import unicodedata
from pathlib import PurePosixPath, PureWindowsPath

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


_NAME_MAX = 60
_NAME_BAD = re.compile(r"[^0-9A-Za-z_\-\u3400-\u4dbf\u4e00-\u9fff]+")
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


def safe_stem(name: str, used: set[str], reserved: set[str] = frozenset()) -> str:
    """A safe, unique file name stem for an output file made from ``name`` (an input
    file's path, or a unit's name): ``reports/a b.txt`` → ``a_b``.

    Only the last path component is used (``/`` and ``\\`` both count as
    separators), without its suffix, reduced to ASCII letters, digits, ``_``, ``-``
    and CJK ideographs, at most 60 characters, so it can never name another folder
    or contain ``..``; names Windows reserves and ``reserved`` get a ``_``.  ``used``
    holds the stems taken so far (lower-cased: some file systems ignore case) and is
    updated; a taken stem gets ``-2``, ``-3``….
    """
    base = PureWindowsPath(PurePosixPath(name).name).name
    stem = base.rsplit(".", 1)[0] if "." in base.lstrip(".") else base
    stem = _NAME_BAD.sub("_", unicodedata.normalize("NFC", stem)).strip("_-")[:_NAME_MAX].strip("_-") or "report"
    if stem.lower() in _WINDOWS_RESERVED or stem.lower() in reserved:
        stem += "_"
    out, n = stem, 1
    while out.lower() in used:
        n += 1
        out = f"{stem}-{n}"
    used.add(out.lower())
    return out
