"""The reader caches image-forensics findings under ``image_methods.VERSION``: a change to any
method's code must come with a new version, or every cached picture keeps its old findings
(round 17's noise_level rule was first re-screened against stale findings that way).

The fingerprint is of the methods' code (their syntax trees, docstrings and comments left out),
so rewording a docstring needs no bump; changing what a method computes does.
"""

from __future__ import annotations

import ast
import hashlib
from pathlib import Path

from pipeline.forensics import image_methods

#: The modules whose code decides the cached findings.
METHOD_MODULES = ("copy_move", "editor_tag", "jpeg_ghost", "noise_level", "picture",
                  "image_methods")
#: The fingerprint each version was released with: add a line when bumping VERSION.
FINGERPRINTS = {
    "image-forensics-7": "022f7d082a16b976",
    "image-forensics-8": "fcb059dbc17f5a4f",
    "image-forensics-9": "1e3e79cbfc83fe69",
}


def _without_docstrings(tree: ast.AST) -> ast.AST:
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (isinstance(body, list) and body and isinstance(body[0], ast.Expr)
                and isinstance(body[0].value, ast.Constant)
                and isinstance(body[0].value.value, str)):
            node.body = body[1:] or [ast.Pass()]  # type: ignore[attr-defined]
    return tree


def fingerprint() -> str:
    """A hash of the forensic methods' code, less docstrings, comments and the VERSION line."""
    folder = Path(image_methods.__file__).parent
    digest = hashlib.sha256()
    for name in METHOD_MODULES:
        tree = _without_docstrings(ast.parse((folder / f"{name}.py").read_text(encoding="utf-8")))
        if isinstance(tree, ast.Module):
            tree.body = [n for n in tree.body
                         if not (isinstance(n, ast.Assign | ast.AnnAssign)
                                 and "VERSION" in ast.dump(n.targets[0] if isinstance(n, ast.Assign)
                                                           else n.target))]
        digest.update(ast.dump(tree).encode())
    return digest.hexdigest()[:16]


def test_a_change_to_the_forensic_methods_comes_with_a_new_version():
    found = fingerprint()
    assert image_methods.VERSION in FINGERPRINTS, (
        f"record the fingerprint of {image_methods.VERSION}: {found}")
    assert FINGERPRINTS[image_methods.VERSION] == found, (
        f"the forensic methods changed since {image_methods.VERSION} (fingerprint {found}): "
        "bump VERSION in pipeline/forensics/image_methods.py so cached findings are redone, "
        "and record the new fingerprint here")


def test_the_fingerprint_ignores_docstrings_but_not_code():
    plain = ast.dump(_without_docstrings(ast.parse('def f():\n    """Say."""\n    return 1\n')))
    reworded = ast.dump(_without_docstrings(ast.parse('def f():\n    """Tell."""\n    return 1\n')))
    changed = ast.dump(_without_docstrings(ast.parse('def f():\n    """Say."""\n    return 2\n')))
    assert plain == reworded != changed
