"""Measure the suspect-journal matcher: false positives, recall, throughput.

Not a test: it prints figures for the issue's targets, measured on the real published lists,
read in place from the shared data folder ($CREDCHECK_SHARED_DATA, else shared/data beside the
checkout; nothing is copied into the repository). The list measured is the one an admin gets by
importing the recommended published lists and the CNKI/CSSCI registry (README: the
suspect-journal list), built in memory from those files; or ``--list FILE`` (with the site's
registry, ``$CREDCHECK_HOME/known_journals.txt``):

* false positives: every legitimate title of the CNKI catalogue and the CSSCI
  source list, (a) as catalogued (title + ISSN + CN), (b) title only, (c) former
  titles only; target none;
* recall: every list entry's name perturbed the way uploads perturb names
  (spacing, punctuation, traditional characters, one OCR-like character error,
  《》 added or dropped, all of these at once), seeded; target >= 98 %;
* throughput: 1,000,000 declared references (mostly clean, some with ISSN/CN,
  some suspect) through ``Blacklist.match_many``; target >= 100,000 refs/s; also
  unique references through ``match`` (no repetition to exploit), and a naive
  baseline (rapidfuzz ``process.extractOne`` over all names) on a subset.

Run: ``.venv/bin/python bench/bench_matcher.py [--refs 1000000] [--seed 7] [--data DIR]
[--list FILE]``.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import opencc
from rapidfuzz import fuzz, process

import blacklists
from blacklists import published
from pipeline import policy as policies
from pipeline.journals import Blacklist, JournalRef, normalise_name

# The shipped policy's thresholds (pipeline/policies/_national.toml), set in main().
POLICY: dict[str, float] = {}

ROOT = Path(__file__).resolve().parent.parent
ENV_DATA = "CREDCHECK_SHARED_DATA"


def shared_data() -> Path:
    """The shared data folder: $CREDCHECK_SHARED_DATA, else shared/data beside the checkout."""
    given = os.environ.get(ENV_DATA)
    return Path(given) if given else ROOT.parent / "shared" / "data"


# The published journal lists, set in main() from --data.
DATA = shared_data() / "journals"
CNKI = DATA / "cnki_journals_2023-11-30.csv"
CSSCI = DATA / "cssci_2021_2022_cnki.csv"

_S2T = opencc.OpenCC("s2t")
# Confusions OCR engines make on printed journal titles.
_LATIN_OCR = {
    "o": "0",
    "0": "o",
    "l": "1",
    "i": "l",
    "1": "l",
    "e": "c",
    "c": "e",
    "n": "h",
    "h": "n",
    "u": "v",
    "v": "u",
    "m": "n",
    "a": "o",
    "s": "5",
    "t": "f",
    "f": "t",
    "r": "n",
    "b": "h",
    "g": "q",
    "q": "g",
    "y": "v",
    "d": "cl"[0],
    "I": "l",
    "O": "0",
    "S": "5",
    "B": "8",
}
_CJK_OCR = {
    "育": "肓",
    "已": "己",
    "己": "已",
    "末": "未",
    "未": "末",
    "土": "士",
    "士": "土",
    "日": "曰",
    "人": "入",
    "入": "人",
    "大": "太",
    "太": "大",
    "学": "字",
    "字": "学",
    "科": "料",
    "料": "科",
    "技": "枝",
    "研": "砑",
    "究": "宄",
    "杂": "染",
    "志": "忐",
    "国": "圄",
    "中": "申",
    "华": "毕",
    "理": "埋",
    "论": "沦",
    "教": "敦",
    "报": "扳",
    "刊": "刋",
    "代": "伐",
    "现": "觋",
    "实": "宝",
}


def read(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


# --------------------------------------------------------------------------- perturbations


def _is_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def spacing(name: str, rng: random.Random) -> str:
    if _is_cjk(name):
        chars = list(name)
        for _ in range(rng.randint(1, 3)):
            chars.insert(rng.randint(1, max(1, len(chars) - 1)), rng.choice([" ", "  ", "\u3000"]))
        return "".join(chars)
    return rng.choice(
        [
            name.replace(" ", "  "),
            name.replace(" ", ""),
            " " + name + " ",
            name.replace(" ", "\u3000"),
        ]
    )


def punctuation(name: str, rng: random.Random) -> str:
    if _is_cjk(name):
        i = rng.randint(1, max(1, len(name) - 1))
        return name[:i] + rng.choice(["·", "、", "：", "-", "."]) + name[i:]
    choice = rng.randint(0, 3)
    if choice == 0:
        return name.replace(" ", "-", 1)
    if choice == 1:
        return name + "."
    if choice == 2:
        return name.replace(" ", ", ", 1)
    return name.replace(" of ", ": of ", 1) if " of " in name else name + ":"


def traditional(name: str, rng: random.Random) -> str:
    if _is_cjk(name):
        return _S2T.convert(name)
    # Latin names have no traditional form: the upload equivalent is full-width / upper case.
    return rng.choice(
        [name.upper(), "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in name)]
    )


def ocr_error(name: str, rng: random.Random) -> str:
    positions = [i for i, ch in enumerate(name) if ch.strip() and (ch.isalnum())]
    if not positions:
        return name
    i = rng.choice(positions)
    ch = name[i]
    table = _CJK_OCR if _is_cjk(ch) else _LATIN_OCR
    if ch in table:
        new = table[ch]
    elif ch.lower() in table:
        new = table[ch.lower()]
    elif _is_cjk(ch):
        new = chr(rng.randint(0x4E00, 0x9FA5))
    else:
        new = rng.choice("abcdefghijklmnopqrstuvwxyz".replace(ch.lower(), ""))
    return name[:i] + new + name[i + 1 :]


def brackets(name: str, rng: random.Random) -> str:
    stripped = name.strip("《》")
    return stripped if stripped != name else f"《{name}》"


def combined(name: str, rng: random.Random) -> str:
    return brackets(spacing(traditional(ocr_error(name, rng), rng), rng), rng)


PERTURBATIONS = {
    "spacing": spacing,
    "punctuation": punctuation,
    "traditional": traditional,
    "ocr_1char": ocr_error,
    "brackets": brackets,
    "combined": combined,
}


# --------------------------------------------------------------------------- measures


def false_positives(blacklist: Blacklist) -> None:
    print("== false positives on legitimate journal lists (target: none)")
    if not CNKI.exists():
        print(f"   {CNKI} missing: skipped")
        return
    cnki = read(CNKI)
    cssci = read(CSSCI) if CSSCI.exists() else []
    sets = {
        "CNKI as catalogued (title+ISSN+CN)": [
            JournalRef(r["期刊名称"], r["ISSN"], r["CN"]) for r in cnki
        ],
        "CNKI title only": [JournalRef(r["期刊名称"]) for r in cnki],
        "CNKI former titles only": [
            JournalRef(t) for r in cnki for t in r["曾用刊名"].split(";") if t.strip()
        ],
        "CSSCI as catalogued (title+ISSN+CN)": [
            JournalRef(r["title"], r["issn"], r["cn"]) for r in cssci
        ],
        "CSSCI title only": [JournalRef(r["title"]) for r in cssci],
        "CSSCI former titles only": [
            JournalRef(t) for r in cssci for t in r["former_titles"].split(";") if t.strip()
        ],
    }
    for label, refs in sets.items():
        results = blacklist.match_many(refs, **POLICY)
        hits = [(ref, ms) for ref, ms in zip(refs, results) if ms]
        full = [h for h in hits if h[1][0].score >= 100]
        print(
            f"   {label:40s} refs={len(refs):6d}  flagged={len(hits):3d}  (score 100: {len(full)}, "
            f"lower-score candidates: {len(hits) - len(full)})"
        )
        for ref, ms in hits[:8]:
            m = ms[0]
            print(
                f"      {ref.name!r} {ref.issn} {ref.cn} -> {m.entry.name!r} [{m.entry.category}] "
                f"how={m.how} score={m.score}"
            )


def legit_confusion(rng: random.Random) -> None:
    """If half the CNKI titles were on the list, how many of the other half would be flagged?

    The legitimate titles stand in for fakes that are one character away from a
    real journal, the case no fuzzy threshold can settle (data README). Each
    flagged title is a reviewer's false alarm; all are fuzzy candidates (score < 100).
    """
    if not CNKI.exists():
        return
    from pipeline.journals import JournalEntry

    titles = sorted({r["期刊名称"] for r in read(CNKI) if r["期刊名称"]})
    rng.shuffle(titles)
    half = len(titles) // 2
    listed, queried = titles[:half], titles[half:]
    probe = Blacklist.from_entries([JournalEntry(name=t, category="fake") for t in listed])
    flagged = [(t, probe.match(JournalRef(t))) for t in queried]
    flagged = [(t, ms) for t, ms in flagged if ms]
    guarded = Blacklist.from_entries(
        [JournalEntry(name=t, category="fake") for t in listed], known_names=titles
    )
    still = sum(1 for t in queried if guarded.match(JournalRef(t)))
    print(
        f"== stress: half of CNKI's titles put on a list, the other half queried (title only): "
        f"{len(flagged)} of {len(queried)} flagged as fuzzy candidates; "
        f"with known_names=CNKI titles: {still}"
    )
    for title, ms in flagged[:4]:
        print(f"      {title!r} ~ {ms[0].entry.name!r} ({ms[0].score})")


def recall(blacklist: Blacklist, rng: random.Random) -> None:
    print("== recall on perturbed list names (target >= 98 %)")
    entries = list(blacklist.entries)
    total_hit = total = 0
    for label, perturb in PERTURBATIONS.items():
        hit = 0
        misses = []
        for entry in entries:
            variant = perturb(entry.name, rng)
            target = normalise_name(entry.name)
            found = blacklist.match(JournalRef(variant), **POLICY)
            if any(normalise_name(m.entry.name) == target for m in found):
                hit += 1
            elif len(misses) < 4:
                misses.append((entry.name, variant))
        total_hit += hit
        total += len(entries)
        print(
            f"   {label:12s} {hit}/{len(entries)} = {100 * hit / len(entries):.2f} %   "
            f"misses e.g. {misses[:3]}"
        )
    print(f"   all perturbations: {total_hit}/{total} = {100 * total_hit / total:.2f} %")
    chinese = [e for e in entries if _is_cjk(e.name)]
    hit = sum(
        any(
            normalise_name(m.entry.name) == normalise_name(e.name)
            for m in blacklist.match(JournalRef(combined(e.name, rng)), **POLICY)
        )
        for e in chinese
    )
    print(f"   Chinese names, combined perturbation: {hit}/{len(chinese)}")


def tradeoff(blacklist: Blacklist, seed: int) -> None:
    """What lowering fuzzy_min buys (OCR recall) and costs (legitimate titles flagged)."""
    if not CNKI.exists():
        return
    print(
        "== fuzzy_min trade-off: OCR-error recall vs legitimate CNKI/CSSCI titles flagged "
        "(title only)"
    )
    titles = [r["期刊名称"] for r in read(CNKI)] + (
        [r["title"] for r in read(CSSCI)] if CSSCI.exists() else []
    )
    legit = [JournalRef(t) for t in titles]
    for fuzzy_min in (92.0, 88.0, 85.0, 80.0):
        rng = random.Random(seed)
        hit = sum(
            any(
                normalise_name(m.entry.name) == normalise_name(e.name)
                for m in blacklist.match(JournalRef(ocr_error(e.name, rng)), fuzzy_min=fuzzy_min)
            )
            for e in blacklist.entries
        )
        flagged = sum(1 for ms in blacklist.match_many(legit, fuzzy_min=fuzzy_min) if ms)
        print(
            f"   fuzzy_min={fuzzy_min:5.1f}: "
            f"one-char OCR recall {100 * hit / len(blacklist):.2f} %, "
            f"legitimate titles flagged {flagged} of {len(legit)}"
        )


def throughput(blacklist: Blacklist, n: int, rng: random.Random) -> None:
    print("== throughput (target >= 100,000 refs/s on this machine)")
    cnki = read(CNKI) if CNKI.exists() else []
    clean_names = [r["期刊名称"] for r in cnki] or ["建筑技术", "管理世界", "中国工业经济"]
    clean_ids = [(r["期刊名称"], r["ISSN"], r["CN"]) for r in cnki if r["ISSN"] or r["CN"]] or [
        ("建筑技术", "1000-4726", "11-2115/TU")
    ]
    suspects = [e for e in blacklist.entries]
    suspect_issn = [e for e in suspects if e.issns] or suspects
    refs: list[JournalRef] = []
    for _ in range(n):
        x = rng.random()
        if x < 0.70:
            refs.append(JournalRef(rng.choice(clean_names)))
        elif x < 0.92:
            name, issn, cn = rng.choice(clean_ids)
            refs.append(JournalRef(name, issn, cn))
        elif x < 0.97:
            e = rng.choice(suspects)
            refs.append(JournalRef(rng.choice(list(PERTURBATIONS.values()))(e.name, rng)))
        else:
            e = rng.choice(suspect_issn)
            refs.append(JournalRef(e.name, e.issn.split("|")[0], e.cn))
    unique = len({(r.name, r.issn, r.cn) for r in refs})
    start = time.perf_counter()
    results = blacklist.match_many(refs, **POLICY)
    elapsed = time.perf_counter() - start
    flagged = sum(1 for r in results if r)
    print(
        f"   match_many, {n:,} refs ({unique:,} distinct; 70 % clean titles, "
        f"22 % clean title+ISSN+CN, 5 % perturbed suspect titles, 3 % suspect ISSN): "
        f"{elapsed:.2f} s = {n / elapsed:,.0f} refs/s, "
        f"flagged {flagged:,}"
    )

    # Unique references: every one different, so nothing is memoised (worst case).
    m = min(n, 100_000)
    uniq = []
    for i in range(m):
        base = refs[i]
        uniq.append(
            JournalRef(f"{base.name}{i}" if i % 2 else f"{i} {base.name}", base.issn, base.cn)
        )
    normalise_name.cache_clear()
    start = time.perf_counter()
    for ref in uniq:
        blacklist.match(ref, **POLICY)
    elapsed_u = time.perf_counter() - start
    print(
        f"   match, {m:,} all-distinct refs (no memo, cold name cache): "
        f"{elapsed_u:.2f} s = {m / elapsed_u:,.0f} refs/s"
    )

    # Naive baseline: normalise and run rapidfuzz extractOne over every list name.
    choices = sorted({normalise_name(t) for e in blacklist.entries for t in e.titles})
    k = 2_000
    sample = uniq[:k]
    start = time.perf_counter()
    for ref in sample:
        process.extractOne(normalise_name(ref.name), choices, scorer=fuzz.ratio, score_cutoff=92)
    elapsed_n = time.perf_counter() - start
    naive = k / elapsed_n
    print(
        f"   naive baseline (normalise + rapidfuzz process.extractOne over {len(choices):,} names, "
        f"{k:,} distinct refs): {naive:,.0f} refs/s"
    )
    print(
        f"   ratio: match_many {n / elapsed / naive:,.0f}x naive; "
        f"distinct refs {m / elapsed_u / naive:,.1f}x naive"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--refs", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--data", type=Path, default=None,
                        help=f"shared data folder (default: ${ENV_DATA}, "
                             "else shared/data beside the checkout)")
    parser.add_argument("--list", default=None,
                        help="list file, matched with the site's registry (default: the published "
                             "lists and registries in the shared data folder, imported in memory)")
    parser.add_argument(
        "--skip-stress", action="store_true", help="skip the all-CNKI-blacklisted stress figure"
    )
    args = parser.parse_args(argv)
    global DATA, CNKI, CSSCI
    DATA = (args.data or shared_data()) / "journals"
    CNKI, CSSCI = DATA / "cnki_journals_2023-11-30.csv", DATA / "cssci_2021_2022_cnki.csv"
    if not DATA.is_dir():
        print(f"{DATA} not found: the published journal lists are others' and are not in the "
              f"repository; point --data or ${ENV_DATA} at the shared data folder", file=sys.stderr)
        return 2
    start = time.perf_counter()
    if args.list:
        blacklist = blacklists.load(args.list)
        registry = len(blacklists.known_titles())
        what = f"list {args.list}, registry {blacklists.site_registry()}"
    else:
        entries, missing = published.build(DATA)
        for note in missing:
            print("missing:", note, file=sys.stderr)
        known = published.build_registry(DATA)
        blacklist = Blacklist.from_entries(entries, known_names=known)
        registry = len(known)
        what = f"the published lists and registries in {DATA}, imported in memory"
    rules = policies.load("liuzhou-2024")
    POLICY.update(fuzzy_min=rules.journal_similarity_min.value,
                  fuzzy_min_unregistered=rules.journal_similarity_min_unregistered.value)
    print(
        f"list ({what}): {len(blacklist)} entries, version {blacklist.version[:16]}, loaded and "
        f"indexed in {time.perf_counter() - start:.2f} s; {registry} registered legitimate "
        f"titles; thresholds {POLICY}"
    )
    rng = random.Random(args.seed)
    false_positives(blacklist)
    if not args.skip_stress:
        legit_confusion(random.Random(args.seed))
    recall(blacklist, rng)
    # Without the registry: what the thresholds alone do, and what a legitimate journal that
    # the registry does not list (a new or foreign one) risks.
    tradeoff(Blacklist.from_entries(blacklist.entries), args.seed)
    throughput(blacklist, args.refs, rng)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
