"""PaddleOCR itself (optional), for sites that hold its model files.

Model directories are configured by path, from options (``det_model_dir``,
``rec_model_dir``, ``cls_model_dir``) or from ``CREDCHECK_PADDLEOCR_MODEL_DIR``, a folder with
sub-folders ``det``, ``rec`` and optionally ``cls``. Nothing is ever downloaded: a missing
folder is an error before paddleocr is asked for anything.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.errors import MissingDependency, OcrFailed
from pipeline.read.engines.base import OcrWord, package_version, quad_to_box
from pipeline.read.engines.rapidocr_engine import _bgr

if TYPE_CHECKING:
    from PIL import Image

ENV_MODEL_DIR = "CREDCHECK_PADDLEOCR_MODEL_DIR"


class PaddleOcrEngine:
    """PaddleOCR 2.x (`ocr()`) or 3.x (`predict()`) with local model folders only."""

    name = "paddleocr"

    def __init__(self, **options: Any) -> None:
        dirs = _model_dirs(options)
        threads = options.pop("threads", None)  # CPU threads per page, as the other engines take
        if threads is not None:
            options.setdefault("cpu_threads", int(threads))
        try:
            import paddleocr
        except ImportError as error:
            raise MissingDependency(
                "OCR engine 'paddleocr' needs paddleocr and paddlepaddle: "
                f"pip install 'credcheck[paddleocr]' ({error})"
            ) from error
        version = package_version("paddleocr", self.name, "'credcheck[paddleocr]'")
        self._v3 = int(version.split(".")[0]) >= 3
        try:
            if self._v3:
                self._ocr = paddleocr.PaddleOCR(
                    text_detection_model_dir=str(dirs["det"]),
                    text_recognition_model_dir=str(dirs["rec"]),
                    textline_orientation_model_dir=str(dirs["cls"]) if "cls" in dirs else None,
                    use_textline_orientation="cls" in dirs,
                    use_doc_orientation_classify=False,
                    use_doc_unwarping=False,
                    **options,
                )
            else:
                self._ocr = paddleocr.PaddleOCR(
                    det_model_dir=str(dirs["det"]),
                    rec_model_dir=str(dirs["rec"]),
                    cls_model_dir=str(dirs["cls"]) if "cls" in dirs else None,
                    use_angle_cls="cls" in dirs,
                    show_log=False,
                    **options,
                )
        except Exception as error:  # noqa: BLE001
            raise OcrFailed(
                f"paddleocr could not load models from {dirs['det'].parent}: {error}"
            ) from error
        self._identity = _identity(version, dirs)

    @classmethod
    def identity_for(cls, **options: Any) -> str:
        """``paddleocr <version> det=<folder> rec=<folder> [cls=<folder>]``: the package's
        version from its metadata and the model folders' names; no model is loaded."""
        dirs = _model_dirs(dict(options))
        return _identity(package_version("paddleocr", cls.name, "'credcheck[paddleocr]'"), dirs)

    def identity(self) -> str:
        return self._identity

    def recognize(self, image: Image.Image) -> list[OcrWord]:
        try:
            if self._v3:
                words = []
                for res in self._ocr.predict(_bgr(image)):
                    for text, score, poly in zip(
                        res["rec_texts"], res["rec_scores"], res["rec_polys"], strict=False
                    ):
                        if str(text).strip():
                            words.append(
                                OcrWord(str(text).strip(), quad_to_box(poly), float(score))
                            )
                return words
            result = self._ocr.ocr(_bgr(image), cls=True)
        except Exception as error:  # noqa: BLE001
            raise OcrFailed(f"paddleocr failed: {error}") from error
        return [
            OcrWord(str(text).strip(), quad_to_box(quad), float(score))
            for quad, (text, score) in (result[0] if result else []) or []
            if str(text).strip()
        ]


def _identity(version: str, dirs: dict[str, Path]) -> str:
    return f"paddleocr {version} " + " ".join(f"{k}={p.name}" for k, p in sorted(dirs.items()))


def _model_dirs(options: dict[str, Any]) -> dict[str, Path]:
    """The det/rec(/cls) folders from options (popped) or the environment; det and rec must
    exist."""
    root = os.environ.get(ENV_MODEL_DIR)
    dirs: dict[str, Path] = {}
    for part in ("det", "rec", "cls"):
        given = options.pop(f"{part}_model_dir", None)
        if given:
            dirs[part] = Path(given)
        elif root and (Path(root) / part).is_dir():
            dirs[part] = Path(root) / part
    missing = [p for p in ("det", "rec") if p not in dirs or not dirs[p].is_dir()]
    if missing:
        raise MissingDependency(
            f"OCR engine 'paddleocr' needs local model folders ({', '.join(missing)} not found): "
            f"set {ENV_MODEL_DIR} to a folder with det/, rec/ (and cls/) sub-folders, or pass "
            "det_model_dir=/rec_model_dir=; models are never downloaded"
        )
    return dirs
