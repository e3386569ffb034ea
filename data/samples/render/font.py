"""Find the CJK font the sample documents are rendered with (WenQuanYi Zen Hei / Micro Hei)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

CANDIDATES = (
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
    "/usr/share/fonts/wenquanyi/wqy-zenhei/wqy-zenhei.ttc",
    "/usr/local/share/fonts/wqy-zenhei.ttc",
    "/opt/homebrew/share/fonts/wqy-zenhei.ttc",
)


class FontMissing(RuntimeError):
    """No usable CJK font was found."""


def find_cjk_font() -> Path:
    """Return the path of a WenQuanYi TrueType collection (subfont 0 is the proportional face).

    Raises:
        FontMissing: with the Debian package to install.
    """
    for path in CANDIDATES:
        if Path(path).is_file():
            return Path(path)
    if shutil.which("fc-match"):
        for family in ("WenQuanYi Zen Hei", "WenQuanYi Micro Hei"):
            try:
                out = subprocess.run(
                    ["fc-match", "-f", "%{file}", family], check=False, capture_output=True,
                    text=True,
                    timeout=10,
                ).stdout.strip()
            except (OSError, subprocess.SubprocessError):
                continue
            if out and "wqy" in out.lower() and Path(out).is_file():
                return Path(out)
    raise FontMissing(
        "no CJK font found: the sample generator renders Chinese text with WenQuanYi Zen Hei. "
        "Install the Debian/Ubuntu package fonts-wqy-zenhei (apt-get install fonts-wqy-zenhei; "
        "fonts-wqy-microhei also works) and run again."
    )


# Further faces a layout may pick (render.layout.FONTS): reportlab name -> candidate files.
# Debian packages fonts-wqy-microhei, fonts-arphic-uming (明体, a Song/Ming face) and
# fonts-arphic-ukai (楷体). A face that is not installed is drawn with the main font, so the
# output then differs from a machine that has it (same seed, same machine: same bytes).
FACES = {
    "WQYMICRO": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
                 "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"),
    "UMING": ("/usr/share/fonts/truetype/arphic/uming.ttc",
              "/usr/share/fonts/arphic/uming.ttc"),
    "UKAI": ("/usr/share/fonts/truetype/arphic/ukai.ttc",
             "/usr/share/fonts/arphic/ukai.ttc"),
}


def find_faces() -> dict[str, Path | None]:
    """Each extra face's file (subfont 0 is the simplified-Chinese one), None where missing."""
    return {name: next((Path(p) for p in paths if Path(p).is_file()), None)
            for name, paths in FACES.items()}
