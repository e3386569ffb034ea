"""NAME_MISMATCH (姓名不符): the holder's name on a document differs from the applicant's.

A reviewer reads the holder's name and compares it with the form; a different name is a
finding only when what was read is a name at all (:func:`pipeline.person_names.well_formed_name`:
a heading such as 研究生毕业证书 caught by a name pattern is not), it was read from a text layer
or by confident OCR, it is below the policy's similarity floor (an OCR slip is not another
person), and the applicant's own name is not printed elsewhere on the page. Anything weaker
is left to ``FIELD_UNVERIFIED`` as "could not verify": a name a character off on a document
whose birth date or identity number is the applicant's, or short of a character on such a
document (OCR skips one it cannot resolve), or its given name off on such a document that
OCR visibly garbled elsewhere too, or a character off on a document whose birth date, read
by the same OCR, is the applicant's but for one digit (:func:`slip`), and a person document
on which no name was read and the applicant's is nowhere printed (a blurred card, a list
without them).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Final

from extractors import garbled_wording
from extractors._fields import holds_in_order
from pipeline.checks._base import Case, CheckContext, make_flag
from pipeline.checks._compare import Comparison, Verdict, judge, printed_on, unread
from pipeline.checks._documents import PERSON_KINDS, fold, misread_heading, similar
from pipeline.model import Extraction, Flag, Severity
from pipeline.person_names import well_formed_name

CODE: Final = "NAME_MISMATCH"
SEVERITY: Final = Severity.HIGH
LABEL: Final = "姓名不符"


def comparisons(case: Case, ctx: CheckContext) -> Iterator[Comparison]:
    """The holder's name on each person document, compared with the applicant's."""
    declared = case.application.name
    floor = ctx.policy.name_similarity_min.value
    for file, extraction in sorted(case.extractions.items()):
        found = extraction.get("name")
        if extraction.kind not in PERSON_KINDS:
            continue
        if found is None or not fold(found.value):
            if (c := unread(CODE, case, file, "姓名", declared)) is not None:
                yield c
            continue
        agree = similar(found.value, declared) >= floor or printed_on(case, file, declared)
        c = judge(CODE, file, "姓名", declared, found, agree=agree, ctx=ctx,
                  well_formed=well_formed_name(found.value), shape="姓名", case=case)
        if c.verdict is Verdict.DIFFERENT and (why := slip(case, extraction, found.value, ctx)):
            c = dataclasses.replace(c, verdict=Verdict.UNSURE, doubt=why)
        yield c


def slip(case: Case, extraction: Extraction, read: str, ctx: CheckContext) -> str:
    """Why a read name that differs from the form is more likely a misread than another
    person ("" when it is not). The same document's birth date or identity number must be the
    applicant's (a certificate made out to someone else carries that person's), and either the
    name is the same length and differs in no more than the policy's few characters, in place
    (a blurred copy of the applicant's own turns 浩 into 洁 and keeps the rest), or it is the
    declared name short of that many characters and otherwise in order (:func:`dropped`: OCR
    skips a glyph it cannot resolve, 马刚峰 read 马刚), or only its given name differs and the
    same OCR read garbled another value of the document too (or the wording every copy
    prints, :func:`misread_stock`): a text that resembles what the
    applicant declared but is not it (西南空通大学 for 西南交通大学) says this copy is misread,
    so the name on it may be too."""
    declared, read = fold(case.application.name), fold(read)
    if len(read) == len(declared):
        differing = sum(a != b for a, b in zip(read, declared, strict=True))
    elif dropped(read, declared):
        differing = len(declared) - len(read)
    else:
        return ""
    number = case.application.id_number.strip().upper()
    on_page = extraction.get("id_number")
    born = extraction.get("birth_date")
    if on_page is not None and fold(on_page.value).upper() == number:
        same = "身份证号"
    elif on_page is None and born is not None and len(number) == 18 and (
            born.value.replace("-", "") == number[6:14]):
        same = "出生日期"
    elif (on_page is None and born is not None and len(number) == 18
          and born.evidence.source == "ocr" and len(read) == len(declared)
          and differing <= ctx.policy.name_slip_chars_max.value
          and digit_slip(born.value.replace("-", ""), number[6:14])):
        # the same OCR read slipped on the birth date too, one digit in place (1986 read
        # 1966): another person's certificate carries their own birth date, not the
        # applicant's but for one glyph, so this is a copy misread twice, not another person
        return (f"仅{differing}字之差，且同一文件上的出生日期与申报人的仅1位数字之差，"
                "两处均可能为识别误差")
    else:
        return ""
    if differing <= ctx.policy.name_slip_chars_max.value:
        how = f"仅{differing}字之差" if len(read) == len(declared) else f"仅缺{differing}字"
        return f"{how}，且同一文件上的{same}与申报人一致，可能为识别误差"
    found = extraction.get("name")
    if (len(read) != len(declared) or read[:1] != declared[:1] or found is None
            or found.evidence.source != "ocr"):
        return ""
    if garbled := (misread_value(case, extraction, ctx) or misread_label(case, extraction, read)
                   or misread_stock(case, extraction)):
        return (f"同一文件上的{same}与申报人一致，且该件其他内容亦有识别误差"
                f"（“{garbled}”），姓名可能为识别误差")
    return ""


#: The label person documents print right after the holder's name, before the sex: a
#: diploma's 学生张三，性别男, an identity page's 姓名 张三 性别 男.
LABEL_AFTER_NAME = "性别"


def misread_label(case: Case, extraction: Extraction, read: str) -> str:
    """The label printed right after the name (:data:`LABEL_AFTER_NAME`), misread on the very
    line OCR read the name from: the name followed by two characters, one of them the label's
    in place but not the label, and then a sex (男 or 女) -- as 何某某，性期女 ("" if not so).
    The name was read through the same blur as the label beside it."""
    found = extraction.get("name")
    doc = case.documents.get(extraction.file)
    if found is None or doc is None or found.evidence.source != "ocr":
        return ""
    label = LABEL_AFTER_NAME
    for page in doc.pages:
        if found.evidence.page_no not in (None, page.page_no):
            continue
        for word in page.words:
            line = fold(word.text)
            at = line.find(read)
            if at < 0 or not page.source_of(word).startswith("ocr"):
                continue
            after = line[at + len(read):at + len(read) + len(label) + 1]
            if (len(after) == len(label) + 1 and after[-1] in "男女" and after[:-1] != label
                    and any(a == b for a, b in zip(after, label))):
                return after
    return ""


def misread_stock(case: Case, extraction: Extraction) -> str:
    """The stock wording every copy of the document's kind prints, misread by the same OCR
    beyond the odd slip (:func:`extractors.garbled_wording`: 修完…谨程，或绩合格，准子毕业),
    told as how many of its characters ("" if not so). Words identical on everyone's copy
    read wrong say this copy is misread, so its name may be; another person's certificate
    still carries their own birth date, which keeps it flagged."""
    doc = case.documents.get(extraction.file)
    misread = garbled_wording(doc, extraction.kind) if doc is not None else 0
    return f"证书固定文字{misread}字误读" if misread else ""


def digit_slip(read: str, declared: str) -> bool:
    """Whether the digits `read` are `declared` with exactly one digit in place misread (an
    OCR slip: 19661225 for 19861225), neither a transposition nor a date of another length.

    >>> digit_slip("19661225", "19861225"), digit_slip("19861225", "19861225")
    (True, False)
    >>> digit_slip("19710203", "19900312")
    False
    """
    if len(read) != len(declared) or not (read.isdigit() and declared.isdigit()):
        return False
    return sum(a != b for a, b in zip(read, declared, strict=True)) == 1


def dropped(read: str, declared: str) -> bool:
    """Whether `read` is `declared` with characters left out and the rest in order, its
    surname kept and at least two characters left: what OCR makes of a name when it skips a
    character it cannot resolve (glare, moiré, a stroke-dense glyph), so that the next
    character or the label after the name (性别) follows at once. On a document that carries
    the applicant's birth date, another person named like them less a character is far less
    likely than a skipped glyph; a one-character read (欧) is no name at all.

    >>> dropped("马刚", "马刚峰"), dropped("马峰", "马刚峰"), dropped("刚峰", "马刚峰")
    (True, True, False)
    """
    if not 2 <= len(read) < len(declared) or read[0] != declared[0]:
        return False
    return holds_in_order(declared, read)


def misread_value(case: Case, extraction: Extraction, ctx: CheckContext) -> str:
    """A value OCR read on this document that resembles, but is not, a text the applicant
    declared (a school, major, unit or title), or a line that resembles, but is not, a heading
    every such certificate prints (:func:`misread_heading`): the sign of a copy OCR garbles
    ("" if none). Resembling is as long and at least the policy's title similarity floor alike
    (OCR substitutes characters in place); a value equal to a declared text, or unlike all of
    them (another school), is no sign."""
    floor = ctx.policy.title_similarity_min.value
    if heading := misread_heading(case.documents.get(extraction.file), floor):
        return heading
    app = case.application
    texts = [t for e in app.education for t in (e.school, e.major)]
    texts += [app.unit.name, *(w.unit for w in app.work_history)]
    if app.current_title is not None:
        texts.append(app.current_title.name)
    declared = {fold(t) for t in texts if t and len(fold(t)) >= 4}
    for field in extraction.fields:
        if field.name == "name" or field.evidence.source != "ocr":
            continue
        value = fold(field.value)
        if len(value) < 4 or value in declared:
            continue
        if any(len(value) == len(d) and similar(value, d) >= floor for d in declared):
            return field.value
    return ""


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """Flag each person document whose printed name is, surely, not the applicant's."""
    for c in comparisons(case, ctx):
        if c.verdict is not Verdict.DIFFERENT:
            continue
        yield make_flag(
            CODE, SEVERITY, case,
            f"{c.file} 上的姓名“{c.found.value}”与申报人姓名“{c.declared}”不一致",
            clause=ctx.policy.rule_clause(CODE) or ctx.policy.name_similarity_min.clause,
            declared=c.declared, found=c.found.value, evidence=(c.found.evidence,),
        )
