"""What every reviewers' page shares: the template environment (autoescaped, identity numbers
masked in every value) and the page frame; pages are written with
:func:`pipeline.atomic.write_private`.

Pages are Jinja2 templates shipped with the package (``pipeline/report/templates``): each
page module builds plain view data (dataclasses, strings, numbers) and hands it to
:func:`render`; the templates lay it out. Escaping is the environment's, never the caller's:
autoescape is on, so a value can only become text or an attribute value, never markup, and
every value printed is masked first (:func:`pipeline.redact.mask_text`). An undefined name is
an error (``StrictUndefined``), not an empty string.

Template sources are written one element to a line for reading; a line break in an
``.html.j2`` template and the indentation after it are not part of the output (write a space
where one is meant), so a page comes out as compact as it was built before, and Chinese text
broken over two lines does not gain a space.

Pages must work opened from a file share with no network: the style sheet (``style.css``) and
scripts (``*.js``) are included inline, images are files beside the page, nothing is fetched
from anywhere.
"""

from __future__ import annotations

import re
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from jinja2.ext import Extension
from markupsafe import Markup

from pipeline.redact import mask_text

_LINE_BREAK = re.compile(r"\n[ \t]*")


class _JoinLines(Extension):
    """Drop each line break and the indentation after it from ``.html.j2`` sources (style
    sheets and scripts are left as they are)."""

    def preprocess(self, source: str, name: str | None, filename: str | None = None) -> str:
        if name is not None and name.endswith(".html.j2"):
            return _LINE_BREAK.sub("", source)
        return source


def _finalize(value: object) -> object:
    """Every printed value: ``None`` prints nothing, identity numbers are masked. Markup (a
    macro's output, a filter's) stays markup, masked too: a number in it can only be text."""
    if value is None:
        return ""
    if isinstance(value, Markup):
        return Markup(mask_text(str(value)))
    return mask_text(str(value))


ENV = Environment(
    loader=PackageLoader("pipeline.report", "templates"),
    autoescape=select_autoescape(("html", "html.j2"), default_for_string=True, default=True),
    undefined=StrictUndefined,
    finalize=_finalize,
    extensions=[_JoinLines],
    keep_trailing_newline=True,  # included style sheets and scripts come out byte for byte
)


def render(template: str, **context: Any) -> str:
    """A page (or a fragment) from its template and view data."""
    return ENV.get_template(template).render(**context)
