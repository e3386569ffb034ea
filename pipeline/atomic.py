"""Writing files so that a crash never leaves one half-written: the one helper for outputs.

:func:`atomic_write` writes to a temporary name in the target's folder, flushes it to disk and
renames it over the target (``os.replace``: atomic on POSIX and Windows). Until the rename the
old file, if any, is intact; if the writer raises, the temporary file is removed and the old
file stays. Every CSV, report page, notice, evidence crop, OCR cache entry and suspect-journal
list goes through it.

Files are created readable by their owner only by default (outputs hold identity numbers in
full), in folders only their owner can enter (:func:`private_dir`).

>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> write_private(folder / "a.txt", "第一版")
>>> try:
...     with atomic_write(folder / "a.txt", "w", encoding="utf-8") as handle:
...         _ = handle.write("half")
...         raise RuntimeError("crash mid-write")
... except RuntimeError:
...     pass
>>> (folder / "a.txt").read_text(encoding="utf-8"), sorted(p.name for p in folder.iterdir())
('第一版', ['a.txt'])
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any


def private_dir(path: Path) -> Path:
    """Create `path` and any missing parents for their owner only (``mkdir(parents=True)``
    would give the parents the default mode); existing folders are left as they are."""
    missing = [p for p in (path, *path.parents) if not p.exists()]
    for folder in reversed(missing):
        folder.mkdir(mode=0o700, exist_ok=True)
    return path


@contextlib.contextmanager
def atomic_write(path: Path | str, mode: str = "wb", *, private: bool = True,
                 **open_args: Any) -> Iterator[IO[Any]]:
    """Open a temporary file beside `path` for writing (`mode`, `open_args` as for
    :func:`open`); on a clean exit it is synced and renamed to `path`, on an exception removed.

    `private`: owner-only (0600); else the mode a new file gets under the umask.
    """
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:80]}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, mode, **open_args) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if not private:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_private(path: Path, data: str | bytes) -> None:
    """Write a whole file atomically, readable by its owner only, its folder created private;
    text is UTF-8 (names from uploads may not be: they are backslash-escaped)."""
    private_dir(path.parent)
    if isinstance(data, str):
        data = data.encode("utf-8", "backslashreplace")
    with atomic_write(path) as handle:
        handle.write(data)
