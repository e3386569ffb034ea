"""Run hostile cases through the real ingest and judge the outputs against what they declare.

Two ways in, one judge:

* :func:`run_case` builds one case into a window of its own and screens it the way a flow
  run does (:mod:`pipeline.window_run`: ``prepare`` → ``screen_applicant`` with the ``none``
  OCR engine, which calls ``read_upload`` → the window rules), then turns the results into
  the rows the CSV writers write;
* :func:`read_outputs` reads the rows back from a real run's output folder.

:func:`judge` compares rows with a case's :class:`~tests.hostile.corpus.Expect` and returns
what is wrong (an empty list: handled as specified). :func:`lost` lists applicants and files
present in a window but absent from the outputs.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from tests.hostile.corpus import Case, Expect

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def shown(name: str) -> str:
    """A name as the outputs show it: bytes that are not UTF-8 as backslash escapes."""
    return name.encode("utf-8", "backslashreplace").decode("utf-8")


def unformula(cell: str) -> str:
    """A CSV cell without the quote that keeps spreadsheets from running it as a formula."""
    return cell[1:] if cell.startswith("'") and cell[1:2] and cell[1] in FORMULA_START else cell


@dataclass
class Outputs:
    """The rows a run produced, keyed the way the judge needs them."""

    applicants: dict[str, dict[str, str]] = field(default_factory=dict)
    # applicant -> file -> row
    files: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)
    flags: dict[str, list[dict[str, str]]] = field(default_factory=dict)  # applicant -> rows
    problems: list[str] = field(default_factory=list)

    def add_file(self, row: Mapping[str, object]) -> None:
        record = {k: unformula(str(v)) for k, v in row.items()}
        self.files.setdefault(record["applicant_id"], {})[record["file"]] = record

    def add_flag(self, row: Mapping[str, object]) -> None:
        record = {k: unformula(str(v)) for k, v in row.items()}
        self.flags.setdefault(record["applicant_id"], []).append(record)

    def add_applicant(self, row: Mapping[str, object]) -> None:
        record = {k: unformula(str(v)) for k, v in row.items()}
        self.applicants[record["applicant_id"]] = record


def csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def read_outputs(out: Path) -> Outputs:
    """The rows of a run's applicants.csv, files.csv, flags.csv and problems.csv."""
    outputs = Outputs()
    for row in csv_rows(out / "applicants.csv"):
        outputs.add_applicant(row)
    for row in csv_rows(out / "files.csv"):
        outputs.add_file(row)
    for row in csv_rows(out / "flags.csv"):
        outputs.add_flag(row)
    if (out / "problems.csv").is_file():
        outputs.problems = [" ".join(unformula(v) for v in row.values())
                            for row in csv_rows(out / "problems.csv")]
    return outputs


def judge(expected: Mapping[str, Expect], outputs: Outputs,
          problems: Iterable[str] = ()) -> list[str]:
    """What is wrong with the outputs for these applicants and window problems."""
    wrong: list[str] = []
    for applicant_id, expect in expected.items():
        key = shown(applicant_id)
        row = outputs.applicants.get(key)
        if row is None:
            wrong.append(f"{applicant_id}: missing from applicants.csv")
            continue
        files = outputs.files.get(key, {})
        for name, (status, phrase) in expect.files.items():
            got = files.get(shown(name))
            if got is None:
                wrong.append(f"{applicant_id}: file {name!r} missing from files.csv "
                             f"(has {sorted(files)})")
            elif got["status"] != status or phrase not in got["detail"]:
                wrong.append(f"{applicant_id}: file {name!r} is {got['status']} "
                             f"({got['detail']!r}), expected {status} with {phrase!r}")
            elif status == "unreadable" and not any(
                    f["code"] == "DOC_UNREADABLE" and f["file"] == shown(name)
                    and name in f["message"].replace(shown(name), name)
                    for f in outputs.flags.get(key, [])):
                wrong.append(f"{applicant_id}: no DOC_UNREADABLE flag naming {name!r}")
        if not expect.some_files:
            extra = sorted(set(files) - {shown(n) for n in expect.files})
            if extra:
                wrong.append(f"{applicant_id}: unexpected files.csv rows {extra}")
        for detail in files.values():
            if "reading failed" in detail["detail"]:
                wrong.append(f"{applicant_id}: {detail['file']!r} failed with an unexpected "
                             f"error: {detail['detail']}")
        errors = row.get("errors", "")
        for phrase in expect.errors:
            if phrase not in errors:
                wrong.append(f"{applicant_id}: errors {errors!r} lack {phrase!r}")
        if not expect.errors and expect.processed and re.search(r"application\.json", errors):
            wrong.append(f"{applicant_id}: form refused: {errors!r}")
        if row.get("status") == "clear" and (expect.errors
                                             or any(s != "ok" for s, _ in expect.files.values())):
            wrong.append(f"{applicant_id}: status clear despite {expect}")
        codes = {f["code"] for f in outputs.flags.get(key, [])}
        for code in expect.flags:
            if code not in codes:
                wrong.append(f"{applicant_id}: flag {code} not raised (has {sorted(codes)})")
    for phrase in problems:
        if not any(phrase in p for p in outputs.problems):
            wrong.append(f"window problem {phrase!r} not reported (problems: {outputs.problems})")
    return wrong


# -- one case through the real ingest ------------------------------------------------------------


def prepare_window(case: Case, root: Path) -> Path:
    """A window of its own for `case`: window.toml, a valid pension export, the case."""
    from tests.hostile.corpus import pension_csv

    window = root / case.id
    (window / "applicants").mkdir(parents=True)
    if not case.window_error:
        (window / "window.toml").write_text('policy = "liuzhou-2024"\n', encoding="utf-8")
    if case.tables is None and not case.window_error:
        (window / "social_security.csv").write_text(pension_csv(), encoding="utf-8")
    case.build(window)
    return window


def run_case(case: Case, root: Path) -> list[str]:
    """Build `case` under `root`, run the real ingest over it, return what is wrong."""
    window = prepare_window(case, root)
    if case.window_error:
        return _judge_window_error(case, window)
    if case.tables is not None:
        return _judge_tables(case, window)
    wrong = judge_read_upload(case, window) if case.group in UPLOAD_GROUPS else []
    outputs = screen_in_process(window, root / f"{case.id}-store.sqlite")
    return wrong + judge(case.applicants, outputs, case.problems)


UPLOAD_GROUPS = ("pdf", "image", "type", "zip")


def judge_read_upload(case: Case, window: Path) -> list[str]:
    """Call ``read_upload`` on each upload of the case and compare with its files.csv rows:
    a ReadDocument for ``ok``, a DocumentUnreadable naming the file for ``unreadable``."""
    from pipeline.errors import DocumentUnreadable
    from pipeline.read import read_upload
    from pipeline.read.engines import get_engine

    wrong: list[str] = []
    for applicant_id, expect in case.applicants.items():
        folder = window / "applicants" / applicant_id
        wanted = {n: s for n, s in expect.files.items() if not s[1].startswith("archive:")}
        got: dict[str, tuple[str, str]] = {}
        for path in sorted(folder.iterdir()):
            if path.name == "application.json":
                continue
            for result in read_upload(path, engine=get_engine("none"), name=path.name,
                                      workdir=window.parent / f"{case.id}-read"):
                if isinstance(result, DocumentUnreadable):
                    got[result.file] = ("unreadable", result.reason)
                    if not str(result).startswith(result.file):
                        wrong.append(f"read_upload: {result} does not start with the file name")
                else:
                    got[result.file] = ("ok", "")
        if set(got) != set(wanted):
            wrong.append(f"read_upload named {sorted(got)}; expected {sorted(wanted)}")
        for name, (status, reason) in got.items():
            if name in wanted and (status != wanted[name][0]
                                   or (status == "unreadable" and wanted[name][1] not in reason)):
                wrong.append(f"read_upload: {name}: {status} {reason!r}; expected {wanted[name]}")
    return wrong


def screen_in_process(window: Path, store: Path) -> Outputs:
    """What a flow run does, without Prefect or reports (:mod:`pipeline.window_run`, the
    ``none`` OCR engine): rows as the CSV writers get them."""
    from pipeline import window_run
    from pipeline.report.tables import applicant_row, flag_row, vars_of
    from pipeline.screen import ScreenOptions, screen_applicant

    prepared = window_run.prepare(window, store=store)
    options = ScreenOptions(engine="none", work_dir=window.parent / f"{window.name}-work")
    results = [screen_applicant(folder, prepared.ctx, options)
               for folder in prepared.window.applicants]
    results = window_run.apply_window_rules(prepared, results)
    outputs = Outputs(problems=[str(p) for p in prepared.problems])
    for result in results:
        outputs.add_applicant({k: shown(str(v)) for k, v in applicant_row(result).items()})
        for record in result.files:
            outputs.add_file({k: shown(str(v)) for k, v in vars_of(record).items()})
        for flag in result.flags:
            outputs.add_flag({k: shown(str(v)) for k, v in flag_row(flag).items()})
    return outputs


def _judge_window_error(case: Case, window: Path) -> list[str]:
    from pipeline.errors import WindowError
    from pipeline.ingest.window import load_window

    try:
        load_window(window)
    except WindowError as error:
        return ([] if case.window_error in str(error)
                else [f"WindowError {error} lacks {case.window_error!r}"])
    return [f"window accepted; expected WindowError with {case.window_error!r}"]


def _judge_tables(case: Case, window: Path) -> list[str]:
    from pipeline.ingest.references import load_references

    expect = case.tables
    assert expect is not None
    refs = load_references(window)
    wrong: list[str] = []
    problems = [str(p) for p in refs.problems]
    if expect.pensions is None:
        if refs.pension_source:
            wrong.append(f"pension table used ({refs.pension_source}); expected it refused")
    else:
        count = sum(len(v) for v in refs.pensions.values())
        if count != expect.pensions or not refs.pension_source:
            wrong.append(f"{count} pension records from {refs.pension_source!r}; "
                         f"expected {expect.pensions}")
    if expect.integrity is None:
        if not refs.integrity_error:
            wrong.append("integrity archive accepted; expected it refused")
    else:
        count = sum(len(v) for v in refs.integrity.values())
        if count != expect.integrity or refs.integrity_error:
            wrong.append(f"{count} integrity records ({refs.integrity_error!r}); "
                         f"expected {expect.integrity}")
    if expect.person:
        months = tuple(str(r.period) for r in refs.pensions.get(expect.person, ()))
        if not months or (expect.months and months != expect.months):
            wrong.append(f"months of {expect.person[:4]}…: {months}; "
                         f"expected {expect.months or 'some'}")
    for phrase in expect.problems:
        if not any(phrase in p for p in problems):
            wrong.append(f"no problem mentions {phrase!r} (problems: {problems})")
    return wrong


# -- nothing lost ----------------------------------------------------------------------------------


def window_entries(window: Path) -> dict[str, list[str]]:
    """Applicant id -> every file below its folder (links and pipes too, none followed), as
    the outputs must name them; application.json excluded."""
    entries: dict[str, list[str]] = {}
    for entry in sorted(os.scandir(window / "applicants"), key=lambda e: e.name):
        if not (entry.is_dir(follow_symlinks=False) or entry.is_symlink()):
            continue
        names: list[str] = []
        if entry.is_dir(follow_symlinks=False):
            for top, dirs, files in os.walk(entry.path, followlinks=False):
                rel_top = os.path.relpath(top, entry.path)
                for name in [*files, *(d for d in dirs if os.path.islink(os.path.join(top, d)))]:
                    rel = name if rel_top == "." else f"{rel_top}/{name}"
                    if rel != "application.json":
                        names.append(rel)
        entries[entry.name] = sorted(names)
    return entries


def lost(window: Path, outputs: Outputs,
         expected: Mapping[str, Expect]) -> tuple[list[str], list[str]]:
    """(applicants, files) in the window or declared by the cases but absent from the outputs."""
    lost_applicants, lost_files = [], []
    for applicant_id, names in window_entries(window).items():
        if shown(applicant_id) not in outputs.applicants:
            lost_applicants.append(applicant_id)
            continue
        listed = outputs.files.get(shown(applicant_id), {})
        wanted = set(names) | set(expected.get(applicant_id, Expect()).files)
        lost_files += [f"{applicant_id}/{n}" for n in sorted(wanted) if shown(n) not in listed]
    return lost_applicants, lost_files
