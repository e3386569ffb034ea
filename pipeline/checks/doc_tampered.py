"""DOC_TAMPERED (疑似篡改): signs that an upload was edited after it was issued.

Four signs, each reported with its evidence:

* the PDF's producer or creator is an image editor (Photoshop, GIMP, 美图秀秀 ...);
* the PDF carries incremental updates (content appended after the first save), the way an
  edit in a PDF editor is saved;
* inside one line of a text layer, digits of one number are set in different fonts or sizes
  (a date or number typed over the original);
* the text layer disagrees with OCR of the same page's image (a text layer hiding another
  page), beyond the calibrated ``text_layer_mismatch_max``.

Chongqing 2022 treats forged certificates and fake materials as fraud.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from pipeline.checks._base import Case, CheckContext, make_flag
from pipeline.model import Evidence, Flag, Page, ReadDocument, Severity

CODE: Final = "DOC_TAMPERED"
SEVERITY: Final = Severity.HIGH
LABEL: Final = "疑似篡改"

IMAGE_EDITORS = re.compile(r"photoshop|gimp|paint\.net|pixelmator|affinity photo|美图|acdsee|snapseed|picsart",
                           re.IGNORECASE)
_DIGITS = re.compile(r"^\d+$")


def mixed_digit_fonts(page: Page) -> list[str]:
    """Lines where adjacent digit runs use different fonts or sizes (text layers only)."""
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
                found.append(f"“{left.text}{right.text}” 字体 {left.font}/{right.font} 字号 {left.size}/{right.size}")
    return found


def signs(doc: ReadDocument, mismatch_max: float) -> list[tuple[str, int | None]]:
    """Every sign of editing in one document, with its page (None for whole-file signs)."""
    found: list[tuple[str, int | None]] = []
    tool = " ".join(filter(None, (doc.meta.producer, doc.meta.creator)))
    if IMAGE_EDITORS.search(tool):
        found.append((f"PDF 生成软件为图像编辑器：{tool}", None))
    if doc.meta.incremental_updates > 0:
        found.append((f"PDF 含 {doc.meta.incremental_updates} 次增量修改", None))
    for page in doc.pages:
        for line in mixed_digit_fonts(page):
            found.append((f"同一字段内字体不一致：{line}", page.page_no))
        if page.text_layer_mismatch is not None and page.text_layer_mismatch > mismatch_max:
            found.append((f"文字层与页面图像不一致（差异 {page.text_layer_mismatch:.0%}）", page.page_no))
    return found


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """One flag per upload showing signs of editing."""
    limit = ctx.policy.thresholds.text_layer_mismatch_max
    for file, doc in sorted(case.documents.items()):
        found = signs(doc, limit.value)
        if not found:
            continue
        yield make_flag(
            CODE, SEVERITY, case, f"{file} 疑似经过编辑修改：" + "；".join(text for text, _ in found),
            clause=ctx.policy.rule_clause(CODE) or limit.clause, found="；".join(text for text, _ in found),
            evidence=tuple(Evidence(file, page, None, text, "metadata") for text, page in found),
        )
