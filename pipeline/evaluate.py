"""Accuracy against the sample generator's ground truth: per-code precision and recall,
per-field exact-match accuracy, and nothing lost; the same split into tuning and held-out
layouts, and field and kind accuracy per layout.

``truth.json`` (written by ``data/samples/generate.py``) lists each applicant's expected flag
codes and each document's true kind, field values, ``layout`` and ``held_out``. A run's
``flags.csv``, ``fields.csv``, ``files.csv`` and ``applicants.csv`` are compared with it.
Precision and recall are counted per applicant and code (an applicant either carries a code or
not). For the layout split, a raised code counts as held-out when a document its flags.csv rows
name (``file``) is a held-out layout; a missed code when a document the truth names for it
(``flag_files``) is; applicant-level flags without a file go with tuning.
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
    # (kind, field, grade) -> [right, total]
    fields: dict[tuple[str, str, str], list[int]] = field(default_factory=dict)
    kinds: list[int] = field(default_factory=lambda: [0, 0])  # detected kind right, total
    clean_applicants: int = 0
    clean_with_flags: list[str] = field(default_factory=list)
    clean_above_low: list[str] = field(default_factory=list)  # clean with a flag above low
    remarks: dict[str, int] = field(default_factory=dict)  # remark code -> applicants with it
    lost_applicants: list[str] = field(default_factory=list)
    lost_files: list[str] = field(default_factory=list)
    # by design: declared but missing, or rejected
    not_read: list[str] = field(default_factory=list)
    false_by_applicant: dict[str, list[str]] = field(default_factory=dict)
    missed_by_applicant: dict[str, list[str]] = field(default_factory=dict)
    # layout split: "tuning" / "held_out" -> code -> counts; (kind, field) -> [right, total]
    split_codes: dict[str, dict[str, CodeScore]] = field(
        default_factory=lambda: {"tuning": {}, "held_out": {}})
    split_fields: dict[str, dict[tuple[str, str], list[int]]] = field(
        default_factory=lambda: {"tuning": {}, "held_out": {}})
    layouts: dict[str, dict[str, list[int]]] = field(default_factory=dict)  # id -> fields/kinds
    held_out_layouts: set[str] = field(default_factory=set)

    def split_field_accuracy(self, split: str) -> float | None:
        """Exact-match accuracy over every field of the `tuning` or `held_out` layouts."""
        cells = self.split_fields[split].values()
        total = sum(v[1] for v in cells)
        return sum(v[0] for v in cells) / total if total else None

    def split_total(self, split: str) -> CodeScore:
        """All codes of one split added up."""
        scores = self.split_codes[split].values()
        return CodeScore(*(sum(getattr(s, a) for s in scores) for a in ("tp", "fp", "fn")))

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
            lines.append(f"{code:<25} {s.tp:3d} {s.fp:3d} {s.fn:3d}    "
                         f"{pct(s.precision)}  {pct(s.recall)}")
        total = CodeScore(*(sum(getattr(s, a) for s in self.codes.values())
                            for a in ("tp", "fp", "fn")))
        lines.append(f"{'ALL':<25} {total.tp:3d} {total.fp:3d} {total.fn:3d}    "
                     f"{pct(total.precision)}  {pct(total.recall)}")
        lines.append(f"clean applicants with a flag: {len(self.clean_with_flags)} "
                     f"of {self.clean_applicants}"
                     + (f" ({', '.join(self.clean_with_flags)})" if self.clean_with_flags else ""))
        lines.append(f"clean applicants with a flag above low: {len(self.clean_above_low)} of "
                     f"{self.clean_applicants}"
                     + (f" ({', '.join(self.clean_above_low)})" if self.clean_above_low else ""))
        if self.remarks:
            lines.append("low remarks, not scored (" + ", ".join(REMARK_CODES)
                         + " unless the truth expects them): "
                         + ", ".join(f"{c} on {n} applicant(s)"
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
                         f"degraded {pct(self.field_accuracy('degraded'))}, "
                         f"all {pct(self.field_accuracy())}")
            if self.not_read:
                lines.append(f"documents with true fields not scored, not read by design "
                             f"(declared but not uploaded, or rejected with the applicant's "
                             f"invalid form): {len(self.not_read)} "
                             f"({', '.join(self.not_read)})")
        if self.kinds[1]:
            lines.append(f"document kind detected correctly: {self.kinds[0]}/{self.kinds[1]}")
        lines.append(f"applicants lost: {len(self.lost_applicants)}; "
                     f"files lost: {len(self.lost_files)}"
                     + (f" ({', '.join(self.lost_applicants + self.lost_files)})"
                        if self.lost_applicants or self.lost_files else ""))
        if self.layouts:
            lines.extend(self._render_split(pct))
        return "\n".join(lines)

    def _render_split(self, pct) -> list[str]:
        """The tuning / held-out split and the per-layout table."""
        lines = ["", "by layout split (tuning / held-out; layouts.toml)",
                 ("flag code                  tuning TP  FP  FN  prec.   recall | "
                  "held-out TP  FP  FN  prec.   recall")]
        codes = sorted(set(self.split_codes["tuning"]) | set(self.split_codes["held_out"]))
        for code in [*codes, "ALL"]:
            cells = []
            for split in ("tuning", "held_out"):
                s = (self.split_total(split) if code == "ALL"
                     else self.split_codes[split].get(code, CodeScore()))
                cells.append(f"{s.tp:3d} {s.fp:3d} {s.fn:3d} {pct(s.precision)} {pct(s.recall)}")
            lines.append(f"{code:<25}        {cells[0]} |          {cells[1]}")
        lines.append("field accuracy (exact match)          tuning          held-out")
        keys = sorted(set(self.split_fields["tuning"]) | set(self.split_fields["held_out"]))
        for kind, name in keys:
            cells = []
            for split in ("tuning", "held_out"):
                right, count = self.split_fields[split].get((kind, name), [0, 0])
                cells.append(f"{right:3d}/{count:<3d} {pct(right / count if count else None)}")
            lines.append(f"{kind + '.' + name:<36} {cells[0]}  {cells[1]}")
        lines.append(f"all fields: tuning {pct(self.split_field_accuracy('tuning'))}, "
                     f"held-out {pct(self.split_field_accuracy('held_out'))}")
        lines.append("")
        lines.append("layout                                    split     fields           kind")
        for layout_id, cell in sorted(self.layouts.items()):
            (fr, ft), (kr, kt) = cell["fields"], cell["kinds"]
            split = "held-out" if layout_id in self.held_out_layouts else "tuning"
            lines.append(f"{layout_id:<41} {split:<9} {fr:3d}/{ft:<3d} "
                         f"{pct(fr / ft if ft else None)}"
                         f"  {kr:3d}/{kt:<3d} {pct(kr / kt if kt else None)}")
        return lines


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
    flag_files: dict[tuple[str, str], set[str]] = defaultdict(set)  # (applicant, code) -> files
    for row in _rows(out / "flags.csv"):
        is_remark = row["code"] in REMARK_CODES and row["code"] not in expectable
        (remarks if is_remark else flagged)[row["applicant_id"]].add(row["code"])
        if row["severity"] not in ("low", ""):
            above_low[row["applicant_id"]] = True
        if row.get("file"):
            flag_files[(row["applicant_id"], row["code"])].add(row["file"])
    documents = truth.get("documents", {})

    def held_out(applicant: str, files) -> bool:
        return any(documents.get(f"{applicant}/{f}", {}).get("held_out") for f in files)

    seen_applicants = {row["applicant_id"] for row in _rows(out / "applicants.csv")}
    files = {(r["applicant_id"], r["file"]): r for r in _rows(out / "files.csv")}
    read_fields: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    if (out / "fields.csv").is_file():
        for row in _rows(out / "fields.csv"):
            read_fields[(row["applicant_id"], row["file"])].setdefault(row["field"], row["value"])

    result = Evaluation()
    for codes in remarks.values():
        for code in codes:
            result.remarks[code] = result.remarks.get(code, 0) + 1
    result.held_out_layouts = {d["layout"] for d in documents.values()
                               if d.get("layout") and d.get("held_out")}
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
        planted = expected_entry.get("flag_files") or {}
        for code in expected | got:
            score = result.codes.setdefault(code, CodeScore())
            evidence = flag_files.get((applicant, code)) if code in got else planted.get(code, ())
            split = "held_out" if held_out(applicant, evidence or ()) else "tuning"
            split_score = result.split_codes[split].setdefault(code, CodeScore())
            if code in expected and code in got:
                score.tp += 1
                split_score.tp += 1
            elif code in got:
                score.fp += 1
                split_score.fp += 1
                result.false_by_applicant.setdefault(applicant, []).append(code)
            else:
                score.fn += 1
                split_score.fn += 1
                result.missed_by_applicant.setdefault(applicant, []).append(code)
    for key, doc in truth.get("documents", {}).items():
        applicant, _, file = key.partition("/")
        row = files.get((applicant, file))
        if row is None:
            result.lost_files.append(key)
            continue
        layout = doc.get("layout")
        per_layout = (result.layouts.setdefault(layout, {"fields": [0, 0], "kinds": [0, 0]})
                      if layout else None)
        split = "held_out" if doc.get("held_out") else "tuning"
        if doc.get("kind") and row["status"] == "ok":
            result.kinds[1] += 1
            result.kinds[0] += row["detected_kind"] == doc["kind"]
            if per_layout:
                per_layout["kinds"][1] += 1
                per_layout["kinds"][0] += row["detected_kind"] == doc["kind"]
        if row["status"] in ("missing", "rejected"):  # nothing to read: a status, not a misreading
            if any(v not in (None, "") for k, v in (doc.get("fields") or {}).items()
                   if k != "rows"):
                result.not_read.append(key)
            continue
        grade = "degraded" if doc.get("degraded") else "ordinary"
        got_fields = read_fields.get((applicant, file), {})
        for name, value in (doc.get("fields") or {}).items():
            if name == "rows" or value in (None, ""):
                continue
            cell = result.fields.setdefault((doc.get("kind", "?"), name, grade), [0, 0])
            right = _same(got_fields.get(name, ""), value)
            cell[1] += 1
            cell[0] += right
            if layout:
                split_cell = result.split_fields[split].setdefault((doc.get("kind", "?"), name),
                                                                   [0, 0])
                split_cell[1] += 1
                split_cell[0] += right
                per_layout["fields"][1] += 1
                per_layout["fields"][0] += right
    return result
