"""Pages with and without official seals, drawn with Pillow, for the seal-detection tests.

A4 letters at 150 dpi (1240 x 1754 px) with black body text and, per case, a seal (round or
oval, 3.5-5 cm, ring width, star or not, colour from bright to faded, orange-red and dark red,
overlapping the unit and date lines or not) or red things that are not seals (a red heading
with a red rule, 红头; red table borders; a square personal seal; a half seal on the edge,
骑缝章). `variant` gives the colour page, a grayscale copy or a photocopy-like rendering.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_CANDIDATES = [
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
]
FONT = next((p for p in FONT_CANDIDATES if p.exists()), None)
DPI = 150
PX_PER_MM = DPI / 25.4
A4 = (round(210 * PX_PER_MM), round(297 * PX_PER_MM))
RED = (215, 30, 35)

BODY = [
    "兹聘任 马刚峰 同志为 工程师（职务），聘期自",
    "2016年4月 至 2019年3月。",
    "特发此聘书。",
]
UNIT = "柳州市市政设计研究院"
DATE = "2016年3月20日"


@dataclass(frozen=True)
class SealSpec:
    """One stamp: size in mm, colour, ring width (share of the diameter), star, oval ratio."""

    diameter_mm: float = 42.0
    colour: tuple[int, int, int] = RED
    ring: float = 0.035
    star: bool = True
    oval: float = 1.0  # width / height; 1.0 round
    alpha: float = 0.9  # ink density: pale or faded ink is lower
    text: str = UNIT
    dx_mm: float = 0.0  # offset from the unit/date lines' centre (overlap)
    dy_mm: float = 0.0


def _font(px: int) -> ImageFont.FreeTypeFont:
    assert FONT is not None
    return ImageFont.truetype(str(FONT), px, index=0)


def seal_alpha(spec: SealSpec) -> Image.Image:
    """An 'L' mask of the seal (ring, optional star, text on the upper arc), 255 = ink."""
    d = round(spec.diameter_mm * PX_PER_MM)
    w, h = (round(d * spec.oval) if spec.oval > 1 else d,
            d if spec.oval >= 1 else round(d * spec.oval))
    big = Image.new("L", (d, d), 0)
    draw = ImageDraw.Draw(big)
    ring = max(2, round(d * spec.ring))
    draw.ellipse([ring // 2, ring // 2, d - ring // 2 - 1, d - ring // 2 - 1], outline=255,
                 width=ring)
    r = d / 2
    if spec.star:
        pts = []
        for i in range(10):
            ang = -math.pi / 2 + i * math.pi / 5
            rr = d * 0.17 if i % 2 == 0 else d * 0.17 * 0.38
            pts.append((r + rr * math.cos(ang), r + rr * math.sin(ang)))
        draw.polygon(pts, fill=255)
    n = len(spec.text)
    fsize = int(d * 0.13)
    font = _font(fsize)
    span = 220.0
    r_text = r - ring * 1.6 - fsize * 0.62
    for i, ch in enumerate(spec.text):
        theta = -span / 2 + span * (i + 0.5) / n
        tile = Image.new("L", (int(fsize * 1.4), int(fsize * 1.4)), 0)
        ImageDraw.Draw(tile).text((tile.width / 2, tile.height / 2), ch, font=font, fill=255,
                                  anchor="mm")
        tile = tile.rotate(-theta, resample=Image.Resampling.BICUBIC, expand=True)
        t = math.radians(theta)
        cx, cy = r + r_text * math.sin(t), r - r_text * math.cos(t)
        big.paste(255, (int(cx - tile.width / 2), int(cy - tile.height / 2)), tile)
    if (w, h) != (d, d):
        big = big.resize((w, h), Image.Resampling.BICUBIC)
    return big.point(lambda v: int(v * spec.alpha))


def stamp(page: Image.Image, mask: Image.Image, colour: tuple[int, int, int],
          centre: tuple[float, float]) -> Image.Image:
    """Ink `mask` in `colour` onto `page` as seal ink does: multiplied, so black stays black."""
    x0, y0 = round(centre[0] - mask.width / 2), round(centre[1] - mask.height / 2)
    layer = Image.new("L", page.size, 0)
    layer.paste(mask, (x0, y0))
    a = np.asarray(layer, dtype=np.float32)[..., None] / 255.0
    base = np.asarray(page.convert("RGB"), dtype=np.float32)
    ink = np.array(colour, dtype=np.float32) / 255.0
    out = base * (1 - a + a * ink)
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))


@dataclass(frozen=True)
class Case:
    """One page: what is on it and whether it carries an official seal."""

    name: str
    sealed: bool
    seal: SealSpec | None = None
    heading: bool = False  # 红头: a big red title and a red rule under it
    borders: bool = False  # a red table border and a red frame
    square: bool = False  # a square personal seal (not the unit's seal)
    half: bool = False  # a half seal on the right edge (骑缝章): the unit's seal, cut
    # a ready-printed red form: frame, title, labels and long blanks in red, values in black,
    # the seal stamped over the red label and blank of the issuer's line
    red_form: bool = False
    variant: str = "colour"  # colour | gray | photocopy


@functools.lru_cache(maxsize=64)
def letter(case: Case) -> Image.Image:
    """The page of one case (see :class:`Case`)."""
    page = Image.new("RGB", A4, (252, 252, 250))
    draw = ImageDraw.Draw(page)
    mm = PX_PER_MM
    top = 40 * mm
    if case.heading:
        draw.text((A4[0] / 2, 35 * mm), "柳州市人力资源和社会保障局文件",
                  font=_font(round(13 * mm)),
                  fill=RED, anchor="mm")
        draw.line([(20 * mm, 50 * mm), (190 * mm, 50 * mm)], fill=RED, width=round(1.2 * mm))
        top = 60 * mm
    title = _font(round(9 * mm))
    body = _font(round(5.5 * mm))
    draw.text((A4[0] / 2, top + 10 * mm), "聘    书", font=title, fill=(20, 20, 20), anchor="mm")
    y = top + 30 * mm
    for line in BODY * 3:
        draw.text((25 * mm, y), line, font=body, fill=(25, 25, 25))
        y += 11 * mm
    if case.borders:
        draw.rectangle([12 * mm, 12 * mm, A4[0] - 12 * mm, A4[1] - 12 * mm], outline=RED,
                       width=round(1.5 * mm))
        ty = y + 5 * mm
        for i in range(5):
            draw.line([(25 * mm, ty + i * 12 * mm), (185 * mm, ty + i * 12 * mm)], fill=RED,
                      width=3)
        for x in (25, 75, 130, 185):
            draw.line([(x * mm, ty), (x * mm, ty + 48 * mm)], fill=RED, width=3)
        y = ty + 55 * mm
    ux, uy = 140 * mm, y + 25 * mm
    if case.red_form:
        draw.rectangle([10 * mm, 10 * mm, A4[0] - 10 * mm, A4[1] - 10 * mm], outline=RED,
                       width=round(1.2 * mm))
        draw.rectangle([14 * mm, 14 * mm, A4[0] - 14 * mm, A4[1] - 14 * mm], outline=RED,
                       width=2)
        draw.text((A4[0] / 2, 28 * mm), "荣 誉 证 书", font=_font(round(12 * mm)), fill=RED,
                  anchor="mm")
        for label, ly in (("发证机关（印）：", uy), ("签发日期：", uy + 11 * mm)):
            draw.text((110 * mm, ly), label, font=body, fill=RED, anchor="rm")
            draw.line([(110 * mm, ly + 4 * mm), (188 * mm, ly + 4 * mm)], fill=RED, width=3)
        for k in range(3):  # red labels and blanks of the body
            ly = top + 30 * mm + k * 11 * mm + 3 * mm
            draw.text((22 * mm, ly), "第" + "一二三"[k] + "项：", font=body, fill=RED,
                      anchor="rm")
            draw.line([(24 * mm, ly + 4 * mm), (180 * mm, ly + 4 * mm)], fill=RED, width=3)
    draw.text((ux, uy), UNIT, font=body, fill=(25, 25, 25), anchor="mm")
    draw.text((ux, uy + 11 * mm), DATE, font=body, fill=(25, 25, 25), anchor="mm")
    if case.seal is not None:
        s = case.seal
        page = stamp(page, seal_alpha(s), s.colour, (ux + s.dx_mm * mm, uy + 5 * mm + s.dy_mm * mm))
    if case.square:
        side = round(18 * mm)
        sq = Image.new("L", (side, side), 0)
        sd = ImageDraw.Draw(sq)
        sd.rectangle([0, 0, side - 1, side - 1], outline=230, width=round(1.2 * mm))
        for i, ch in enumerate("马刚峰印"):
            sd.text(((0.3 + 0.45 * (i // 2)) * side, (0.3 + 0.45 * (i % 2)) * side), ch,
                    font=_font(round(side * 0.35)), fill=230, anchor="mm")
        page = stamp(page, sq, RED, (60 * mm, uy + 5 * mm))
    if case.half:
        mask = seal_alpha(SealSpec())
        page = stamp(page, mask, RED, (A4[0] + 2, A4[1] / 2))  # centre on the edge: half shows
    if case.variant == "gray":
        page = page.convert("L").convert("RGB")
    elif case.variant == "photocopy":
        g = np.asarray(page.convert("L"), dtype=np.float32)
        g = 255 * (g / 255) ** 1.6
        g = np.where(g > 200, 248, g * 0.9)
        g = g + np.random.default_rng(7).normal(0, 4, g.shape)
        page = (Image.fromarray(np.clip(g, 0, 255).astype(np.uint8))
                .filter(ImageFilter.GaussianBlur(0.8)))
        page = page.rotate(0.8, fillcolor=240).convert("RGB")
    return page


def _sealed_cases() -> list[Case]:
    base = SealSpec()
    seals = {
        "round 42mm": base,
        "round 35mm": replace(base, diameter_mm=35),
        "round 50mm": replace(base, diameter_mm=50),
        "thin ring, no star": replace(base, ring=0.02, star=False),
        "thick ring": replace(base, ring=0.06),
        "pale/faded": replace(base, colour=(235, 120, 125), alpha=0.6),
        "orange-red": replace(base, colour=(235, 95, 40)),
        "dark red": replace(base, colour=(150, 20, 30)),
        "oval 45x30": replace(base, diameter_mm=30, oval=1.5),
        "over text, shifted": replace(base, dx_mm=-18, dy_mm=-6),
    }
    cases = [Case(f"{name} [colour]", True, seal) for name, seal in seals.items()]
    cases += [Case("round 42mm under a red heading", True, base, heading=True),
              Case("round 42mm in a red-bordered form", True, base, borders=True),
              # a 骑缝章: the unit's seal stamped across the sheets' edges, half on this one
              Case("half seal on the edge (骑缝章)", True, half=True),
              Case("half seal on the edge, under a red heading", True, heading=True, half=True),
              # stamped over a red-printed form's red label and blank: one red blob with them
              Case("round 42mm over a red-printed form", True, base, red_form=True),
              Case("oval 45x30 over a red-printed form", True, seals["oval 45x30"],
                   red_form=True),
              Case("pale/faded over a red-printed form", True, seals["pale/faded"],
                   red_form=True)]
    for variant in ("gray", "photocopy"):
        cases += [Case(f"{name} [{variant}]", True, seals[name], variant=variant)
                  for name in ("round 42mm", "round 35mm", "thin ring, no star", "oval 45x30",
                               "over text, shifted", "pale/faded")]
    return cases


def _unsealed_cases() -> list[Case]:
    cases = []
    for variant in ("colour", "gray", "photocopy"):
        cases += [Case(f"plain [{variant}]", False, variant=variant),
                  Case(f"red heading + rule [{variant}]", False, heading=True, variant=variant),
                  Case(f"red borders and table [{variant}]", False, borders=True, variant=variant)]
    cases += [Case("red-printed form, unsealed", False, red_form=True),
              Case("red-printed form under a red heading, unsealed", False, red_form=True,
                   heading=True),
              Case("square personal seal", False, square=True),
              Case("heading + borders + square seal", False, heading=True, borders=True,
                   square=True)]
    return cases


CASES: list[Case] = _sealed_cases() + _unsealed_cases()
