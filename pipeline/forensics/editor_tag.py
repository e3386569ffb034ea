"""Editor traces: an image editor named in the picture's own metadata.

Image editors write their name into the files they save: EXIF ``Software`` (and
``ProcessingSoftware``), XMP ``xmp:CreatorTool`` and the ``stEvt:softwareAgent`` of each step
of ``xmpMM:History``, a PNG ``Software`` text chunk, a JPEG comment. A picture whose metadata
names one of :data:`EDITORS` (Photoshop, GIMP, 美图秀秀, 醒图, PicsArt, Snapseed ...) was
opened and saved by it. Camera firmware (``Ver.1.0``, ``HDR+``, a phone model), scanner
software (CamScanner, Adobe Scan, a copier's driver) and screenshot tools name none of them
and never count.

Score: 1.0 when an editor is named as the software that wrote the file; 0.75 when it is named
only in the file's edit history (another program saved it last).

:func:`tags_of` reads those fields from an image Pillow already opened (it opens nothing).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from pipeline.forensics.picture import Picture
from pipeline.model import Finding

if TYPE_CHECKING:
    from PIL import Image

METHOD: Final = "editor_tag"
THRESHOLD: Final = "editor_tag_min"
REPRODUCE: Final = "用 exiftool 或图片属性查看该文件的 Software / CreatorTool / 编辑历史字段即见"

#: Raster image editors, each with the words that name it (case-insensitive) and a display name.
EDITORS: Final[tuple[tuple[str, str], ...]] = (
    (r"photoshop", "Adobe Photoshop"),
    (r"\bgimp\b", "GIMP"),
    (r"paint\.net", "Paint.NET"),
    (r"pixelmator", "Pixelmator"),
    (r"affinity photo", "Affinity Photo"),
    (r"photopea", "Photopea"),
    (r"美图|meitu|xiuxiu|\bmtxx\b", "美图秀秀"),
    (r"醒图|hypic|xingtu", "醒图"),
    (r"picsart", "PicsArt"),
    (r"snapseed", "Snapseed"),
    (r"光影魔术手|neo ?imaging", "光影魔术手"),
    (r"acdsee", "ACDSee"),
    (r"photoscape", "PhotoScape"),
    (r"\bfotor\b", "Fotor"),
)
_EDITORS = [(re.compile(p, re.IGNORECASE), name) for p, name in EDITORS]
HISTORY: Final = "xmp history"  # the `where` of a name found only in the edit history

_XMP_TOOL = re.compile(r"CreatorTool(?:>|=\")([^<\"]{1,200})")
_XMP_AGENT = re.compile(r"softwareAgent(?:>|=\")([^<\"]{1,200})")
_EXIF_FIELDS = ((0x0131, "EXIF Software"), (0x000B, "EXIF ProcessingSoftware"))


def editor(text: str) -> str | None:
    """The editor `text` names, if any.

    >>> editor("Adobe Photoshop CC 2019 (Windows)"), editor("MeituXiuXiu"), editor("Adobe Scan")
    ('Adobe Photoshop', '美图秀秀', None)
    >>> editor("HDR+ 1.0.3"), editor("CamScanner"), editor("Canon iR-ADV C5535  PDF")
    (None, None, None)
    """
    return next((name for pattern, name in _EDITORS if pattern.search(text)), None)


def _text(value: object) -> str:
    if isinstance(value, bytes):
        for codec in ("utf-8", "gb18030", "latin-1"):
            try:
                return value.decode(codec).strip("\x00 ")
            except UnicodeDecodeError:
                continue
    return str(value).strip("\x00 ")


def tags_of(image: Image.Image) -> tuple[tuple[str, str], ...]:
    """The metadata text of an opened image that may name software: (where, text) pairs."""
    found: list[tuple[str, str]] = []
    try:
        exif = image.getexif()
        for tag, where in _EXIF_FIELDS:
            if exif.get(tag):
                found.append((where, _text(exif[tag])))
    except Exception:  # noqa: BLE001 - damaged EXIF: nothing read from it
        pass
    info = image.info or {}
    xmp = info.get("xmp") or info.get("XML:com.adobe.xmp") or ""
    xmp = _text(xmp)[:200_000]
    found.extend(("XMP CreatorTool", m.strip()) for m in _XMP_TOOL.findall(xmp))
    found.extend((HISTORY, m.strip()) for m in _XMP_AGENT.findall(xmp))
    for key in ("Software", "software", "Comment", "comment", "Creator"):
        if info.get(key):
            found.append((f"{image.format or 'image'} {key}", _text(info[key])[:200]))
    return tuple(dict.fromkeys(found))


def analyse(picture: Picture) -> list[Finding]:
    """One finding when the picture's metadata names an image editor."""
    named = [(where, text, name) for where, text in picture.tags if (name := editor(text))]
    if not named:
        return []
    wrote = [n for n in named if n[0] != HISTORY]
    where, text, name = (wrote or named)[0]
    score = 1.0 if wrote else 0.75
    what = (
        f"图片元数据记录其由图像编辑软件 {name} 保存（{where}：{text}）"
        if wrote
        else f"图片元数据的编辑历史记录了图像编辑软件 {name}（{text}）"
    )
    return [Finding(METHOD, score, what, picture.page_no, None)]
