"""The suspect-journal matcher: what it must find, and what it must leave alone."""

from __future__ import annotations

import csv
import pickle
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.journals import (
    GENERIC_NAME_SCORE,
    HIJACKED_SCORE,
    NAMESAKE_SCORE,
    TITLE_DIFFERS_SCORE,
    Blacklist,
    JournalEntry,
    JournalRef,
    normalise_name,
)

ENTRIES = [
    JournalEntry(
        name="中国当代教育杂志",
        issn="1682-7317",
        cn="CN(HK)NR4069-194/01",
        category="illegal",
        source="test",
        reason="pseudo CN",
    ),
    JournalEntry(name="中国教育论坛", cn="CN43-7772/R", category="illegal", source="test"),
    JournalEntry(name="中国教育", issn="1681-1615", category="illegal", source="test"),
    JournalEntry(
        name="中国现代教育研究与实践",
        aliases=("现代教育研究与实践",),
        category="fake",
        source="test",
    ),
    JournalEntry(name="Sensors", issn="1424-8220", category="warning", source="test"),
    JournalEntry(
        name="Artificial Cells Nanomedicine and Biotechnology",
        issn="2169-1401|2169-141X",
        category="warning",
        source="test",
    ),
    JournalEntry(
        name="Journal of Advances in Mathematics and Computer Science",
        category="predatory",
        source="test",
    ),
    JournalEntry(name="Engineering", category="predatory", source="test"),
    JournalEntry(name="High Technology Letters", category="hijacked", source="test"),
    JournalEntry(name="Physics Letters A Research Digest", category="predatory", source="test"),
]


@pytest.fixture(scope="module")
def blacklist() -> Blacklist:
    return Blacklist.from_entries(ENTRIES)


def best(blacklist: Blacklist, **ref: str):
    matches = blacklist.match(JournalRef(**ref))
    return matches[0] if matches else None


# --------------------------------------------------------------------------- normalisation


@pytest.mark.parametrize(
    ("raw", "norm"),
    [
        ("《中国当代教育杂志》", "中国当代教育杂志"),
        ("中國當代教育雜誌", "中国当代教育杂志"),
        ("中国 当代　教育·杂志", "中国当代教育杂志"),
        ("〈中国当代教育杂志〉", "中国当代教育杂志"),
        ("【中国当代教育杂志】", "中国当代教育杂志"),
        ("上海大学学报(自然科学版)", "上海大学学报自然科学版"),
        ("上海大学学报（自然科学版）", "上海大学学报自然科学版"),
        ("ＳＥＮＳＯＲＳ", "sensors"),
        ("Journal of Social Research & Policy", "journalofsocialresearchandpolicy"),
        ("Zeitschrift für Kristallographie", "zeitschriftfurkristallographie"),
        ("  Sensors. ", "sensors"),
    ],
)
def test_normalise_name(raw: str, norm: str) -> None:
    assert normalise_name(raw) == norm


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_normalise_name_is_idempotent(text: str) -> None:
    once = normalise_name(text)
    assert normalise_name(once) == once


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), max_size=12))
def test_normalise_name_is_idempotent_on_chinese(text: str) -> None:
    once = normalise_name(text)
    assert normalise_name(once) == once


# --------------------------------------------------------------------------- identifiers


def test_exact_issn(blacklist: Blacklist) -> None:
    m = best(blacklist, issn="ISSN 1682-7317")
    assert m.entry.name == "中国当代教育杂志" and m.how == "issn" and m.score == 100
    assert "1682-7317" in m.detail


def test_full_width_issn_and_eissn(blacklist: Blacklist) -> None:
    m = best(blacklist, issn="２１６９－１４１Ｘ")
    assert m.how == "eissn" and m.entry.name.startswith("Artificial Cells")


def test_cn_match_ignores_class_letters(blacklist: Blacklist) -> None:
    m = best(blacklist, name="中国教育论坛", cn="CN 43-7772/G")
    assert m.how == "cn" and m.score == 100 and "刊名亦一致" in m.detail


def test_pseudo_cn_is_matched_as_printed(blacklist: Blacklist) -> None:
    m = best(blacklist, cn="CN(HK) NR4069-194/01")
    assert m.how == "cn" and m.entry.name == "中国当代教育杂志"


def test_identifier_under_another_title_is_reported_as_such(blacklist: Blacklist) -> None:
    """A stolen or mistyped number: reported, scored lower, both titles in the detail."""
    m = best(blacklist, name="百科知识", issn="1682-7317")
    assert m.how == "issn" and m.score == TITLE_DIFFERS_SCORE
    assert "百科知识" in m.detail and "不符" in m.detail


def test_translated_title_with_the_entrys_issn(blacklist: Blacklist) -> None:
    m = best(blacklist, name="传感器", issn="1424-8220")
    assert m.how == "issn" and m.score == TITLE_DIFFERS_SCORE


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    "declared",
    [
        "中国当代教育杂志",
        "《中国当代教育杂志》",
        "中國當代教育雜誌",
        "中国 当代 教育 杂志",
        "中国当代教育杂志。",
        "《中國當代教育雜誌》",
    ],
)
def test_name_variants_match_exactly(blacklist: Blacklist, declared: str) -> None:
    m = best(blacklist, name=declared)
    assert m.entry.name == "中国当代教育杂志" and m.how == "name" and m.score == 100


def test_alias(blacklist: Blacklist) -> None:
    m = best(blacklist, name="《现代教育研究与实践》")
    assert m.how == "alias" and m.entry.name == "中国现代教育研究与实践"


@pytest.mark.parametrize(
    "declared",
    [
        "中国当代教肓杂志",  # 育 read as 肓
        "中國當代教肓雜誌",  # and traditional
        "Journal of Advances in Mathematics and Computer Sclence",  # l for i
        "Journal of Advances in Mathematics and C0mputer Science",  # 0 for o
        "Journal of Advances in Mathemat1cs and Computer Science",
        "Journal of Advances in Mathematics and Computer Scince",  # a dropped letter
    ],
)
def test_one_ocr_error_is_a_fuzzy_candidate(blacklist: Blacklist, declared: str) -> None:
    matches = blacklist.match(JournalRef(declared))
    assert matches, declared
    m = matches[0]
    assert m.how == "fuzzy_name" and 92 <= m.score < 100
    assert "人工核对" in m.detail


def test_containment_never_matches(blacklist: Blacklist) -> None:
    """A legitimate title inside a fake's, or a fake's inside a legitimate one."""
    assert blacklist.match(JournalRef("中国教育学刊")) == []  # contains 中国教育
    assert blacklist.match(JournalRef("中国教育论坛杂志")) == []  # contains 中国教育论坛
    assert blacklist.match(JournalRef("当代教育杂志")) == []  # inside 中国当代教育杂志
    assert blacklist.match(JournalRef("中国当代教育杂志社刊")) == []
    assert blacklist.match(JournalRef("Sensor")) == []  # Sensors minus a letter at the end
    assert blacklist.match(JournalRef("Journal of Advances in Mathematics")) == []


def test_short_names_get_no_fuzzy_match(blacklist: Blacklist) -> None:
    assert (
        blacklist.match(JournalRef("中国教肓")) == []
    )  # 4 characters: 中国科学/中国科技 are both real
    assert blacklist.match(JournalRef("Sensars")) == []


def test_rn_for_m_is_two_edits_and_not_tolerated(blacklist: Blacklist) -> None:
    """A known limitation: 'rn' read for 'm' is two edits (see README)."""
    assert (
        blacklist.match(JournalRef("Journal of Advances in Mathernatics and Computer Science"))
        == []
    )


def test_series_letters_and_digits_are_not_ocr_errors(blacklist: Blacklist) -> None:
    assert blacklist.match(JournalRef("Physics Letters B Research Digest")) == []
    entries = [JournalEntry(name="中国组织工程研究杂志第3辑", category="fake", source="t")]
    assert Blacklist.from_entries(entries).match(JournalRef("中国组织工程研究杂志第5辑")) == []


def test_namesake_with_other_registered_numbers_is_dropped(blacklist: Blacklist) -> None:
    assert blacklist.match(JournalRef("Sensors", issn="0000-0019")) == []


def test_fake_namesake_with_other_numbers_is_kept_lower(blacklist: Blacklist) -> None:
    m = best(blacklist, name="中国教育", issn="1000-4726")
    assert m.how == "name" and m.score == NAMESAKE_SCORE


def test_chinese_registered_journal_is_not_a_foreign_predatory_namesake(
    blacklist: Blacklist,
) -> None:
    assert blacklist.match(JournalRef("Engineering", issn="2095-8099", cn="10-1244/N")) == []
    m = best(blacklist, name="Engineering")
    assert m.score == GENERIC_NAME_SCORE and "通用" in m.detail


def test_hijacked_titles_are_candidates(blacklist: Blacklist) -> None:
    m = best(blacklist, name="High Technology Letters")
    assert m.score == HIJACKED_SCORE and "劫持" in m.detail


def test_known_names_stop_fuzzy_candidates() -> None:
    entries = [JournalEntry(name="上海海事大学学报", category="fake", source="t")]
    plain = Blacklist.from_entries(entries)
    assert plain.match(JournalRef("上海海洋大学学报"))  # a real journal one character away ...
    guarded = Blacklist.from_entries(entries, known_names=["上海海洋大学学报"])
    assert guarded.match(JournalRef("上海海洋大学学报")) == []  # ... is left alone given a registry


def test_clean_reference(blacklist: Blacklist) -> None:
    assert blacklist.match(JournalRef("建筑技术", "1000-4726", "11-2115/TU")) == []
    assert blacklist.match(JournalRef()) == []


def test_results_are_best_first_and_one_per_entry(blacklist: Blacklist) -> None:
    matches = blacklist.match(
        JournalRef("中国当代教育杂志", issn="1682-7317", cn="CN(HK)NR4069-194/01")
    )
    assert len(matches) == 1 and matches[0].how == "issn"


def test_match_many_equals_match(blacklist: Blacklist) -> None:
    refs = [
        JournalRef("中国当代教育杂志"),
        JournalRef("建筑技术"),
        JournalRef(issn="1424-8220"),
    ] * 5
    assert blacklist.match_many(refs) == [blacklist.match(r) for r in refs]


def test_version_is_order_independent_and_content_sensitive() -> None:
    a = Blacklist.from_entries(ENTRIES)
    b = Blacklist.from_entries(list(reversed(ENTRIES)))
    c = Blacklist.from_entries(ENTRIES[:-1])
    assert a.version == b.version != c.version
    assert len(a.version) == 64


def test_pickles(blacklist: Blacklist) -> None:
    again = pickle.loads(pickle.dumps(blacklist))
    assert again.match(JournalRef("中国当代教育杂志")) == blacklist.match(
        JournalRef("中国当代教育杂志")
    )


# --------------------------------------------------------------------------- real lists
# The published lists as an admin imports them (conftest.published_list), and the CNKI and
# CSSCI catalogues, read in place from the shared data folder; skipped where it is absent.


@pytest.fixture(scope="module")
def shipped(published_list: Blacklist) -> Blacklist:
    return published_list


def _rows(folder: Path, name: str) -> list[dict[str, str]]:
    with open(folder / name, encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


def test_legitimate_cnki_journals_are_never_matched(shipped: Blacklist,
                                                    shared_journals: Path) -> None:
    rows = _rows(shared_journals, "cnki_journals_2023-11-30.csv")
    sample = random.Random(20231130).sample(rows, 600)
    flagged = [
        (r["期刊名称"], shipped.match(JournalRef(r["期刊名称"], r["ISSN"], r["CN"])))
        for r in sample
    ]
    assert [f for f in flagged if f[1]] == []


def test_legitimate_titles_alone_never_get_a_full_score(shipped: Blacklist,
                                                        shared_journals: Path) -> None:
    """Title only (no numbers): at most a lower-score candidate (generic or hijacked titles)."""
    rows = _rows(shared_journals, "cnki_journals_2023-11-30.csv") + [
        {"期刊名称": r["title"]} for r in _rows(shared_journals, "cssci_2021_2022_cnki.csv")
    ]
    results = shipped.match_many([JournalRef(r["期刊名称"]) for r in rows])
    full = [
        (r["期刊名称"], m[0].entry.name) for r, m in zip(rows, results) if m and m[0].score >= 100
    ]
    assert full == []


def test_shipped_list_finds_its_own_entries(shipped: Blacklist) -> None:
    rng = random.Random(5)
    for entry in rng.sample(list(shipped.entries), 200):
        found = shipped.match(JournalRef(f"《{entry.name}》"))
        assert any(m.entry == entry for m in found), entry.name
