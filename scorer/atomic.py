"""Atomic file output: write a temporary file beside the target, then rename.

An interrupted run never leaves a half-written scorecard: the target is either
the old file or the complete new one.

A run killed outright (``kill -9``, power loss) cannot remove its temporary file,
so temporary files carry a recognisable name, ``.scorer-tmp-<host>-<pid>-…``: the
next write into the same folder removes those of this host whose process is gone.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import socket
import tempfile
from pathlib import Path

TMP_PREFIX = ".scorer-tmp-"
_HOST = hashlib.sha256(socket.gethostname().encode("utf-8", "surrogateescape")).hexdigest()[:6]
_swept: set[str] = set()  # folders already cleaned by this process


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # exists (another user's), or cannot tell: keep its file
    return True


def sweep(folder: Path) -> None:
    """Remove temporary files that dead scorer processes of this host left in ``folder``."""
    key = os.path.realpath(folder)
    if key in _swept:
        return
    _swept.add(key)
    mine = f"{TMP_PREFIX}{_HOST}-"
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if not entry.name.startswith(mine) or not entry.name.endswith(".tmp"):
            continue
        pid = entry.name[len(mine) :].split("-", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            with contextlib.suppress(OSError):
                os.unlink(entry.path)


def _umask() -> int:
    mask = os.umask(0o022)  # the only way to read it is to set it: put it back at once
    os.umask(mask)
    return mask


_UMASK = _umask()


@contextlib.contextmanager
def atomic_write(path: str | Path, binary: bool = False):
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    sweep(path.parent)
    fd, tmp = tempfile.mkstemp(prefix=f"{TMP_PREFIX}{_HOST}-{os.getpid()}-", suffix=".tmp", dir=path.parent)
    try:
        mode = "wb" if binary else "w"
        with os.fdopen(fd, mode, **({} if binary else {"encoding": "utf-8", "newline": "\n"})) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        # mkstemp makes the file private (0600); the result gets the mode a plain open()
        # would give (the umask's), or keeps the mode of the file it replaces
        try:
            mode = os.stat(path).st_mode & 0o7777
        except OSError:
            mode = 0o666 & ~_UMASK
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
