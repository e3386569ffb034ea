"""Annual assessments, continuing-education certificates and commission letters."""

from __future__ import annotations

from _docs import make_doc, table_doc

from extractors import annual_assessment, commission_letter, continuing_education, own_row


def values(module, doc):
    return {f.name: f.value for f in module.extract(doc).fields}


def test_annual_assessment_form():
    doc = make_doc(
        [
            "2023年度事业单位工作人员年度考核登记表",
            "单位：柳州某某科技有限公司",
            "姓名 张伟 性别 男 出生年月 1990.03",
            "单位 柳州某某科技有限公司",
            "现任职务 工程师 考核年度 2023",
            "个人总结：……",
            "考核结果：优秀",
            "单位（盖章）",
            "2024年1月10日",
        ]
    )
    assert values(annual_assessment, doc) == {
        "name": "张伟",
        "year": "2023",
        "result": "优秀",
        "unit": "柳州某某科技有限公司",
    }


def test_annual_assessment_ticked_and_chinese_year():
    doc = make_doc(
        [
            "年度考核表（二〇二二年度）",
            "姓    名：李强",
            "工作单位：柳州市某某医院",
            "考核等次：□优秀 ☑基本合格 □不合格",
        ]
    )
    assert values(annual_assessment, doc) == {
        "name": "李强",
        "year": "2022",
        "result": "基本合格",
        "unit": "柳州市某某医院",
    }


def test_scored_firm_assessment():
    # a firm's 绩效考评表: 考评 for 考核, the grade after its label, a legend of the grades
    doc = make_doc(
        [
            "某某市某某工程咨询有限公司",
            "2021年度员工绩效考评表",
            "姓    名 王小红 部    门 工程部",
            "考评项目 权重 自评分 上级评分 加权得分",
            "工作业绩 40% 88 86 34.4",
            "合计 100% 86.0",
            "综合得分：86.0分 考评等级：合格",
            "（90分及以上为优秀，70分至89分为合格，60分以下为不合格）",
            "人力资源部（盖章）",
            "2022年1月12日",
        ]
    )
    assert annual_assessment.score(doc) >= 0.6
    assert values(annual_assessment, doc) == {
        "name": "王小红",
        "year": "2021",
        "result": "合格",
        "unit": "某某市某某工程咨询有限公司",
    }


def test_scored_assessment_grade_beside_the_total_and_committee_not_unit():
    doc = make_doc(
        [
            "某某市某某医院",
            "2022年度工作人员年度考核量化评分表",
            "姓    名 李强 部    门 内科",
            "德 政治品质 20 18",
            "合计 100 93.5",
            "综合得分：93.5分 优秀",
            "（得分90分及以上的为优秀，60分以下为不合格）",
            "单位考核委员会意见：同意。",
            "单位（盖章）",
            "2023年1月20日",
        ]
    )
    assert values(annual_assessment, doc) == {
        "name": "李强",
        "year": "2022",
        "result": "优秀",
        "unit": "某某市某某医院",
    }


def test_a_notice_listing_staff_under_each_grade_gives_the_applicants_grade():
    # a 通报: the names under each grade, a list running on (a name broken at the line end),
    # a spaced name, a name listed twice; the holder is found among them by own_row
    doc = make_doc(
        [
            "某某县人民医院文件",
            "某医人〔2023〕5号",
            "关于2022年度考核结果的通报",
            "各科室：",
            "经个人述职、民主测评、考核小组审核，现将考核结果通报如下：",
            "一、优秀等次（3人）：王建国、李秀英、陈 明",
            "二、合格等次（6人）：赵小燕、周德",
            "华、吴刚、郑丽、孙强、孙强",
            "三、基本合格等次：无。",
            "希望受到表彰的同志珍惜荣誉、再接再厉。",
            "某某县人民医院",
            "2023年2月1日",
        ]
    )
    ex = annual_assessment.extract(doc)
    assert ex.value("name") is None and ex.value("year") == "2022"
    assert [[f.value for f in row] for row in ex.rows] == [
        ["王建国", "优秀"], ["李秀英", "优秀"], ["陈明", "优秀"], ["赵小燕", "合格"],
        ["周德华", "合格"], ["吴刚", "合格"], ["郑丽", "合格"], ["孙强", "合格"]]
    mine = own_row(ex, "周德华", None)
    assert (mine.value("name"), mine.value("result")) == ("周德华", "合格")
    assert own_row(ex, "张三", None).value("result") is None


def test_continuing_education():
    doc = make_doc(
        [
            "专业技术人员继续教育学时证明",
            "张伟同志（身份证号：450202199003121234）于2023年度参加专业技术人员继续教育，",
            "完成公需科目和专业科目学习共计90学时，考核合格。",
            "柳州市专业技术人员继续教育基地",
            "2024年1月5日",
        ]
    )
    assert values(continuing_education, doc) == {"name": "张伟", "year": "2023", "hours": "90"}


def test_continuing_education_labelled():
    doc = make_doc(
        [
            "继续教育证书",
            "姓名：李强",
            "年度：2022",
            "公需科目 30 学时",
            "专业科目 60 学时",
            "合计学时：90",
        ]
    )
    assert values(continuing_education, doc) == {"name": "李强", "year": "2022", "hours": "90"}


def test_commission_letter():
    doc = make_doc(
        [
            "委  托  函",
            "柳某函〔2024〕5号",
            "柳州市职称改革工作领导小组办公室：",
            "我单位张伟同志（身份证号：450202199003121234）为本单位在职专业技术人员，符合工程系列中级",
            "职称申报条件。因本系统暂未组建相应评审委员会，现委托贵单位对该同志进行评审。",
            "特此函告。",
            "柳州某某科技有限公司",
            "2024年7月1日",
        ]
    )
    assert values(commission_letter, doc) == {
        "name": "张伟",
        "unit": "柳州某某科技有限公司",
        "issued_on": "2024-07-01",
    }


def test_continuing_education_app_profile_header():
    """A platform app's hours page: the holder's name stands above the masked ID number."""
    doc = make_doc(
        [
            "09:41 4G 80%",
            "学时档案",
            "李晓梅",
            "证件号码：4501**********0027",
            "统计年度 2022年度",
            "2022年度累计学时",
            "102 学时",
            "公需科目 · 2022-05-10 +24学时",
        ],
        ocr=False,
    )
    assert values(continuing_education, doc) == {
        "name": "李晓梅", "year": "2022", "hours": "102"}


def test_continuing_education_no_name_beside_a_blank_line():
    """A name-like line separated from the ID line by a gap is no profile header."""
    doc = make_doc(["学时查询", "王芳", "", "", "身份证号：4501**********0027",
                    "2022年度累计学时 90 学时"], ocr=False)
    assert "name" not in values(continuing_education, doc)


def test_continuing_education_completed_column_not_required():
    """A review table of required against completed hours: the total row's completed figure."""
    doc = table_doc(
        ["科目", "应修学时", "实得学时", "是否达标"],
        [["公需科目", "30", "24", "否"], ["专业科目", "60", "60", "是"],
         ["合计", "90", "84", "否"]],
        above=["继续教育学时审核表", "审核年度：2022年", "姓名：王芳"],
    )
    assert values(continuing_education, doc) == {"name": "王芳", "year": "2022", "hours": "84"}


def test_system_generated_commission_letter():
    """A system's letter: the applicant in a grid of labels without colons (姓    名 张伟), the
    unit under its seal's label, a print stamp at the foot. 申报人信息如下 and
    委托单位对申报人所提交… are sentences, not labels with values."""
    doc = make_doc(
        [
            "职称评审管理服务系统",
            "职称委托评审函",
            "柳州市人力资源和社会保障局：",
            "经我单位审核，王建国同志申报2024年度工程技术系列中级职称，现委托贵单位组织评审。",
            "申报人信息如下：",
            "姓    名 王建国",
            "身份证号码 450202198807071234",
            "工作单位 柳州某某环保科技有限公司",
            "委托单位对申报人所提交材料的真实性负责。",
            "委托单位(盖章)：",
            "柳州某某环保科技有限公司",
            "2024年5月8日",
            "经办人：李某 联系电话：0772-1234567",
            "打印时间：2024-05-09 10:11:12",
        ]
    )
    assert values(commission_letter, doc) == {
        "name": "王建国", "unit": "柳州某某环保科技有限公司", "issued_on": "2024-05-08"}


def test_commission_letter_addressee_is_not_the_writer():
    """A letterhead above, the signature lost under the seal: the addressee's line (……局：)
    names whom the letter is written to, never the unit writing it."""
    doc = make_doc(["柳州某某信息技术有限公司", "委托评审函", "柳州市人力资源和社会保障局：",
                    "特委托贵局组织评审。", "此致", "敬礼！", "柳州某", "2024年6月19日"])
    assert values(commission_letter, doc)["unit"] == "柳州某某信息技术有限公司"


def test_commission_letter_with_a_supervisor_endorsement_below():
    """A recommendation letter naming the applicant in its heading (关于推荐…同志…的函), and
    under its signature the supervising department's endorsement with a later date: the
    letter's date is its own, above the endorsement."""
    doc = make_doc(["某某人〔2024〕3号", "关于推荐李红同志委托评审", "经济系列中级职称的函",
                    "柳州市人力资源和社会保障局：",
                    "李红，身份证号码450202199001011234，系我单位在职专业技术人员。",
                    "特推荐该同志委托贵单位组织评审。", "柳州某某物流有限公司", "2024年5月6日",
                    "主管部门意见：", "情况属实，同意推荐。", "（盖章）", "2024年5月9日"])
    assert values(commission_letter, doc) == {
        "name": "李红", "unit": "柳州某某物流有限公司", "issued_on": "2024-05-06"}


def test_commission_letter_a_two_character_name_after_the_applicants_role():
    """The unit introduces its applicant by role then name (我单位干部李明（公民身份号码…）):
    the role word is never part of the name, even when role and name together are as short as
    a name."""
    doc = make_doc(["关于委托评审的函", "广西某某人力资源和社会保障厅：",
                    "我单位干部李明（公民身份号码：450103199205061238）拟申报工程系列中级职称，",
                    "特委托贵厅组织评审。", "桂林某某电子有限公司", "2023年11月2日"])
    assert values(commission_letter, doc)["name"] == "李明"


def test_continuing_education_booklet_names_its_holder():
    # a 继续教育登记册's yearly validation page: the holder as 持证人, an empty year beside
    doc = make_doc(
        [
            "专业技术人员继续教育年度验证",
            "持证人：王建国",
            "身份证号：450202198001011234",
            "2022 年度 年度",
            "公需科目 30 学时 公需科目 学时",
            "专业科目 60 学时 专业科目 学时",
            "合 计 90 学时 合 计 学时",
            "验证单位（盖章） 验证单位（盖章）",
        ]
    )
    got = values(continuing_education, doc)
    assert (got["name"], got["year"], got["hours"]) == ("王建国", "2022", "90")


def test_annual_assessment_unit_under_a_joint_label_with_the_post():
    doc = make_doc(
        [
            "专业技术人员2021年度考核登记表",
            "姓名 李秀英 性别 女 出生年月 1990.5",
            "单位及职务 某某市某某建设集团有限公司助理工程师",
            "考核等次：合格",
        ]
    )
    assert values(annual_assessment, doc)["unit"] == "某某市某某建设集团有限公司"
    doc = make_doc(["2021年度考核登记表", "姓名 李秀英", "单位及职务 某某市人民医院院长"])
    assert values(annual_assessment, doc)["unit"] == "某某市人民医院"


def test_a_notice_is_issued_by_the_unit_of_its_letterhead():
    # the signature above the date split from it by a seal's stray character, and a sentence
    # naming 公司's own rules before it: the issuer's mark heading the 通报 is its unit
    doc = make_doc(
        [
            "某某市某某工程有限公司文件",
            "某某司人〔2022〕3号",
            "关于公布2021年度员工考核结果的通报",
            "根据公司《员工考核办法》，现将考核结果通报如下：",
            "一、优秀等次（2人）：王建国、李秀英",
            "二、合格等次（2人）：赵小燕、吴刚",
            "某某市某某工程有限公司",
            "章",
            "2022年2月8日",
        ]
    )
    assert values(annual_assessment, doc)["unit"] == "某某市某某工程有限公司"


def test_annual_assessment_ocr_tick_read_as_v_among_empty_boxes():
    doc = make_doc(["2022年度考核登记表", "姓名 王建国", "考核结果:V优秀口合格口基本合格口不合格"])
    assert values(annual_assessment, doc)["result"] == "优秀"
    doc = make_doc(["2022年度考核登记表", "姓名 王建国", "考核结果:口优秀V合格口基本合格口不合格"])
    assert values(annual_assessment, doc)["result"] == "合格"


def test_annual_assessment_proof_addressed_to_a_committee_is_not_its_unit():
    # the birth date in the sentence below the addressee is no signature's date
    doc = make_doc(
        [
            "证 明",
            "致：职称评审委员会",
            "兹证明李秀英同志（女，1988年3月出生）系我单位在职职工，经单位年度考核，",
            "该同志2021年度考核结果为合格。",
            "特此证明。",
            "某某市第九中学",
            "2022.0l.1",
        ]
    )
    got = values(annual_assessment, doc)
    assert (got["name"], got["result"], got["unit"]) == ("李秀英", "合格", "某某市第九中学")


def test_continuing_education_holder_heading_over_the_name_label():
    # a booklet's cover: 持 证 人 is a heading over the 姓名 line, not a label of its own
    doc = make_doc(["持 证 人", "姓    名 王建国", "身份证号 450202198001011234",
                    "继续教育学时登记", "2023年度合计 90 学时"])
    assert values(continuing_education, doc)["name"] == "王建国"


def test_an_approval_form_names_its_unit_where_the_unit_filled_it_in():
    """A 委托评审审批表: the unit fills it in (填报单位（盖章）：…) over the applicant's particulars
    and a reason that names the committee it lacks; four opinion boxes follow."""
    doc = make_doc(
        [
            "职称委托评审审批表",
            "填报单位（盖章）：梧州某某水利工程有限公司 编号：2024-12",
            "姓    名 陈晓东",
            "工作单位 梧州某某水利工程有限公司",
            "委托评审理由：",
            "本单位所在系统未设立相应专业的职称评审委员会，需委托评审。",
            "单位意见 主管部门意见",
            "同意委托。",
            "（盖章） （盖章）",
            "2024年4月2日 年 月 日",
        ]
    )
    assert values(commission_letter, doc) == {
        "name": "陈晓东", "unit": "梧州某某水利工程有限公司", "issued_on": "2024-04-02"}


def test_an_approval_form_without_the_units_label_names_the_applicants_work_unit():
    doc = make_doc(
        [
            "专业技术人员职称委托评审表",
            "姓    名 陈晓东",
            "工作单位 梧州某某水利工程有限公司",
            "拟委托评审机构 梧州市人力资源和社会保障局",
            "单位意见：同意委托。",
            "2024年4月2日",
        ]
    )
    assert values(commission_letter, doc)["unit"] == "梧州某某水利工程有限公司"


def test_a_readers_signature_panel_is_not_the_letter():
    """A letter signed with a digital certificate, shown in a PDF reader: the panel under it
    (signature valid, signer, signing time, the certificate's issuer) is the reader's report;
    the authority is not the unit, the signing time is not the letter's date."""
    doc = make_doc([
        "委托函",
        "南宁市职称改革工作领导小组办公室：",
        "兹有我单位职工 赵丽娜 同志申报经济系列中级职称，特委托贵办组织评审。",
        "南宁某某物流股份有限公司",
        "2023年9月2日",
        "✓ 签名有效",
        "签名者：南宁某某物流股份有限公司",
        "签名时间：2023-09-0416:02:11",
        "证书颁发者：某某电子认证服务中心",
    ])
    assert values(commission_letter, doc) == {
        "name": "赵丽娜", "unit": "南宁某某物流股份有限公司", "issued_on": "2023-09-02"}
