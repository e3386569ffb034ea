"""Accuracy against the sample generator's ground truth: per-code precision and recall,
per-field exact-match accuracy, and nothing lost.

``truth.json`` (written by ``data/samples/generate.py``) lists each applicant's expected flag
codes and each document's true kind and field values. A run's ``flags.csv``, ``fields.csv``,
``files.csv`` and ``applicants.csv`` are compared with it. Precision and recall are counted
per applicant and code (an applicant either carries a code or not).
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import CredcheckError

#: credcheck's own low remarks ("could not verify", a title reused in another journal): they
#: claim nothing against the applicant, so they are counted apart, not as false flags, unless
#: the truth expects them somewhere.
REMARK_CODES = ("FIELD_UNVERIFIED", "PAPER_TITLE_REUSED")


@dataclass
class CodeScore:
    """Counts for one flag code."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        """tp / (tp + fp), None when nothing was flagged."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        """tp / (tp + fn), None when nothing was expected."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


@dataclass
class Evaluation:
    """The figures `credcheck evaluate` prints."""

    codes: dict[str, CodeScore] = field(default_factory=dict)
    fields: dict[tuple[str, str, str], list[int]] = field(default_factory=dict)  # (kind, field, grade) -> [right, total]
    kinds: list[int] = field(default_factory=lambda: [0, 0])  # detected kind right, total
    clean_applicants: int = 0
    clean_with_flags: list[str] = field(default_factory=list)
    clean_above_low: list[str] = field(default_factory=list)  # clean with a flag above low
    remarks: dict[str, int] = field(default_factory=dict)  # remark code -> applicants with it
    lost_applicants: list[str] = field(default_factory=list)
    lost_files: list[str] = field(default_factory=list)
    not_read: list[str] = field(default_factory=list)  # by design: declared but missing, or rejected
    false_by_applicant: dict[str, list[str]] = field(default_factory=dict)
    missed_by_applicant: dict[str, list[str]] = field(default_factory=dict)

    def field_accuracy(self, grade: str | None = None) -> float | None:
        """Exact-match accuracy over every field (of one grade: `ordinary` or `degraded`)."""
        right = sum(v[0] for k, v in self.fields.items() if grade in (None, k[2]))
        total = sum(v[1] for k, v in self.fields.items() if grade in (None, k[2]))
        return right / total if total else None

    def render(self) -> str:
        """A plain-text report."""
        def pct(value: float | None) -> str:
            return "   -  " if value is None else f"{100 * value:5.1f}%"

        lines = ["flag code                  TP  FP  FN  precision  recall"]
        for code, s in sorted(self.codes.items()):
            lines.append(f"{code:<25} {s.tp:3d} {s.fp:3d} {s.fn:3d}    {pct(s.precision)}  {pct(s.recall)}")
        total = CodeScore(*(sum(getattr(s, a) for s in self.codes.values()) for a in ("tp", "fp", "fn")))
        lines.append(f"{'ALL':<25} {total.tp:3d} {total.fp:3d} {total.fn:3d}    {pct(total.precision)}  {pct(total.recall)}")
        lines.append(f"clean applicants with a flag: {len(self.clean_with_flags)} of {self.clean_applicants}"
                     + (f" ({', '.join(self.clean_with_flags)})" if self.clean_with_flags else ""))
        lines.append(f"clean applicants with a flag above low: {len(self.clean_above_low)} of "
                     f"{self.clean_applicants}"
                     + (f" ({', '.join(self.clean_above_low)})" if self.clean_above_low else ""))
        if self.remarks:
            lines.append("low remarks, not scored (" + ", ".join(REMARK_CODES) + " unless the truth "
                         "expects them): " + ", ".join(f"{c} on {n} applicant(s)"
                                                      for c, n in sorted(self.remarks.items())))
        for applicant, codes in sorted(self.false_by_applicant.items()):
            lines.append(f"  false: {applicant}: {' '.join(codes)}")
        for applicant, codes in sorted(self.missed_by_applicant.items()):
            lines.append(f"  missed: {applicant}: {' '.join(codes)}")
        if self.fields:
            lines.append("")
            lines.append("field accuracy (exact match)          ordinary        degraded")
            keys = sorted({(k, f) for k, f, _ in self.fields})
            for kind, name in keys:
                cells = []
                for grade in ("ordinary", "degraded"):
                    right, count = self.fields.get((kind, name, grade), [0, 0])
                    cells.append(f"{right:3d}/{count:<3d} {pct(right / count if count else None)}")
                lines.append(f"{kind + '.' + name:<36} {cells[0]}  {cells[1]}")
            lines.append(f"all fields: ordinary {pct(self.field_accuracy('ordinary'))}, "
                         f"degraded {pct(self.field_accuracy('degraded'))}, all {pct(self.field_accuracy())}")
            if self.not_read:
                lines.append(f"documents with true fields not scored, not read by design (declared but not "
                             f"uploaded, or rejected with the applicant's invalid form): {len(self.not_read)} "
                             f"({', '.join(self.not_read)})")
        if self.kinds[1]:
            lines.append(f"document kind detected correctly: {self.kinds[0]}/{self.kinds[1]}")
        lines.append(f"applicants lost: {len(self.lost_applicants)}; files lost: {len(self.lost_files)}"
                     + (f" ({', '.join(self.lost_applicants + self.lost_files)})"
                        if self.lost_applicants or self.lost_files else ""))
        return "\n".join(lines)


def _rows(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        raise CredcheckError(f"{path}: missing: is this the output folder of `credcheck run`?")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _same(a: str, b: str) -> bool:
    return "".join(str(a).split()).upper() == "".join(str(b).split()).upper()


def evaluate_run(out: Path, truth_path: Path) -> Evaluation:
    """Compare a run's outputs with the truth of the window it screened."""
    try:
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise CredcheckError(f"{truth_path}: cannot read truth: {exc}") from None
    expectable = {c for a in truth["applicants"].values() for c in a.get("expected_flags", [])}
    above_low: dict[str, bool] = {}
    flagged: dict[str, set[str]] = defaultdict(set)
    remarks: dict[str, set[str]] = defaultdict(set)
    for row in _rows(out / "flags.csv"):
        is_remark = row["code"] in REMARK_CODES and row["code"] not in expectable
        (remarks if is_remark else flagged)[row["applicant_id"]].add(row["code"])
        if row["severity"] not in ("low", ""):
            above_low[row["applicant_id"]] = True
    seen_applicants = {row["applicant_id"] for row in _rows(out / "applicants.csv")}
    files = {(r["applicant_id"], r["file"]): r for r in _rows(out / "files.csv")}
    read_fields: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    if (out / "fields.csv").is_file():
        for row in _rows(out / "fields.csv"):
            read_fields[(row["applicant_id"], row["file"])].setdefault(row["field"], row["value"])

    result = Evaluation()
    for applicant, codes in remarks.items():
        for code in codes:
            result.remarks[code] = result.remarks.get(code, 0) + 1
    for applicant, expected_entry in truth["applicants"].items():
        expected = set(expected_entry.get("expected_flags", []))
        got = flagged.get(applicant, set())
        if applicant not in seen_applicants:
            result.lost_applicants.append(applicant)
        if expected_entry.get("clean"):
            result.clean_applicants += 1
            if got:
                result.clean_with_flags.append(applicant)
            if above_low.get(applicant):
                result.clean_above_low.append(applicant)
        for code in expected | got:
            score = result.codes.setdefault(code, CodeScore())
            if code in expected and code in got:
                score.tp += 1
            elif code in got:
                score.fp += 1
                result.false_by_applicant.setdefault(applicant, []).append(code)
            else:
                score.fn += 1
                result.missed_by_applicant.setdefault(applicant, []).append(code)
    for key, doc in truth.get("documents", {}).items():
        applicant, _, file = key.partition("/")
        row = files.get((applicant, file))
        if row is None:
            result.lost_files.append(key)
            continue
        if doc.get("kind") and row["status"] == "ok":
            result.kinds[1] += 1
            result.kinds[0] += row["detected_kind"] == doc["kind"]
        if row["status"] in ("missing", "rejected"):  # nothing to read: a status, not a misreading
            if any(v not in (None, "") for k, v in (doc.get("fields") or {}).items() if k != "rows"):
                result.not_read.append(key)
            continue
        grade = "degraded" if doc.get("degraded") else "ordinary"
        got_fields = read_fields.get((applicant, file), {})
        for name, value in (doc.get("fields") or {}).items():
            if name == "rows" or value in (None, ""):
                continue
            cell = result.fields.setdefault((doc.get("kind", "?"), name, grade), [0, 0])
            cell[1] += 1
            cell[0] += _same(got_fields.get(name, ""), value)
    return result
