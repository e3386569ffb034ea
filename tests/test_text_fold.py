from __future__ import annotations

from pipeline.text import fold_traditional


def test_fold_keeps_positions_and_simplified_text():
    text = "職稱證書 張偉 高級經濟師 2019年"
    folded = fold_traditional(text)
    assert folded == "职称证书 张伟 高级经济师 2019年"
    assert len(folded) == len(text)
    assert fold_traditional("柳州某某科技有限公司") == "柳州某某科技有限公司"


def test_fold_leaves_characters_with_two_readings():
    """乾 (干/乾) and 於 (于/於) have more than one simplified form: kept as written."""
    assert fold_traditional("乾於") == "乾於"
