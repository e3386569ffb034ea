"""SEAL_MISSING (未见公章): an appointment letter or contract shows no official seal.

Xuchang 2023: the appointment letter scan must show the unit's seal. A person looks for the
seal's shape -- a round or oval stamp with a ring -- and so does this rule, on the page
measurements (:mod:`pipeline.read.quality`, :mod:`pipeline.read.seals`):

- a page in colour shows a seal when red seal ink inside a seal-shaped ring covers at least
  `seal_red_ratio_min` of it (red headings, rules, borders, square personal seals and half
  seals on the edge are not seal-shaped);
- a page without colour (colourfulness below `colourfulness_min`: a grayscale scan or
  photocopy, or a black-on-white render) cannot show red, so there a dark ring of a seal's
  size whose outline matches an ellipse at least `seal_ring_min` counts as the seal;
- a page whose only colour is one or two stamp-sized marks is a gray photocopy stamped
  afterwards (the personnel office's blue 核验章 复印件与原件核对无误, a received-on stamp):
  there, as on a page without colour, a seal-sized ring in its gray ink at least
  `seal_ring_min` counts (copy_ring; the coloured stamps themselves are left out: official
  seals are red, a checker's stamp is not the unit's seal);
- a red seal cut by the page's edge (骑缝章, stamped across the sheets so that each keeps a
  part) is the unit's seal too: a contract's first page uploaded alone shows only that. The
  sheet's edge cuts it, whether that is the image's edge or, in a photo, the paper's inside it.
- a notarised copy (公证复印件) binds the copy of the letter with the notary office's 公证书,
  and the seals of that bundle are the notary's: a 公证书 is sealed by the 公证机构 (《公证法》
  第三十二条: 公证书…由公证员签名或者加盖签名章并加盖公证机构印章; 司法部《关于公证书制作的
  若干规定》: 公证处印章和钢印), and its sheets are stamped across with the notary's 骑缝章 and
  钢印 so that none can be swapped. So a page that is a 公证书 (its heading 公证书 on a line of
  its own and the notary's words on the page: 公证员, 公证处, 公证事项, its number …证字第…号)
  neither shows nor lacks the unit's seal, and in an upload that holds one, a half seal on the
  sheets' edge is the notary's 骑缝章 and does not count; a whole red seal on the letter's own
  page still does (the notary's colour copy of a sealed letter shows the unit's seal).

A red seal a person sees but too small a share of the image for the policy (a phone photo of a
screen or of a sheet far off, where the page is a small part of the picture: red_seal_ratio
above 0 is only ever a seal-shaped red ring) is weak evidence, not a missing seal: such an
upload is reported at low severity as a seal that could not be verified (未能确认公章), not as
未见公章 -- unless another page of it shows no seal at all (an envelope's red postmark on page 1
does not make the unsealed letter on page 2 weak evidence).

Born-digital pages are judged on a render of their pictures and coloured paint, so vector and
embedded-image seals count. An
upload none of whose pages can be judged (every page image below `page_short_side_min` or
`page_sharpness_min`: DOC_QUALITY_LOW already asks for a better copy) raises nothing here,
and neither does a grayscale scan whose ring was not measured (a born-digital page without a
ring measurement is judged on red alone).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from extractors.appointment_letter import NOTARY_HEADING, NOTARY_WORDS
from pipeline.checks._base import Case, CheckContext, make_flag
from pipeline.model import DocumentKind, Evidence, Flag, Page, Severity

CODE: Final = "SEAL_MISSING"
SEVERITY: Final = Severity.MEDIUM
LABEL: Final = "未见公章"
#: What the applicant must do, on the one-time notice ({file}: the upload; {page}: 第N页).
REMEDY: Final = "《{file}》未见单位公章，请上传加盖公章的材料"

SEALED_KINDS = (DocumentKind.APPOINTMENT_LETTER, DocumentKind.CONTRACT)

def notarial(page: Page) -> bool:
    """Whether `page` is a notary office's 公证书 (its seals are the notary's): its heading
    (公 证 书) on a line of its own, and on the page the notary's words (公证员, 公证处,
    公证事项, its number 桂柳证字第…号), as the 聘书's reader tells the 公证书 bound behind a
    copy (:data:`extractors.appointment_letter.NOTARY_HEADING`)."""
    text = page.text
    return bool(NOTARY_HEADING.search(text) and NOTARY_WORDS.search(text))


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """Flag sealed-kind uploads on which no page shows a seal (red, or a ring when gray)."""
    red_min = ctx.policy.thresholds.seal_red_ratio_min
    ring_min = ctx.policy.thresholds.seal_ring_min.value
    colour_min = ctx.policy.thresholds.colourfulness_min.value
    sharp_min = ctx.policy.thresholds.page_sharpness_min.value
    side_min = ctx.policy.thresholds.page_short_side_min.value
    for file, doc in sorted(case.documents.items()):
        kind = case.kind_of(file)
        if kind not in SEALED_KINDS:
            continue
        judged: list[tuple[Page, str]] = []  # pages that could show a seal, and what they show
        sealed = False
        weak = 0  # judged pages that show a red seal with too little ink
        notary = [p.page_no for p in doc.pages if notarial(p)]
        for page in doc.pages:
            q = page.quality
            if q is None or page.page_no in notary:
                continue  # not measured, or the notary's 公证书 (its seal is the notary's)
            image = page.read_by != "text_layer"
            if image and (min(q.width_px, q.height_px) < side_min or q.sharpness < sharp_min):
                continue  # too small or blurred to judge (DOC_QUALITY_LOW)
            if q.red_seal_ratio >= red_min.value or (q.edge_seal and not notary):
                sealed = True  # in a notarised bundle the 骑缝章 on the edge is the notary's
                break
            if q.copy_ring is not None and q.copy_ring >= ring_min:
                sealed = True  # a gray copy stamped in colour afterwards: its seal is gray
                break
            if q.colourfulness >= colour_min or (q.seal_ring is None and not image):
                red = f"红章占比 {q.red_seal_ratio:.4f}，需 ≥ {red_min.value:g}"
                if q.red_seal_ratio > 0:  # a seal-shaped red ring, with little ink
                    weak += 1
                    judged.append((page, f"见红色圆形印章但占比过小，未能确认（{red}）"))
                    continue
                bound = "；页边骑缝章为公证处装订公证书所盖，不作单位公章" if q.edge_seal else ""
                judged.append((page, f"未见红色圆形印章（{red}{bound}）"))
            elif q.seal_ring is None:
                continue  # a scan without colour whose ring was not measured: cannot judge
            elif q.seal_ring >= ring_min:
                sealed = True  # a grayscale copy of a sealed page
                break
            else:
                ring = f"圆环吻合度 {q.seal_ring:.2f}，需 ≥ {ring_min:g}"
                judged.append((page, f"黑白页面未见印章圆环（{ring}）"))
        if sealed or not judged:
            continue
        label = "聘书" if kind == DocumentKind.APPOINTMENT_LETTER else "合同"
        faint = weak == len(judged)  # a page that shows no seal at all is still 未见
        found = "；".join(f"第{p.page_no}页{text}" for p, text in judged)
        if notary:
            pages = "、".join(f"第{n}页" for n in notary)
            found += f"；{pages}为公证书，所盖为公证处印章，不作单位公章"
        yield make_flag(
            CODE, Severity.LOW if faint else SEVERITY, case,
            f"{file}（{label}）{'未能确认单位公章' if faint else '未见单位公章'}",
            clause=ctx.policy.rule_clause(CODE) or red_min.clause, found=found,
            reference=f"红章占比 ≥ {red_min.value:g}；黑白页面印章圆环吻合度 ≥ {ring_min:g}",
            evidence=tuple(Evidence(file, p.page_no, None, text, "metadata") for p, text in judged),
        )
