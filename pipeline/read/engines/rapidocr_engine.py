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
from pipeline.read.engines.base import OcrWord, file_fingerprint, package_version, quad_to_box

if TYPE_CHECKING:
    from PIL import Image

_ORIENT_SIDE = 960  # orientation is judged on a copy no longer than this
_ORIENT_CROPS = 12  # text lines the direction classifier votes with
_PARTS = ("Det", "Rec", "Cls")


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
                f"OCR engine 'rapidocr' needs rapidocr-onnxruntime: pip install rapidocr-onnxruntime ({error})"
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

    def _detect(self, bgr: Any) -> Any:
        boxes, _elapse = self._ocr.text_det(bgr)
        if boxes is None or len(boxes) == 0:
            return None
        return boxes


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
        raise MissingDependency(f"OCR engine 'rapidocr': model file(s) missing from the install: {', '.join(missing)}")
    return models


def _bgr(image: Image.Image) -> Any:
    """A contiguous BGR uint8 array, as OpenCV-based engines expect."""
    import numpy as np

    rgb = np.asarray(image.convert("RGB"))
    return np.ascontiguousarray(rgb[:, :, ::-1])
