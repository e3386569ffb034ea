"""Degree certificate (学位证书): the degree-awarding body's certificate of a degree.

Separate from the diploma: a bachelor's degree is awarded by the school's degree committee
under the 学位条例. Typical wording::

    学士学位证书
    张伟 ，男，一九九〇年三月十二日生。在 重庆大学 土木工程 专业 完成了本科学习计划，
    业已毕业，经审核符合《中华人民共和国学位条例》的规定，授予 工学 学士学位。
    重庆大学 校长 张宗益   学位评定委员会主席 张宗益   证书编号：1061142012001234
    二〇一二年六月三十日

The number is 16 characters (``UUUUU G YYYY NNNNNN``), optionally after one prefix letter
(C 成人/自考, Z 专业学位, Q, T 同等学力, L 留学生); see identifier rules §3.2.

Labels it keys on: 学位证书, 授予 … 学位, 学位评定委员会, 学位条例, 在 … 专业, 证书编号,
学位授予单位, 姓名.

FIELDS:

* ``name`` 姓名; ``school`` the awarding university; ``major`` 专业;
* ``degree`` 学士/硕士/博士; ``degree_number`` 证书编号 (prefix letter kept);
* ``award_date`` the date the degree was awarded (the certificate's date).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Final

from rapidfuzz.distance import LCSseq

from extractors._fields import (
    CJK,
    CN_DIGITS,
    CN_YEAR,
    MAJOR_LINE,
    SCHOOL_SUFFIX,
    Hit,
    TextIndex,
    compact_digits,
    damaged_date,
    date_after,
    dates,
    fields,
    first,
    grid_value,
    heads_a_list,
    index,
    is_label,
    is_name,
    issuer_mark,
    keyword_score,
    labelled,
    leading,
    name_hit,
    orgs,
    plausible_school,
    pos_after,
    search,
    stacked_under,
    table_rows,
)
from pipeline.dates import cn_count
from pipeline.identifiers.diploma_number import degree_parts
from pipeline.model import DocumentKind, Extraction, ReadDocument

KIND: Final = DocumentKind.DEGREE
FIELDS: Final = ("name", "school", "major", "degree", "degree_number", "award_date")

_WEIGHTS: Final = {"学位证书": 0.6, "授予.{0,6}学位": 0.4, "学位评定委员会": 0.3, "学位条例": 0.3,
                   "业已毕业": 0.1, "学位授予单位": 0.3}
_STOPS: Final = ("校长", "院长", "主席", "证书编号", "编号")


def score(doc: ReadDocument) -> float:
    """How much `doc` reads like a degree certificate."""
    return keyword_score(index(doc), _WEIGHTS)


def extract(doc: ReadDocument) -> Extraction:
    """Read a degree certificate's fields.

    A school's decision awarding degrees (学位授予决定) lists its graduates in a table, one row
    each (姓名 / 专业 / 学位 / 证书编号): the document keeps only what all share (the school,
    the degree, the decision's date) and each graduate is a row, so another graduate's name,
    major or number is never read as the holder's (the pipeline adds the applicant's own row,
    the one carrying their name: :func:`extractors.own_row`)."""
    ix = index(doc)
    listed = _graduates(ix)
    if len(listed) > 1:
        shared = {"school": _school_major(ix, listed=True)[0], "degree": _degree(ix),
                  "award_date": _award_date(ix, listed[0].get("degree_number"))}
        return Extraction(doc.file, KIND, fields(ix, shared),
                          tuple(fields(ix, row) for row in listed))
    school, major = _school_major(ix)
    found = {
        "name": _name(ix),
        "school": school,
        "major": major,
        "degree": _degree(ix),
        "degree_number": _number(ix),
        "award_date": _award_date(ix),
    }
    return Extraction(doc.file, KIND, fields(ix, found))


#: The columns of a list of graduates: a row per graduate, keyed by the certificate number
#: each one carries (a misread name still leaves its row in the table).
_COLUMNS: Final = {"name": "姓名",
                   "major": f"[{CJK}]{{0,4}}专业(?:名称)?",
                   "degree": "(?:获得|授予)?学位(?:名称|类别|门类)?",
                   "degree_number": "(?:学位)?证书(?:编号|号码|号)"}


def _graduates(ix: TextIndex) -> list[dict[str, Hit | None]]:
    """The rows of a table listing graduates with their certificate numbers (a decision's
    award list, an archive's extract of it): each row's name, major, degree and number, each
    only when it reads as one (a garbled cell is left unread, not taken from a neighbour)."""
    rows = table_rows(ix, _COLUMNS, key="degree_number",
                      well_formed=lambda v: bool(_NUMBER.fullmatch(_compact(v))))
    out = []
    for row in rows:
        number = row["degree_number"]
        name, major, degree = row.get("name"), row.get("major"), row.get("degree")
        got = re.search(_DEGREES, degree.value) if degree else None
        out.append({
            "name": name if name and is_name(name.value) else None,
            "major": major if major and _major_value(major.value) else None,
            "degree": degree.with_value(got.group(0)) if degree and got else None,
            "degree_number": number.with_value(_NUMBER.fullmatch(_compact(number.value))[0]),
        })
    return out


_NAME_RE = re.compile(
    rf"(?<![{CJK}])(?P<v>[{CJK}](?: ?[{CJK}]){{1,3}})\s*[,，]\s*(?:性别\s*[:：]?\s*)?[男女]"
)


#: The certificate's sentence opens with the holder: name, sex and date of birth, then 生
#: (张伟 男 1990年3月12日生). Where the values were typed or written onto a printed form's
#: underlines the blanks stand between them, not commas. A line that opens so is the
#: holder's whatever the separators, when the birth date follows with the sex before it or
#: 生 after it (a scan may lose one of them; with both lost the name is left unread). The
#: commas may be read as dots (韦海燕·女·1991年8月9日生: a small comma blurred in a photo reads
#: as a middle dot), which here part the fields like commas: the date must follow.
_HOLDER_SEP = "[,，、·・•]"
_HOLDER_LINE = re.compile(rf"(?:^|\n)[ ]*(?P<v>[{CJK}](?: ?[{CJK}]){{1,3}}?)(?![{CJK}])[ ]*"
                          rf"{_HOLDER_SEP}?(?:[ ]*(?P<sex>[男女]))?[ ]*{_HOLDER_SEP}?[ ]*(?=\S)")
_BORN = re.compile(r"\s*(?:出\s*)?生")


def _holder_line(ix: TextIndex) -> Hit | None:
    """The name opening a line that goes on with sex and birth date, or birth date and 生
    (see :data:`_HOLDER_LINE`)."""
    for m in _HOLDER_LINE.finditer(ix.text):
        born = dates(ix, m.end(), min(len(ix.text), m.end() + 20))
        if not born or born[0][1].start != m.end():
            continue
        if not m["sex"] and not _BORN.match(ix.text, born[0][1].end):
            continue
        hit = Hit(re.sub(r"\s", "", m["v"]), m.start("v"), m.end("v"))
        if is_name(hit.value):
            return hit
    return None


#: The holder's line with the spaces between name, sex and birth date lost in reading (a
#: certificate sets them apart by spacing alone, 马刚峰　男　一九八五年三月生, which OCR and
#: some text layers drop): the sex stands right before the birth date, so what opens the line
#: up to that 男/女 is the name. Read only when the date is a year's (it opens with 1/2 or
#: 一/二) and 生 closes it: with no separator left, both ends must say it is the holder's line.
_HOLDER_RUN = re.compile(rf"(?:^|\n)[ ]*(?P<v>[{CJK}]{{2,4}}?)[男女](?=[12一二])")


def _holder_run(ix: TextIndex) -> Hit | None:
    """The name opening a line run together with the sex and birth date (see
    :data:`_HOLDER_RUN`)."""
    for m in _HOLDER_RUN.finditer(ix.text):
        born = dates(ix, m.end(), min(len(ix.text), m.end() + 20))
        if not born or born[0][1].start != m.end() or not _BORN.match(ix.text,
                                                                     born[0][1].end):
            continue
        if is_name(m["v"]):
            return Hit(m["v"], m.start("v"), m.end("v"))
    return None


def _own(ix: TextIndex, hit: Hit | None, labels: list[str],
         fits: Callable[[str], bool]) -> Hit | None:
    """`hit` unless it heads a column of a list of several people (:func:`heads_a_list`):
    a certificate photographed or pasted among other people's rows (a clerk's workbook of
    everyone's 学位证书, 序号 / 姓名 / 学位 / 授予单位 a row each) names them in its columns;
    the holder is the one the certificate itself names."""
    return None if hit is None or heads_a_list(ix, hit, labels, fits) else hit


def _row_name(text: str) -> bool:
    """A name in a list's next row, or what reading left of one: a lone character (梁 of
    梁晓燕) is no word of its own there, so still another person's row."""
    return is_name(text) or bool(re.fullmatch(f"[{CJK}]", text))


def _name(ix: TextIndex) -> Hit | None:
    return first((
        _own(ix, name_hit(labelled(ix, ["姓名"], stops=("性别",))), ["姓名"], _row_name),
        first(h for h in search(ix, _NAME_RE) if is_name(h.value)),
        _holder_line(ix),
        _holder_run(ix),
        first(h for h in search(ix, rf"学\s*生\s*[:：]?\s*(?P<v>[{CJK}]{{2,4}})(?![{CJK}])")
              if is_name(h.value)),
    ))


#: 在重庆大学土木工程专业 / 在我校机械工程学科（专业）: the school (or 我校) and the major. A
#: professional degree (专业学位) names its field instead: 在本校结构工程领域完成了工程硕士专业
#: 学位研究生培养计划 — the 领域 is the major, and the 专业 of 专业学位 after it is not.
#: The 学科（专业） of a master's or doctor's wording is one phrase, 学科 no part of the name;
#: where the sentence wraps right after its opening bracket (…结构工程学科（ / 专业）完成了)
#: that bracket stands alone at the line's end, and reading drops it: 学科 with 专业) after it
#: (the closing bracket kept) is still the phrase. 学科 before a bare 专业 is left as read.
_IN_SCHOOL = re.compile(
    rf"在\s*(?P<v>[{CJK}\s()]{{4,60}}?)\s*"
    r"(?:(?:学\s*科\s*(?:[(（]\s*|(?=专\s*业\s*[)）])))?专\s*业|领\s*域)")
#: A statement naming where the holder studied in a clause of its own (在本校与某公司联合培养,
#: 在某研究所联合培养) names the major in the next clause, the one completing the study: 于 …
#: 专业完成了本科学业 / 在 … 专业修完: the field whose course was completed is the major.
_COMPLETED_IN = re.compile(
    rf"[于在]\s*(?P<v>[{CJK}\s()（）]{{2,40}}?)\s*专\s*业\s*"
    r"(?:完\s*成|修\s*完|学\s*习|毕\s*业)")
#: A self-study degree (自学考试学士学位) names the candidate's 专业 in the sentence on the
#: examinations they passed: 参加高等教育自学考试，在 X 专业（本科）完成了本科学业 /
#: 参加高等教育自学考试 X 专业（本科）考试合格. The examinations are the province's, not a
#: school's, so the run between 自学考试 and 专业 is the major alone (a school named in it is
#: left to the other forms).
_SELF_STUDY = re.compile(
    rf"自\s*学\s*考\s*试\s*[，,]?\s*(?:在\s*)?(?P<v>[{CJK}\s()（）]{{2,40}}?)\s*专\s*业")
_OWN_SCHOOL = re.compile(r"^(?:我校|本校|本院|该校)")
_SPLIT = re.compile(rf"^(?P<s>.+(?:{SCHOOL_SUFFIX})(?:[{CJK}]{{0,8}}校区)?)(?P<m>[{CJK}()]{{2,}})$")


def _school_major(ix: TextIndex, *, listed: bool = False) -> tuple[Hit | None, Hit | None]:
    """The awarding school and the holder's major (`listed`: a list of graduates, whose
    majors are its rows', so only the school)."""
    school_labels = ["学位授予单位", "授予单位", "校名"]
    school = _own(ix, labelled(ix, school_labels, stops=_STOPS, accept=_SCHOOL_SHAPE),
                  school_labels, lambda value: bool(_SCHOOL_SHAPE.fullmatch(value)))
    labels = ["获学位专业", "授予学位专业", "学位专业", "专业名称", "专业"]
    major = None if listed else labelled(
        ix, labels, stops=_STOPS, accept=_MAJOR_SHAPE, suffix=r"\s*[:：]") or grid_value(
        ix, labels, accept=_MAJOR_SHAPE)
    if major is not None and not _major_value(major.value):
        major = None
    if major is None and not listed:
        major = _stacked_major(ix)
    for hit in search(ix, _IN_SCHOOL):
        m = _SPLIT.match(hit.value)
        own = _OWN_SCHOOL.match(hit.value)
        if not m and own and major is None and len(hit.value) - own.end() >= 2:
            cut = pos_after(ix, hit.start, hit.end, own.end())
            major = Hit(hit.value[own.end():], cut, hit.end)  # the school is named elsewhere
            break
        if not m:
            continue
        cut = pos_after(ix, hit.start, hit.end, len(m["s"]))
        if school is None:
            school = Hit(m["s"], hit.start, cut)
        if major is None and not listed:
            major = Hit(m["m"], cut, hit.end)
        break
    if major is None and not listed:
        major = _completed_major(ix)
    if major is None and not listed:
        major = _self_study_major(ix)
    if school is None:
        school = _issuing_school(ix)
    if school is None:
        found = [h for h in orgs(ix) if re.search(f"(?:{SCHOOL_SUFFIX})$", h.value)
                 and "高等学校" not in h.value and plausible_school(h.value)]
        school = found[0] if found else None
    if school is None:  # the committee that awarded it bears the school's name
        school = _committee_school(ix)
    return school, major


_MAJOR_SHAPE: Final = re.compile(f"[{CJK}()]{{2,30}}")
_SCHOOL_SHAPE: Final = re.compile(rf"[{CJK}()]{{2,40}}?(?:{SCHOOL_SUFFIX})")


#: The labels of the major's field in a record that stacks each value under its label.
_STACKED_LABELS: Final = ("专业", "专业名称", "学位专业", "获学位专业", "授予学位专业", "所学专业")
#: Words of a certificate's sentence or of another field's value (工学学士学位, 学科门类's 工学
#: aside): a line holding them is never a major.
_NOT_A_MAJOR: Final = re.compile("学位|完成|授予|毕业|学习|规定|条例|审核|证书")


def _stacked_major(ix: TextIndex) -> Hit | None:
    """The major in a record laid out as a phone app shows one (学信网's 学位 record, an
    approval form of 钉钉 or 企业微信 in which the applicant typed the degree's particulars):
    each field is a small label alone on its line (专业, 学位专业, no colon) with its value
    alone on the line below, set flush under it in the same column. The line below is the
    major only when it is so stacked (its left edge within a character's height of the
    label's) and is a name: not another label (a field left empty shows the next field's
    label under it), nor a sentence of a certificate's wording (在 … 专业 wrapped so that 专业
    ends a line is prose, not a label)."""
    return stacked_under(ix, _STACKED_LABELS, lambda value: bool(
        MAJOR_LINE.fullmatch(value) and not is_label(value)
        and not _NOT_A_MAJOR.search(value)))


def _completed_major(ix: TextIndex) -> Hit | None:
    """The major of the clause completing the study (于 … 专业完成了学业), where the clause
    naming the place of study stands apart (joint training with a partner): the field
    alone, cut from a school named before it; a clause that still holds a place of study
    (联合培养, 学校) or does not read as a field is left unread."""
    for hit in search(ix, _COMPLETED_IN):
        value = hit.value
        split = _SPLIT.match(value)
        own = _OWN_SCHOOL.match(value)
        field = split["m"] if split else value[own.end():] if own else value
        if re.search(f"培养|联合|公司|研究所|(?:{SCHOOL_SUFFIX})", field) or \
                not _MAJOR_SHAPE.fullmatch(field) or not _major_value(field):
            continue
        cut = len(value) - len(field)
        return Hit(field, pos_after(ix, hit.start, hit.end, cut) if cut else hit.start, hit.end)
    return None


def _self_study_major(ix: TextIndex) -> Hit | None:
    """The major of a self-study degree, named after 自学考试 in the sentence on the
    examinations (:data:`_SELF_STUDY`); a run naming a school or the certificate's own words
    (考试, 学位, 课程) is not a field and is left unread."""
    for hit in search(ix, _SELF_STUDY):
        if re.search(f"考试|学位|课程|完成|(?:{SCHOOL_SUFFIX})", hit.value) or \
                not _MAJOR_SHAPE.fullmatch(hit.value) or not _major_value(hit.value):
            continue
        return hit
    return None


def _major_value(text: str) -> bool:
    """Whether `text` can be a major: not a form's printed label (a table's column header such
    as 姓名 or 证书编号 beside the 专业 label is another label, never the value)."""
    return not is_label(text)


#: A school's office that issues its papers (研究生院, 学位办公室, 档案馆) issues them for the
#: school: the school is the name before the office's.
_SCHOOL_OFFICE: Final = re.compile(
    r"^(?P<s>.+?(?:大学|学院))(?:研究生院|学位评定委员会|学位办公室|学位办|教务处|档案馆)$")


def _issuing_school(ix: TextIndex) -> Hit | None:
    """The school whose official document this is (a decision, a notice), from the issuer's
    mark heading it (…大学文件, GB/T 9704), when that issuer is a school or one of its offices."""
    mark = issuer_mark(ix)
    if mark is None or not re.search(f"(?:{SCHOOL_SUFFIX})$", mark.value):
        return None
    office = _SCHOOL_OFFICE.match(mark.value)
    if office:
        return Hit(office["s"], mark.start, pos_after(ix, mark.start, mark.end, len(office["s"])))
    return mark if plausible_school(mark.value) else None


#: 中南大学学位评定委员会 (经中南大学学位评定委员会审核): the school's degree committee. Its
#: name is set in a seal-like line over the stamp, where OCR loses or misreads characters of
#: 学位评定委员会 (学位评委员会, 学值评定委员会, 学位定委员会, 学位评审泰员会): the seven
#: characters right after a school's name that keep five of its seven in order still name it.
_COMMITTEE: Final = "学位评定委员会"
_COMMITTEE_KEPT: Final = 5
_SCHOOL_HEAD: Final = re.compile(rf"[{CJK}]{{2,30}}?(?:{SCHOOL_SUFFIX}|[{CJK}]学)")
_SCHOOL_WORD: Final = re.compile(rf"(?:{SCHOOL_SUFFIX})$")
_CJK_RUN: Final = re.compile(rf"[{CJK}](?:\s*[{CJK}])*")


def _committee_school(ix: TextIndex) -> Hit | None:
    """The school named by its degree committee, as read: a name left ending in a bare 学
    (重庆反学学位评定委员会: its 大 misread) is kept as read, not mended into a 大学, so the rules
    see a name that is not well-formed and say "could not verify" rather than compare a guess.
    The name opens its line or follows 经 (经中南大学学位评定委员会审核); it and the committee may
    be broken over lines."""
    for run in _CJK_RUN.finditer(ix.text):
        at = [run.start() + i for i, c in enumerate(run.group(0)) if not c.isspace()]
        words = "".join(ix.text[i] for i in at)
        lines = [k for k in range(1, len(at)) if "\n" in ix.text[at[k - 1]:at[k]]]
        opens = [0, *lines, *(k + 1 for k, c in enumerate(words) if c == "经")]
        for begin in sorted(set(opens)):
            # the name lies on one line; it ends where the committee's name then reads best,
            # of equals at a school's word (师范学院, not 师范学 with 院 read as the committee's)
            line_end = min([k for k in lines if k > begin] + [len(words)])
            kept, _, end = max(((LCSseq.similarity(words[end:end + len(_COMMITTEE)], _COMMITTEE),
                                 bool(_SCHOOL_WORD.search(words, begin, end)), -end)
                                for end in range(begin + 3, min(line_end, begin + 32) + 1)
                                if _SCHOOL_HEAD.fullmatch(words, begin, end)), default=(0, 0, 0))
            end = -end
            if kept >= _COMMITTEE_KEPT:
                return Hit(words[begin:end], at[begin], at[end - 1] + 1)
    return None


_DEGREES: Final = r"学\s*士|硕\s*士|博\s*士"


def _degree(ix: TextIndex) -> Hit | None:
    return first((
        first(search(ix, rf"授\s*予\s*(?:[{CJK}]{{1,6}}?)?\s*(?P<v>{_DEGREES})\s*学\s*位")),
        first(search(ix, rf"(?P<v>{_DEGREES})\s*学\s*位")),
        # a grid cell: 学位 工学学士 / 学位名称：管理学硕士
        first(search(ix, rf"(?m)(?:^|(?<=\s))学\s*位(?:\s*名\s*称|\s*类\s*别)?\s*[:：]?[ \t]*"
                         rf"[{CJK}]{{0,4}}?(?P<v>{_DEGREES})(?![{CJK}])")),
    ))


_NUMBER = re.compile(r"[A-Z]?\d{5}[1-4]\d{4}[0-9A-Z]\d{5}")


def _number(ix: TextIndex) -> Hit | None:
    labels = ["学位证书编号", "证书编号", "编号", "证号"]
    hit = leading(ix, labelled(ix, labels, suffix=r"\s*[:：]?"), "[0-9A-Za-z|]+")
    if hit:
        value = _compact(hit.value)
        m = _NUMBER.match(value)
        if m:
            return Hit(m.group(0), hit.start, hit.end)
    candidate = r"(?<![0-9A-Za-z])[A-Za-z]?[0-9OoIl]{10}[0-9A-Za-z][0-9OoIl]{5}(?![0-9A-Za-z])"
    for m in re.finditer(candidate, ix.text):
        value = _compact(m.group(0))
        if _NUMBER.fullmatch(value):
            return Hit(value, m.start(), m.end())
    return None


def _compact(text: str) -> str:
    """Digits fixed everywhere except a leading letter and the 11th character of the body."""
    text = re.match(r"[0-9A-Za-z|]*", re.sub(r"\s+", "", text))[0]  # type: ignore[index]
    prefix = text[0].upper() if len(text) == 17 and text[0].isalpha() else ""
    body = text[len(prefix):]
    if len(body) >= 16 and body[10].isalpha() and body[10] not in "OoIl":
        return prefix + compact_digits(body[:10]) + body[10].upper() + compact_digits(body[11:])
    return prefix + compact_digits(body)


#: What follows the award's date in prose: (被)授予 / 获(得) / 取得 … 学位.
#: (The sentence may wrap before 学位.)
_AWARDED: Final = re.compile(
    r"\s*[，,]?\s*(?:被\s*)?(?:授\s*予|获\s*得?|取\s*得)[^。；;]{0,14}?学\s*位")


def _award_date(ix: TextIndex, number: Hit | None = None) -> Hit | None:
    """The date the degree was awarded; `number`: a degree number of the document when its
    own is not one (a list of graduates: each row's number encodes the same year)."""
    labelled_hit = date_after(ix, ["授予日期", "授予时间", "授予学位日期", "获学位日期",
                                   "学位授予日期", "获得学位日期", "发证日期", "颁发日期"])
    if labelled_hit:
        return labelled_hit
    # a 学位证明书 (issued when the certificate was lost) tells the award in prose, and dates
    # itself later: 于2007年6月29日被授予工学学士学位 ... 2010年1月18日
    awarded = [h for _, h in dates(ix) if _AWARDED.match(ix.text, h.end)]
    if awarded:
        return awarded[0]
    born = re.compile(r"\s*(?:生|出生)")
    # a year still to come is a misread (二〇七七 for 二〇一七), no date the degree was awarded
    found = _as_printed([(when, h) for when, h in dates(ix)
                         if not born.match(ix.text, h.end) and when.year <= date.today().year],
                        ix)
    number = number or _number(ix)
    parts = degree_parts(number.value) if number else None
    if found and parts is None:
        return found[-1][1]
    if found:
        # the number encodes the year the degree was awarded (digits 7-10): the award is the
        # last date of that year; a date of another year is another event's (a copy's
        # certification years later) or a misread (二〇一一 read 二〇二二), never the award's
        of_year = [hit for when, hit in found if when.year == parts.year]
        return of_year[-1] if of_year else None
    return (damaged_date(ix, parts.year) if parts else None) or _translated_month(ix)


#: A degree certificate dates itself in words, 年 月 日 (2017年6月26日, 二〇一七年六月二十六日);
#: a date in figures and dots or dashes alone (2017.6.28, 2017-06-28) on the same page is
#: another hand's: a photo studio's pickup slip, a receipt, a note or stamp added later.
_WORDED_DATE: Final = re.compile(r".*年.*月.*日", re.S)


def _as_printed(found: list[tuple[date, Hit]], ix: TextIndex) -> list[tuple[date, Hit]]:
    """The unlabelled dates that may be the award's: those worded as a certificate prints its
    date when there is one such (see ``_WORDED_DATE``), else all of them."""
    worded = [(when, h) for when, h in found if _WORDED_DATE.fullmatch(ix.text, h.start, h.end)]
    return worded or found


_EN_MONTHS: Final = ("january", "february", "march", "april", "may", "june", "july", "august",
                     "september", "october", "november", "december")
#: A certified translation's date: June 29, 2007 (OCR may drop the spaces).
_EN_DATE: Final = re.compile(r"(?P<m>" + "|".join(_EN_MONTHS) + r")\s*(?P<d>\d{1,2})\s*,\s*"
                             r"(?P<y>(?:19|20)\d\d)", re.I)
#: The certificate's date in Chinese numerals whose month OCR made into no numeral (大月 for
#: 六月): its year and day kept.
_LOST_MONTH: Final = re.compile(
    rf"(?P<y>[{CN_YEAR}]{{4}})\s*年\s*[^\s{CN_YEAR}十\d年月日]\s*月\s*"
    r"(?P<d>[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*日")


def _translated_month(ix: TextIndex) -> Hit | None:
    """The award's date when OCR lost only the month of the certificate's Chinese date: a
    certified translation in the same upload restates that date (June 29, 2007), and its
    month is taken only when its year and day are the ones the Chinese date kept. The
    translation never stands alone for the date: two readings must agree."""
    for m in _LOST_MONTH.finditer(ix.text):
        year, day = int("".join(CN_DIGITS[c] for c in m["y"])), cn_count(m["d"])
        for en in _EN_DATE.finditer(ix.text):
            if int(en["y"]) == year and int(en["d"]) == day:
                when = date(year, _EN_MONTHS.index(en["m"].lower()) + 1, day)
                return Hit(when.isoformat(), m.start(), m.end())
    return None
