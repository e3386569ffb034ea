"""Read a window's own files (forms, window.toml, reference exports) without trusting them.

A window comes from outside: a form may be a symbolic link to someone else's file, a named
pipe that blocks the reader forever, a folder, or a few gigabytes. :func:`read_regular`
reads only regular files that are not links, up to a size, and says why it refused.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

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


def read_regular(path: Path, max_bytes: int) -> bytes:
    """The bytes of `path`, opened without following a link and without blocking on a pipe.

    Raises:
        FileNotFoundError: nothing is there.
        Refused: as :func:`check_regular`.
    """
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
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
        _size(st, max_bytes)
    except BaseException:
        os.close(fd)
        raise
    with os.fdopen(fd, "rb") as handle:
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
