"""The smallest complete engine: finds no words. For text-layer-only runs, and the template
for new engines (OCRmyPDF's NullOcrEngine)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL import Image

    from pipeline.read.engines.base import OcrWord


class NullEngine:
    """Recognises nothing; pages without a usable text layer come out empty."""

    name = "none"

    def __init__(self, **options: object) -> None:
        del options

    @classmethod
    def identity_for(cls, **options: object) -> str:
        del options
        return "none 1"

    def identity(self) -> str:
        return self.identity_for()

    def recognize(self, image: Image.Image) -> list[OcrWord]:
        del image
        return []
