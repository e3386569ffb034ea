"""One applicant's page: what a reviewer needs to confirm or dismiss each flag in a minute.

Top to bottom: a status banner; the flags grouped by severity, each with its Chinese
message, the notice and clause it enforces, declared / read / reference values side by
side and the evidence (the page region cut from the upload, highlighted); the rules that
could not be evaluated; the one-time notice (一次性告知书, printable alone and as a PDF);
the files with what was detected in each.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from pipeline.model import ApplicantResult, Evidence, Extraction, Flag, Severity
from pipeline.policy import Policy
from pipeline.report._html import attr, esc, page
from pipeline.report.evidence import EvidenceImage
from pipeline.report.labels import (
    FILE_STATUS_LABELS,
    SEVERITY_HINTS,
    SEVERITY_LABELS,
    STATUS_LABELS,
    TEXT_SOURCE_LABELS,
    cite,
    code_name,
    field_label,
    kind_label,
)
from pipeline.report.notice import NoticeItem, notice_html
from pipeline.report.tables import risk_score, status_of

_SOURCE_LABELS = {"declared": "申报表", "reference": "参照数据", "metadata": "文件检测", "ocr": "OCR识别",
                  "text_layer": "PDF文字层"}
_REFERENCE_TABLES = {"social_security": "社保缴费记录", "integrity_records": "诚信档案库",
                     "blacklist": "疑似问题期刊库", "store": "本年度申报登记", "application.json": "申报表"}

_PRINT_SCRIPT = """
function printNotice(){document.body.classList.add('print-notice');window.print();
 setTimeout(function(){document.body.classList.remove('print-notice')},0)}
"""


def _banner(result: ApplicantResult) -> str:
    status = status_of(result)
    counts = [(s, sum(1 for f in result.flags if f.severity is s)) for s in Severity]
    detail = "，".join(f"{SEVERITY_LABELS[s]} {n} 项" for s, n in counts if n) or "无风险提示"
    errors = f"；{len(result.errors)} 项检查未能完成" if result.errors else ""
    return (f'<div class="banner {status}" id="banner" data-status="{status}">{STATUS_LABELS[status]}'
            f"<small>风险提示：{detail}{errors} · 风险分 {risk_score(result)}</small></div>")


def _value(label: str, value: str | None) -> str:
    return f"<div><b>{label}</b>{esc(value) if value else '—'}</div>"


def _caption(evidence: Evidence) -> str:
    where = f"{evidence.file} 第{evidence.page_no}页"
    conf = f"，置信度 {evidence.confidence:.2f}" if evidence.confidence is not None and evidence.source == "ocr" else ""
    read = f"：读取“{evidence.text}”" if evidence.text else ""
    return f"{esc(where)}（{_SOURCE_LABELS.get(evidence.source, evidence.source)}{conf}）{esc(read)}"


def _evidence(flag: Flag, images: Mapping[Evidence, EvidenceImage | str]) -> str:
    figures, items = [], []
    for evidence in flag.evidence:
        if evidence.page_no is not None and evidence.file:
            image = images.get(evidence)
            if isinstance(image, EvidenceImage):
                what = "高亮处为读取位置" if image.highlighted else "整页"
                alt = attr(f"{evidence.file} 第{evidence.page_no}页证据截图")
                src = attr(image.src)
                figures.append(
                    f'<figure style="max-width:{image.width}px"><a href="{src}"><img src="{src}" '
                    f'width="{image.width}" height="{image.height}" alt="{alt}"></a>'
                    f"<figcaption>{_caption(evidence)} · {what}</figcaption></figure>")
            else:
                items.append(f"<li>{_caption(evidence)}<span class=muted>（{esc(image or '未截图')}）</span></li>")
        else:
            label = _SOURCE_LABELS.get(evidence.source, evidence.source)
            source = "" if evidence.source == "declared" else _REFERENCE_TABLES.get(evidence.file, evidence.file)
            where = f"{esc(source)}：" if source else ""
            items.append(f"<li><b>{esc(label)}</b> {where}{esc(evidence.text)}</li>")
    out = "".join(figures)
    if items:
        out += f'<ul class="ev">{"".join(items)}</ul>'
    return f'<div class="evidence">{out}</div>' if out else ""


def _found(flag: Flag) -> str | None:
    """The value read, or else what was read at the flag's places on the uploads."""
    if flag.found:
        return flag.found
    read = [e.text for e in flag.evidence if e.page_no is not None and e.source in ("ocr", "text_layer") and e.text]
    return "；".join(dict.fromkeys(read)) or None


def flag_card(flag: Flag, images: Mapping[Evidence, EvidenceImage | str], policy: Policy | None) -> str:
    """One flag: name, message, clause, the three values, the evidence."""
    sev = flag.severity.value
    basis = cite(flag.clause, policy)
    quote = f"：“{esc(flag.clause.text)}”" if flag.clause and flag.clause.text else ""
    clause = f'<div class="clause">依据：{esc(basis)}{quote}</div>' if basis else \
        '<div class="clause">依据：未注明条款</div>'
    return (f'<article class="flag flag-{sev}" data-code="{attr(flag.code)}" data-severity="{sev}">'
            f'<h3><span class="sev sev-{sev}">{SEVERITY_LABELS[flag.severity]}</span> {esc(code_name(flag.code))} '
            f"<code>{esc(flag.code)}</code></h3><p class=msg>{esc(flag.message)}</p>{clause}"
            f'<div class="values">{_value("申报值", flag.declared)}{_value("读取值", _found(flag))}'
            f'{_value("参照值", flag.reference)}</div>{_evidence(flag, images)}</article>')


def _flags(result: ApplicantResult, images: Mapping[Evidence, EvidenceImage | str], policy: Policy | None) -> str:
    if not result.flags:
        return '<h2>风险提示</h2><p>未发现风险。</p>'
    parts = [f'<h2>风险提示（{len(result.flags)}）</h2>']
    for severity in Severity:
        group = sorted((f for f in result.flags if f.severity is severity), key=lambda f: (f.code, f.message))
        if group:
            parts.append(f'<section class="sev-group" data-severity="{severity.value}">'
                         f'<h3><span class="sev sev-{severity.value}">{SEVERITY_LABELS[severity]}</span> '
                         f'{len(group)} 项 <span class=muted>{SEVERITY_HINTS[severity]}</span></h3>'
                         + "".join(flag_card(f, images, policy) for f in group) + "</section>")
    return "".join(parts)


def _detected(extraction: Extraction | None) -> str:
    if extraction is None:
        return ""
    shown = [f"{field_label(f.name, extraction.kind.value)} {f.value}" for f in extraction.fields]
    if extraction.rows:
        shown.append(f"表格 {len(extraction.rows)} 行")
    return "；".join(shown)


def _files(result: ApplicantResult) -> str:
    extractions = {e.file: e for e in result.extractions}
    flagged: dict[str, int] = {}
    for flag in result.flags:
        for file in {e.file for e in flag.evidence if e.file and e.source not in ("declared", "reference")}:
            flagged[file] = flagged.get(file, 0) + 1
    rows = []
    for f in result.files:
        mismatch = f.declared_kind and f.detected_kind and f.declared_kind != f.detected_kind
        detected = kind_label(f.detected_kind) + (" ⚠" if mismatch else "")
        note = f"{flagged[f.file]} 项风险提示" if f.file in flagged else ""
        rows.append(
            f'<tr data-status="{attr(f.status)}"><td>{esc(f.file)}</td><td>{esc(kind_label(f.declared_kind))}</td>'
            f"<td>{esc(detected)}</td><td class=num>{f.pages}</td><td>{TEXT_SOURCE_LABELS.get(f.text_source, '')}</td>"
            f"<td>{esc(FILE_STATUS_LABELS.get(f.status, f.status))}</td>"
            f"<td>{esc(_detected(extractions.get(f.file)))}</td><td>{esc(note)}"
            f"{'<br>' if note and f.detail else ''}<span class=muted>{esc(f.detail)}</span></td></tr>")
    return (f'<h2>上传文件（{len(result.files)}）</h2><table id="files"><thead><tr><th>文件</th><th>申报类型</th>'
            "<th>识别类型</th><th class=num>页数</th><th>文字来源</th><th>状态</th><th>识别内容</th><th>说明</th></tr>"
            f"</thead><tbody>{''.join(rows)}</tbody></table>")


def applicant_page(
    result: ApplicantResult,
    images: Mapping[Evidence, EvidenceImage | str] | None = None,
    policy: Policy | None = None,
    notice: Sequence[NoticeItem] = (),
    notice_pdf: str = "",
    issuer: str = "",
) -> str:
    """The whole page for one applicant. `notice_pdf` is the PDF's path relative to reports/."""
    images = images or {}
    title = f"{result.name or result.applicant_id}（{result.applicant_id}）"
    tools = ['<a href="index.html">← 返回总览</a>', '<a href="units.html">单位统计</a>',
             '<button type="button" onclick="window.print()">打印本页</button>']
    if notice:
        tools += ['<a href="#notice">一次性告知书</a>',
                  '<button type="button" id="print-notice" onclick="printNotice()">打印告知书</button>']
        if notice_pdf:
            tools.append(f'<a href="{attr(notice_pdf)}" id="notice-pdf">告知书 PDF</a>')
    facts = (f'<div class="facts"><span><b>单位</b> {esc(result.unit) or "—"}</span>'
             f'<span><b>主管部门</b> {esc(result.department) or "—"}</span>'
             f'<span><b>申报级别</b> {esc(result.level) or "—"}</span></div>')
    body = [f'<nav class="toolbar">{"".join(tools)}</nav>', f"<h1>{esc(title)}</h1>", _banner(result), facts]
    if result.errors:
        body.append('<h2>未能完成的检查</h2><p class=muted>以下检查未能执行，相应事项未经核验，请人工核对。</p><ul>'
                    + "".join(f"<li>{esc(e)}</li>" for e in result.errors) + "</ul>")
    body.append(_flags(result, images, policy))
    if notice:
        body.append(notice_html(result, notice, issuer))
    body.append(_files(result))
    return page(f"{title} 审核报告", "".join(body), _PRINT_SCRIPT)
