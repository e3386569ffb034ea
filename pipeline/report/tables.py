"""The CSV outputs of shared/spec/intake.md §3: applicants, flags, files, units.

Written UTF-8 with a BOM so that Excel on a Chinese desktop shows the text, and created
readable by their owner only (they hold identity numbers in full, as the spec requires), in
folders only their owner can enter. Text that came from uploads cannot run in a spreadsheet:
a cell starting with ``= + - @`` (or a tab or carriage return) gets a leading ``'``, and file
names that are not valid UTF-8 are written with backslash escapes.
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

# status_of and risk_score live on the model (ApplicantResult.status, .risk_score);
# imported here for the report modules that take them from this one.
from pipeline.atomic import atomic_write, private_dir
from pipeline.model import ApplicantResult, Decision, Flag, Severity, risk_score, status_of
from pipeline.policy import Policy
from pipeline.redact import mask_text

APPLICANT_COLUMNS = ("applicant_id", "name", "unit", "level", "status", "risk_score", "flags",
                     "critical", "high", "medium", "low", "report", "errors")
FLAG_COLUMNS = ("applicant_id", "code", "severity", "message", "file", "page", "evidence", "rule",
                "declared", "found", "reference", "decision", "decided_by", "decided_at",
                "decision_note")
FILE_COLUMNS = ("applicant_id", "file", "declared_kind", "detected_kind", "pages", "text_source",
                "status", "detail")
FIELD_COLUMNS = ("applicant_id", "file", "kind", "field", "value", "page", "source", "confidence")
PROBLEM_COLUMNS = ("problem",)
UNIT_COLUMNS = ("scope", "unit", "department", "applicants", "flagged", "ratio", "threshold",
                "marked")

def blocking(result: ApplicantResult) -> bool:
    """True when the applicant carries a critical or high flag not dismissed (non-conforming)."""
    return any(f.severity in (Severity.CRITICAL, Severity.HIGH) for f in result.active_flags)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_SAFE_REPORT_NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def report_stem(applicant_id: str) -> str:
    """The name an applicant's files take under reports/ (page, notice PDF, evidence folder):
    the id itself when it is a valid id that cannot clash with the overview nor spell an
    identity number, else a stable name derived from it (a folder name may be 255 bytes of
    anything, or "index")."""
    if (_SAFE_REPORT_NAME.match(applicant_id) and applicant_id.lower() not in ("index", "units")
            and mask_text(applicant_id) == applicant_id):  # an id that is an identity number
        return applicant_id
    digest = hashlib.sha256(applicant_id.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return f"applicant-{digest}"


def report_name(applicant_id: str) -> str:
    """The file name of an applicant's page under reports/."""
    return f"{report_stem(applicant_id)}.html"


def spreadsheet_safe(value: object) -> object:
    """A cell value that a spreadsheet shows as text instead of evaluating it."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_csv(path: Path, columns: Sequence[str], rows: Iterable[dict[str, object]]) -> None:
    """Write one CSV output atomically: UTF-8 with a BOM, owner-readable only,
    spreadsheet-safe cells."""
    with atomic_write(path, "w", encoding="utf-8-sig", errors="backslashreplace",
                      newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(columns), extrasaction="ignore")
        writer.writeheader()
        writer.writerows({k: spreadsheet_safe(v) for k, v in row.items()} for row in rows)


def flag_row(flag: Flag) -> dict[str, object]:
    """A flag as a flags.csv row: the finding, then its decision (open when none)."""
    decision = flag.decision or Decision()
    return dict(zip(FLAG_COLUMNS, (*flag.finding, decision.state, decision.by, decision.at,
                                   decision.note), strict=True))


def applicant_row(result: ApplicantResult) -> dict[str, object]:
    """An applicant as an applicants.csv row."""
    counts = result.severity_counts
    return {
        "applicant_id": result.applicant_id, "name": result.name, "unit": result.unit,
        "level": result.level, "status": status_of(result), "risk_score": risk_score(result),
        "flags": " ".join(result.codes),
        **{s.value: counts[s] for s in Severity},
        "report": f"reports/{report_name(result.applicant_id)}",
        "errors": " | ".join(map(str, result.errors)),
    }


def unit_rows(results: Sequence[ApplicantResult], policy: Policy) -> list[dict[str, object]]:
    """Per unit and per department: applicants, non-conforming ones, ratio, and the mark.

    Liuzhou 2024 三（一）1: a unit at or over 10 % non-conforming applicants, a department at
    or over 20 %, must explain (thresholds from the policy).
    """
    rows: list[dict[str, object]] = []
    for scope, key, threshold in (
        ("unit", lambda r: (r.unit, r.department), policy.unit_flag_ratio.value),
        ("department", lambda r: ("", r.department), policy.department_flag_ratio.value),
    ):
        groups: dict[tuple[str, str], list[ApplicantResult]] = defaultdict(list)
        for result in results:
            if result.level:  # an applicant whose form could not be read has no unit
                groups[key(result)].append(result)
        for (unit, department), members in sorted(groups.items()):
            flagged = sum(1 for r in members if blocking(r))
            ratio = flagged / len(members)
            rows.append({
                "scope": scope, "unit": unit, "department": department or "（未填）",
                "applicants": len(members), "flagged": flagged, "ratio": f"{ratio:.3f}",
                "threshold": f"{threshold:.2f}", "marked": "yes" if ratio >= threshold else "no",
            })
    return rows


def write_tables(results: Sequence[ApplicantResult], out: Path, policy: Policy) -> None:
    """Write the four CSV files of the spec into `out`, and fields.csv."""
    ordered = write_decided_tables(results, out, policy)
    write_csv(out / "files.csv", FILE_COLUMNS,
           ({**vars_of(f)} for r in ordered for f in r.files))
    write_csv(out / "fields.csv", FIELD_COLUMNS, field_rows(ordered))


def write_decided_tables(results: Sequence[ApplicantResult], out: Path,
                         policy: Policy) -> list[ApplicantResult]:
    """Write the tables a reviewer's decision changes (applicants.csv, flags.csv, units.csv);
    returns `results` in the tables' order."""
    private_dir(out)
    ordered = sorted(results, key=lambda r: r.applicant_id)
    write_csv(out / "applicants.csv", APPLICANT_COLUMNS, (applicant_row(r) for r in ordered))
    flags = sorted((f for r in ordered for f in r.flags),
                   key=lambda f: (f.applicant_id, f.severity.rank, f.code, f.message))
    write_csv(out / "flags.csv", FLAG_COLUMNS, (flag_row(f) for f in flags))
    write_csv(out / "units.csv", UNIT_COLUMNS, unit_rows(ordered, policy))
    return ordered


def write_problems(problems: Sequence[str], out: Path) -> None:
    """problems.csv: what was wrong with the window itself and its reference tables (a stray
    file, a table row that was not used and why), one line each naming file, row and field."""
    private_dir(out)
    write_csv(out / "problems.csv", PROBLEM_COLUMNS, ({"problem": p} for p in problems))


def field_rows(results: Sequence[ApplicantResult]) -> Iterable[dict[str, object]]:
    """fields.csv: every value the extractors read, with where it was read (not in the spec:
    it lets a reviewer filter what was read, and `credcheck evaluate` score it)."""
    for result in results:
        for extraction in result.extractions:
            rows = [extraction.fields, *extraction.rows]
            for index, fields in enumerate(rows):
                prefix = f"rows[{index - 1}]." if index else ""
                for found in fields:
                    yield {
                        "applicant_id": result.applicant_id, "file": extraction.file,
                        "kind": extraction.kind.value, "field": prefix + found.name,
                        "value": found.value,
                        "page": found.evidence.page_no or "", "source": found.evidence.source,
                        "confidence": "" if found.evidence.confidence is None
                        else f"{found.evidence.confidence:.3f}",
                    }


def vars_of(record: object) -> dict[str, object]:
    """A slotted dataclass as a dict."""
    return {name: getattr(record, name) for name in record.__slots__}  # type: ignore[attr-defined]
