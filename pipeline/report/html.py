"""Reviewers' HTML pages: the window overview and one page per applicant.

Pages work offline from a file share: no network assets, styles and the sorting script
inline. Identity numbers are masked everywhere in these pages (:mod:`pipeline.redact`).
"""

from __future__ import annotations

import html
import os
from collections.abc import Sequence
from pathlib import Path

from pipeline.model import ApplicantResult, Flag, Severity
from pipeline.redact import mask_text
from pipeline.report.tables import private_dir, report_name, risk_score, status_of

SEVERITY_LABELS = {Severity.CRITICAL: "严重", Severity.HIGH: "高", Severity.MEDIUM: "中", Severity.LOW: "低"}
STATUS_LABELS = {"ineligible": "不符合申报条件", "review": "需人工复核", "clear": "未发现问题"}

_STYLE = """
body{font-family:"Noto Sans CJK SC","WenQuanYi Zen Hei","Microsoft YaHei",sans-serif;margin:1.5em;color:#222}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#f0f0f0;cursor:pointer}.banner{padding:.8em 1em;border-radius:4px;font-size:1.2em;margin-bottom:1em}
.ineligible{background:#fdd}.review{background:#ffe9b3}.clear{background:#dfd}
.sev-critical{color:#b00;font-weight:bold}.sev-high{color:#d60}.sev-medium{color:#850}.sev-low{color:#666}
.muted{color:#777;font-size:.9em}input,select{margin:0 .5em .5em 0}
@media print{.noprint{display:none}body{margin:0}}
"""

_SORT_SCRIPT = """
document.querySelectorAll('th[data-col]').forEach(function(th){th.addEventListener('click',function(){
 var table=th.closest('table'),body=table.tBodies[0],col=+th.dataset.col,num=th.dataset.num==='1';
 var asc=th.dataset.asc!=='1';th.dataset.asc=asc?'1':'0';
 var rows=Array.prototype.slice.call(body.rows);rows.sort(function(a,b){
  var x=a.cells[col].dataset.v||a.cells[col].textContent,y=b.cells[col].dataset.v||b.cells[col].textContent;
  if(num){x=+x;y=+y;return asc?x-y:y-x}return asc?x.localeCompare(y,'zh'):y.localeCompare(x,'zh')});
 rows.forEach(function(r){body.appendChild(r)})})});
function applyFilter(){var q=document.getElementById('q').value.trim(),s=document.getElementById('status').value;
 Array.prototype.forEach.call(document.querySelectorAll('#applicants tbody tr'),function(r){
  var ok=(!s||r.dataset.status===s)&&(!q||r.textContent.indexOf(q)>=0);r.style.display=ok?'':'none'})}
"""


def _e(text: object) -> str:
    return html.escape(mask_text(str(text if text is not None else "")))


def _page(title: str, body: str, script: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{_e(title)}</title>'
            f"<style>{_STYLE}</style></head><body>{body}"
            + (f"<script>{script}</script>" if script else "") + "</body></html>")


def _write(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace") as handle:
        handle.write(text)


def _flag_rows(flags: Sequence[Flag]) -> str:
    rows = []
    for flag in sorted(flags, key=lambda f: (f.severity.rank, f.code)):
        where = f"{flag.file} 第{flag.page_no}页" if flag.file and flag.page_no else flag.file
        evidence = "<br>".join(_e(e.text) for e in flag.evidence)
        rows.append(
            f'<tr><td class="sev-{flag.severity.value}">{SEVERITY_LABELS[flag.severity]}</td>'
            f"<td><code>{_e(flag.code)}</code></td><td>{_e(flag.message)}</td>"
            f"<td>{_e(flag.declared or '')}</td><td>{_e(flag.found or '')}</td><td>{_e(flag.reference or '')}</td>"
            f"<td>{_e(where)}<div class=muted>{evidence}</div></td>"
            f"<td class=muted>{_e(flag.clause.cite() if flag.clause else '')}</td></tr>"
        )
    return "".join(rows)


def applicant_page(result: ApplicantResult) -> str:
    """One applicant's page: banner, flags by severity, files."""
    status = status_of(result)
    body = [f'<p class="noprint"><a href="index.html">← 返回总览</a></p>',
            f"<h1>{_e(result.name or result.applicant_id)}（{_e(result.applicant_id)}）</h1>",
            f'<div class="banner {status}">{STATUS_LABELS[status]} · 风险分 {risk_score(result)}</div>',
            f"<p>单位：{_e(result.unit)} · 主管部门：{_e(result.department)} · 申报级别：{_e(result.level)}</p>"]
    if result.errors:
        body.append("<h2>未能完成的检查</h2><ul>" + "".join(f"<li>{_e(e)}</li>" for e in result.errors) + "</ul>")
    body.append("<h2>风险提示</h2>")
    if result.flags:
        body.append("<table><thead><tr><th>严重程度</th><th>代码</th><th>说明</th><th>申报值</th><th>读取值</th>"
                    "<th>参照值</th><th>证据</th><th>依据</th></tr></thead><tbody>"
                    + _flag_rows(result.flags) + "</tbody></table>")
    else:
        body.append("<p>未发现风险。</p>")
    missing = [f for f in result.flags if f.code == "MATERIAL_MISSING"]
    if missing:
        body.append("<h2>一次性告知书</h2><p>经审核，您的申报材料尚缺以下内容，请一次性补齐：</p><ol>"
                    + "".join(f"<li>{_e(f.message.removeprefix('缺少'))}</li>" for f in missing) + "</ol>")
    body.append("<h2>上传文件</h2><table><thead><tr><th>文件</th><th>申报类型</th><th>识别类型</th><th>页数</th>"
                "<th>文字来源</th><th>状态</th><th>说明</th></tr></thead><tbody>")
    for f in result.files:
        body.append(f"<tr><td>{_e(f.file)}</td><td>{_e(f.declared_kind)}</td><td>{_e(f.detected_kind)}</td>"
                    f"<td>{f.pages}</td><td>{_e(f.text_source)}</td><td>{_e(f.status)}</td><td>{_e(f.detail)}</td></tr>")
    body.append("</tbody></table>")
    return _page(f"{result.applicant_id} 审核报告", "".join(body))


def index_page(results: Sequence[ApplicantResult], title: str, summary: str) -> str:
    """The window overview: every applicant, sortable and filterable."""
    rows = []
    for r in sorted(results, key=lambda r: (-risk_score(r), r.applicant_id)):
        status = status_of(r)
        codes = " ".join(sorted({f.code for f in r.flags}))
        rows.append(
            f'<tr data-status="{status}"><td><a href="{_e(report_name(r.applicant_id))}">{_e(r.applicant_id)}</a></td>'
            f"<td>{_e(r.name)}</td><td>{_e(r.unit)}</td><td>{_e(r.department)}</td><td>{_e(r.level)}</td>"
            f'<td class="{status}">{STATUS_LABELS[status]}</td><td data-v="{risk_score(r)}">{risk_score(r)}</td>'
            f"<td>{_e(codes)}</td></tr>")
    headers = ["申报人编号", "姓名", "单位", "主管部门", "级别", "状态", "风险分", "风险代码"]
    head = "".join(f'<th data-col="{i}"{" data-num=1" if h == "风险分" else ""}>{h}</th>'
                   for i, h in enumerate(headers))
    body = (f"<h1>{_e(title)}</h1><p>{_e(summary)}</p>"
            '<div class="noprint"><input id="q" placeholder="搜索姓名、单位、代码" oninput="applyFilter()">'
            '<select id="status" onchange="applyFilter()"><option value="">全部状态</option>'
            + "".join(f'<option value="{k}">{v}</option>' for k, v in STATUS_LABELS.items())
            + f'</select></div><table id="applicants"><thead><tr>{head}</tr></thead><tbody>'
            + "".join(rows) + "</tbody></table>")
    return _page(title, body, _SORT_SCRIPT)


def write_html(results: Sequence[ApplicantResult], out: Path, title: str, summary: str) -> None:
    """Write reports/index.html and reports/<applicant_id>.html."""
    reports = private_dir(out / "reports")
    _write(reports / "index.html", index_page(results, title, summary))
    for result in results:
        _write(reports / report_name(result.applicant_id), applicant_page(result))
