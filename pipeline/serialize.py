"""Applicant results as JSON, for the results store: a lossless round trip.

The store keeps each applicant's :class:`~pipeline.model.ApplicantResult` (flags, file
records, errors and every extraction with its evidence) so that a re-run writes its reports
from the store without reading a single upload again, and so that re-screening can re-run the
journal rules on stored extractions. The encoding is explicit per type (no pickle: a stored
result must stay readable by any later version and by a person with ``psql``), and
``result_from_json(result_to_json(r)) == r`` for every result (tested on a real run).

>>> from pipeline.model import ApplicantResult, Flag, Severity
>>> r = ApplicantResult("A1", "张三", "某单位", "某局", "中级",
...                     flags=(Flag("LEVEL_SKIP", Severity.HIGH, "A1", "越级申报"),))
>>> result_from_json(result_to_json(r)) == r
True
"""

from __future__ import annotations

import json
from typing import Any

from pipeline.model import (
    ApplicantResult,
    BBox,
    Clause,
    DocumentKind,
    Evidence,
    Extraction,
    Field,
    FileRecord,
    Flag,
    Measure,
    PageView,
    RuleError,
    Severity,
)

# bump when the encoding changes; older rows are then re-screened (2: pages, 3: typed errors).
# Evidence's "measure" (signs of editing) is an optional key, written only where there is one:
# rows without it read back as they were, so it needed no bump.
FORMAT = 3


def _bbox(box: BBox | None) -> list[float] | None:
    return None if box is None else [box.x0, box.top, box.x1, box.bottom]


def _page(p: PageView) -> dict[str, Any]:
    return {name: getattr(p, name) for name in PageView.__slots__}


def _evidence(e: Evidence) -> dict[str, Any]:
    out = {"file": e.file, "page_no": e.page_no, "bbox": _bbox(e.bbox), "text": e.text,
           "source": e.source, "confidence": e.confidence}
    if e.measure is not None:  # only signs of editing carry one: other evidence stays as it was
        m = e.measure
        out["measure"] = {"method": m.method, "score": m.score, "other_bbox": _bbox(m.other_bbox),
                          "revision": m.revision, "start": m.start, "end": m.end}
        if m.threshold is not None:  # optional key: rows written before it read back as None
            out["measure"]["threshold"] = m.threshold
        if m.other_page is not None:  # same_scan: the other applicant's page (optional keys)
            out["measure"]["other_applicant"] = m.other_applicant
            out["measure"]["other_page"] = _page(m.other_page)
    return out


def _field(f: Field) -> dict[str, Any]:
    return {"name": f.name, "value": f.value, "evidence": _evidence(f.evidence)}


def flag_to_dict(flag: Flag) -> dict[str, Any]:
    """A flag as plain JSON-ready data."""
    clause = flag.clause
    return {
        "code": flag.code, "severity": flag.severity.value, "applicant_id": flag.applicant_id,
        "message": flag.message, "declared": flag.declared, "found": flag.found,
        "reference": flag.reference, "evidence": [_evidence(e) for e in flag.evidence],
        "clause": None if clause is None else [clause.notice, clause.article, clause.text],
    }


def result_to_dict(result: ApplicantResult) -> dict[str, Any]:
    """An applicant result as plain JSON-ready data."""
    return {
        "format": FORMAT,
        "applicant_id": result.applicant_id, "name": result.name, "unit": result.unit,
        "department": result.department, "level": result.level,
        "flags": [flag_to_dict(f) for f in result.flags],
        "files": [{name: getattr(r, name) for name in FileRecord.__slots__} for r in result.files],
        "errors": [{"code": e.code, "reason": e.reason} for e in result.errors],
        "extractions": [
            {"file": x.file, "kind": x.kind.value, "fields": [_field(f) for f in x.fields],
             "rows": [[_field(f) for f in row] for row in x.rows]}
            for x in result.extractions
        ],
        "pages": [_page(p) for p in result.pages],
    }


def result_to_json(result: ApplicantResult) -> str:
    """An applicant result as compact JSON text (Chinese kept readable).

    A file name that is not valid UTF-8 (kept as lone surrogates) cannot be stored as text:
    such a result is written with ASCII escapes instead, which read back the same.
    """
    data = result_to_dict(result)
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(data, ensure_ascii=True, separators=(",", ":"))
    return text


def _bbox_from(raw: list[float] | None) -> BBox | None:
    return None if raw is None else BBox(*raw)


def _evidence_from(raw: dict[str, Any]) -> Evidence:
    m = raw.get("measure")  # absent: evidence of no sign of editing (and every row before it)
    measure = None if m is None else Measure(
        m["method"], m["score"], _bbox_from(m["other_bbox"]), m["revision"], m["start"], m["end"],
        m.get("other_applicant"),
        None if m.get("other_page") is None else PageView(**m["other_page"]), m.get("threshold"))
    return Evidence(raw["file"], raw["page_no"], _bbox_from(raw["bbox"]), raw["text"],
                    raw["source"], raw["confidence"], measure)


def _field_from(raw: dict[str, Any]) -> Field:
    return Field(raw["name"], raw["value"], _evidence_from(raw["evidence"]))


def flag_from_dict(raw: dict[str, Any]) -> Flag:
    """The inverse of :func:`flag_to_dict`."""
    clause = raw["clause"]
    return Flag(
        code=raw["code"], severity=Severity(raw["severity"]), applicant_id=raw["applicant_id"],
        message=raw["message"], declared=raw["declared"], found=raw["found"],
        reference=raw["reference"], evidence=tuple(_evidence_from(e) for e in raw["evidence"]),
        clause=None if clause is None else Clause(*clause),
    )


def result_from_dict(raw: dict[str, Any]) -> ApplicantResult:
    """The inverse of :func:`result_to_dict`.

    Raises:
        ValueError: the data was written in another format version.
    """
    if raw.get("format") != FORMAT:
        raise ValueError(f"stored result format {raw.get('format')!r}, expected {FORMAT}")
    return ApplicantResult(
        applicant_id=raw["applicant_id"], name=raw["name"], unit=raw["unit"],
        department=raw["department"], level=raw["level"],
        flags=tuple(flag_from_dict(f) for f in raw["flags"]),
        files=tuple(FileRecord(**r) for r in raw["files"]),
        errors=tuple(RuleError(e["code"], e["reason"]) for e in raw["errors"]),
        extractions=tuple(
            Extraction(file=x["file"], kind=DocumentKind(x["kind"]),
                       fields=tuple(_field_from(f) for f in x["fields"]),
                       rows=tuple(tuple(_field_from(f) for f in row) for row in x["rows"]))
            for x in raw["extractions"]
        ),
        pages=tuple(PageView(**p) for p in raw["pages"]),
    )


def result_from_json(text: str) -> ApplicantResult:
    """The inverse of :func:`result_to_json`."""
    return result_from_dict(json.loads(text))
