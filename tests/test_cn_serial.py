"""CN serial numbers (国内统一连续出版物号): the shapes real journals and illegal ones print."""

from __future__ import annotations

import doctest

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.exceptions import InvalidComponent, InvalidFormat, InvalidLength, ValidationError

from pipeline.identifiers import cn_serial


@pytest.mark.parametrize(
    ("number", "compact"),
    [
        ("CN 11-2115/TU", "112115TU"),
        ("11-2115/TU", "112115TU"),
        ("cn11-2115/tu", "112115TU"),
        ("ＣＮ５１－１１９９／Ｏ４", "511199O4"),  # full width, as Word documents have it
        ("CN 10-1192/N", "101192N"),  # Beijing's overflow prefix
        ("CN：61-1150/P", "611150P"),
        ("46-1085/G4", "461085G4"),
        ("81-1234/R", "811234R"),
    ],
)
def test_valid_numbers(number: str, compact: str) -> None:
    assert cn_serial.validate(number) == compact
    assert cn_serial.is_valid(number)


@pytest.mark.parametrize(
    ("number", "error"),
    [
        ("CN(HK)NR4069-194/01", InvalidFormat),  # pseudo CN of an illegal journal
        ("CN-NR37-02", InvalidFormat),
        ("CN(H)39-7869/G", InvalidFormat),
        ("CN16-1690/NR", InvalidComponent),  # region 16 does not exist
        ("CN18-4258/H", InvalidComponent),
        ("CN03-3569/G-HK", InvalidComponent),
        ("CN35-3917HK/G", InvalidComponent),  # HK inserted into the class
        ("11-0000/G", InvalidComponent),
        ("11-2115/L", InvalidComponent),  # L is no CLC class
        ("11-2115/GO", InvalidComponent),  # letter O for digit 0
        ("11-21150/TU", InvalidLength),
        ("1-2115/TU", InvalidLength),
        ("11-2115", InvalidFormat),  # class missing
        ("", InvalidFormat),
    ],
)
def test_invalid_numbers(number: str, error: type[Exception]) -> None:
    with pytest.raises(error):
        cn_serial.validate(number)
    assert not cn_serial.is_valid(number)


def test_format_and_key() -> None:
    assert cn_serial.format("CN112115tu") == "11-2115/TU"
    assert cn_serial.format("11-2115/TU", prefix=True) == "CN 11-2115/TU"
    assert cn_serial.key("CN 11-2115/TU") == "11-2115"
    assert cn_serial.key("11-2115") == "11-2115"  # lenient: class not needed for the key
    assert cn_serial.key("CN(HK)NR4069-194/01") is None


@pytest.mark.parametrize(
    ("number", "kind"),
    [
        ("11-0803/G", "newspaper"),
        ("11-1059/Z", "periodical"),
        ("43-7772/R", "online"),
        ("10-9001/N", "other"),
    ],
)
def test_serial_kind(number: str, kind: str) -> None:
    assert cn_serial.serial_kind(number) == kind


def test_region() -> None:
    assert cn_serial.region("CN 10-1192/N") == "北京"
    assert cn_serial.region("CN 50-1234/R") == "重庆"


def test_cnki_catalogue_numbers_are_mostly_valid(shared_journals) -> None:
    """Real catalogue numbers pass; the few that fail are catalogue typos (GO, 粤内 numbers).
    The catalogue is read in place from the shared data folder (skipped where it is absent)."""
    import csv

    path = shared_journals / "cnki_journals_2023-11-30.csv"
    with open(path, encoding="utf-8-sig") as handle:
        numbers = [row["CN"] for row in csv.DictReader(handle) if row["CN"]]
    bad = [n for n in numbers if not cn_serial.is_valid(n)]
    assert len(numbers) > 9000
    assert len(bad) < 50, bad


def test_doctests() -> None:
    result = doctest.testmod(
        cn_serial, optionflags=doctest.ELLIPSIS | doctest.IGNORE_EXCEPTION_DETAIL
    )
    assert result.attempted > 5 and result.failed == 0


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=30))
def test_random_text_raises_only_validation_errors(text: str) -> None:
    try:
        cn_serial.validate(text)
    except ValidationError:
        pass
    assert isinstance(cn_serial.is_valid(text), bool)
    cn_serial.compact(text)
    cn_serial.format(text)
    cn_serial.key(text)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(sorted(cn_serial.REGIONS)),
    st.integers(1, 9999),
    st.sampled_from(["R", "G4", "TU", "O1", "N", "Z"]),
    st.sampled_from(["CN ", "CN", "", "cn "]),
)
def test_well_formed_numbers_round_trip(region: str, serial: int, klass: str, prefix: str) -> None:
    number = f"{prefix}{region}-{serial:04d}/{klass}"
    compact = cn_serial.validate(number)
    assert cn_serial.validate(cn_serial.format(compact)) == compact
