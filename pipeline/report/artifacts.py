"""What the Prefect UI shows next to a window run: a markdown summary and an applicants table.

Built here as plain text and rows (no Prefect import: the library stays orchestrator-free);
:mod:`flows.screen_window` publishes them with ``create_markdown_artifact`` and
``create_table_artifact``. Identity numbers are masked, as on the pages.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from pipeline.model import ApplicantResult, Severity
from pipeline.policy import Policy
from pipeline.redact import mask_text
from pipeline.report.labels import FILE_STATUS_LABELS, SEVERITY_LABELS, STATUS_LABELS, code_name
from pipeline.report.summary import RunSummary
from pipeline.report.tables import risk_score, status_of, unit_rows


def _cell(text: object) -> str:
    return mask_text(str(text)).replace("|", "／").replace("\n", " ")


def summary_markdown(
    summary: RunSummary, results: Sequence[ApplicantResult], policy: Policy | None,
    out: Path | None = None,
) -> str:
    """The run in markdown: counts, flags by code, marked units, unreadable files, where the
    reports are."""
    lines = [f"# 职称评审材料核查：{_cell(summary.window)}", ""]
    if summary.policy:
        lines += [f"适用文件：《{_cell(summary.policy)}》", ""]
    lines += ["| 项目 | 数量 |", "|---|---:|"]
    lines += [f"| {k} | {v} |" for k, v in (
        ("申报人", summary.applicants), ("不符合申报条件", summary.ineligible),
        ("需人工复核", summary.review),
        ("未发现问题", summary.clear), ("风险提示", summary.flags), ("文件", summary.files),
        ("无法读取的文件", summary.unreadable_files), ("检查未完成的申报人", summary.errors),
        ("本次核查", summary.screened), ("材料未变沿用结果", summary.reused),
        ("期刊名单变更重新核查", summary.rescreened),
        ("用时（秒）", f"{summary.seconds:.1f}"))]
    codes = Counter((f.severity, f.code) for r in results for f in r.flags)
    if codes:
        lines += ["", "## 风险提示（按代码）", "", "| 严重程度 | 代码 | 名称 | 数量 |",
                  "|---|---|---|---:|"]
        lines += [f"| {SEVERITY_LABELS[s]} | `{c}` | {code_name(c)} | {n} |"
                  for (s, c), n in sorted(codes.items(), key=lambda kv: (kv[0][0].rank, kv[0][1]))]
    if policy is not None:
        marked = [r for r in unit_rows(results, policy) if r["marked"] == "yes"]
        if marked:
            lines += ["", "## 达到说明标准的单位与主管部门", "",
                      "| 范围 | 名称 | 申报人数 | 不符合条件 | 占比 |",
                      "|---|---|---:|---:|---:|"]
            lines += [f"| {'申报单位' if r['scope'] == 'unit' else '主管部门'} | "
                      f"{_cell(r['unit'] or r['department'])} | {r['applicants']} | "
                      f"{r['flagged']} | {float(str(r['ratio'])):.0%} |" for r in marked]
    if summary.unreadable:
        lines += ["", "## 无法读取的文件", "", "| 申报人 | 文件 | 状态 | 原因 |",
                  "|---|---|---|---|"]
        lines += [f"| {_cell(f.applicant_id)} | {_cell(f.file)} | "
                  f"{FILE_STATUS_LABELS[f.status]} | {_cell(f.detail)} |"
                  for f in summary.unreadable]
    if out is not None:
        lines += ["", f"报告：`{_cell((Path(out) / 'reports' / 'index.html').resolve())}`"]
    return "\n".join(lines) + "\n"


def applicant_table(results: Sequence[ApplicantResult]) -> list[dict[str, str]]:
    """One row per applicant, riskiest first, with Chinese column names."""
    rows = []
    for r in sorted(results, key=lambda r: (-risk_score(r), r.applicant_id)):
        counts = r.severity_counts
        rows.append({
            "申报人编号": r.applicant_id, "姓名": r.name, "单位": r.unit, "主管部门": r.department,
            "级别": r.level,
            "状态": STATUS_LABELS[status_of(r)], "风险分": str(risk_score(r)),
            **{SEVERITY_LABELS[s]: str(counts[s]) for s in Severity},
            "风险提示": "、".join(f"{code_name(c)}（{c}）" for c in r.codes),
        })
    return [{k: mask_text(v) for k, v in row.items()} for row in rows]
