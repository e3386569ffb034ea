"""A bounded, seeded mutation fuzz of the document ingest (``read_upload``).

Real uploads (born-digital and scanned PDFs and photos from the sample window, plus a TIFF, a
PNG and a ZIP built here) are mutated — bit flips, boundary bytes, truncation, insertion,
deletion, duplication, splicing two files, numbers in PDF syntax replaced by extreme ones,
an extension swapped — and read with the ``none`` OCR engine. The only allowed outcomes are a
ReadDocument or a DocumentUnreadable that names the file. Anything else is a crash; a read
that does not end within the per-case timeout is a hang (a watchdog thread ends the process
and says which case). After every case the work folder must be empty: nothing unpacked may
stay behind, and nothing is written anywhere else.

    python -m tests.hostile.fuzz --seed 8 --iterations 400 --seconds 60 --out /tmp/fuzz

prints one JSON line (counts, crashes with their tracebacks) and exits 1 on any crash; crashing
inputs are kept under ``<out>/crashes`` to replay. The same seed gives the same cases in the
same order; ``--seconds`` only bounds how many of them run.
"""

from __future__ import annotations

import argparse
import faulthandler
import json
import os
import random
import re
import sys
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "samples" / "liuzhou-2024" / "applicants"
SAMPLE_SEEDS = ("LZ2024-0026/聘书.pdf", "LZ2024-0040/聘书.pdf", "LZ2024-0009/委托函.pdf",
                "LZ2024-0022/身份证.jpg")
EXTENSIONS = (".pdf", ".jpg", ".png", ".tif", ".zip")
INTERESTING = (b"\x00", b"\xff", b"\x7f", b"\x80", b"\xfe\xff", b"\xff\xff\xff\xff",
               b"\x00\x00\x00\x00")
EXTREME_NUMBERS = (b"0", b"-1", b"2147483648", b"99999999999999999999", b"1e308", b"-0",
                   b"4294967295")
_NUMBER = re.compile(rb"(?<=[ /\[])\d{1,10}(?=[ \]/>\r\n])")


def seeds() -> list[tuple[str, bytes]]:
    """(extension, bytes) of every seed upload."""
    from tests.hostile import corpus

    found = [(Path(p).suffix, (SAMPLE / p).read_bytes()) for p in SAMPLE_SEEDS
             if (SAMPLE / p).is_file()]
    found += [(".pdf", corpus.text_pdf(pages=2)), (".png", corpus.png_bytes()),
              (".tif", corpus.tiff_frames(3)),
              (".zip", corpus.zip_bytes([("学历.pdf", corpus.text_pdf()),
                                         ("照片.jpg", corpus.jpeg_bytes())]))]
    return found


def mutate(rng: random.Random, data: bytes, pool: list[tuple[str, bytes]]) -> bytes:
    """One to three random mutations of `data`."""
    out = bytearray(data)
    for _ in range(rng.randint(1, 3)):
        op = rng.randrange(8)
        n = len(out)
        if n == 0:
            out += rng.randbytes(rng.randint(1, 64))
            continue
        at = rng.randrange(n)
        if op == 0:  # flip bits
            for _ in range(rng.randint(1, 16)):
                i = rng.randrange(n)
                out[i] ^= 1 << rng.randrange(8)
        elif op == 1:  # boundary bytes
            value = rng.choice(INTERESTING)
            out[at:at + len(value)] = value
        elif op == 2:  # truncate
            del out[rng.randint(min(8, n), n):]
        elif op == 3:  # insert random bytes
            out[at:at] = rng.randbytes(rng.randint(1, 512))
        elif op == 4:  # delete a chunk
            del out[at:at + rng.randint(1, max(1, n // 8))]
        elif op == 5:  # duplicate a chunk
            chunk = out[at:at + rng.randint(1, 4096)]
            where = rng.randrange(n)
            out[where:where] = chunk * rng.randint(1, 8)
        elif op == 6:  # splice: this file's head, another's tail
            _ext, other = rng.choice(pool)
            out = out[:at] + bytearray(other[rng.randrange(max(1, len(other))):])
        else:  # a number in PDF syntax (a /Length, /Count, /Width, an offset) made extreme
            numbers = list(_NUMBER.finditer(out))
            if numbers:
                hit = rng.choice(numbers)
                out[hit.start():hit.end()] = rng.choice(EXTREME_NUMBERS)
    return bytes(out)


@dataclass
class FuzzReport:
    """What a fuzz run did."""

    seed: int
    cases: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    crashes: list[dict[str, str]] = field(default_factory=list)
    leftovers: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def as_dict(self) -> dict[str, object]:
        return {"seed": self.seed, "cases": self.cases, "outcomes": dict(self.outcomes),
                "crashes": self.crashes,
                "leftovers": self.leftovers, "seconds": round(self.seconds, 1)}


def run(seed: int, iterations: int, seconds: float, out: Path, timeout: float) -> FuzzReport:
    """Fuzz `iterations` cases (or until `seconds` pass) into `out`."""
    import pymupdf

    from pipeline.errors import DocumentUnreadable
    from pipeline.model import ReadDocument
    from pipeline.read import read_upload
    from pipeline.read.engines import get_engine

    pymupdf.TOOLS.mupdf_display_errors(False)  # thousands of "MuPDF error" lines otherwise

    rng = random.Random(seed)
    pool = seeds()
    engine = get_engine("none")
    inputs, work, crashes = out / "in", out / "work", out / "crashes"
    for folder in (inputs, work, crashes):
        folder.mkdir(parents=True, exist_ok=True)
    report = FuzzReport(seed)
    started = time.monotonic()
    for index in range(iterations):
        if time.monotonic() - started > seconds:
            break
        extension, data = rng.choice(pool)
        mutated = mutate(rng, data, pool)
        if rng.random() < 0.1:
            extension = rng.choice(EXTENSIONS)
        name = f"case-{index:05d}{extension}"
        path = inputs / name
        path.write_bytes(mutated)
        print(f"case {index} {name} ({len(mutated)} bytes)", file=sys.stderr, flush=True)
        # a hang ends the run, naming the case
        faulthandler.dump_traceback_later(timeout, exit=True)
        try:
            results = read_upload(path, engine=engine, name=name, workdir=work, ocr_dpi=100)
            for result in results:
                if isinstance(result, DocumentUnreadable):
                    if not str(result).startswith(name):
                        raise AssertionError(f"DocumentUnreadable does not name the file: {result}")
                    report.outcomes["unreadable"] += 1
                elif isinstance(result, ReadDocument):
                    report.outcomes["read"] += 1
                else:
                    raise AssertionError(f"unexpected result {result!r}")
        except Exception as error:  # noqa: BLE001 - the thing being looked for
            report.outcomes["crash"] += 1
            kept = crashes / name
            kept.write_bytes(mutated)
            report.crashes.append({"case": name, "error": f"{type(error).__name__}: {error}"[:500],
                                   "traceback": "".join(traceback.format_exception(error))[-2000:]})
        finally:
            faulthandler.cancel_dump_traceback_later()
        leftover = [str(p.relative_to(work)) for p in work.rglob("*")]
        if leftover:
            report.leftovers.append(f"{name}: {leftover[:3]}")
        path.unlink()
        report.cases += 1
    report.seconds = time.monotonic() - started
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--iterations", type=int, default=400)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--timeout", type=float, default=30.0,
                        help="per case; a longer read is a hang")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    report = run(args.seed, args.iterations, args.seconds, args.out, args.timeout)
    print(json.dumps(report.as_dict(), ensure_ascii=False))
    return 1 if report.crashes or report.leftovers else 0


if __name__ == "__main__":
    sys.exit(main())
