"""Commission letters: a seal over the signature."""

from __future__ import annotations

from _docs import make_doc

from extractors import commission_letter


def values(doc):
    return {f.name: f.value for f in commission_letter.extract(doc).fields}


def test_a_seal_hiding_the_signatures_first_characters_takes_the_name_printed_whole():
    """A seal over the signature can hide its first characters (池市第二人民医院); the same
    unit printed whole at the head of the page gives its name."""
    doc = make_doc([
        "河池市第二人民医院",
        "委托评审函",
        "河池市卫生健康委员会：",
        "兹有我院职工韦建华同志申报主治医师资格，特委托贵委组织评审。",
        "池市第二人民医院",
        "2023年11月8日",
    ])
    assert values(doc)["unit"] == "河池市第二人民医院"


def test_a_signature_that_no_mention_extends_stays_as_read():
    """A unit named only by its signature, or another unit whose name merely ends the same
    way by more than a seal could hide, is not taken for the signer."""
    doc = make_doc([
        "广西壮族自治区河池市第二人民医院",
        "委托评审函",
        "河池市卫生健康委员会：",
        "兹有我院职工韦建华同志申报主治医师资格，特委托贵委组织评审。",
        "第二人民医院",
        "2023年11月8日",
    ])
    assert values(doc)["unit"] == "第二人民医院"
