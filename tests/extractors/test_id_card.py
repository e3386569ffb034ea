from __future__ import annotations

from _docs import make_doc

from extractors import id_card


def values(doc):
    return {f.name: f.value for f in id_card.extract(doc).fields}


def test_front_side():
    doc = make_doc(
        [
            "姓  名 张伟",
            "性  别 男 民  族 汉",
            "出  生 1990 年 3 月 12 日",
            "住  址 广西柳州市城中区某某路1号",
            "公民身份号码 45020219900312123x",
        ]
    )
    assert values(doc) == {
        "name": "张伟",
        "id_number": "45020219900312123X",
        "gender": "男",
        "birth_date": "1990-03-12",
    }


def test_glued_labels():
    doc = make_doc(
        ["姓名欧阳晓明", "性别女民族汉", "出生1991年2月3日", "公民身份号码450202199102031228"]
    )
    got = values(doc)
    assert got["name"] == "欧阳晓明" and got["gender"] == "女" and got["birth_date"] == "1991-02-03"
    assert got["id_number"] == "450202199102031228"


def test_a_stray_stroke_before_the_gender_is_skipped():
    # OCR of a photographed card (sample LZ2024-0009): the card's border read as "J"
    doc = make_doc(["姓名 莫勇", "性别 J男 民族汉", "出生 1981年9月27日",
                    "公民身份号码 450205198109274375"])
    assert values(doc)["gender"] == "男"


def test_name_row_that_lost_its_first_label_character_at_the_edge():
    doc = make_doc(["名 李秀英", "性 别 女 民族 汉", "出 生 1988年7月9日",
                    "公民身份号码450202198807091024", "签名：李秀英"])
    assert values(doc)["name"] == "李秀英"


def test_a_signature_or_a_name_inside_a_line_is_no_name_row():
    doc = make_doc(["性 别 女 民族 汉", "公民身份号码450202198807091024",
                    "本复印件签名：李秀英", "书名 某某某某某"])
    assert "name" not in values(doc)


def test_name_above_the_gender_row_when_its_label_was_covered():
    doc = make_doc(["陈志强 复印无效", "出生性别 男 民族 汉", "住址 某某市某某路1号",
                    "公民身份号码450202199001011234"])
    assert values(doc)["name"] == "陈志强"


def test_a_cut_name_beside_its_label_is_left_unread():
    doc = make_doc(["姓名 陈", "性别 男 民族 汉", "公民身份号码450202199001011234"])
    assert "name" not in values(doc)


def test_birth_date_misread_or_unlabelled_is_the_valid_numbers():
    """The number's digits 7-14 are the birth date, vouched for by its check digit: a printed
    date that differs (8 read as 6) is a misread, and one whose 出生 label was lost is read
    from the number."""
    misread = make_doc(
        [
            "姓  名 张伟",
            "性  别 男 民  族 汉",
            "出  生 1965 年 2 月 20 日",
            "公民身份号码 110105198502201232",
        ]
    )
    unlabelled = make_doc(
        [
            "姓  名 张伟",
            "性  别 男 民  族 汉",
            "生 1966 年 2 月 20 日",
            "公民身份号码 110105198502201232",
        ]
    )
    assert values(misread)["birth_date"] == "1985-02-20"
    assert values(unlabelled)["birth_date"] == "1985-02-20"


def test_birth_date_as_printed_when_the_number_fails_its_check():
    doc = make_doc(
        [
            "姓  名 张伟",
            "出  生 1985 年 2 月 20 日",
            "公民身份号码 110105196502201232",
        ]
    )
    assert values(doc)["birth_date"] == "1985-02-20"


def test_the_holders_signature_on_a_copy_names_the_holder_when_the_name_row_is_unread():
    """A copy made for an application is signed by the card's holder under its statement
    (与原件一致，仅供…使用): the signature names the holder when the copy lost the name row;
    a readable name row is still the card's own word."""
    lines = ["居民身份证", "姓名 韦", "性别 女 民族 汉", "出生 1990年2月3日",
             "住址 广西南宁市青秀区民族大道1号", "公民身份号码 450103199002031526",
             "此复印件仅用于岗位聘任，与原件一致。", "本人签字：韦小红    2024年5月6日"]
    assert values(make_doc(lines))["name"] == "韦小红"
    lines[1] = "姓名 韦晓虹"
    assert values(make_doc(lines))["name"] == "韦晓虹"


def test_a_sex_the_copy_lost_is_the_one_its_valid_number_encodes():
    # the 性别 row too faint to read; the number (check digit valid) states the sex in its
    # 17th digit: even, a woman
    doc = make_doc(["姓名 欧阳晓明", "性 方 民族 壮", "出生 1991年2月3日",
                    "公民身份号码 450202199102031229"])
    assert values(doc)["gender"] == "女"
    # a printed sex, when read, is kept; a number whose check digit fails states nothing
    assert values(make_doc(["姓名 韦海", "性别 男", "公民身份号码 450202199102031229"]))[
        "gender"] == "男"
    assert "gender" not in values(make_doc(["姓名 韦海", "性 万",
                                            "公民身份号码 450202199102031228"]))


def test_a_verification_slip_signed_by_the_applicant_names_the_holder():
    """A slip a service window prints after checking the card (人证核验单) is signed by the
    holder as the applicant (申请人签字 / 申请人确认签字); read when the chip table's name is no
    name; the clerk's signature (经办人) never is."""
    lines = ["身份证核验记录", "姓名 呙 性别 女", "民族 汉 出生 19871105",
             "公民身份号码 420106198711054421", "经办人签字：邓小军",
             "申请人签字：罗佳慧 2023.09.01"]
    assert values(make_doc(lines))["name"] == "罗佳慧"
    lines[-1] = "申请人确认签字："
    assert values(make_doc(lines)).get("name") is None


def test_a_stray_character_before_the_number_is_dropped_only_when_the_card_vouches():
    # a 19-character run under the label: the 18 after the stray one are the number when its
    # check digit holds and its birth digits are the date printed after 出生
    lines = ["公民身份号码 3320106199208173525", "出生 1992年8月17日", "性别 女", "姓名 钱小芸"]
    got = id_card.extract(make_doc(lines))
    assert {f.name: f.value for f in got.fields}["id_number"] == "320106199208173525"
    # the printed birth date disagrees: nothing vouches for the cut, so it is left unread
    lines[1] = "出生 1992年8月18日"
    assert "id_number" not in {f.name for f in id_card.extract(make_doc(lines)).fields}
    # a stray one after the number (or a misread inside it) is not cut off
    lines[:2] = ["公民身份号码 3201061992081735251", "出生 1992年8月17日"]
    assert "id_number" not in {f.name for f in id_card.extract(make_doc(lines)).fields}


def test_a_page_label_without_a_name_is_not_the_cards_name_row():
    """A screenshot of the card previewed over a form: the form's own 姓名 label, with only
    another label beside it, is passed over for the card's row that carries a name."""
    doc = make_doc([
        "人事档案管理系统 退出",
        "基本情况 姓名",
        "工作单位 籍贯",
        "姓 名 韦小兰",
        "民 族 壮 性 别 女",
        "出 生 1991 年 2 月 3 日",
    ])
    assert values(doc)["name"] == "韦小兰"


def test_no_label_carrying_a_name_leaves_the_name_unread():
    doc = make_doc([
        "基本情况 姓名",
        "工作单位 籍贯",
        "民 族 壮 性 别 女",
    ])
    assert "name" not in values(doc)


def _receipt(number_row: str, *, own: str = "业务编号：320102202311200519") -> dict:
    """A 居民身份证受理回执 of another station: the slip's own number at its head, then the
    holder's particulars in a grid."""
    return values(make_doc([
        "居民身份证受理回执",
        f"{own} 第二联 申请人留存",
        "姓名 陈雅琴 性别 女",
        "民族 汉 出生 1991年7月15日",
        number_row,
        "住址 江苏省南京市玄武区北京东路39号",
        "申领原因：有效期满换领 受理日期：2023年11月20日",
        "受理单位：南京市公安局玄武分局梅园新村派出所",
    ]))


def test_the_receipts_own_number_is_not_the_holders():
    # the holder's number lost in the photo: left unread, never the slip's own number
    got = _receipt("公民身份号码")
    assert "id_number" not in got
    assert got["birth_date"] == "1991-07-15" and got["gender"] == "女"
    # the holder's number read, labelled or not: it, not the slip's
    assert _receipt("公民身份号码 32010219910715002X")["id_number"] == "32010219910715002X"
    assert _receipt("32010219910715002X")["id_number"] == "32010219910715002X"


def test_a_number_not_labelled_as_the_documents_own_is_still_read():
    # a number at the head with no label, or under the ID's own label: the holder's
    assert _receipt("公民身份号码", own="32010219910715002X")["id_number"] == "32010219910715002X"
    assert _receipt("公民身份号码", own="身份证号码：32010219910715002X")["id_number"] == (
        "32010219910715002X")
