"""Whether a string read off a document is a well-formed Chinese personal name.

A reviewer recognises a name by its shape: a surname, then one to three given-name
characters, nothing that reads as a document's words (``毕业证书``, ``研究生``, ``工程师``).
Extractors use this to reject headings and labels caught by a name pattern, and the rules use
it to decide whether a read name is solid enough to contradict the form: a string that is not
a well-formed name is "could not verify", never a ``NAME_MISMATCH``.

The surnames are those of the 百家姓 and the common modern ones (the first character, or the
first two for compound surnames). Names of the ethnic minorities written with a middle dot
(``买买提·艾力``) are accepted by their shape.

>>> well_formed_name("张伟"), well_formed_name("欧阳明月"), well_formed_name("买买提·艾力")
(True, True, True)
>>> well_formed_name("毕业证书"), well_formed_name("研究生"), well_formed_name("同志")
(False, False, False)
>>> well_formed_name("经办人"), well_formed_name("文号"), well_formed_name("联系人")
(False, False, False)
>>> well_formed_name("张梅老师"), well_formed_name("黄老师")
(False, False)
"""

from __future__ import annotations

import re
from typing import Final

CJK: Final = "\u4e00-\u9fff\u3400-\u4dbf"

SINGLE_SURNAMES: Final = frozenset(
    "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛"
    "奚范彭郎鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐"
    "康伍余元卜顾孟平黄和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮"
    "蓝闵席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干"
    "解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松"
    "井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司"
    "韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦"
    "雍却璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾终暨居"
    "衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜养"
    "鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公覃岳帅缑亢况郈有琴商牟佘佴伯赏墨哈谯笪年爱阳佟言"
    "福付肖檀粟代尧揭占战谌邝练植晋麦续湛俸伞"
)
COMPOUND_SURNAMES: Final = frozenset({
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒",
    "夏侯", "令狐", "端木", "独孤", "南宫", "西门", "百里", "呼延", "轩辕", "澹台", "闻人", "万俟",
    "申屠", "公羊", "赫连", "拓跋", "钟离", "宗政", "濮阳", "太叔", "淳于", "单于", "仲孙", "司空",
    "闾丘", "子车", "亓官", "司寇", "巫马", "公西", "颛孙", "壤驷", "公良", "漆雕", "乐正", "宰父",
    "谷梁", "段干", "东郭", "南门", "羊舌", "微生", "梁丘", "左丘", "第五",
})

#: Character pairs that belong to document wording, never to a person's name.
_DOCUMENT_WORDS: Final = re.compile(
    "证书|毕业|学位|学历|研究|学生|学校|大学|学院|专业|工程|单位|公司|同志|先生|女士|年度|考核|"
    "合同|聘任|聘书|职称|职务|岗位|姓名|性别|民族|出生|身份|编号|日期|时间|主席|校长|院长|委员|"
    "本科|专科|硕士|博士|教育|培养|学习|成绩|准予|授予|甲方|乙方|签字|盖章|公章|照片|附件|备注|"
    # a document's own labels: who handled it (经办人, 联系人, 负责人), its references (文号,
    # 管理号) and the box its holder signs (签名)
    "经办|联系|负责|审核|签发|文号|电话|管理号|签名|"
    # where to reach or check something (查询网址：, 通讯地址：, 电子邮箱：, 传真：): a label
    # of a contact or a URL, never a person (查 is a surname: 查询网址 is no name)
    "网址|网站|地址|邮箱|传真|邮编|"
    # the honorific a school or a hospital addresses its staff with (张梅老师：)
    "老师"
)
_PLAIN: Final = re.compile(rf"[{CJK}]{{2,4}}")
_DOTTED: Final = re.compile(rf"[{CJK}]{{1,8}}·[{CJK}]{{1,8}}(?:·[{CJK}]{{1,8}})?")


def surname_of(name: str) -> str | None:
    """The surname `name` starts with, None when it starts with no known surname.

    >>> surname_of("诸葛亮"), surname_of("覃海燕"), surname_of("研究生")
    ('诸葛', '覃', None)
    """
    if name[:2] in COMPOUND_SURNAMES and len(name) >= 3:
        return name[:2]
    return name[0] if name and name[0] in SINGLE_SURNAMES else None


def well_formed_name(text: str) -> bool:
    """True when `text` (whitespace ignored) has the shape of a Chinese personal name."""
    name = re.sub(r"\s+", "", text or "").replace("•", "·").replace("・", "·")
    if _DOCUMENT_WORDS.search(name):  # 何娟雪·性别女: OCR's dot for a comma before a label
        return False
    if _DOTTED.fullmatch(name):
        return True
    if not _PLAIN.fullmatch(name):
        return False
    return surname_of(name) is not None
