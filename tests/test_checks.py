"""Each form-based rule: one case that must fire and one that must not, per flags.md row."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.checks import (
    ALL_CHECKS,
    appointment_years_short,
    id_number_invalid,
    integrity_record,
    level_skip,
    material_missing,
    not_eligible_unit,
    paper_after_deadline,
    retirement_age,
    run_checks,
    seal_missing,
    ss_continuity_short,
    ss_freelancer_unit_paid,
    ss_no_record,
    ss_unit_mismatch,
    tenure_short,
    work_history_conflict,
)
from pipeline.ingest.references import IntegrityRecord
from pipeline.model import Page, PageQuality, ReadDocument
from tests.factories import BASE_FORM, case, context, form, id_number, months, pension_rows

ID = BASE_FORM["id_number"]
FULL_PENSIONS = pension_rows(ID, months("2012-07", "2024-06"))


def codes(module, application, ctx=None, **case_kwargs):
    return [f.code for f in module.check(case(application, **case_kwargs),
                                         ctx or context(FULL_PENSIONS))]


def test_base_form_is_clean_for_every_form_rule_except_materials():
    flags, errors = run_checks(case(form()), context(FULL_PENSIONS))
    assert errors == []
    assert {f.code for f in flags} == {"MATERIAL_MISSING"}  # no uploads in a bare case


@pytest.mark.parametrize("number, fires", [
    (ID, False),
    (ID[:-1] + ("0" if ID[-1] != "0" else "1"), True),  # wrong check digit
    ("45020219901312123X", True),  # month 13
    ("4502021990031212", True),  # too short
    ("11010519491231002X", False),  # GB 11643 Annex A example
])
def test_id_number_invalid(number, fires):
    assert bool(codes(id_number_invalid, form(id_number=number))) is fires


def test_not_eligible_unit():
    assert codes(not_eligible_unit, form(unit={"type": "civil_service"})) == ["NOT_ELIGIBLE_UNIT"]
    assert codes(not_eligible_unit, form()) == []


@pytest.mark.parametrize("body17, fires", [
    ("45020219640512121", True),  # man born 1964-05: 60 in 2024-05, before the 2025 schedule
    ("45020219650312121", False),  # man born 1965-03: delayed to 60y1m → 2025-04, after 2024
    ("45020219690312122", True),  # woman (even 17th digit) born 1969-03: 55 in 2024-03
    ("45020219700112122", False),  # woman born 1970-01: F55 delayed by 1 month → 2025-02
])
def test_retirement_age_uses_the_2025_schedule(body17, fires):
    assert bool(codes(retirement_age, form(id_number=id_number(body17)))) is fires


def test_integrity_record_in_force_and_expired():
    live = IntegrityRecord(ID, "张伟", "论文造假", dt.date(2023, 1, 1), None, 2)
    old = IntegrityRecord(ID, "张伟", "论文造假", dt.date(2020, 1, 1), dt.date(2023, 1, 1), 3)
    assert codes(integrity_record, form(), context(FULL_PENSIONS, [live])) == ["INTEGRITY_RECORD"]
    assert codes(integrity_record, form(), context(FULL_PENSIONS, [old])) == []


def test_tenure_short():
    joined = form(work_history=[{"unit": "柳州某某科技有限公司",
                                 "credit_code": "91450200MA5KXXXXXX",
                                 "start": "2024-03", "end": None}])
    assert codes(tenure_short, joined) == ["TENURE_SHORT"]
    assert codes(tenure_short, form()) == []


def test_ss_no_record_needs_an_export_and_skips_freelancers():
    assert codes(ss_no_record, form(), context([])) == ["SS_NO_RECORD"]
    assert codes(ss_no_record, form(unit={"type": "freelance"}), context([])) == []
    with pytest.raises(Exception, match="social_security"):
        list(ss_no_record.check(case(form()), context(None)))


def test_ss_unit_mismatch():
    other = pension_rows(ID, months("2012-07", "2024-03")) + pension_rows(
        ID, months("2024-04", "2024-06"), unit="另一公司", code="91450200MA5KYYYYYY")
    assert codes(ss_unit_mismatch, form(), context(other)) == ["SS_UNIT_MISMATCH"]
    assert codes(ss_unit_mismatch, form()) == []


def test_ss_continuity_short_for_private_sector_only():
    short = pension_rows(ID, months("2024-03", "2024-06"))
    assert codes(ss_continuity_short, form(), context(short)) == ["SS_CONTINUITY_SHORT"]
    assert codes(ss_continuity_short, form(unit={"type": "state_owned"}), context(short)) == []
    # the application month itself does not count: paid through 2024-07 but missing 2024-06
    gap = pension_rows(ID, months("2023-01", "2024-05") + ["202407"])
    assert codes(ss_continuity_short, form(), context(gap)) == ["SS_CONTINUITY_SHORT"]


def test_ss_freelancer_unit_paid():
    freelancer = form(unit={"type": "freelance", "name": "", "credit_code": ""})
    own = pension_rows(ID, months("2023-01", "2024-06"), unit="", code="", payer="individual")
    paid = own + pension_rows(ID, ["202405"], unit="某公司", code="91450200MA5KYYYYYY")
    assert codes(ss_freelancer_unit_paid, freelancer, context(paid)) == ["SS_FREELANCER_UNIT_PAID"]
    assert codes(ss_freelancer_unit_paid, freelancer, context(own)) == []


def test_work_history_conflict_outside_the_lookback():
    rows = [r for r in FULL_PENSIONS
            if not "201801" <= f"{r.period.year}{r.period.month:02d}" <= "201806"]
    rows += pension_rows(ID, months("2018-01", "2018-06"), unit="另一公司",
                         code="91450200MA5KYYYYYY")
    assert codes(work_history_conflict, form(), context(rows)) == ["WORK_HISTORY_CONFLICT"]
    assert codes(work_history_conflict, form()) == []


@pytest.mark.parametrize("appointed, level, fires", [
    ("2019-01-01", "中级", False),  # 2019-01 .. 2024-12: 6 years ≥ 4
    ("2021-02-01", "中级", True),  # 3 years 11 months < 4
    ("2021-01-01", "中级", False),  # exactly 4 years to 2024-12-31
])
def test_appointment_years_short(appointed, level, fires):
    application = form(level=level, current_title={"appointed_on": appointed})
    assert bool(codes(appointment_years_short, application)) is fires


def test_appointment_years_short_not_on_exceptional_route():
    application = form(route="exceptional", current_title={"appointed_on": "2023-01-01"})
    assert codes(appointment_years_short, application) == []


def test_level_skip():
    assert codes(level_skip, form(level="副高级")) == ["LEVEL_SKIP"]
    assert codes(level_skip, form(level="副高级", route="exceptional")) == []
    assert codes(level_skip, form()) == []


def test_paper_after_deadline_by_year_and_issue():
    late = form(papers=[{**BASE_FORM["papers"][0], "year": 2024, "issue": "12"}])
    ctx = context(FULL_PENSIONS)  # liuzhou-2024 materials deadline 2024-12-31: issue 12 is not late
    assert codes(paper_after_deadline, late, ctx) == []
    later = form(papers=[{**BASE_FORM["papers"][0], "year": 2025, "issue": "1"}])
    assert codes(paper_after_deadline, later, ctx) == ["PAPER_AFTER_DEADLINE"]


def test_material_missing_lists_every_item_once():
    flags = list(material_missing.check(case(form()), context(FULL_PENSIONS)))
    messages = [f.message for f in flags]
    assert any("学历证书" in m for m in messages)
    assert any("劳动合同" in m for m in messages)
    assert sum("年度考核表" in m for m in messages) == 5
    assert len(messages) == len(set(messages))


def test_material_missing_satisfied_by_detected_kinds():
    attachments = [{"file": "a.pdf", "kind": "other"}]
    application = form(attachments=attachments)
    detected = {"a.pdf": "contract"}
    flags = list(material_missing.check(
        case(application, detected_kinds=detected, present_files=frozenset({"a.pdf"})),
        context(FULL_PENSIONS)))
    assert not any("劳动合同" in f.message for f in flags)


def test_every_check_is_quiet_or_explicit_on_a_bare_form():
    """No rule crashes on a minimal form (freelancer without title, papers or history)."""
    bare = form(unit={"type": "freelance", "name": "", "credit_code": ""}, current_title=None,
                education=[], work_history=[], papers=[], level="初级")
    flags, errors = run_checks(case(bare), context([]))
    assert errors == []
    assert {f.code for f in flags} <= {"MATERIAL_MISSING"}
    assert len(ALL_CHECKS) == len({c.CODE for c in ALL_CHECKS})


def _letter(read_by: str, colourfulness: float, red: float) -> ReadDocument:
    quality = PageQuality(width_px=1654, height_px=2339, sharpness=150.0,
                          colourfulness=colourfulness, red_seal_ratio=red)
    page = Page(page_no=1, width=595.0, height=842.0, words=(), read_by=read_by, quality=quality)
    return ReadDocument(file="聘书.pdf", sha256="0" * 64, pages=(page,))


@pytest.mark.parametrize(("read_by", "colourfulness", "red", "flagged"), [
    ("text_layer", 0.0, 0.0, True),          # born-digital letter, black on white, no seal
    ("text_layer", 12.0, 0.01, False),       # born-digital letter with a red seal
    ("ocr:rapidocr PP-OCRv4", 25.0, 0.0, True),   # colour photo, no seal
    ("ocr:rapidocr PP-OCRv4", 1.0, 0.0, False),   # grayscale copy: left to DOC_NOT_ORIGINAL
])
def test_seal_missing_judges_born_digital_letters_and_colour_scans(read_by, colourfulness, red,
                                                                  flagged):
    documents = {"聘书.pdf": _letter(read_by, colourfulness, red)}
    got = codes(seal_missing, form(), documents=documents,
                detected_kinds={"聘书.pdf": "appointment_letter"})
    assert (got == ["SEAL_MISSING"]) is flagged and (got == []) is not flagged


@pytest.mark.parametrize(("colourfulness", "red", "flagged"), [
    (0.5, 0.0, True),     # a grayscale photocopy of a certificate
    (25.0, 0.0, False),   # a colour scan
    (3.2, 0.002, False),  # a black-and-white form with a small red seal: a colour scan
])
def test_doc_not_original_takes_red_seal_ink_for_colour(colourfulness, red, flagged):
    from pipeline.checks import doc_not_original

    page = Page(page_no=1, width=595.0, height=842.0, words=(), read_by="ocr:rapidocr PP-OCRv4",
                quality=PageQuality(width_px=1654, height_px=2339, sharpness=150.0,
                                    colourfulness=colourfulness, red_seal_ratio=red))
    documents = {"职称证书.pdf": ReadDocument(file="职称证书.pdf", sha256="0" * 64, pages=(page,))}
    got = codes(doc_not_original, form(), documents=documents,
                detected_kinds={"职称证书.pdf": "title_certificate"})
    assert got == (["DOC_NOT_ORIGINAL"] if flagged else [])


def _certificate_page(page_no: int, lines: list[str], colourfulness: float) -> Page:
    from pipeline.model import Word

    words = tuple(Word(line, (40.0, 60.0 + 30 * i, 500.0, 80.0 + 30 * i))
                  for i, line in enumerate(lines))
    return Page(page_no=page_no, width=595.0, height=842.0, words=words,
                read_by="ocr:rapidocr PP-OCRv4",
                quality=PageQuality(width_px=1654, height_px=2339, sharpness=150.0,
                                    colourfulness=colourfulness, red_seal_ratio=0.0))


#: A 学位 online verification report, as printed from the verification site (black and white).
_REPORT = ["教育部学位在线验证报告", "验证码：B7Q2K9M4X1", "获学位人姓名 欧阳晓婷",
           "学位授予单位 西南交通大学", "学位名称 工学硕士"]
#: A degree certificate itself.
_CERTIFICATE = ["学位证书", "欧阳晓婷，女，1990年2月生。在西南交通大学完成了硕士学位的学习",
                "授予工学硕士学位", "证书编号 1061342016000123"]


@pytest.mark.parametrize(("pages", "flagged"), [
    ([(_REPORT, 2.6)], False),      # a colour photo or scan of the black-and-white printout
    ([(_REPORT, 0.0)], True),       # the printout as a grayscale image: not scanned in colour
    ([(_CERTIFICATE, 2.6)], True),  # the certificate's own gray copy
    ([(_CERTIFICATE, 2.6), (_REPORT, 2.6)], True),  # with a printout: still the certificate's
    ([(_CERTIFICATE, 30.0), (_REPORT, 0.0)], False),
])
def test_doc_not_original_knows_printouts_have_no_colour_original(pages, flagged):
    """The records an online verification system issues for printing (备案表, 在线验证报告,
    认证报告) have a black-and-white original: little colour is no sign of a copy, none at all
    is; a certificate's own pages are judged as ever."""
    from pipeline.checks import doc_not_original

    doc = ReadDocument(file="学位证.pdf", sha256="0" * 64, pages=tuple(
        _certificate_page(i, lines, colour) for i, (lines, colour) in enumerate(pages, 1)))
    got = codes(doc_not_original, form(), documents={"学位证.pdf": doc},
                detected_kinds={"学位证.pdf": "degree"})
    assert got == (["DOC_NOT_ORIGINAL"] if flagged else [])


class MemoryRegistry:
    """A year registry without a store: the read-only protocol is all a rule may use."""

    def __init__(self, registrations=()):
        self.registrations = list(registrations)  # (id_number, level, Registration)

    def same_person_and_level(self, review_year, id_number, level, exclude):
        return [r for number, lvl, r in self.registrations
                if number == id_number and lvl == level and r.applicant_id != exclude]

    def paper_claims(self, review_year, key, exclude):
        return []


def test_rules_read_the_year_registry_through_the_protocol():
    from pipeline.checks import duplicate_application, paper_shared
    from pipeline.checks._base import Registration, YearRegistry

    app = form()
    other = Registration("window-2", "LZ9999")
    registry: YearRegistry = MemoryRegistry([(app.id_number, app.level, other)])
    assert codes(duplicate_application, app, context(FULL_PENSIONS, registry=registry)) == [
        "DUPLICATE_APPLICATION"]
    empty = context(FULL_PENSIONS, registry=MemoryRegistry())
    assert codes(duplicate_application, app, empty) == []
    assert codes(paper_shared, app, context(FULL_PENSIONS, registry=registry)) == []


class _Claims:
    """A year registry in which another applicant claims the given papers."""

    def __init__(self, *papers: tuple[str, str]) -> None:
        from pipeline.checks._base import PaperClaim
        from pipeline.papers import PaperIdentity

        self.claims = [PaperClaim("W0", "X9", PaperIdentity.of(title, journal))
                       for title, journal in papers]

    def same_person_and_level(self, *args, **kwargs):
        return []

    def paper_claims(self, review_year, key, exclude):
        return [c for c in self.claims if c.paper.title == key]


def test_declared_papers_claimed_by_others_are_shared_or_a_title_remark():
    from pipeline.checks import paper_shared, paper_title_reused

    papers = [{"title": "软土地基处理技术研究", "journal": "建筑技术", "year": 2022},
              {"title": "浅析建筑工程施工管理", "journal": "价值工程", "year": 2022}]
    ctx = context(FULL_PENSIONS, registry=_Claims(("软土地基处理技术研究", "建筑技术"),
                                                  ("浅析建筑工程施工管理", "建筑技术")))
    shared = list(paper_shared.check(case(form(papers=papers)), ctx))
    reused = list(paper_title_reused.check(case(form(papers=papers)), ctx))
    assert [(f.declared, f.reference) for f in shared] == [("软土地基处理技术研究", "X9（W0）")]
    assert [(f.declared, f.reference) for f in reused] == [("浅析建筑工程施工管理", "X9（W0）")]
    assert shared[0].message == ("论文《软土地基处理技术研究》（建筑技术）"
                                 "同时被其他申报人申报：X9（W0）")
    assert reused[0].message.endswith("题名相同但刊物不同：X9（W0），请留意")
    assert shared[0].clause == reused[0].clause == ctx.policy.rule_clause("PAPER_SHARED")
    assert [e.text for e in reused[0].evidence] == ["papers[1].title=浅析建筑工程施工管理"]


@pytest.mark.parametrize(("size", "word_height", "sharpness", "flagged"), [
    ((897, 497), 20.0, 46.0, False),   # an ID card photographed small: legible writing
    ((1240, 1754), 5.0, 150.0, True),  # a page photographed from afar: writing 5 px high
    ((300, 166), None, 2.0, True),     # a blurred thumbnail on which nothing was read
    ((300, 166), None, 150.0, True),   # nothing read on a tiny image: judged by its size
])
def test_doc_quality_low_judges_the_size_of_the_writing(size, word_height, sharpness, flagged):
    from pipeline.checks import doc_quality_low
    from pipeline.model import BBox, Word

    width, height = size
    words = ((Word("姓名 张伟", BBox(10, 10, 10 + 5 * word_height, 10 + word_height)),)
             if word_height else ())
    page = Page(1, float(width), float(height), words, "ocr:rapidocr PP-OCRv4",
                PageQuality(width, height, sharpness, 20.0, 0.0))
    documents = {"身份证.jpg": ReadDocument("身份证.jpg", "0" * 64, (page,))}
    got = codes(doc_quality_low, form(), documents=documents,
                detected_kinds={"身份证.jpg": "id_card"})
    assert got == (["DOC_QUALITY_LOW"] if flagged else [])


@pytest.mark.parametrize("rotation", [90, 270])
def test_the_writing_of_a_page_turned_a_quarter_is_measured_upright(rotation):
    # a landscape photo of a portrait phone screen, turned upright by the reader: the words
    # are read on a 700 x 1500 page, the image measured as uploaded, 1500 x 700
    from pipeline.checks import doc_quality_low
    from pipeline.model import BBox, Word

    words = tuple(Word("准予毕业", BBox(40, 300 + 30 * i, 400, 318 + 30 * i), 0.9)
                  for i in range(5))
    page = Page(1, 700.0, 1500.0, words, "ocr:rapidocr PP-OCRv4",
                PageQuality(1500, 700, 150.0, 20.0, 0.0), rotation=rotation)
    documents = {"毕业证.jpg": ReadDocument("毕业证.jpg", "0" * 64, (page,))}
    assert doc_quality_low.text_height_px(page) == 18.0
    assert codes(doc_quality_low, form(), documents=documents,
                 detected_kinds={"毕业证.jpg": "diploma"}) == []


@pytest.mark.parametrize(("confidence", "chars", "flagged"), [
    (0.99, 60, False),  # a soft photo whose writing was read clearly: legible
    (0.99, 8, True),    # a few clear characters say little about the page
    (0.60, 60, True),   # read, but unsurely: too blurred
])
def test_doc_quality_low_spares_a_soft_page_whose_writing_was_read_clearly(
        confidence, chars, flagged):
    # a diploma photographed through a frosted plastic sleeve: the whole image is soft
    # (sharpness 9), the writing itself reads
    from pipeline.checks import doc_quality_low
    from pipeline.model import BBox, Word

    line = "学生张伟性别男一九九二年三月五日生于二〇一〇年九月至二〇一四年六月在本校土木工程" * 2
    words = tuple(Word(line[i:min(i + 10, chars)], BBox(10, 2 * i, 210, 2 * i + 18), confidence)
                  for i in range(0, chars, 10))
    page = Page(1, 1200.0, 900.0, words, "ocr:rapidocr PP-OCRv4",
                PageQuality(1200, 900, 9.0, 20.0, 0.0))
    documents = {"毕业证.jpg": ReadDocument("毕业证.jpg", "0" * 64, (page,))}
    got = codes(doc_quality_low, form(), documents=documents,
                detected_kinds={"毕业证.jpg": "diploma"})
    assert got == (["DOC_QUALITY_LOW"] if flagged else [])
