"""Rendering helpers for data/samples/generate.py (sample intake windows with ground truth).

Modules:
    ids        identifier arithmetic: GB 11643 ID numbers, GB 32100 credit codes, ISSN,
               diploma/degree numbers, the 2025 retirement schedule
    font       locating the CJK font (WenQuanYi) every document is rendered with
    layout     a tiny page model (text, lines, rectangles, seals, photos) shared by both backends
    backends   reportlab (born-digital PDF) and Pillow (page image) backends, scanner/camera
               degradations, scanned-PDF wrapping, tampering, corruption
    documents  one layout builder per document kind; each returns pages + truth lines + fields
"""
