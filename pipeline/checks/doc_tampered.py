"""DOC_TAMPERED (疑似篡改): signs that an upload was edited after it was issued.

The signs, each reported with its evidence, method and score:

* the PDF's producer or creator is an image editor (Photoshop, GIMP, 美图秀秀 ...);
* an incremental update (content appended after the first save, the way a PDF editor saves
  an edit) changed what a page shows: the earlier revision, recovered from the file's own
  bytes (:mod:`pipeline.forensics.revisions`), says otherwise — the flag gives the text
  before and after (``declared``/``found``), the page and box, and how to reproduce it. An
  update that changes nothing visible (a signature, metadata, an empty form field filled)
  is listed in files.csv, not flagged; one whose earlier revision cannot be opened is;
* inside one line of a text layer, digits of one number are set in different fonts or sizes
  (a date or number typed over the original); characters set unlike the rest of their line,
  text hidden under a white box, glyphs pasted as a picture over text
  (:mod:`pipeline.forensics.text_edits`, judged against ``span_style_min`` and
  ``text_cover_min``), each naming the extracted field whose box it overlaps;
* the text layer disagrees with OCR of the same page's image (a text layer hiding another
  page), beyond the calibrated ``text_layer_mismatch_max``;
* a picture (an image upload, the scan behind a PDF page) was edited
  (:mod:`pipeline.forensics.image_methods`): an image editor named in its metadata, a region
  without the JPEG compression the rest shows, a region copied within it, a region whose
  noise differs — each judged against its own threshold (``editor_tag_min``,
  ``jpeg_ghost_min``, ``copy_move_min``, ``noise_level_min``) and boxed on the page.

Every sign carries a :class:`~pipeline.model.Measure` (the method, its score in that method's
units, the policy threshold it was judged against where there is one), its page and box where
it has a place on a page, and ends with one 复核 sentence: how a reviewer sees it again by hand.
A visible update also names the kinds of objects it wrote (content streams, fonts, images,
annotations, form fields), from :attr:`~pipeline.model.Revision.objects`.

Chongqing 2022 treats forged certificates and fake materials as fraud.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Final

from pipeline.checks._base import Case, CheckContext, make_flag
from pipeline.forensics import image_methods
from pipeline.forensics.editor_tag import editor
from pipeline.model import (
    BBox,
    Evidence,
    EvidenceSource,
    Field,
    Flag,
    Measure,
    Page,
    ReadDocument,
    Revision,
    Severity,
)
from pipeline.policy import Thresholds

CODE: Final = "DOC_TAMPERED"
SEVERITY: Final = Severity.HIGH
LABEL: Final = "疑似篡改"

_TEXT_EDITS = "在 PDF 编辑器中查看该处文字的字体、颜色与叠放层次即见"
#: The methods of the signs judged here rather than in pipeline.forensics, each a name for the
#: Measure and its 复核 sentence.
PRODUCER: Final = "editor_tag"  # the image editors of editor_tag, named as the PDF's producer
_PRODUCER_CHECK = "在 PDF 阅读器“文档属性”中查看“PDF 生成器/创建者”即见"
DIGIT_FONTS: Final = "digit_fonts"  # score: the share of (font, size) that differ
_DIGIT_FONTS_CHECK = ("在 PDF 编辑器（如 Acrobat“编辑 PDF”、福昕“编辑文本”）中逐一点选这两组数字，"
                      "查看各自的字体与字号即见")
TEXT_LAYER_OCR: Final = "text_layer_ocr"  # score: the share of characters that disagree
_TEXT_LAYER_CHECK = ("在 PDF 阅读器中全选复制该页文字（或用 pdftotext 提取文字层），"
                     "与页面上显示的文字逐行对照即见")
REVISION_UNREAD: Final = "revision_unread"  # score: the bytes left uncompared (the update)
UPDATE_COUNT: Final = "incremental_updates"  # score: the number of incremental updates
_UPDATE_COUNT_CHECK = ("用文本编辑器在文件中查找“%%EOF”（每次增量修改在其后追加一个），"
                       "将每个 %%EOF 之前的字节另存为 PDF，与原文件逐页对照即见")
#: Kinds of objects an incremental update writes (pipeline.forensics.revisions), for reviewers.
OBJECT_KINDS: Final[dict[str, str]] = {
    "content stream": "内容流", "font": "字体", "image": "图片", "annotation": "批注",
    "form field": "表单域", "form XObject": "表单对象", "signature": "数字签名",
    "metadata": "元数据", "page": "页面对象", "structure": "结构对象",
}
#: Each forensics method of the final pages: the policy threshold its score is judged against
#: and how a reviewer reproduces it (one line per method; the image methods register themselves
#: in pipeline.forensics.image_methods).
METHODS: Final[dict[str, tuple[str, str]]] = {
    "span_style": ("span_style_min", _TEXT_EDITS),
    "white_box": ("text_cover_min", _TEXT_EDITS),
    "image_over_text": ("text_cover_min", _TEXT_EDITS),
    **{m.METHOD: (m.THRESHOLD, m.REPRODUCE) for m in image_methods.METHODS},
}
_DIGITS = re.compile(r"^\d+$")


@dataclass(frozen=True, slots=True)
class DigitMix:
    """Two digit runs side by side on one line, set in different fonts or sizes."""

    text: str  # Chinese, for the message
    bbox: BBox  # both runs
    score: float  # the share of (font, size) that differ: 0.5 or 1.0


def mixed_digit_fonts(page: Page) -> list[DigitMix]:
    """Lines where adjacent digit runs use different fonts or sizes (text layers only), each
    boxed round both runs: either may be the one typed in."""
    lines: dict[int, list] = {}
    for word in page.words:
        if word.font is not None and _DIGITS.match(word.text.strip()):
            lines.setdefault(round(word.bbox.bottom), []).append(word)
    found = []
    for words in lines.values():
        words.sort(key=lambda w: w.bbox.x0)
        for left, right in zip(words, words[1:]):
            touching = right.bbox.x0 - left.bbox.x1 < max(left.size or 10, 10) * 0.6
            sizes_differ = abs((left.size or 0) - (right.size or 0)) > 0.5
            if touching and (left.font != right.font or sizes_differ):
                a, b = left.bbox, right.bbox
                found.append(DigitMix(
                    f"“{left.text}{right.text}” 字体 {left.font}/{right.font} "
                    f"字号 {left.size}/{right.size}",
                    BBox(min(a.x0, b.x0), min(a.top, b.top), max(a.x1, b.x1),
                         max(a.bottom, b.bottom)),
                    ((left.font != right.font) + sizes_differ) / 2))
    return found


@dataclass(frozen=True, slots=True)
class Sign:
    """One sign of editing in an upload, as the flag shows it."""

    text: str  # Chinese, for the message
    page_no: int | None = None
    bbox: BBox | None = None
    before: str | None = None
    after: str | None = None
    source: EvidenceSource = "metadata"
    measure: Measure | None = None  # the method and score, and what the evidence image draws


def _box(b: BBox) -> str:
    return f"({b.x0:.0f},{b.top:.0f})-({b.x1:.0f},{b.bottom:.0f})"


def objects_written(rev: Revision) -> str:
    """The kinds of objects an update wrote, for reviewers: "内容流 ×1、字体 ×2"."""
    parts = []
    for item in rev.objects:
        kind, _sep, count = item.partition(" ×")
        parts.append(f"{OBJECT_KINDS.get(kind, kind)} ×{count}" if count else item)
    return "、".join(parts)


def revision_signs(file: str, revisions: Iterable[Revision], change_min: float) -> list[Sign]:
    """The visible changes of each incremental update, each with the objects the update wrote
    and how to reproduce it; an update that could not be compared is a sign too (the reviewer
    compares by hand)."""
    found = []
    for rev in revisions:
        if rev.error:
            check = (f"将“{file}”前 {rev.start} 字节（第 {rev.number} 个 %%EOF 处）另存为 PDF，"
                     f"与原文件逐页人工比对即见" if rev.start else _UPDATE_COUNT_CHECK)
            unread = Measure(REVISION_UNREAD, float(rev.end - rev.start), None, rev.number,
                             rev.start, rev.end)
            found.append(Sign(
                f"PDF 第 {rev.number} 次增量修改无法还原比对"
                + unread.cited(check, before=f"{rev.error}；", digits=".12g",
                               after=f"，即未能比对的 {rev.end - rev.start} 字节"),
                measure=unread))
            continue
        objects = objects_written(rev)
        for f in rev.findings:
            if not f.visible or f.score < change_min:
                continue
            where = f"第 {f.page_no} 页 {_box(f.bbox)} 处" if f.page_no and f.bbox else (
                f"第 {f.page_no} 页" if f.page_no else "")
            change = Measure(f.method, f.score, f.old_bbox, rev.number, rev.start, rev.end,
                             threshold=change_min)
            check = (f"将“{file}”前 {rev.start} 字节（第 {rev.number} 个 %%EOF 处）另存为 PDF，"
                     f"与截至第 {rev.end} 字节的版本"
                     f"{f'第 {f.page_no} 页该处' if f.page_no else ''}对照即见")
            found.append(Sign(
                f"第 {rev.number} 次增量修改在{where}{f.what}"
                + change.cited(check, after=f"；该次更新写入对象：{objects}" if objects else ""),
                f.page_no, f.bbox, f.before, f.after, "text_layer" if f.page_no else "metadata",
                change))
    return found


def page_signs(doc: ReadDocument, limits: Thresholds) -> list[Sign]:
    """Signs of editing on the final pages scoring at or above the policy's threshold for
    their method (:data:`METHODS`): edited text (:mod:`pipeline.forensics.text_edits`) and
    edited pictures (:mod:`pipeline.forensics.image_methods`), each with how to reproduce it.
    A region copied within a picture is shown at both places."""
    found = []
    for f in doc.meta.findings:
        threshold, reproduce = METHODS.get(f.method, (None, ""))
        if threshold is None or f.score < getattr(limits, threshold).value:
            continue
        where = f"第 {f.page_no} 页 {_box(f.bbox)} 处" if f.page_no and f.bbox else (
            f"第 {f.page_no} 页" if f.page_no else "")
        picture = f.method in {m.METHOD for m in image_methods.METHODS}
        source: EvidenceSource = "ocr" if picture else "text_layer"
        limit = getattr(limits, threshold).value
        measure = Measure(f.method, f.score, f.old_bbox, threshold=limit)
        found.append(Sign(f"{where}{f.what}{measure.cited(reproduce)}",
                          f.page_no, f.bbox,
                          *((f.before, f.after) if f.method == "white_box" else (None, None)),
                          "metadata" if f.bbox is None and picture else source,
                          measure))
        if f.method == "copy_move" and f.old_bbox is not None:
            copy = replace(measure, other_bbox=f.bbox)
            found.append(Sign(f"第 {f.page_no} 页 {_box(f.old_bbox)} 处："
                              f"与上一处相同的区域{copy.cited(reproduce)}",
                              f.page_no, f.old_bbox, source="ocr", measure=copy))
    return found


def signs(doc: ReadDocument, limits: Thresholds) -> list[Sign]:
    """Every sign of editing in one document, judged against the policy's `limits`."""
    found: list[Sign] = []
    mismatch_max = limits.text_layer_mismatch_max.value
    change_min = limits.revision_pixel_change_min.value
    tool = " ".join(filter(None, (doc.meta.producer, doc.meta.creator)))
    if editor(tool):
        # named as the software that wrote the file: editor_tag's 1.0 (its threshold is the
        # pictures'; a producer is a sign whatever the policy sets it to)
        named = Measure(PRODUCER, 1.0)
        found.append(Sign(f"PDF 生成软件为图像编辑器：{tool}{named.cited(_PRODUCER_CHECK)}",
                          measure=named))
    found.extend(revision_signs(doc.file, doc.meta.revisions, change_min))
    if doc.meta.incremental_updates and not doc.meta.revisions:
        n = doc.meta.incremental_updates
        counted = Measure(UPDATE_COUNT, float(n))
        found.append(Sign(f"PDF 含 {n} 次增量修改"
                          f"{counted.cited(_UPDATE_COUNT_CHECK, before='未比对；', digits='.12g')}",
                          measure=counted))
    found.extend(page_signs(doc, limits))
    for page in doc.pages:
        for mix in mixed_digit_fonts(page):
            mixed = Measure(DIGIT_FONTS, mix.score)
            found.append(Sign(f"第 {page.page_no} 页 {_box(mix.bbox)} 处同一字段内字体不一致："
                              f"{mix.text}{mixed.cited(_DIGIT_FONTS_CHECK, digits='g')}",
                              page.page_no, mix.bbox, source="text_layer", measure=mixed))
        if page.text_layer_mismatch is not None and page.text_layer_mismatch > mismatch_max:
            differs = Measure(TEXT_LAYER_OCR, page.text_layer_mismatch, threshold=mismatch_max)
            found.append(Sign(f"第 {page.page_no} 页文字层与页面图像不一致"
                              + differs.cited(_TEXT_LAYER_CHECK,
                                              before=f"差异 {page.text_layer_mismatch:.0%}；"),
                              page.page_no, source="text_layer", measure=differs))
    return found


def _with_field(sign: Sign, fields: Iterable[Field]) -> Sign:
    """The sign, naming the extracted fields whose evidence box it overlaps."""
    if sign.bbox is None:
        return sign
    b = sign.bbox
    names = [f.name for f in fields
             if f.evidence.page_no == sign.page_no and (e := f.evidence.bbox) is not None
             and min(b.x1, e.x1) > max(b.x0, e.x0) and min(b.bottom, e.bottom) > max(b.top, e.top)]
    if not names:
        return sign
    return replace(sign, text=f"【字段 {'、'.join(dict.fromkeys(names))}】{sign.text}")


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """One flag per upload showing signs of editing."""
    limits = ctx.policy.thresholds
    mismatch = limits.text_layer_mismatch_max
    for file, doc in sorted(case.documents.items()):
        found = signs(doc, limits)
        fields = case.extractions[file].fields if file in case.extractions else ()
        found = [_with_field(s, fields) for s in found]
        if not found:
            continue
        before = [s.before or "（无）" for s in found if s.before or s.after]
        after = [s.after or "（无）" for s in found if s.before or s.after]
        yield make_flag(
            CODE, SEVERITY, case, f"{file} 疑似经过编辑修改：" + "；".join(s.text for s in found),
            clause=ctx.policy.rule_clause(CODE) or mismatch.clause,
            declared="；".join(before) or None,
            found="；".join(after) or "；".join(s.text for s in found),
            evidence=tuple(Evidence(file, s.page_no, s.bbox, s.text, s.source, measure=s.measure)
                           for s in found),
        )
