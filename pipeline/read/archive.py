"""Expand ZIP uploads safely.

No member may escape the destination (absolute names, drive letters, `..`), be a symlink,
be encrypted, or make the archive exceed its member-count, total-size or compression-ratio
bounds; sizes are counted while copying, not trusted from the headers. Nested archives are
extracted as files but never opened here (the reader refuses them). Names stored in GBK by
Chinese Windows tools without the UTF-8 flag are decoded as GBK.
"""

from __future__ import annotations

import shutil
import stat
import zipfile
from pathlib import Path, PurePosixPath

from pipeline.errors import DocumentUnreadable
from pipeline.read.safe_open import MiB, ReadLimits

_CHUNK = 1024 * 1024


def member_name(info: zipfile.ZipInfo) -> str:
    """The member's name, GBK-decoded when the archive did not mark it UTF-8."""
    if info.flag_bits & 0x800:
        return info.filename
    try:
        return info.filename.encode("cp437").decode("gbk")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return info.filename


def _safe_relative(raw: str, archive: str) -> PurePosixPath:
    name = raw.replace("\\", "/")
    parts = PurePosixPath(name).parts
    if name.startswith("/") or (parts and ":" in parts[0]) or ".." in parts or "\x00" in name:
        raise DocumentUnreadable(archive,
                                 f"ZIP member '{raw}' would be written outside the archive folder")
    clean = [p for p in parts if p not in ("", ".")]
    if not clean:
        raise DocumentUnreadable(archive, f"ZIP member has an empty name ('{raw}')")
    return PurePosixPath(*clean)


def extract_zip(path: Path, dest_dir: Path, limits: ReadLimits = ReadLimits(), *,
                name: str | None = None) -> list[Path]:
    """Extract the archive's files under `dest_dir`; return their paths in archive order.

    Raises DocumentUnreadable for a corrupt archive or any member that breaks the rules;
    nothing is left half-extracted in that case (the created files are removed).
    """
    archive = name or path.name
    dest = dest_dir.resolve()
    dest.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            files = [i for i in infos if not i.filename.endswith("/")]  # is_dir() fails on ""
            if len(files) > limits.zip_max_members:
                raise DocumentUnreadable(
                    archive,
                    f"ZIP has too many members ({len(files)}; limit {limits.zip_max_members})"
                )
            if not files:
                raise DocumentUnreadable(archive, "ZIP archive is empty")
            declared = sum(i.file_size for i in files)
            if declared > limits.zip_max_total_bytes:
                raise DocumentUnreadable(
                    archive,
                    f"ZIP would expand to {declared // MiB} MiB "
                    f"(limit {limits.zip_max_total_bytes // MiB} MiB): possible zip bomb",
                )
            total = 0
            for info in files:
                raw = member_name(info)
                rel = _safe_relative(raw, archive)
                mode = info.external_attr >> 16
                if stat.S_ISLNK(mode):
                    raise DocumentUnreadable(archive, f"ZIP member '{raw}' is a symbolic link")
                if info.flag_bits & 0x1:
                    raise DocumentUnreadable(archive, f"ZIP member '{raw}' is encrypted")
                if (info.file_size > MiB
                        and info.file_size > limits.zip_max_ratio * max(info.compress_size, 1)):
                    raise DocumentUnreadable(
                        archive,
                        f"ZIP member '{raw}' is compressed suspiciously well: possible zip bomb"
                    )
                try:
                    target = dest.joinpath(*rel.parts).resolve()
                    if dest not in target.parents:
                        raise DocumentUnreadable(
                            archive,
                            f"ZIP member '{raw}' would be written outside the archive folder")
                    if target.exists():
                        raise DocumentUnreadable(archive, f"ZIP member '{raw}' appears twice")
                    target.parent.mkdir(parents=True, exist_ok=True)
                    out = open(target, "xb")
                except OSError as error:  # a name too long for this file system, say
                    raise DocumentUnreadable(
                        archive,
                        f"ZIP member '{_short(raw)}' cannot be unpacked ({error.strerror or error})"
                    ) from error
                with zf.open(info) as src, out:
                    written.append(target)
                    while chunk := src.read(_CHUNK):
                        total += len(chunk)
                        if total > limits.zip_max_total_bytes:
                            raise DocumentUnreadable(
                                archive, "ZIP expands beyond its size limit: possible zip bomb"
                            )
                        out.write(chunk)
    except DocumentUnreadable:
        _remove(written)
        raise
    except Exception as error:  # noqa: BLE001 - zipfile raises zlib.error, struct.error, ValueError ... on damage
        _remove(written)
        text = str(error).replace(str(dest), "").replace(str(path), archive)
        raise DocumentUnreadable(archive, f"corrupt ZIP archive ({text[:300]})") from error
    return written


def _short(name: str, keep: int = 80) -> str:
    return name if len(name) <= keep else name[:keep] + "…"


def _remove(paths: list[Path]) -> None:
    for p in paths:
        try:
            if p.is_dir():
                shutil.rmtree(p)
            else:
                p.unlink(missing_ok=True)
        except OSError:
            pass
