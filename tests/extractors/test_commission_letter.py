"""Commission letters: an OA system's workflow panel beside the letter, a seal over the
signature."""

from __future__ import annotations

from _docs import make_doc

from extractors import commission_letter


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
