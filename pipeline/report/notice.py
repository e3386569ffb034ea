"""The one-time notice (一次性告知书): every missing or insufficient item, told at once.

The board office hands it to the applicant (or the recommending unit) so the materials are
completed in one round. It lists what the applicant can remedy by uploading again: each
required item that is missing (``MATERIAL_MISSING``), each declared file that was not
uploaded, and each upload that cannot serve as it is (unreadable, too blurred, a grayscale
copy of a certificate, the wrong document, no seal). Findings about eligibility or
authenticity are not remedied by uploading and are not on it.

It appears on the applicant's page (printable alone: the page's print button hides the rest)
and as a PDF, ``reports/notices/<applicant>.pdf``, made with PyMuPDF's Story (HTML to PDF
in-process, no browser; its built-in CJK font keeps the Chinese text extractable).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.atomic import write_private
from pipeline.model import ApplicantResult, Flag
from pipeline.redact import mask_text
from pipeline.report._html import render
from pipeline.report.tables import report_stem


@functools.cache
def remedies() -> dict[str, str]:
    """Code -> what the applicant must do about the file named in the flag (``{file}``, and
    ``{page}``: 第N页 or nothing): the ``REMEDY`` of each rule an upload can remedy, so a new
    rule of that sort is on the notice as soon as it says how.

    >>> remedies()["SEAL_MISSING"].format(file="聘书.pdf", page="")
    '《聘书.pdf》未见单位公章，请上传加盖公章的材料'
    """
    from pipeline.checks import ALL_CHECKS

    return {rule.CODE: rule.REMEDY for rule in ALL_CHECKS if hasattr(rule, "REMEDY")}


@dataclass(frozen=True, slots=True)
class NoticeItem:
    """One line of the notice: what is missing or insufficient, and the clause behind it."""

    text: str
    basis: str = ""


def _flag_file(flag: Flag) -> str:
    return flag.file or next((e.file for e in flag.evidence
                              if e.source == "metadata" and e.file), "")


def notice_items(result: ApplicantResult, cite: dict[str, str] | None = None) -> list[NoticeItem]:
    """Every item of the notice, missing items first, each once.

    `cite` maps a flag code to the clause text shown as the basis (optional).
    """
    cite = cite or {}
    items: list[NoticeItem] = []
    seen: set[str] = set()

    def add(text: str, basis: str = "") -> None:
        if text not in seen:
            seen.add(text)
            items.append(NoticeItem(text, basis))

    # never a dismissed one
    on_notice = {"MATERIAL_MISSING", *remedies()}
    flags = sorted((f for f in result.active_flags if f.code in on_notice),
                   key=lambda f: (f.code != "MATERIAL_MISSING", f.code, f.message))
    for flag in flags:
        if flag.code == "MATERIAL_MISSING":
            add("请补充提交：" + flag.message.removeprefix("缺少"), cite.get(flag.code, ""))
        else:
            file = _flag_file(flag)
            page = f"第{flag.page_no}页" if flag.page_no else ""
            text = remedies()[flag.code].format(file=file, page=page) if file else flag.message
            add(text, cite.get(flag.code, ""))
    for record in result.files:
        if record.status == "missing":
            add(f"申报表中列出的《{record.file}》未上传，请上传该文件")
    return items


@dataclass(frozen=True, slots=True)
class NoticeView:
    """What the notice template shows: who it is for, the items, who issues it."""

    who: str
    applicant_id: str
    unit: str
    level: str
    items: Sequence[NoticeItem]
    issuer: str


def notice_view(result: ApplicantResult, items: Sequence[NoticeItem], issuer: str) -> NoticeView:
    """The notice's view data (``notice.html.j2``)."""
    return NoticeView(who=result.name or result.applicant_id, applicant_id=result.applicant_id,
                      unit=result.unit, level=result.level, items=tuple(items), issuer=issuer)


def notice_html(result: ApplicantResult, items: Sequence[NoticeItem], issuer: str) -> str:
    """The notice as an HTML fragment (a `.notice` section), for the page and the PDF."""
    return render("notice.html.j2", notice=notice_view(result, items, issuer))


_PDF_CSS = """
body{font-family:sans-serif;font-size:11pt;line-height:1.6}
h2{text-align:center;font-size:18pt;margin-bottom:14pt}
li{margin-bottom:6pt}.muted{color:#555;font-size:9pt}.sign{text-align:right;margin-top:28pt}
"""


def notice_pdf(fragment: str) -> bytes:
    """The notice fragment laid out on A4 pages as PDF bytes."""
    import io

    import pymupdf

    story = pymupdf.Story(html=mask_text(fragment), user_css=_PDF_CSS)
    buffer = io.BytesIO()
    writer = pymupdf.DocumentWriter(buffer)
    mediabox = pymupdf.paper_rect("a4")
    where = mediabox + (56, 56, -56, -56)
    more = True
    while more:
        device = writer.begin_page(mediabox)
        more, _filled = story.place(where)
        story.draw(device)
        writer.end_page()
    writer.close()
    return buffer.getvalue()


def write_notice_pdf(fragment: str, reports: Path, applicant_id: str) -> str:
    """Write ``reports/notices/<applicant>.pdf``; return its path relative to reports/."""
    relative = f"notices/{report_stem(applicant_id)}.pdf"
    write_private(reports / relative, notice_pdf(fragment))
    return relative
