#!/usr/bin/env python3
"""Render a realistic sample intake window (policy liuzhou-2024) with ground truth.

    python data/samples/generate.py --out data/samples/liuzhou-2024
        [--profile full|tiny|ci|others|others3|...|others40] [--seed N]

Writes ``<out>/window.toml``, ``<out>/applicants/<id>/{application.json, uploads}``,
``<out>/social_security.csv`` (GB18030 in the full profile, UTF-8 in tiny),
``<out>/integrity_records.csv``, ``<out>/suspect_journals.csv`` (the window's own suspect-journal
list, naming the journals the sample plants as suspect) and ``<out>/truth.json`` (ignored by the
pipeline), and, with ``--readme``, rewrites data/samples/README.md from the truth.

Every applicant is built clean (consistent documents, pension records, seniority, materials)
and then at most one defect is planted, so each applicant's expected flags are exactly the
planted code(s). Layout/rendering helpers live in data/samples/render/. Deterministic: the same
seed and profile give the same files byte for byte.

Needs: reportlab, pillow, numpy, opencv-python-headless, pymupdf and a CJK font (Debian package
fonts-wqy-zenhei).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import io
import json
import multiprocessing
import os
import random
import shutil
import sys
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from render import backends
from render import documents as D
from render import layouts as L
from render.font import FontMissing, find_cjk_font
from render.ids import (
    break_issn,
    corrupt_id_check,
    degree_number,
    diploma_number,
    id_check_digit,
    id_is_valid,
    issn_is_valid,
    make_id_number,
    make_uscc,
    retirement_month,
    uscc_is_valid,
)

POLICY = "liuzhou-2024"
REVIEW_YEAR = 2024
APPLICATION_DEADLINE = "2024-08-31"
MATERIALS_DEADLINE = "2024-08-31"
CITY = "450200"  # 柳州市

# --------------------------------------------------------------------------- reference data
# Real journals, name/ISSN/CN copied from shared/data/journals/cnki_journals_2023-11-30.csv
# (kept here so the generator runs from a fresh clone; checked against the file, read in place,
# when the shared data folder is present: see check_journals).
JOURNALS = {
    "工程": [("建筑技术", "1000-4726", "11-2253/TU"), ("工程建设与设计", "1007-9467", "11-3914/TU"),
             ("建筑结构", "1002-848X", "11-2833/TU"), ("中国给水排水", "1000-4602", "12-1073/TU"),
             ("广西城镇建设", "1672-7045", "45-1314/TU"),
             ("机械设计与制造", "1001-3997", "21-1140/TH"),
             ("现代制造工程", "1671-3133", "11-4659/TH"), ("电气技术", "1673-3800", "11-5255/TM"),
             ("公路交通科技", "1002-0268", "11-2279/U"), ("价值工程", "1006-4311", "13-1085/N"),
             ("混凝土", "1002-3550", "21-1259/TU"), ("交通世界", "1006-8872", "11-3723/U"),
             ("材料导报", "1005-023X", "50-1078/TB"), ("广西电力", "1671-8380", "45-1307/TK")],
    "会计": [("会计之友", "1004-5937", "14-1063/F"), ("财会月刊", "1004-0994", "42-1290/F"),
             ("财会通讯", "1002-8072", "42-1103/F"), ("商业会计", "1002-5812", "11-1475/F"),
             ("中国总会计师", "1672-576X", "11-5056/F"), ("财务与会计", "1003-286X", "11-1177/F")],
    "经济": [("企业经济", "1006-5024", "36-1004/F"), ("中国市场", "1005-6432", "11-3358/F"),
             ("经济师", "1004-4914", "14-1069/F"), ("中国集体经济", "1008-1283", "11-3946/F"),
             ("现代企业", "1000-9671", "61-1194/F")],
    "卫生": [("护理研究", "1009-6493", "14-1272/R"), ("护理学杂志", "1001-4152", "42-1154/R"),
             ("中国护理管理", "1672-1756", "11-4979/R"), ("中国医药导报", "1673-7210", "11-5539/R"),
             ("循证护理", "2095-8668", "14-1377/R")],
    "中小学教师": [("中国教育学刊", "1002-4808", "11-2606/G4"),
                   ("教学与管理", "1004-5872", "14-1024/G4"),
                   ("广西教育", "0450-9889", "45-1090/G4"),
                   ("中学数学教学参考", "1002-2171", "61-1032/G4"),
                   ("基础教育课程", "1672-6715", "11-5187/G")],
}
# Suspect journal: shared/data/journals/cn_illegal_examples_from_pages.csv (非法刊物黑名单).
BLACKLISTED = {"journal": "中华教育杂志", "issn": "1684-0445", "cn": "",
               "source": "shared/data/journals/cn_illegal_examples_from_pages.csv: "
                         "中华教育杂志,1684-0445 (no CN; claims 香港现代教育研究会)"}
# Suspect journal from the CAS early-warning list (2024 edition, 论文工厂、中国作者占比畸高).
CAS_WARNING = {"journal": "Science of Advanced Materials", "issn": "1947-2935", "cn": "",
               "source": "shared/data/journals/cas_warning_2020_2025_combined.csv: 2024,"
                         "SCIENCE OF ADVANCED MATERIALS,1947-2935"}

# The window's own suspect-journal list (suspect_journals.csv, the columns of docs/spec/intake.md):
# the journals above, which the sample plants as suspect, and two made-up fakes no sample paper
# names. `credcheck run` screens the window with it unless given --blacklist.
SUSPECT_LIST_COLUMNS = ("name", "aliases", "issn", "cn", "category", "source", "reason", "added_on",
                        "added_by")
SUSPECT_LIST_SOURCE = "样例名单 (data/samples/generate.py)"
SUSPECT_LIST = (
    {"name": BLACKLISTED["journal"], "issn": BLACKLISTED["issn"], "cn": BLACKLISTED["cn"],
     "category": "illegal", "reason": "非法期刊：无 CN 号，自称香港现代教育研究会主办"},
    {"name": CAS_WARNING["journal"], "issn": CAS_WARNING["issn"], "cn": CAS_WARNING["cn"],
     "category": "warning",
     "reason": "列入中国科学院文献情报中心国际期刊预警名单：2024 年版 论文工厂、中国作者占比畸高"},
    {"name": "中国教育科学研究前沿", "category": "fake",
     "reason": "假冒期刊，无 CN 号，以“核心期刊”名义收取版面费（样例虚构条目）"},
    {"name": "现代城市建设与工程管理研究", "aliases": "现代城建工程管理", "category": "fake",
     "reason": "假冒期刊，盗用他刊 CN 号（样例虚构条目）"},
)
SUSPECT_LIST_ADDED_ON = "2024-06-01"

SCHOOLS = {  # name: (5-digit 学校代码, 校长 printed on the certificate)
    "广西大学": ("10593", "赵跃宇"), "广西科技大学": ("10594", "马少健"),
    "桂林电子科技大学": ("10595", "古天龙"), "桂林理工大学": ("10596", "解庆林"),
    "广西医科大学": ("10598", "赵劲民"), "广西师范大学": ("10602", "贺祖斌"),
    "广西民族大学": ("10608", "谢尚果"), "重庆大学": ("10611", "张宗益"),
    "湖南大学": ("10532", "段献忠"), "中南大学": ("10533", "张尧学"),
    "华南理工大学": ("10561", "高松"), "西南交通大学": ("10613", "徐飞"),
    "广西财经学院": ("11548", "邓新华"),
}

SERIES = {  # series: (titles by level, majors (本科), master majors, specialties)
    "工程": ({"初级": "助理工程师", "中级": "工程师", "副高级": "高级工程师",
              "正高级": "正高级工程师"},
             ["土木工程", "机械设计制造及其自动化", "电气工程及其自动化", "给排水科学与工程",
              "交通工程", "材料科学与工程", "道路桥梁与渡河工程"],
             ["结构工程", "机械工程"],
             {"土木工程": "建筑工程", "机械设计制造及其自动化": "机械工程",
              "电气工程及其自动化": "电气工程", "给排水科学与工程": "给排水工程",
              "交通工程": "交通运输工程", "材料科学与工程": "材料工程",
              "道路桥梁与渡河工程": "道路与桥梁工程", "结构工程": "建筑工程",
              "机械工程": "机械工程"}),
    "会计": ({"初级": "助理会计师", "中级": "会计师", "副高级": "高级会计师",
              "正高级": "正高级会计师"},
             ["会计学", "财务管理"], ["会计学"], {"会计学": "会计", "财务管理": "会计"}),
    "经济": ({"初级": "助理经济师", "中级": "经济师", "副高级": "高级经济师",
              "正高级": "正高级经济师"},
             ["工程管理", "财务管理"], ["工程管理"], {"工程管理": "建筑与房地产经济",
                                               "财务管理": "工商管理"}),
    "卫生": ({"初级": "护师", "中级": "主管护师", "副高级": "副主任护师", "正高级": "主任护师"},
             ["护理学"], ["护理学"], {"护理学": "护理"}),
    "中小学教师": ({"初级": "二级教师", "中级": "一级教师", "副高级": "高级教师",
                    "正高级": "正高级教师"},
                   ["汉语言文学", "数学与应用数学", "英语"], ["汉语言文学"],
                   {"汉语言文学": "中学语文", "数学与应用数学": "中学数学", "英语": "中学英语"}),
}
LEVELS = ["初级", "中级", "副高级", "正高级"]

UNITS = {  # key: (name, type, department, USCC prefix, region)
    "jiangong": ("柳州市鼎拓建设工程有限公司", "private", "柳州市住房和城乡建设局", "91", CITY),
    "jixie": ("广西柳州恒锐机械科技有限公司", "private", "柳州市工业和信息化局", "91", CITY),
    "zhilian": ("柳州桂中智联信息技术有限公司", "private", "柳州市工业和信息化局", "91", CITY),
    "caiwu": ("柳州市正衡会计师事务所有限公司", "private", "柳州市财政局", "91", CITY),
    "wuye": ("柳州市安居物业服务有限公司", "private", "柳州市住房和城乡建设局", "91", CITY),
    "dianqi": ("柳州市宏达电气设备有限公司", "private", "柳州市工业和信息化局", "91", CITY),
    "luqiao": ("柳州市路桥建设发展集团有限公司", "state_owned",
               "柳州市人民政府国有资产监督管理委员会", "91", CITY),
    "shuiwu": ("柳州市水务投资集团有限公司", "state_owned",
               "柳州市人民政府国有资产监督管理委员会", "91", CITY),
    "tielu": ("中铁柳州工程局集团第二工程有限公司", "state_owned", "柳州市住房和城乡建设局",
              "91", CITY),
    "jianyan": ("柳州市建设工程质量安全检测中心", "public_institution",
                "柳州市住房和城乡建设局", "12", CITY),
    "shejiyuan": ("柳州市市政设计研究院", "public_institution", "柳州市住房和城乡建设局",
                  "12", CITY),
    "yiyuan": ("柳州市第六人民医院", "public_institution", "柳州市卫生健康委员会", "12", CITY),
    "zhongxue": ("柳州市第四十二中学", "public_institution", "柳州市教育局", "12", CITY),
    "xiaoxue": ("柳州市鱼峰区箭盘山小学", "public_institution", "柳州市鱼峰区教育局", "12",
                "450203"),
    "xiehui": ("柳州市建筑业协会", "social_org", "柳州市住房和城乡建设局", "51", CITY),
    "zhujianju": ("柳州市柳北区住房和城乡建设局", "civil_service", "柳州市柳北区人民政府",
                  "11", "450205"),
    "qiche": ("柳州市联达汽车零部件有限公司", "private", "柳州市工业和信息化局", "91", CITY),
    "kaifa": ("柳州市桂柳建筑劳务有限公司", "private", "柳州市住房和城乡建设局", "91", CITY),
    "renli": ("广西柳州市众合人力资源服务有限公司", "private", "柳州市人力资源和社会保障局",
              "91", CITY),
    "gangtie": ("柳州市金桥钢结构工程有限公司", "private", "柳州市住房和城乡建设局", "91", CITY),
    "jianli": ("柳州市华诚工程监理有限公司", "private", "柳州市住房和城乡建设局", "91", CITY),
}
COMMITTEES = {"初级": "柳州市{series}系列初级职称评审委员会",
              "中级": "柳州市{series}系列中级职称评审委员会",
              "副高级": "广西壮族自治区{series}系列高级职称评审委员会",
              "正高级": "广西壮族自治区{series}系列正高级职称评审委员会"}
ISSUERS = {"初级": "柳州市人力资源和社会保障局", "中级": "柳州市人力资源和社会保障局",
           "副高级": "广西壮族自治区人力资源和社会保障厅",
           "正高级": "广西壮族自治区人力资源和社会保障厅"}

REGIONS = [("450202", "广西柳州市城中区", ["文昌路", "五一路", "公园路"]),
           ("450203", "广西柳州市鱼峰区", ["箭盘路", "柳石路", "荣军路"]),
           ("450204", "广西柳州市柳南区", ["航银路", "西环路", "潭中西路"]),
           ("450205", "广西柳州市柳北区", ["跃进路", "雅儒路", "胜利路"]),
           ("450222", "广西柳城县", ["大埔镇建设路", "龙头街"]),
           ("450223", "广西鹿寨县", ["鹿寨镇城中路", "桂中大道"]),
           ("450103", "广西南宁市青秀区", ["民族大道", "东葛路"]),
           ("450305", "广西桂林市七星区", ["漓江路", "穿山路"]),
           ("430104", "湖南省长沙市岳麓区", ["麓山南路", "桐梓坡路"])]
SURNAMES = "张王李刘陈杨黄赵周吴徐孙马胡朱郭何罗高林梁韦覃蒙莫潘谭廖蓝陆唐卢"
GIVEN_M = "伟强磊军洋勇杰涛斌超明辉鹏飞华平刚建波志峰宇浩俊东亮林文海"
GIVEN_F = "芳娜敏静丽艳娟霞玲婷燕红梅琳雪慧颖洁萍琴倩云莉佳欣悦"

# --------------------------------------------------------------------------- helpers


def ym_add(ymd: str, months: int) -> str:
    y, m = int(ymd[:4]), int(ymd[5:7])
    idx = y * 12 + m - 1 + months
    return f"{idx // 12:04d}-{idx % 12 + 1:02d}"


def ym_range(start: str, end: str):
    """Months from start to end inclusive, as YYYY-MM."""
    cur = start[:7]
    while cur <= end[:7]:
        yield cur
        cur = ym_add(cur, 1)


def app_rng(seed: int, key: str) -> random.Random:
    return random.Random(int(hashlib.sha256(f"{seed}:{key}".encode()).hexdigest()[:16], 16))


def stable_int(key: str) -> int:
    return int(hashlib.sha256(key.encode()).hexdigest()[:8], 16)


_UNIT_CACHE: dict[str, dict] = {}


def unit(key: str) -> dict:
    """A unit with a valid, stable (name-derived) credit code."""
    if key not in _UNIT_CACHE:
        name, typ, dept, prefix, region = UNITS[key]
        r = random.Random(stable_int(name))
        alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        if prefix == "91":
            body = "MA5" + "".join(r.choice(alphabet) for _ in range(5))
        else:
            body = "".join(r.choice("0123456789") for _ in range(8))
        code = make_uscc(prefix, region, body)
        assert uscc_is_valid(code)
        _UNIT_CACHE[key] = {
            "key": key, "name": name, "type": typ, "department": dept, "credit_code": code,
            "address": f"柳州市{['城中区', '柳北区', '鱼峰区', '柳南区'][r.randrange(4)]}"
                       f"{['东环大道', '屏山大道', '文昌路', '航生路', '桂柳路'][r.randrange(5)]}"
                       f"{r.randint(8, 399)}号",
            "legal_rep": r.choice(SURNAMES) + r.choice(GIVEN_M) + r.choice(GIVEN_M)}
    return _UNIT_CACHE[key]


@dataclass
class Person:
    name: str
    gender: str
    birth: str  # YYYY-MM-DD
    id_number: str
    address: str
    ethnicity: str


class Names:
    def __init__(self):
        self.used: set[str] = set()

    def new(self, rng: random.Random, gender: str) -> str:
        pool = GIVEN_M if gender == "男" else GIVEN_F
        while True:
            n = (rng.choice(SURNAMES) + rng.choice(pool)
                 + (rng.choice(pool) if rng.random() < 0.7 else ""))
            if n not in self.used and len(set(n)) == len(n):
                self.used.add(n)
                return n


NAMES = Names()


def new_person(rng: random.Random, gender: str | None = None, birth: str | None = None,
               name: str | None = None) -> Person:
    gender = gender or rng.choice("男女")
    if birth is None:
        y = rng.randint(1980, 1992)
        birth = f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    region, place, streets = rng.choice(REGIONS[:6] if rng.random() < 0.8 else REGIONS)
    seq = rng.randint(0, 99) * 10 + rng.choice([1, 3, 5, 7, 9] if gender == "男"
                                               else [0, 2, 4, 6, 8])
    idn = make_id_number(region, birth.replace("-", ""), f"{seq:03d}")
    addr = f"{place}{rng.choice(streets)}{rng.randint(1, 200)}号"
    return Person(name or NAMES.new(rng, gender), gender, birth, idn, addr,
                  "壮" if rng.random() < 0.3 else "汉")


@dataclass
class Doc:
    file: str
    kind: str  # true kind
    declared: str | None  # declared kind, None = not listed in application.json
    build: Callable[..., D.Built] | None
    args: dict
    render: str = "born_digital"
    on_disk: bool = True
    attach: dict = field(default_factory=dict)  # paper_index / year
    note: str = ""
    post: dict = field(default_factory=dict)  # tamper / producer settings
    layout: str | None = None  # layout id (render/layouts), assigned by assign_layouts()
    twin: Doc | None = None  # the same paper document uploaded again: same layout if it fits


@dataclass
class Applicant:
    aid: str
    person: Person
    unit: dict
    established: bool
    series: str
    specialty: str
    level: str
    route: str
    application_date: str
    current_title: dict | None
    education: list
    work: list  # dicts unit, credit_code, start, end, post, type
    pension: list  # dicts unit, credit_code, start, end, insurance, payer
    papers: list
    docs: list
    rng: random.Random
    tags: set = field(default_factory=set)
    expected: set = field(default_factory=set)
    note: str = "clean"
    form_patch: Callable[[dict], None] | None = None
    error: bool = False
    other_rows: list = field(default_factory=list)  # extra social-security rows
    integrity: list = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.expected and not self.error

    def doc(self, kind: str, i: int = 0) -> Doc:
        return [d for d in self.docs if d.kind == kind][i]


# --------------------------------------------------------------------------- paper text

PAPER_TOPICS = {
    "工程": ["{k}在市政道路工程中的应用研究", "{k}施工质量控制要点分析", "基于BIM的{k}施工管理研究",
             "{k}关键技术及其工程应用", "浅析{k}的设计优化", "{k}常见问题与处理措施探讨",
             "柳州地区{k}的实践与思考", "{k}的检测方法与评价"],
    "会计": ["{k}在企业财务管理中的应用", "新收入准则下{k}问题研究", "{k}视角下的内部控制优化",
             "数字化转型背景下{k}的路径探析", "{k}与企业价值创造研究"],
    "经济": ["{k}对区域经济发展的影响研究", "{k}的成本控制策略分析", "基于{k}的项目投资决策研究",
             "{k}视角下企业管理创新探讨"],
    "卫生": ["{k}在老年慢病患者中的应用效果", "{k}对术后患者康复的影响",
             "{k}在护理质量管理中的实践", "基于{k}的护理干预效果观察"],
    "中小学教师": ["{k}在初中语文教学中的实践", "核心素养视域下{k}的策略研究",
                   "{k}在课堂教学中的应用探索", "“双减”背景下{k}的实践研究"],
}
PAPER_KEYS = {
    "工程": ["软土地基处理技术", "装配式混凝土结构", "深基坑支护", "高性能混凝土", "钢结构焊接工艺",
             "沥青路面再生技术", "城市给水管网漏损控制", "数控机床精度补偿", "变电站智能巡检",
             "桥梁预应力张拉", "既有建筑节能改造", "汽车零部件冲压工艺"],
    "会计": ["管理会计", "业财融合", "全面预算管理", "成本精细化管理", "财务共享服务"],
    "经济": ["全过程工程造价管理", "供应链金融", "项目全生命周期管理", "数字经济"],
    "卫生": ["延续性护理", "快速康复外科理念", "品管圈活动", "早期康复训练"],
    "中小学教师": ["大单元教学", "整本书阅读", "项目式学习", "分层作业设计"],
}


def paper_text(rng: random.Random, series: str, title: str) -> tuple[str, str, str, list[str]]:
    abstract = (f"本文结合柳州地区工程与工作实践，分析了{title}中存在的主要问题，"
                "从技术措施、管理制度和质量控制三个方面提出了改进建议，并通过实际案例验证了其可行性，"
                "可为同类工作提供参考。")
    keys = "；".join(rng.sample(["质量控制", "技术措施", "应用研究", "实践", "管理", "优化"], 3))
    clc = {"工程": "TU7", "会计": "F234.4", "经济": "F224", "卫生": "R473",
           "中小学教师": "G633"}[series]
    body = ["1 引言",
            (f"随着经济社会的发展，{title}受到越来越多的关注。本文在总结已有研究成果的基础上，"
            "结合笔者参与的项目实践展开讨论。"),
            "2 现状与问题",
            ("目前实际工作中仍存在标准执行不到位、过程管理不细致、信息化水平不高等问题，"
            "需要从制度和技术两个层面加以改进。")]
    return abstract, keys, clc, body


# --------------------------------------------------------------------------- building


@dataclass
class Ctx:
    seed: int
    font: Path
    # paper titles already given to an applicant of the window: two applicants share a paper
    # only where a defect is planted (PAPER_SHARED)
    used_titles: set = field(default_factory=set)


def add_years(d: str, years: int) -> str:
    return f"{int(d[:4]) + years}{d[4:]}"


def base_applicant(ctx: Ctx, aid: str, *, series: str, level: str, unit_key: str,
                   established: bool = False, gender: str | None = None,
                   birth: str | None = None, masters: bool = False, with_degree: bool = True,
                   current_gap: int | None = None, route: str = "normal",
                   app_date: str | None = None, n_papers: int = 1, moved: bool | None = None,
                   person: Person | None = None, tags: tuple = ()) -> Applicant:
    """A consistent, clean applicant; plant_* functions then break exactly one thing."""
    rng = app_rng(ctx.seed, aid)
    titles, majors, master_majors, specialties = SERIES[series]
    u = unit(unit_key)
    li = LEVELS.index(level)
    gap = current_gap if current_gap is not None else rng.randint(6, 9)
    cur_level = LEVELS[li - 1] if li > 0 else None
    appointed_year = REVIEW_YEAR - gap
    # walk back through the title ladder to the first title, then graduation
    first_title_year = appointed_year - sum(rng.randint(5, 6) for _ in range(max(li - 1, 0)))
    # 本科: the first (初级) title one year after graduating; 硕士: the same year
    grad_year = first_title_year - (0 if masters else 1) if li > 0 else REVIEW_YEAR - 3
    bachelor_end = grad_year - (3 if masters else 0)
    if birth is None:
        by = bachelor_end - 22 - rng.randint(0, 1)
        birth = f"{by}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if person is None:
        person = new_person(rng, gender, birth)
    major = rng.choice(majors)
    edu = []
    school_b = rng.choice([s for s in SCHOOLS if s not in ("广西医科大学",)] if series != "卫生"
                          else ["广西医科大学", "广西科技大学"])
    if series == "会计" or series == "经济":
        school_b = rng.choice(["广西财经学院", "广西大学", "广西民族大学", "湖南大学"])
    if series == "中小学教师":
        school_b = rng.choice(["广西师范大学", "广西民族大学"])
    code_b = SCHOOLS[school_b][0]
    edu.append({"level": "本科", "school": school_b, "code": code_b, "major": major,
                "start": f"{bachelor_end - 4}-09", "end": f"{bachelor_end}-06", "years": 4,
                "diploma_number": diploma_number(code_b, bachelor_end, "本科",
                                                 rng.randint(1, 6000)),
                "degree": "学士", "degree_number": degree_number(code_b, "学士", bachelor_end,
                                                                 rng.randint(1, 6000)),
                "award": f"{bachelor_end}-06-{rng.randint(20, 30):02d}",
                "issued": f"{bachelor_end}-06-{rng.randint(25, 30):02d}"})
    if masters:
        school_m = rng.choice(["广西大学", "重庆大学", "中南大学", "华南理工大学"]
                              if series == "工程"
                              else ["广西大学", "广西医科大学"] if series == "卫生"
                              else ["广西大学"])
        code_m = SCHOOLS[school_m][0]
        mm = rng.choice(master_majors)
        edu.append({"level": "硕士研究生", "school": school_m, "code": code_m, "major": mm,
                    "start": f"{grad_year - 3}-09", "end": f"{grad_year}-06", "years": 3,
                    "diploma_number": diploma_number(code_m, grad_year, "硕士研究生",
                                                     rng.randint(1, 3000)),
                    "degree": "硕士", "degree_number": degree_number(code_m, "硕士", grad_year,
                                                                     rng.randint(1, 3000)),
                    "award": f"{grad_year}-06-{rng.randint(20, 30):02d}",
                    "issued": f"{grad_year}-06-{rng.randint(25, 30):02d}"})
        major = mm
    specialty = specialties[major]
    # current title
    current = None
    if cur_level:
        ob = f"{appointed_year - 1}-12-{rng.randint(10, 28):02d}"
        start = f"{appointed_year}-{rng.choice(['01', '01', '03', '04']) }"
        current = {"name": titles[cur_level], "level": cur_level, "obtained_on": ob,
                   "appointed_on": start,
                   "certificate_number": f"{'4502' if cur_level in ('初级', '中级') else '4500'}"
                                         f"{appointed_year - 1}{LEVELS.index(cur_level) + 1}"
                                         f"{rng.randint(10000, 99999)}",
                   "committee": COMMITTEES[cur_level].format(series=series),
                   "issuer": ISSUERS[cur_level],
                   "issued_on": f"{appointed_year}-01-{rng.randint(5, 25):02d}"}
    # work history: graduation -> (maybe another unit) -> applying unit
    work_start = f"{grad_year}-07"
    work = []
    if moved is None:
        moved = rng.random() < 0.4 and gap >= 5
    unit_start = work_start
    if moved:
        last_join = (appointed_year - 1) if cur_level else REVIEW_YEAR - 2
        if grad_year + 1 <= last_join:
            unit_start = f"{rng.randint(grad_year + 1, last_join)}-{rng.choice(['03', '05', '08'])}"
        else:  # no room before the appointment: re-appointed by the new unit when joining
            unit_start = f"{appointed_year}-{rng.choice(['03', '05', '06'])}"
            current["appointed_on"] = unit_start
        prev = unit(rng.choice(["jianli", "gangtie", "kaifa"] if series in ("工程", "经济")
                               else ["wuye", "caiwu"] if series == "会计" else ["wuye"]))
        if prev["key"] == unit_key:
            prev = unit("wuye")
        work.append({"unit": prev["name"], "credit_code": prev["credit_code"], "type": prev["type"],
                     "start": work_start, "end": ym_add(unit_start, -1), "post": "技术员"})
    post = (current["name"] if current else "技术员")
    work.append({"unit": u["name"], "credit_code": u["credit_code"], "type": u["type"],
                 "start": unit_start, "end": None, "post": post})
    app_date = app_date or f"2024-{rng.choice(['06', '07', '07', '08'])}-{rng.randint(1, 20):02d}"
    last_paid = ym_add(app_date, -1)
    pension = []
    for w in work:
        ins = ("机关事业单位基本养老保险"
               if (w["type"] in ("public_institution", "civil_service")
                   and (established or w is not work[-1]))
               else "企业职工基本养老保险")
        start = max(w["start"], "2000-01")  # the export starts in 2000
        if ins == "机关事业单位基本养老保险" and start < "2014-10":
            start = "2014-10"  # the public-sector pension scheme started in 2014-10
        pension.append({"unit": w["unit"], "credit_code": w["credit_code"], "start": start,
                        "end": w["end"] or last_paid, "insurance": ins, "payer": "单位缴费"})
    a = Applicant(aid, person, u, established, series, specialty, level, route, app_date, current,
                  edu, work, pension, [], [], rng, set(tags))
    # papers
    used_titles = ctx.used_titles
    for i in range(n_papers):
        j = rng.choice(JOURNALS[series])
        k = rng.choice(PAPER_KEYS[series])
        t = rng.choice(PAPER_TOPICS[series]).format(k=k)
        while t in used_titles:
            t = rng.choice(PAPER_TOPICS[series]).format(k=rng.choice(PAPER_KEYS[series]))
        used_titles.add(t)
        py = rng.randint(max(REVIEW_YEAR - 4, int(work_start[:4]) + 1), 2023)
        authors = [person.name] + [new_person(rng).name for _ in range(rng.randint(0, 2))]
        if len(authors) > 1 and rng.random() < 0.3:
            authors[0], authors[1] = authors[1], authors[0]
        a.papers.append({"title": t, "journal": j[0], "issn": j[1], "cn": j[2], "year": py,
                         "issue": str(rng.randint(1, 12)), "authors": authors, "english": False,
                         "volume": None})
    make_docs(a)
    return a


PHOTO_ROT = ["photo", "photo", "photo_rotated_90", "photo_skewed", "photo_rotated_180",
             "photo_low_res", "photo_blurred", "photo_rotated_270", "photo"]


def make_docs(a: Applicant) -> None:
    """The uploads a diligent applicant provides, each with a render mode."""
    rng, p, u = a.rng, a.person, a.unit
    docs = a.docs
    for i, e in enumerate(a.education):
        fname = "毕业证.jpg" if i == 0 else f"{e['level'][:2]}毕业证.jpg"
        render = rng.choice(PHOTO_ROT)
        if rng.random() < 0.25:
            render, fname = "scanned_pdf", fname.replace(".jpg", ".pdf")
        docs.append(Doc(fname, "diploma", "diploma", D.diploma, {
            "name": p.name, "gender": p.gender, "birth": p.birth, "school": e["school"],
            "major": e["major"], "level": e["level"], "start": e["start"], "end": e["end"],
            "years": e["years"], "number": e["diploma_number"],
            "president": SCHOOLS[e["school"]][1], "issued_on": e["issued"],
            "seed": rng.randint(0, 10**6)}, render))
        if e["degree"] == "硕士" or rng.random() < 0.5:
            fname = "学位证.pdf" if e["degree"] == "学士" else f"{e['degree']}学位证.pdf"
            docs.append(Doc(fname, "degree", "degree", D.degree, {
                "name": p.name, "gender": p.gender, "birth": p.birth, "school": e["school"],
                "major": e["major"], "degree": e["degree"],
                "level_word": {"学士": "本科", "硕士": "硕士研究生"}[e["degree"]],
                "number": e["degree_number"], "award_date": e["award"],
                "chair": SCHOOLS[e["school"]][1], "seed": rng.randint(0, 10**6)},
                rng.choice(["scanned_pdf", "scanned_pdf", "photo"])))
            if docs[-1].render == "photo":
                docs[-1].file = docs[-1].file.replace(".pdf", ".jpg")
    c = a.current_title
    if c:
        docs.append(Doc("职称证书.pdf", "title_certificate", "title_certificate",
                        D.title_certificate,
                        {"name": p.name, "gender": p.gender, "birth": p.birth,
                             "id_number": p.id_number, "title": c["name"], "level": c["level"],
                             "specialty": a.specialty, "obtained_on": c["obtained_on"],
                             "number": c["certificate_number"], "issuer": c["issuer"],
                             "committee": c["committee"], "issued_on": c["issued_on"],
                             "seed": rng.randint(0, 10**6)},
                        rng.choice(["born_digital", "scanned_pdf"])))
        end = ym_add(c["appointed_on"], 35)
        letter_render = rng.choice(["photo", "born_digital", "scanned_pdf", "photo_rotated_90"])
        fname = "聘书.jpg" if letter_render.startswith("photo") else "聘书.pdf"
        # the appointment came from the unit the applicant worked at then
        appointing = next(w for w in a.work if w["start"] <= c["appointed_on"]
                          and (w["end"] is None or w["end"] >= c["appointed_on"]))
        docs.append(Doc(fname, "appointment_letter", "appointment_letter",
                        D.appointment_letter,
                        {"name": p.name, "title": c["name"], "start": c["appointed_on"], "end": end,
                             "unit": appointing["unit"],
                             "issued_on": f"{ym_add(c['appointed_on'], -1)}-{rng.randint(20, 28)}",
                             "doc_no": f"{appointing['unit'][:2]}人〔{c['appointed_on'][:4]}〕"
                                    f"{rng.randint(1, 30)}号",
                             "seed": rng.randint(0, 10**6)}, letter_render))
    cur_work = a.work[-1]
    if u["type"] != "freelance" and (not a.established
                                     or u["type"] in ("private", "state_owned", "social_org")):
        start = cur_work["start"] + "-01"
        end = None  # open-ended (无固定期限) unless a fixed 10-year term still runs
        if rng.random() < 0.5:
            end = (dt.date(int(start[:4]) + 10, int(start[5:7]), 1)
                   - dt.timedelta(days=1)).isoformat()
            if end < "2025-06":
                end = None
        docs.append(Doc("劳动合同.pdf", "contract", "contract", D.contract, {
            "name": p.name, "id_number": p.id_number, "unit": u["name"],
            "credit_code": u["credit_code"], "legal_rep": u["legal_rep"], "address": u["address"],
            "start": start, "end": end, "post": cur_work["post"], "signed_on": start,
            "public": u["type"] == "public_institution", "seed": rng.randint(0, 10**6)},
            rng.choice(["born_digital", "born_digital", "scanned_pdf"])))
    if u["type"] == "public_institution" and a.established:
        docs.append(roster_doc(a))
    # annual assessments: every year worked of the last five
    first = int(a.work[0]["start"][:4])
    for year in range(max(REVIEW_YEAR - 5, first), REVIEW_YEAR):
        w = next((w for w in reversed(a.work) if w["start"] <= f"{year}-12"), a.work[0])
        post_y = (c["name"] if c and c["appointed_on"] <= f"{year}-12" else
                  SERIES[a.series][0][LEVELS[LEVELS.index(c["level"]) - 1]]
                  if c and c["level"] != "初级"
                  else "技术员")
        docs.append(Doc(f"{year}年度考核表.pdf", "annual_assessment", "annual_assessment",
                        D.annual_assessment, {
                            "name": p.name, "gender": p.gender, "birth": p.birth, "unit": w["unit"],
                            "post": post_y, "year": year,
                            "result": "优秀" if rng.random() < 0.25 else "合格",
                            "summary": [(f"{year}年，本人认真履行{post_y}岗位职责，"
                                     f"参与完成单位各项{a.specialty}专业技术工作，遵守各项规章制度。")],
                            "public": w["type"] == "public_institution",
                            "seed": rng.randint(0, 10**6)},
                        "born_digital" if rng.random() < 0.85 else "scanned_pdf",
                        attach={"year": year}))
    for i, pp in enumerate(a.papers):
        docs.append(paper_doc(a, i, pp))


def roster_doc(a: Applicant, render: str = "born_digital") -> Doc:
    rng, p, u, c = a.rng, a.person, a.unit, a.current_title
    titles = SERIES[a.series][0]
    rows = []
    for _ in range(rng.randint(4, 7)):
        q = new_person(rng)
        lvl = rng.choice(["初级", "中级", "中级", "副高级"])
        rows.append({"name": q.name, "gender": q.gender, "id_number": q.id_number,
                     "title": titles[lvl],
                     "appointed_on": f"{rng.randint(2012, 2023)}-{rng.choice(['01', '03', '07'])}"})
    me = {"name": p.name, "gender": p.gender, "id_number": p.id_number, "title": c["name"],
          "appointed_on": c["appointed_on"]}
    rows.insert(rng.randint(0, len(rows)), me)
    return Doc("聘任花名册.pdf" if render != "scan_png" else "聘任花名册.png", "appointment_roster",
               "appointment_roster", D.roster, {
                   "unit": u["name"], "credit_code": u["credit_code"],
                   "department": u["department"], "rows": rows,
                   "fill_date": f"2024-0{rng.randint(5, 6)}-{rng.randint(10, 28)}",
                   "seed": rng.randint(0, 10**6)}, render)


def paper_doc(a: Applicant, i: int, pp: dict, printed: dict | None = None) -> Doc:
    """printed: values as printed on the page where they differ from the declaration."""
    pr = {**pp, **(printed or {})}
    abstract, keys, clc, body = paper_text(a.rng, a.series, pr["title"])
    return Doc(f"论文{i + 1}.pdf", "paper", "paper", D.paper, {
        "journal": pr["journal"], "year": pr["year"], "issue": pr["issue"], "issn": pr["issn"],
        "cn_number": pr["cn"], "title": pr["title"], "authors": pr["authors"],
        "affiliation": f"（{a.unit['name']}，广西 柳州 545000）", "abstract": abstract,
        "keywords": keys, "clc": clc, "body": body, "english": pr.get("english", False),
        "volume": pr.get("volume")},
        "born_digital", attach={"paper_index": i})


def drop_docs(a: Applicant, kind: str) -> None:
    a.docs = [d for d in a.docs if d.kind != kind]


# --------------------------------------------------------------------------- catalogue
# Each entry: (aid, in_tiny, factory). Factories build a clean applicant and plant one defect.

def c_clean_public(ctx):  # 0001
    a = base_applicant(ctx, "LZ2024-0001", series="工程", level="副高级", unit_key="shejiyuan",
                       established=True, masters=True, n_papers=2, moved=False)
    a.note = ("clean: established staff of a public institution (roster required, born-digital "
              "roster table), master's degree (two diplomas + degree certificate)")
    return [a]


def c_clean_private(ctx):  # 0002
    a = base_applicant(ctx, "LZ2024-0002", series="会计", level="中级", unit_key="caiwu",
                       n_papers=1, moved=True)
    a.note = ("clean: private-sector accountant with a contract; an earlier employer in the work "
              "history and pension records")
    return [a]


def c_id_invalid(ctx):  # 0003
    rng = app_rng(ctx.seed, "LZ2024-0003-person")
    p = new_person(rng, "男", "1989-04-17")
    p.id_number = corrupt_id_check(p.id_number)
    a = base_applicant(ctx, "LZ2024-0003", series="工程", level="中级", unit_key="jixie", person=p,
                       moved=False)
    a.expected = {"ID_NUMBER_INVALID"}
    a.note = (f"ID_NUMBER_INVALID: identity number {p.id_number} has a wrong GB 11643 check digit; "
              "every document and the pension records carry the same (wrong) number")
    return [a]


def c_ss_continuity(ctx):  # 0004
    a = base_applicant(ctx, "LZ2024-0004", series="工程", level="中级", unit_key="dianqi",
                       moved=True, app_date="2024-07-10")
    pen = a.pension[-1]
    # the company paid only the last 4 months; before that the applicant paid as a flexible worker
    unit_from = ym_add(a.application_date, -4)
    a.pension[-1] = {**pen, "start": unit_from}
    a.pension.append({**pen, "unit": "", "credit_code": "", "start": pen["start"],
                      "end": ym_add(unit_from, -1), "payer": "灵活就业"})
    a.expected = {"SS_CONTINUITY_SHORT"}
    a.note = (f"SS_CONTINUITY_SHORT: private-sector applicant at the unit since {pen['start']}, "
              f"but the unit paid pension only from {unit_from} (4 months before the application "
              "month); earlier months were individual (灵活就业) payments")
    return [a]


def c_material_missing(ctx):  # 0005
    a = base_applicant(ctx, "LZ2024-0005", series="经济", level="中级", unit_key="wuye",
                       moved=False)
    drop_docs(a, "contract")
    a.expected = {"MATERIAL_MISSING"}
    a.note = "MATERIAL_MISSING: private-sector applicant uploaded no labour contract (合同)"
    return [a]


def c_blacklisted(ctx):  # 0006
    a = base_applicant(ctx, "LZ2024-0006", series="中小学教师", level="副高级", unit_key="zhongxue",
                       established=True, n_papers=2, moved=False)
    pp = a.papers[1]
    pp.update({"journal": BLACKLISTED["journal"], "issn": BLACKLISTED["issn"], "cn": "",
               "title": "整本书阅读在初中语文教学中的实践探索", "year": 2023, "issue": "6"})
    a.docs = [d for d in a.docs if not (d.kind == "paper" and d.attach.get("paper_index") == 1)]
    a.docs.append(paper_doc(a, 1, pp))
    a.expected = {"JOURNAL_BLACKLISTED"}
    a.note = ("JOURNAL_BLACKLISTED: paper 2 appeared in 中华教育杂志 (ISSN 1684-0445, no CN), "
              "a known illegal journal (" + BLACKLISTED["source"] + ")")
    return [a]


def c_clean_nurse(ctx):  # 0007
    a = base_applicant(ctx, "LZ2024-0007", series="卫生", level="副高级", unit_key="yiyuan",
                       established=True, gender="女", n_papers=2, moved=False)
    a.docs = [d for d in a.docs if d.kind != "appointment_roster"]
    a.docs.append(roster_doc(a, "scan_png"))
    rng = a.rng
    a.docs.append(Doc("继续教育证明.jpg", "continuing_education", None, D.continuing_education, {
        "name": a.person.name, "id_number": a.person.id_number, "year": 2023, "hours": 90,
        "issuer": "柳州市人力资源和社会保障局", "issued_on": "2024-01-15",
        "seed": rng.randint(0, 10**6)},
        "photo", note="on disk but not listed in application.json"))
    a.note = ("clean: public hospital nurse, established (roster uploaded as a scanned PNG table); "
              "an unlisted file 继续教育证明.jpg is on disk")
    return [a]


def c_clean_teacher(ctx):  # 0008
    a = base_applicant(ctx, "LZ2024-0008", series="中小学教师", level="中级", unit_key="xiaoxue",
                       established=True, gender="女", moved=False)
    p = a.person
    a.docs.append(Doc("身份证.jpg", "id_card", "id_card", D.id_card, {
        "name": p.name, "gender": p.gender, "ethnicity": p.ethnicity, "birth": p.birth,
        "address": p.address, "id_number": p.id_number}, "photo", on_disk=False,
        note="declared in application.json but missing on disk "
             "(optional item, so no MATERIAL_MISSING)"))
    a.note = ("clean: primary-school teacher, established; declares 身份证.jpg which is missing on "
              "disk (an id card is not a required item, so no flag is expected; files.csv should "
              "say missing)")
    return [a]


def c_clean_commissioned(ctx):  # 0009
    a = base_applicant(ctx, "LZ2024-0009", series="工程", level="正高级", unit_key="tielu",
                       route="commissioned", n_papers=2, moved=False)
    p, u = a.person, a.unit
    a.docs.append(Doc("委托函.pdf", "commission_letter", "commission_letter", D.commission_letter, {
        "name": p.name, "id_number": p.id_number, "unit": u["name"], "series": "工程技术",
        "level": "正高级",
        "to_whom": "柳州市人力资源和社会保障局", "issued_on": "2024-06-18",
        "doc_no": f"中铁柳二〔2024〕{a.rng.randint(10, 60)}号", "seed": a.rng.randint(0, 10**6)},
        "scanned_pdf"))
    a.docs.append(Doc("身份证.jpg", "id_card", "id_card", D.id_card, {
        "name": p.name, "gender": p.gender, "ethnicity": p.ethnicity, "birth": p.birth,
        "address": p.address, "id_number": p.id_number}, "photo"))
    a.note = "clean: commissioned review (委托评审) with a commission letter; id card photo"
    return [a]


def c_clean_social(ctx):  # 0010
    a = base_applicant(ctx, "LZ2024-0010", series="经济", level="中级", unit_key="xiehui",
                       moved=False)
    a.integrity.append({"id_number": a.person.id_number, "name": a.person.name,
                        "reason": "2019年度职称申报中未如实填报工作经历",
                        "recorded_on": "2020-03-10", "expires_on": "2023-03-09"})
    a.note = ("clean: social organisation (协会) staff with a contract; the integrity archive "
              "holds an EXPIRED record (2020-03-10..2023-03-09) that must not fire")
    return [a]


def c_not_eligible(ctx):  # 0011
    a = base_applicant(ctx, "LZ2024-0011", series="工程", level="中级", unit_key="zhujianju",
                       established=True, moved=False)
    a.expected = {"NOT_ELIGIBLE_UNIT"}
    a.note = "NOT_ELIGIBLE_UNIT: applying unit is a government bureau (unit.type civil_service)"
    return [a]


def c_retirement(ctx):  # 0012
    a = base_applicant(ctx, "LZ2024-0012", series="工程", level="正高级", unit_key="luqiao",
                       gender="男", birth="1964-09-08", moved=False, current_gap=24)
    ry, rm = retirement_month(dt.date(1964, 9, 8), "M")
    a.expected = {"RETIREMENT_AGE"}
    a.note = (f"RETIREMENT_AGE: man born 1964-09 (before the 2025 schedule) reaches 60 in "
              f"{ry}-{rm:02d}, before 2024-12-31")
    return [a]


def c_integrity(ctx):  # 0013
    a = base_applicant(ctx, "LZ2024-0013", series="会计", level="中级", unit_key="caiwu",
                       moved=False)
    a.integrity.append({"id_number": a.person.id_number, "name": a.person.name,
                        "reason": "2022年度职称申报中提供虚假业绩材料", "recorded_on": "2023-02-20",
                        "expires_on": "2026-02-19"})
    a.expected = {"INTEGRITY_RECORD"}
    a.note = ("INTEGRITY_RECORD: integrity archive record 2023-02-20..2026-02-19 covers the "
              "application date")
    return [a]


def c_duplicate(ctx):  # 0014 + 0015
    a = base_applicant(ctx, "LZ2024-0014", series="工程", level="中级", unit_key="luqiao",
                       n_papers=0, moved=False, app_date="2024-07-03")
    b = base_applicant(ctx, "LZ2024-0015", series="工程", level="中级", unit_key="luqiao",
                       n_papers=0, moved=False, app_date="2024-08-12", person=a.person)
    # the second folder is the same person: copy the facts so that both are consistent
    for f in ("education", "current_title", "work", "pension", "specialty"):
        setattr(b, f, getattr(a, f))
    b.docs = []
    b.rng = app_rng(ctx.seed, "LZ2024-0015-docs")
    make_docs(b)
    b.pension = []  # the person's pension rows are written once (from a)
    for x in (a, b):
        x.expected = {"DUPLICATE_APPLICATION"}
    a.note = ("DUPLICATE_APPLICATION: same identity number and level as LZ2024-0015 "
              "(same person applied twice)")
    b.note = ("DUPLICATE_APPLICATION: same identity number and level as LZ2024-0014 "
              "(second submission)")
    return [a, b]


def c_tenure(ctx):  # 0016
    a = base_applicant(ctx, "LZ2024-0016", series="工程", level="中级", unit_key="shuiwu",
                       moved=False, app_date="2024-07-16")
    # worked for a private firm until 2023-12, no contributions Jan-Mar 2024, joined 2024-04
    prev = unit("jianli")
    old = a.work[0]
    a.work = [{**old, "unit": prev["name"], "credit_code": prev["credit_code"], "type": "private",
               "end": "2023-12"},
              {**old, "start": "2024-04", "end": None}]
    a.pension = [{"unit": prev["name"], "credit_code": prev["credit_code"], "start": old["start"],
                  "end": "2023-12", "insurance": "企业职工基本养老保险", "payer": "单位缴费"},
                 {"unit": a.unit["name"], "credit_code": a.unit["credit_code"], "start": "2024-04",
                  "end": "2024-06", "insurance": "企业职工基本养老保险", "payer": "单位缴费"}]
    a.docs = []
    make_docs(a)
    a.expected = {"TENURE_SHORT"}
    a.note = ("TENURE_SHORT: joined the state-owned applying unit 2024-04, application 2024-07-16 "
              "(3 months); earlier employer paid until 2023-12, nothing Jan-Mar 2024")
    return [a]


def c_ss_none(ctx):  # 0017
    a = base_applicant(ctx, "LZ2024-0017", series="工程", level="中级", unit_key="jianyan",
                       established=True, moved=False)
    a.pension = []
    a.expected = {"SS_NO_RECORD"}
    a.note = "SS_NO_RECORD: employed (established, public institution) but no pension row at all"
    return [a]


def c_ss_unit(ctx):  # 0018
    a = base_applicant(ctx, "LZ2024-0018", series="工程", level="中级", unit_key="luqiao",
                       moved=False, app_date="2024-07-22")
    other = unit("renli")
    pen = a.pension[-1]
    a.pension[-1] = {**pen, "end": "2023-10"}
    a.pension.append({**pen, "unit": other["name"], "credit_code": other["credit_code"],
                      "start": "2023-11", "end": "2024-06"})
    a.expected = {"SS_UNIT_MISMATCH", "WORK_HISTORY_CONFLICT"}
    a.note = (f"SS_UNIT_MISMATCH: since 2023-11 the pension is paid by {other['name']} "
              "(an HR agency), not the declared unit; this necessarily also contradicts the "
              "declared work history (WORK_HISTORY_CONFLICT)")
    return [a]


def c_freelancer(ctx):  # 0019
    a = base_applicant(ctx, "LZ2024-0019", series="工程", level="初级", unit_key="jiangong",
                       moved=False, app_date="2024-07-08", n_papers=0)
    comp = a.unit
    a.unit = {"name": "", "credit_code": "", "type": "freelance",
              "department": "柳州市人力资源和社会保障局", "key": "freelance"}
    a.work = [{**a.work[0], "end": "2024-04", "post": "技术员"},
              {"unit": "自由职业", "credit_code": "", "type": "freelance", "start": "2024-05",
               "end": None, "post": "工程技术咨询"}]
    a.pension = [{**a.pension[0], "end": "2024-04"},
                 {"unit": "", "credit_code": "", "start": "2024-05", "end": "2024-06",
                  "insurance": "企业职工基本养老保险", "payer": "灵活就业"}]
    a.docs = []
    make_docs(a)
    drop_docs(a, "contract")
    a.expected = {"SS_FREELANCER_UNIT_PAID"}
    a.note = (f"SS_FREELANCER_UNIT_PAID: freelancer (declared since 2024-05) whose former employer "
              f"{comp['name']} paid pension until 2024-04, within the 6 months before 2024-07; "
              "work history declares that employment, so no WORK_HISTORY_CONFLICT; TENURE_SHORT "
              "does not apply (a freelancer has no applying unit)")
    return [a]


def c_history_conflict(ctx):  # 0020
    a = base_applicant(ctx, "LZ2024-0020", series="工程", level="副高级", unit_key="jiangong",
                       moved=True, current_gap=7)
    first = a.work[0]
    other = unit("qiche")
    y = int(first["start"][:4]) + 1
    span_s, span_e = f"{y}-03", f"{y}-12"
    pen = a.pension[0]
    a.pension[0] = {**pen, "end": ym_add(span_s, -1)}
    a.pension.insert(1, {**pen, "unit": other["name"], "credit_code": other["credit_code"],
                         "start": span_s, "end": span_e})
    a.pension.insert(2, {**pen, "start": ym_add(span_e, 1), "end": first["end"]})
    a.expected = {"WORK_HISTORY_CONFLICT"}
    a.note = (f"WORK_HISTORY_CONFLICT: {other['name']} paid pension {span_s}..{span_e}, while the "
              f"work history declares {first['unit']} for that period; recent months are "
              "consistent")
    return [a]


def c_unreadable(ctx):  # 0021
    a = base_applicant(ctx, "LZ2024-0021", series="会计", level="中级", unit_key="caiwu",
                       moved=False)
    a.docs.append(Doc("继续教育证明.pdf", "continuing_education", "continuing_education", None, {},
                      "corrupt", note="a .pdf whose bytes are damaged: no reader can open it"))
    a.expected = {"DOC_UNREADABLE"}
    a.note = "DOC_UNREADABLE: 继续教育证明.pdf (optional item) is a corrupt PDF"
    return [a]


def c_quality(ctx):  # 0022
    a = base_applicant(ctx, "LZ2024-0022", series="工程", level="中级", unit_key="zhilian",
                       moved=False)
    p = a.person
    a.docs.append(Doc("身份证.jpg", "id_card", "id_card", D.id_card, {
        "name": p.name, "gender": p.gender, "ethnicity": p.ethnicity, "birth": p.birth,
        "address": p.address, "id_number": p.id_number}, "blurred_tiny"))
    a.expected = {"DOC_QUALITY_LOW"}
    a.note = "DOC_QUALITY_LOW: 身份证.jpg is a 300-pixel-wide, heavily blurred photo"
    return [a]


def c_not_original(ctx):  # 0023
    a = base_applicant(ctx, "LZ2024-0023", series="工程", level="中级", unit_key="gangtie",
                       moved=False)
    d = a.doc("diploma")
    d.render, d.file = "photocopy_gray", "毕业证.jpg"
    a.expected = {"DOC_NOT_ORIGINAL"}
    a.note = "DOC_NOT_ORIGINAL: 毕业证.jpg is a grayscale photocopy of the diploma"
    return [a]


def c_kind_mismatch(ctx):  # 0024
    a = base_applicant(ctx, "LZ2024-0024", series="工程", level="中级", unit_key="jianli",
                       moved=False)
    drop_docs(a, "degree")
    contract = a.doc("contract")
    a.docs.append(Doc("学位证.pdf", "contract", "degree", D.contract, dict(contract.args),
                      "scanned_pdf", note="the labour contract uploaded again under 学位证",
                      twin=contract))
    a.expected = {"DOC_KIND_MISMATCH"}
    a.note = ("DOC_KIND_MISMATCH: 学位证.pdf (declared degree) is a scan of the labour contract; a "
              "bachelor's degree certificate is not required, so nothing is missing")
    return [a]


def c_tampered(ctx, font):  # 0025
    a = base_applicant(ctx, "LZ2024-0025", series="工程", level="中级", unit_key="jixie",
                       moved=False)
    d = a.doc("title_certificate")
    d.render = "tampered_incremental"
    c = a.current_title
    real = (f"{int(c['obtained_on'][:4]) + 2}年{int(c['obtained_on'][5:7])}月"
            f"{int(c['obtained_on'][8:])}日")
    d.args = {**d.args, "obtained_on": f"{int(c['obtained_on'][:4]) + 2}{c['obtained_on'][4:]}"}
    d.post = {"old": real, "new": D.cn(c["obtained_on"]),
              "shown_fields": {"obtained_on": c["obtained_on"]}}
    letter = a.doc("appointment_letter")
    if letter.render.startswith("photo"):
        letter.post["image_tamper"] = "copy_move"
    a.expected = {"DOC_TAMPERED"}
    a.note = (f"DOC_TAMPERED: 职称证书.pdf was edited by an incremental update: 取得时间 {real} "
              f"overwritten with {D.cn(c['obtained_on'])} (white box + another font)"
              + ("; 聘书.jpg: its seal copied onto blank paper in the same photo (copy-move)"
                 if letter.post.get("image_tamper") else ""))
    return [a]


def c_seal(ctx):  # 0026
    a = base_applicant(ctx, "LZ2024-0026", series="经济", level="中级", unit_key="kaifa",
                       moved=False)
    d = a.doc("appointment_letter")
    d.args["seal"] = False
    d.render = "born_digital"
    d.file = "聘书.pdf"
    a.expected = {"SEAL_MISSING"}
    a.note = "SEAL_MISSING: the appointment letter 聘书.pdf carries no official seal"
    return [a]


def c_name(ctx):  # 0027
    a = base_applicant(ctx, "LZ2024-0027", series="工程", level="中级", unit_key="dianqi",
                       moved=False, gender="男")
    d = a.doc("title_certificate")
    other = a.person.name[0] + ("海洋" if a.person.name[1:] != "海洋" else "海阳")
    d.args["name"] = other
    a.expected = {"NAME_MISMATCH"}
    a.note = f"NAME_MISMATCH: 职称证书 is made out to {other}, not {a.person.name}"
    return [a]


def c_id_mismatch(ctx):  # 0028
    a = base_applicant(ctx, "LZ2024-0028", series="工程", level="中级", unit_key="zhilian",
                       moved=False)
    d = a.doc("contract")
    idn = a.person.id_number
    wrong = idn[:12] + f"{(int(idn[12:14]) % 28) + 1:02d}" + idn[14:17]
    wrong = wrong + id_check_digit(wrong)
    d.args["id_number"] = wrong
    a.expected = {"ID_MISMATCH"}
    a.note = f"ID_MISMATCH: 劳动合同 shows identity number {wrong}, the form says {idn}"
    return [a]


def c_education(ctx):  # 0029
    a = base_applicant(ctx, "LZ2024-0029", series="工程", level="中级", unit_key="jiangong",
                       moved=False)
    d = a.doc("diploma")
    declared = d.args["major"]
    printed = "工程管理" if declared != "工程管理" else "土木工程"
    d.args["major"] = printed
    a.expected = {"EDUCATION_MISMATCH"}
    a.note = f"EDUCATION_MISMATCH: the diploma says major {printed}, the form declares {declared}"
    return [a]


def c_diploma_number(ctx):  # 0030
    a = base_applicant(ctx, "LZ2024-0030", series="会计", level="中级", unit_key="caiwu",
                       moved=False)
    e = a.education[0]
    n = e["diploma_number"]
    bad = n[:6] + f"{int(n[6:10]) - 1:04d}" + n[10:]
    e["diploma_number"] = bad
    a.doc("diploma").args["number"] = bad
    a.expected = {"DIPLOMA_NUMBER_INVALID"}
    a.note = (f"DIPLOMA_NUMBER_INVALID: diploma number {bad} has year segment {bad[6:10]} but the "
              f"graduation year is {e['end'][:4]} (printed and declared alike)")
    return [a]


def c_years_short(ctx):  # 0031
    a = base_applicant(ctx, "LZ2024-0031", series="工程", level="中级", unit_key="gangtie",
                       current_gap=2, moved=False)
    c = a.current_title
    a.expected = {"APPOINTMENT_YEARS_SHORT"}
    a.note = (f"APPOINTMENT_YEARS_SHORT: appointed {c['name']} on {c['appointed_on']} (bachelor), "
              "fewer than 4 years by 2024-12-31 for 中级")
    return [a]


def c_appointment_mismatch(ctx):  # 0032
    a = base_applicant(ctx, "LZ2024-0032", series="工程", level="中级", unit_key="qiche",
                       current_gap=7, moved=False)
    c = a.current_title
    d = a.doc("appointment_letter")
    new_start = ym_add(c["appointed_on"], 12)
    d.args["start"] = new_start
    d.args["end"] = ym_add(new_start, 35)
    a.expected = {"APPOINTMENT_MISMATCH"}
    a.note = (f"APPOINTMENT_MISMATCH: 聘书 says 聘期自 {new_start}, the form declares appointed_on "
              f"{c['appointed_on']} (still enough years either way)")
    return [a]


def c_roster(ctx):  # 0033
    a = base_applicant(ctx, "LZ2024-0033", series="工程", level="副高级", unit_key="jianyan",
                       established=True, moved=False)
    d = a.doc("appointment_roster")
    d.args["rows"] = [r for r in d.args["rows"] if r["id_number"] != a.person.id_number]
    a.expected = {"ROSTER_NOT_LISTED"}
    a.note = ("ROSTER_NOT_LISTED: established staff of a public institution, absent from the "
              "uploaded 聘任花名册")
    return [a]


def c_level_skip(ctx):  # 0034
    a = base_applicant(ctx, "LZ2024-0034", series="工程", level="中级", unit_key="jianli",
                       current_gap=10, moved=False)
    a.level = "副高级"
    a.expected = {"LEVEL_SKIP"}
    a.note = (f"LEVEL_SKIP: holds {a.current_title['name']} (初级, appointed 10 years ago) "
              "and applies for 副高级, route normal")
    return [a]


def c_journal_id(ctx):  # 0035
    a = base_applicant(ctx, "LZ2024-0035", series="工程", level="中级", unit_key="jiangong",
                       moved=False)
    pp = a.papers[0]
    good = pp["issn"]
    pp["issn"] = break_issn(good)
    a.docs = [d for d in a.docs if d.kind != "paper"]
    a.docs.append(paper_doc(a, 0, pp))
    a.expected = {"JOURNAL_ID_INVALID"}
    a.note = (f"JOURNAL_ID_INVALID: paper ISSN {pp['issn']} (declared and printed) fails the check "
              f"digit (the journal {pp['journal']} really is {good})")
    return [a]


def c_paper_mismatch(ctx):  # 0036
    a = base_applicant(ctx, "LZ2024-0036", series="工程", level="中级", unit_key="dianqi",
                       moved=False)
    pp = a.papers[0]
    printed = "变电站智能巡检机器人的应用与运维管理探讨"
    a.docs = [d for d in a.docs if d.kind != "paper"]
    a.docs.append(paper_doc(a, 0, pp, {"title": printed}))
    a.expected = {"PAPER_MISMATCH"}
    a.note = (f"PAPER_MISMATCH: declared title 《{pp['title']}》, "
              f"the uploaded paper is 《{printed}》")
    return [a]


def c_author_absent(ctx):  # 0037
    a = base_applicant(ctx, "LZ2024-0037", series="会计", level="中级", unit_key="caiwu",
                       moved=False)
    pp = a.papers[0]
    rng = a.rng
    others = [new_person(rng).name for _ in range(2)]
    pp["authors"] = [others[0], a.person.name]
    a.docs = [d for d in a.docs if d.kind != "paper"]
    a.docs.append(paper_doc(a, 0, pp, {"authors": others}))
    a.expected = {"PAPER_AUTHOR_ABSENT"}
    a.note = (f"PAPER_AUTHOR_ABSENT: declares {pp['authors']} but the paper prints {others}")
    return [a]


def c_shared(ctx):  # 0038 + 0039
    a = base_applicant(ctx, "LZ2024-0038", series="工程", level="中级", unit_key="shejiyuan",
                       established=True, moved=False)
    b = base_applicant(ctx, "LZ2024-0039", series="工程", level="中级", unit_key="shejiyuan",
                       established=True, moved=False)
    shared = {"title": "城市给水管网漏损控制关键技术及其工程应用", "journal": "中国给水排水",
              "issn": "1000-4602", "cn": "12-1073/TU", "year": 2022, "issue": "14",
              "authors": [a.person.name, b.person.name], "english": False, "volume": None}
    for x in (a, b):
        x.papers = [dict(shared)]
        x.docs = [d for d in x.docs if d.kind != "paper"]
        x.docs.append(paper_doc(x, 0, x.papers[0]))
        x.expected = {"PAPER_SHARED"}
    a.note = "PAPER_SHARED: the same paper is claimed by LZ2024-0038 and LZ2024-0039 (co-authors)"
    b.note = a.note
    return [a, b]


def c_after_deadline(ctx):  # 0040
    a = base_applicant(ctx, "LZ2024-0040", series="卫生", level="中级", unit_key="yiyuan",
                       established=True, gender="女", moved=False)
    pp = a.papers[0]
    # a monthly journal (月刊), so issue 10 is unambiguously October
    pp.update({"journal": "中国护理管理", "issn": "1672-1756", "cn": "11-4979/R", "year": 2024,
               "issue": "10"})
    a.docs = [d for d in a.docs if d.kind != "paper"]
    a.docs.append(paper_doc(a, 0, pp))
    a.expected = {"PAPER_AFTER_DEADLINE"}
    a.note = ("PAPER_AFTER_DEADLINE: paper in 中国护理管理 (monthly) 2024年第10期, after the "
              "2024-08-31 materials deadline")
    return [a]


def c_malformed(ctx):  # 0041
    a = base_applicant(ctx, "LZ2024-0041", series="经济", level="中级", unit_key="wuye",
                       moved=False)

    def patch(form):
        del form["level"]
    a.form_patch = patch
    a.error = True
    a.note = ("malformed application.json: the required field 'level' is missing; the pipeline "
              "must report an input error for this applicant (no flags expected)")
    return [a]


def c_kind_as_diploma(ctx):  # 0042
    a = base_applicant(ctx, "LZ2024-0042", series="工程", level="中级", unit_key="gangtie",
                       moved=False)
    drop_docs(a, "diploma")
    contract = a.doc("contract")
    a.docs.append(Doc("毕业证.jpg", "contract", "diploma", D.contract, dict(contract.args), "photo",
                      note="the labour contract photographed and uploaded as the diploma",
                      twin=contract))
    a.expected = {"DOC_KIND_MISMATCH", "MATERIAL_MISSING"}
    a.note = ("DOC_KIND_MISMATCH + MATERIAL_MISSING: 毕业证.jpg (declared diploma) is a photo of "
              "the labour contract, so the bachelor diploma is missing too")
    return [a]


def c_photoshop(ctx):  # 0043
    a = base_applicant(ctx, "LZ2024-0043", series="工程", level="中级", unit_key="jiangong",
                       moved=False)
    d = a.doc("diploma")
    d.render, d.file = "photoshop_pdf", "毕业证.pdf"
    letter = a.doc("appointment_letter")
    if letter.render.startswith("photo"):
        letter.post["image_tamper"] = "splice"
    a.expected = {"DOC_TAMPERED"}
    a.note = ("DOC_TAMPERED: 毕业证.pdf was produced by Adobe Photoshop "
              "(PDF producer/creator metadata)"
              + ("; 聘书.jpg: its seal replaced by one cut from another photo, saved again by "
                 "Photoshop (EXIF Software)" if letter.post.get("image_tamper") else ""))
    return [a]


def c_shared_upload(ctx):  # 0044 + 0045
    a = base_applicant(ctx, "LZ2024-0044", series="工程", level="中级", unit_key="jiangong",
                       moved=False)
    b = base_applicant(ctx, "LZ2024-0045", series="工程", level="中级", unit_key="gangtie",
                       moved=False)
    printed = {"title": "装配式混凝土结构套筒灌浆连接质量检测方法研究", "journal": "施工技术",
               "issn": "2097-0897", "cn": "10-1768/TU", "year": 2023, "issue": "08",
               "authors": [a.person.name, b.person.name], "english": False, "volume": None}
    a.papers = [dict(printed)]
    b.papers = [dict(printed, title="钢结构厂房高强螺栓连接施工质量控制要点")]
    for x in (a, b):
        x.docs = [d for d in x.docs if d.kind != "paper"]
        x.docs.append(paper_doc(x, 0, x.papers[0], {"title": printed["title"]}))
    a.expected = {"PAPER_SHARED"}
    b.expected = {"PAPER_SHARED", "PAPER_MISMATCH"}
    a.note = ("PAPER_SHARED (uploads): LZ2024-0045 uploads the same printed paper as LZ2024-0044 "
              "but declares it under another title")
    b.note = a.note + "; the declared title differs from the printed one (PAPER_MISMATCH)"
    return [a, b]


def c_same_capture(ctx):  # 0050 + 0051
    """One photo of a diploma uploaded by two applicants: the second's 毕业证.jpg is the first's
    capture (the same paper, noise, light and seal position) with the holder's name, dates and
    number set to the second's own, as an edit of the photo would leave them."""
    a = base_applicant(ctx, "LZ2024-0050", series="工程", level="中级", unit_key="jiangong",
                       moved=False)
    b = base_applicant(ctx, "LZ2024-0051", series="工程", level="中级", unit_key="dianqi",
                       moved=False)
    da, db = a.doc("diploma"), b.doc("diploma")
    for d in (da, db):
        d.file, d.render = "毕业证.jpg", "photo"
    db.args = {**db.args, "seed": da.args["seed"]}  # the same layout draw as the original's
    db.twin = da  # the same layout
    db.post["capture_of"] = f"{a.aid}/{da.file}"  # rendered as that capture (its photo seed)
    da.attach["same_capture_with"] = f"{b.aid}/{db.file}"
    db.attach["same_capture_with"] = f"{a.aid}/{da.file}"
    for x in (a, b):
        x.expected = {"DOC_TAMPERED"}
    a.note = (f"DOC_TAMPERED (same_scan): {b.aid}'s 毕业证.jpg is this applicant's photo of the "
              "diploma with the holder's name, dates and number changed; both are flagged")
    b.note = (f"DOC_TAMPERED (same_scan): 毕业证.jpg is {a.aid}'s photo of that applicant's "
              "diploma with the name, dates and number changed to this applicant's")
    return [a, b]


CATALOGUE = [  # (factory, tiny)
    (c_clean_public, True), (c_clean_private, True), (c_id_invalid, True),
    (c_ss_continuity, True), (c_material_missing, True), (c_blacklisted, True),
    (c_clean_nurse, False), (c_clean_teacher, False), (c_clean_commissioned, False),
    (c_clean_social, False), (c_not_eligible, False), (c_retirement, False),
    (c_integrity, False), (c_duplicate, False), (c_tenure, False), (c_ss_none, False),
    (c_ss_unit, False), (c_freelancer, False), (c_history_conflict, False),
    (c_unreadable, False), (c_quality, False), (c_not_original, False), (c_kind_mismatch, False),
    (c_tampered, False), (c_seal, False), (c_name, False), (c_id_mismatch, False),
    (c_education, False), (c_diploma_number, False), (c_years_short, False),
    (c_appointment_mismatch, False), (c_roster, False), (c_level_skip, False),
    (c_journal_id, False), (c_paper_mismatch, False), (c_author_absent, False), (c_shared, False),
    (c_after_deadline, False), (c_malformed, False), (c_kind_as_diploma, False),
    (c_photoshop, False), (c_shared_upload, False),
]



def with_commission_extras(a: Applicant, to_whom: str = "柳州市人力资源和社会保障局") -> Applicant:
    """A commissioned review's commission letter, plus an id-card image and a continuing-
    education certificate (optional items), all consistent with the form."""
    p, u, rng = a.person, a.unit, a.rng
    series = {"工程": "工程技术", "卫生": "卫生", "会计": "会计", "经济": "经济",
              "中小学教师": "中小学教师"}[a.series]
    a.docs.append(Doc("委托函.pdf", "commission_letter", "commission_letter", D.commission_letter,
                      {"name": p.name, "id_number": p.id_number, "unit": u["name"],
                           "series": series, "level": a.level, "to_whom": to_whom,
                           "issued_on": f"2024-06-{rng.randint(3, 25):02d}",
                           "doc_no": f"{u['name'][3:5]}人〔2024〕{rng.randint(10, 60)}号",
                           "seed": rng.randint(0, 10**6)},
                      rng.choice(["born_digital", "scanned_pdf"])))
    a.docs.append(Doc("身份证.jpg", "id_card", "id_card", D.id_card, {
        "name": p.name, "gender": p.gender, "ethnicity": p.ethnicity, "birth": p.birth,
        "address": p.address, "id_number": p.id_number}, rng.choice(["photo", "photo_skewed"])))
    a.docs.append(Doc("继续教育证明.pdf", "continuing_education", "continuing_education",
                      D.continuing_education, {
                          "name": p.name, "id_number": p.id_number, "year": 2023,
                          "hours": rng.choice([72, 90, 96]), "issuer": "柳州市人力资源和社会保障局",
                          "issued_on": f"2024-01-{rng.randint(8, 28):02d}",
                          "seed": rng.randint(0, 10**6)}, "born_digital"))
    return a


def reuse_title(a: Applicant, b: Applicant) -> None:
    """Give b's first paper the title of a's first paper, in b's own journal: two different
    papers that happen to share a title (common: 浅析…… titles recur every year). Not
    PAPER_SHARED; at most the low remark PAPER_TITLE_REUSED."""
    pa, pb = a.papers[0], b.papers[0]
    if pb["journal"] == pa["journal"]:
        j = next(j for j in JOURNALS[b.series] if j[0] != pa["journal"])
        pb.update(journal=j[0], issn=j[1], cn=j[2])
    if pb["year"] == pa["year"]:
        pb["year"] = pa["year"] - 1 if pa["year"] > REVIEW_YEAR - 4 else pa["year"] + 1
    pb["title"] = pa["title"]
    b.docs = [paper_doc(b, 0, pb) if d.file == "论文1.pdf" else d for d in b.docs]
    b.note += (f"; its paper 1 has the same title as {a.aid}'s paper 1 but appeared in another "
               f"journal ({pb['journal']} {pb['year']}, not {pa['journal']} {pa['year']}): two "
               f"papers, not PAPER_SHARED")


def c_clean_commissioned_more(ctx):  # 0046-0049
    out = []
    for aid, series, level, unit_key in (("LZ2024-0046", "工程", "副高级", "luqiao"),
                                         ("LZ2024-0047", "工程", "正高级", "shuiwu"),
                                         ("LZ2024-0048", "经济", "副高级", "jiangong"),
                                         ("LZ2024-0049", "会计", "副高级", "zhilian")):
        a = base_applicant(ctx, aid, series=series, level=level, unit_key=unit_key,
                           route="commissioned", masters=True, moved=False)
        with_commission_extras(a)
        a.note = ("clean: commissioned review (委托评审) with a commission letter, master's "
                  "degree (two diplomas + degree certificate), id card photo and a "
                  "continuing-education certificate")
        out.append(a)
    reuse_title(out[0], out[1])
    return out


CATALOGUE.append((c_clean_commissioned_more, False))
CATALOGUE.append((c_same_capture, False))  # after 0046-0049: they stay as drawn


# --------------------------------------------------------------------------- ci profile
# Small: every flag code of the full profile at least once in 16 applicants (two clean).
# Applicants are the full profile's (same ids and facts) with further, independent defects
# planted; each plant_* breaks one document and appends its code and note.


def _plant(a: Applicant, code: str, note: str) -> None:
    a.expected.add(code)
    a.note += "; " + note


def plant_name(a: Applicant) -> None:
    d = a.doc("title_certificate")
    other = a.person.name[0] + ("海洋" if a.person.name[1:] != "海洋" else "海阳")
    d.args["name"] = other
    _plant(a, "NAME_MISMATCH", f"NAME_MISMATCH: 职称证书 is made out to {other}")


def plant_id_mismatch(a: Applicant) -> None:
    d = a.doc("contract")
    idn = a.person.id_number
    wrong = idn[:12] + f"{(int(idn[12:14]) % 28) + 1:02d}" + idn[14:17]
    wrong = wrong + id_check_digit(wrong)
    d.args["id_number"] = wrong
    _plant(a, "ID_MISMATCH", f"ID_MISMATCH: 劳动合同 shows identity number {wrong}")


def plant_education(a: Applicant) -> None:
    d = a.doc("diploma")
    printed = "工程管理" if d.args["major"] != "工程管理" else "土木工程"
    declared = d.args["major"]
    d.args["major"] = printed
    _plant(a, "EDUCATION_MISMATCH",
           f"EDUCATION_MISMATCH: the diploma says major {printed}, the form {declared}")


def plant_diploma_number(a: Applicant) -> None:
    e = a.education[0]
    n = e["diploma_number"]
    bad = n[:6] + f"{int(n[6:10]) - 1:04d}" + n[10:]
    e["diploma_number"] = bad
    a.doc("diploma").args["number"] = bad
    _plant(a, "DIPLOMA_NUMBER_INVALID",
           f"DIPLOMA_NUMBER_INVALID: diploma number {bad} has year segment {bad[6:10]}, "
           f"graduation {e['end'][:4]}")


def plant_seal(a: Applicant) -> None:
    d = a.doc("appointment_letter")
    d.args["seal"] = False
    d.render, d.file = "born_digital", "聘书.pdf"
    _plant(a, "SEAL_MISSING", "SEAL_MISSING: 聘书.pdf carries no official seal")


def plant_appointment_mismatch(a: Applicant) -> None:
    d = a.doc("appointment_letter")
    new_start = ym_add(a.current_title["appointed_on"], 12)
    d.args["start"], d.args["end"] = new_start, ym_add(new_start, 35)
    _plant(a, "APPOINTMENT_MISMATCH",
           f"APPOINTMENT_MISMATCH: 聘书 says 聘期自 {new_start}, the form "
           f"{a.current_title['appointed_on']}")


def plant_tampered(a: Applicant) -> None:
    d = a.doc("title_certificate")
    d.render = "tampered_incremental"
    c = a.current_title
    real = f"{int(c['obtained_on'][:4]) + 2}-{c['obtained_on'][5:]}"
    d.args = {**d.args, "obtained_on": real}
    d.post = {"old": D.cn(real), "new": D.cn(c["obtained_on"]),
              "shown_fields": {"obtained_on": c["obtained_on"]}}
    _plant(a, "DOC_TAMPERED", f"DOC_TAMPERED: 职称证书.pdf 取得时间 {D.cn(real)} overwritten "
                              f"with {D.cn(c['obtained_on'])} by an incremental update")


def plant_quality(a: Applicant) -> None:
    p = a.person
    a.docs.append(Doc("身份证.jpg", "id_card", "id_card", D.id_card, {
        "name": p.name, "gender": p.gender, "ethnicity": p.ethnicity, "birth": p.birth,
        "address": p.address, "id_number": p.id_number}, "blurred_tiny"))
    _plant(a, "DOC_QUALITY_LOW", "DOC_QUALITY_LOW: 身份证.jpg is 300 px wide, heavily blurred")


def plant_unreadable(a: Applicant) -> None:
    a.docs.append(Doc("继续教育证明.pdf", "continuing_education", "continuing_education", None,
                      {}, "corrupt", note="a .pdf whose bytes are damaged"))
    _plant(a, "DOC_UNREADABLE", "DOC_UNREADABLE: 继续教育证明.pdf is a corrupt PDF")


def plant_not_original(a: Applicant) -> None:
    d = a.doc("diploma")
    d.render, d.file = "photocopy_gray", "毕业证.jpg"
    _plant(a, "DOC_NOT_ORIGINAL", "DOC_NOT_ORIGINAL: 毕业证.jpg is a grayscale photocopy")


def plant_kind_mismatch(a: Applicant) -> None:
    drop_docs(a, "degree")
    contract = a.doc("contract")
    a.docs.append(Doc("学位证.pdf", "contract", "degree", contract.build, dict(contract.args),
                      "scanned_pdf", note="the labour contract uploaded again under 学位证",
                      twin=contract))
    _plant(a, "DOC_KIND_MISMATCH", "DOC_KIND_MISMATCH: 学位证.pdf (bachelor's, not required) is "
                                   "a scan of the labour contract")


def _replace_paper(a: Applicant, i: int, printed: dict | None = None) -> None:
    a.docs = [d for d in a.docs if not (d.kind == "paper" and d.attach.get("paper_index") == i)]
    a.docs.append(paper_doc(a, i, a.papers[i], printed))


def plant_journal_id(a: Applicant) -> None:
    pp = a.papers[0]
    good = pp["issn"]
    pp["issn"] = break_issn(good)
    _replace_paper(a, 0)
    _plant(a, "JOURNAL_ID_INVALID", f"JOURNAL_ID_INVALID: ISSN {pp['issn']} (declared and "
                                    f"printed; {pp['journal']} is {good})")


def plant_paper_mismatch(a: Applicant) -> None:
    printed = "变电站智能巡检机器人的应用与运维管理探讨"
    _replace_paper(a, 0, {"title": printed})
    _plant(a, "PAPER_MISMATCH", f"PAPER_MISMATCH: declared 《{a.papers[0]['title']}》, the "
                                f"upload is 《{printed}》")


def plant_author_and_deadline(a: Applicant) -> None:
    pp = a.papers[0]
    others = [new_person(a.rng).name for _ in range(2)]
    pp.update({"journal": "中国护理管理", "issn": "1672-1756", "cn": "11-4979/R", "year": 2024,
               "issue": "10", "authors": [others[0], a.person.name]})
    _replace_paper(a, 0, {"authors": others})
    _plant(a, "PAPER_AFTER_DEADLINE", "PAPER_AFTER_DEADLINE: 中国护理管理 (monthly) 2024年第10期")
    _plant(a, "PAPER_AUTHOR_ABSENT", f"PAPER_AUTHOR_ABSENT: the paper prints {others}")


def plant_roster(a: Applicant) -> None:
    d = a.doc("appointment_roster")
    d.args["rows"] = [r for r in d.args["rows"] if r["id_number"] != a.person.id_number]
    _plant(a, "ROSTER_NOT_LISTED", "ROSTER_NOT_LISTED: absent from the uploaded 聘任花名册")


def plant_integrity(a: Applicant) -> None:
    a.integrity.append({"id_number": a.person.id_number, "name": a.person.name,
                        "reason": "2022年度职称申报中提供虚假业绩材料", "recorded_on": "2023-02-20",
                        "expires_on": "2026-02-19"})
    _plant(a, "INTEGRITY_RECORD", "INTEGRITY_RECORD: live record 2023-02-20..2026-02-19")


def plant_shared(a: Applicant, b: Applicant) -> None:
    shared = {"title": "城市给水管网漏损控制关键技术及其工程应用", "journal": "中国给水排水",
              "issn": "1000-4602", "cn": "12-1073/TU", "year": 2022, "issue": "14",
              "authors": [a.person.name, b.person.name], "english": False, "volume": None}
    for x, y in ((a, b), (b, a)):
        x.papers = [dict(shared)]
        x.docs = [d for d in x.docs if d.kind != "paper"]
        x.docs.append(paper_doc(x, 0, x.papers[0]))
        _plant(x, "PAPER_SHARED", f"PAPER_SHARED: the same paper is claimed by {x.aid} and "
                                  f"{y.aid} (co-authors)")


def ci_catalogue(ctx) -> list[Applicant]:
    """The ci profile: 16 applicants, every flag code of the full profile at least once, and
    two clean applicants (one paper title shared across two journals) that must stay clean."""
    one = lambda factory: factory(ctx)[0]
    a03 = one(c_id_invalid)
    plant_journal_id(a03)
    a04 = one(c_ss_continuity)
    plant_quality(a04)
    a05 = one(c_material_missing)
    plant_education(a05)
    a06 = one(c_blacklisted)
    plant_roster(a06)
    a11 = one(c_not_eligible)
    plant_name(a11)
    plant_integrity(a11)
    a12 = one(c_retirement)
    plant_tampered(a12)
    plant_appointment_mismatch(a12)
    a14, a15 = c_duplicate(ctx)
    plant_seal(a15)
    a16 = one(c_tenure)
    plant_id_mismatch(a16)
    plant_paper_mismatch(a16)
    a17 = one(c_ss_none)
    plant_not_original(a17)
    a18 = one(c_ss_unit)
    plant_diploma_number(a18)
    plant_kind_mismatch(a18)
    plant_shared(a17, a18)
    a19 = one(c_freelancer)
    plant_unreadable(a19)
    a31 = one(c_years_short)
    plant_author_and_deadline(a31)
    a34 = one(c_level_skip)
    clean = [one(c_clean_public), one(c_clean_private)]  # precision: these must stay clean
    reuse_title(*clean)
    return [*clean, a03, a04, a05, a06, a11, a12, a14, a15, a16, a17, a18, a19, a31, a34]


# --------------------------------------------------------------------------- layouts

IMAGE_RENDERS = ("photo", "scan_png", "photocopy_gray", "blurred_tiny")
LAYOUTS_TOML = HERE / "layouts.toml"


def flag_files(a: Applicant) -> dict[str, list[str]]:
    """For each planted document-level code, the upload(s) that carry the defect (where a
    missed flag is counted in the tuning / held-out split)."""
    p = a.person
    docs = [d for d in a.docs if d.on_disk]
    declared_titles = {pp["title"] for pp in a.papers}
    majors = {e["major"] for e in a.education}
    papers = [d for d in docs if d.kind == "paper"]
    rules = {
        "DOC_UNREADABLE": lambda d: d.render == "corrupt",
        "DOC_QUALITY_LOW": lambda d: d.render == "blurred_tiny",
        "DOC_NOT_ORIGINAL": grayscale_copy,
        "DOC_KIND_MISMATCH": lambda d: d.declared not in (None, d.kind),
        "DOC_TAMPERED": lambda d: d.render in ("tampered_incremental", "photoshop_pdf") or bool(
            d.post.get("image_tamper") or d.attach.get("same_capture_with")),
        "SEAL_MISSING": lambda d: d.args.get("seal") is False,
        "NAME_MISMATCH": lambda d: d.args.get("name") not in (None, p.name),
        "ID_MISMATCH": lambda d: d.args.get("id_number") not in (None, p.id_number),
        "EDUCATION_MISMATCH": lambda d: d.kind == "diploma" and d.args["major"] not in majors,
        "DIPLOMA_NUMBER_INVALID": lambda d: d.kind == "diploma" and any(
            e["diploma_number"] == d.args["number"] and e["diploma_number"][6:10] != e["end"][:4]
            for e in a.education),
        "APPOINTMENT_MISMATCH": lambda d: d.kind == "appointment_letter",
        "ROSTER_NOT_LISTED": lambda d: d.kind == "appointment_roster",
        "JOURNAL_BLACKLISTED": lambda d: (d in papers
                                          and d.args["journal"] == BLACKLISTED["journal"]),
        "JOURNAL_ID_INVALID": lambda d: d in papers and not issn_is_valid(d.args["issn"] or "0"),
        "PAPER_AFTER_DEADLINE": lambda d: d in papers and d.args["year"] >= REVIEW_YEAR,
        "PAPER_MISMATCH": lambda d: d in papers and d.args["title"] not in declared_titles,
        "PAPER_AUTHOR_ABSENT": lambda d: d in papers and p.name not in d.args["authors"],
        "PAPER_SHARED": lambda d: d in papers,
    }
    out = {}
    for code in sorted(a.expected):
        if code in rules:
            files = [d.file for d in docs if rules[code](d)]
            if files:
                out[code] = files
    return out


# Each blind round, oldest first: the profile that draws the ci applicants in that round's
# layouts only, and the round's list in data/samples/layouts.toml. The last is the current
# blind exam (held out); the earlier ones were looked at after their blind figures. A new round
# is one line here plus its list in layouts.toml.
BLIND_ROUNDS = {"others": "fresh", "others3": "round3", "others4": "round4",
                "others5": "round5", "others6": "round6", "others7": "round7",
                "others8": "round8", "others9": "round9", "others10": "round10",
                "others11": "round11", "others12": "round12", "others13": "round13",
                "others14": "round14", "others15": "round15",
                "others16": "round16", "others17": "round17", "others18": "round18",
                "others19": "round19", "others20": "round20",
                "others21": "round21", "others22": "round22",
                "others23": "round23",
                "others24": "round24",
                "others25": "round25",
                "others26": "round26",
                "others27": "round27",
                "others28": "round28",
                "others29": "round29",
                "others30": "round30",
                "others31": "round31",
                "others32": "round32",
                "others33": "round33",
                "others34": "round34",
                "others35": "round35",
                "others36": "round36",
                "others37": "round37",
                "others38": "round38",
                "others39": "round39",
                "others40": "round40"}
OTHERS_PROFILES = tuple(BLIND_ROUNDS)
CURRENT_ROUND = list(BLIND_ROUNDS.values())[-1]


def _layouts_listed(key: str) -> set[str]:
    import tomllib

    data = tomllib.loads(LAYOUTS_TOML.read_text(encoding="utf-8"))
    return {lid for kind in data.values() for lid in kind.get(key, [])}


def held_out_layouts() -> set[str]:
    """Layout ids data/samples/layouts.toml holds out from tuning in the committed profiles
    (`held_out`; none since round 1's were looked at: see the file's header)."""
    return _layouts_listed("held_out")


def round_layouts(key: str) -> set[str]:
    """Layout ids data/samples/layouts.toml lists under one blind round's key (`fresh` for
    round 2, `round3` ... for the later ones); only that round's profile draws them."""
    if key not in BLIND_ROUNDS.values():
        raise ValueError(f"{key!r} is not a blind round of BLIND_ROUNDS")
    return _layouts_listed(key)


def blind_layouts() -> set[str]:
    """Every layout held out for a blind exam (every round of BLIND_ROUNDS): the full, tiny
    and ci profiles draw none of them."""
    return set().union(*(round_layouts(key) for key in BLIND_ROUNDS.values()))


def _fits(fn, d: Doc) -> bool:
    if d.render.startswith(IMAGE_RENDERS) and fn.pages > 1:
        return False  # an image shows one page
    if d.render == "tampered_incremental" and not fn.cn_dates:
        return False  # the tampering searches for a 2019年1月5日 date
    return fn.accepts(d.args)


#: Kinds whose upload must show the unit's official seal (flags.md: SEAL_MISSING).
SEALED_KINDS = frozenset({"contract", "appointment_letter"})
#: Identity and certificate kinds, whose upload must be a colour original (flags.md:
#: DOC_NOT_ORIGINAL).
CERTIFICATE_KINDS = frozenset({"id_card", "diploma", "degree", "title_certificate"})
#: Captures that keep a page drawn without colour a grayscale image: scans and copies. A phone
#: photo of it is a colour capture (light, paper and sensor tint it), and a born-digital page
#: is no picture at all.
GRAY_KEEPING_RENDERS = frozenset({"scanned_pdf", "photoshop_pdf", "scan_png", "photocopy_gray",
                                  "blurred_tiny"})


def grayscale_copy(d: Doc) -> bool:
    """Whether the upload is a grayscale copy of an identity or certificate document, which
    flags.md calls DOC_NOT_ORIGINAL: planted as one (render photocopy_gray), or drawn by a
    layout that shows the document without any colour (round 24's copier scan in black and
    white) and captured as a scan."""
    if d.kind not in CERTIFICATE_KINDS:
        return False
    return d.render == "photocopy_gray" or (
        d.render in GRAY_KEEPING_RENDERS and getattr(d.build, "grayscale_copy", False))


def assign_layouts(seed: int, applicants: list[Applicant],
                   only: set[str] | frozenset[str] = frozenset()) -> int:
    """Give every rendered document a layout, deterministically: per kind, documents in
    catalogue order take the fitting layout used least so far (ties: a seeded order of the
    layouts), so every layout of a kind appears and planted documents spread across them.
    A document uploaded twice (twin) keeps its twin's layout where it fits.

    Blind layouts (the rounds of BLIND_ROUNDS) are drawn only when named in `only` (each
    others profile names its own round's), and then only the layouts of `only` are: a
    document that none of them fits falls back to the non-blind layouts.
    Returns how many documents fell back."""
    blind = blind_layouts()
    docs = [(a, d) for a in applicants for d in a.docs if d.build is not None]
    uses: dict[str, int] = {}
    fell_back = 0

    def fitting(order: list[str], d: Doc) -> list[str]:
        nonlocal fell_back
        fits = [lid for lid in order if _fits(L.builder(lid), d)]
        if any(lid in only for lid in fits):
            return [lid for lid in fits if lid in only]
        if only:
            fell_back += 1
        return [lid for lid in fits if lid not in blind]

    for kind in sorted({d.kind for _a, d in docs}):
        order = sorted(L.BY_KIND[kind], key=lambda lid: stable_int(f"{seed}:layout:{lid}"))
        for a, d in docs:
            if d.kind != kind or d.twin is not None:
                continue
            fits = fitting(order, d)
            d.layout = min(fits, key=lambda lid: (uses.get(lid, 0), order.index(lid)))
            uses[d.layout] = uses.get(d.layout, 0) + 1
        for a, d in docs:
            if d.kind == kind and d.twin is not None:
                twin = d.twin.layout
                if twin and _fits(L.builder(twin), d):
                    d.layout = twin
                else:
                    fits = fitting(order, d)
                    d.layout = min(fits, key=lambda lid: (uses.get(lid, 0), order.index(lid)))
                uses[d.layout] = uses.get(d.layout, 0) + 1
    for a, d in docs:
        d.build = L.builder(d.layout)
        digit = d.build.schooling
        if digit and d.args["number"][5] != digit:  # 成人 / 自学考试 diploma numbers
            old = d.args["number"]
            new = old[:5] + digit + old[6:]
            d.args["number"] = new
            for e in a.education:
                if e["diploma_number"] == old:
                    e["diploma_number"] = new
            a.note = a.note.replace(old, new)
        if (d.kind in SEALED_KINDS and d.render != "corrupt" and d.args.get("seal") is not False
                and d.build(**d.args).seal is None):
            # The layout shows a page that carries no seal (a contract's first page, its
            # signature page not uploaded): by the spec that upload shows no official seal, so
            # the truth expects SEAL_MISSING rather than calling the applicant clean.
            d.args["seal"] = False
            _plant(a, "SEAL_MISSING", f"SEAL_MISSING: {d.file} ({d.layout}) shows no seal")
        if d.render != "photocopy_gray" and grayscale_copy(d):
            # The layout draws the upload as a grayscale copy and it is scanned as one: by
            # the spec that is not a colour original.
            _plant(a, "DOC_NOT_ORIGINAL",
                   f"DOC_NOT_ORIGINAL: {d.file} ({d.layout}) is a grayscale copy")
    return fell_back


# --------------------------------------------------------------------------- output


def form_of(a: Applicant) -> dict:
    p, u = a.person, a.unit
    form = {
        "applicant_id": a.aid, "name": p.name, "id_number": p.id_number,
        "phone": f"1{a.rng.choice('3578')}{a.rng.randint(100000000, 999999999)}",
        "unit": {"name": u["name"], "credit_code": u["credit_code"], "type": u["type"],
                 "established_staff": a.established, "department": u["department"]},
        "series": a.series, "specialty": a.specialty, "level": a.level, "route": a.route,
        "current_title": ({k: a.current_title[k] for k in ("name", "level", "obtained_on",
                                                             "appointed_on")}
                          if a.current_title else None),
        "application_date": a.application_date,
        "education": [{k: e[k] for k in ("level", "school", "major", "start", "end",
                                         "diploma_number", "degree", "degree_number")}
                      for e in a.education],
        "work_history": [{k: w[k] for k in ("unit", "credit_code", "start", "end", "post")}
                         for w in a.work],
        "papers": [{k: pp[k]
                    for k in ("title", "journal", "issn", "cn", "year", "issue", "authors")}
                   for pp in a.papers],
        "attachments": [],
    }
    for d in a.docs:
        if d.declared is None:
            continue
        att = {"file": d.file, "kind": d.declared, **d.attach}
        form["attachments"].append(att)
    if a.form_patch:
        a.form_patch(form)
    return form


SCAN_DPI = 120  # scanner resolution of scanned PDFs / PNG
PHOTO_DPI = 105  # page resolution before the camera model (long side ~1400 px)


def render_doc(ctx: Ctx, d: Doc, path: Path, seed: int) -> dict:
    """Write one upload; return its truth entry (without kind/declared)."""
    entry: dict[str, Any] = {"render": d.render, "degraded": False, "lines": [], "fields": {},
                             "seal": None, "pages": 0}
    if d.render == "corrupt":
        backends.corrupt_pdf(path, seed)
        entry.update(degraded=True)
        return entry
    built = d.build(**d.args)
    entry.update(lines=built.lines, fields=built.fields, seal=built.seal, pages=len(built.pages))
    r = d.render
    if r in ("born_digital", "tampered_incremental"):
        backends.render_pdf(built.pages, path, title=path.stem,
                            creator=("WPS 文字" if seed % 2 else "Microsoft® Word 2016"))
        entry["text_layer"] = True
        if r == "tampered_incremental":
            entry["tamper"] = backends.tamper_pdf(path, d.post["old"], d.post["new"], ctx.font)
            entry["tamper"]["original_fields"] = dict(entry["fields"])
            entry["lines"] = [ln.replace(d.post["old"], d.post["new"]) for ln in entry["lines"]]
            entry["fields"] = {**entry["fields"], **d.post["shown_fields"]}
        return entry
    entry["text_layer"] = False
    card = built.kind == "id_card" and built.pages[0].width < 300
    if card:
        dpi = 300 if r != "blurred_tiny" else 150
    elif r in ("scanned_pdf", "photoshop_pdf", "scan_png"):
        dpi = SCAN_DPI
    else:
        dpi = PHOTO_DPI
    imgs = [backends.render_image(pg, dpi) for pg in built.pages]
    if r in ("scanned_pdf", "photoshop_pdf"):
        scans = [backends.scan(im, seed + i) for i, im in enumerate(imgs)]
        sizes = [(pg.width, pg.height) for pg in built.pages]
        if r == "photoshop_pdf":
            backends.scanned_pdf(scans, path, sizes, producer="Adobe Photoshop CC 2019 (Windows)",
                                 creator="Adobe Photoshop CC 2019 (Windows)")
            entry["producer"] = "Adobe Photoshop CC 2019 (Windows)"
        else:
            backends.scanned_pdf(scans, path, sizes)
        return entry
    img = imgs[0]
    if r == "scan_png":
        out = backends.scan(img, seed).convert("L")  # a grayscale table scan, 16 grey levels
        out = out.point(lambda v: 255 if v > 215 else (v // 16) * 16)
        out.save(path, "PNG", optimize=True)
        entry["degraded"] = False
        return entry
    if r == "photocopy_gray":
        out = backends.photocopy_gray(img, seed)
        entry["degraded"] = True
    elif r == "blurred_tiny":
        out = backends.blurred_tiny(img, seed)
        entry["degraded"] = True
    else:
        kw: dict[str, Any] = {}
        if r.startswith("photo_rotated_"):
            kw["rotate"] = -int(r.rsplit("_", 1)[1])  # content turned clockwise by N degrees
        if r == "photo_skewed":
            kw["skew_deg"] = 4.5 if seed % 2 else -4.0
        if r == "photo_blurred":
            kw["blur"] = 1.4
        if r == "photo_low_res":
            kw["max_side"] = 1000
        if card:
            kw.setdefault("max_side", 1100)
        out = backends.photo(img, seed, **kw)
        entry["degraded"] = r != "photo"
    entry["image_size"] = list(out.size)
    backends.save_image(out, path, quality=72)
    planted = d.post.get("image_tamper")
    if planted == "copy_move":  # edited after the photo was taken: decoded, changed, saved again
        entry["image_tamper"] = backends.plant_copy_move(path)
    elif planted == "splice":
        entry["image_tamper"] = backends.plant_splice(path, img, seed, kw)
    return entry


def write_window(ctx: Ctx, out: Path, profile: str) -> dict:
    t0 = time.time()
    if out.exists():
        shutil.rmtree(out)
    (out / "applicants").mkdir(parents=True)
    NAMES.used.clear()
    _UNIT_CACHE.clear()
    applicants: list[Applicant] = []
    if profile == "ci":
        applicants = ci_catalogue(ctx)
        assign_layouts(ctx.seed, applicants)
    elif profile in OTHERS_PROFILES:  # the ci applicants and four clean commissioned ones
        # (commission letters, continuing education), drawn in the profile's round's layouts
        applicants = ci_catalogue(ctx) + c_clean_commissioned_more(ctx)
        word = BLIND_ROUNDS[profile]
        blind = round_layouts(word)
        fell_back = assign_layouts(ctx.seed, applicants, only=blind)
        print(f"{profile}: {fell_back} document(s) fell back to a non-{word} layout "
              f"(no {word} layout fits them)")
    else:  # tiny is a subset of full: build all, so that layouts are the full profile's
        tiny_ids: set[str] = set()
        for factory, tiny in CATALOGUE:
            made = factory(ctx, ctx.font) if factory is c_tampered else factory(ctx)
            applicants.extend(made)
            if tiny:
                tiny_ids.update(a.aid for a in made)
        assign_layouts(ctx.seed, applicants)
        if profile == "tiny":
            applicants = [a for a in applicants if a.aid in tiny_ids]
    held_out = held_out_layouts()
    # the layouts of the profile's own blind round (none for full, tiny and ci)
    split = BLIND_ROUNDS.get(profile)
    own_round = round_layouts(split) if split else set()
    truth: dict[str, Any] = {
        "policy": POLICY,
        "generator": {"seed": ctx.seed, "profile": profile, "script": "data/samples/generate.py"},
        "window": {"review_year": REVIEW_YEAR, "application_deadline": APPLICATION_DEADLINE,
                   "materials_deadline": MATERIALS_DEADLINE,
                   "social_security_encoding": ("gb18030"
                                                if profile in ("full", "ci", *OTHERS_PROFILES)
                                                else "utf-8"),
                   "integrity_records_encoding": "utf-8"},
        "applicants": {}, "documents": {},
    }
    (out / "window.toml").write_text(
        f'# Sample intake window rendered by data/samples/generate.py (profile {profile}, '
        f'seed {ctx.seed}).\n'
        f'policy = "{POLICY}"\nreview_year = {REVIEW_YEAR}\n'
        f'application_deadline = "{APPLICATION_DEADLINE}"\n'
        f'materials_deadline = "{MATERIALS_DEADLINE}"\n',
        encoding="utf-8")
    ss_rows: list[list] = []
    integrity_rows: list[list] = []
    tasks = []
    for a in applicants:
        folder = out / "applicants" / a.aid
        folder.mkdir()
        form = form_of(a)
        (folder / "application.json").write_text(
            json.dumps(form, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        entry = {"expected_flags": sorted(a.expected), "clean": a.clean, "note": a.note,
                 "name": a.person.name, "level": a.level, "unit_type": a.unit["type"]}
        if a.error:
            entry["error"] = True
        if files := flag_files(a):
            entry["flag_files"] = files
        truth["applicants"][a.aid] = entry
        for d in a.docs:
            # a capture uploaded again with edits is rendered with its original's photo seed
            source = d.post.get("capture_of", f"{a.aid}/{d.file}").replace("/", ":")
            tasks.append((a.aid, d, folder / d.file, stable_int(f"{ctx.seed}:{source}")))
    results = run_tasks(ctx, tasks)
    for (aid, d, _path, _seed), rendered in zip(tasks, results):
        rec: dict[str, Any] = {"kind": d.kind, "declared_kind": d.declared,
                               "listed": d.declared is not None, "on_disk": d.on_disk,
                               "layout": d.layout,
                               # earlier rounds were looked at after their blind figures:
                               # only the current round is held out (layouts.toml)
                               "held_out": d.layout in held_out or (split == CURRENT_ROUND
                                                                    and d.layout in own_round)}
        if split:  # which held-out round a document belongs to
            rec["split"] = (None if d.layout is None else split if d.layout in own_round else
                            "held_out" if d.layout in held_out else "tuning")
        rec.update(d.attach)
        rec.update(rendered)
        if d.note:
            rec["note"] = d.note
        truth["documents"][f"{aid}/{d.file}"] = rec
    for a in applicants:
        ss_rows.extend(pension_rows(a))
        for r in a.integrity:
            integrity_rows.append([r["id_number"], r["name"], r["reason"], r["recorded_on"],
                                   r["expires_on"]])
    ss_rows.extend(background_rows(ctx))
    integrity_rows.extend(background_integrity(ctx))
    ss_rows.sort(key=lambda r: (r[0], r[4], r[5]))
    header = ["身份证号", "姓名", "单位名称", "统一社会信用代码", "费款所属期", "险种", "缴费类型",
              "缴费基数"]
    enc = "gb18030" if profile in ("full", "ci", *OTHERS_PROFILES) else "utf-8"
    write_csv(out / "social_security.csv", header, ss_rows, enc)
    write_csv(out / "integrity_records.csv",
              ["身份证号", "姓名", "失信事由", "记录日期", "到期日期"], integrity_rows, "utf-8")
    write_suspect_list(out / "suspect_journals.csv")
    truth["generator"]["seconds"] = None  # kept out of the bytes so output is reproducible
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n",
                                    encoding="utf-8")
    print(f"wrote {out} ({profile}, seed {ctx.seed}): {len(applicants)} applicants, "
          f"{len(truth['documents'])} documents, {len(ss_rows)} social-security rows "
          f"in {time.time() - t0:.1f}s")
    return truth


def _render_task(task) -> dict:
    ctx, d, path, seed = task
    if not d.on_disk:
        built = d.build(**d.args)
        return {"render": "missing", "degraded": False, "lines": built.lines,
                    "fields": built.fields, "seal": built.seal, "pages": 0}
    return render_doc(ctx, d, path, seed)


def run_tasks(ctx: Ctx, tasks: list) -> list[dict]:
    """Render every upload, in parallel where the platform forks (same bytes either way)."""
    work = [(ctx, d, path, seed) for _aid, d, path, seed in tasks]
    workers = min(8, os.cpu_count() or 1)
    if workers > 1 and "fork" in multiprocessing.get_all_start_methods():
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            return list(pool.map(_render_task, work, chunksize=2))
    return [_render_task(t) for t in work]


def write_csv(path: Path, header: list, rows: list, encoding: str) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))


def write_suspect_list(path: Path) -> None:
    """The window's own suspect-journal list, from SUSPECT_LIST (UTF-8, ``\n``, as the admin
    commands write lists)."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=SUSPECT_LIST_COLUMNS, lineterminator="\n")
    w.writeheader()
    for row in SUSPECT_LIST:
        w.writerow({"aliases": "", "issn": "", "cn": "", "source": SUSPECT_LIST_SOURCE,
                    "added_on": SUSPECT_LIST_ADDED_ON, "added_by": "generate.py", **row})
    path.write_bytes(buf.getvalue().encode("utf-8"))


def pension_rows(a: Applicant) -> list[list]:
    rows = []
    p = a.person
    for span in a.pension:
        for m in ym_range(span["start"], span["end"]):
            base = 3000 + (int(m[:4]) - 2005) * 320 + stable_int(p.id_number) % 900
            if span["payer"] == "灵活就业":
                base = 4077 if m >= "2023-07" else 3870
            rows.append([p.id_number, p.name, span["unit"], span["credit_code"], m.replace("-", ""),
                         span["insurance"], span["payer"], f"{base:.2f}"])
    # unemployment insurance for the current unit in 2024 (non-pension rows must be ignored)
    if a.pension and a.unit["type"] in ("private", "state_owned") and stable_int(a.aid) % 2 == 0:
        cur = a.pension[-1]
        if cur["payer"] == "单位缴费":
            for m in ym_range(max("2024-01", cur["start"]), cur["end"]):
                rows.append([p.id_number, p.name, cur["unit"], cur["credit_code"],
                             m.replace("-", ""), "失业保险", "单位缴费", rows[-1][7]])
    return rows


def background_rows(ctx: Ctx) -> list[list]:
    """Pension rows of people who do not apply (an export covers everyone of the units)."""
    rng = app_rng(ctx.seed, "background")
    rows = []
    for i in range(12):
        p = new_person(rng)
        u = unit(rng.choice(list(UNITS)))
        ins = ("机关事业单位基本养老保险" if u["type"] in ("public_institution", "civil_service")
               else "企业职工基本养老保险")
        for m in ym_range("2023-07", "2024-06"):
            rows.append([p.id_number, p.name, u["name"], u["credit_code"], m.replace("-", ""), ins,
                         "单位缴费", f"{4200 + i * 130:.2f}"])
    return rows


def background_integrity(ctx: Ctx) -> list[list]:
    rng = app_rng(ctx.seed, "background-integrity")
    out = []
    for reason, rec, exp in (("2021年度职称申报中提供虚假学历证书", "2021-11-05", "2024-11-04"),
                             ("论文代写代发", "2022-06-30", "2025-06-29")):
        p = new_person(rng)
        out.append([p.id_number, p.name, reason, rec, exp])
    return out


# --------------------------------------------------------------------------- checks


def self_check(out: Path, truth: dict) -> list[str]:
    """Validate every application.json with the pipeline's loader (when importable) and the
    identifiers the generator is supposed to get right. Returns problems (empty = fine)."""
    problems = []
    repo = HERE.parent.parent
    sys.path.insert(0, str(repo))
    try:
        from pipeline.errors import InputError
        from pipeline.ingest.application import load_application
    except Exception as exc:  # noqa: BLE001  # pragma: no cover - pipeline not importable
        print(f"note: pipeline not importable ({exc}); skipping schema validation")
        load_application = None
    for aid, t in truth["applicants"].items():
        path = out / "applicants" / aid / "application.json"
        form = json.loads(path.read_text(encoding="utf-8"))
        if load_application:
            try:
                load_application(path, aid)
                if t.get("error"):
                    problems.append(f"{aid}: deliberately malformed form validated")
            except InputError as exc:
                if not t.get("error"):
                    problems.append(f"{aid}: {exc}")
        if "ID_NUMBER_INVALID" not in t["expected_flags"] and not id_is_valid(form["id_number"]):
            problems.append(f"{aid}: invalid id number")
        code = form["unit"]["credit_code"]
        if code and not uscc_is_valid(code):
            problems.append(f"{aid}: invalid credit code {code}")
        for pp in form["papers"]:
            if ("JOURNAL_ID_INVALID" not in t["expected_flags"] and pp["issn"]
                    and not issn_is_valid(pp["issn"])):
                problems.append(f"{aid}: invalid ISSN {pp['issn']}")
        if t["clean"]:
            birth = dt.date.fromisoformat(
                f"{form['id_number'][6:10]}-{form['id_number'][10:12]}-01")
            cat = "M" if int(form["id_number"][16]) % 2 else "F55"
            if retirement_month(birth, cat) <= (REVIEW_YEAR, 12):
                problems.append(f"{aid}: clean applicant reaches retirement age")
    return problems


def shared_data() -> Path:
    """The shared data folder (others' public lists, read in place): $CREDCHECK_SHARED_DATA,
    else shared/data beside the repository checkout."""
    given = os.environ.get("CREDCHECK_SHARED_DATA")
    return Path(given) if given else HERE.parents[1].parent / "shared" / "data"


def check_journals() -> list[str]:
    """Confirm the embedded journal data against the shared CNKI catalogue when it is present."""
    path = shared_data() / "journals" / "cnki_journals_2023-11-30.csv"
    if not path.exists():
        print(f"note: {path} not found (set CREDCHECK_SHARED_DATA): embedded journal data not "
              "checked against the CNKI catalogue", file=sys.stderr)
        return []
    with path.open(encoding="utf-8") as f:
        rows = {r["期刊名称"]: (r["ISSN"], r["CN"]) for r in csv.DictReader(f)}
    problems = []
    for js in JOURNALS.values():
        for name, issn, cn in js:
            if rows.get(name) != (issn, cn):
                problems.append(f"journal {name}: {issn} {cn} vs CNKI {rows.get(name)}")
    for row in SUSPECT_LIST:  # the made-up fakes must not be real journals' titles
        if row["category"] == "fake" and row["name"] in rows:
            problems.append(f"suspect list: {row['name']} is a CNKI journal")
    return problems


# --------------------------------------------------------------------------- README


def layout_rows(t: dict) -> list[str]:
    """One README row per kind: its layouts (held out in bold) and how many documents each."""
    held = held_out_layouts()
    counts: dict[str, int] = {}
    for d in t["documents"].values():
        if d.get("layout"):
            counts[d["layout"]] = counts.get(d["layout"], 0) + 1
    rows = []
    blind = blind_layouts()
    for kind, all_lays in L.BY_KIND.items():
        lays = [lid for lid in all_lays if lid not in blind]
        cells = [f"**{lid}**" if lid in held else lid for lid in lays]
        rows.append(f"| {kind} | {', '.join(cells)} | "
                    f"{', '.join(str(counts.get(lid, 0)) for lid in lays)} |")
    return rows


def readme(truth_full: dict, truth_tiny: dict | None = None) -> str:
    t = truth_full
    lines = [
        "# Sample intake windows",
        "",
        "Generated by `generate.py`; do not edit the window folders by hand.",
        "",
        "```",
        ("python data/samples/generate.py --out data/samples/liuzhou-2024            "
         "# full (default), seed 2024"),
        ("python data/samples/generate.py --out /tmp/tiny --profile tiny             "
         "# 6 applicants, for fast tests"),
        ("python data/samples/generate.py --out /tmp/ci --profile ci                 "
         "# 16 applicants, every flag code"),
        ("python data/samples/generate.py --out /tmp/others --profile others         "
         "# the ci applicants in fresh layouts"),
        ("python data/samples/generate.py --out /tmp/others3 --profile others3       "
         "# the same in round 3 layouts"),
        ("python data/samples/generate.py --out /tmp/others4 --profile others4       "
         "# the same in round 4 layouts"),
        ("python data/samples/generate.py --out /tmp/others5 --profile others5       "
         "# the same in round 5 layouts"),
        ("python data/samples/generate.py --out /tmp/others6 --profile others6       "
         "# the same in round 6 layouts"),
        ("python data/samples/generate.py --out /tmp/others7 --profile others7       "
         "# the same in round 7 layouts"),
        ("python data/samples/generate.py --out /tmp/others8 --profile others8       "
         "# the same in round 8 layouts"),
        ("python data/samples/generate.py --out /tmp/others9 --profile others9       "
         "# the same in round 9 layouts"),
        ("python data/samples/generate.py --out /tmp/others10 --profile others10     "
         "# the same in round 10 layouts"),
        ("python data/samples/generate.py --out /tmp/others11 --profile others11     "
         "# the same in round 11 layouts"),
        ("python data/samples/generate.py --out /tmp/others12 --profile others12     "
         "# the same in round 12 layouts"),
        ("python data/samples/generate.py --out /tmp/others13 --profile others13     "
         "# the same in round 13 layouts"),
        ("python data/samples/generate.py --out /tmp/others14 --profile others14     "
         "# the same in round 14 layouts"),
        ("python data/samples/generate.py --out /tmp/others15 --profile others15     "
         "# the same in round 15 layouts"),
        ("python data/samples/generate.py --out /tmp/others16 --profile others16     "
         "# the same in round 16 layouts"),
        ("python data/samples/generate.py --out /tmp/others17 --profile others17     "
         "# the same in round 17 layouts"),
        ("python data/samples/generate.py --out /tmp/others18 --profile others18     "
         "# the same in round 18 layouts"),
        ("python data/samples/generate.py --out /tmp/others19 --profile others19     "
         "# the same in round 19 layouts"),
        ("python data/samples/generate.py --out /tmp/others20 --profile others20     "
         "# the same in round 20 layouts"),
        ("python data/samples/generate.py --out /tmp/others21 --profile others21     "
         "# the same in round 21 layouts"),
        ("python data/samples/generate.py --out /tmp/others22 --profile others22     "
         "# the same in round 22 layouts"),
        ("python data/samples/generate.py --out /tmp/others23 --profile others23     "
         "# the same in round 23 layouts"),
        ("python data/samples/generate.py --out /tmp/others24 --profile others24     "
         "# the same in round 24 layouts"),
        ("python data/samples/generate.py --out /tmp/others25 --profile others25     "
         "# the same in round 25 layouts"),
        ("python data/samples/generate.py --out /tmp/others26 --profile others26     "
         "# the same in round 26 layouts"),
        ("python data/samples/generate.py --out /tmp/others27 --profile others27     "
         "# the same in round 27 layouts"),
        ("python data/samples/generate.py --out /tmp/others28 --profile others28     "
         "# the same in round 28 layouts"),
        ("python data/samples/generate.py --out /tmp/others29 --profile others29     "
         "# the same in round 29 layouts"),
        ("python data/samples/generate.py --out /tmp/others30 --profile others30     "
         "# the same in round 30 layouts"),
        ("python data/samples/generate.py --out /tmp/others31 --profile others31     "
         "# the same in round 31 layouts"),
        ("python data/samples/generate.py --out /tmp/others32 --profile others32     "
         "# the same in round 32 layouts"),
        ("python data/samples/generate.py --out /tmp/others33 --profile others33     "
         "# the same in round 33 layouts"),
        ("python data/samples/generate.py --out /tmp/others34 --profile others34     "
         "# the same in round 34 layouts"),
        ("python data/samples/generate.py --out /tmp/others35 --profile others35     "
         "# the same in round 35 layouts"),
        ("python data/samples/generate.py --out /tmp/others36 --profile others36     "
         "# the same in round 36 layouts"),
        ("python data/samples/generate.py --out /tmp/others37 --profile others37     "
         "# the same in round 37 layouts"),
        ("python data/samples/generate.py --out /tmp/others38 --profile others38     "
         "# the same in round 38 layouts"),
        ("python data/samples/generate.py --out /tmp/others39 --profile others39     "
         "# the same in round 39 layouts"),
        ("python data/samples/generate.py --out /tmp/others40 --profile others40     "
         "# the same in round 40 layouts (the current blind exam)"),
        ("python data/samples/generate.py --out data/samples/liuzhou-2024 --readme   "
         "# also rewrite this README"),
        "```",
        "",
        ("Needs reportlab, pillow, numpy, opencv-python-headless, pymupdf and the CJK font of "
         "the Debian"),
        ("package `fonts-wqy-zenhei` (or `fonts-wqy-microhei`); layouts also use WenQuanYi Micro "
         "Hei and the"),
        ("AR PL UMing (明体) and UKai (楷体) faces of `fonts-wqy-microhei`, `fonts-arphic-uming` "
         "and"),
        ("`fonts-arphic-ukai` (scripts/system-deps.sh), drawn with Zen Hei where missing (then "
         "the bytes differ"),
        ("from a machine that has them). The same `--seed` and `--profile` give the same bytes "
         "on one machine."),
        "`--check` (on by default) validates every application.json with",
        "`pipeline.ingest.application.load_application` and re-checks identifiers.",
        "",
        "## The window",
        "",
        (f"- `window.toml`: `policy = \"{POLICY}\"`, review year {REVIEW_YEAR}, application and "
        f"materials deadline {APPLICATION_DEADLINE}."),
        "- `applicants/<id>/application.json` + uploads (Chinese file names).",
        ("- `social_security.csv`: one row per person, month, insurance and payer, with the "
        "Chinese export headers "
        "身份证号,姓名,单位名称,统一社会信用代码,费款所属期,险种,缴费类型,缴费基数. "
        "**GB18030-encoded in the full profile** (UTF-8 in tiny). 缴费类型 is 单位缴费 or "
        "灵活就业; some applicants also have 失业保险 rows, and a dozen non-applicants are "
        "included."),
        ("- `integrity_records.csv` (UTF-8): 身份证号,姓名,失信事由,记录日期,到期日期 — one live "
        "record (LZ2024-0013), one expired record (LZ2024-0010, must not fire) and two "
        "non-applicants."),
        ("- `suspect_journals.csv` (UTF-8, the list columns of docs/spec/intake.md): the window's "
        "own suspect-journal list, written from the generator's constants (`SUSPECT_LIST`): the "
        "journals the sample plants as suspect (中华教育杂志, ISSN 1684-0445, for LZ2024-0006) and "
        "made-up fakes no sample paper names. `credcheck run` screens the window with it unless "
        "given `--blacklist`; every profile writes it."),
        "- `truth.json`: the ground truth (the pipeline ignores it).",
        "",
        "## truth.json",
        "",
        "```",
        ('{"policy": "liuzhou-2024", "generator": {"seed": N, "profile": '
         '"full|tiny|ci|others|others3|...|others40", ...},'),
        (' "window": {"review_year", "application_deadline", "materials_deadline", '
         '"social_security_encoding", ...},'),
        ' "applicants": {"<id>": {"expected_flags": [sorted codes], "clean": bool, "note": "...",',
        ('                         "name", "level", "unit_type", "error": true (malformed form '
         'only),'),
        ('                         "flag_files": {code: [uploads carrying the planted defect]} '
         '(document-level codes)}},'),
        (' "documents": {"<id>/<file>": {"kind": true kind, "declared_kind": kind in the form or '
         'null (unlisted),'),
        ('               "listed": bool, "on_disk": bool, "render": see below, "degraded": bool, '
         '"pages": n,'),
        '               "text_layer": bool, "lines": [every printed text line, reading order],',
        ('               "fields": {...}, "seal": seal text or null, "year"/"paper_index" (as in '
         'the form),'),
        ('               "tamper": {...} / "producer" (tampered files), "image_size": [w, h] '
         '(images), "note",'),
        ('               "image_tamper": {"method", "methods" (those expected to see it), '
         '"page", "region": [x0, y0,'),
        ('                                x1, y1] (pixels of the file), "source" (copy-move), '
         '"saved_quality", ...}'),
        '               "layout": layout id (null: a corrupt file, not drawn), "held_out": bool,',
        ('               "split": "tuning|held_out|fresh|round3|...|round40" '
         '(others/others3/.../others40 only; null for a corrupt file)}}}'),
        "```",
        "",
        ("Fields per kind (dates `YYYY-MM-DD` or `YYYY-MM`, numbers without spaces): diploma: "
        "name, gender, birth_date, school, major, level, start, end, diploma_number; degree: name, "
        "school, major, degree, degree_number, award_date; title_certificate: name, id_number, "
        "title, level, obtained_on, certificate_number; appointment_letter: name, title, start, "
        "end, issued_on, unit; contract: name, id_number, unit, credit_code, start, end (null = "
        "open-ended); paper: title, journal, year, issue, issn, cn, authors (`|`-joined); "
        "annual_assessment: name, year, result, unit; id_card: name, id_number, gender, "
        "birth_date; commission_letter: name, unit, issued_on; appointment_roster: unit, rows "
        "[{name, id_number, title, appointed_on}]; continuing_education: name, year, hours. "
        "`lines` do not include the text of seals (it is in `seal`)."),
        "",
        ("Render modes: `born_digital` (reportlab PDF, embedded WenQuanYi subset, text layer); "
        "`scanned_pdf` (page image, slight skew and noise, wrapped in a PDF by pymupdf, no text "
        "layer); `scan_png` (grayscale table scan); `photo` (phone photo: perspective, desk "
        "background, lighting, slight blur); `photo_rotated_N` (the photo turned N degrees "
        "clockwise); `photo_skewed` (4-4.5 degrees); `photo_low_res` (1000 px long side); "
        "`photo_blurred` (gaussian sigma 1.4, still legible); `photocopy_gray` (grayscale "
        "photocopy); `blurred_tiny` (300 px wide, heavily blurred); `tampered_incremental` "
        "(born-digital, then an incremental update overwrote a date); `photoshop_pdf` (scanned PDF "
        "whose producer is Adobe Photoshop); `corrupt` (damaged bytes); a photo with "
        "`image_tamper` was edited after it was taken (its seal copied onto blank paper, or "
        "replaced by one cut from another photo and saved again by Photoshop); `missing` "
        "(declared, not on disk). `degraded` is true for everything except born_digital, "
        "scanned_pdf, scan_png and plain photo."),
        "",
        "## Layouts",
        "",
        ("Each document kind is drawn in several layouts modelled on real conventions "
        "(render/layouts/<kind>.py; `<kind>.classic` is the original one). Every document's truth "
        "entry names its `layout`. Per kind, documents in catalogue order take the fitting layout "
        "used least so far (ties in a seeded order), so every layout appears in the full profile "
        "and planted documents spread across layouts; a layout may be restricted (研究生 diplomas "
        "only for graduate levels, multi-page layouts never as a single image, a tampered "
        "certificate only where its date prints as 2019年1月5日). 成人 and 自学考试 diplomas carry "
        "办学类型 5 / 6 in the number, declared alike."),
        "",
        ("**Round 1 held-out layouts** (`round1_held_out` in `layouts.toml`) were chosen before "
        "any extractor was tuned to them, by a fixed rule (per kind, the non-classic layouts "
        "sorted by sha256(\"held-out:\" + layout id); the first two). Field accuracy on them was "
        "76.1 % against 97.5 % on tuning layouts; their misreads were then looked at and the "
        "extractors generalised, so they are tuning layouts now and the committed window holds "
        "nothing out (`held_out` is false throughout its truth.json)."),
        "",
        ("**Fresh layouts** (`fresh` in `layouts.toml`) are round 2's held-out set: drawn by "
        "another hand, blind to the extractors, from real documents only (学信网 备案表 and "
        "验证报告, 任职资格 booklets, 临时身份证, 审批表, electronic contracts, 介绍信 stubs, "
        "结业证书, journal cover + 目次 ...). The full, tiny and ci profiles never draw them (the "
        "committed window is unchanged by them). `--profile others` (`make others`) renders the "
        "ci profile's applicants and planted defects, and four clean commissioned applicants "
        "(commission letters, continuing education), with every document in a fresh layout (least "
        "used first; a document no fresh layout fits, e.g. an image of a multi-page layout, falls "
        "back to the other layouts and the generator prints how many did); its truth.json marks "
        "fresh documents with `split` fresh (and, since round 2's misreads were looked at after "
        "its blind figures, no longer `held_out`). Fresh layouts are not listed in the table "
        "below."),
        "",
        ("**Round 3 layouts** (`round3` in `layouts.toml`) were round 3's blind exam, drawn by "
        "another hand after round 2's results were seen, again blind to the extractors and "
        "modelled on real documents only (学历证明书, 竖排 diploma, 同等学力 degree, 资格批复文件 "
        "with its name list, 认定表, 电子证照 screenshot, 存根 notices, bilingual 聘书, 续订书, "
        "hand-filled contract templates, 考核结果通知书, 信笺 letters, CNKI pages, 版权页 ...). "
        "Only `--profile others3` draws them: the same applicants as `others`, every document "
        "in a round3 layout where one fits (else a non-blind layout, counted as for others); "
        "its truth.json marks round3 documents `\"split\": \"round3\"` (round 3's misreads were "
        "looked at after its blind figures, so no longer `\"held_out\"`). "
        "The full, tiny, ci and others profiles never draw them, and they are not listed in "
        "the table below."),
        "",
        ("**Round 4 layouts** (`round4` in `layouts.toml`) were round 4's blind exam (`make "
        "others OTHERS_PROFILE=others4`), drawn by another hand "
        "after round 3's results were seen, again blind to the "
        "extractors and modelled on how real units, schools and journals issue these documents "
        "and how applicants upload them (phone photos on a desk, certified photocopies with a "
        "核验章, hand-filled 1990s certificates and 审批表, the 聘任 page of a 职称 booklet, the "
        "one-page 简易劳动合同, rosters with rows added by hand, faxed letters, a unit's "
        "学时汇总表, a journal spread scanned on a copier ...). Only `--profile others4` draws "
        "them: the same applicants as `others`, every document in a round4 layout where one fits "
        "(else a non-blind layout, counted as for others); its truth.json marks round4 documents "
        "`\"split\": \"round4\"` (round 4's misreads were looked at after its blind figures, "
        "so no longer `\"held_out\"`). The full, "
        "tiny, ci, others and others3 profiles never draw them, and they are not listed in the "
        "table below."),
        "",
        ("**Round 5 layouts** (`round5` in `layouts.toml`) were round 5's blind exam (`make "
        "others OTHERS_PROFILE=others5`), drawn by another hand after round 4's results were "
        "seen, again blind to the "
        "extractors and modelled on how real units, schools, journals and bureaus issue these "
        "documents and how applicants upload them (a 学信网 app screenshot, the 学历认证报告, a "
        "1990s degree booklet, the 职称电子证照 with its own 证照编号, an ID copy overprinted "
        "仅供职称申报使用, a 会议纪要 extract and a 聘任证书 booklet, a contract in chapters and "
        "articles and one printed first and last page two to a sheet, a roster with a two-level "
        "header, a 考核结果公示 and an OA approval printout, a 委托评审协议书, an electronic "
        "学时证书 with its course table, 维普 and OSID journal pages ...). Only `--profile "
        "others5` draws them: the same applicants as `others`, every document in a round5 "
        "layout where one fits (else a non-blind layout, counted as for others); its truth.json "
        "marks round5 documents `\"split\": \"round5\"` (round 5's misreads were looked at "
        "after its blind figures, so no longer `\"held_out\"`). The full, tiny, ci, others, "
        "others3 and others4 profiles never draw them, and they are not listed in the table "
        "below."),
        "",
        ("**Round 6 layouts** (`round6` in `layouts.toml`) were round 6's blind exam (`make "
        "others OTHERS_PROFILE=others6`), drawn by another hand after round 5's results were "
        "seen, again blind to the extractors and modelled on how real schools, units, bureaus, "
        "journals and platforms issue these documents and how applicants upload them (a "
        "网络教育 diploma on the "
        "普通高等学校 template with the paper's own serial, a diploma copy certified from the "
        "人事档案, a degree saved by a scanning app with its watermark, the bureau's "
        "专业技术资格证明 for a lost certificate, an ID card held up in one hand, a 决定 "
        "appointing several people, a stationer's 聘书 filled in by pen, a 劳动合同变更协议书 and "
        "a 劳动关系证明, a roster printed from the browser out of the 人事管理信息系统, a 嘉奖 "
        "certificate and a scored 考评表, a 函 in the 信函格式, a 学时查询 app screenshot, a "
        "录用通知 and a library's 检索证明 ...). Only `--profile others6` draws them: the same "
        "applicants as `others`, every document in a round6 layout where one fits (else a "
        "non-blind layout, counted as for others); its truth.json marks round6 documents "
        "`\"split\": \"round6\"` (round 6's misreads were looked at after its blind figures, "
        "so no longer `\"held_out\"`). No other profile draws them, and they are not listed in "
        "the table below."),
        "",
        ("**Round 7 layouts** (`round7` in `layouts.toml`) were round 7's blind exam (`make "
        "others OTHERS_PROFILE=others7`), drawn by another hand after round 6's results were "
        "seen, again blind to the extractors and modelled on how real schools, units, bureaus, "
        "journals and platforms issue these documents and how applicants upload them (a 函授站 "
        "adult diploma, a "
        "diploma scanned on a copier with the lid up, a degree whose 学位评定委员会 决定授予, a "
        "专业技术资格证书 inner page under two seals, an ID card copied enlarged with a pen note "
        "and thumbprint, an OA 通知公告 printed from the browser, a 岗位聘用协议书, an e-signed "
        "contract with its 签署验证报告, a model contract's first page with half a 骑缝章, a "
        "hand-kept 聘任登记簿, a hand-filled 年度考核登记表 copied from the 档案, a 考核结果 "
        "通报, a system-generated 委托评审函, a 继续教育证书's 年度验证 page, CNKI 网络首发 and "
        "万方数据 first pages ...). Only `--profile others7` draws "
        "them: the same applicants as `others`, every document in a round7 layout where one "
        "fits (else a non-blind layout, counted as for others); its truth.json marks round7 "
        "documents `\"split\": \"round7\"` (round 7's misreads were looked at after its blind "
        "figures, so no longer `\"held_out\"`). No other profile draws them, and they are not "
        "listed in the table below."),
        "",
        ("**Round 8 layouts** (`round8` in `layouts.toml`) were round 8's blind exam (`make "
        "others OTHERS_PROFILE=others8`), drawn by another hand after round 7's results were "
        "seen, again blind to the extractors and modelled on how real schools, units, bureaus, "
        "journals and platforms issue these documents and how applicants upload them (a "
        "diploma photographed open in its folder and one scanned through a laminating pouch "
        "with 〇-numeral dates, the 学位证明书 issued for a lost degree certificate, a title "
        "booklet's certified photocopy, an ID copy glued onto the bundle's 粘贴处 sheet, an "
        "electronic 聘书 in a work app, a vertical 聘书 photographed open, a bilingual "
        "contract, a contract booklet's first spread, a roster sent by fax, a personnel-system "
        "assessment printout with e-signatures, a yearly 考核登记卡, a 委托评审函 with the "
        "office's 收文 stamp, a 政务服务 办结通知书 for 学时 registration, a CAJViewer "
        "screenshot and a 论文发表证明 ...). Only `--profile others8` draws them: the same "
        "applicants as `others`, every document in a round8 layout where one fits (else a "
        "non-blind layout, counted as for others); its truth.json marks round8 documents "
        "`\"split\": \"round8\"` (round 8's misreads were looked at after its blind figures, "
        "so no longer `\"held_out\"`). No other profile draws them, and they are not listed in "
        "the table below."),
        "",
        ("**Round 9 layouts** (`round9` in `layouts.toml`) were round 9's blind exam (`make "
        "others OTHERS_PROFILE=others9`), drawn by another hand after round 8's results were "
        "seen, again blind to the extractors and modelled on how real schools, units, bureaus, "
        "journals and platforms issue these documents and how applicants upload them (a "
        "中外合作办学 diploma with its 项目批准书编号, a diploma photographed at night under a "
        "desk lamp, a 专业学位 master's certificate worded by 领域, a screenshot of the 人社厅 "
        "website's 职称证书查询 result, both ID sides captured on a 高拍仪 pad, a 聘任证明 on "
        "the unit's red-headed 信笺, a hospital's 聘任通知 with the names in a 科室 table, a "
        "contract printed from an old 范本 with the term ticked in brackets, a contract's "
        "first page photocopied and certified by HR under a fresh seal, a "
        "岗位变动工资审批花名册 with three signed opinion boxes, an A3 考核登记表 scanned flat "
        "across its fold, a 考核结果审核备案表 sent to the 主管部门, an e-sealed 委托评审函, a "
        "继续教育学时认定登记表, a journal's 目次 page and an author's copy photographed open "
        "...). Only `--profile others9` draws them: the same applicants as `others`, every "
        "document in a round9 layout where one fits (else a non-blind layout, counted as for "
        "others); its truth.json marks round9 documents `\"split\": \"round9\"` (round 9's "
        "misreads were looked at after its blind figures, so no longer `\"held_out\"`). No "
        "other profile draws them, and they are not listed in the table below."),
        "",
        ("**Round 10 layouts** (`round10` in `layouts.toml`) were round 10's blind exam (`make "
        "others OTHERS_PROFILE=others10`), drawn by another hand after round 9's results were "
        "seen, again blind to the extractors and modelled on how real schools, units, bureaus, "
        "journals and platforms issue these documents and how applicants upload them (a "
        "pre-printed diploma filled in by pen with a glued photo under the steel seal, a "
        "notarised diploma copy with its 公证书 证词 page, a 第二学士学位 certificate copied "
        "black-and-white with the lid up, a 市职改办 任职资格证书 booklet with handwritten "
        "entries, an ID card photographed in a plastic sleeve, a tri-fold 聘书 card's inside "
        "spread, a 续聘通知书 with its signed 回执, a contract's last page with the 补充协议 "
        "stapled behind, a three-party 人事代理 contract with the 人才服务中心's 鉴证 seal, a "
        "钉钉 审批单 printout, an 档案 摘抄单 of the 考核 opinion, a 奖励审批表 for an 优秀 "
        "year, a 委托评审审批表, an 电子证照 for 学时 issued for a declared use, a journal "
        "site's article page printed from the browser and a library's photocopy of a bound "
        "volume ...). Only `--profile others10` draws them: the same applicants as `others`, "
        "every document in a round10 layout where one fits (else a non-blind layout, counted as "
        "for others); its truth.json marks round10 documents `\"split\": \"round10\"` (round 10's "
        "misreads were looked at after its blind figures, so no longer `\"held_out\"`). No other "
        "profile draws them, and they are not listed in the table below."),
        "",
        ("**Round 11 layouts** (`round11` in `layouts.toml`) were round 11's blind exam (`make "
        "others OTHERS_PROFILE=others11`), drawn by another hand after round 10's results were "
        "seen, again blind to the extractors and modelled on how real schools, units, bureaus, "
        "journals and platforms issue these documents and how applicants upload them (a diploma "
        "photo opened in WeChat's image viewer and screenshot, a page of the applicant's "
        "申报材料汇编 with the diploma scan pasted in, a 学位证书 photographed open in its red "
        "cover under glare, a 以考代评 专业技术资格证书 booklet, a photocopy of both faces of a "
        "临时居民身份证, a 聘任通知 forwarded in a WeChat staff group, a 任命书 pinned on a "
        "公告栏, the 人社 电子劳动合同 mini-program's 合同详情 screen, a 劳务派遣 contract, a "
        "roster each appointee signed, a 民主测评 summary, a 企业微信 考核结果 screen, a "
        "委托评审函 with a tear-off 回执, a 学时明细 Excel printout certified by the 人社 "
        "office, a 论文登记认定表 filled in by pen and an article's first page with the "
        "国家新闻出版署 期刊查询 result ...). Only `--profile others11` draws them: the same "
        "applicants as `others`, every document in a round11 layout where one fits (else a "
        "non-blind layout, counted as for others); its truth.json marks round11 documents "
        "`\"split\": \"round11\"` (round 11's misreads were looked at after its blind figures, so "
        "no longer `\"held_out\"`). No other profile draws them, and they are not listed in the "
        "table below."),
        "",
        ("**Round 12 layouts** (`round12` in `layouts.toml`) were round 12's blind exam (`make "
        "others OTHERS_PROFILE=others12`), drawn by another hand after round 11's results were "
        "seen, again blind to the extractors and modelled on how real schools, units, bureaus, "
        "journals and platforms issue these documents and how applicants upload them (a "
        "university's 电子毕业证书 PDF with its 验证码 and 电子签章, a diploma booklet's cover "
        "photographed and its inside page scanned, a 1980s degree form filled in on a Chinese "
        "typewriter, a title certificate faxed from the 档案室, an ID copier's scan with the "
        "国徽面 on the left, a Hong Kong-funded firm's 聘書 in traditional characters, a "
        "干部任免审批表 printed on both sides, a contract's pages photographed on a bed sheet, "
        "a contract signed in two copies on one sheet under one 骑缝章, a roster sorted by "
        "department with merged cells, a 近三年年度考核情况证明, a 考核登记表's back page only, "
        "a 委托评审函 signed with the unit's CA certificate and shown in a PDF reader, a 学会's "
        "继续教育学分证书, a journal's 抽印本 and a library photocopy of two facing pages ...). "
        "Only `--profile others12` draws them: the same applicants as `others`, every document "
        "in a round12 layout where one fits (else a non-blind layout, counted as for others); "
        "its truth.json marks round12 documents `\"split\": \"round12\"` (round 12's misreads "
        "were looked at after its blind figures, so no longer `\"held_out\"`). No other profile "
        "draws them, and they are not listed in the table below."),
        "",
        ("**Round 13 layouts** (`round13` in `layouts.toml`) were round 13's blind exam (`make "
        "others OTHERS_PROFILE=others13`), drawn by another hand after round 12's results were "
        "seen, again blind to the extractors and modelled on how real schools, units, bureaus, "
        "journals and platforms issue these documents and how applicants upload them (a diploma "
        "and its 学信网 备案表 scanned side by side on one A3 sheet, a diploma in a glazed "
        "frame photographed on a wall, a degree insert held in the hand and shot sideways with "
        "a thumb over the border, a title booklet's particulars and its yearly 登记栏 stamps "
        "copied on one A4, an ID card's front pasted into a Word table, a 聘书 in a frame on "
        "the office wall, a 聘任通知单 printed on dot-matrix continuous paper, the 人社 model "
        "contract with post and term in a table, the carbon copy of a three-part 劳动合同 pad, "
        "a roster opened in a web-mail preview, a 年度考核手册 spread filled in by pen, a "
        "人事系统 个人档案 page printed from the browser, a 介绍信 pad's stub and letter, a "
        "platform's 学习证明, a 知网节 article page printout and the 全球学术快报 app's article "
        "screen ...). Only `--profile others13` draws them: the same applicants as `others`, "
        "every document in a round13 layout where one fits (else a non-blind layout, counted as "
        "for others); its truth.json marks round13 documents `\"split\": \"round13\"` (round "
        "13's misreads were looked at after its blind figures, so no longer `\"held_out\"`). No "
        "other profile draws them, and they are not listed in the table below."),
        "",
        ("**Round 14 layouts** (`round14` in `layouts.toml`) were round 14's blind exam (`make "
        "others OTHERS_PROFILE=others14`), drawn by another hand after round 13's results were "
        "seen, again blind to the extractors and modelled on how real schools, units, bureaus, "
        "journals and platforms issue these documents and how applicants upload them (a diploma "
        "page in the 干部人事档案数字化 viewer, a diploma and a degree joined by a phone's "
        "拼长图 into one tall image, the 校档案馆's certified copy of a 学位授予决定 with its "
        "highlighted name list, a title certificate in a provincial 人社 app's 亮证 screen, a "
        "政务服务 window's 居民身份证人证核验单, a stationer's 聘书 sheet filled by 套打 off "
        "its blanks, a firm's 聘任函 in business-letter style with a signed 回执, a four-page "
        "contract on one folded A3 sheet scanned unfolded, the first and last contract pages "
        "copied out of the 人事档案, an Excel roster over two pages printed two to a sheet, an "
        "education bureau's 中小学教师年度考核表, a 微信公众号 考核结果公示 screenshot, a "
        "委托评审函 with its 报送材料清单, a self-service kiosk's 学时查询凭条, a journal page "
        "photocopied under a 核对无误 stamp and a paper as the 国家哲学社会科学文献中心 "
        "delivers it ...). Only `--profile others14` draws them: the same applicants as "
        "`others`, every document in a round14 layout where one fits (else a non-blind layout, "
        "counted as for others); its truth.json marks round14 documents `\"split\": "
        "\"round14\"` (round 14's misreads were looked at after its blind figures, so no longer "
        "`\"held_out\"`). No other profile draws them, and they are not listed in the table "
        "below."),
        "",
        ("**Round 15 layouts** (`round15` in `layouts.toml`) were round 15's blind exam (`make "
        "others OTHERS_PROFILE=others15`), drawn by another hand after round 14's results were "
        "seen, again blind to the extractors and modelled on how real schools, units, bureaus, "
        "journals and platforms issue these documents and how applicants upload them (a diploma "
        "issued in exchange for a 结业证书 after the 补考, a phone photo of a monitor showing "
        "the diploma's scan, a 竖排 degree certificate on 朱丝栏 paper, a title certificate "
        "whose 批准文号 and date a clerk filled in by pen, an ID copy on 防复印 security paper, "
        "a 聘任通知 printed from the unit's web mail, an 电子聘书 with its 验证码, the 人社 "
        "网上办事大厅's 劳动用工备案登记表, a contract with the labour bureau's 鉴证意见, a "
        "roster in the WPS phone app, an assessment form with the grade circled, a 薪级工资 "
        "approval list, the bureau's 委托评审函 template filled by pen, a 继续教育 record of "
        "every year 任现职以来, an article with the issue's back cover and its barcode, and a "
        "journal's 年度总目次 ...). Only `--profile others15` draws them: the same applicants "
        "as `others`, every document in a round15 layout where one fits (else a non-blind "
        "layout, counted as for others); its truth.json marks round15 documents `\"split\": "
        "\"round15\"` (round 15's misreads were looked at after its blind figures, so no longer "
        "`\"held_out\"`). No other profile draws them, and they are not listed in the table "
        "below."),
        "",
        ("**Round 16 layouts** (`round16` in `layouts.toml`) were round 16's blind exam (`make "
        "others OTHERS_PROFILE=others16`), drawn by another hand after round 15's results were "
        "seen, again blind to the extractors and modelled on how real schools, units, bureaus, "
        "journals and platforms issue these documents and how applicants upload them (a diploma "
        "photographed under an office desk's 玻璃台板, a 档案馆's 档案证明 quoting the class's "
        "毕业生名册, a degree certificate with a laser anti-fake label and its number on a "
        "sticker, a red cloth-cover title booklet written by brush, a 派出所's 户籍证明 in "
        "place of the ID card, an A5 card 聘任书 with a steel seal and staple holes, a "
        "聘任通知书 uploaded with its posted envelope, a foreign-invested firm's bilingual "
        "contract, the 劳动合同签收确认书, a 人事统计 专业技术人员基本情况一览表, a hospital's "
        "医德考评暨年度考核表, a firm's 绩效面谈记录表, a commission 请示 in the upward format, "
        "a 学时登记证明 captured by a scanning app, a 龙源期刊网 text-version article with the "
        "journal's profile page and a WeChat official account's 目录 post ...). Only `--profile "
        "others16` draws them: the same applicants as `others`, every document in a round16 "
        "layout where one fits (else a non-blind layout, counted as for others); its truth.json "
        "marks round16 documents `\"split\": \"round16\"` (round 16's misreads were looked at "
        "after its blind figures, so no longer `\"held_out\"`). No other profile draws them, "
        "and they are not listed in the table below."),
        "",
        ("**Round 17 layouts** (`round17` in `layouts.toml`) were round 17's blind exam (`make "
        "others OTHERS_PROFILE=others17`), drawn by another hand after round 16's results were "
        "seen, again blind to the extractors and modelled on how real schools, units, bureaus, "
        "journals and platforms issue these documents and how applicants upload them (a diploma "
        "photographed on the EMS envelope it was posted in, a home inkjet printout of a diploma "
        "photo scanned again with banding, a degree booklet pressed face down so its leaves "
        "curl into the spine, a 中小学教师职称证书 issued by the 教育局 and 人社局 together, an "
        "ID card photographed with flash glare over its number, a unit's 微信公众号 article "
        "announcing an appointment, a red flocked 聘书 folder filled by brush and shot with a "
        "watermark camera app, a 劳务外包 firm's contract, a contract through a scanning app's "
        "black-and-white filter, a roster as a 钉钉 online sheet, the 人事系统's result text "
        "message, a 考核登记表 graded in the 主管部门's box, a commission letter printed from a "
        "mail body, a 学时 stamp on a 结业证书's back, a journal page printed with Acrobat's "
        "comment summary and a 校样 with the author's red marks ...). Only `--profile others17` "
        "draws them: the same applicants as `others`, every document in a round17 layout where "
        "one fits (else a non-blind layout, counted as for others); its truth.json marks "
        "round17 documents `\"split\": \"round17\"` (round 17's misreads were looked at after "
        "its blind figures, so no longer `\"held_out\"`). No other profile draws them, and they "
        "are not listed in the table below."),
        "",
        ("**Round 18 layouts** (`round18` in `layouts.toml`) were round 18's blind exam (`make "
        "others OTHERS_PROFILE=others18`), drawn by another hand after round 17's results were "
        "seen, again blind to the extractors and modelled on how real schools, units, bureaus, "
        "journals and platforms issue these documents and how applicants upload them (a diploma "
        "photo screenshotted in the 企业微信 desktop image viewer, a loose 兹证明 diploma "
        "folded in four in the 档案袋 and scanned with its creases, the 学位中心's paid "
        "学位认证报告, the 专业技术资格评审表's cover and last page copied side by side from "
        "the 人事档案, an ID card scanned uncropped on an A4 page, a laminated 聘任书 "
        "photographed under strip-light glare, a 双向选择 岗位聘任书 signed by both sides, a "
        "contract whose signature page is a phone photo of a later reprint, a contract PDF "
        "photographed off a monitor with moiré, a 聘用情况公示 photographed through a 公示栏's "
        "glass, a 考核结果告知签收表 with a dozen colleagues' signatures, a 人事代理人员 "
        "考核登记表 with the 人才服务中心's 已归档 stamp, a commission letter with a 法定代表人 "
        "承诺 box and name seal, the 人社局's 学时审验 annex list, a paper printed two pages to "
        "a sheet and an editorial office's watermarked 电子样刊 ...). Only `--profile others18` "
        "draws them: the same applicants as `others`, every document in a round18 layout where "
        "one fits (else a non-blind layout, counted as for others); its truth.json marks "
        "round18 documents `\"split\": \"round18\"` (round 18's misreads were looked at after "
        "its blind figures, so no longer `\"held_out\"`). No other profile draws them, and they "
        "are not listed in the table below."),
        "",
        ("**Round 19 layouts** (`round19` in `layouts.toml`) were round 19's blind exam (`make "
        "others OTHERS_PROFILE=others19`), drawn by another hand after round 18's results were "
        "seen, again blind to the extractors and modelled on how real schools, units, bureaus, "
        "journals and platforms issue these documents and how applicants upload them (the "
        "学信网 学历电子注册备案表 printout photographed at a slant, a copy shop's 四合一 "
        "reduced photocopy of four certificates on one A4, the 学位证书 of a 联合培养 student "
        "naming the partner institute, the 资格证书 booklet beside its handwritten 聘任记录 "
        "page, both sides of an ID card copied at 50 % onto one A4, a 聘任通知 handwritten on "
        "the unit's 信笺, a red-headed 聘任文件 with its 附件 名单, a contract's table-form "
        "first page photographed in a binder's plastic sleeve with a 骑缝章, a contract "
        "received by thermal fax, a roster exported from an OA system as a landscape PDF, a "
        "主管部门's 年度考核结果汇总表 export, an 优秀 year's 荣誉证书, the carbon-copy leaf of "
        "a 委托评审联系单, a browser screenshot of the 学时查询 page, a journal held open in "
        "both hands and the 编辑部's 样刊 envelope before the first page ...). Only `--profile "
        "others19` draws them: the same applicants as `others`, every document in a round19 "
        "layout where one fits (else a non-blind layout, counted as for others); its truth.json "
        "marks round19 documents `\"split\": \"round19\"` (round 19's misreads were looked at "
        "after its blind figures, so no longer `\"held_out\"`). No other profile draws them, "
        "and they are not listed in the table below."),
        "",
        ("**Round 20 layouts** (`round20` in `layouts.toml`) were round 20's blind exam (`make "
        "others OTHERS_PROFILE=others20`), drawn by another hand after round 19's results were "
        "seen, again blind to the extractors and modelled on how real schools, units, bureaus, "
        "journals and platforms issue these documents and how applicants upload them (a "
        "landscape diploma photographed on a bedsheet with the phone upright, a screenshot of "
        "the graduate's own 朋友圈 post around the diploma photo, a 学位证书 in a display "
        "book's sleeve beside the CET 成绩报告单, a 专业技术资格证书 photographed with a "
        "watermark-camera app, the 户口簿's 常住人口登记卡 page photographed open, a 聘任通知 "
        "as an OFD 电子公文 screenshotted in its reader with the 签章验证 panel, a photocopied "
        "聘任书 with a blue-violet 复印件与原件核对无误 stamp, a one-sheet 劳动合同书 signed "
        "with a fingerprint and captured on a 高拍仪 at a service hall, a 人才引进协议书 "
        "standing for the contract, a 聘期考核结果汇总表, the 年度考核 bonus payroll sheet with "
        "a grade column, a two-page 年度考核表 from a phone scanning app's black-and-white "
        "filter, a commission letter printed from the 电子公文交换 收文 module, a dot-matrix "
        "继续教育学时登记凭证 on continuous three-part paper, a journal 采编系统's 稿件详情 "
        "page, a screenshot of a 翻页电子刊 spread ...). Only `--profile others20` draws them: "
        "the same applicants as `others`, every document in a round20 layout where one fits "
        "(else a non-blind layout, counted as for others); its truth.json marks round20 "
        "documents `\"split\": \"round20\"` (round 20's misreads were looked at after its blind "
        "figures, so no longer `\"held_out\"`). No other profile draws them, and they are not "
        "listed in the table below."),
        "",
        ("**Round 21 layouts** (`round21` in `layouts.toml`) were round 21's blind exam (`make "
        "others OTHERS_PROFILE=others21`), drawn by another hand after round 20's results were "
        "seen, again blind to the extractors and modelled on how real schools, units, bureaus, "
        "journals and platforms issue these documents and how applicants upload them (a PC "
        "screenshot of the 学信档案 website's 学历 tab, a phone screenshot of a scanned diploma "
        "opened in the WPS Office app, a 自学考试 学士学位证书 scanned with the lid not pressed "
        "down, a 职称证书 booklet captured on a service hall's 高拍仪 with the clerk's "
        "fingertip, an ID card's 人像面 in a 职称申报系统's 图片预览 pop-up, a firm's "
        "人力资源部 职称晋升通知 on letterhead photographed on a desk, a 聘任通知 received as a "
        "plain-paper fax behind its 传真 cover sheet, a 劳动合同书 first page on 人社局监制 "
        "security paper, a system-generated contract under the applicant's tiled "
        "仅供职称申报使用 watermark, a roster as the 附件 of a 聘任文件 photographed with the "
        "stapled first page turned back, a 职称申报人员人事档案审核表 quoting three years' "
        "考核, a unit 门户网站's 年度考核 公示 page screenshot, a 商请函 for 委托评审 scanned "
        "from thin two-sided paper, a WeChat 服务通知 screenshot of the 继续教育学时审验结果, a "
        "library's 文献传递 delivery with the article's first page, a 样刊 first page marked "
        "with highlighter and a sticky note ...). Only `--profile others21` draws them: the "
        "same applicants as `others`, every document in a round21 layout where one fits (else a "
        "non-blind layout, counted as for others); its truth.json marks round21 documents "
        "`\"split\": \"round21\"` (round 21's misreads were looked at after its blind figures, "
        "so no longer `\"held_out\"`). No other profile draws them, and they are not listed in "
        "the table below."),
        "",
        ("**Round 22 layouts** (`round22` in `layouts.toml`) were round 22's blind exam (`make "
        "others OTHERS_PROFILE=others22`), drawn by another hand after round 21's results were "
        "seen, again blind to the extractors and modelled on how real schools, units, bureaus, "
        "journals and platforms issue these documents and how applicants upload them (a QQ邮箱 "
        "web attachment preview screenshot of an e-mailed diploma scan, the "
        "干部学历学位审核认定表 from the personnel file, a translation company's certified copy "
        "of a 学位证书 with its English translation, a 学位证书 framed behind glass on a study "
        "wall, an iPhone 备忘录 scan of the title booklet's particulars page, an ID card copied "
        "both sides and photographed in the printer's output tray, a navy leather 聘任证书 "
        "folder photographed open, a 专业技术岗位聘任书 with its 聘期目标任务书, a contract "
        "signed by a 委托代理人 with the 法定代表人授权委托书, a firm's one-sheet two-column "
        "劳动合同 sealed with the 合同专用章 and a 法定代表人名章, a roster printed in colour "
        "with a WPS 表格 table style, the unit's internal 工作简报 listing the year's grades, a "
        "年度个人工作总结 stamped with a 年度考核结果 box, a 函 whose second sheet carries only "
        "（此页无正文） and the seal, the pocket 继续教育登记卡 photographed front and back, an "
        "article's first page in a journal's 增刊, a 样刊 first page photographed with a finger "
        "at the author line ...). Only `--profile others22` draws them: the same applicants as "
        "`others`, every document in a round22 layout where one fits (else a non-blind layout, "
        "counted as for others); its truth.json marks round22 documents `\"split\": "
        "\"round22\"` (round 22's misreads were looked at after its blind figures, so no longer "
        "`\"held_out\"`). No other profile draws them, and they are not listed in the table "
        "below."),
        "",
        ("**Round 23 layouts** (`round23` in `layouts.toml`) were round 23's blind exam (`make "
        "others OTHERS_PROFILE=others23`), drawn by another hand after round 22's results were "
        "seen, again blind to the extractors and modelled on how real schools, units, bureaus, "
        "journals and platforms issue these documents and how applicants upload them (a phone "
        "screenshot of an approved 钉钉 审批 record with the diploma's particulars typed in and "
        "its photo attached, a pre-2005 landscape diploma naming the 系 and signed by 校长 and "
        "系主任, a 学位证书 photographed inside a clear snap-button document bag, the title "
        "booklet's particulars leaf with the bureau's 钢印 embossed across the photo in raking "
        "light, the 派出所's 居民身份证受理回执, a 台资 firm's 人事命令 form with its 核决栏, a "
        "聘任通知 scanned from the 文书档案 with its 发文稿纸, an e-signed contract PDF in "
        "福昕PDF阅读器 with the signature panel, a 劳动合同主体变更三方协议, a 请示 to the "
        "主管部门 with the roster in its body, the 会议纪要 that approves the year's grades, an "
        "HR e-mail with the grade in Foxmail, a 推荐函 in the OA 发文 view beside its 流程跟踪 "
        "panel, a mini-program's 学时证书 poster saved to the album, a trade magazine's feature "
        "page, the issue's cover and the article's first page in one phone photo ...). Only "
        "`--profile others23` draws them: the same applicants as `others`, every document in a "
        "round23 layout where one fits (else a non-blind layout, counted as for others); its "
        "truth.json marks round23 documents `\"split\": \"round23\"` (round 23's misreads were "
        "looked at after its blind figures, so no longer `\"held_out\"`). No other profile "
        "draws them, and they are not listed in the table below."),
        "",
        ("**Round 24 layouts** (`round24` in `layouts.toml`) were round 24's blind exam (`make "
        "others OTHERS_PROFILE=others24`), drawn by another hand after round 23's results were "
        "seen, again blind to the extractors and modelled on how real schools, units, bureaus, "
        "journals and platforms issue these documents and how applicants upload them (a "
        "landscape diploma scanned on the office copier in its black-and-white text mode, both "
        "faces of a diploma in one PDF with the back's 说明, a phone screenshot of the 学信网 "
        "app's 学位 tab, a title certificate re-issued after loss with its red 补发 stamp and "
        "原发证日期 line, an ID card copied on the back of a used office sheet with the old "
        "notice showing through, a 事业单位's red-headed 转发 notice of its 主管部门's 批复 "
        "with the 批复 as second sheet, a page of the applicant's Word 申报材料汇编 with the "
        "聘书 scan pasted under a numbered heading, a firm's 劳动合同签订审批表 with three "
        "signed opinion boxes, an unstapled contract held by a 长尾夹 and photographed page by "
        "page, a browser screenshot of the unit website's 信息公开 page listing its staff in "
        "post, a 年度考核登记表 with the four quarters' 平时考核 results, a 劳务派遣 company's "
        "年度考核表 graded by the 用工单位 and confirmed by the 派遣单位, a 委托评审函 folded "
        "in three out of the firm's envelope, the 学时证书 card glued into the "
        "职称申报材料粘贴单, an article's first page photographed off a laptop screen, the "
        "论文成果详情 page of the employer's 科研管理系统 ...). Only `--profile others24` draws "
        "them: the same applicants as `others`, every document in a round24 layout where one "
        "fits (else a non-blind layout, counted as for others); its truth.json marks round24 "
        "documents `\"split\": \"round24\"` (round 24's misreads were looked at after its blind "
        "figures, so no longer `\"held_out\"`). No other profile draws them, and they are not "
        "listed in the table below."),
        "",
        ("**Round 25 layouts** (`round25` in `layouts.toml`) were round 25's blind exam (`make "
        "others OTHERS_PROFILE=others25`), drawn by another hand after round 24's results were "
        "seen, again blind to the extractors and modelled on how real schools, units, bureaus, "
        "journals and platforms issue these documents and how applicants upload them (a phone "
        "screenshot of the diploma's old scan in the 百度网盘 app's picture preview, one phone "
        "photo of the 毕业证书 lying over the 学位证书 with only the degree's title and border "
        "showing, the graduation-day photo of a 学位证书 on the folded 学位服, a 基层定向评价 "
        "title certificate with its red 限基层使用 stamp, the 职称 platform's 实名认证 page "
        "after a 网证 login, the 见习期满转正定级审批表 whose 定级 sets the first title, a "
        "聘任通知 kept as a 飞书 云文档, the contract booklet scanned lid-open on a flatbed as "
        "two spreads, a one-sheet contract in the 百度网盘 app's PDF preview, the roster "
        "projected at the unit's 岗位聘用工作大会 and photographed from the seats, the 援派 "
        "staff's 年度考核登记表 graded by the 受援单位, a 飞书 审批 record of the year's grade, "
        "a 转系列 委托评审函 with its 转评人员 table, a 超星学习通 学时证书, the article's "
        "百度学术 page as a desktop screenshot, an article's first page open in a tablet "
        "reading app photographed on a desk ...). Only `--profile others25` draws them: the "
        "same applicants as `others`, every document in a round25 layout where one fits (else a "
        "non-blind layout, counted as for others); its truth.json marks round25 documents "
        "`\"split\": \"round25\"` (round 25's misreads were looked at after its blind figures, "
        "so no longer `\"held_out\"`). No other profile draws them, and they are not listed in "
        "the table below."),
        "",
        ("**Round 26 layouts** (`round26` in `layouts.toml`) were round 26's blind exam (`make "
        "others OTHERS_PROFILE=others26`), drawn by another hand after round 25's results were "
        "seen, again blind to the extractors and modelled on how real schools, units, bureaus, "
        "journals and platforms issue these documents and how applicants upload them (a diploma "
        "in a copy shop's heat-sealed 塑封 sleeve photographed under the ceiling lamp, the "
        "window clerk's screenshot of a WeChat 视频核验 call with the diploma held up, a "
        "学位证书 photographed by a window with the blinds' shadow bands across it, a city "
        "bureau's 区外职称确认 certificate, a 手持身份证半身照, an A5 聘书 under an office "
        "desk's glass top, a 企业微信 公告 of the 聘任通知, a one-sheet contract kept folded in "
        "three, a duplex contract on thin paper with the other side showing through, a WeChat "
        "群接龙 confirming each person's post, the 全国教师管理信息系统 record of the year's "
        "grade, the sealed 考核登记表 in WeChat's file preview, a 委托评审函 on the "
        "政务服务中心 window counter beside the 排队取号单, a 学时证明 through the clear pocket "
        "of a 资料册, the article's 万方数据 detail page, the journal's CNKI 刊期浏览 目录 page "
        "...). Only `--profile others26` draws them: the same applicants as `others`, every "
        "document in a round26 layout where one fits (else a non-blind layout, counted as for "
        "others); its truth.json marks round26 documents `\"split\": \"round26\"` (round 26's "
        "misreads were looked at after its blind figures, so no longer `\"held_out\"`). No "
        "other profile draws them, and they are not listed in the table below."),
        "",
        ("**Round 27 layouts** (`round27` in `layouts.toml`) were round 27's blind exam (`make "
        "others OTHERS_PROFILE=others27`), drawn by another hand after round 26's results were "
        "seen, again blind to the extractors and modelled on how real schools, units, bureaus, "
        "journals and platforms issue these documents and how applicants upload them (the phone "
        "photo of a diploma marked up in the album's 标注 tool round its 证书编号, a diploma "
        "photographed on a car's passenger seat, the unit archive's grey copy of a 学位证书 with "
        "its red 归档章 filled in by pen, a new title-certificate booklet photographed on the "
        "bureau's 领取签收表, both sides of the ID card sent to the 人事科 in a WeChat chat, a "
        "photo from the stage of the 聘书颁发仪式, the unit website's 通知公告 page printed to "
        "PDF, a contract's two pages joined by a phone 长图拼接 app, a contract fed through a "
        "copier's document feeder with a dust streak, the roster in the 人事科's ring binder, the "
        "年度考核结果公示 pinned in the corridor's 公示栏, both sides of a 考核登记表 joined side "
        "by side, a 委托评审函 under its EMS waybill, a 学时证明 torn off a stub book, the "
        "article's 维普 mobile page, 知网's Refworks export printed to PDF ...). Only `--profile "
        "others27` draws them: the same applicants as `others`, every document in a round27 "
        "layout where one fits (else a non-blind layout, counted as for others); its truth.json "
        "marks round27 documents `\"split\": \"round27\"` (round 27's misreads were looked at "
        "after its blind figures, so no longer `\"held_out\"`). No other profile draws them, and "
        "they are not listed in the table below."),
        "",
        ("**Round 28 layouts** (`round28` in `layouts.toml`) were round 28's blind exam (`make "
        "others OTHERS_PROFILE=others28`), drawn by another hand after round 27's results were "
        "seen, again blind to the "
        "extractors and modelled on how real schools, units, bureaus, journals and platforms "
        "issue these documents and how applicants upload them (a diploma's copy-shop copy with "
        "「此复印件仅供职称申报使用」 written across it in blue pen, a diploma photographed on "
        "the floor tiles, a 学位证书 left for 核原件 with a sticky note, a title booklet held "
        "open by a stapler and a mug, the new ID card beside the old one cut at the corner, a "
        "博士后 出站留用 聘任通知, a 函 to the 人才服务中心 keeping the file, a contract printed "
        "two pages to a sheet, a contract photographed under a desk lamp at night, a roster as "
        "a view-only 腾讯文档 sheet in WeChat, the grade in a city 人社 小程序, a 考核登记表 "
        "filled in by hand, a 推荐委托评审函 on the firm's colour letter paper, a 学时证明 "
        "folded in four, the article's page on the journal's website, a trade journal's "
        "three-column page ...). Only `--profile "
        "others28` draws them: the same applicants as `others`, every document in a round28 "
        "layout where one fits (else a non-blind layout, counted as for others); its truth.json "
        "marks round28 documents `\"split\": \"round28\"` (round 28's misreads were looked at "
        "after its blind figures, so no longer `\"held_out\"`). No other profile draws them, "
        "and they are not listed in the table below."),
        "",
        ("**Round 29 layouts** (`round29` in `layouts.toml`) were round 29's blind exam (`make "
        "others OTHERS_PROFILE=others29`), drawn by another hand after round 28's results were "
        "seen, again blind to the "
        "extractors and modelled on how real schools, units, bureaus, journals and platforms "
        "issue these documents and how applicants upload them (a diploma spoiled by a water "
        "stain and mildew scanned as it is, a phone gallery's 详细信息 sheet over a diploma "
        "photo, a 学位证书 in a scanner driver's 预览 pane, a page of the bound 申报材料 with its "
        "号码机 page number and index tab, the ID card behind a wallet's clear window, a unit "
        "newspaper's 人事动态 clipping certified by HR, a 聘书 made from an online design "
        "template, a contract with a sealed hand correction, an iPhone Live Text screenshot of "
        "a contract photo, an A3 roster scanned in two passes and stitched, a 考核结果 群公告 in "
        "the staff WeChat group, a foreign-invested firm's bilingual performance review, a "
        "委托评审函 photographed beside the 用印登记簿, the 人社局's 复函 on a person's hours, an "
        "article re-uploaded to a 文库 site, a design journal's first page with its side column "
        "...). Only `--profile others29` draws them: the same applicants as `others`, every "
        "document in a round29 layout where one fits (else a non-blind layout, counted as for "
        "others); its truth.json marks round29 documents `\"split\": \"round29\"` (round 29's "
        "misreads were looked at after its blind figures, so no longer `\"held_out\"`). No "
        "other profile draws them, and they are not listed in the table below."),
        "",
        ("**Round 30 layouts** (`round30` in `layouts.toml`) were round 30's blind exam (`make "
        "others OTHERS_PROFILE=others30`), drawn by another hand after round 29's results were "
        "seen, again blind to the "
        "extractors and modelled on how real schools, units, bureaus, journals and platforms "
        "issue these documents and how applicants upload them (a diploma photo with the phone "
        "camera's 机型水印 strip, a diploma scan open in a bundled image viewer with its news "
        "pop-up, a 学位证书 photo submitted through a 腾讯文档 收集表, the electronic title "
        "certificate printed and photographed in a blue 单片夹, the ID card on a laptop's palm "
        "rest, the eHR self-service portal's 职称聘任 record certified by pen, a 聘书 held up in "
        "both hands, a stapled contract fanned out to show its 骑缝章, a contract printed with "
        "Word's tracked changes, a roster shared in a 腾讯会议 call, the year's 考核登记表 in a "
        "merged PDF's bookmark view, a grade certified by hand on the unit's 便笺, a 委托评审函 "
        "printed from the OA with its print watermark, a 高级研修班 培训证明 with its course "
        "table, an article in 知网's HTML reader, a scanning app's crop step ...). Only "
        "`--profile others30` draws them: the same applicants as `others`, every document in a "
        "round30 layout where one fits (else a non-blind layout, counted as for others); its "
        "truth.json marks round30 documents `\"split\": \"round30\"` (round 30's misreads "
        "were looked at after its blind figures, so no longer `\"held_out\"`). No other "
        "profile draws them, and they are not listed in the table below."),
        "",
        ("**Round 31 layouts** (`round31` in `layouts.toml`) were round 31's blind exam (`make "
         "others OTHERS_PROFILE=others31`), drawn by another hand after round 30's results were "
         "seen, again blind to the extractors and modelled on how real schools, units, bureaus, "
         "journals and platforms issue these documents and how applicants upload them (述职答辩 "
         "slides in WPS演示 with the diploma photo pasted on a slide, a desktop QQ chat sending "
         "the diploma photo to the 人事科 clerk, a 学位证书 photo placed over a cell of the "
         "clerk's WPS表格 workbook, a title certificate on a copier's platen glass with the lid "
         "up, an ID card photo with its 住址 mosaicked and a 仅供职称申报使用 sticker added in "
         "the phone album, a 聘书 folder in a 美图秀秀 三宫格 collage, the personnel office's "
         "聘任情况说明 to the 职改办 with the 主管部门's 情况属实, a Word-to-PDF contract with a "
         "pasted e-seal and signature photos, an iPad Split View of the contract beside the 申报 "
         "system's form, a filtered Excel roster with its floating e-seal picture selected, the "
         "中小学教师资格定期注册申请表 listing five years' 考核 results, a 考核结果反馈单 slip "
         "cut from a sheet of four, a 委托评审函 in a perfect-bound 申报材料册 opened flat "
         "beside its 目录, the 继续教育 platform's 公需科目结业考试 result page, a page of a "
         "unit's 年度科技论文汇编, an article's PDF in the browser's built-in viewer with a "
         "highlight ...). Only `--profile others31` draws them: the same applicants as `others`, "
         "every document in a round31 layout where one fits (else a non-blind layout, counted as "
         "for others); its truth.json marks round31 documents `\"split\": \"round31\"` (round "
         "31's misreads were looked at after its blind figures, so no longer `\"held_out\"`). No "
         "other profile draws them, and they are not listed in the table below."),
        "",
        ("**Round 32 layouts** (`round32` in `layouts.toml`) were round 32's blind exam (`make "
         "others OTHERS_PROFILE=others32`), drawn by another hand after round 31's results were "
         "seen, again blind to the extractors and modelled on how real schools, units, bureaus, "
         "journals and platforms issue these documents and how applicants upload them (a phone "
         "photo of the projection screen at the unit's 推荐资格审查会 showing the diploma in a "
         "photo viewer, the older portrait diploma in a clear sleeve of a ring binder, a "
         "学位证书 half out of a kraft 档案袋 with its form filled in by pen, the title "
         "certificate's leaf clamped on a clipboard, the ID card behind a yellowed clear phone "
         "case, a 聘任通知 with the department's red 收文登记章 and the head's 拟办 note, WPS "
         "文字's 打印预览 of a 聘书 with a pasted e-seal, a contract's first page marked with "
         "highlighter, a red pen box and a sticky tab, an e-signing app's 合同详情 page, a "
         "聘书发放签收表 with each person's signature, the 年度考核登记表 through a ring "
         "binder's sleeve, a thermal fax of a 年度考核情况证明 from the former unit, a "
         "委托评审函 open in WPS Office 手机版, the browser's 打印预览 of a 学时证明, a 申报材料 "
         "document in WPS文字 with the article's first page pasted as a picture, a WeChat chat "
         "with the journal's 编辑部 notice ...). Only `--profile others32` draws them: the same "
         "applicants as `others`, every document in a round32 layout where one fits (else a "
         "non-blind layout, counted as for others); its truth.json marks round32 documents "
         "`\"split\": \"round32\"` (round 32's misreads were looked at after its blind figures, "
         "so no longer `\"held_out\"`). No other profile draws them, and they are not listed in "
         "the table below."),
        "",
        ("**Round 33 layouts** (`round33` in `layouts.toml`) were round 33's blind exam (`make "
         "others OTHERS_PROFILE=others33`), drawn by another hand after round 32's results were "
         "seen, again blind to the "
         "extractors and modelled on how real schools, units, bureaus, journals and platforms "
         "issue these documents and how applicants upload them (a phone scanner app's 调整边框 "
         "step with the diploma inside its detection frame, a diploma on the counter of a "
         "政务服务中心 window beside its name plate, rating keypad and queue slip, the unit's "
         "人事管理信息系统 学历学位 page with the 学位证书 in its attachment preview, a title "
         "certificate's scan being trimmed in Windows 画图, an ID card on a counter's "
         "二代证阅读器 pad, a phone photo of a monitor showing the 聘任通知 PDF, the 职称 "
         "platform's upload step with the 聘书 photo in its preview pop-up, a contract's first "
         "page handed out with the HR clerk's 便签 clipped to it, a contract printed low on "
         "toner, a roster returned with the checker's red ticks and 符合, a 人社 self-service "
         "terminal's thermal 年度考核结果 slip certified by the unit, an assessment's 续页 "
         "photographed under a desk lamp, a photocopied 委托评审函 with the 职改办's blue "
         "核对一致 stamp, a dark-mode mini-program's 学时证明, a 高拍仪 capture program's "
         "preview of the journal, an article's page in 超星期刊 on a phone ...). Only `--profile "
         "others33` draws them: the same applicants as `others`, every document in a round33 "
         "layout where one fits (else a non-blind layout, counted as for others); its truth.json "
         "marks round33 documents `\"split\": \"round33\"` (round 33's misreads were looked at "
         "after its blind figures, so no longer `\"held_out\"`). No other profile draws them, "
         "and they are not listed in the table below."),
        "",
        ("**Round 34 layouts** (`round34` in `layouts.toml`) were round 34's blind exam (`make "
         "others OTHERS_PROFILE=others34`), drawn by another hand after round 33's results were "
         "seen, again blind to the "
         "extractors and modelled on how real schools, units, bureaus, journals and platforms "
         "issue these documents and how applicants upload them (a screenshot of the Mac's 预览 "
         "with the diploma's scan marked up, a 与原件一致 text box and a trackpad signature, an "
         "older diploma torn across its fold and mended with yellowed tape, the souvenir photo "
         "of the 学位授予仪式 with the red folder held open, a compact camera's date-stamped "
         "photo of the title certificate's booklet, the ID card on top of a fan of cards out of "
         "a card holder, a 聘书 photo with red finger loops in the Photos app's 标记 editor, a "
         "colour copy of the 聘书 and the 资格证书's inner page on one sheet, PC WeChat's "
         "picture viewer with 提取文字 on a contract's 首页, a contract's scan in a 人事档案 "
         "digitisation system's 查阅 window, a roster with one cell under 修正带 rewritten by "
         "pen, WPS's 图片转表格 beside an assessment form's photo, a 统信UOS screenshot of the "
         "intranet 人事管理信息系统's 年度考核 page, a 委托评审函 in a 签批夹 beside its "
         "文件呈批单, a red 继续教育合格证书 opened flat, an article's PDF on an e-ink reader, "
         "a NoteExpress record of the article ...). Only `--profile others34` draws them: the "
         "same applicants as `others`, every document in a round34 layout where one fits (else a "
         "non-blind layout, counted as for others); its truth.json marks round34 documents "
         "`\"split\": \"round34\"` (round 34's misreads were looked at after its blind figures, "
         "so no longer `\"held_out\"`). No other profile draws them, and they are not listed in "
         "the table below."),
        "",
        ("**Round 35 layouts** (`round35` in `layouts.toml`) were round 35's blind exam (`make "
         "others OTHERS_PROFILE=others35`), drawn by another hand after round 34's results were "
         "seen, again blind to the "
         "extractors and modelled on how real schools, units, bureaus, journals and platforms "
         "issue these documents and how applicants upload them (a browser screenshot of an "
         "online 图片压缩 site shrinking the diploma's photo under the 申报系统's size limit, the "
         "人事科 clerk's desk photo of the original diploma beside its photocopy stamped 原件已核, "
         "the 学位证书 under an ultraviolet lamp showing its fluorescent marks, the title "
         "certificate's booklet on the 档案室's 查（借）阅登记簿, the ID card held up to a "
         "laptop's webcam in the Windows 相机 app, a mobile OA app's 公文详情 view of the "
         "聘任通知, a copier scan of an inkjet print of the 聘书's photo with a cartridge "
         "running dry, a contract's 首页 with the stapled 身份证复印件, a contract page scanned "
         "into an iPhone 备忘录 note, a roster handed round as 会议材料 (会后收回), an "
         "assessment form's phone photo with the camera's brand watermark bar, the "
         "专业技术资格评审表's 年度考核 spread, a 委托评审函 in Quark's file preview, a 长截图 of "
         "the 学习档案 page, an article's record in 读秀, a 云打印 mini-program's preview of "
         "the article ...). Only `--profile others35` draws them: the same applicants as "
         "`others`, every document in a round35 layout where one fits (else a non-blind layout, "
         "counted as for others); its truth.json marks round35 documents `\"split\": "
         "\"round35\"` (round 35's misreads were looked at after its blind figures, so no longer "
         "`\"held_out\"`). No other profile draws them, and they are not listed in the table "
         "below."),
        "",
        ("**Round 36 layouts** (`round36` in `layouts.toml`) were round 36's blind exam (`make "
         "others OTHERS_PROFILE=others36`), drawn by another hand after round 35's results were "
         "seen, again blind to the "
         "extractors and modelled on how real schools, units, bureaus, journals and platforms "
         "issue these documents and how applicants upload them (a WeChat 证件加水印 "
         "mini-program tiling 仅供职称申报使用 over the diploma's photo, a provincial 政务服务 "
         "app's 电子证照 page of the diploma, a flatbed scan of a 照相馆's glossy reprint of the "
         "学位证书 on its 相片袋, the electronic title certificate in 数科OFD阅读器 with its "
         "签章验证 dialog, the 人事科's sheet of 身份证 and 社会保障卡 copies, a 公证处's bound "
         "copy of the 聘书 with its 公证书, a phone's two-sided scan of the 聘书's front and "
         "back, the current contract's first page on top of the previous one, a 钉钉 用印申请 "
         "with the sealed contract attached, a stapled 聘任文件's 附件 page with page 1 folded "
         "back, the 职称申报人员花名册 listing 近三年年度考核结果, a green-ink form pad filled in "
         "by 套打, the 政务服务网's 办件详情 page previewing the 委托评审函, a 学时证明 with the "
         "training fee's 电子发票 stapled on, a copy shop's 4合1 photocopy of the journal's cover, "
         "版权页, 目次 and article, the article's record on NSTL ...). Only `--profile others36` "
         "draws them: the same applicants as `others`, every document in a round36 layout where "
         "one fits (else a non-blind layout, counted as for others); its truth.json marks "
         "round36 documents `\"split\": \"round36\"` (round 36's misreads were looked at after "
         "its blind figures, so no longer `\"held_out\"`). No other profile draws them, and they "
         "are not listed in the table below."),
        "",
        ("**Round 37 layouts** (`round37` in `layouts.toml`) were round 37's blind exam (`make "
         "others OTHERS_PROFILE=others37`), drawn by another hand after round 36's results were "
         "seen, again blind to the "
         "extractors and modelled on how real schools, units, bureaus, journals and platforms "
         "issue these documents and how applicants upload them (a WeChat 收藏 note keeping the "
         "diploma's photo as a 证件备份, a colour photocopy of a diploma on security paper "
         "bringing out its hidden 复印无效, the 学位证书's copy pinned beside the unit's 公示 "
         "behind the 公示栏's glass, the title certificate beside a phone showing the 人社 "
         "职称证书查询 record, the ID card's two sides in 钉钉 智能人事's 员工档案, the 聘书 in "
         "its open gift box, a 聘任通知 back from the 人社局 with the blue 已备案 stamp, a "
         "contract's 首页 on a car's passenger seat, a cloud HR system's 合同信息 page, the "
         "聘任人员名单 "
         "just stamped at the seal keeper's desk, a dot-matrix 年度考核结果通知单 on a three-part "
         "continuous form, the 干部任免审批表 with its 年度考核结果 row, a 委托评审函 draft in "
         "WPS with 修订 and 批注, a laminated 继续教育合格证明, CNKI's 引用 dialog, a journal's "
         "论文著作权转让协议 ...). Only `--profile others37` draws them: the same applicants as "
         "`others`, every document in a round37 layout where one fits (else a non-blind layout, "
         "counted as for others); its truth.json marks round37 documents `\"split\": "
         "\"round37\"` (round 37's misreads were looked at after its blind figures, so no longer "
         "`\"held_out\"`). No other profile draws them, and they are not listed in the table "
         "below."),
        "",
        ("**Round 38 layouts** (`round38` in `layouts.toml`) were round 38's blind exam (`make "
         "others OTHERS_PROFILE=others38`), drawn by another hand while round 37 was being looked "
         "at, again blind to the "
         "extractors and modelled on how real schools, units, bureaus, journals and platforms "
         "issue these documents and how applicants upload them (a free 图片转PDF converter's "
         "watermarked PDF of the diploma's photo, Windows Explorer's preview pane on the "
         "applicant's folder, the 学位证书's scan pinned over the 申报系统 with Snipaste, the "
         "title certificate's copy pasted into the 业务考绩档案, a 政务服务大厅 self-service "
         "copier's ID card sheet, a 聘任通知 printed on the back of used paper, a phone "
         "gallery's 详细信息 panel over the 聘书's photo, a contract's 首页 at a 集中签约 table, "
         "QQ邮箱's attachment preview of a contract, the 聘任人员名单 held by magnets on a "
         "whiteboard, a two-sided 年度考核登记表 scan with its 骑缝章, a 腾讯文档 sheet of the "
         "year's grades, an e-signing platform's 签署完成 page of the 委托评审函, a gallery "
         "screenshot of a 学时证明's photo, the 申报系统's 论文录入 form, an article's first page "
         "with the 新闻出版署's 期刊查询 result ...). Only `--profile others38` draws them: the "
         "same applicants as `others`, every document in a round38 layout where one fits (else a "
         "non-blind layout, counted as for others); its truth.json marks round38 documents "
         "`\"split\": \"round38\"` (round 38's misreads were looked at after its blind figures, "
         "so no longer `\"held_out\"`). No other profile draws them, and they are not listed in "
         "the table below."),
        "",
        ("**Round 39 layouts** (`round39` in `layouts.toml`) were round 39's blind exam (`make "
         "others OTHERS_PROFILE=others39`), drawn by another hand while round 38 was being looked "
         "at, again blind to the "
         "extractors and modelled on how real schools, units, bureaus, journals and platforms "
         "issue these documents and how applicants upload them (PC WeChat's 文件传输助手 with the "
         "diploma's photo opened large, a landscape diploma inside a clear 按扣文件袋, the "
         "学位证书 in WPS's PDF editor with a 承诺 text box and a signature, the gallery's "
         "裁剪/旋转 screen over the title certificate, a 拼图 of the ID card's two faces, Edge "
         "reading the 聘任通知 aloud, an online 一键抠图 result page with the 聘书's photo, WPS "
         "PDF's 查找 panel over a contract scan, a contract printed under a 安全打印 watermark, "
         "the 聘任人员名单 in a printer's output tray, the lift lobby's screen showing the "
         "考核结果公示, 百度网盘's image viewer on a 考核结果通知书, the 委托评审函 and its "
         "复函 on one A3 copy, a 学分银行 passbook, a Zotero record of the article, the article in "
         "福昕PDF阅读器 with its 文档属性 dialog ...). Only `--profile others39` draws them: the "
         "same applicants as `others`, every document in a round39 layout where one fits (else a "
         "non-blind layout, counted as for others); its truth.json marks round39 documents "
         "`\"split\": \"round39\"` (round 39's misreads were looked at after its blind figures, "
         "so no longer `\"held_out\"`). No other profile draws them, and they are not listed in "
         "the table below."),
        "",
        ("**Round 40 layouts** (`round40` in `layouts.toml`) are the current blind exam (`make "
         "others`), drawn by another hand while round 39 was being looked at, again blind to the "
         "extractors and modelled on how real schools, units, bureaus, journals and platforms "
         "issue these documents and how applicants upload them (a framed diploma photographed on "
         "the living-room wall, 网易邮箱大师's 写信 screen sending the diploma's photo, a Mac "
         "Finder's 快速查看 of the 学位证书, the title certificate's booklet held up before an "
         "office window, the ID card lying on the 居民户口簿's page, a 聘书 on the EMS 文件封 it "
         "came in, a 企业微信 群公告 of the 聘任通知, a contract's 首页 on a 顺丰 文件封, two "
         "contract pages printed on one sheet, a dot-matrix roster on continuous paper, a "
         "mail-merge sheet of two 考核结果通知书, an assessment under a desk's glass top, a "
         "委托评审函 with a numbering machine's page stamp, a 学时证明 beside a lanyard badge, "
         "知网研学's reader with its 题录 pane, a journal page after WPS's PDF转Word ...). Only "
         "`--profile others40` draws them: the same applicants as `others`, every document in a "
         "round40 layout where one fits (else a non-blind layout, counted as for others); its "
         "truth.json marks round40 documents `\"held_out\": true`, `\"split\": \"round40\"`, "
         "and holds no other split out. No other profile draws them, and they are not listed in "
         "the table below."),
        "",
        "| kind | layouts | documents (full profile) |",
        "|---|---|---|",
        *layout_rows(t),
        "",
        f"## Applicants (full profile, seed {t['generator']['seed']})",
        "",
        "| applicant | expected flags | what was planted |",
        "|---|---|---|",
    ]
    for aid, a in t["applicants"].items():
        flags = ", ".join(a["expected_flags"]) or ("— (input error)" if a.get("error")
                                                   else "— clean")
        lines.append(f"| {aid} | {flags} | {a['note']} |")
    if truth_tiny:
        lines += ["", "The tiny profile contains " + ", ".join(truth_tiny["applicants"]) +
                  " (identical to the same ids in the full profile, layouts included, except the "
                  "social-security file is UTF-8).",
                  "",
                  ("The ci profile (`--profile ci`, not committed; tests generate it) holds 16 "
                  "applicants with the full profile's ids and facts, several carrying further "
                  "independent defects, so that every flag code of the table above is planted "
                  "at least once (their notes say what), and two clean applicants (LZ2024-0001, "
                  "LZ2024-0002, whose first papers share a title in different journals) that "
                  "must stay clean. Layouts are "
                  "assigned over the ci documents themselves.")]
    lines += ["", "## Files", "", "| file | true kind | declared | render | layout | note |",
              "|---|---|---|---|---|---|"]
    for key, d in t["documents"].items():
        extra = d.get("note", "")
        if d["kind"] != d["declared_kind"] and d["declared_kind"]:
            extra = (extra + "; " if extra else "") + "kind mismatch"
        if d.get("tamper"):
            extra = ((extra + "; " if extra else "")
                     + f"tampered: {d['tamper']['old']} → {d['tamper']['new']}")
        if d.get("seal") is None and d["kind"] in ("appointment_letter", "contract"):
            extra = (extra + "; " if extra else "") + "no seal"
        lay = d.get("layout") or "—"
        if d.get("held_out"):
            lay = f"**{lay}**"
        lines.append(f"| {key} | {d['kind']} | {d['declared_kind'] or '(unlisted)'} | "
                     f"{d['render']} | {lay} | {extra} |")
    lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, required=True, help="window folder to (re)create")
    ap.add_argument("--profile", choices=("full", "tiny", "ci", *OTHERS_PROFILES),
                    default="full",
                    help="full (the committed window), tiny (6 applicants), ci (16 applicants "
                         "planting every flag code), others (the ci applicants, every document "
                         "in a fresh layout: round 2's held-out set), others3 (the same "
                         "applicants, every document in a round3 layout: round 3's exam), "
                         "others4 (the same applicants, every document in a round4 layout: "
                         "round 4's exam), others5 (the same applicants, every document in a "
                         "round5 layout: round 5's exam), others6 and others7 (rounds 6 and "
                         "7), others8 to others39 (rounds 8 to 39), others40 (the same "
                         "applicants, every document in a round40 layout: the current blind "
                         "exam)")
    ap.add_argument("--seed", type=int, default=2024)
    ap.add_argument("--no-check", action="store_true", help="skip validating the output")
    ap.add_argument("--readme", action="store_true",
                    help="rewrite data/samples/README.md from the truth (full profile)")
    args = ap.parse_args(argv)
    try:
        font = find_cjk_font()
    except FontMissing as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    backends.register_font(font)
    ctx = Ctx(args.seed, font)
    truth = write_window(ctx, args.out, args.profile)
    if not args.no_check:
        problems = self_check(args.out, truth) + check_journals()
        for p in problems:
            print("problem:", p, file=sys.stderr)
        if problems:
            return 1
    if args.readme:
        tiny_truth = None
        if args.profile == "full":
            tmp = args.out.parent / (args.out.name + ".tiny-tmp")
            tiny_truth = write_window(ctx, tmp, "tiny")
            shutil.rmtree(tmp)
        (HERE / "README.md").write_text(readme(truth, tiny_truth), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
