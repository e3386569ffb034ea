"""The window overview: the run summary, then every applicant in one table, sortable by any
column and filterable by status, severity, flag code, unit, department and free text.

Filters can be preset from the address (``index.html#unit=…&status=review``): the units
page links each unit and department that way.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.model import ApplicantResult, Severity
from pipeline.report._html import attr, esc, page
from pipeline.report.labels import FILE_STATUS_LABELS, SEVERITY_LABELS, STATUS_LABELS, code_name
from pipeline.report.summary import RunSummary
from pipeline.report.tables import report_name, risk_score, status_of

_STATUS_RANK = {"ineligible": 0, "review": 1, "clear": 2}

SCRIPT = """
(function(){
var table=document.getElementById('applicants'),body=table.tBodies[0];
var ids=['q','status','severity','code','unit','department'];
function val(id){return document.getElementById(id).value}
function apply(){
 var q=val('q').trim(),st=val('status'),sv=val('severity'),cd=val('code'),un=val('unit'),dp=val('department'),n=0;
 Array.prototype.forEach.call(body.rows,function(r){
  var d=r.dataset,ok=(!st||d.status===st)&&(!sv||(' '+d.severities+' ').indexOf(' '+sv+' ')>=0)
   &&(!cd||(' '+d.codes+' ').indexOf(' '+cd+' ')>=0)&&(!un||d.unit===un)&&(!dp||d.department===dp)
   &&(!q||r.textContent.indexOf(q)>=0||d.codes.toLowerCase().indexOf(q.toLowerCase())>=0);
  r.hidden=!ok;if(ok)n++});
 document.getElementById('shown').textContent=n;
}
function sortBy(th){
 var col=th.cellIndex,num=th.dataset.num==='1',asc=th.getAttribute('aria-sort')!=='ascending';
 Array.prototype.forEach.call(th.parentNode.cells,function(c){c.removeAttribute('aria-sort')});
 th.setAttribute('aria-sort',asc?'ascending':'descending');
 var rows=Array.prototype.slice.call(body.rows);
 rows.sort(function(a,b){
  var x=a.cells[col].dataset.v,y=b.cells[col].dataset.v;
  if(x===undefined)x=a.cells[col].textContent;if(y===undefined)y=b.cells[col].textContent;
  var c=num?(+x)-(+y):x.localeCompare(y,'zh-CN');
  if(c===0)c=a.dataset.id.localeCompare(b.dataset.id);
  return asc?c:-c});
 rows.forEach(function(r){body.appendChild(r)});
}
Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th){
 th.addEventListener('click',function(){sortBy(th)})});
ids.forEach(function(id){var e=document.getElementById(id);e.addEventListener(id==='q'?'input':'change',apply)});
document.getElementById('reset').addEventListener('click',function(){
 ids.forEach(function(id){document.getElementById(id).value=''});apply()});
function fromHash(){
 var h=decodeURIComponent(location.hash.replace(/^#/,''));if(!h)return;
 h.split('&').forEach(function(kv){var i=kv.indexOf('='),k=kv.slice(0,i),v=kv.slice(i+1),e=document.getElementById(k);
  if(i<1||!e||ids.indexOf(k)<0)return;
  if(e.tagName==='SELECT'&&!Array.prototype.some.call(e.options,function(o){return o.value===v}))return;
  e.value=v});
 apply();
}
window.addEventListener('hashchange',fromHash);fromHash();
})();
"""


def _options(select_id: str, label: str, choices: Sequence[tuple[str, str]]) -> str:
    options = "".join(f'<option value="{attr(v)}">{esc(t)}</option>' for v, t in choices)
    return (f'<label for="{select_id}">{label}</label><select id="{select_id}">'
            f'<option value="">全部</option>{options}</select>')


def _filters(results: Sequence[ApplicantResult]) -> str:
    codes = sorted({f.code for r in results for f in r.flags})
    units = sorted({r.unit for r in results if r.unit})
    departments = sorted({r.department for r in results if r.department})
    return ('<div class="filters noprint">'
            '<label for="q">搜索</label><input id="q" type="search" placeholder="姓名、编号、单位、代码">'
            + _options("status", "状态", list(STATUS_LABELS.items()))
            + _options("severity", "严重程度", [(s.value, SEVERITY_LABELS[s]) for s in Severity])
            + _options("code", "风险代码", [(c, f"{code_name(c)}（{c}）") for c in codes])
            + _options("unit", "单位", [(u, u) for u in units])
            + _options("department", "主管部门", [(d, d) for d in departments])
            + f'<button type="button" id="reset">清除筛选</button>'
            f'<span>显示 <span class="count" id="shown">{len(results)}</span> / {len(results)} 人</span></div>')


def _row(r: ApplicantResult) -> str:
    status = status_of(r)
    counts = {s: sum(1 for f in r.flags if f.severity is s) for s in Severity}
    codes = sorted({f.code for f in r.flags})
    names = "、".join(code_name(c) for c in codes)
    severities = " ".join(s.value for s in Severity if counts[s])
    cells = "".join(f'<td class=num data-v="{counts[s]}">{counts[s] or ""}</td>' for s in Severity)
    errors = ""
    if r.errors:
        errors = f' <span class=muted title="{attr("；".join(r.errors))}">（{len(r.errors)} 项未检）</span>'
    return (f'<tr data-id="{attr(r.applicant_id)}" data-status="{status}" data-severities="{severities}" '
            f'data-codes="{attr(" ".join(codes))}" data-unit="{attr(r.unit)}" data-department="{attr(r.department)}">'
            f'<td><a href="{attr(report_name(r.applicant_id))}">{esc(r.applicant_id)}</a></td><td>{esc(r.name)}</td>'
            f"<td>{esc(r.unit)}</td><td>{esc(r.department)}</td><td>{esc(r.level)}</td>"
            f'<td class="{status}" data-v="{_STATUS_RANK[status]}">{STATUS_LABELS[status]}{errors}</td>'
            f'<td class=num data-v="{risk_score(r)}">{risk_score(r)}</td>{cells}'
            f'<td title="{attr(" ".join(codes))}">{esc(names)}</td></tr>')


def _summary(summary: RunSummary) -> str:
    minutes, seconds = divmod(round(summary.seconds), 60)
    took = f"{minutes} 分 {seconds} 秒" if minutes else f"{summary.seconds:.1f} 秒"
    tiles = [("申报人", summary.applicants), ("不符合申报条件", summary.ineligible), ("需人工复核", summary.review),
             ("未发现问题", summary.clear), ("风险提示", summary.flags), ("文件", summary.files),
             ("无法读取的文件", summary.unreadable_files), ("检查未完成的申报人", summary.errors), ("本次核查", summary.screened),
             ("材料未变沿用结果", summary.reused), ("用时", took)]
    html = '<section id="summary"><div class="stats">' + "".join(
        f'<div class="stat"><b>{esc(v)}</b>{k}</div>' for k, v in tiles) + "</div>"
    if summary.unreadable:
        rows = "".join(f'<tr><td><a href="{attr(report_name(f.applicant_id))}">{esc(f.applicant_id)}</a></td>'
                       f"<td>{esc(f.file)}</td><td>{esc(FILE_STATUS_LABELS[f.status])}</td><td>{esc(f.detail)}</td></tr>"
                       for f in summary.unreadable)
        html += (f"<details open><summary>无法读取的文件（{len(summary.unreadable)}）</summary>"
                 '<table id="unreadable"><thead><tr><th>申报人</th><th>文件</th><th>状态</th><th>原因</th>'
                 "</tr></thead>"
                 f"<tbody>{rows}</tbody></table></details>")
    return html + "</section>"


def index_page(results: Sequence[ApplicantResult], title: str, summary: RunSummary) -> str:
    """The overview page, riskiest applicants first."""
    headers = [("申报人编号", 0), ("姓名", 0), ("单位", 0), ("主管部门", 0), ("级别", 0), ("状态", 1), ("风险分", 1),
               *((f"{SEVERITY_LABELS[s]}", 1) for s in Severity), ("风险提示", 0)]
    head = "".join(f'<th data-col="{i}"{" data-num=1 class=num" if num else ""}>{esc(h)}</th>'
                   for i, (h, num) in enumerate(headers))
    ordered = sorted(results, key=lambda r: (-risk_score(r), r.applicant_id))
    policy = f'<p class="muted">适用文件：《{esc(summary.policy)}》</p>' if summary.policy else ""
    body = (f'<nav class="toolbar"><a href="units.html">单位与主管部门统计</a></nav><h1>{esc(title)}</h1>{policy}'
            + _summary(summary) + "<h2>申报人</h2>" + _filters(results)
            + f'<table id="applicants"><thead><tr>{head}</tr></thead><tbody>'
            + "".join(_row(r) for r in ordered) + "</tbody></table>")
    return page(title, body, SCRIPT)
