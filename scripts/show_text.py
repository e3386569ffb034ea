"""Print the text index of uploads as the extractors see it (reading through the OCR cache).

    python scripts/show_text.py data/samples/liuzhou-2024/applicants/LZ2024-0001/聘书.jpg [...]
        [--cache out/ocr-cache] [--kind KIND] [--words]

With --kind the extractor's fields are printed too. For an extractor author; reads held-out
layouts as readily as others, so mind data/samples/layouts.toml before looking.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import extractors
from extractors._fields import index
from pipeline.read import OcrCache, read_upload
from pipeline.read.engines import get_engine


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--cache", type=Path, default=Path("out/ocr-cache"))
    parser.add_argument("--kind")
    parser.add_argument("--words", action="store_true", help="print every word with its box")
    args = parser.parse_args()
    engine = get_engine("rapidocr")
    for path in args.files:
        for doc in read_upload(path, engine=engine, cache=OcrCache(args.cache), name=path.name):
            print(f"===== {path} ({getattr(doc, 'text_source', 'unreadable')})")
            if not hasattr(doc, "pages"):
                print(doc)
                continue
            print(index(doc).text)
            if args.words:
                for page in doc.pages:
                    for w in page.words:
                        box = [round(v) for v in (w.bbox.x0, w.bbox.top, w.bbox.x1, w.bbox.bottom)]
                        print(f"  p{page.page_no} {box} {w.text!r} {w.confidence:.2f}")
            if args.kind:
                for f in extractors.extract(doc, args.kind).fields:
                    print(f"  {f.name} = {f.value!r}")


if __name__ == "__main__":
    main()
