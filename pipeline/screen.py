"""Screen one applicant: read every upload, extract its facts, run every rule.

This is the unit of work a flow task runs (one task per applicant, the page work inside).
It never raises for a bad input: an unreadable file, a broken form or a rule that could not
be evaluated ends up in the :class:`pipeline.model.ApplicantResult` as a file status, a flag
or an error line, so every applicant and every file appears in the outputs.
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path

import extractors
from pipeline import trace
from pipeline.checks import run_checks
from pipeline.checks._base import Case, CheckContext
from pipeline.errors import DocumentUnreadable
from pipeline.ingest.application import Attachment
from pipeline.ingest.window import ApplicantFolder
from pipeline.model import (
    ApplicantResult,
    DocumentKind,
    Extraction,
    FileRecord,
    PageView,
    ReadDocument,
    RuleError,
)
from pipeline.read import ReadLimits, isolated, read_upload, slots
from pipeline.read.cache import OcrCache
from pipeline.read.engines import LazyEngine
from pipeline.read.safe_open import sniff_kind
from pipeline.redact import mask_text

log = logging.getLogger("credcheck.screen")


@dataclass(frozen=True)
class ScreenOptions:
    """How uploads are read; picklable so a flow can hand it to any worker."""

    engine: str = "rapidocr"
    cache_dir: Path | None = None
    work_dir: Path | None = None  # where archives are unpacked (temporarily)
    limits: ReadLimits = ReadLimits()  # per upload: size, pages, pixels, seconds
    # pages in OCR at once per process (None: $CREDCHECK_OCR_SLOTS, else one per screening thread)
    ocr_slots: int | None = None
    # "process": each upload read in the thread's reader process (pipeline.read.isolated), so
    # a crash costs that upload; "thread": in this thread (a crash ends this process)
    readers: str = "thread"
    recycle_pages: int = 500  # a reader process is retired after this many pages (0: never)
    workers_per_process: int = 1  # applicants screened at once here: they share the cores

    def slots(self) -> int:
        """Pages in OCR at once in this process: `ocr_slots`, else ``$CREDCHECK_OCR_SLOTS``, else
        one per screening thread, each page given its share of the cores (:meth:`ocr_threads`):
        on 2 cores shared with other jobs two pages on one thread each read 2.7x the pages/s of
        one page on both, on a quiet machine as many (bench/bench_readers.py)."""
        if self.ocr_slots is None and not os.environ.get(slots.ENV, "").strip():
            return max(1, self.workers_per_process)
        return slots.configured(self.ocr_slots)

    def ocr_threads(self) -> int:
        """ONNX Runtime threads per page: the process's cores shared by the pages in OCR at once."""
        return isolated.ocr_threads(self.workers_per_process, self.slots())


@dataclass(frozen=True)
class ReadResult:
    """What reading one applicant's uploads produced."""

    documents: dict[str, ReadDocument]
    extractions: dict[str, Extraction]
    detected: dict[str, DocumentKind]
    scores: dict[str, float]
    unreadable: dict[str, str]
    rejected: dict[str, str]
    archives: dict[str, list[str]]  # archive -> member names
    seconds: float


def _declared(folder: ApplicantFolder, file: str) -> Attachment | None:
    """The form's attachment entry for an upload (an archive member: its archive's)."""
    if folder.application is None:
        return None
    declared = {a.file: a for a in folder.application.attachments}
    return declared.get(file, declared.get(file.split("/")[0]))


def declared_kind(folder: ApplicantFolder, file: str) -> DocumentKind | None:
    """The kind the form declares for an upload (an archive member: its archive's)."""
    entry = _declared(folder, file)
    return entry.kind if entry else None


def declared_title(folder: ApplicantFolder, file: str) -> str | None:
    """The title of the paper the form declares an upload to prove (an archive member: its
    archive's), or None."""
    entry = _declared(folder, file)
    papers = folder.application.papers if folder.application else []
    at = entry.paper_index if entry else None
    return papers[at].title if at is not None and 0 <= at < len(papers) else None


def read_applicant(folder: ApplicantFolder, options: ScreenOptions) -> ReadResult:
    """Read, classify and extract every upload of one applicant."""
    started = time.perf_counter()
    threads, ocr_slots = options.ocr_threads(), options.slots()
    engine = LazyEngine(options.engine, threads=threads)  # this thread's, loaded at its first OCR
    settings = isolated.ReaderSettings(threads=threads, recycle_pages=options.recycle_pages)
    cache = OcrCache(options.cache_dir) if options.cache_dir else None
    documents: dict[str, ReadDocument] = {}
    extracted: dict[str, Extraction] = {}
    detected: dict[str, DocumentKind] = {}
    scores: dict[str, float] = {}
    unreadable: dict[str, str] = {}
    archives: dict[str, list[str]] = {}
    for name in folder.files:
        with trace.span("read", file=name) as span:
            try:
                if options.readers == "process":
                    results = isolated.read_isolated(
                        folder.folder / name, engine=options.engine, settings=settings,
                        cache_dir=options.cache_dir, name=name, workdir=options.work_dir,
                        limits=options.limits, ocr_slots=ocr_slots)
                    span.update(isolated.facts())
                else:
                    results = read_upload(folder.folder / name, engine=engine, cache=cache,
                                          name=name, workdir=options.work_dir,
                                          limits=options.limits, ocr_slots=ocr_slots)
            except isolated.ReaderStopped:  # the run is being stopped: the applicant is not done
                raise
            except Exception as exc:  # noqa: BLE001 - an engine crash must not lose the applicant
                results = [DocumentUnreadable(name, f"reading failed: {type(exc).__name__}: {exc}")]
            _describe(span, results)
        if sniff_kind(folder.folder / name) == "zip" and not (
            len(results) == 1 and isinstance(results[0], DocumentUnreadable)
            and results[0].file == name
        ):
            archives[name] = [r.file for r in results]
        for result in results:
            if isinstance(result, DocumentUnreadable):
                unreadable[result.file] = result.reason
                lost = isinstance(result, isolated.ReaderLost)  # a process gone: say it louder
                line = f"{folder.applicant_id}/{result.file} unreadable: {result.reason}"
                log.log(logging.WARNING if lost else logging.INFO, "%s", mask_text(line))
                continue
            documents[result.file] = result
            try:
                with trace.span("extract", file=result.file) as span:
                    said = declared_kind(folder, result.file)
                    kind, score = extractors.classify(result, said)
                    span["kind"] = kind.value
                    # Content too unlike any kind is still read as what it was declared to
                    # be: its facts are compared, and only its detected kind says "other".
                    reading = kind if kind is not DocumentKind.OTHER else said
                    if reading and reading != DocumentKind.OTHER:
                        app = folder.application
                        extracted[result.file] = extractors.own_row(
                            extractors.extract(result, reading),
                            app.name if app else None, app.id_number if app else None,
                            declared_title(folder, result.file))
            except Exception as exc:  # noqa: BLE001 - an extractor bug must not lose the file
                log.warning("%s", mask_text(
                    f"{folder.applicant_id}/{result.file} extraction failed: {exc}"))
                kind, score = DocumentKind.OTHER, 0.0
            detected[result.file], scores[result.file] = kind, score
    return ReadResult(documents, extracted, detected, scores, unreadable, dict(folder.rejected),
                      archives, time.perf_counter() - started)


def _describe(span: dict[str, trace.Value],
              results: list[ReadDocument | DocumentUnreadable]) -> None:
    """Pages, text source and outcome of one upload, for its "read" event."""
    docs = [r for r in results if isinstance(r, ReadDocument)]
    span["pages"] = sum(len(d.pages) for d in docs)
    span["ocr_pages"] = sum(1 for d in docs for p in d.pages if p.read_by.startswith("ocr"))
    sources = {d.text_source for d in docs}
    span["text_source"] = sources.pop() if len(sources) == 1 else ("mixed" if sources else "none")
    bad = [r for r in results if isinstance(r, DocumentUnreadable)]
    span["status"] = "unreadable" if bad and not docs else ("partly_unreadable" if bad else "ok")
    if bad:
        span["detail"] = "; ".join(f"{b.file}: {b.reason}" for b in bad)[:500]


def _file_records(folder: ApplicantFolder, read: ReadResult) -> list[FileRecord]:
    """One row per file found or declared, each with its status."""
    app = folder.application
    declared = {a.file: a.kind for a in app.attachments} if app else {}
    rows: list[FileRecord] = []
    names = sorted(set(folder.files) | set(read.documents) | set(read.unreadable)
                   | set(read.rejected) | set(declared))
    for name in names:
        kind = declared.get(name, "")
        doc = read.documents.get(name)
        if name in read.rejected:
            status, detail = "rejected", read.rejected[name]
        elif name in read.unreadable:
            status, detail = "unreadable", read.unreadable[name]
        elif name in read.archives:
            status, detail = "ok", f"archive: {len(read.archives[name])} file(s) unpacked"
        elif doc is None and name in declared:
            status, detail = "missing", "declared in application.json but not uploaded"
        elif app is None:
            status, detail = "rejected", "application.json invalid: file not screened"
        elif name not in declared and name.split("/")[0] not in declared:
            status, detail = "unlisted", "uploaded but not declared in application.json"
        else:
            status, detail = "ok", doc.meta.remarks() if doc else ""
        rows.append(FileRecord(
            applicant_id=folder.applicant_id, file=name, declared_kind=kind,
            detected_kind=read.detected.get(name, ""), pages=len(doc.pages) if doc else 0,
            text_source=doc.text_source if doc else "none", status=status, detail=detail,
        ))
    return rows


def screen_applicant(
    folder: ApplicantFolder, ctx: CheckContext, options: ScreenOptions
) -> ApplicantResult:
    """Everything credcheck finds about one applicant."""
    with trace.scope(applicant_id=folder.applicant_id), trace.span("screen") as span:
        result = _screen(folder, ctx, options)
        span["files"] = len(result.files)
        span["flags"] = len(result.flags)
        return result


def _screen(folder: ApplicantFolder, ctx: CheckContext, options: ScreenOptions) -> ApplicantResult:
    app = folder.application
    if app is None:
        empty = ReadResult({}, {}, {}, {}, {}, dict(folder.rejected), {}, 0.0)
        return ApplicantResult(
            applicant_id=folder.applicant_id, name="", unit="", department="", level="",
            files=tuple(_file_records(folder, empty)),
            errors=(RuleError(None, folder.error or "form invalid"),),
        )
    read = read_applicant(folder, options)
    case = Case(
        application=app, documents=read.documents, extractions=read.extractions,
        detected_kinds=read.detected, kind_scores=read.scores, unreadable=read.unreadable,
        present_files=frozenset(read.documents) | frozenset(read.unreadable),
    )
    with trace.span("checks"):
        flags, errors = run_checks(case, ctx)
    return ApplicantResult(
        applicant_id=app.applicant_id, name=app.name, unit=app.unit.name or "（自由职业）",
        department=app.unit.department, level=app.level,
        flags=tuple(flags), files=tuple(_file_records(folder, read)),
        errors=tuple(errors), extractions=tuple(read.extractions.values()),
        pages=tuple(PageView.of(name, page)
                    for name, doc in read.documents.items() for page in doc.pages),
    )


def not_screened(folder: ApplicantFolder, reason: str) -> ApplicantResult:
    """The result for an applicant whose screening never finished (its worker died, say).

    The applicant and each of its files still appear in the outputs, with `reason` as the
    error, so a reviewer sees that nothing was checked rather than a clean row.
    """
    app = folder.application
    lost = {name: f"not screened: {reason}" for name in folder.files}
    read = ReadResult({}, {}, {}, {}, lost, dict(folder.rejected), {}, 0.0)
    return ApplicantResult(
        applicant_id=folder.applicant_id, name=app.name if app else "",
        unit=(app.unit.name or "（自由职业）") if app else "",
        department=app.unit.department if app else "",
        level=app.level if app else "", files=tuple(_file_records(folder, read)),
        errors=(RuleError(None, f"screening did not finish: {reason}"),),
    )
