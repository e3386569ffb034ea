"""Open a window's files (forms, window.toml, reference exports, uploads) without trusting them.

A window comes from outside: a file may be a symbolic link to someone else's file, a named
pipe that blocks the reader forever, a folder, or a few gigabytes. :func:`open_regular` opens
only regular files that are not links (``O_NOFOLLOW``) and says why it refused;
:func:`read_regular` reads one up to a size; :func:`file_sha256` is the one file hash.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from pathlib import Path
from typing import BinaryIO

MiB = 1024 * 1024


class Refused(Exception):
    """The file is not something to read; ``str()`` is the reason, e.g. "is a symbolic link"."""


def check_regular(path: Path, max_bytes: int) -> int:
    """The size of `path` if it is a regular file (not a link) of at most `max_bytes`.

    Raises:
        FileNotFoundError: nothing is there.
        Refused: a link, a folder, a pipe or device, or too large.
    """
    st = os.lstat(path)
    _judge(st)
    return _size(st, max_bytes)


def open_regular(path: Path, max_bytes: int | None = None) -> BinaryIO:
    """`path` opened for reading without following a link and without blocking on a pipe.

    Raises:
        FileNotFoundError: nothing is there.
        Refused: as :func:`check_regular` (no size limit when `max_bytes` is None).
    """
    flags = (os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
             | getattr(os, "O_BINARY", 0))
    if not hasattr(os, "O_NOFOLLOW") and os.path.islink(path):
        raise Refused("is a symbolic link: not followed")
    try:
        fd = os.open(path, flags)
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise Refused("is a symbolic link: not followed") from None
        if error.errno in (errno.EISDIR, errno.ENXIO):
            raise Refused("is not a regular file") from None
        raise
    try:
        st = os.fstat(fd)
        _judge(st)
        if max_bytes is not None:
            _size(st, max_bytes)
    except BaseException:
        os.close(fd)
        raise
    return os.fdopen(fd, "rb")


def read_regular(path: Path, max_bytes: int) -> bytes:
    """The bytes of `path`, opened as :func:`open_regular` opens it, up to `max_bytes`.

    Raises:
        FileNotFoundError: nothing is there.
        Refused: as :func:`check_regular`.
    """
    with open_regular(path, max_bytes) as handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:  # grew while we read
        raise Refused(f"is too large (limit {max_bytes // MiB} MiB)")
    return data


def _judge(st: os.stat_result) -> None:
    if stat.S_ISLNK(st.st_mode):
        raise Refused("is a symbolic link: not followed")
    if not stat.S_ISREG(st.st_mode):
        raise Refused("is not a regular file")


def _size(st: os.stat_result, max_bytes: int) -> int:
    if st.st_size > max_bytes:
        raise Refused(f"is too large ({st.st_size // MiB} MiB; limit {max_bytes // MiB} MiB)")
    return st.st_size


def file_sha256(path: Path, *, follow_links: bool = False) -> str:
    """The SHA-256 of a file's bytes, read in 1 MiB chunks; a window's file is opened as
    :func:`open_regular` opens it, the project's own (`follow_links`: models) as any file.

    Raises:
        OSError: it cannot be opened; Refused: a link or not a regular file.
    """
    h = hashlib.sha256()
    with (open(path, "rb") if follow_links else open_regular(path)) as handle:
        while chunk := handle.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()
