"""Office Open XML files (xlsx, docx) with the same bytes for the same input.

A zip records when each entry was written, and the documents' properties their
creation time: both are fixed here.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

FIXED_TIME = dt.datetime(2000, 1, 1)
_ZIP_TIME = (2000, 1, 1, 0, 0, 0)


def fixed_zip(data: bytes) -> bytes:
    """Repack a zip with every entry's timestamp fixed (zip entries record the time they were written)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()
