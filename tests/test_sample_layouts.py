"""The sample generator's layouts: the registry, the held-out choice in layouts.toml, the
layout of every document in truth.json, and the ci profile planting every flag code."""

from __future__ import annotations

import hashlib
import json
import sys
import tomllib
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"
sys.path.insert(0, str(SAMPLES))

from render import layouts as L

FULL = SAMPLES / "liuzhou-2024" / "truth.json"


@pytest.fixture(autouse=True, scope="module")
def _cjk_font():
    """Register the CJK faces with reportlab before any test builds a document: text is
    measured while it is laid out, and an unregistered face raises KeyError. Each test must
    not depend on another (in the same worker process) having registered them first."""
    from render import backends
    from render.font import find_cjk_font

    backends.register_font(find_cjk_font())
KINDS = {"diploma", "degree", "title_certificate", "id_card", "appointment_letter", "contract",
         "appointment_roster", "annual_assessment", "commission_letter",
         "continuing_education", "paper"}


def test_every_kind_has_its_layouts_and_a_classic_one():
    assert set(L.BY_KIND) == KINDS
    for kind, layouts in L.BY_KIND.items():
        assert f"{kind}.classic" in layouts
        assert all(lid.startswith(kind + ".") for lid in layouts)
        assert len(layouts) >= (3 if kind == "id_card" else 5), kind


def _toml() -> dict:
    return tomllib.loads((SAMPLES / "layouts.toml").read_text(encoding="utf-8"))


def _round(key: str) -> set[str]:
    """The layout ids layouts.toml lists under `key`, over every kind."""
    return {lid for kind in _toml().values() for lid in kind.get(key, [])}


def _blind_rounds() -> tuple[str, ...]:
    """layouts.toml's keys of the blind rounds, oldest first (fresh, round3, ...), from the
    generator's one list of them."""
    import generate as G

    return tuple(G.BLIND_ROUNDS.values())


def _fresh() -> set[str]:
    return _round("fresh")


def _all_blind() -> set[str]:
    return set().union(*(_round(key) for key in _blind_rounds()))


# the lists of layouts.toml that, together, name every registered layout
LISTS = ("tuning", *_blind_rounds())


def test_layouts_toml_follows_its_rule():
    data = _toml()
    assert set(data) == KINDS
    blind = _all_blind()
    for kind, all_layouts in L.BY_KIND.items():
        # round 1 knew none of the blind rounds' layouts (fresh = round 2, round3, ...)
        layouts = [lid for lid in all_layouts if lid not in blind]
        others = sorted((lid for lid in layouts if not lid.endswith(".classic")),
                        key=lambda lid: hashlib.sha256(f"held-out:{lid}".encode()).hexdigest())
        held = others[:2 if len(layouts) >= 5 else 1]
        assert data[kind]["round1_held_out"] == held, kind  # history: tuning since round 2
        assert "held_out" not in data[kind], kind
        assert set(data[kind]["tuning"]) == set(layouts), kind


@pytest.mark.skipif(not FULL.is_file(), reason="the full window is not generated")
def test_full_window_uses_every_layout_and_marks_held_out():
    truth = json.loads(FULL.read_text(encoding="utf-8"))
    held = {lid for kind in tomllib.loads((SAMPLES / "layouts.toml").read_text(
        encoding="utf-8")).values() for lid in kind.get("held_out", [])}
    used = set()
    for key, doc in truth["documents"].items():
        assert "layout" in doc and "held_out" in doc, key
        if doc["layout"] is None:
            assert doc["render"] == "corrupt", key
            continue
        assert doc["layout"] in L.BY_KIND[doc["kind"]], key
        assert doc["held_out"] == (doc["layout"] in held), key
        used.add(doc["layout"])
    # every layout but the blind rounds' ones, which it never uses
    assert used == set(L.ALL) - _all_blind()


@pytest.mark.skipif(not FULL.is_file(), reason="the full window is not generated")
def test_ci_profile_plants_every_flag_code(ci_window):
    full = json.loads(FULL.read_text(encoding="utf-8"))
    ci = json.loads((ci_window / "truth.json").read_text(encoding="utf-8"))
    codes = {c for a in full["applicants"].values() for c in a["expected_flags"]}
    planted = {c for a in ci["applicants"].values() for c in a["expected_flags"]}
    assert planted == codes
    assert len(ci["applicants"]) <= 16  # small enough for CI
    assert sum(1 for a in ci["applicants"].values() if a.get("clean")) == 2
    assert len({d["layout"] for d in ci["documents"].values()}) > 30


# --------------------------------------------------------------------------- fresh layouts
# Round 2's held-out set (layouts.toml `fresh`): drawn blind to the extractors, used only by the
# others profile.

def _sample_args() -> dict[str, list[dict]]:
    """Builder arguments per kind, as the generator draws them (the full and ci catalogues),
    built without rendering a file."""
    import generate as G
    from render import backends
    from render.font import find_cjk_font

    font = find_cjk_font()
    backends.register_font(font)
    ctx = G.Ctx(2024, font)
    G.NAMES.used.clear()
    G._UNIT_CACHE.clear()
    apps = G.ci_catalogue(ctx)
    for factory, _tiny in G.CATALOGUE:
        apps += factory(ctx, font) if factory is G.c_tampered else factory(ctx)
    out: dict[str, list[dict]] = {}
    for a in apps:
        for d in a.docs:
            if d.args and d.render != "corrupt":
                out.setdefault(d.kind, []).append(d.args)
    return out


FIELDS = {  # the truth fields of each kind (data/samples/README.md)
    "diploma": {"name", "gender", "birth_date", "school", "major", "level", "start", "end",
                "diploma_number"},
    "degree": {"name", "school", "major", "degree", "degree_number", "award_date"},
    "title_certificate": {"name", "id_number", "title", "level", "obtained_on",
                          "certificate_number"},
    "id_card": {"name", "id_number", "gender", "birth_date"},
    "appointment_letter": {"name", "title", "start", "end", "issued_on", "unit"},
    "contract": {"name", "id_number", "unit", "credit_code", "start", "end"},
    "appointment_roster": {"unit", "rows"},
    "annual_assessment": {"name", "year", "result", "unit"},
    "commission_letter": {"name", "unit", "issued_on"},
    "continuing_education": {"name", "year", "hours"},
    "paper": {"title", "journal", "year", "issue", "issn", "cn", "authors"},
}


def test_fresh_layouts_are_registered_and_apart():
    data = _toml()
    for kind, layouts in L.BY_KIND.items():
        fresh = data[kind].get("fresh", [])
        assert len(fresh) >= (1 if kind == "id_card" else 2), kind
        assert set(fresh) <= set(layouts), kind
        assert not set(fresh) & (set(data[kind]["tuning"])
                                 | set(data[kind]["round1_held_out"])), kind
        assert any(L.builder(lid).pages == 1 for lid in fresh), kind  # images need one page
        for lid in fresh:
            assert L.builder(lid).__doc__, lid  # names the real convention it models


def _check_renders_truth(layout_ids: set[str], *, rows_in_printed_order: bool = False) -> None:
    """Each layout renders, for up to three sample arguments it accepts, the kind, page count,
    field names and the classic layout's normalised values. With `rows_in_printed_order` a
    roster may print its rows in another order (grouped by post): the truth follows the print."""
    samples = _sample_args()
    for lid in sorted(layout_ids):
        kind = lid.split(".")[0]
        fn = L.builder(lid)
        fitting = [a for a in samples[kind] if fn.accepts(a)]
        assert fitting, lid
        for args in fitting[:3]:
            built = fn(**args)
            assert built.kind == kind, lid
            assert len(built.pages) == fn.pages, lid
            assert set(built.fields) == FIELDS[kind], lid
            classic = L.builder(f"{kind}.classic")(**args).fields
            assert set(classic) == FIELDS[kind], kind
            if rows_in_printed_order and kind == "appointment_roster":
                assert sorted(built.fields["rows"], key=str) == sorted(classic["rows"], key=str)
                assert built.fields["unit"] == classic["unit"], lid
            else:
                assert built.fields == classic, lid
            assert built.lines, lid


def test_fresh_layouts_render_their_truth_fields():
    _check_renders_truth(_fresh())


@pytest.mark.skipif(not FULL.is_file(), reason="the full window is not generated")
def test_full_window_uses_no_fresh_layout():
    truth = json.loads(FULL.read_text(encoding="utf-8"))
    fresh = _fresh()
    assert not {d["layout"] for d in truth["documents"].values()} & fresh


# --------------------------------------------------------------------------- round 3 layouts
# The next blind exam (layouts.toml `round3`): drawn by another hand after round 2's results
# were seen, used only by the others3 profile.

def _round3() -> set[str]:
    return _round("round3")


def test_round3_layouts_are_registered_and_apart():
    data = _toml()
    for kind, layouts in L.BY_KIND.items():
        r3 = data[kind].get("round3", [])
        assert len(r3) >= (1 if kind == "id_card" else 2), kind
        assert set(r3) <= set(layouts), kind
        earlier = (set(data[kind]["tuning"]) | set(data[kind]["round1_held_out"])
                   | set(data[kind].get("fresh", [])))
        assert not set(r3) & earlier, kind
        assert any(L.builder(lid).pages == 1 for lid in r3), kind  # images need one page
        for lid in r3:
            assert L.builder(lid).__doc__, lid  # names the real convention it models


def test_round3_layouts_render_their_truth_fields():
    _check_renders_truth(_round3(), rows_in_printed_order=True)


def test_no_committed_profile_draws_round3_layouts():
    import generate as G

    r3 = _round3()
    assert G.round_layouts("round3") == r3
    assert r3 <= G.blind_layouts() and G.round_layouts("fresh") <= G.blind_layouts()
    assert not r3 & G.round_layouts("fresh")
    if FULL.is_file():
        truth = json.loads(FULL.read_text(encoding="utf-8"))
        assert not {d["layout"] for d in truth["documents"].values()} & r3


# --------------------------------------------------------------------------- round 4 layouts
# Round 4's blind exam (layouts.toml `round4`): drawn by another hand after round 3's results
# were seen, used only by the others4 profile.

def _round4() -> set[str]:
    return _round("round4")


def test_round4_layouts_are_registered_and_apart():
    data = _toml()
    for kind, layouts in L.BY_KIND.items():
        r4 = data[kind].get("round4", [])
        assert len(r4) >= 1, kind
        assert set(r4) <= set(layouts), kind
        earlier = (set(data[kind]["tuning"]) | set(data[kind]["round1_held_out"])
                   | set(data[kind].get("fresh", [])) | set(data[kind].get("round3", [])))
        assert not set(r4) & earlier, kind
        assert any(L.builder(lid).pages == 1 for lid in r4), kind  # images need one page
        for lid in r4:
            assert L.builder(lid).__doc__, lid  # names the real convention it models
    # every registered layout is listed somewhere
    listed = {lid for kind in data.values() for key in LISTS for lid in kind.get(key, [])}
    assert listed == set(L.ALL)


def test_round4_layouts_render_their_truth_fields():
    _check_renders_truth(_round4(), rows_in_printed_order=True)


def test_no_committed_profile_draws_round4_layouts():
    import generate as G

    r4 = _round4()
    assert G.round_layouts("round4") == r4
    assert r4 <= G.blind_layouts()
    assert not r4 & (G.round_layouts("fresh") | G.round_layouts("round3"))
    assert "others4" in G.OTHERS_PROFILES
    if FULL.is_file():
        truth = json.loads(FULL.read_text(encoding="utf-8"))
        assert not {d["layout"] for d in truth["documents"].values()} & r4


def test_assign_layouts_draws_round4_only_for_others4():
    """Blind layouts are drawn only when named: the ci applicants get no round4 layout unless
    `only` names the round4 ones, and then every document a round4 layout fits gets one."""
    import generate as G
    from render.font import find_cjk_font

    r4 = _round4()
    for only in (frozenset(), G.round_layouts("round3"), r4):
        G.NAMES.used.clear()
        G._UNIT_CACHE.clear()
        apps = G.ci_catalogue(G.Ctx(2024, find_cjk_font()))
        G.assign_layouts(2024, apps, only=only)
        used = {d.layout for a in apps for d in a.docs if d.build is not None}
        if only == r4:
            assert used & r4 and not used & (G.round_layouts("fresh") | G.round_layouts("round3"))
        else:
            assert not used & r4


# --------------------------------------------------------------------------- rounds 5 on
# Rounds 5 on (layouts.toml `round5`, `round6`, ...; each looked at after its blind figures but
# the current one, the last of generate.BLIND_ROUNDS): each drawn by another hand after the
# previous round's results were seen, used only by its own profile (others5, others6, ...).

# the kinds whose real documents vary most get two layouts in each of these rounds
TWO_PER_ROUND = {"diploma", "appointment_letter", "contract", "annual_assessment", "paper"}


def _late_rounds() -> dict[str, tuple[str, ...]]:
    """Each round from round 5 on, with the lists of layouts.toml it must stand apart from:
    tuning, round 1's held-out layouts and every blind round before it."""
    rounds = _blind_rounds()
    start = rounds.index("round5")
    return {key: ("tuning", "round1_held_out", *rounds[:at])
            for at, key in enumerate(rounds) if at >= start}


LATE_ROUNDS = _late_rounds()


@pytest.mark.parametrize("key", sorted(LATE_ROUNDS))
def test_late_round_layouts_are_registered_and_apart(key):
    data = _toml()
    for kind, layouts in L.BY_KIND.items():
        lids = data[kind].get(key, [])
        assert len(lids) >= (2 if kind in TWO_PER_ROUND else 1), kind
        assert set(lids) <= set(layouts), kind
        earlier = {lid for k in LATE_ROUNDS[key] for lid in data[kind].get(k, [])}
        assert not set(lids) & earlier, kind
        assert any(L.builder(lid).pages == 1 for lid in lids), kind  # images need one page
        for lid in lids:
            assert L.builder(lid).__doc__, lid  # names the real convention it models
    listed = {lid for kind in data.values() for k in LISTS for lid in kind.get(k, [])}
    assert listed == set(L.ALL)


@pytest.mark.parametrize("key", sorted(LATE_ROUNDS))
def test_late_round_layouts_render_their_truth_fields(key):
    _check_renders_truth(_round(key), rows_in_printed_order=True)


@pytest.mark.parametrize("key", sorted(LATE_ROUNDS))
def test_no_committed_profile_draws_late_round_layouts(key):
    import generate as G

    lids = _round(key)
    assert G.round_layouts(key) == lids
    assert lids <= G.blind_layouts()
    for other in G.BLIND_ROUNDS.values():
        if other != key:
            assert not lids & G.round_layouts(other), other
    assert G.BLIND_ROUNDS[f"others{key.removeprefix('round')}"] == key
    if FULL.is_file():
        truth = json.loads(FULL.read_text(encoding="utf-8"))
        assert not {d["layout"] for d in truth["documents"].values()} & lids


@pytest.mark.parametrize("key", sorted(LATE_ROUNDS))
def test_assign_layouts_draws_late_round_only_for_its_profile(key):
    """The ci applicants get no layout of the round unless `only` names the round's layouts
    (as others5 / others6 do), and then no layout of any other blind round."""
    import generate as G
    from render.font import find_cjk_font

    lids = _round(key)
    other = G.blind_layouts() - lids
    rounds = list(G.BLIND_ROUNDS.values())
    previous = G.round_layouts(rounds[rounds.index(key) - 1])
    for only in (frozenset(), previous, lids):
        G.NAMES.used.clear()
        G._UNIT_CACHE.clear()
        apps = G.ci_catalogue(G.Ctx(2024, find_cjk_font()))
        G.assign_layouts(2024, apps, only=only)
        used = {d.layout for a in apps for d in a.docs if d.build is not None}
        if only == lids:
            assert used & lids and not used & other
        else:
            assert not used & lids


def test_watermark_overprints_the_image_and_the_pdf(tmp_path):
    """A Watermark item (round 5's overprinted ID copy) changes the rendered image and the
    PDF draws, and it adds nothing to the page's lines."""
    import numpy as np
    from render import backends
    from render.font import find_cjk_font
    from render.layout import Page

    backends.register_font(find_cjk_font())
    plain, marked = Page(200.0, 120.0), Page(200.0, 120.0)
    for page in (plain, marked):
        page.text(20, 60, "公民身份号码 450202199001021234", 9)
    marked.watermark(100, 60, "仅供职称申报使用", 14, 30, (215, 45, 45), 0.4)
    assert marked.lines == plain.lines
    a, b = backends.render_image(plain, 150), backends.render_image(marked, 150)
    assert a.size == b.size and a.tobytes() != b.tobytes()
    rgb = np.asarray(b, dtype=np.int16)
    assert (rgb[..., 0] > rgb[..., 1] + 40).any()  # partly transparent red over white
    backends.render_pdf([marked], tmp_path / "marked.pdf")
    assert (tmp_path / "marked.pdf").read_bytes().startswith(b"%PDF")


def test_a_contract_or_letter_drawn_without_a_seal_expects_seal_missing():
    """The truth follows what is drawn: a contract or appointment letter whose layout shows no
    seal (round 21's contract first page on security paper, its signature page not uploaded)
    is SEAL_MISSING by the spec, never part of a clean applicant; every other one is sealed."""
    import generate as G
    from render import backends
    from render.font import find_cjk_font

    backends.register_font(find_cjk_font())
    G.NAMES.used.clear()
    G._UNIT_CACHE.clear()
    ctx = G.Ctx(2024, find_cjk_font())
    apps = G.ci_catalogue(ctx) + G.c_clean_commissioned_more(ctx)
    G.assign_layouts(2024, apps, only=G.round_layouts("round21"))
    unsealed = 0
    for a in apps:
        for d in a.docs:
            if d.kind not in G.SEALED_KINDS or d.build is None or d.render == "corrupt":
                continue
            drawn = d.build(**d.args).seal
            assert (drawn is None) == (d.args.get("seal") is False), (a.aid, d.file, d.layout)
            if drawn is None:
                unsealed += 1
                assert "SEAL_MISSING" in a.expected and not a.clean, (a.aid, d.file)
    assert unsealed >= 2  # the planted 聘书 and a contract.fangwei_diwen at least


def test_a_certificate_drawn_as_a_grayscale_copy_and_scanned_expects_doc_not_original():
    """The truth follows what is drawn: an identity or certificate document whose layout draws
    it without any colour (round 24's copier scan in black and white) and that is captured as
    a scan is a grayscale copy, DOC_NOT_ORIGINAL by the spec, never part of a clean applicant;
    a phone photo of it (a colour capture) and any colour layout expect nothing of the kind."""
    import generate as G
    from render.font import find_cjk_font

    G.NAMES.used.clear()
    G._UNIT_CACHE.clear()
    ctx = G.Ctx(2024, find_cjk_font())
    apps = G.ci_catalogue(ctx) + G.c_clean_commissioned_more(ctx)
    G.assign_layouts(2024, apps, only=G.round_layouts("round24"))
    scanned = photographed = 0
    for a in apps:
        for d in a.docs:
            if d.build is None or d.kind not in G.CERTIFICATE_KINDS:
                continue
            grey = getattr(d.build, "grayscale_copy", False)
            if grey and d.render in G.GRAY_KEEPING_RENDERS:
                scanned += 1
                assert G.grayscale_copy(d) and "DOC_NOT_ORIGINAL" in a.expected and not a.clean
                assert d.file in G.flag_files(a)["DOC_NOT_ORIGINAL"], (a.aid, d.file)
            elif d.render != "photocopy_gray":
                photographed += grey
                assert not G.grayscale_copy(d), (a.aid, d.file, d.layout, d.render)
    assert scanned >= 1 and photographed >= 1
