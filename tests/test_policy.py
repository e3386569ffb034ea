"""The shipped policies and the loader's contract (pipeline/policy.py).

Every shipped policy loads; every value carries a clause; a clause that names a notice file
quotes words that occur in that notice (whitespace ignored) when the notices are at hand;
window overrides replace a value and keep its clause; every bad input is a PolicyError that
names the file and the key.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

from pipeline import policy
from pipeline.errors import PolicyError
from pipeline.model import Cited, Clause

REPO = Path(__file__).resolve().parents[1]
SHIPPED = policy.available()
MATERIAL_ITEMS = {
    "diploma",
    "degree_for_postgraduate",
    "contract",
    "appointment_letter",
    "roster",
    "annual_assessment",
    "title_certificate",
    "commission_letter",
}
NOTICE_FILE = re.compile(r"^\d{3}_[0-9a-f]{16}\.txt$")
# Sources that are not one of the notices and so are not quote-checked: the project's own
# calibrations and borrowed defaults. National laws and standards are recognised as the
# sources the national layer (_national.toml) cites.
OWN_SOURCES = ("credcheck calibration", "credcheck default")


def _shared_dir(name: str) -> Path:
    """The vendored copy of a shared folder (notices, spec): docs/<name> in this repository."""
    return REPO / "docs" / name


NOTICES = _shared_dir("notices")
SPEC = _shared_dir("spec")


def _squash(text: str) -> str:
    """Text without any whitespace: the notices break lines and space digits at random."""
    return re.sub(r"\s+", "", text)


def _national_sources() -> set[str]:
    raw = tomllib.loads(policy.NATIONAL.read_text(encoding="utf-8"))
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("notice"), str):
                found.add(node["notice"])
            for child in node.values():
                walk(child)

    walk(raw)
    return found


NATIONAL_SOURCES = _national_sources()


def _clauses(p: policy.Policy) -> dict[str, Clause]:
    """Every clause of a policy, by dotted key."""
    found: dict[str, Clause] = {"retirement": p.retirement_clause}
    for name in p.__dataclass_fields__:
        value = getattr(p, name)
        if isinstance(value, Cited):
            found[name] = value.clause
        elif isinstance(value, policy.Thresholds):
            found.update({f"{name}.{key}": getattr(value, key).clause for key in policy.THRESHOLDS})
        elif isinstance(value, dict):
            for key, item in value.items():
                if isinstance(item, Cited):
                    found[f"{name}.{key}"] = item.clause
                elif isinstance(item, Clause):
                    found[f"{name}.{key}"] = item
    return found


@pytest.fixture(scope="module")
def notice_texts() -> dict[str, str]:
    return {p.name: _squash(p.read_text(encoding="utf-8")) for p in NOTICES.glob("*.txt")}


# --- every shipped policy ------------------------------------------------------------------


def test_the_five_notices_are_shipped() -> None:
    assert SHIPPED == [
        "chongqing-2022",
        "guangan-2023",
        "liuzhou-2024",
        "qujing-2023",
        "xuchang-2023",
    ]


def test_available_loads_every_policy() -> None:
    assert [policy.load(name).id for name in policy.available()] == SHIPPED


@pytest.mark.parametrize("name", SHIPPED)
def test_policy_identity_and_schema(name: str) -> None:
    p = policy.load(name)
    assert p.id == name
    assert NOTICE_FILE.match(p.notice), p.notice
    assert p.title
    assert str(p.review_year.value) == name.rsplit("-", 1)[1]
    for deadline in (p.application_deadline, p.materials_deadline):
        assert deadline.value.year == p.review_year.value
    assert set(p.appointment_years) <= set(policy.LEVELS)
    assert {"中级", "副高级", "正高级"} <= set(p.appointment_years)
    assert set(p.materials) == MATERIAL_ITEMS
    assert 0 < p.unit_flag_ratio.value <= p.department_flag_ratio.value < 1
    for months in (p.tenure_months_min, p.ss_lookback_months, p.ss_continuity_months):
        assert 0 < months.value <= 24
    assert p.integrity_record_years.value > 0
    assert p.applications_per_level.value >= 1
    assert 0 < p.assessment_years.value <= 10
    for level, years in p.appointment_years.items():
        assert 0 < years.value <= 10, level
    assert p.required_years("副高级") is p.appointment_years["副高级"]
    assert set(p.retirement) == {"M", "F55", "F50"}


@pytest.mark.parametrize("name", SHIPPED)
def test_every_value_has_a_clause(name: str) -> None:
    for key, clause in _clauses(policy.load(name)).items():
        assert clause.notice.strip(), key
        assert clause.article.strip(), key
        assert clause.text.strip(), key


@pytest.mark.parametrize("name", SHIPPED)
def test_every_source_is_a_notice_or_declared_as_not_one(name: str) -> None:
    for key, clause in _clauses(policy.load(name)).items():
        assert (
            NOTICE_FILE.match(clause.notice)
            or clause.notice.startswith(OWN_SOURCES)
            or clause.notice in NATIONAL_SOURCES
        ), f"{name} {key}: unrecognised source {clause.notice!r}"


@pytest.mark.parametrize("name", SHIPPED)
def test_quotes_occur_in_the_notice(name: str, notice_texts: dict[str, str]) -> None:
    p = policy.load(name)
    assert p.notice in notice_texts, f"{name}: notice file {p.notice} not in {NOTICES}"
    for key, clause in _clauses(p).items():
        if not NOTICE_FILE.match(clause.notice):
            continue  # calibration, borrowed default or national law: nothing to quote from
        assert clause.notice in notice_texts, f"{name} {key}: no notice file {clause.notice}"
        assert _squash(clause.text) in notice_texts[clause.notice], (
            f"{name} {key}: quote not found in {clause.notice}: {clause.text}"
        )


@pytest.mark.parametrize("name", SHIPPED)
def test_rule_clauses_name_flag_codes(name: str) -> None:
    codes = set(policy.load(name).rule_clauses)
    assert all(re.fullmatch(r"[A-Z][A-Z_]+", code) for code in codes), codes
    if SPEC is not None and (SPEC / "flags.md").is_file():
        known = set(re.findall(r"`([A-Z][A-Z_]+)`", (SPEC / "flags.md").read_text("utf-8")))
        assert codes <= known, codes - known


def test_notice_specific_values() -> None:
    """The numbers the notices state themselves, quoted from them."""
    lz = policy.load("liuzhou-2024")
    assert (lz.tenure_months_min.value, lz.ss_continuity_months.value) == (6, 6)
    assert lz.ss_lookback_months.value == 6
    assert (lz.unit_flag_ratio.value, lz.department_flag_ratio.value) == (0.10, 0.20)
    assert lz.applications_per_level.clause.notice == lz.notice
    xc = policy.load("xuchang-2023")
    assert xc.appointment_years["中级"].value == 4
    assert xc.appointment_years["中级"].clause.notice == xc.notice
    assert "2019年12月31日" in xc.appointment_years["中级"].clause.text
    assert xc.assessment_years.value == 5 and xc.assessment_years.clause.notice == xc.notice
    assert xc.materials["roster"].value and xc.materials["degree_for_postgraduate"].value
    ga = policy.load("guangan-2023")
    assert ga.integrity_record_years.value == 3
    assert ga.integrity_record_years.clause.notice == ga.notice
    assert ga.materials["commission_letter"].value
    assert ga.application_deadline.value == dt.date(2023, 11, 30)
    qj = policy.load("qujing-2023")
    assert qj.applications_per_level.value == 1
    assert qj.applications_per_level.clause.notice == qj.notice


def test_silent_notices_are_cited_as_defaults() -> None:
    """Where a notice states no number, the entry says so instead of quoting the notice."""
    cq = policy.load("chongqing-2022")
    for cited in (cq.review_year, cq.tenure_months_min, cq.unit_flag_ratio):
        assert cited.clause.notice.startswith("credcheck default")


# --- window overrides --------------------------------------------------------------------


def test_window_overrides_replace_values_and_keep_the_clause() -> None:
    base = policy.load("liuzhou-2024")
    p = policy.load(
        "liuzhou-2024",
        {
            "review_year": 2025,
            "application_deadline": "2024-08-31",
            "materials_deadline": dt.date(2024, 8, 15),
        },
    )
    assert p.review_year.value == 2025
    assert p.application_deadline.value == dt.date(2024, 8, 31)
    assert p.materials_deadline.value == dt.date(2024, 8, 15)
    for key in ("review_year", "application_deadline", "materials_deadline"):
        clause = getattr(p, key).clause
        assert clause.notice == "window.toml"
        assert clause.article == key
        assert getattr(base, key).clause.cite() in clause.text
    assert p.tenure_months_min == base.tenure_months_min  # the rest is untouched


@pytest.mark.parametrize(
    ("overrides", "key"),
    [
        ({"review_year": "2025"}, "review_year"),
        ({"review_year": True}, "review_year"),
        ({"review_year": 2025.0}, "review_year"),
        ({"application_deadline": "2024-02-30"}, "application_deadline"),
        ({"materials_deadline": "31/08/2024"}, "materials_deadline"),
        ({"tenure_month_min": 3}, "tenure_month_min"),
        ({"title": "another"}, "title"),
        ({"appointment_years": {"中级": 3}}, "appointment_years"),
    ],
)
def test_bad_window_overrides_raise_naming_the_key(overrides: dict[str, Any], key: str) -> None:
    with pytest.raises(PolicyError, match=re.escape(f"'{key}'")) as caught:
        policy.load("liuzhou-2024", overrides)
    assert "window.toml" in str(caught.value)


# --- unknown names and bad files ---------------------------------------------------------


def test_unknown_policy_lists_the_known_ones() -> None:
    with pytest.raises(PolicyError) as caught:
        policy.load("atlantis-2099")
    message = str(caught.value)
    assert "atlantis-2099" in message
    assert all(name in message for name in SHIPPED)


def test_missing_policy_file(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="not found"):
        policy.load(tmp_path / "nowhere.toml")


def _toml(data: dict[str, Any]) -> str:
    """A small TOML writer for the shapes a policy has (tables of scalars, nested)."""

    def scalar(value: Any) -> str:
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, int | float):
            return repr(value)
        if isinstance(value, dt.date):
            return value.isoformat()
        return json.dumps(str(value), ensure_ascii=False)

    lines: list[str] = []

    def table(node: dict[str, Any], path: list[str]) -> None:
        scalars = {k: v for k, v in node.items() if not isinstance(v, dict)}
        if path:
            lines.append("[" + ".".join(json.dumps(p, ensure_ascii=False) for p in path) + "]")
        lines.extend(
            f"{json.dumps(k, ensure_ascii=False)} = {scalar(v)}" for k, v in scalars.items()
        )
        lines.append("")
        for k, v in node.items():
            if isinstance(v, dict):
                table(v, [*path, k])

    table(data, [])
    return "\n".join(lines)


def _shipped_raw(name: str = "liuzhou-2024") -> dict[str, Any]:
    return tomllib.loads((policy.POLICY_DIR / f"{name}.toml").read_text(encoding="utf-8"))


def _write(tmp_path: Path, data: dict[str, Any], name: str = "broken-2024.toml") -> Path:
    path = tmp_path / name
    path.write_text(_toml(data), encoding="utf-8")
    return path


def test_a_policy_file_by_path_loads(tmp_path: Path) -> None:
    raw = _shipped_raw()
    loaded = policy.load(_write(tmp_path, raw, "copy-2024.toml"))
    assert loaded.ss_continuity_months == policy.load("liuzhou-2024").ss_continuity_months


def test_malformed_toml_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "malformed-2024.toml"
    path.write_text('id = "x"\n[review_year\nvalue = 2024\n', encoding="utf-8")
    with pytest.raises(PolicyError, match="malformed-2024.toml"):
        policy.load(path)


def _drop(raw: dict[str, Any], dotted: str) -> None:
    *parents, last = dotted.split(".")
    for part in parents:
        raw = raw[part]
    del raw[last]


def _set(raw: dict[str, Any], dotted: str, value: Any) -> None:
    *parents, last = dotted.split(".")
    for part in parents:
        raw = raw[part]
    raw[last] = value


@pytest.mark.parametrize(
    "key",
    [
        "tenure_months_min",
        "unit_flag_ratio",
        "materials_deadline",
        "appointment_years",
        "materials",
    ],
)
def test_missing_key_names_file_and_key(tmp_path: Path, key: str) -> None:
    raw = _shipped_raw()
    _drop(raw, key)
    with pytest.raises(PolicyError, match=f"broken-2024.toml: policy key '{key}'"):
        policy.load(_write(tmp_path, raw))


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("tenure_months_min.value", "six"),
        ("tenure_months_min.value", True),
        ("review_year.value", 2024.5),
        ("unit_flag_ratio.value", "10%"),
        ("application_deadline.value", "2024-13-01"),
        ("appointment_years.中级.value", "4"),
        ("materials.diploma.value", "yes"),
        ("materials.roster", 1),
    ],
)
def test_wrong_type_names_file_and_key(tmp_path: Path, key: str, value: Any) -> None:
    raw = _shipped_raw()
    _set(raw, key, value)
    entry = key.removesuffix(".value")
    with pytest.raises(PolicyError, match=re.escape(f"broken-2024.toml: policy key '{entry}'")):
        policy.load(_write(tmp_path, raw))


@pytest.mark.parametrize("field", ["article", "text"])
def test_a_value_without_its_clause_is_refused(tmp_path: Path, field: str) -> None:
    raw = _shipped_raw()
    _drop(raw, f"ss_lookback_months.{field}")
    with pytest.raises(PolicyError, match="policy key 'ss_lookback_months'"):
        policy.load(_write(tmp_path, raw))


def test_every_threshold_is_an_attribute_and_a_missing_one_is_named(tmp_path):
    loaded = policy.load("liuzhou-2024")
    assert all(isinstance(getattr(loaded.thresholds, n), Cited) for n in policy.THRESHOLDS)
    notice = (policy.POLICY_DIR / "liuzhou-2024.toml").read_text(encoding="utf-8")
    partial = notice + '\n[thresholds.seal_ring_min]\nvalue = 0.9\narticle = "x"\ntext = "y"\n'
    (tmp_path / "partial.toml").write_text(partial, encoding="utf-8")
    with pytest.raises(PolicyError, match="thresholds.*missing: ocr_confidence_min"):
        policy.load(tmp_path / "partial.toml")
