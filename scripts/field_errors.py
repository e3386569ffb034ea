"""List the fields a run read wrongly, per layout: the extractor author's worklist.

    python scripts/field_errors.py out/liuzhou-2024 data/samples/liuzhou-2024/truth.json [--kind K]

Only *tuning* layouts are listed unless ``--held-out`` is given: looking at held-out misreads
to fix them would make those layouts tuning layouts (data/samples/layouts.toml).
"""

from __future__ import annotations

import argparse
import csv
import json
from collections import defaultdict
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("truth", type=Path)
    parser.add_argument("--kind")
    parser.add_argument("--held-out", action="store_true", help="list held-out layouts too")
    args = parser.parse_args()
    truth = json.loads(args.truth.read_text(encoding="utf-8"))
    read: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    with (args.out / "fields.csv").open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            read[(row["applicant_id"], row["file"])].setdefault(row["field"], row["value"])
    for key, doc in sorted(truth["documents"].items()):
        if ((doc.get("held_out") and not args.held_out)
                or (args.kind and doc.get("kind") != args.kind)):
            continue
        applicant, _, file = key.partition("/")
        got = read.get((applicant, file), {})
        for name, value in (doc.get("fields") or {}).items():
            if name == "rows" or value in (None, ""):
                continue
            if "".join(str(value).split()).upper() != "".join(got.get(name, "").split()).upper():
                print(f"{doc.get('layout')}\t{doc.get('render')}\t{key}\t{name}\t"
                      f"truth={value!r}\tread={got.get(name)!r}")


if __name__ == "__main__":
    main()
