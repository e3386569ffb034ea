"""Revision diff: what each incremental update of a PDF changed.

An incremental update appends changed objects and a cross-reference section ending in
``startxref N %%EOF`` to the file; the bytes up to an earlier ``%%EOF`` are the earlier
revision, a whole PDF any reader opens. :func:`revision_ends` finds those boundaries,
:func:`compare` sets each revision beside the one its update produced (for the last update,
the final file), page by page:

- text removed, added or replaced (``get_text("rawdict")`` characters grouped into tokens in
  reading order, then a token diff), with the box on the final page and on the earlier one;
- images that are new or whose data changed on a page;
- form fields whose value changed (filling an empty field is listed, not visible);
- annotations added or changed (over text: visible; elsewhere: listed);
- a page whose drawing changed with none of the above: the two pages rendered at
  :data:`RENDER_DPI` and the share of pixels that differ (the box around them);
- and which objects the update wrote (content streams, fonts, images, form fields,
  annotations, signatures, metadata), for the record.

Scores: 1.0 for a change read from the objects (text, image, field value, annotation over
text); the share of changed pixels for a drawing-only change (the policy's
``revision_pixel_change_min`` decides whether that is a change).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from pipeline.model import BBox, Finding, Revision

if TYPE_CHECKING:
    import pymupdf

METHOD = "revision_diff"
MAX_UPDATES = 20  # only the last this many updates of a file are compared (each is opened)
RENDER_DPI = 50  # resolution of the drawing-only comparison
PIXEL_DELTA = 48  # grey-level difference at which a rendered pixel counts as changed
GAP = 0.5  # a horizontal gap wider than this many font sizes separates two tokens
SEPARATORS = frozenset(" \t\u3000:：,，;；、|")
_STARTXREF = re.compile(rb"startxref\s+\d+\s+%%EOF[ \t]*(?:\r\n|\r|\n)?")


def revision_ends(data: bytes, versions: int) -> list[int]:
    """Where each of the file's last `versions` revisions ends (bytes up to and including its
    ``%%EOF`` line), oldest first. The last is the final revision."""
    ends = [m.end() for m in _STARTXREF.finditer(data)]
    return ends[-versions:] if versions > 0 else []


WHOLE_MAX = 20  # a replaced token shorter than this is shown whole when one side narrows to nothing
UNITS = frozenset("年月日号时分秒岁元%")  # a unit after a changed number belongs to the value


@dataclass(frozen=True, slots=True)
class Token:
    """A run of characters of one text line, between spaces, separators or wide gaps, with
    each character's box."""

    text: str
    boxes: tuple[BBox, ...]

    @property
    def bbox(self) -> BBox:
        return _union(list(self.boxes)) or BBox(0, 0, 0, 0)


def tokens(page: pymupdf.Page) -> list[Token]:
    """The page's text as tokens in reading order (rows top to bottom, tokens left to right;
    the characters of one token in the order the page draws them), boxes in points on the
    page as displayed."""
    import pymupdf

    matrix = page.rotation_matrix
    data = page.get_text("rawdict", flags=pymupdf.TEXT_MEDIABOX_CLIP)
    lines: list[tuple[pymupdf.Rect, list[Token]]] = []
    for block in data.get("blocks", []):
        for line in block.get("lines", []):
            toks: list[Token] = []
            text, boxes, last_x1 = "", [], None
            for span in line.get("spans", []):
                size = max(float(span.get("size", 0.0)), 1.0)
                for c in span.get("chars", []):
                    ch, r = c["c"], pymupdf.Rect(c["bbox"]) * matrix
                    r.normalize()
                    cut = ch in SEPARATORS or ch.isspace()
                    if (cut or (last_x1 is not None and r.x0 - last_x1 > GAP * size)) and text:
                        toks.append(Token(text, tuple(boxes)))
                        text, boxes = "", []
                    if not cut:
                        text += ch
                        boxes.append(_bbox(r))
                    last_x1 = r.x1
            if text:
                toks.append(Token(text, tuple(boxes)))
            if toks:
                r = pymupdf.Rect(line["bbox"]) * matrix
                r.normalize()
                lines.append((r, toks))
    rows: list[tuple[pymupdf.Rect, list[Token]]] = []
    for r, toks in sorted(lines, key=lambda item: (item[0].y0 + item[0].y1) / 2):
        for row in rows:
            overlap = min(row[0].y1, r.y1) - max(row[0].y0, r.y0)
            if overlap >= 0.5 * min(row[0].height, r.height):
                row[0].include_rect(r)
                row[1].extend(toks)
                break
        else:
            rows.append((pymupdf.Rect(r), list(toks)))
    return [t for _r, toks in sorted(rows, key=lambda row: row[0].y0)
            for t in sorted(toks, key=lambda t: t.bbox.x0)]


def _bbox(r: pymupdf.Rect | Iterable[float]) -> BBox:
    x0, y0, x1, y1 = (round(float(v), 1) for v in r)
    return BBox(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))


def _union(boxes: list[BBox]) -> BBox | None:
    if not boxes:
        return None
    return BBox(min(b.x0 for b in boxes), min(b.top for b in boxes),
                max(b.x1 for b in boxes), max(b.bottom for b in boxes))


def _chars(toks: list[Token]) -> list[tuple[str, BBox | None]]:
    """The tokens' characters in order, a space between two Latin letters or digits."""
    out: list[tuple[str, BBox | None]] = []
    for t in toks:
        if out and _word_char(out[-1][0]) and _word_char(t.text[0]):
            out.append((" ", None))
        out.extend(zip(t.text, t.boxes, strict=True))
    return out


def _word_char(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def narrow(a: str, b: str) -> tuple[int, int, int, int]:
    """The differing middle of two strings, as (start, end in a, start, end in b), widened to
    whole numbers or Latin words and a unit after a number (年, 月, 日 ...).

    >>> a, b = "于2018年12月18日取得", "于2016年12月18日取得"
    >>> i, j, k, m = narrow(a, b)
    >>> a[i:j], b[k:m]
    ('2018年', '2016年')
    """
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    q = 0
    while q < min(len(a), len(b)) - p and a[-1 - q] == b[-1 - q]:
        q += 1
    i, j, k, m = p, len(a) - q, p, len(b) - q
    while i > 0 and k > 0 and _word_char(a[i - 1]) and (
            j > i and _word_char(a[i]) or m > k and _word_char(b[k])):
        i, k = i - 1, k - 1
    while j < len(a) and m < len(b) and _word_char(a[j]) and (
            j > i and _word_char(a[j - 1]) or m > k and _word_char(b[m - 1])):
        j, m = j + 1, m + 1
    if j < len(a) and m < len(b) and a[j] in UNITS and a[j] == b[m] and (
            j > i and a[j - 1].isdigit() or m > k and b[m - 1].isdigit()):
        j, m = j + 1, m + 1
    return i, j, k, m


def text_changes(old: pymupdf.Page, new: pymupdf.Page, page_no: int) -> list[Finding]:
    """Text removed, added or replaced on one page between two revisions."""
    a, b = tokens(old), tokens(new)
    found = []
    matcher = SequenceMatcher(None, [t.text for t in a], [t.text for t in b], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        old_chars, new_chars = _chars(a[i1:i2]), _chars(b[j1:j2])
        before, after = "".join(c for c, _ in old_chars), "".join(c for c, _ in new_chars)
        if before == after:
            continue
        i, j, k, m = narrow(before, after)
        if (i == j or k == m) and before and after and max(len(before), len(after)) <= WHOLE_MAX:
            i, j, k, m = 0, len(before), 0, len(after)  # "助理工程师" → "工程师", not "删除“助理”"
        old_box = (_union([bx for _, bx in old_chars[i:j] if bx])
                   or _union([bx for _, bx in old_chars if bx]))
        new_box = (_union([bx for _, bx in new_chars[k:m] if bx])
                   or _union([bx for _, bx in new_chars if bx]))
        before, after = before[i:j].strip(), after[k:m].strip()
        if not before and not after:
            continue
        what = (f"“{before}”改为“{after}”" if before and after
                else f"删除“{before}”" if before else f"新增“{after}”")
        found.append(Finding(METHOD, 1.0, f"文字{what}", page_no, new_box or old_box,
                             before or None, after or None, True, old_box))
    return found


def _page_images(page: pymupdf.Page) -> dict[int, list[BBox]]:
    matrix = page.rotation_matrix
    out: dict[int, list[BBox]] = {}
    for item in page.get_images(full=True):
        xref = item[0]
        try:
            out[xref] = [_bbox(r * matrix) for r in page.get_image_rects(xref)]
        except Exception:  # noqa: BLE001 - an image MuPDF cannot place: no box
            out[xref] = []
    return out


def _widgets(page: pymupdf.Page) -> dict[str, tuple[str, BBox]]:
    out = {}
    for w in page.widgets() or ():
        value = w.field_value
        text = "" if value in (None, False, "Off") else str(value)
        out[str(w.field_name)] = (text, _bbox(w.rect * page.rotation_matrix))
    return out


def _annotations(page: pymupdf.Page) -> list[tuple[int, str, BBox]]:
    return [(a.xref, str(a.type[1]), _bbox(a.rect * page.rotation_matrix))
            for a in page.annots() or () if a.type[0] not in (2, 19)]  # 2: Link, 19: Widget


def _overlaps(box: BBox, others: Iterable[BBox]) -> bool:
    return any(min(box.x1, o.x1) > max(box.x0, o.x0)
               and min(box.bottom, o.bottom) > max(box.top, o.top)
               for o in others)


def _inside(box: BBox, outer: BBox) -> bool:
    cx, cy = (box.x0 + box.x1) / 2, (box.top + box.bottom) / 2
    return outer.x0 <= cx <= outer.x1 and outer.top <= cy <= outer.bottom


def object_changes(old: pymupdf.Document, new: pymupdf.Document) -> dict[int, str]:
    """The objects the later revision added or changed, by xref, with their kind."""
    contents = {x for page in new for x in page.get_contents()}
    info = new.xref_get_key(-1, "Info")
    info_xref = int(info[1].split()[0]) if info[0] == "xref" else 0
    changed = {}
    for xref in range(1, new.xref_length()):
        try:
            src = new.xref_object(xref, compressed=True)
            stream = new.xref_is_stream(xref)
            if xref < old.xref_length():
                if old.xref_object(xref, compressed=True) == src and (
                        not stream or old.xref_stream_raw(xref) == new.xref_stream_raw(xref)):
                    continue
        except Exception:  # noqa: BLE001 - a damaged object: not compared
            continue
        changed[xref] = _kind(src, xref in contents, xref == info_xref)
    return changed


def _kind(src: str, content: bool, info: bool) -> str:
    s = src.replace(" ", "")
    checks = (
        (content, "content stream"), (info or "/Type/Metadata" in s, "metadata"),
        ("/Type/Sig" in s or "/FT/Sig" in s or "/ByteRange" in s, "signature"),
        ("/Subtype/Image" in s, "image"),
        ("/Type/Font" in s or "/Type/FontDescriptor" in s or "/Length1" in s, "font"),
        ("/Subtype/Widget" in s or "/FT/" in s or "/Fields" in s, "form field"),
        ("/Type/Annot" in s or "/Annots" in s and "/Type/Page" not in s, "annotation"),
        ("/Subtype/Form" in s, "form XObject"),
        ("/Type/Page" in s and "/Type/Pages" not in s, "page"),
    )
    for hit, kind in checks:
        if hit:
            return kind
    return "structure"


def _summary(kinds: Iterable[str]) -> tuple[str, ...]:
    counts: dict[str, int] = {}
    for k in kinds:
        counts[k] = counts.get(k, 0) + 1
    return tuple(f"{k} ×{n}" for k, n in sorted(counts.items()))


def _render_change(old: pymupdf.Page, new: pymupdf.Page) -> tuple[float, BBox | None]:
    """Share of pixels that differ between the two pages rendered at RENDER_DPI, and the box
    (points, as displayed) around them."""
    import numpy as np
    import pymupdf

    def grey(page: pymupdf.Page) -> np.ndarray:
        pix = page.get_pixmap(dpi=RENDER_DPI, colorspace=pymupdf.csGRAY, annots=True)
        return (np.frombuffer(pix.samples, dtype=np.uint8)
                .reshape(pix.height, pix.stride)[:, :pix.width])

    a, b = grey(old), grey(new)
    if a.shape != b.shape:
        return 1.0, _bbox(new.rect)
    diff = np.abs(a.astype(np.int16) - b.astype(np.int16)) > PIXEL_DELTA
    if not diff.any():
        return 0.0, None
    ys, xs = np.nonzero(diff)
    scale = 72.0 / RENDER_DPI
    box = BBox(round(float(xs.min()) * scale, 1), round(float(ys.min()) * scale, 1),
               round(float(xs.max() + 1) * scale, 1), round(float(ys.max() + 1) * scale, 1))
    return round(float(diff.mean()), 5), box


def compare(old: pymupdf.Document, new: pymupdf.Document, number: int, start: int,
            end: int) -> Revision:
    """What the update `number` (1-based) changed: `old` is the file's first `start` bytes
    (the revision before it), `new` its first `end` bytes (the revision it produced)."""
    objects = object_changes(old, new)
    changed = set(objects)
    findings: list[Finding] = []
    for index in range(max(old.page_count, new.page_count)):
        page_no = index + 1
        if index >= old.page_count:
            findings.append(Finding(METHOD, 1.0, "新增整页", page_no, _bbox(new[index].rect)))
            continue
        if index >= new.page_count:
            findings.append(Finding(METHOD, 1.0, "删除整页", page_no, None))
            continue
        po, pn = old[index], new[index]
        page_found = text_changes(po, pn, page_no)
        text_boxes = [t.bbox for t in tokens(pn)]
        old_images = _page_images(po)
        for xref, boxes in _page_images(pn).items():
            if xref in changed or xref not in old_images:
                for box in boxes or [None]:
                    page_found.append(Finding(METHOD, 1.0, "图片被替换或新增", page_no, box))
        old_fields = _widgets(po)
        for name, (value, box) in _widgets(pn).items():
            before = old_fields.get(name, ("", box))[0]
            if before != value:
                # the field's appearance is page text too: its change is this finding
                page_found = [f for f in page_found if f.bbox is None or not _inside(f.bbox, box)]
                filled = not before
                what = f"表单域“{name}”{'填写' if filled else '由“' + before + '”改为'}“{value}”"
                findings.append(Finding(METHOD, 1.0, what, page_no, box, before or None,
                                        value or None, visible=not filled))
        old_annots = {x for x, _t, _b in _annotations(po)}
        for xref, kind, box in _annotations(pn):
            if xref in changed or xref not in old_annots:
                over = _overlaps(box, text_boxes)
                findings.append(Finding(METHOD, 1.0,
                                        f"批注（{kind}）{'覆盖文字' if over else '新增'}",
                                        page_no, box, visible=over))
        if not page_found and any(objects.get(x) == "content stream" for x in pn.get_contents()):
            share, box = _render_change(po, pn)
            if share > 0:
                page_found.append(Finding(METHOD, share, "页面图形改变（文字未变）", page_no, box))
        findings.extend(page_found)
    if not findings and any(k in ("signature", "metadata") for k in objects.values()):
        kinds = sorted({k for k in objects.values() if k in ("signature", "metadata")})
        findings.append(Finding(METHOD, 1.0,
                                "仅" + "、".join({"signature": "数字签名", "metadata": "元数据"}[k]
                                                 for k in kinds), visible=False))
    return Revision(number, start, end, _summary(objects.values()), tuple(findings))
