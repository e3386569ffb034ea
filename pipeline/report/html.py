"""Reviewers' HTML pages, written under ``<out>/reports/``:

    index.html                 the window overview (run summary, every applicant, filters)
    units.html                 per unit and department: non-conforming share and the marks
    <applicant_id>.html        one page per applicant
    evidence/<id>/<n>.png      the page regions the flags' evidence was read from
    notices/<id>.pdf           the one-time notice (一次性告知书), where there is one

Pages work offline from a file share: no network assets, style and scripts inline, images
beside the pages. Identity numbers are masked in all page text (:mod:`pipeline.redact`).
Each page is built by its own module; this one only decides what goes where.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from pathlib import Path

from pipeline.atomic import private_dir, write_private
from pipeline.model import ApplicantResult, Evidence
from pipeline.policy import Policy
from pipeline.report.applicant_page import ReviewControls, applicant_page
from pipeline.report.evidence import EvidenceImage, cut_evidence, written_evidence
from pipeline.report.index_page import index_page
from pipeline.report.labels import cite, own_clause
from pipeline.report.notice import notice_html, notice_items, write_notice_pdf
from pipeline.report.summary import RunSummary
from pipeline.report.tables import report_name, report_stem
from pipeline.report.units_page import units_page

log = logging.getLogger("credcheck.report")


def write_applicant_report(
    result: ApplicantResult,
    reports: Path,
    policy: Policy | None = None,
    folder: Path | None = None,
    issuer: str = "",
    folders: Mapping[str, Path] | None = None,
) -> None:
    """Write one applicant's evidence images, notice PDF (if any) and page; `folders` (every
    applicant's, by id) shows a capture another applicant uploaded too beside this one."""
    _write_report(result, reports, policy,
                  cut_evidence(result, folder, reports, folders=folders), issuer)


def write_decided_report(result: ApplicantResult, reports: Path, policy: Policy | None = None,
                         issuer: str = "") -> None:
    """Write one applicant's page and notice PDF again with its current decisions, keeping the
    evidence images the run cut (no upload is opened: decisions do not change evidence)."""
    _write_report(result, reports, policy, written_evidence(result, reports), issuer)


def _write_report(result: ApplicantResult, reports: Path, policy: Policy | None,
                  images: Mapping[Evidence, EvidenceImage | str], issuer: str) -> None:
    basis = {f.code: cite(f.clause, policy) for f in result.flags if own_clause(f.clause, policy)}
    items = notice_items(result, basis)
    pdf = ""
    stale = reports / "notices" / f"{report_stem(result.applicant_id)}.pdf"
    if items:
        pdf = write_notice_pdf(notice_html(result, items, issuer), reports, result.applicant_id)
    elif stale.is_file():
        stale.unlink()
    write_private(reports / report_name(result.applicant_id),
                  applicant_page(result, images, policy, items, pdf, issuer))


def served_applicant_page(result: ApplicantResult, reports: Path, policy: Policy | None,
                          review: ReviewControls, issuer: str = "") -> str:
    """One applicant's page as the review server shows it: the evidence images the last run
    wrote, the notice as it stands with the current decisions (no PDF: that is the run's),
    and decision controls on every flag."""
    basis = {f.code: cite(f.clause, policy) for f in result.flags if own_clause(f.clause, policy)}
    return applicant_page(result, written_evidence(result, reports), policy,
                          notice_items(result, basis), "", issuer, review=review)


WRITTEN_FROM = ".written-from"  # reports/<this>/<stem>.key: what each page was last made from


def write_applicant_pages(
    results: Sequence[ApplicantResult],
    out: Path,
    policy: Policy | None = None,
    folders: Mapping[str, Path] | None = None,
    issuer: str = "",
    keys: Mapping[str, str] | None = None,
) -> int:
    """Write every applicant's page with its evidence images and notice; returns how many
    were written.

    `keys` (a digest per applicant of everything its page is made from: the result with its
    decisions, its uploads, the policy, the code) lets an unchanged applicant's page, notice
    and images stand when they were last written from the same key: cutting evidence images
    from the uploads is most of an unchanged re-run's cost. A page written without a key (the
    review server's, after a decision) has no key file, so the next run writes it again.
    """
    reports = private_dir(out / "reports")
    folders, keys = folders or {}, keys or {}
    written = 0
    for result in results:
        aid = result.applicant_id
        key, key_file = keys.get(aid), reports / WRITTEN_FROM / f"{report_stem(aid)}.key"
        if key and _written_from(key_file) == key and (reports / report_name(aid)).is_file():
            continue
        key_file.unlink(missing_ok=True)  # a page half-replaced is never taken as current
        write_applicant_report(result, reports, policy, folders.get(aid), issuer, folders)
        written += 1
        if key:
            write_private(key_file, key)
    return written


def _written_from(key_file: Path) -> str | None:
    try:
        return key_file.read_text(encoding="ascii") if not key_file.is_symlink() else None
    except (OSError, UnicodeDecodeError):
        return None


def write_overview(
    results: Sequence[ApplicantResult], out: Path, title: str, summary: RunSummary,
    policy: Policy | None = None,
) -> None:
    """Write index.html and, with a policy, units.html."""
    reports = private_dir(out / "reports")
    if policy is not None:
        write_private(reports / "units.html", units_page(results, policy, title))
    write_private(reports / "index.html", index_page(results, title, summary))


def write_html(
    results: Sequence[ApplicantResult],
    out: Path,
    title: str,
    summary: RunSummary,
    policy: Policy | None = None,
    folders: Mapping[str, Path] | None = None,
) -> None:
    """All pages at once (the flow writes the overview last, once the time is known)."""
    write_applicant_pages(results, out, policy, folders)
    write_overview(results, out, title, summary, policy)
