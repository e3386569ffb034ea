"""A real Prefect flow run over a generated window: planted flags found, clean applicants clean,
every applicant and every file accounted for."""

from __future__ import annotations

import csv
import json

import pytest

from pipeline.evaluate import evaluate_run

pytestmark = pytest.mark.slow


def rows(path):
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_every_output_is_written(tiny_run):
    for name in ("applicants.csv", "flags.csv", "files.csv", "units.csv", "fields.csv",
                 "reports/index.html"):
        assert (tiny_run / name).is_file(), name


def test_planted_flags_are_found_and_clean_applicants_are_clean(tiny_run, tiny_window):
    truth = json.loads((tiny_window / "truth.json").read_text(encoding="utf-8"))
    flagged: dict[str, set[str]] = {}
    for row in rows(tiny_run / "flags.csv"):
        flagged.setdefault(row["applicant_id"], set()).add(row["code"])
    for applicant, entry in truth["applicants"].items():
        got = flagged.get(applicant, set())
        expected = set(entry["expected_flags"])
        assert expected <= got, (f"{applicant}: missed {sorted(expected - got)} "
                                 f"({entry.get('note')})")
        if entry.get("clean"):
            assert got == set(), f"clean applicant {applicant} flagged {sorted(got)}"


def test_nothing_is_lost(tiny_run, tiny_window):
    evaluation = evaluate_run(tiny_run, tiny_window / "truth.json")
    assert evaluation.lost_applicants == []
    assert evaluation.lost_files == []
    applicants = {r["applicant_id"] for r in rows(tiny_run / "applicants.csv")}
    folders = {p.name for p in (tiny_window / "applicants").iterdir()}
    assert applicants == folders
    reports = {p.stem for p in (tiny_run / "reports").glob("*.html")} - {"index", "units"}
    assert reports == folders


def test_outputs_are_private_and_reports_mask_identity_numbers(tiny_run, tiny_window):
    assert (tiny_run / "flags.csv").stat().st_mode & 0o077 == 0
    for form in (tiny_window / "applicants").glob("*/application.json"):
        number = json.loads(form.read_text(encoding="utf-8")).get("id_number", "")
        page = (tiny_run / "reports" / f"{form.parent.name}.html").read_text(encoding="utf-8")
        if len(number) == 18:
            assert number not in page
