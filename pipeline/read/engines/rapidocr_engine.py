"""PP-OCR (PP-OCRv4 det + rec, mobile v2 direction classifier) through rapidocr-onnxruntime.

The default engine: its ONNX weights ship inside the registry package, so nothing is
downloaded at run time. This module is the only place that knows rapidocr's quirks (BGR
arrays, quadrilateral boxes, its `(result, elapse)` tuples) and turns its errors into
:class:`~pipeline.errors.OcrFailed`.
"""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.errors import MissingDependency, OcrFailed
from pipeline.read.engines.base import (
    OcrWord,
    UprightRead,
    file_fingerprint,
    package_version,
    quad_to_box,
)

if TYPE_CHECKING:
    from PIL import Image

_ORIENT_SIDE = 960  # orientation is judged on a copy no longer than this
_ORIENT_CROPS = 12  # text lines the direction classifier votes with
_PARTS = ("Det", "Rec", "Cls")
_THIN = 8.0  # a page longer than this many times its width is padded before detection ...
_PADDED = 4.0  # ... to this aspect ratio, so the detector's short-side scaling stays linear
_MIN_LEVEL = 0.3  # degrees: boxes leaning less than this are level (no skew)
_MAX_SKEW = 10.0


class RapidOcrEngine:
    """PP-OCRv4 on ONNX Runtime. Options are rapidocr's own keyword arguments
    (e.g. ``text_score=0.5``, ``det_model_path=...``); ``threads`` sets ONNX Runtime's
    intra-op threads for all three models."""

    name = "rapidocr"

    def __init__(self, **options: Any) -> None:
        try:
            from rapidocr_onnxruntime import RapidOCR
        except ImportError as error:  # pragma: no cover - depends on the install
            raise MissingDependency(
                f"OCR engine 'rapidocr' needs rapidocr-onnxruntime: "
                f"pip install rapidocr-onnxruntime ({error})"
            ) from error
        threads = options.pop("threads", None)
        if threads is not None:
            for part in ("det", "cls", "rec"):
                options.setdefault(f"{part}_intra_op_num_threads", int(threads))
            options.setdefault("intra_op_num_threads", int(threads))
        try:
            self._ocr = RapidOCR(**options)
        except Exception as error:  # noqa: BLE001 - a broken install or model path
            raise OcrFailed(f"rapidocr could not load its models: {error}") from error
        self._identity = self.identity_for(**options)

    @classmethod
    def identity_for(cls, **options: Any) -> str:
        """``rapidocr <version> onnxruntime <version> <det> <rec> <cls>``, without loading a model.

        A model the wheel ships is named by its file's stem (the wheel's version fixes its
        bytes), exactly as before this was computed without loading; a model given by path
        (``det_model_path=`` ...) by its stem, size and hash (``stem@size:sha256[:12]``).
        """
        shipped = _shipped_models()
        models = []
        for part in _PARTS:
            given = options.get(f"{part.lower()}_model_path")
            if given:
                path = Path(str(given))
                models.append(f"{path.stem.removesuffix('_infer')}@{file_fingerprint(path)}")
            else:
                models.append(shipped[part].stem.removesuffix("_infer"))
        return (
            f"rapidocr {package_version('rapidocr-onnxruntime', cls.name)} "
            f"onnxruntime {package_version('onnxruntime', cls.name)} " + " ".join(models)
        )

    def identity(self) -> str:
        return self._identity

    def recognize(self, image: Image.Image) -> list[OcrWord]:
        try:
            result, _elapse = self._ocr(_bgr(image))
        except Exception as error:  # noqa: BLE001 - rapidocr raises anything
            raise OcrFailed(f"rapidocr failed: {error}") from error
        words = []
        for quad, text, score in result or []:
            text = str(text).strip()
            if text:
                words.append(OcrWord(text, quad_to_box(quad), float(score)))
        return words

    def orientation(self, image: Image.Image) -> tuple[int, float] | None:
        """Turn (clockwise degrees) that makes the page upright: the text detector's box
        shapes tell sideways from upright, the PP-OCR direction classifier tells 0 from 180."""
        import numpy as np

        small = image.copy()
        small.thumbnail((_ORIENT_SIDE, _ORIENT_SIDE))
        try:
            boxes = self._detect(np.asarray(_bgr(small)))
            if boxes is None:
                return None
            wide = tall = 0.0
            for quad in boxes:
                w = float(np.linalg.norm(quad[0] - quad[1]))
                h = float(np.linalg.norm(quad[0] - quad[3]))
                if w > 1.5 * h:
                    wide += w * h
                elif h > 1.5 * w:
                    tall += w * h
            base = 90 if tall > wide else 0
            if base:
                small = small.rotate(-90, expand=True)
                boxes = self._detect(np.asarray(_bgr(small)))
                if boxes is None:
                    return None
            boxes = sorted(
                boxes,
                key=lambda q: -float(np.linalg.norm(q[0] - q[1]) * np.linalg.norm(q[0] - q[3])),
            )[:_ORIENT_CROPS]
            crops = self._ocr.get_crop_img_list(np.asarray(_bgr(small)), boxes)
            _imgs, cls_res, _elapse = self._ocr.text_cls(crops)
        except Exception as error:  # noqa: BLE001
            raise OcrFailed(f"rapidocr orientation failed: {error}") from error
        up = sum(float(s) for label, s in cls_res if str(label) == "0")
        down = sum(float(s) for label, s in cls_res if str(label) == "180")
        if up + down == 0:
            return None
        flip = 180 if down > up else 0
        axis_conf = abs(tall - wide) / max(tall + wide, 1e-9)
        return (base + flip) % 360, min(axis_conf, abs(up - down) / (up + down))

    def read_upright(self, image: Image.Image) -> UprightRead:
        """One detection at the engine's resolution; orientation from the boxes' shapes (wide
        lines: upright or upside down; tall: sideways) and the direction classifier on the
        largest few crops (0 or 180); skew from the boxes' angles; the crops recognised as
        rapidocr recognises them. A page that must be turned is detected a second time the
        right way up (PP-OCR's detector misses small glyphs upside down: the real
        upside-down crop of bench/bench_real_ocr.py); an upright page, the usual case, once.
        Every step costs at most linear time in the page's pixels: a page far longer than it is
        wide is padded, not scaled up, before detection."""
        import numpy as np

        ocr = self._ocr
        try:
            raw = _bgr(image)
            raw_h, raw_w = raw.shape[:2]
            img, _rh, _rw = ocr.preprocess(raw)  # the longest side at most 2000 px, as rapidocr
            quads = self._detect_page(img)
            if not quads:
                return UprightRead(0, 0.0, (), ())
            wide = tall = 0.0
            for q in quads:
                qw, qh = float(np.linalg.norm(q[0] - q[1])), float(np.linalg.norm(q[0] - q[3]))
                if qw > 1.5 * qh:
                    wide += qw * qh
                elif qh > 1.5 * qw:
                    tall += qw * qh
            turn = 90 if tall > wide else 0
            frame, quads = self._turned(img, quads, turn)
            largest = sorted(range(len(quads)), key=lambda i: -_area(quads[i]))[:_ORIENT_CROPS]
            _imgs, votes, _elapse = ocr.text_cls(
                ocr.get_crop_img_list(frame, [quads[i] for i in largest]))
            up = sum(float(score) for label, score in votes if str(label) == "0")
            down = sum(float(score) for label, score in votes if str(label) == "180")
            if down > up:
                frame, quads = self._turned(frame, quads, 180)
                turn += 180
            if turn:  # the detector finds small glyphs better the right way up: detect again
                quads = self._detect_page(frame)
                if not quads:
                    return UprightRead(turn % 360, 0.0, (), ())
            order = _reading_order(quads)
            quads = [quads[i] for i in order]
            crops = ocr.get_crop_img_list(frame, quads)
            if ocr.use_cls:
                crops, _cls, _elapse = ocr.text_cls(crops)
            recognised, _elapse = ocr.text_rec(crops, False)
        except Exception as error:  # noqa: BLE001 - rapidocr raises anything
            raise OcrFailed(f"rapidocr failed: {error}") from error
        # back to the raw image's pixels, turned
        tw, th = (raw_w, raw_h) if turn % 180 == 0 else (raw_h, raw_w)
        fw, fh = frame.shape[1], frame.shape[0]
        sx, sy = tw / max(fw, 1), th / max(fh, 1)
        words, kept = [], []
        for quad, res in zip(quads, recognised, strict=True):
            text, score = str(res[0]).strip(), float(res[1])
            if not text or score < ocr.text_score:
                continue
            q = tuple((float(x) * sx, float(y) * sy) for x, y in quad)
            words.append(OcrWord(text, quad_to_box(q), score))
            kept.append(q)
        return UprightRead(turn % 360, _skew(kept), tuple(words), tuple(kept))  # type: ignore[arg-type]

    def _detect_page(self, img: Any) -> list[Any]:
        """The text quadrilaterals of a page (float32, in `img`'s pixels): one detector call,
        on the page padded when it is thin (:func:`_pad_thin`)."""
        import numpy as np

        h, w = img.shape[:2]
        padded, top, left = _pad_thin(img)
        found, _elapse = self._ocr.text_det(padded)
        if found is None or len(found) == 0:
            return []
        shift, limit = np.array([left, top], dtype=np.float32), np.array([w, h], dtype=np.float32)
        return [np.clip(q - shift, 0, limit).astype(np.float32) for q in found]

    def _turned(self, img: Any, quads: list[Any], turn: int) -> tuple[Any, list[Any]]:
        """The image turned `turn` degrees clockwise, and the quads with it (corners
        reordered top-left first, as the detector gives them)."""
        import numpy as np

        if not turn:
            return img, quads
        h, w = img.shape[:2]
        if turn == 90:
            out = np.ascontiguousarray(np.rot90(img, k=-1))
            moved = [np.stack([h - q[:, 1], q[:, 0]], axis=1) for q in quads]
        else:  # 180
            out = np.ascontiguousarray(img[::-1, ::-1])
            moved = [np.stack([w - q[:, 0], h - q[:, 1]], axis=1) for q in quads]
        order = self._ocr.text_det.order_points_clockwise
        return out, [order(q.astype(np.float32)) for q in moved]

    def _detect(self, bgr: Any) -> Any:
        boxes, _elapse = self._ocr.text_det(bgr)
        if boxes is None or len(boxes) == 0:
            return None
        return boxes


def _pad_thin(img: Any) -> tuple[Any, int, int]:
    """`img` padded (white) to at most :data:`_PADDED`:1 when it is thinner than
    :data:`_THIN`:1 either way, and the top and left padding. The detector scales a page's
    short side up to 736 px, so a 1167x54 strip unpadded would be detected at 15,900x736."""
    import cv2

    h, w = img.shape[:2]
    if w > _THIN * h:
        pad = int((w / _PADDED - h) / 2)
        return cv2.copyMakeBorder(img, pad, pad, 0, 0, cv2.BORDER_CONSTANT,
                                  value=(255, 255, 255)), pad, 0
    if h > _THIN * w:
        pad = int((h / _PADDED - w) / 2)
        return cv2.copyMakeBorder(img, 0, 0, pad, pad, cv2.BORDER_CONSTANT,
                                  value=(255, 255, 255)), 0, pad
    return img, 0, 0


def _area(quad: Any) -> float:
    import numpy as np

    return float(np.linalg.norm(quad[0] - quad[1]) * np.linalg.norm(quad[0] - quad[3]))


def _reading_order(quads: list[Any]) -> list[int]:
    """Indices of the quads top to bottom, left to right within a line (rapidocr's
    ``sorted_boxes``: by top-left corner, neighbours less than 10 px apart in height swapped
    into left-to-right order)."""
    order = sorted(range(len(quads)), key=lambda i: (float(quads[i][0][1]), float(quads[i][0][0])))
    for i in range(len(order) - 1):
        for j in range(i, -1, -1):
            a, b = quads[order[j]], quads[order[j + 1]]
            if abs(float(b[0][1]) - float(a[0][1])) < 10 and float(b[0][0]) < float(a[0][0]):
                order[j], order[j + 1] = order[j + 1], order[j]
            else:
                break
    return order


def _skew(quads: list[Any]) -> float | None:
    """Counter-clockwise degrees that level the lines: the length-weighted median angle of
    the long edges of the boxes at least three times as long as they are high; 0.0 when
    that is under :data:`_MIN_LEVEL`; None when no box is long enough to tell (a few single
    glyphs: a box round one character has no direction)."""
    import math

    angles = []
    for (x0, y0), (x1, y1), (x2, y2), (x3, y3) in quads:
        length = math.hypot(x1 - x0, y1 - y0)
        height = math.hypot(x3 - x0, y3 - y0)
        if length < 3 * max(height, 1.0):
            continue
        top = math.degrees(math.atan2(y1 - y0, x1 - x0))
        bottom = math.degrees(math.atan2(y2 - y3, x2 - x3))
        angles.append(((top + bottom) / 2, length))
    if not angles:
        return None
    angles.sort()
    half, run, angle = sum(weight for _a, weight in angles) / 2, 0.0, 0.0
    for angle, weight in angles:  # noqa: B007 - the loop stops at the weighted median
        run += weight
        if run >= half:
            break
    if abs(angle) < _MIN_LEVEL or abs(angle) > _MAX_SKEW:
        return 0.0
    return round(angle, 1)


@functools.cache
def _shipped_models() -> dict[str, Path]:
    """The model files rapidocr-onnxruntime's own config.yaml names, found without importing
    the package (importing it loads ONNX Runtime and OpenCV)."""
    spec = importlib.util.find_spec("rapidocr_onnxruntime")
    if spec is None or spec.origin is None:
        raise MissingDependency(
            "OCR engine 'rapidocr' needs rapidocr-onnxruntime: pip install rapidocr-onnxruntime"
        )
    import yaml

    root = Path(spec.origin).parent
    config = yaml.safe_load((root / "config.yaml").read_text(encoding="utf-8"))
    models = {part: root / str(config[part]["model_path"]) for part in _PARTS}
    missing = [str(path) for path in models.values() if not path.is_file()]
    if missing:
        raise MissingDependency(f"OCR engine 'rapidocr': model file(s) missing from the "
                                f"install: {', '.join(missing)}")
    return models


def _bgr(image: Image.Image) -> Any:
    """A contiguous BGR uint8 array, as OpenCV-based engines expect."""
    import numpy as np

    rgb = np.asarray(image.convert("RGB"))
    return np.ascontiguousarray(rgb[:, :, ::-1])
