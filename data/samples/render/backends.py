"""Backends: born-digital PDF (reportlab), page image (Pillow), scanner/camera degradations,
scanned PDFs (pymupdf, image only), tampering (incremental update) and corruption.

Everything is deterministic for a given seed: reportlab runs in invariant mode and pymupdf
metadata dates are fixed, so the same seed gives the same bytes.
"""

from __future__ import annotations

import io
import math
import random
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont
from reportlab import rl_config
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from .layout import FONT, Ellipse, Line, Page, Rect, Seal, Text, Watermark

_FONT_PATH: Path | None = None
_FACE_PATHS: dict[str, Path] = {}  # reportlab font name -> file (FONT and the extra faces)
_PIL_FONTS: dict[tuple, ImageFont.FreeTypeFont] = {}
_SEALS: dict[tuple, Image.Image] = {}
MISSING_FACES: list[str] = []  # extra faces not installed (drawn with FONT instead)


def register_font(path: Path) -> None:
    """Register the CJK font and the extra faces with reportlab (once), remember them for
    Pillow. A missing extra face is registered under its name with the main font's file."""
    global _FONT_PATH
    rl_config.useA85 = 0  # binary streams: smaller files
    if _FONT_PATH is None:
        from .font import find_faces

        pdfmetrics.registerFont(TTFont(FONT, str(path), subfontIndex=0))
        _FONT_PATH = path
        _FACE_PATHS[FONT] = path
        for name, face in find_faces().items():
            if face is None:
                MISSING_FACES.append(name)
                face = path
            pdfmetrics.registerFont(TTFont(name, str(face), subfontIndex=0))
            _FACE_PATHS[name] = face


def _pil_font(px: float, font: str = FONT) -> ImageFont.FreeTypeFont:
    key = (font if font in _FACE_PATHS else FONT, max(4, round(px)))
    if key not in _PIL_FONTS:
        _PIL_FONTS[key] = ImageFont.truetype(str(_FACE_PATHS[key[0]]), key[1], index=0)
    return _PIL_FONTS[key]


# --------------------------------------------------------------------------- seal

def seal_image(seal: Seal, px_per_pt: float = 3.0) -> Image.Image:
    """An RGBA official seal: ring, five-pointed star, unit name along the upper arc."""
    key = (seal.text, seal.bottom, round(seal.diameter), seal.seed, px_per_pt, seal.color,
           seal.strength)
    if key in _SEALS:
        return _SEALS[key]
    d = int(seal.diameter * px_per_pt)
    big = Image.new("L", (d, d), 0)
    draw = ImageDraw.Draw(big)
    ring = max(3, int(d * 0.035))
    draw.ellipse([ring // 2, ring // 2, d - ring // 2 - 1, d - ring // 2 - 1], outline=255,
                 width=ring)
    r = d / 2
    star_r = d * 0.17
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        rr = star_r if i % 2 == 0 else star_r * 0.38
        pts.append((r + rr * math.cos(ang), r + rr * math.sin(ang)))
    draw.polygon(pts, fill=255)
    n = len(seal.text)
    fsize = int(d * (0.15 if n <= 10 else 0.13 if n <= 14 else 0.11))
    font = _pil_font(fsize)
    span = min(250.0, max(120.0, n * (fsize / d) * 200))
    r_text = r - ring * 1.6 - fsize * 0.62
    for i, ch in enumerate(seal.text):
        theta = -span / 2 + (span * (i + 0.5) / n)
        tile = Image.new("L", (int(fsize * 1.4), int(fsize * 1.4)), 0)
        ImageDraw.Draw(tile).text((tile.width / 2, tile.height / 2), ch, font=font, fill=255,
                                  anchor="mm")
        tile = tile.rotate(-theta, resample=Image.BICUBIC, expand=True)
        t = math.radians(theta)
        cx = r + r_text * math.sin(t)
        cy = r - r_text * math.cos(t)
        big.paste(255, (int(cx - tile.width / 2), int(cy - tile.height / 2)), tile)
    if seal.bottom:
        bf = _pil_font(int(d * 0.09))
        draw.text((r, r + d * 0.3), seal.bottom, font=bf, fill=255, anchor="mm")
    # uneven ink
    rng = np.random.default_rng(seal.seed)
    alpha = np.asarray(big, dtype=np.float32) / 255.0
    noise = rng.uniform(0.55, 1.0, size=(8, 8)).astype(np.float32)
    noise = cv2.resize(noise, (d, d), interpolation=cv2.INTER_CUBIC)
    speck = cv2.resize((rng.random((d // 4 + 1, d // 4 + 1)) > 0.08).astype(np.float32), (d, d),
                       interpolation=cv2.INTER_NEAREST)
    alpha = np.clip(alpha * noise * speck * 0.92 * seal.strength, 0, 1)
    alpha = np.round(alpha * 6) / 6  # few ink levels: compresses well
    rgba = np.zeros((d, d, 4), dtype=np.uint8)
    rgba[..., 0], rgba[..., 1], rgba[..., 2] = seal.color
    rgba[..., 3] = (alpha * 255).astype(np.uint8)
    img = Image.fromarray(rgba, "RGBA")
    _SEALS[key] = img
    return img


# --------------------------------------------------------------------------- PDF

def _rgb(c):
    return tuple(v / 255.0 for v in c)


def render_pdf(pages: list[Page], path: Path, *, title: str = "", author: str = "",
               creator: str = "Microsoft® Word 2016", producer: str | None = None) -> None:
    """A born-digital PDF with the CJK font embedded (subset) and a real text layer."""
    c = canvas.Canvas(str(path), pagesize=(pages[0].width, pages[0].height), invariant=1,
                      pageCompression=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator(creator)
    if producer:
        c.setProducer(producer)
    for page in pages:
        H = page.height
        c.setPageSize((page.width, page.height))
        if page.background:
            c.setFillColorRGB(*_rgb(page.background))
            c.rect(0, 0, page.width, page.height, stroke=0, fill=1)
        for it in page.items:
            if isinstance(it, Text):
                c.setFillColorRGB(*_rgb(it.color))
                c.setFont(it.font if it.font in _FACE_PATHS else FONT, it.size)
                draw = {"left": c.drawString, "center": c.drawCentredString,
                        "right": c.drawRightString}[it.align]
                draw(it.x, H - it.y, it.text)
            elif isinstance(it, Line):
                c.setStrokeColorRGB(*_rgb(it.color))
                c.setLineWidth(it.width)
                c.line(it.x1, H - it.y1, it.x2, H - it.y2)
            elif isinstance(it, Rect):
                if it.stroke:
                    c.setStrokeColorRGB(*_rgb(it.stroke))
                    c.setLineWidth(it.width)
                if it.fill:
                    c.setFillColorRGB(*_rgb(it.fill))
                c.rect(it.x, H - it.y - it.h, it.w, it.h, stroke=1 if it.stroke else 0,
                       fill=1 if it.fill else 0)
            elif isinstance(it, Ellipse):
                c.setFillColorRGB(*_rgb(it.fill))
                c.ellipse(it.x, H - it.y - it.h, it.x + it.w, H - it.y, stroke=0, fill=1)
            elif isinstance(it, Seal):
                img = seal_image(it, 1.6)
                c.drawImage(ImageReader(img), it.cx - it.diameter / 2,
                            H - it.cy - it.diameter / 2, it.diameter, it.diameter, mask="auto")
            elif isinstance(it, Watermark):
                c.saveState()
                c.setFillColorRGB(*_rgb(it.color))
                c.setFillAlpha(it.opacity)
                c.setFont(it.font if it.font in _FACE_PATHS else FONT, it.size)
                c.translate(it.x, H - it.y)
                c.rotate(it.angle)
                c.drawCentredString(0, -it.size * 0.35, it.text)
                c.restoreState()
        c.showPage()
    c.save()


# --------------------------------------------------------------------------- image

_ANCHOR = {"left": "ls", "center": "ms", "right": "rs"}


def render_image(page: Page, dpi: float = 150) -> Image.Image:
    """The page as an RGB image (what a perfect scanner would see)."""
    s = dpi / 72.0
    W, H = int(page.width * s), int(page.height * s)
    img = Image.new("RGB", (W, H), page.background or (255, 255, 255))
    draw = ImageDraw.Draw(img)
    seals, marks = [], []
    for it in page.items:
        if isinstance(it, Text):
            draw.text((it.x * s, it.y * s), it.text, font=_pil_font(it.size * s, it.font),
                      fill=it.color, anchor=_ANCHOR[it.align])
        elif isinstance(it, Line):
            draw.line([(it.x1 * s, it.y1 * s), (it.x2 * s, it.y2 * s)], fill=it.color,
                      width=max(1, round(it.width * s)))
        elif isinstance(it, Rect):
            draw.rectangle([it.x * s, it.y * s, (it.x + it.w) * s, (it.y + it.h) * s],
                           outline=it.stroke if it.stroke else None, fill=it.fill,
                           width=max(1, round(it.width * s)) if it.stroke else 0)
        elif isinstance(it, Ellipse):
            draw.ellipse([it.x * s, it.y * s, (it.x + it.w) * s, (it.y + it.h) * s],
                         fill=it.fill)
        elif isinstance(it, Seal):
            seals.append(it)
        elif isinstance(it, Watermark):
            marks.append(it)
    if marks:
        img = _watermarks(img, marks, s)
    if seals:
        base = img.convert("RGBA")
        for it in seals:
            simg = seal_image(it, s)
            layer = Image.new("RGBA", base.size, (0, 0, 0, 0))
            layer.paste(simg, (int((it.cx - it.diameter / 2) * s),
                               int((it.cy - it.diameter / 2) * s)))
            base = Image.alpha_composite(base, layer)
        img = base.convert("RGB")
    return img


def _watermarks(img: Image.Image, marks: list, s: float) -> Image.Image:
    """Composite rotated, partly transparent overprint text (Watermark items) over the page."""
    base = img.convert("RGBA")
    for it in marks:
        font = _pil_font(it.size * s, it.font)
        x0, y0, x1, y1 = font.getbbox(it.text)
        pad = int(it.size * s * 0.3) + 2
        tile = Image.new("L", (x1 - x0 + 2 * pad, y1 - y0 + 2 * pad), 0)
        ImageDraw.Draw(tile).text((tile.width / 2, tile.height / 2), it.text, font=font,
                                  fill=255, anchor="mm")
        tile = tile.rotate(it.angle, resample=Image.BICUBIC, expand=True)
        alpha = tile.point([int(v * it.opacity) for v in range(256)])
        layer = Image.new("RGBA", tile.size, (*it.color, 0))
        layer.putalpha(alpha)
        canvas = Image.new("RGBA", base.size, (0, 0, 0, 0))
        canvas.paste(layer, (int(it.x * s - tile.width / 2), int(it.y * s - tile.height / 2)))
        base = Image.alpha_composite(base, canvas)
    return base.convert("RGB")


# --------------------------------------------------------------------------- degradations

def _np(img: Image.Image) -> np.ndarray:
    return np.asarray(img.convert("RGB"), dtype=np.float32)


def _pil(arr: np.ndarray) -> Image.Image:
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


_NOISE: np.ndarray | None = None


def _noise(h: int, w: int, seed: int, amp: float) -> np.ndarray:
    """A window of one fixed gaussian noise texture (fast, deterministic), int16, (h, w, 1)."""
    global _NOISE
    if _NOISE is None:
        _NOISE = np.random.default_rng(7).standard_normal((2304, 2304)).astype(np.float32)
    r = random.Random(seed)
    reps_y, reps_x = -(-h // 2048), -(-w // 2048)
    tex = _NOISE if (reps_y == 1 and reps_x == 1) else np.tile(_NOISE, (reps_y, reps_x))
    y0, x0 = r.randrange(0, tex.shape[0] - h + 1), r.randrange(0, tex.shape[1] - w + 1)
    return (tex[y0:y0 + h, x0:x0 + w] * amp).astype(np.int16)[..., None]


def _add_noise(arr: np.ndarray, seed: int, amp: float) -> np.ndarray:
    h, w = arr.shape[:2]
    out = arr.astype(np.int16) + _noise(h, w, seed, amp)
    return np.clip(out, 0, 255).astype(np.uint8)


def scan(img: Image.Image, seed: int, skew_deg: float | None = None) -> Image.Image:
    """A flatbed scan: tiny skew, faint noise, slightly grey paper."""
    rng = random.Random(seed)
    if skew_deg is None:
        skew_deg = rng.uniform(-0.8, 0.8)
    arr = np.asarray(img.convert("RGB"))
    h, w = arr.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), skew_deg, 1.0)
    arr = cv2.warpAffine(arr, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=(250, 250, 250))
    arr = cv2.convertScaleAbs(arr, alpha=0.97, beta=4)
    arr = _add_noise(arr, seed, 1.5)
    return Image.fromarray(cv2.GaussianBlur(arr, (0, 0), 0.5))


def photo(img: Image.Image, seed: int, *, skew_deg: float | None = None, blur: float = 0.7,
          rotate: int = 0, max_side: int | None = 1400) -> Image.Image:
    """A phone photo of the paper on a desk: perspective, lighting, background, blur, noise."""
    rng = np.random.default_rng(seed)
    arr = np.asarray(img.convert("RGB"))
    arr = cv2.multiply(arr, np.array([0.99, 0.97, 0.93, 0.0]), dtype=cv2.CV_8U)  # warm paper
    h, w = arr.shape[:2]
    mx, my = int(w * 0.07), int(h * 0.07)
    W, H = w + 2 * mx, h + 2 * my
    desk = np.array(rng.choice([[120, 95, 70], [90, 90, 95], [150, 140, 125], [60, 65, 70]]),
                    dtype=np.float32)
    small = (desk + 8 * rng.standard_normal((H // 4 + 1, W // 4 + 1, 3))).astype(np.float32)
    bg = np.clip(cv2.resize(small, (W, H), interpolation=cv2.INTER_LINEAR), 0, 255).astype(np.uint8)
    if skew_deg is None:
        skew_deg = float(rng.uniform(-1.5, 1.5))
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    jit = lambda a: rng.uniform(-a, a)
    dst = np.float32([[mx + jit(mx * 0.5), my + jit(my * 0.5)],
                      [mx + w + jit(mx * 0.5), my + jit(my * 0.5)],
                      [mx + w + jit(mx * 0.3), my + h + jit(my * 0.3)],
                      [mx + jit(mx * 0.3), my + h + jit(my * 0.3)]])
    c, s = math.cos(math.radians(skew_deg)), math.sin(math.radians(skew_deg))
    centre = np.float32([W / 2, H / 2])
    dst = (dst - centre) @ np.float32([[c, -s], [s, c]]).T + centre
    mtx = cv2.getPerspectiveTransform(src, dst.astype(np.float32))
    out = cv2.warpPerspective(arr, mtx, (W, H), dst=bg, flags=cv2.INTER_LINEAR,
                              borderMode=cv2.BORDER_TRANSPARENT)
    # lighting: a soft gradient and vignette, computed small and scaled up
    sh, sw = 48, 48
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    gx, gy = rng.uniform(-0.12, 0.12, 2)
    light = (1.0 + gx * (xx / sw - 0.5) + gy * (yy / sh - 0.5)) * \
        (1.0 - 0.18 * (((xx / sw - 0.5) ** 2 + (yy / sh - 0.5) ** 2) / 0.5))
    light = cv2.resize(light.astype(np.float32), (W, H), interpolation=cv2.INTER_LINEAR)
    out = cv2.multiply(out.astype(np.float32), cv2.merge([light, light, light]))
    out = np.clip(out, 0, 255).astype(np.uint8)
    if blur > 0:
        out = cv2.GaussianBlur(out, (0, 0), blur)
    out = _add_noise(out, seed, 2.0)
    if max_side and max(W, H) > max_side:
        f = max_side / max(W, H)
        out = cv2.resize(out, (int(W * f), int(H * f)), interpolation=cv2.INTER_AREA)
    im = Image.fromarray(out)
    if rotate:
        im = im.transpose({90: Image.ROTATE_90, 180: Image.ROTATE_180, 270: Image.ROTATE_270,
                           -90: Image.ROTATE_270, -180: Image.ROTATE_180,
                           -270: Image.ROTATE_90}[rotate])  # counter-clockwise degrees
    return im


def photocopy_gray(img: Image.Image, seed: int) -> Image.Image:
    """A grayscale photocopy: contrast pushed, toner speckle, dark edge, slight blur."""
    rng = np.random.default_rng(seed)
    g = np.asarray(img.convert("L"), dtype=np.float32)
    g = 255 * (g / 255) ** 1.6
    g = np.where(g > 200, 250, g * 0.9)
    h, w = g.shape
    speck = rng.random((h, w)) < 0.002
    g[speck] = rng.uniform(0, 90, speck.sum())
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    edge = np.minimum.reduce([xx, yy, w - xx, h - yy])
    g = g * np.clip(0.75 + edge / (0.04 * w), 0.75, 1.0)
    g = cv2.GaussianBlur(g, (0, 0), 0.8) + _noise(h, w, seed, 5.0)[..., 0]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), float(rng.uniform(-1.2, 1.2)), 1.0)
    g = cv2.warpAffine(g, m, (w, h), borderValue=235)
    return Image.fromarray(np.clip(g, 0, 255).astype(np.uint8), "L")


def blurred_tiny(img: Image.Image, seed: int, width: int = 300) -> Image.Image:
    """Heavily blurred, tiny: too poor to read."""
    rng = np.random.default_rng(seed)
    f = width / img.width
    small = img.resize((width, int(img.height * f)), Image.BILINEAR)
    arr = cv2.GaussianBlur(_np(small), (0, 0), 2.2) + 6 * rng.standard_normal(
        (small.height, width, 3), dtype=np.float32)
    return _pil(arr)


def jpeg_bytes(img: Image.Image, quality: int = 80) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=True)
    return buf.getvalue()


def save_image(img: Image.Image, path: Path, quality: int = 80) -> None:
    if path.suffix.lower() == ".png":
        img.save(path, "PNG", optimize=True)
    else:
        img.save(path, "JPEG", quality=quality, optimize=True)


FIXED_DATE = "D:20240701090000+08'00'"


def scanned_pdf(images: list[Image.Image], path: Path, page_sizes: list[tuple[float, float]],
                *, producer: str = "Canon iR-ADV C5535  PDF", creator: str = "",
                quality: int = 60) -> None:
    """Image-only PDF (no text layer), one scanned image per page."""
    import pymupdf

    doc = pymupdf.open()
    for img, (w, h) in zip(images, page_sizes):
        if img.width > img.height and w < h:
            w, h = h, w
        page = doc.new_page(width=w, height=h)
        page.insert_image(page.rect, stream=jpeg_bytes(img, quality))
    doc.set_metadata({"producer": producer, "creator": creator, "title": "",
                      "creationDate": FIXED_DATE, "modDate": FIXED_DATE})
    doc.save(str(path), garbage=3, deflate=True, no_new_id=True)
    doc.close()


def set_pdf_producer(path: Path, producer: str, creator: str) -> None:
    """Rewrite a PDF's producer/creator (e.g. an image editor exported it)."""
    import pymupdf

    doc = pymupdf.open(str(path))
    meta = dict(doc.metadata or {})
    meta.update({"producer": producer, "creator": creator, "creationDate": FIXED_DATE,
                 "modDate": FIXED_DATE})
    doc.set_metadata({k: v for k, v in meta.items()
                      if k in ("producer", "creator", "title", "author", "subject",
                               "keywords", "creationDate", "modDate")})
    data = doc.tobytes(garbage=3, deflate=True, no_new_id=True)
    doc.close()
    path.write_bytes(data)


def tamper_pdf(path: Path, old: str, new: str, font_path: Path) -> dict:
    """Edit the text `old` into `new` and save it as an incremental update (saveIncr).

    The original revision stays in the file; the new one covers the old words with a white
    box and writes the new ones with a different font — what an editing tool leaves behind.
    """
    import pymupdf

    doc = pymupdf.open(str(path))
    page = doc[0]
    hits = page.search_for(old)
    if not hits:
        raise ValueError(f"text to tamper not found: {old!r}")
    rect = hits[0]
    page.add_redact_annot(rect, fill=(1, 1, 1))
    page.apply_redactions(images=0, graphics=0)
    size = rect.height * 0.78
    page.insert_text((rect.x0, rect.y1 - rect.height * 0.2), new, fontsize=size,
                     fontname="china-ss", color=(0.12, 0.12, 0.12))
    doc.set_metadata({**{k: v for k, v in (doc.metadata or {}).items()
                         if k in ("producer", "creator", "title", "author")},
                      "modDate": "D:20240712213000+08'00'"})
    doc.saveIncr()
    doc.close()
    _fix_trailer_id(path)
    return {"old": old, "new": new, "page": 1, "bbox": [round(v, 1) for v in rect]}


def _fix_trailer_id(path: Path) -> None:
    """MuPDF writes a random file /ID on save; replace it (same length, so no offset moves)
    with one derived from the bytes before it, keeping the generator byte-for-byte repeatable."""
    import hashlib
    import re

    data = path.read_bytes()
    matches = list(re.finditer(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", data))
    if not matches:
        return
    m = matches[-1]
    digest = hashlib.md5(data[:m.start()]).hexdigest().upper().encode()
    first = (digest * 4)[:len(m.group(1))]
    second = (digest[::-1] * 4)[:len(m.group(2))]
    data = data[:m.start(1)] + first + data[m.end(1):m.start(2)] + second + data[m.end(2):]
    path.write_bytes(data)


def corrupt_pdf(path: Path, seed: int) -> None:
    """A file called .pdf that no reader can open: a PDF header then damaged bytes."""
    rnd = random.Random(seed)
    body = bytes(rnd.getrandbits(8) for _ in range(6000))
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + body + b"\n%%EO")


# --------------------------------------------------------------------------- edited pictures
# Planted edits of a photo, made the way an editor makes them (decode, change, save again as
# JPEG); each returns the truth entry: the methods expected to see it and the region in the
# saved file's pixels.

def _red_box(arr: np.ndarray) -> tuple[int, int, int, int] | None:
    """The box round a photo's red seal: the largest blob of red ink about as wide as tall
    (a red heading or rule is wide and flat)."""
    r, g, b = (arr[..., i].astype(np.int16) for i in range(3))
    red = ((r > 120) & (r - g > 50) & (r - b > 50)).astype(np.uint8)
    red = cv2.dilate(red, np.ones((9, 9), np.uint8))
    n, _labels, stats, _ = cv2.connectedComponentsWithStats(red, connectivity=8)
    blobs = [stats[i] for i in range(1, n)
             if stats[i, 2] > 60 and 0.6 < stats[i, 2] / stats[i, 3] < 1.6]
    if not blobs:
        return None
    x, y, w, h, _area = max(blobs, key=lambda s: s[2] * s[3])
    return int(x), int(y), int(x + w), int(y + h)


def _blank_spot(grey: np.ndarray, w: int, h: int,
                avoid: tuple[int, int, int, int]) -> tuple[int, int] | None:
    """The top-left corner of the flattest w x h window of paper not touching `avoid`
    (searched on a 16-pixel grid, at least 24 pixels from the picture's edges)."""
    H, W = grey.shape
    best = None
    for y in range(24, H - h - 24, 16):
        for x in range(24, W - w - 24, 16):
            if (x < avoid[2] + 24 and x + w > avoid[0] - 24
                    and y < avoid[3] + 24 and y + h > avoid[1] - 24):
                continue
            win = grey[y:y + h, x:x + w]
            if win.mean() < 170:
                continue  # the desk, a photo, a heading: not paper
            spread = float(win.std())
            if best is None or spread < best[0]:
                best = (spread, (x, y))
    return None if best is None else best[1]


def plant_copy_move(path: Path, quality: int = 90) -> dict:
    """The photo's seal copied onto blank paper elsewhere in the same photo, saved again."""
    im = Image.open(path).convert("RGB")
    arr = np.asarray(im).copy()
    box = _red_box(arr)
    if box is None:
        raise ValueError(f"{path.name}: no seal to copy")
    x0, y0, x1, y1 = box[0] - 8, box[1] - 8, box[2] + 8, box[3] + 8
    spot = _blank_spot(cv2.cvtColor(arr, cv2.COLOR_RGB2GRAY), x1 - x0, y1 - y0, (x0, y0, x1, y1))
    if spot is None:
        raise ValueError(f"{path.name}: no blank paper to copy the seal onto")
    tx, ty = spot
    arr[ty:ty + (y1 - y0), tx:tx + (x1 - x0)] = arr[y0:y1, x0:x1]
    Image.fromarray(arr).save(path, "JPEG", quality=quality, optimize=True)
    return {"method": "copy_move", "methods": ["copy_move", "jpeg_ghost"], "page": 1,
            "region": [tx, ty, tx + (x1 - x0), ty + (y1 - y0)], "source": [x0, y0, x1, y1],
            "saved_quality": quality, "note": "the seal copied onto blank paper in the same photo"}


def plant_splice(path: Path, page: Image.Image, seed: int, photo_kw: dict, quality: int = 92,
                 software: str = "Adobe Photoshop CC 2019 (Windows)",
                 source_quality: int = 55) -> dict:
    """The photo's seal replaced by the seal cut from another photo of the page (a JPEG of
    `source_quality`), pasted a few pixels off the 8x8 grid, saved again by an image editor
    that writes its name into EXIF Software."""
    im = Image.open(path).convert("RGB")
    arr = np.asarray(im).copy()
    other = photo(page, seed + 7919, **photo_kw)
    buf = io.BytesIO()
    other.save(buf, "JPEG", quality=source_quality)
    other_arr = np.asarray(Image.open(buf).convert("RGB"))
    here, there = _red_box(arr), _red_box(other_arr)
    if here is None or there is None:
        raise ValueError(f"{path.name}: no seal to replace")
    pad = 12
    sx0, sy0 = max(there[0] - pad, 0), max(there[1] - pad, 0)
    sx1, sy1 = min(there[2] + pad, other_arr.shape[1]), min(there[3] + pad, other_arr.shape[0])
    tx, ty = max(here[0] - pad + 3, 0), max(here[1] - pad + 5, 0)
    w, h = min(sx1 - sx0, arr.shape[1] - tx), min(sy1 - sy0, arr.shape[0] - ty)
    arr[ty:ty + h, tx:tx + w] = other_arr[sy0:sy0 + h, sx0:sx0 + w]
    exif = Image.Exif()
    exif[0x0131] = software
    Image.fromarray(arr).save(path, "JPEG", quality=quality, optimize=True, exif=exif.tobytes())
    return {"method": "jpeg_ghost", "methods": ["jpeg_ghost", "editor_tag"], "page": 1,
            "region": [tx, ty, tx + w, ty + h], "saved_quality": quality,
            "source_quality": source_quality,
            "software": software, "note": "the seal replaced by one cut from another photo (JPEG q"
                                          f"{source_quality}), saved again by {software}"}
