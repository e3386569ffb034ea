"""Helpers shared by the layout modules: registration, Chinese dates, seal inks, frames."""

from __future__ import annotations

from collections.abc import Callable

from ..documents import Built, cn, dotted, ym  # noqa: F401  (re-exported for the modules)
from ..layout import A4, A4_LANDSCAPE, FONTS, Page, text_width, wrap  # noqa: F401

HEI, MICRO, MING, KAI = FONTS["hei"], FONTS["microhei"], FONTS["ming"], FONTS["kai"]

# Seal inks: (RGB, strength). Real impressions range from bright to orange-red, faded and
# dark red (old ink pads, light pressure).
INKS = [((215, 30, 35), 1.0), ((232, 74, 42), 0.95), ((214, 70, 78), 0.6), ((150, 18, 30), 1.0),
        ((205, 38, 40), 0.8)]


def ink(seed: int) -> dict:
    """Seal colour and strength for a document (keyword arguments of Page.seal)."""
    color, strength = INKS[seed % len(INKS)]
    return {"color": color, "strength": strength}


def layout(registry: dict, layout_id: str, *, accepts: Callable[[dict], bool] | None = None,
           pages: int = 1, cn_dates: bool = True, schooling: str | None = None,
           grayscale_copy: bool = False):
    """Register a builder under `layout_id`.

    accepts(args) says whether the layout fits a document's values (a 研究生 diploma only for
    graduate levels); pages > 1 layouts are not used for single-image uploads; cn_dates: dates
    print as 2019年1月5日 (a tampering plant searches for them); schooling: the diploma
    number's 办学类型 digit the certificate implies (5 成人, 6 自学考试); grayscale_copy: the
    layout draws the upload itself without any colour (a photocopy in grey toner, a scan made
    in the copier's black-and-white mode), which flags.md calls DOC_NOT_ORIGINAL for an
    identity or certificate document, so the generator's truth expects that code for it.
    """
    def deco(fn):
        fn.layout_id = layout_id
        fn.accepts = accepts or (lambda args: True)
        fn.pages = pages
        fn.cn_dates = cn_dates
        fn.schooling = schooling
        fn.grayscale_copy = grayscale_copy
        registry[layout_id] = fn
        return fn
    return deco


DIGITS = "〇一二三四五六七八九"


def num_cn(n: int) -> str:
    """1..99 in Chinese numerals as dates print them: 6 -> 六, 12 -> 十二, 30 -> 三十."""
    if n < 10:
        return DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else DIGITS[tens]) + "十" + (DIGITS[ones] if ones else "")


def cn_upper(d: str) -> str:
    """"2012-06-30" -> "二〇一二年六月三十日"; "2012-06" -> "二〇一二年六月"."""
    parts = d.split("-")
    out = "".join(DIGITS[int(c)] for c in parts[0]) + "年" + num_cn(int(parts[1])) + "月"
    if len(parts) > 2:
        out += num_cn(int(parts[2])) + "日"
    return out


def dashed(d: str) -> str:
    """"2019-01-05" -> "2019-01-05" (as is), "2019-01" -> "2019-01"."""
    return d


def month_end(ym_str: str) -> str:
    """"2021-02" -> "2021-02-28": the last day of the month."""
    import calendar

    y, m = int(ym_str[:4]), int(ym_str[5:7])
    return f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"


def first_day(ym_str: str) -> str:
    return ym_str[:7] + "-01"


def months_between(start: str, end: str) -> int:
    return (int(end[:4]) - int(start[:4])) * 12 + int(end[5:7]) - int(start[5:7]) + 1


def frame(page: Page, color, inset=18, inner=26, width=3.0):
    page.rect(inset, inset, page.width - 2 * inset, page.height - 2 * inset, color, None, width)
    page.rect(inner, inner, page.width - 2 * inner, page.height - 2 * inner, color, None, 0.8)


def grid(page: Page, x: float, y: float, widths: list, rows: list, row_h: float = 28,
         size: float = 11, align_left: bool = False) -> float:
    """A ruled label/value grid (cells may be ""); one truth line per row. Returns bottom y."""
    total = sum(widths)
    for r in range(len(rows) + 1):
        page.hline(x, x + total, y + r * row_h, 0.8)
    for r, cells in enumerate(rows):
        cx = x
        base = y + r * row_h + row_h / 2 + size * 0.36
        for w, cell in zip(widths, cells):
            page.items.append(_line(cx, y + r * row_h, cx, y + (r + 1) * row_h))
            if cell:
                if align_left:
                    page.text(cx + 6, base, str(cell), size, line=False)
                else:
                    page.text(cx + w / 2, base, str(cell), size, "center", line=False)
            cx += w
        page.items.append(_line(cx, y + r * row_h, cx, y + (r + 1) * row_h))
        joined = " ".join(str(c).strip() for c in cells if str(c).strip())
        if joined:
            page.lines.append(joined)
    return y + len(rows) * row_h


def _line(x1, y1, x2, y2):
    from ..layout import Line

    return Line(x1, y1, x2, y2, 0.8)


YEARS_WORD = {1: "一", 2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 8: "八", 10: "十"}


def term_words(start: str, end: str | None) -> str:
    """The appointment term as letters word it: 36 months -> "三年"."""
    if not end:
        return "长期"
    n = months_between(start, end)
    if n % 12 == 0 and n // 12 in YEARS_WORD:
        return YEARS_WORD[n // 12] + "年"
    return f"{n}个月"


def vtext(page: Page, x: float, y: float, text: str, size: float = 14, color=(30, 30, 30),
          font: str | None = None, step: float | None = None, line: bool = True) -> float:
    """One vertical column (竖排), characters top to bottom centred on x; one truth line.
    Returns the y below the last character."""
    from ..layout import Text

    step = step or size * 1.18
    for ch in text:
        if ch != " ":
            page.items.append(Text(x, y, ch, size, "center", color, font or page.font))
        y += step
    if line and text.strip():
        page.lines.append(text.strip())
    return y


def qr(page: Page, x: float, y: float, side: float, key: str, cells: int = 21):
    """A QR-code-like square of dark modules with the three finder patterns."""
    import hashlib

    m = side / cells
    bits = "".join(f"{b:08b}" for b in hashlib.sha256(key.encode()).digest() * 8)
    page.rect(x - 2, y - 2, side + 4, side + 4, None, (255, 255, 255), 0)
    corners = ((0, 0), (cells - 7, 0), (0, cells - 7))
    for i in range(cells):
        for j in range(cells):
            corner = next(((i - a, j - b) for a, b in corners
                           if 0 <= i - a < 7 and 0 <= j - b < 7), None)
            if corner:
                u, v = corner
                on = u in (0, 6) or v in (0, 6) or (2 <= u <= 4 and 2 <= v <= 4)
            else:
                on = bits[i * cells + j] == "1"
            if on:
                page.rect(x + i * m, y + j * m, m, m, None, (20, 20, 20), 0)


# Other people a document lists beside the holder (文件 name lists): drawn from surnames and
# given names the generator's applicants never use, so they never collide with an applicant.
OTHER_SURNAMES = "邓冯曹彭曾萧田董袁蒋蔡余杜叶程魏苏吕丁任沈姚钟汪"
OTHER_GIVEN = "晓春德兴国庆玉秀桂永福宏振瑞家泽嘉荣金凤兰桂英宁"


def other_people(key: str, n: int, birth_years=(1978, 1994)) -> list[tuple[str, str, str]]:
    """n (name, gender, id_number) triples, deterministic in key, Liuzhou ID numbers."""
    import hashlib

    from ..ids import make_id_number

    out = []
    for i in range(n):
        h = hashlib.sha256(f"{key}:{i}".encode()).digest()
        name = (OTHER_SURNAMES[h[0] % len(OTHER_SURNAMES)] + OTHER_GIVEN[h[1] % len(OTHER_GIVEN)]
                + (OTHER_GIVEN[h[2] % len(OTHER_GIVEN)] if h[3] % 3 else ""))
        year = birth_years[0] + h[4] % (birth_years[1] - birth_years[0])
        birth = f"{year}{1 + h[5] % 12:02d}{1 + h[6] % 28:02d}"
        gender = "男" if h[7] % 2 else "女"
        seq = f"{h[8] % 50 * 2 + 1 + (0 if gender == '男' else 1):03d}"[-3:]
        out.append((name, gender, make_id_number("450203", birth, seq)))
    return out


# Surfaces a phone photo shows around the document (round 4): a desk's wood, a grey office desk.
DESKS = [(128, 92, 62), (96, 74, 52), (150, 150, 146), (176, 160, 132)]
PEN = (25, 40, 120)  # blue-black ink of a pen or a fountain pen, for hand-filled values


def desk(page: Page, seed: int, x: float, y: float, w: float, h: float, paper=(250, 248, 240)):
    """A document lying on a desk, photographed from above: the desk colour fills the page,
    a soft shadow at the lower right, then the sheet itself (x, y, w, h)."""
    page.background = DESKS[seed % len(DESKS)]
    page.rect(x + 6, y + 7, w, h, None, (60, 45, 35), 0)
    page.rect(x, y, w, h, None, paper, 0)


CLOSING_MARKS = "。，、；：）」』”！？"


def wrap_cjk(p: Page, x, y, text, width, size=12, leading=None, first_indent=0.0,
             closing=CLOSING_MARKS):
    """Page.wrapped, but a line never starts with a closing mark (the last character of the
    line before moves down with it, as word processors set Chinese)."""
    leading = leading or size * 1.6
    parts = wrap(text, width, size, first_indent, p.font)
    for i in range(1, len(parts)):
        while parts[i] and parts[i][0] in closing and len(parts[i - 1]) > 1:
            parts[i] = parts[i - 1][-1] + parts[i]
            parts[i - 1] = parts[i - 1][:-1]
    for i, part in enumerate(parts):
        p.text(x + (first_indent if i == 0 else 0), y, part, size)
        y += leading
    return y
