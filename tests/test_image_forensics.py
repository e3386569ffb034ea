"""Edited pictures (pipeline/forensics/image_methods.py and its methods) on real images made
by real tools — Pillow and OpenCV JPEG encodes at different qualities, a region really
copied within a photo, an EXIF Software tag and an XMP packet written by Pillow — through the
reader and the DOC_TAMPERED rule; and the negatives: the sample window's clean photos and
scans, the same saved again at other qualities, the shared real files."""

from __future__ import annotations

import io
import os
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from pipeline import policy as policies
from pipeline.checks import doc_tampered
from pipeline.forensics import copy_move, editor_tag, image_methods, jpeg_ghost, noise_level
from pipeline.forensics.picture import Picture, jpeg_quality, onto_page, std_table
from pipeline.model import BBox
from pipeline.read import get_engine, images, read_file
from tests.factories import case, context, form

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "samples" / "liuzhou-2024" / "applicants"
PHOTO = SAMPLE / "LZ2024-0001" / "毕业证.jpg"  # a clean phone photo of a diploma (JPEG q72)
OTHER = SAMPLE / "LZ2024-0002" / "毕业证.jpg"
THRESHOLDS = policies.load("liuzhou-2024").thresholds

needs_sample = pytest.mark.skipif(not PHOTO.exists(), reason="sample window not generated")


def _limit(method) -> float:
    return getattr(THRESHOLDS, method.THRESHOLD).value


def _read(path: Path):
    doc = read_file(path, engine=get_engine("none"))
    flags = list(doc_tampered.check(case(form(), documents={doc.file: doc}), context()))
    return doc, flags


def _picture(path: Path) -> Picture:
    tags, quality = images.picture_info(path)
    with Image.open(path) as im:
        return Picture(images.luma(im.convert("RGB")), 1, tags, quality, path.name)


def _overlap(a: BBox, b: BBox) -> float:
    """Intersection over the smaller box."""
    w = min(a.x1, b.x1) - max(a.x0, b.x0)
    h = min(a.bottom, b.bottom) - max(a.top, b.top)
    if w <= 0 or h <= 0:
        return 0.0
    return w * h / min((a.x1 - a.x0) * (a.bottom - a.top), (b.x1 - b.x0) * (b.bottom - b.top))


def _save(image: Image.Image, path: Path, quality: int, **kw) -> Path:
    image.save(path, "JPEG", quality=quality, **kw)
    return path


def test_jpeg_quality_is_read_from_the_luminance_table(tmp_path):
    for q in (50, 72, 85, 95):
        path = _save(Image.new("RGB", (64, 64), "white"), tmp_path / f"q{q}.jpg", q)
        with Image.open(path) as im:
            assert jpeg_quality(list(im.quantization[0])) == q
    assert std_table(50)[:3] == [16, 11, 10]


# -- editor traces ----------------------------------------------------------------------------


@needs_sample
def test_an_editor_named_in_exif_software_is_a_finding_and_a_flag(tmp_path):
    exif = Image.Exif()
    exif[0x0131] = "Adobe Photoshop 25.0 (Windows)"
    with Image.open(PHOTO) as im:
        path = _save(im.convert("RGB"), tmp_path / "毕业证.jpg", 92, exif=exif.tobytes())
    doc, (flag,) = _read(path)
    (f,) = [f for f in doc.meta.findings if f.method == "editor_tag"]
    assert f.score == 1.0 and "Adobe Photoshop" in f.what and "EXIF Software" in f.what
    assert f.score >= _limit(editor_tag)
    assert "editor_tag" in flag.message and "复核" in flag.message and "exiftool" in flag.message


def test_meitu_in_an_xmp_packet_and_in_the_edit_history(tmp_path):
    image = Image.new("RGB", (200, 120), (230, 225, 210))
    tool = (
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF>'
        b'<rdf:Description xmp:CreatorTool="MeituXiuXiu"/>'
    )
    history = (
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description><xmpMM:History>'
        b'<rdf:Seq><rdf:li stEvt:action="saved" stEvt:softwareAgent="Snapseed 2.0"/>'
        b"</rdf:Seq></xmpMM:History>"
    )
    first = _save(image, tmp_path / "a.jpg", 90, xmp=tool + b"</rdf:RDF></x:xmpmeta>")
    second = _save(
        image, tmp_path / "b.jpg", 90, xmp=history + b"</rdf:Description></rdf:RDF></x:xmpmeta>"
    )
    (f,) = editor_tag.analyse(_picture(first))
    assert f.score == 1.0 and "美图秀秀" in f.what
    (g,) = editor_tag.analyse(_picture(second))
    assert g.score == 0.75 and "Snapseed" in g.what and g.score >= _limit(editor_tag)


def test_camera_firmware_scanner_and_screenshot_software_are_not_editors(tmp_path):
    for software in (
        "HDR+ 1.0.540104767zd",
        "MediaTek Camera Application",
        "CamScanner",
        "Adobe Scan",
        "Microsoft Lens",
        "Canon iR-ADV C5535",
        "Snipaste",
        "Ver.1.00 ",
    ):
        exif = Image.Exif()
        exif[0x0131] = software
        path = _save(
            Image.new("RGB", (120, 80), "white"), tmp_path / "x.jpg", 90, exif=exif.tobytes()
        )
        assert editor_tag.analyse(_picture(path)) == [], software


def test_pdf_producer_uses_the_same_editor_list():
    assert editor_tag.editor("Adobe Photoshop CC 2019 (Windows)") == "Adobe Photoshop"
    assert (
        editor_tag.editor("Microsoft® Word 2016") is None and editor_tag.editor("WPS 文字") is None
    )


# -- a pasted region (JPEG ghost) ---------------------------------------------------------------


def _splice(
    tmp_path: Path, first: int, final: int, at=(333, 517), name="拼接.jpg"
) -> tuple[Path, BBox]:
    """A patch of another photo (itself a JPEG at `first`) pasted into the clean photo, saved
    at `final`."""
    with Image.open(PHOTO) as a, Image.open(OTHER) as b:
        buffer = io.BytesIO()
        b.convert("RGB").save(buffer, "JPEG", quality=first)
        patch = Image.open(buffer).convert("RGB").crop((300, 300, 560, 460))
        out = a.convert("RGB")
        out.paste(patch, at)
    return _save(out, tmp_path / name, final), BBox(at[0], at[1], at[0] + 260, at[1] + 160)


@needs_sample
@pytest.mark.parametrize("first,final", [(50, 92), (72, 85)])
def test_a_pasted_photo_patch_is_found_where_it_is(tmp_path, first, final):
    path, truth = _splice(tmp_path, first, final)
    doc, (flag,) = _read(path)
    (f,) = [f for f in doc.meta.findings if f.method == "jpeg_ghost"]
    assert f.score >= _limit(jpeg_ghost) and "质量 72" in f.what
    assert _overlap(f.bbox, truth) > 0.7  # the sample photo has no dpi: a point is a pixel
    assert "jpeg_ghost" in flag.message and "另存为 JPEG" in flag.message
    assert any(e.bbox == f.bbox and e.page_no == 1 for e in flag.evidence)


@needs_sample
@pytest.mark.parametrize("quality", [60, 72, 85, 95])
def test_the_clean_photo_saved_again_whole_is_not_a_finding(tmp_path, quality):
    with Image.open(PHOTO) as im:
        path = _save(im.convert("RGB"), tmp_path / "again.jpg", quality)
    picture = _picture(path)
    for m in image_methods.METHODS:
        assert all(f.score < _limit(m) for f in m.analyse(picture)), m.METHOD


# -- a region copied within the photo -----------------------------------------------------------


@needs_sample
def test_a_region_copied_within_the_photo_is_found_at_both_places(tmp_path):
    with Image.open(PHOTO) as im:
        out = im.convert("RGB")
        out.paste(out.crop((250, 420, 420, 460)), (250, 360))  # a line of the diploma copied up
    path = _save(out, tmp_path / "复制.jpg", 90)
    doc, (flag,) = _read(path)
    (f,) = [f for f in doc.meta.findings if f.method == "copy_move"]
    assert f.score >= _limit(copy_move)
    places = sorted([f.bbox, f.old_bbox], key=lambda b: b.top)
    assert _overlap(places[0], BBox(250, 360, 420, 400)) > 0.7
    assert _overlap(places[1], BBox(250, 420, 420, 460)) > 0.7
    assert "copy_move" in flag.message and "差值" in flag.message
    assert {e.bbox for e in flag.evidence} >= {f.bbox, f.old_bbox}


def test_repeated_print_and_blank_paper_are_not_copies(tmp_path):
    # one word printed four times on a noisy paper: the same print, never the same pixels
    rng = np.random.default_rng(3)
    paper = Image.fromarray(
        np.clip(228 + rng.normal(0, 3, (500, 700)), 0, 255).astype(np.uint8)
    ).convert("RGB")
    draw = ImageDraw.Draw(paper)
    for x, y in ((40, 40), (360, 40), (40, 300), (360, 300)):
        for k in range(5):
            draw.rectangle((x + 40 * k, y, x + 40 * k + 25, y + 60), outline=(30, 30, 30), width=4)
            draw.line((x + 40 * k, y + 30, x + 40 * k + 25, y + 30), fill=(30, 30, 30), width=3)
    noisy = np.asarray(paper).astype(np.int16) + rng.normal(0, 2.5, (500, 700, 3)).astype(np.int16)
    path = _save(
        Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8)), tmp_path / "模板.jpg", 85
    )
    assert [f for f in copy_move.analyse(_picture(path)) if f.score >= _limit(copy_move)] == []


def test_a_ruler_whose_ticks_repeat_pixel_for_pixel_is_not_a_copy(tmp_path):
    # a document camera's pad with a printed centimetre scale, rendered: every centimetre the
    # same tick on the same grain, so one tick matches the next exactly, as a copy would; it
    # matches the one after too, which a single pasted copy does not
    rng = np.random.default_rng(5)
    page = np.clip(226 + rng.normal(0, 3, (480, 900)), 0, 255)
    tile = np.clip(232 + rng.normal(0, 3, (160, 37)), 0, 255)  # the pad's band, one cm wide
    tile[60:62, :] = 170  # the scale's base line
    tile[70:92, 17:19] = 140  # a centimetre tick
    band = np.tile(tile, (1, 22))
    band[70:105, 17::37 * 5] = 110  # every fifth tick long
    band[70:105, 18::37 * 5] = 110
    page[260:420, 40 : 40 + 37 * 22] = band
    rgb = np.repeat(page.astype(np.uint8)[:, :, None], 3, axis=2)
    path = _save(Image.fromarray(rgb), tmp_path / "高拍仪.jpg", 90)
    assert [f for f in copy_move.analyse(_picture(path)) if f.score >= _limit(copy_move)] == []


@pytest.mark.skipif(not Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc").exists(),
                    reason="no WenQuanYi CJK font")
def test_a_word_a_software_list_repeats_is_not_a_copy(tmp_path):
    # a settings window's menu, photographed off the screen (slightly turned, soft, with
    # little noise): most entries end in 设置, drawn by the software pixel for pixel at uneven
    # offsets; any two of them match as a copy would, but so do the others -- a pasted copy
    # has one twin, an element the picture repeats has many
    from PIL import ImageFilter, ImageFont

    font = ImageFont.truetype("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 22)
    rng = np.random.default_rng(11)
    img = Image.new("RGB", (1200, 800), (244, 245, 247))
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 0, 1200, 50), fill=(40, 70, 120))
    items = ["常规", "账户与安全设置", "打印机设置", "网络代理设置", "显示设置", "声音设置",
             "隐私设置", "通知提醒设置", "高级设置", "语言设置"]
    y = 90
    for k, item in enumerate(items):
        draw.text((30 + (k % 3) * 4, y), "▸ " + item, font=font, fill=(35, 35, 35))
        y += 52 + (k % 2) * 9
    draw.rectangle((420, 80, 1160, 760), fill=(255, 255, 255))
    draw.text((450, 110), "Preferences", font=font, fill=(60, 60, 60))
    shot = img.rotate(0.3, resample=Image.Resampling.BICUBIC, fillcolor=(60, 60, 60))
    shot = shot.filter(ImageFilter.GaussianBlur(1.5))
    noisy = np.asarray(shot).astype(np.float32) + rng.normal(0, 1.2, (800, 1200, 1))
    path = _save(Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8)), tmp_path / "设置.jpg",
                 88)
    assert [f for f in copy_move.analyse(_picture(path)) if f.score >= _limit(copy_move)] == []


def _railing_shadow_photo(rng, noise: float = 1.0) -> np.ndarray:
    """A form on a grey table photographed in the afternoon sun through a balcony railing:
    the bars' soft shadows cross the sheet, its two printed side rules and its cast shadow at
    a step and darkness that change down the picture (perspective, light falloff); two bars
    happen to fall alike. Low sensor noise by default, as a phone's denoiser leaves it."""
    import cv2

    h, w = 1100, 900
    img = np.full((h, w), 118.0)
    img[:, 140:780] = 224.0  # the sheet
    img[:, 780:786] = 70.0  # its shadow on the table
    img[:, 172:175] = 110.0  # the form's side rules
    img[:, 745:748] = 110.0
    light = np.ones((h, w))
    tops, widths = (70, 232, 398, 571, 748, 930), (62, 66, 71, 66, 80, 86)
    shades = (0.47, 0.60, 0.52, 0.60, 0.69, 0.76)
    for top, shade, width in zip(tops, shades, widths, strict=True):
        light[top : top + width, :] = shade
    img = cv2.GaussianBlur(img, (0, 0), 0.9) * cv2.GaussianBlur(light, (0, 0), 1.6)
    return img + rng.normal(0, noise, img.shape)


def _grey_jpeg(img: np.ndarray, path: Path, quality: int) -> Path:
    grey = np.clip(img, 0, 255).astype(np.uint8)
    return _save(Image.fromarray(np.repeat(grey[:, :, None], 3, axis=2)), path, quality)


def test_a_railings_shadow_bars_across_a_sheets_edge_are_not_a_copy(tmp_path):
    # one bar's edge crossing the rules and the sheet's edge matches another bar's edge there
    # pixel for pixel, and so do the edges' soft tails and ringing beside them; the paper's
    # grain between the edges is the photo's own at each place
    path = _grey_jpeg(_railing_shadow_photo(np.random.default_rng(21)), tmp_path / "栏杆.jpg", 85)
    assert copy_move.analyse(_picture(path)) == []


def test_a_copy_onto_a_sheet_under_a_railings_shadow_is_still_found(tmp_path):
    # the same scene (grainier: a copy on the denoised one keeps too little grain to tell) with
    # a handwritten mark copied, grain and all, to another light band
    rng = np.random.default_rng(22)
    img = _railing_shadow_photo(rng, noise=2.5)
    for k in range(9):  # a signature's strokes on a light band of the sheet
        x, y = 300 + 22 * k, 160 + int(18 * np.sin(k))
        img[y : y + 40, x : x + 4] -= 120
        img[y + 20 * (k % 2) : y + 20 * (k % 2) + 4, x : x + 26] -= 110
    img[482:562, 430:690] = img[150:230, 280:540]  # pasted on a lower light band
    path = _grey_jpeg(img, tmp_path / "签名.jpg", 95)
    (f,) = copy_move.analyse(_picture(path))
    assert f.score >= _limit(copy_move)
    places = sorted([f.bbox, f.old_bbox], key=lambda b: b.top)
    assert _overlap(places[0], BBox(280, 150, 540, 230)) > 0.5
    assert _overlap(places[1], BBox(430, 482, 690, 562)) > 0.5


def _chat_scan(rng, dx: int) -> np.ndarray:
    """A desktop chat printed and scanned on a clean office scanner at a low JPEG quality: the
    clerk's avatar (a flat-coloured box) beside each of their two messages, the second `dx`
    pixels over (the scan's skew), and the photo the applicant sent, with its grain."""
    import cv2

    img = np.full((1366, 1600), 240.0)
    img[:, :416] = 234.0  # the contact list
    for x, y, bubble in ((442, 167, 700), (442 + dx, 1167, 270)):
        img[y : y + 57, x : x + 57] = 166.0  # the avatar
        img[y : y + 83, x + 73 : x + 73 + bubble] = 253.0  # the message's bubble
    img[290:1060, 970:1540] = 200 + rng.normal(0, 6, (770, 570))
    img = img + np.trunc(rng.normal(0, 1.5, img.shape))  # the scanner's faint noise
    return cv2.GaussianBlur(img.astype(np.float32), (0, 0), 0.5)


def test_a_chats_avatar_beside_each_message_scanned_at_low_quality_is_not_a_copy(tmp_path):
    # JPEG at quality 60 leaves the boxes no grain; their edges ring alike in the blocks they
    # cross, so beside the edges the "noise" matches too
    path = _grey_jpeg(_chat_scan(np.random.default_rng(31), dx=9), tmp_path / "聊天.jpg", 60)
    assert copy_move.analyse(_picture(path)) == []


def test_a_copy_on_the_same_scan_at_a_better_quality_is_still_found(tmp_path):
    # the sent photo's grainy corner pasted lower down it: its grain comes along
    img = _chat_scan(np.random.default_rng(32), dx=9)
    img[900:980, 1300:1400] -= 70  # a square stamp printed on the photo
    img[920:960, 1330:1370] += 50
    img[700:780, 1000:1100] = img[900:980, 1300:1400]
    path = _grey_jpeg(img, tmp_path / "复制.jpg", 92)
    (f,) = copy_move.analyse(_picture(path))
    assert f.score >= _limit(copy_move)


# -- a region whose noise differs ---------------------------------------------------------------


@needs_sample
def test_a_clean_typed_patch_on_a_noisy_photo_is_found(tmp_path):
    with Image.open(PHOTO) as im:
        out = im.convert("RGB")
    paper = tuple(
        int(v) for v in np.median(np.asarray(out)[420:460, 250:420].reshape(-1, 3), axis=0)
    )
    patch = Image.new("RGB", (300, 130), paper)
    ImageDraw.Draw(patch).text((10, 15), "2016 12 18", fill=(40, 40, 40))
    out.paste(patch, (250, 400))
    path = _save(out, tmp_path / "补丁.jpg", 92)
    doc, (flag,) = _read(path)
    (f,) = [f for f in doc.meta.findings if f.method == "noise_level"]
    assert f.score >= _limit(noise_level) and "更干净" in f.what
    assert _overlap(f.bbox, BBox(250, 400, 550, 530)) > 0.7
    assert "noise_level" in flag.message


# -- negatives: the sample's clean pictures and the shared real files ---------------------------


def _clean_sample_pictures(limit: int) -> list[Path]:
    import json

    truth = SAMPLE.parent / "truth.json"
    if not truth.exists():
        return []
    docs = json.loads(truth.read_text(encoding="utf-8"))["documents"]
    picked = [
        SAMPLE / k
        for k, v in docs.items()
        if v.get("on_disk", True)
        and not v.get("image_tamper")
        and v["render"].startswith(("photo", "scan", "photocopy"))
    ]
    picked = sorted(picked)
    return picked[:: max(1, len(picked) // limit)][
        :limit
    ]  # spread over the window: photos and scans


@pytest.mark.slow  # every method over every picture of the sample window
@needs_sample
def test_clean_sample_photos_and_scans_have_no_finding():
    paths = _clean_sample_pictures(6)  # bench/bench_tamper.py judges them all
    assert paths
    for path in paths:
        doc = read_file(path, engine=get_engine("none"))
        found = [
            f
            for f in doc.meta.findings
            if f.score >= getattr(THRESHOLDS, image_methods.method(f.method).THRESHOLD).value
        ]
        assert found == [], path


def test_shared_real_pictures_have_no_finding():
    base = (
        Path(os.environ.get("CREDCHECK_SHARED_DATA") or ROOT.parent / "shared" / "data")
        / "real_ocr"
    )
    if not base.exists():
        pytest.skip(f"shared real files not found at {base}")
    paths = sorted(p for p in base.iterdir() if p.suffix in (".jpg", ".png"))
    for path in paths:
        picture = _picture(path)
        found = [
            f
            for f in image_methods.analyse(picture)
            if f.score >= getattr(THRESHOLDS, image_methods.method(f.method).THRESHOLD).value
        ]
        assert found == [], path


# -- boxes on the page as the reader turned it ----------------------------------------------------


@pytest.mark.parametrize("turn,skew", [(0, 0.0), (90, 0.0), (180, 2.5), (270, -3.0)])
def test_a_box_moves_with_the_page_as_the_reader_turned_and_deskewed_it(turn, skew):
    from pipeline.read.orientation import rotate_clockwise

    size = (400, 300)
    marker = Image.new("L", size, 0)
    box = BBox(250, 40, 330, 90)
    ImageDraw.Draw(marker).rectangle((box.x0, box.top, box.x1 - 1, box.bottom - 1), fill=255)
    shown = rotate_clockwise(marker, turn)
    if skew:
        shown = shown.rotate(skew, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=0)
    ys, xs = np.nonzero(np.asarray(shown) > 127)
    moved = onto_page(
        box,
        size,
        size,
        rotation=turn,
        skew=skew,
        width=shown.width * 0.5,
        height=shown.height * 0.5,
        ocr=True,
    )
    expected = BBox(xs.min() * 0.5, ys.min() * 0.5, (xs.max() + 1) * 0.5, (ys.max() + 1) * 0.5)
    assert _overlap(moved, expected) > 0.85
    assert abs((moved.x1 - moved.x0) - (expected.x1 - expected.x0)) < 4


# -- the per-cell maps the evidence images draw ---------------------------------------------------


@needs_sample
def test_a_method_map_peaks_on_its_finding_and_copy_move_has_none(tmp_path):
    path, _truth = _splice(tmp_path, 50, 92)
    picture = _picture(path)
    (f,) = jpeg_ghost.analyse(picture)
    grid, cell = image_methods.heat("jpeg_ghost", picture)
    assert cell == jpeg_ghost.CELL and grid.shape == (picture.size[1] // cell,
                                                      picture.size[0] // cell)
    assert 0.0 <= grid.min() and grid.max() <= 1.0
    inside = np.zeros(grid.shape, bool)
    inside[int(f.bbox.top) // cell:int(f.bbox.bottom) // cell,
           int(f.bbox.x0) // cell:int(f.bbox.x1) // cell] = True
    assert grid[inside].mean() > 0.5 > 0.1 > grid[~inside].mean()
    assert image_methods.heat("copy_move", picture) is None  # boxes alone show a copy
    assert image_methods.heat("editor_tag", picture) is None


@needs_sample
def test_the_noise_map_is_quiet_on_the_clean_photo_and_full_on_a_typed_patch(tmp_path):
    grid, cell = image_methods.heat("noise_level", _picture(PHOTO))
    assert cell == noise_level.CELL and (grid >= 0.5).mean() < 0.05  # FACTOR times off: rare
    with Image.open(PHOTO) as im:
        out = im.convert("RGB")
    paper = tuple(
        int(v) for v in np.median(np.asarray(out)[420:460, 250:420].reshape(-1, 3), axis=0)
    )
    out.paste(Image.new("RGB", (300, 130), paper), (250, 400))  # a clean patch of paper
    picture = _picture(_save(out, tmp_path / "补丁.jpg", 92))
    (f,) = noise_level.analyse(picture)
    grid, cell = image_methods.heat("noise_level", picture)
    box = grid[int(f.bbox.top) // cell:int(f.bbox.bottom) // cell,
               int(f.bbox.x0) // cell:int(f.bbox.x1) // cell]
    assert box.mean() > 0.9


def test_a_tone_the_compression_flattened_all_over_is_no_patch():
    """Where a picture's noise is faint, JPEG flattens many flat areas of one tone (the white
    bands of green-bar printer paper): a clean area of that tone is one of many, not a patch.
    The same clean area on paper whose tone is noisy everywhere else is one."""
    rng = np.random.default_rng(7)

    def page(flat_bands: bool) -> Picture:
        luma = np.clip(rng.normal(236.0, 1.5, (640, 960)), 0, 255)
        for i, top in enumerate((32, 224, 416)):  # bands of a lighter tone
            flat = flat_bands and i != 1
            luma[top:top + 128] = 246.0 + (0.0 if flat else rng.normal(0, 1.5, (128, 960)))
        luma[256:320, 320:640] = 246.0  # a clean area inside the middle band
        return Picture(luma.astype(np.uint8))

    banded = noise_level.analyse(page(flat_bands=True))
    assert [f for f in banded if f.score >= _limit(noise_level)] == []
    (f,) = noise_level.analyse(page(flat_bands=False))
    assert f.score >= _limit(noise_level) and _overlap(f.bbox, BBox(320, 256, 640, 320)) > 0.5


def test_a_printed_portrait_in_its_box_is_no_patch():
    """A clean region that is in good part print darker than the paper (a certificate's
    portrait, flat tones that print and JPEG leave noiseless, in the pale box round it) is a
    printed picture, not a patch of paper, though its median cell is the box's pale tone; a
    clean paper-toned patch of the same size on the same noisy paper still is one."""
    rng = np.random.default_rng(11)

    def page(portrait: bool) -> Picture:
        luma = np.clip(rng.normal(228.0, 2.0, (768, 1024)), 0, 255)
        top, left, h, w = 160, 640, 320, 224  # the box, right of the text
        luma[top:top + h, left:left + w] = 226.0  # flat, a shade off the paper
        if portrait:
            luma[top + 256:top + h, left + 32:left + 192] = 45.0  # the shoulders
            yy, xx = np.ogrid[:h, :w]
            head = ((yy - 176) / 72.0) ** 2 + ((xx - 112) / 48.0) ** 2 <= 1
            luma[top:top + h, left:left + w][head] = 160.0
        return Picture(luma.astype(np.uint8))

    found = noise_level.analyse(page(portrait=True))
    assert [f for f in found if f.score >= _limit(noise_level)] == []
    (f,) = noise_level.analyse(page(portrait=False))
    assert f.score >= _limit(noise_level) and _overlap(f.bbox, BBox(640, 160, 864, 480)) > 0.5


def test_a_clean_area_on_a_picture_with_noiseless_cells_elsewhere_is_no_patch():
    """A camera or scanner leaves noise on every cell of paper it sees; a picture a fifth of
    whose cells hold none (a screen capture's drawn panels, a render) has no noise floor to be
    cleaner than, so a clean box on it proves nothing. The same box on a picture whose other
    panels carry the capture's noise still is a patch."""
    rng = np.random.default_rng(23)

    def page(drawn_panels: bool) -> Picture:
        luma = np.clip(rng.normal(240.0, 1.2, (768, 1024)), 0, 255)
        for left in (64, 576):  # two wide panels of a darker tone, drawn or captured
            luma[64:288, left:left + 384] = 212.0 + (
                0.0 if drawn_panels else rng.normal(0, 1.2, (224, 384)))
        luma[448:512, 256:640] = 240.0  # a clean area of the paper's tone, low on the page
        return Picture(luma.astype(np.uint8))

    drawn = noise_level.analyse(page(drawn_panels=True))
    assert [f for f in drawn if f.score >= _limit(noise_level)] == []
    (f,) = noise_level.analyse(page(drawn_panels=False))
    assert f.score >= _limit(noise_level) and _overlap(f.bbox, BBox(256, 448, 640, 512)) > 0.5
