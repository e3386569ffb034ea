"""One scan, two applicants (pipeline/forensics/same_scan.py and the DOC_TAMPERED window rule):
a real photo from the sample window edited with Pillow (a name painted over and retyped,
saved again as JPEG) is found as the same capture, on both applicants, with the changed
region boxed; two certificates printed on one template and photographed each on its own,
the same file uploaded twice and a photo saved again unchanged never are."""

from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from pipeline import policy as policies
from pipeline.checks._base import CheckContext
from pipeline.forensics import same_scan
from pipeline.model import ApplicantResult, BBox, PageView, Severity
from pipeline.read import get_engine, read_file
from pipeline.window_rules import doc_tampered, run_window_rules

ROOT = Path(__file__).resolve().parents[1]
WINDOW = ROOT / "data" / "samples" / "liuzhou-2024"
PHOTO = WINDOW / "applicants" / "LZ2024-0001" / "毕业证.jpg"
POLICY = policies.load("liuzhou-2024")
CTX = CheckContext(policy=POLICY, pensions=None, integrity={})
THRESHOLD = POLICY.thresholds.same_scan_min.value
EDIT = BBox(280, 330, 420, 365)  # the name on the diploma photo, painted over and retyped

pytestmark = pytest.mark.skipif(not PHOTO.exists(), reason="sample window not generated")


def _result(applicant: str, path: Path, name: str) -> ApplicantResult:
    doc = read_file(path, engine=get_engine("none"), name=name)
    return ApplicantResult(
        applicant_id=applicant,
        name="某",
        unit="某单位",
        department="",
        level="中级",
        pages=tuple(PageView.of(name, p) for p in doc.pages),
    )


def _edited(tmp_path: Path, quality: int = 85) -> Path:
    with Image.open(PHOTO) as im:
        out = im.convert("RGB")
    paper = tuple(
        int(v) for v in np.median(np.asarray(out)[420:460, 250:420].reshape(-1, 3), axis=0)
    )
    draw = ImageDraw.Draw(out)
    draw.rectangle((EDIT.x0, EDIT.top, EDIT.x1, EDIT.bottom), fill=paper)
    draw.text((EDIT.x0 + 5, EDIT.top + 5), "LI SI 1990", fill=(40, 40, 40))
    path = tmp_path / "毕业证.jpg"
    out.save(path, "JPEG", quality=quality)
    return path


def _overlap(a: BBox, b: BBox) -> bool:
    return min(a.x1, b.x1) > max(a.x0, b.x0) and min(a.bottom, b.bottom) > max(a.top, b.top)


def test_the_same_photo_with_a_name_retyped_is_one_capture_on_both_applicants(tmp_path):
    first = _result("A", PHOTO, "毕业证.jpg")
    second = _result("B", _edited(tmp_path, quality=95), "毕业证.jpg")
    match = same_scan.compare(
        same_scan.parse(first.pages[0].fingerprint), same_scan.parse(second.pages[0].fingerprint)
    )
    assert match is not None and match.score >= THRESHOLD and match.changed
    found, errors = run_window_rules([first, second], CTX)
    assert errors == []
    (fa,), (fb,) = found["A"], found["B"]
    assert fa.code == fb.code == "DOC_TAMPERED" and fa.reference == "B" and fb.reference == "A"
    assert match.score >= POLICY.thresholds.same_scan_sure.value
    assert fa.severity == fb.severity == Severity.HIGH
    assert "same_scan" in fb.message and "同一次扫描或拍摄" in fb.message and "复核" in fb.message
    assert any(
        e.bbox is not None and _overlap(e.bbox, EDIT) for e in fb.evidence
    )  # a photo without dpi: points are pixels
    assert all(e.file == "毕业证.jpg" and e.page_no == 1 for e in fa.evidence)
    # each boxed region names its method, score, threshold, box and how to check it (issue 13)
    for e in (*fa.evidence, *fb.evidence):
        m, b = e.measure, e.bbox
        assert m is not None and b is not None and m.threshold == THRESHOLD
        assert f"方法 same_scan，得分 {m.score:.3g}，阈值 {THRESHOLD:g}" in e.text
        assert f"({b.x0:.0f},{b.top:.0f})-({b.x1:.0f},{b.bottom:.0f})" in e.text
        assert e.text.endswith(same_scan.REPRODUCE) and e.text.count("复核：") == 1


def test_saved_again_at_a_low_quality_the_same_noise_asks_for_a_look_not_a_forgery(tmp_path):
    # a low-quality re-save keeps only part of the noise, about as much as two captures on one
    # scanner or of one finely textured template share (bench/bench_same_scan.py): medium
    first = _result("A", PHOTO, "毕业证.jpg")
    second = _result("B", _edited(tmp_path, quality=60), "毕业证.jpg")
    match = same_scan.compare(
        same_scan.parse(first.pages[0].fingerprint), same_scan.parse(second.pages[0].fingerprint)
    )
    assert match is not None and THRESHOLD <= match.score < POLICY.thresholds.same_scan_sure.value
    found, errors = run_window_rules([first, second], CTX, (doc_tampered,))
    assert errors == []
    (fa,), (fb,) = found["A"], found["B"]
    assert fa.code == fb.code == "DOC_TAMPERED" and fa.severity == fb.severity == Severity.MEDIUM
    assert "纸面噪声高度相似" in fb.message and "不足以断定篡改" in fb.message
    assert "同一次扫描或拍摄" not in fb.message and fb.found.endswith("纸面噪声高度相似")
    assert fb.message.endswith(same_scan.REPRODUCE)


def test_one_template_printed_twice_the_same_file_twice_and_a_plain_resave_are_not_flagged(
    tmp_path,
):
    truth = json.loads((WINDOW / "truth.json").read_text(encoding="utf-8"))["documents"]
    layout = truth["LZ2024-0001/毕业证.jpg"]["layout"]
    twins = sorted(
        k
        for k, v in truth.items()
        if v.get("layout") == layout and v["render"] == "photo" and not k.startswith("LZ2024-0001/")
    )[:3]
    assert twins, "no other diploma photo drawn in the same layout"
    results = [_result("A", PHOTO, "毕业证.jpg")]
    results += [_result(k.split("/")[0], WINDOW / "applicants" / k, k.split("/")[1]) for k in twins]
    results.append(
        _result("COPY", PHOTO, "毕业证.jpg")
    )  # the same file uploaded by another applicant
    with Image.open(PHOTO) as im:
        im.convert("RGB").save(tmp_path / "again.jpg", "JPEG", quality=90)
    results.append(_result("RESAVED", tmp_path / "again.jpg", "毕业证.jpg"))
    for twin in results[1 : len(twins) + 1]:
        match = same_scan.compare(
            same_scan.parse(results[0].pages[0].fingerprint),
            same_scan.parse(twin.pages[0].fingerprint),
        )
        assert match is None or match.score < 0.3, twin.applicant_id
    found, errors = run_window_rules(results, CTX, (doc_tampered,))
    assert errors == [] and all(flags == () for flags in found.values())


def test_a_fingerprint_survives_the_store_and_another_version_is_ignored():
    from pipeline.serialize import result_from_json, result_to_json

    result = _result("A", PHOTO, "毕业证.jpg")
    assert result.pages[0].fingerprint and len(result.pages[0].fingerprint) < 8000
    assert result_from_json(result_to_json(result)) == result
    assert (
        same_scan.parse("s0:" + result.pages[0].fingerprint[3:]) is None
        and same_scan.parse(None) is None
    )


def test_saved_again_at_another_quality_is_still_the_same_capture():
    with Image.open(PHOTO) as im:
        buffer = io.BytesIO()
        im.convert("RGB").save(buffer, "JPEG", quality=75)
    from pipeline.read import images

    a = same_scan.parse(same_scan.fingerprint(images.picture_of_bytes(PHOTO.read_bytes(), 1, "a")))
    b = same_scan.parse(same_scan.fingerprint(images.picture_of_bytes(buffer.getvalue(), 1, "b")))
    match = same_scan.compare(a, b)
    assert match is not None and match.score >= THRESHOLD and match.changed == ()


def test_one_digital_template_drawn_for_two_people_is_not_one_capture(tmp_path):
    # an app screenshot or electronic certificate: the same pixels but for the names, no noise
    results = []
    for applicant, name in (("A", "ZHANG SAN 1985"), ("B", "LI SI 1990")):
        page = Image.new("RGB", (600, 900), (246, 246, 246))
        draw = ImageDraw.Draw(page)
        for row in range(8):
            draw.rectangle(
                (20, 60 + 90 * row, 580, 130 + 90 * row),
                fill=(255, 255, 255),
                outline=(220, 220, 220),
            )
            draw.text((40, 85 + 90 * row), f"FIELD {row}", fill=(90, 90, 90))
        draw.text((360, 85), name, fill=(20, 20, 20))
        path = tmp_path / f"{applicant}.jpg"
        page.save(path, "JPEG", quality=90)
        results.append(_result(applicant, path, "学信网截图.jpg"))
    a, b = (same_scan.parse(r.pages[0].fingerprint) for r in results)
    assert a.noise < same_scan.NOISE_MIN and same_scan.compare(a, b) is None
    found, errors = run_window_rules(results, CTX, (doc_tampered,))
    assert errors == [] and all(flags == () for flags in found.values())


def test_the_report_shows_both_copies_side_by_side_with_the_difference_framed(tmp_path):
    """Each applicant's evidence image puts the region that differs on its own page beside
    the same region of the other applicant's page (the other's name retyped there), both
    framed; what is shown travels through the store with the flag."""
    import shutil

    from pipeline.report.evidence import GAP, LABEL_HEIGHT, cut_evidence
    from pipeline.serialize import result_from_json, result_to_json

    folders = {aid: tmp_path / aid for aid in ("A", "B")}
    for folder in folders.values():
        folder.mkdir()
    shutil.copy(PHOTO, folders["A"] / "毕业证.jpg")
    _edited(tmp_path).replace(folders["B"] / "毕业证.jpg")
    results = [_result(aid, folders[aid] / "毕业证.jpg", "毕业证.jpg") for aid in folders]
    found, errors = run_window_rules(results, CTX, (doc_tampered,))
    assert errors == []
    (flag,) = found["B"]
    b = results[1]
    b = ApplicantResult(**{**{k: getattr(b, k) for k in b.__slots__}, "flags": (flag,)})
    assert result_from_json(result_to_json(b)) == b
    on_name = [e for e in flag.evidence if e.bbox is not None and _overlap(e.bbox, EDIT)]
    assert on_name
    evidence = on_name[0]
    m = evidence.measure
    assert m.method == same_scan.METHOD and m.other_applicant == "A"
    assert m.other_page.file == "毕业证.jpg" and m.other_page.fingerprint is None
    assert _overlap(m.other_bbox, EDIT)  # the same region of the paper on A's page

    cut = cut_evidence(b, folders["B"], tmp_path / "reports", folders=folders)
    image = cut[evidence]
    assert "申报人 A" in image.legend and "same_scan" in image.legend
    rgb = np.asarray(
        Image.open(tmp_path / "reports" / image.src).convert("RGB")
    ).astype(int)
    side = (rgb.shape[1] - GAP) // 2
    assert rgb.shape[1] == 2 * side + GAP
    left, right = rgb[LABEL_HEIGHT:, :side], rgb[LABEL_HEIGHT:, side + GAP :]
    assert (rgb[:, side + GAP // 2] == 150).all()  # the line between the two copies
    # the same region of one capture: alike but where the name was retyped
    red = [np.abs(half - (220, 0, 0)).sum(axis=2) < 60 for half in (left, right)]
    red = red[0] & red[1]
    assert red.sum() > 50  # both frames at the same place
    differ = np.abs(left - right).sum(axis=2) > 90
    assert differ.sum() > 200
    # without the other folder, this copy alone, saying so
    alone = cut_evidence(b, folders["B"], tmp_path / "reports2")
    assert "对方文件未能打开" in alone[evidence].legend
