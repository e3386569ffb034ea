"""Policies: every number a rule uses, with the notice clause it comes from.

A policy is one TOML file per notice in ``pipeline/policies/`` (package data beside this
loader). National rules that every notice relies on without restating them (the 2025
gradual retirement schedule, the level ladder) live in ``pipeline/policies/_national.toml``
and are merged underneath; a notice policy may override any of them.

Every entry is a table ``{value = ..., notice = "...", article = "...", text = "..."}`` so the
rule that uses the value can cite it (``notice`` defaults to the policy's notice). The
schema is :class:`Policy`; a missing or mistyped entry is a :class:`PolicyError` naming the
file and the key. ``pipeline/policies/README.md`` documents every key.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from pipeline.errors import PolicyError
from pipeline.model import Cited, Clause
from pipeline.titles import LEVELS  # the title levels, defined once (pipeline.titles)

POLICY_DIR = Path(__file__).parent / "policies"
NATIONAL = POLICY_DIR / "_national.toml"

MATERIAL_ITEMS = (
    "diploma", "degree_for_postgraduate", "contract", "appointment_letter", "roster",
    "annual_assessment", "title_certificate", "commission_letter",
)


@dataclass(frozen=True, slots=True)
class RetirementCategory:
    """One row of the 2025 schedule: original age, first cohort, step, cap (months)."""

    original_age: int
    first_cohort: str  # "YYYY-MM": the first birth month affected
    step_months: int  # birth months per +1 month of delay
    cap_months: int


@dataclass(frozen=True, slots=True)
class Thresholds:
    """The calibrated measurement thresholds of the document rules (``[thresholds]``)."""

    ocr_confidence_min: Cited[float]
    page_sharpness_min: Cited[float]
    page_short_side_min: Cited[float]
    text_height_min: Cited[float]
    glyph_px_min: Cited[float]
    legible_confidence_min: Cited[float]
    legible_chars_min: Cited[float]
    colourfulness_min: Cited[float]
    printout_colourfulness_min: Cited[float]
    seal_red_ratio_min: Cited[float]
    seal_ring_min: Cited[float]
    text_layer_mismatch_max: Cited[float]
    kind_score_min: Cited[float]
    revision_pixel_change_min: Cited[float]
    span_style_min: Cited[float]
    text_cover_min: Cited[float]
    editor_tag_min: Cited[float]
    jpeg_ghost_min: Cited[float]
    copy_move_min: Cited[float]
    noise_level_min: Cited[float]
    same_scan_min: Cited[float]
    same_scan_sure: Cited[float]


THRESHOLDS = tuple(f.name for f in fields(Thresholds))


@dataclass(frozen=True, slots=True)
class Policy:
    """Everything a rule may take from a notice. Attribute = TOML key."""

    id: str
    notice: str
    title: str
    review_year: Cited[int]
    application_deadline: Cited[dt.date]
    materials_deadline: Cited[dt.date]
    tenure_months_min: Cited[int]
    ss_lookback_months: Cited[int]
    ss_continuity_months: Cited[int]
    integrity_record_years: Cited[int]
    applications_per_level: Cited[int]
    assessment_years: Cited[int]
    unit_flag_ratio: Cited[float]
    department_flag_ratio: Cited[float]
    appointment_years: dict[str, Cited[int]]  # target level -> years in the current title
    materials: dict[str, Cited[bool]]  # checklist item -> required
    retirement: dict[str, RetirementCategory]  # "M", "F55", "F50"
    retirement_clause: Clause
    name_similarity_min: Cited[float]  # rapidfuzz ratio 0..100 for names read by OCR
    name_slip_chars_max: Cited[int]  # a name this close, on a document otherwise the holder's
    title_similarity_min: Cited[float]  # for paper titles
    journal_similarity_min: Cited[float]  # fuzzy journal-name candidates
    # the same, for names no legitimate journal has
    journal_similarity_min_unregistered: Cited[float]
    rule_clauses: dict[str, Clause]  # flag code -> the clause a rule without a number enforces
    thresholds: Thresholds  # calibrated measurement thresholds

    def rule_clause(self, code: str) -> Clause | None:
        """The clause a rule enforces, when the policy (or national defaults) names one."""
        return self.rule_clauses.get(code)

    def required_years(self, level: str) -> Cited[int] | None:
        """Years in the current title required before applying for `level`, if any."""
        return self.appointment_years.get(level)


def available() -> list[str]:
    """The names of the policies the project ships."""
    return sorted(p.stem for p in POLICY_DIR.glob("*.toml") if not p.stem.startswith("_"))


def load(name_or_path: str | Path, overrides: dict[str, Any] | None = None) -> Policy:
    """Load a shipped policy by name, or a policy file by path, with window overrides.

    ``overrides`` come from ``window.toml`` (``review_year``, ``application_deadline``,
    ``materials_deadline``); they keep the clause of the value they replace, marked as
    overridden by the window.
    """
    path = _resolve(name_or_path)
    raw = _read(NATIONAL)
    notice_raw = _read(path)
    clauses: dict[str, Any] = {}
    for source in (raw, notice_raw):
        table = source.get("rule_clauses", {})
        if not isinstance(table, dict):
            raise PolicyError(f"{path.name}: policy key 'rule_clauses': must be a table")
        clauses.update(table)
    raw.update(notice_raw)
    raw["rule_clauses"] = clauses
    return _build(raw, path, overrides or {})


def _resolve(name_or_path: str | Path) -> Path:
    candidate = Path(name_or_path)
    if candidate.suffix == ".toml" or candidate.exists():
        if not candidate.is_file():
            raise PolicyError(f"policy file not found: {candidate}")
        return candidate
    shipped = POLICY_DIR / f"{name_or_path}.toml"
    if not shipped.is_file():
        known = ", ".join(available())
        raise PolicyError(f"unknown policy {name_or_path!r}; known policies: {known}")
    return shipped


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise PolicyError(f"{path.name}: cannot read policy: {exc}") from exc


class _Reader:
    """Reads cited entries from the raw TOML, naming file and key on every error."""

    def __init__(self, raw: dict[str, Any], path: Path, notice: str) -> None:
        self.raw, self.path, self.notice = raw, path, notice

    def fail(self, key: str, why: str) -> PolicyError:
        return PolicyError(f"{self.path.name}: policy key '{key}': {why}")

    def cited(self, key: str, kind: type, table: dict[str, Any] | None = None) -> Cited[Any]:
        source = self.raw if table is None else table
        entry = source.get(key.rsplit(".", 1)[-1])
        if not isinstance(entry, dict) or "value" not in entry:
            raise self.fail(key, "missing, or not a table with value/article/text")
        value = entry["value"]
        if kind is dt.date:
            value = _as_date(value, lambda why: self.fail(key, why))
        elif kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        elif not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise self.fail(key, f"expected {kind.__name__}, got {value!r}")
        return Cited(value, self.clause(key, entry))

    def clause(self, key: str, entry: dict[str, Any]) -> Clause:
        if not entry.get("article") or not entry.get("text"):
            raise self.fail(key, "every value needs the 'article' and quoted 'text' it comes from")
        return Clause(str(entry.get("notice", self.notice)), str(entry["article"]),
                      str(entry["text"]))

    def group(self, key: str, kind: type, allowed: tuple[str, ...]) -> dict[str, Cited[Any]]:
        table = self.raw.get(key)
        if not isinstance(table, dict):
            raise self.fail(key, "missing table")
        for name in table:
            if name not in allowed:
                raise self.fail(f"{key}.{name}", f"unknown name; allowed: {', '.join(allowed)}")
        return {name: self.cited(f"{key}.{name}", kind, table) for name in table}


def _table(reader: _Reader, key: str, entry: Any) -> dict[str, Any]:
    if not isinstance(entry, dict):
        raise reader.fail(key, "not a table with article/text")
    return entry


def _as_date(value: Any, fail: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise fail(f"not a date (YYYY-MM-DD): {value!r}") from None


def _thresholds(reader: _Reader) -> Thresholds:
    found = reader.group("thresholds", float, THRESHOLDS)
    if missing := [name for name in THRESHOLDS if name not in found]:
        raise reader.fail("thresholds", f"missing: {', '.join(missing)}")
    return Thresholds(**found)


def _build(raw: dict[str, Any], path: Path, overrides: dict[str, Any]) -> Policy:
    notice = str(raw.get("notice", path.name))
    reader = _Reader(raw, path, notice)
    retirement_raw = raw.get("retirement")
    if not isinstance(retirement_raw, dict) or "categories" not in retirement_raw:
        raise reader.fail("retirement", "missing table with 'categories'")
    try:
        retirement = {
            name: RetirementCategory(**row) for name, row in retirement_raw["categories"].items()
        }
    except TypeError as exc:
        raise reader.fail("retirement.categories", str(exc)) from exc
    values: dict[str, Any] = {
        "id": str(raw.get("id", path.stem)),
        "notice": notice,
        "title": str(raw.get("title", "")),
        "review_year": reader.cited("review_year", int),
        "application_deadline": reader.cited("application_deadline", dt.date),
        "materials_deadline": reader.cited("materials_deadline", dt.date),
        "tenure_months_min": reader.cited("tenure_months_min", int),
        "ss_lookback_months": reader.cited("ss_lookback_months", int),
        "ss_continuity_months": reader.cited("ss_continuity_months", int),
        "integrity_record_years": reader.cited("integrity_record_years", int),
        "applications_per_level": reader.cited("applications_per_level", int),
        "assessment_years": reader.cited("assessment_years", int),
        "unit_flag_ratio": reader.cited("unit_flag_ratio", float),
        "department_flag_ratio": reader.cited("department_flag_ratio", float),
        "appointment_years": reader.group("appointment_years", int, LEVELS),
        "materials": reader.group("materials", bool, MATERIAL_ITEMS),
        "retirement": retirement,
        "retirement_clause": reader.clause("retirement", retirement_raw),
        "name_similarity_min": reader.cited("name_similarity_min", float),
        "name_slip_chars_max": reader.cited("name_slip_chars_max", int),
        "title_similarity_min": reader.cited("title_similarity_min", float),
        "journal_similarity_min": reader.cited("journal_similarity_min", float),
        "journal_similarity_min_unregistered":
            reader.cited("journal_similarity_min_unregistered", float),
        "thresholds": _thresholds(reader),
        "rule_clauses": {
            code: reader.clause(f"rule_clauses.{code}",
                                _table(reader, f"rule_clauses.{code}", entry))
            for code, entry in raw["rule_clauses"].items()
        },
    }
    for key, value in overrides.items():
        current = values.get(key)
        if not isinstance(current, Cited):
            raise PolicyError(f"window.toml: '{key}' is not a policy value a window may override")
        kind = type(current.value)
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if kind is dt.date:
            value = _as_date(value, lambda why, k=key: PolicyError(f"window.toml: '{k}': {why}"))
        elif not isinstance(value, kind) or isinstance(value, bool):
            raise PolicyError(f"window.toml: '{key}' must be {kind.__name__}, got {value!r}")
        clause = Clause("window.toml", key, f"本批次覆盖（原：{current.clause.cite()}）")
        values[key] = Cited(value, clause)
    return Policy(**values)
