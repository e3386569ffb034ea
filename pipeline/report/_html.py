"""What every reviewers' page shares: escaping (with identity numbers masked), the style
sheet (screen and print), the page frame and private writes.

Pages must work opened from a file share with no network: the style sheet and scripts are
inline, images are files beside the page, nothing is fetched from anywhere.
"""

from __future__ import annotations

import html
import os
from pathlib import Path

from pipeline.redact import mask_text
from pipeline.report.tables import private_dir

STYLE = """
:root{--crit:#b00020;--high:#d35400;--med:#8a6d00;--low:#666;--line:#d8d8d8;--bg2:#f5f6f8}
*{box-sizing:border-box}
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei","WenQuanYi Zen Hei",
 "Microsoft YaHei","PingFang SC",sans-serif;margin:0 auto;padding:1.2em 1.5em;max-width:1400px;color:#222;
 line-height:1.5;font-size:15px}
h1{font-size:1.5em;margin:.2em 0 .4em}h2{font-size:1.2em;margin:1.4em 0 .5em;border-bottom:2px solid #ddd;
 padding-bottom:.2em}h3{font-size:1.05em;margin:.8em 0 .3em}
a{color:#0b57d0}nav a{margin-right:1.2em}
table{border-collapse:collapse;width:100%}th,td{border:1px solid var(--line);padding:.3em .5em;text-align:left;
 vertical-align:top}th{background:#eef0f3;white-space:nowrap}th[data-col]{cursor:pointer;user-select:none}
th[data-col]::after{content:" ⇅";color:#999;font-size:.8em}th[aria-sort=ascending]::after{content:" ▲";color:#333}
th[aria-sort=descending]::after{content:" ▼";color:#333}td.num,th.num{text-align:right}
.banner{padding:.7em 1em;border-radius:6px;font-size:1.15em;margin:.4em 0 1em;border-left:8px solid}
.banner small{display:block;font-size:.75em;color:#444}
.ineligible{background:#fde2e4;border-color:var(--crit)}.review{background:#fff1cc;border-color:#e0a800}
.clear{background:#dff3e3;border-color:#2e7d32}
td.ineligible,td.review,td.clear{border-left-width:1px}
.sev{display:inline-block;min-width:2.6em;text-align:center;border-radius:3px;color:#fff;padding:0 .4em;
 font-size:.85em;font-weight:bold}
.sev-critical{background:var(--crit)}.sev-high{background:var(--high)}.sev-medium{background:var(--med)}
.sev-low{background:var(--low)}
.muted{color:#666;font-size:.9em}code{font-size:.9em;background:var(--bg2);padding:0 .25em;border-radius:3px}
.filters{display:flex;flex-wrap:wrap;gap:.5em;align-items:center;margin:.6em 0;padding:.5em;background:var(--bg2);
 border-radius:6px}.filters label{font-size:.9em;color:#444}input,select,button{font:inherit;padding:.15em .3em}
.count{font-weight:bold}.facts{display:flex;flex-wrap:wrap;gap:.4em 1.6em;margin:.3em 0}.facts b{color:#444}
.stats{display:flex;flex-wrap:wrap;gap:.6em;margin:.6em 0}.stat{background:var(--bg2);border-radius:6px;
 padding:.4em .8em;min-width:7em}.stat b{display:block;font-size:1.4em}
.flag{border:1px solid var(--line);border-radius:6px;margin:.7em 0;padding:.6em .8em}.flag-critical{border-left:6px solid var(--crit)}.flag-high{border-left:6px solid var(--high)}
.flag-medium{border-left:6px solid var(--med)}.flag-low{border-left:6px solid var(--low)}
.flag h3{margin:0 0 .3em;font-size:1em}.flag .msg{font-size:1.02em;margin:.2em 0}
.values{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:.5em;margin:.5em 0}
.values div{background:var(--bg2);border-radius:4px;padding:.3em .5em;overflow-wrap:anywhere}
.values b{display:block;font-size:.8em;color:#555}
.clause{font-size:.88em;color:#333;background:#f7f7fb;border-left:3px solid #99a;padding:.3em .6em;margin:.4em 0}
figure{margin:.5em 0;display:inline-block;vertical-align:top;max-width:100%}
figure img{max-width:100%;height:auto;border:1px solid #bbb;display:block;background:#fff}
figcaption{font-size:.85em;color:#444;max-width:760px}
ul.ev{margin:.3em 0;padding-left:1.2em;font-size:.9em}
.marked{background:#fde2e4;font-weight:bold}
.notice{border:1px solid #999;padding:1.2em 1.6em;margin:1em 0;background:#fff}
.notice h2{text-align:center;border:none;font-size:1.4em;letter-spacing:.2em}
.notice .sign{text-align:right;margin-top:2em}
.toolbar{margin:.4em 0}.toolbar a,.toolbar button{margin-right:1em}
@media print{
 .noprint,nav,.filters,.toolbar{display:none!important}
 body{max-width:none;padding:0;font-size:11pt;color:#000}
 a{color:#000;text-decoration:none}
 h2,h3,.clause{page-break-after:avoid;break-after:avoid}
 figure,tr,.values,.notice{page-break-inside:avoid;break-inside:avoid}
 .banner,.sev,.marked,th{-webkit-print-color-adjust:exact;print-color-adjust:exact}
 body.print-notice > :not(.notice){display:none!important}
 .notice{border:none;margin:0;padding:0}
 @page{size:A4;margin:18mm 16mm}
}
"""


def esc(text: object) -> str:
    """HTML-escaped text with every identity number in it masked."""
    return html.escape(mask_text(str(text if text is not None else "")))


def attr(text: object) -> str:
    """A value for a double-quoted attribute (masked and escaped)."""
    return esc(text)


def page(title: str, body: str, script: str = "", body_class: str = "") -> str:
    """A whole page: inline style, the body, an optional inline script at the end."""
    cls = f' class="{attr(body_class)}"' if body_class else ""
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width,initial-scale=1">'
            f"<title>{esc(title)}</title><style>{STYLE}</style></head><body{cls}>{body}"
            + (f"<script>{script}</script>" if script else "") + "</body></html>")


def write_private(path: Path, data: str | bytes) -> None:
    """Write a file readable by its owner only (reports show people's documents)."""
    private_dir(path.parent)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    if isinstance(data, str):
        data = data.encode("utf-8", "backslashreplace")  # names from uploads may not be UTF-8
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
