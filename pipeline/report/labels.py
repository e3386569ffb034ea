"""The Chinese words of the reviewers' pages: severities, statuses, file states, flag names.

Flag names are each rule's ``LABEL`` (applicant rules and window rules alike), so a new
rule names itself.

>>> code_name("RETIREMENT_AGE")
'已达退休年龄'
>>> code_name("NOT_A_CODE")
'NOT_A_CODE'
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from pipeline.model import Clause, DocumentKind, Severity

if TYPE_CHECKING:
    from pipeline.policy import Policy

SEVERITY_LABELS = {Severity.CRITICAL: "严重", Severity.HIGH: "高", Severity.MEDIUM: "中",
                   Severity.LOW: "低"}
SEVERITY_HINTS = {
    Severity.CRITICAL: "不符合申报条件或一票否决，除非复核予以排除",
    Severity.HIGH: "材料可能虚假或不符合要求",
    Severity.MEDIUM: "需要审核人员查看",
    Severity.LOW: "质量或完整性提示",
}
DECISION_LABELS = {"open": "待审", "confirmed": "已确认", "dismissed": "已排除"}
EVIDENCE_CHANGED_LABEL = "证据在上次决定后已变化"
STATUS_LABELS = {"ineligible": "不符合申报条件", "review": "需人工复核", "clear": "未发现问题"}
FILE_STATUS_LABELS = {"ok": "正常", "unreadable": "无法读取", "missing": "未上传",
                      "unlisted": "未在申报表中列出", "rejected": "已拒收"}
TEXT_SOURCE_LABELS = {"text_layer": "PDF文字层", "ocr": "OCR识别", "none": "无"}
SCOPE_LABELS = {"unit": "申报单位", "department": "主管部门"}
FIELD_LABELS = {
    "name": "姓名", "gender": "性别", "birth_date": "出生日期", "id_number": "身份证号",
    "school": "学校",
    "major": "专业", "level": "层次/级别", "degree": "学位", "degree_number": "学位证书编号",
    "diploma_number": "学历证书编号", "award_date": "授予日期", "start": "起始日期",
    "end": "截止日期",
    "title": "职称", "journal": "期刊", "issn": "ISSN", "cn": "CN", "year": "年度", "issue": "期号",
    "authors": "作者", "unit": "单位", "result": "考核结果", "obtained_on": "取得日期",
    "certificate_number": "证书编号", "issued_on": "落款日期", "credit_code": "统一社会信用代码",
    "hours": "学时",
}
_KIND_FIELD_LABELS = {
    (DocumentKind.PAPER, "title"): "论文题名", (DocumentKind.PAPER, "year"): "发表年份",
    (DocumentKind.DIPLOMA, "start"): "入学日期", (DocumentKind.DIPLOMA, "end"): "毕业日期",
    (DocumentKind.APPOINTMENT_LETTER, "start"): "聘期起",
    (DocumentKind.APPOINTMENT_LETTER, "end"): "聘期止",
    (DocumentKind.CONTRACT, "start"): "合同起", (DocumentKind.CONTRACT, "end"): "合同止",
}

@functools.cache
def _code_names() -> dict[str, str]:
    from pipeline.checks import ALL_CHECKS
    from pipeline.window_rules import ALL_WINDOW_RULES

    return {rule.CODE: rule.LABEL for rule in (*ALL_WINDOW_RULES, *ALL_CHECKS)}


def code_name(code: str) -> str:
    """The Chinese name of a flag code (the code itself when it has none)."""
    return _code_names().get(code, code)


def kind_label(kind: str) -> str:
    """The Chinese name of a document kind value ('' stays '')."""
    try:
        return DocumentKind(kind).label
    except ValueError:
        return kind


def field_label(name: str, kind: str = "") -> str:
    """A field of an extraction of `kind`, in Chinese.

    >>> field_label("end", "diploma"), field_label("title", "paper"), field_label("unit")
    ('毕业日期', '论文题名', '单位')
    """
    return _KIND_FIELD_LABELS.get((kind, name)) or FIELD_LABELS.get(name, name)


def cite(clause: Clause | None, policy: Policy | None) -> str:
    """The notice and clause in words: the notice's title when it is the policy's own."""
    if clause is None:
        return ""
    notice = clause.notice
    if policy is not None and notice == policy.notice and policy.title:
        notice = f"《{policy.title}》"
    elif notice.startswith("credcheck default"):
        notice = "通知未作规定，系统默认："
    return f"{notice} {clause.article}".strip()


def own_clause(clause: Clause | None, policy: Policy | None) -> bool:
    """True when the clause is one of the policy's own notice (not a default or a national rule)."""
    return clause is not None and policy is not None and clause.notice == policy.notice
