"""A pen ring drawn into a PDF's page round a printed word (a chosen option ringed) is seen
by the text-layer reader; a table's boxes and rules, an open stroke and a large loop are not."""

from __future__ import annotations

import math

import pymupdf

from pipeline.read import text_layer


def _ring(page: pymupdf.Page, cx: float, cy: float, rx: float, ry: float, turn: float) -> None:
    n = 40
    points = [pymupdf.Point(cx + rx * math.cos(turn * 2 * math.pi * k / n),
                            cy + ry * math.sin(turn * 2 * math.pi * k / n)) for k in range(n + 1)]
    for a, b in zip(points, points[1:]):
        page.draw_line(a, b, color=(0.1, 0.1, 0.5), width=1.2)


def test_a_hand_ring_round_a_word_is_seen_and_boxes_and_arcs_are_not():
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    for x, word in ((100, "Pass"), (200, "Fail")):
        page.insert_text((x, 400), word, fontsize=12)
    _ring(page, 210, 396, 24, 12, 1.05)  # round "Fail", running a little past its start
    _ring(page, 110, 300, 24, 12, 0.5)  # half an arc: no ring
    _ring(page, 300, 500, 200, 150, 1.0)  # a loop round half the page: no ring of a word
    page.draw_rect(pymupdf.Rect(90, 380, 150, 410), color=(0, 0, 0), width=0.5)  # a cell
    for y in (370.0, 420.0):  # a table's rules
        page.draw_line(pymupdf.Point(50, y), pymupdf.Point(545, y), color=(0, 0, 0))
    found = text_layer.rings(page)
    assert len(found) == 1
    ring = found[0]
    assert ring.x0 < 200 < 230 < ring.x1 and ring.top < 390 < 400 < ring.bottom
