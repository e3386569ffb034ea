"""Read, classify and extract a generated window's uploads again (through the OCR cache), and
compare with its truth: the extractor author's quick loop, without the rules or reports.

    python scripts/reextract.py out/others-window [--cache out/ocr-cache] [--kind K]
        [--layout L] [--applicant ID ...] [--misses]

Prints per kind and field the exact-match share (as ``credcheck evaluate`` compares: spaces
and case ignored), the detected kinds that differ from the truth, and with --misses every
misread. Reads held-out layouts as readily as others: mind data/samples/layouts.toml (a
round's misreads are looked at only after its blind figures are written down).
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from collections import defaultdict
from pathlib import Path

from pipeline.ingest.window import load_window
from pipeline.screen import read_applicant
from pipeline.window_run import screen_options


def same(a: object, b: object) -> bool:
    return "".join(str(a).split()).upper() == "".join(str(b or "").split()).upper()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("window", type=Path)
    parser.add_argument("--cache", type=Path, default=Path("out/ocr-cache"))
    parser.add_argument("--kind")
    parser.add_argument("--layout")
    parser.add_argument("--applicant", nargs="+", default=None)
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args()
    truth = json.loads((args.window / "truth.json").read_text(encoding="utf-8"))["documents"]
    wanted = {key: doc for key, doc in truth.items()
              if (not args.kind or doc.get("kind") == args.kind)
              and (not args.layout or doc.get("layout") == args.layout)
              and (not args.applicant or key.split("/")[0] in args.applicant)}
    applicants = {key.split("/")[0] for key in wanted}
    work = Path(tempfile.mkdtemp(prefix="reextract-"))
    options = screen_options(work, engine="rapidocr", cache_dir=args.cache, readers="thread")
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    kinds_wrong, misses = [], []
    try:
        for folder in load_window(args.window).applicants:
            if folder.applicant_id not in applicants:
                continue
            read = read_applicant(folder, options)
            for file, kind in read.detected.items():
                key = f"{folder.applicant_id}/{file}"
                doc = wanted.get(key)
                if doc is None:
                    continue
                if doc.get("kind") and kind.value != doc["kind"]:
                    kinds_wrong.append(f"{doc.get('layout')}\t{key}\ttruth={doc['kind']}\t"
                                       f"detected={kind.value}")
                extraction = read.extractions.get(file)
                got = {f.name: f.value for f in extraction.fields} if extraction else {}
                for name, value in (doc.get("fields") or {}).items():
                    if name == "rows" or value in (None, ""):
                        continue
                    cell = tally[f"{doc['kind']}.{name}"]
                    cell[1] += 1
                    if same(value, got.get(name)):
                        cell[0] += 1
                    else:
                        misses.append(f"{doc.get('layout')}\t{key}\t{name}\t"
                                      f"truth={value!r}\tread={got.get(name)!r}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for field, (right, total) in sorted(tally.items()):
        print(f"{field:<40} {right:>4}/{total:<4} {100 * right / total:6.1f}%")
    right, total = (sum(c[i] for c in tally.values()) for i in (0, 1))
    print(f"{'all fields':<40} {right:>4}/{total:<4} {100 * right / max(total, 1):6.1f}%")
    print(f"kind detected wrongly: {len(kinds_wrong)}")
    for line in kinds_wrong:
        print("  " + line)
    if args.misses:
        for line in misses:
            print(line)


if __name__ == "__main__":
    main()
