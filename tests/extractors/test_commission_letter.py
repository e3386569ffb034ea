"""Commission letters: an OA system's workflow panel beside the letter, a seal over the
signature."""

from __future__ import annotations

from _docs import make_doc

from extractors import commission_letter
from pipeline.model import BBox, Page, ReadDocument, Word


def values(doc):
    return {f.name: f.value for f in commission_letter.extract(doc).fields}


def _oa_view(signed="2023年11月8日"):
    """A letter shown in an OA system's 发文 view, its workflow panel (each step's name, time
    stamp, handler and opinion) read line by line together with the letter beside it."""
    return make_doc([
        "河池市第二人民医院 · 办公自动化系统 覃丽（人事科） 注销",
        "正文 审批记录 打印",
        "审批记录",
        "起草 2023/11/02 09:15",
        "河池市第二人民医院",
        "审批人：人事科 覃丽",
        "意见：请审核",
        "关于委托评审韦建华同志卫生系列中级职称的函",
        "科室审核 2023/11/03 10:42",
        "河池市卫生健康委员会： 审批人：人事科 蓝海",
        "意见：同意。",
        "兹有我院职工韦建华同志申报主治医师资格，因我院无相应评审权限，特委托贵委组织评审。",
        "院长签发 2023/11/07 16:20",
        "审批人：黄德明",
        "意见：同意。",
        "河池市第二人民医院",
        "盖章 2023/11/08 08:30",
        signed,
        "审批人：办公室 莫兰",
        "意见：已盖章",
    ])


def test_an_oa_workflows_time_stamps_are_not_the_letters_date():
    """The steps of a workflow panel are stamped with a date and a time of day (起草 2023/11/02
    09:15); the letter's own date is written alone at its foot. The steps' opinions (意见：)
    are no endorsement after the letter's date."""
    found = values(_oa_view())
    assert found["issued_on"] == "2023-11-08"
    assert found["name"] == "韦建华"
    assert found["unit"] == "河池市第二人民医院"


def test_a_letter_dated_only_by_time_stamps_has_no_date_read():
    """With no date written alone (the foot's date lost), no time stamp of a step stands for
    the letter's date: it is left unread."""
    assert values(_oa_view(signed="")).get("issued_on") is None


def test_a_time_stamp_run_together_by_ocr_is_still_a_time_stamp():
    doc = make_doc([
        "委托评审函",
        "审批记录 拟稿 2023-11-0209:15",
        "河池市卫生健康委员会：",
        "兹有我院职工韦建华同志申报主治医师资格，特委托贵委组织评审。",
        "河池市第二人民医院",
    ])
    assert values(doc).get("issued_on") is None


def test_a_seal_hiding_the_signatures_first_characters_takes_the_name_printed_whole():
    """A seal over the signature can hide its first characters (池市第二人民医院); the same
    unit printed whole at the head of the page gives its name."""
    doc = make_doc([
        "河池市第二人民医院",
        "委托评审函",
        "河池市卫生健康委员会：",
        "兹有我院职工韦建华同志申报主治医师资格，特委托贵委组织评审。",
        "池市第二人民医院",
        "2023年11月8日",
    ])
    assert values(doc)["unit"] == "河池市第二人民医院"


def test_a_signature_that_no_mention_extends_stays_as_read():
    """A unit named only by its signature, or another unit whose name merely ends the same
    way by more than a seal could hide, is not taken for the signer."""
    doc = make_doc([
        "广西壮族自治区河池市第二人民医院",
        "委托评审函",
        "河池市卫生健康委员会：",
        "兹有我院职工韦建华同志申报主治医师资格，特委托贵委组织评审。",
        "第二人民医院",
        "2023年11月8日",
    ])
    assert values(doc)["unit"] == "第二人民医院"


def _at_the_counter(ticket_head="桂林市民服务中心"):
    """A letter photographed on a service hall's counter, the hall's queue ticket beside it,
    read after the letter."""
    return make_doc([
        "委托评审函",
        "桂林市职称改革工作领导小组办公室：",
        "兹有我单位黎志明同志申报经济系列中级职称，因我单位无相应评审权限，特委托贵单位评审。",
        "此致",
        "敬礼！",
        "桂林漓江旅游开发有限公司",
        "2023年9月5日",
        ticket_head,
        "社保医保窗口",
        "B142",
        "您前面还有 6 人等候",
        "2023-09-07 10:21",
        "请留意叫号，过号请重新取号",
    ])


def test_a_queue_tickets_issuer_beside_the_letter_is_not_its_sender():
    got = values(_at_the_counter())
    assert got["unit"] == "桂林漓江旅游开发有限公司"
    assert got["issued_on"] == "2023-09-05"
    assert got["name"] == "黎志明"


def test_the_signer_close_above_a_ticket_is_kept_when_its_date_comes_between():
    doc = make_doc([
        "委托评审函",
        "桂林市职称改革工作领导小组办公室：",
        "兹有我单位黎志明同志申报经济系列中级职称，特委托贵单位评审。",
        "桂林漓江旅游开发有限公司",
        "2023年9月5日",
        "B142",
        "您前面还有 6 人等候",
        "请留意叫号，过号请重新取号",
    ])
    # a ticket torn below its issuer: the signer is followed by its date, not the ticket's words
    assert values(doc)["unit"] == "桂林漓江旅游开发有限公司"


def _issued_as_a_document(printed="第一人民医院党政办公室 2023年3月14日印发", above=()):
    """A hospital's letter issued as a 公文: its 版记 ruled off under the signed date."""
    return make_doc([
        *above,
        "玉林市第一人民医院",
        "玉医人函〔2023〕8号",
        "关于委托评审庞秀英同志卫生系列副高级职称的函",
        "玉林市卫生健康委员会：",
        "我院庞秀英同志（身份证号码：450902198205161221）现拟申报副主任护师资格，因我院未设相应",
        "评审委员会，特委托贵委组织评审。",
        "玉林市第一人民医院",
        "2023年3月10日",
        "抄送：医务科，护理部，院档案室。",
        printed,
    ])


def test_a_documents_colophon_is_not_its_signature_nor_its_date():
    """The 版记 under an official letter names the office that printed it (院办公室) and the
    day the copies went out: the letter is signed by the unit above it, on its own date."""
    found = values(_issued_as_a_document())
    assert found["unit"] == "玉林市第一人民医院"
    assert found["issued_on"] == "2023-03-10"


def test_a_colophon_without_its_copies_line_ends_the_letter_at_its_printed_line():
    doc = make_doc([
        "委托评审函",
        "玉林市卫生健康委员会：",
        "兹有我院职工庞秀英同志申报副主任护师资格，特委托贵委组织评审。",
        "玉林市第一人民医院",
        "2023年3月10日",
        "玉林市第一人民医院党政办公室 2023年3月14日印发",
    ])
    found = values(doc)
    assert (found["unit"], found["issued_on"]) == ("玉林市第一人民医院", "2023-03-10")


def test_words_of_a_colophon_above_the_letters_date_do_not_end_it():
    """The 抄送 line of a 发文稿纸's header, above the letter and before any date, is no 版记,
    nor is a sentence of the text citing a document by the day it was issued (…印发的《…》):
    the letter runs on to its signature."""
    doc = _issued_as_a_document(printed="", above=["发文稿纸", "主送：玉林市卫生健康委员会",
                                                   "抄送：医务科，护理部"])
    found = values(doc)
    assert (found["unit"], found["issued_on"]) == ("玉林市第一人民医院", "2023-03-10")
    doc = make_doc([
        "委托评审函",
        "玉林市卫生健康委员会：",
        "兹有我院职工庞秀英同志申报副主任护师资格，特委托贵委组织评审。",
        "现将我院2023年1月5日印发的《职称推荐办法》附后。",
        "玉林市第一人民医院",
        "2023年3月10日",
    ])
    found = values(doc)
    assert (found["unit"], found["issued_on"]) == ("玉林市第一人民医院", "2023-03-10")


def _printed_from_the_oa(mark="陈思远 5127 2023/9/14", *, aslant=False):
    """A letter printed from an OA system under its 打印水印 (who printed it, and when) tiled
    over the page: level, or aslant (each run's box as tall as it is wide)."""
    lines = ["委托评审函", "桂林市职称改革工作领导小组办公室：",
             "兹有我单位黎志明同志申报经济系列中级职称，特委托贵单位评审。",
             "桂林漓江旅游开发有限公司", "2023年9月8日", "（联系人：陈思远）"]
    words = []
    for i, line in enumerate(lines):
        y = 40.0 + 40 * i
        words.append(Word(line, BBox(40, y, 40 + 12 * len(line), y + 14), 1.0, size=14))
        if aslant:  # runs across the text, the last one after its date
            words.append(Word(mark, BBox(300, y + 6, 420, y + 106), 1.0, size=11))
        elif i % 2:
            words.append(Word(mark, BBox(40, y + 20, 40 + 8 * len(mark), y + 31), 1.0, size=11))
    return ReadDocument("委托函.pdf", "0" * 64, (Page(1, 595.0, 842.0, tuple(sorted(
        words, key=lambda w: w.bbox.top)), "text_layer"),))


def test_an_oa_print_watermarks_date_is_not_the_letters():
    """The print watermark's date, tiled over the page and cut before its time at the page's
    edge, is the day it was printed: the letter's date is the one under its signature."""
    for aslant in (False, True):
        assert values(_printed_from_the_oa(aslant=aslant))["issued_on"] == "2023-09-08", aslant


def test_the_same_date_under_each_box_of_a_form_is_no_watermark():
    """A form dating each of its opinion boxes on a line of its own may print one date three
    times: a date alone, not a watermark, and the unit's box gives the letter's date."""
    doc = make_doc([
        "专业技术人员职称委托评审审批表",
        "姓名 黎志明  申报资格 经济师",
        "委托单位（盖章）：桂林漓江旅游开发有限公司",
        "单位意见：同意委托评审。",
        "2023年9月8日",
        "主管部门意见：同意。",
        "2023年9月8日",
        "职改办意见：同意。",
        "2023年9月8日",
    ])
    assert values(doc)["issued_on"] == "2023-09-08"


def _sealed(signature):
    return make_doc([
        "桂林漓江智造装备股份有限公司",
        "关于委托评审黎志明同志工程师资格的函",
        "桂林市人力资源和社会保障局：",
        "我单位黎志明同志（身份证号：450302198807150012）拟申报工程师资格，现委托贵委员会评审。",
        "特此函。",
        signature,
        "2023年9月8日",
    ], split=True)


def test_a_signature_read_in_pieces_under_the_seal_is_the_letterheads_name():
    """The seal over the signature hid characters inside the unit's name: its line reads a
    head, a gap, the tail (桂林漓江 … 装备股份有限公司); the name is the letterhead that opens
    with the head and ends with the tail, never the tail alone."""
    assert values(_sealed("桂林漓江 装备股份有限公司"))["unit"] == "桂林漓江智造装备股份有限公司"


def test_a_signature_in_pieces_no_mention_completes_is_unread():
    """Pieces that no whole mention on the page joins are left unread, not read as the tail."""
    assert values(_sealed("桂林漓江 机床股份有限公司")).get("unit") is None


def test_a_whole_signature_is_read_as_it_stands():
    assert values(_sealed("桂林漓江智造装备股份有限公司"))["unit"] == "桂林漓江智造装备股份有限公司"


_COMMISSION = [
    "钦州港务人字〔2023〕9号",
    "关于委托评审梁振东同志经济系列中级职称的函",
    "钦州市职称改革工作领导小组办公室：",
    "我公司梁振东同志（身份证号：450702199003120016）申报经济师资格，因我公司无评审权限，",
    "特委托贵办组织评审。",
    "特此函。",
    "钦州港务物流集团有限公司",
    "2023年8月2日",
]

_REPLY = [
    "钦职改函〔2023〕21号",
    "关于同意梁振东同志委托评审的回函",
    "钦州港务物流集团有限公司：",
    "你公司来函收悉。经研究，同意接受委托，请于2023年8月31日前报送材料。",
    "此复。",
    "钦州市职称改革工作领导小组办公室",
    "2023年8月10日",
]


def test_a_reply_after_the_letter_is_not_the_letters_issuer_nor_date():
    """The letter and the addressee's reply to it on one upload (a sheet of both, or one after
    the other): the unit and date are the letter's own 落款, above the reply's heading."""
    found = values(make_doc(_COMMISSION + _REPLY))
    assert found["unit"] == "钦州港务物流集团有限公司"
    assert found["issued_on"] == "2023-08-02"


def test_a_reply_before_the_letter_is_skipped_to_the_letters_heading():
    found = values(make_doc(_REPLY + _COMMISSION))
    assert found["unit"] == "钦州港务物流集团有限公司"
    assert found["issued_on"] == "2023-08-02"


def test_a_reply_alone_has_no_issuer_nor_date_of_the_unit_read():
    """A reply with no letter of the unit's beside it: its issuer and date are the reviewing
    body's, so nothing is read."""
    found = values(make_doc(_REPLY))
    assert found.get("unit") is None
    assert found.get("issued_on") is None


def test_a_letter_asking_for_a_reply_is_read_as_a_letter():
    """A letter's body asking for a reply (请予回函) is no reply's heading."""
    found = values(make_doc(_COMMISSION[:5] + ["请予回函", "钦州港务物流集团有限公司",
                                               "2023年8月2日"]))
    assert found["unit"] == "钦州港务物流集团有限公司"
    assert found["issued_on"] == "2023-08-02"
