"""Reading a PDF back as a person would check it: page sizes in mm, embedded fonts, text, where words stand.

Helpers for the printing tests (poppler's pdftotext / pdffonts and pypdf), and the sample data with names of
2 to 4 characters and addresses of 40 characters that every form is filled with.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from xml.etree import ElementTree

from PIL import Image
from pypdf import PdfReader

from desktop.printing import forms_monitoring as fm
from desktop.printing.form_data import (
    AgreementFormData,
    CaseFileFormData,
    CaseFormData,
    FootageRequestData,
    PartyData,
    PetitionDecisionData,
    PetitionNoticeData,
    ReturnVisitFormData,
    ServiceItem,
    SessionFormData,
    VisitFormData,
    VisitLogData,
    VisitLogRow,
    VolunteerCardData,
    VolunteerCardSheetData,
    VolunteerCertificateData,
    VolunteerRosterData,
    VolunteerRow,
)
from desktop.printing.forms_rhythm import (
    BulletinPrintData,
    DecisionPrint,
    MinutesData,
    RoundAreaPrint,
    RoundPrintData,
)
from desktop.services.core.dto import CommunityDTO

PT_PER_MM = 72 / 25.4
ADDRESS_40 = "江苏省南京市鼓楼区华侨路街道华侨路社区龙蟠里小区十二幢三单元五零二室东户近菜场旁"
assert len(ADDRESS_40) == 40

COMMUNITY = CommunityDTO(
    1,
    "华侨路社区",
    "华侨路街道",
    "鼓楼区",
    "南京市",
    "南京市鼓楼区龙蟠里小区社区服务中心一楼",
    "025-83216789",
    "周一至周五 8:30—17:30",
    "华侨路社区人民调解委员会",
    False,
)

PARTIES = (
    PartyData("申请人", "欧阳娜娜", "女", "汉族", "45", "个体工商户", "13812345678", ADDRESS_40),
    PartyData(
        "被申请人", "李四", "男", "柯尔克孜族", "52", "某某科技有限公司部门经理", "025-83216789", ADDRESS_40
    ),
    PartyData("被申请人", "王小五", "男", "回族", "38", "退休", "13900001111", "南京市鼓楼区华侨路1号"),
)
CASE = CaseFormData(
    "（2026）华人调字第12号",
    "华侨路社区人民调解委员会",
    date(2026, 3, 5),
    "当事人申请",
    "邻里",
    "申请人与被申请人系上下楼邻居，被申请人夜间装修噪音严重影响休息。",
    "请求停止夜间施工并赔偿损失。",
    PARTIES,
    "张三",
    "李娜",
    date(2026, 3, 20),
)

ROUND = RoundPrintData(
    "排查〔2026〕第10周",
    True,
    date(2026, 3, 2),
    date(2026, 3, 8),
    date(2026, 3, 6),
    held_on=date(2026, 3, 6),
    participants="欧阳娜娜、王小五",
    signed_by="王小五",
    submitted_on=date(2026, 3, 6),
    areas=(
        RoundAreaPrint("治安问题", False, "夜间电动车被盗两起", (), "已告知民警加强巡逻"),
        RoundAreaPrint(
            "矛盾纠纷",
            False,
            "",
            (
                "3月4日 第一网格 网格员李四：302室与402室因漏水发生争吵（转矛盾纠纷调处 （2026）华人调字第12号）",
            ),
            "已受理调解",
            "停车位纠纷需物业协调",
            "王五",
            date(2026, 3, 16),
        ),
        RoundAreaPrint("信访苗头", True),
        RoundAreaPrint("重点人员", True),
        RoundAreaPrint("公共安全", False, "检查沿街商铺12家，未发现隐患"),
    ),
)

SAMPLES = {
    "visit_register": VisitFormData(
        "来访〔2026〕000123号",
        "欧阳娜娜",
        "女",
        "45",
        "居民身份证",
        "3201**********123X",
        "13812345678",
        ADDRESS_40,
        datetime(2026, 3, 5, 9, 30),
        datetime(2026, 3, 5, 10, 45),
        3,
        True,
        "欧阳娜娜、李四、王小五",
        "投诉",
        "社区民警",
        "楼上邻居装修噪音持续三个月，晚上十点以后仍在施工。",
        "张三",
        "转矛盾纠纷",
        "一般",
        "已转调处室",
    ),
    "petition_acceptance_notice": PetitionNoticeData(
        "XF202600015", "王五", date(2026, 3, 1), "走访", "小区加装电梯费用分摊", date(2026, 3, 3)
    ),
    "petition_rejection_notice": PetitionNoticeData(
        "XF202600016",
        "赵六",
        date(2026, 3, 1),
        "书信",
        "物业费标准",
        date(2026, 3, 4),
        reason="该事项不属于本单位职权范围",
        refer_to="鼓楼区住房保障和房产局",
    ),
    "mediation_application": CASE,
    "mediation_acceptance": CASE,
    "mediation_rights_notice": CASE,
    "mediation_record": SessionFormData(
        CASE,
        datetime(2026, 3, 7, 14, 0),
        "矛盾纠纷调处室",
        "张三、赵六",
        "李娜",
        "三方当事人、社区民警陈七",
        True,
        "申请人陈述：夜间施工噪音严重。\n被申请人陈述：愿意调整施工时间。",
        "经现场查看，墙面有裂缝。",
        "不得采取过激行为。",
        "调解成功，达成书面协议。",
    ),
    "mediation_agreement": AgreementFormData(
        CASE,
        "华调协〔2026〕12号",
        "双方因装修噪音发生纠纷。",
        "一、被申请人晚上八点后不施工；\n二、赔偿人民币2000元。",
        "2026年3月15日前一次性付清。",
        date(2026, 3, 7),
        "张三",
        "李娜",
    ),
    "return_visit": ReturnVisitFormData(
        "欧阳娜娜、李四、王小五",
        "华调协〔2026〕12号",
        "（2026）华人调字第12号",
        "协议履行情况回访",
        "赔偿款已付清，夜间已停工。",
        "满意",
        False,
        "无",
        "张三",
        date(2026, 3, 20),
    ),
    "case_file_cover": CaseFileFormData(
        CASE,
        "欧阳娜娜与李四、王小五邻里纠纷",
        "（2026）华人调字第12号",
        "张三、赵六",
        date(2026, 3, 5),
        date(2026, 3, 20),
        "李娜",
        date(2026, 3, 25),
        "长期",
    ),
    "case_file_index": CaseFileFormData(CASE, volume_no="（2026）华人调字第12号"),
    "footage_request": FootageRequestData(
        "调阅〔2026〕00007号",
        "华侨路派出所",
        "欧阳娜娜",
        "3201**********123X",
        "国家机关依法履职",
        "调查电动车被盗案件。",
        "C-012 龙蟠里小区东门",
        datetime(2026, 3, 4, 20, 0),
        datetime(2026, 3, 4, 23, 30),
        "同意",
        "陈七",
        datetime(2026, 3, 5, 9, 0),
        datetime(2026, 3, 5, 9, 30),
        "李娜",
    ),
    "duty_log": fm.DutyLogPrintData(
        date(2026, 3, 4),
        (
            fm.DutyRow(
                datetime(2026, 3, 4, 21, 5),
                "值班记录",
                "C-012 龙蟠里小区东门",
                "一男子撬电动车锁",
                "喊话制止并报警",
                "华侨路派出所",
                "赵六",
            ),
        ),
    ),
    "shift_handover": fm.HandoverPrintData(
        datetime(2026, 3, 5, 8, 0),
        "刘强",
        "欧阳娜娜",
        ("C-007 北门（03-05 06:10起离线）",),
        ("03-04 21:05 一男子撬电动车锁",),
        "钥匙两把已交接",
        datetime(2026, 3, 5, 8, 5),
    ),
    "footage_register": fm.FootageRegisterPrintData(
        (
            fm.RegisterRow(
                datetime(2026, 3, 5, 9, 0),
                "调阅〔2026〕7号",
                "登记申请",
                "华侨路派出所 欧阳娜娜；调查电动车被盗案件",
                "刘强",
                "ab" * 32,
            ),
        ),
        "打印时校验：共1条，哈希链完整。",
    ),
    "camera_register": fm.CameraRegisterPrintData(
        (
            fm.CameraRow(
                "C-012",
                "东门",
                "龙蟠里小区东门",
                "枪机",
                30,
                date(2026, 1, 5),
                date(2026, 1, 20),
                "宁公备0012",
                "在用",
            ),
        ),
        date(2026, 3, 5),
    ),
    "volunteer_certificate": VolunteerCertificateData(
        "ZYZM2026-0001",
        "王小五",
        "居民身份证",
        "3201**********123X",
        "ZY0000012",
        "26.5",
        date(2025, 1, 1),
        date(2025, 12, 31),
        tuple(ServiceItem(date(2025, m, 15), "平安巡逻", "龙蟠里小区", "2") for m in (1, 5, 9)),
        "华侨路社区综治中心",
        "王建国",
        "李娜",
        "025-83216789",
        date(2026, 1, 5),
    ),
    "volunteer_roster": VolunteerRosterData(
        tuple(
            VolunteerRow(n, f"ZY{i:07d}", "女", "13812345678", "平安巡逻队", date(2024, 1, 2))
            for i, n in enumerate(("欧阳娜娜", "李四", "王小五"), 1)
        ),
        date(2026, 3, 1),
    ),
    "volunteer_card": VolunteerCardData("欧阳娜娜", "ZY0000001", "治安巡逻队", None, "华侨路社区综治中心"),
    "volunteer_card_sheet": VolunteerCardSheetData(
        tuple(
            VolunteerCardData(n, f"ZY{i:07d}", "治安巡逻队", None, "华侨路社区综治中心")
            for i, n in enumerate(("欧阳娜娜", "李四", "王小五"), 1)
        )
    ),
    "visit_daily_log": VisitLogData(
        date(2026, 3, 5),
        (
            VisitLogRow(
                datetime(2026, 3, 5, 9, 30),
                datetime(2026, 3, 5, 10, 45),
                "欧阳娜娜",
                "女",
                3,
                "3201**********123X",
                "138****5678",
                "投诉",
                "楼上邻居装修噪音持续三个月，晚上十点以后仍在施工。",
                "张三",
                "转矛盾纠纷",
                "调解（2026）华人调字第12号",
            ),
        ),
    ),
    "petition_decision": PetitionDecisionData(
        "XF202600015",
        "王五",
        ADDRESS_40,
        date(2026, 3, 1),
        "走访",
        date(2026, 3, 3),
        "小区加装电梯费用分摊",
        "低层住户不同意分摊比例。",
        "经协调，分摊方案按楼层系数调整。",
        "支持",
        "《南京市既有住宅增设电梯实施办法》",
        "华侨路街道办事处",
        "",
        date(2026, 4, 20),
    ),
    "round_register": ROUND,
    # the 零报告 names the areas and who signed, not the people of what was found (that is the register)
    "zero_report": replace(
        ROUND,
        areas=tuple(
            replace(
                a,
                linked=("3月4日 第一网格 邻里漏水纠纷（转矛盾纠纷调处）",) if a.linked else (),
                responsible="",
            )
            for a in ROUND.areas
        ),
    ),
    "meeting_minutes": MinutesData(
        "综治警务工作例会",
        "2026年第3期",
        datetime(2026, 3, 5, 14, 30),
        "社区综治中心会议室",
        "王五",
        "欧阳娜娜",
        "欧阳娜娜、王小五",
        "李四（华侨路派出所）",
        "赵六（龙蟠里物业）",
        date(2026, 2, 20),
        date(2026, 3, 5),
        "本期应开展集中排查2次，已报送2次，发现问题3项，零报告7项；在调矛盾纠纷4件，其中超期1件。",
        "通报本期纠纷排查情况，研究春季消防安全工作。",
        (
            DecisionPrint("组织龙蟠里小区消防通道清理", "李四", date(2026, 3, 12)),
            DecisionPrint("走访辖区独居老人并登记需求", "王小五", date(2026, 3, 20)),
        ),
    ),
    "police_bulletin": BulletinPrintData(
        date(2026, 3, 2),
        date(2026, 3, 8),
        "本周辖区发生盗窃电动车案件2起，已破1起。",
        "辖区总体平稳。",
        "华侨路沿街商铺电动车违规充电问题突出。",
        "夜间治安巡防力量不足。",
        "各网格加强夜间巡防，排查电动车楼道充电。",
        "赵六",
        date(2026, 3, 2),
    ),
}
# what a person checks first on each filled form
EXPECTED = {
    "visit_register": ["欧阳娜娜", ADDRESS_40, "3201**********123X", "■转矛盾纠纷", "个人信息保护法"],
    "petition_acceptance_notice": ["王五：", "小区加装电梯费用分摊", "决定予以受理", "60日内办结"],
    "petition_rejection_notice": ["赵六：", "不属于本单位职权范围", "鼓楼区住房保障和房产局", "不予受理"],
    "mediation_application": [
        "欧阳娜娜",
        "李四",
        "王小五",
        ADDRESS_40,
        "柯尔克孜族",
        "现自愿申请人民调解委员会进行调解",
    ],
    "mediation_acceptance": [
        "2026年3月5日，本人民调解委员会经当事人同意，调解欧阳娜娜、李四、王小五之间的纠纷"
    ],
    "mediation_rights_notice": ["欧阳娜娜、李四、王小五：", "选择或者接受人民调解员", "如实陈述纠纷事实"],
    "mediation_record": ["2026年3月7日14:00", "■已告知当事人", "愿意调整施工时间", "调解成功"],
    "mediation_agreement": ["华调协〔2026〕12号", "本协议一式4份", "赔偿人民币2000元", ADDRESS_40],
    "return_visit": ["欧阳娜娜、李四、王小五", "■满意", "■否", "赔偿款已付清"],
    "case_file_cover": ["人民调解卷宗", "欧阳娜娜与李四、王小五邻里纠纷", "（2026）华人调字第12号"],
    "case_file_index": ["卷内目录", "人民调解协议书", "回访记录", "封底"],
    "footage_request": ["华侨路派出所", "■国家机关依法履职", "C-012", "■同意"],
    "duty_log": ["视频监控室值班记录", "一男子撬电动车锁", "喊话制止并报警", "华侨路派出所"],
    "shift_handover": ["交接班记录", "C-007北门", "钥匙两把已交接", "欧阳娜娜"],
    "footage_register": ["调阅登记簿", "调阅〔2026〕7号", "登记申请", "哈希链完整"],
    "camera_register": ["登记台账", "C-012", "龙蟠里小区东门", "宁公备0012"],
    "volunteer_certificate": ["兹证明王小五", "26.5小时", "不含往返交通时间", "平安巡逻"],
    "volunteer_roster": ["欧阳娜娜", "ZY0000003", "平安巡逻队"],
    "volunteer_card": ["平安志愿者", "欧阳娜娜", "ZY0000001", "治安巡逻队"],
    "volunteer_card_sheet": ["欧阳娜娜", "李四", "王小五", "ZY0000003"],
    "visit_daily_log": ["来访登记簿", "欧阳娜娜（女）", "3201**********123X", "调解（2026）华人调字第12号"],
    "petition_decision": ["信访人：王五", "小区加装电梯费用分摊", "■支持", "向华侨路街道办事处请求复查"],
    "round_register": [
        "排查〔2026〕第10周",
        "■每周排查",
        "■无",
        "华人调字第12号",
        "责任人：王五",
        "排查负责人（签名）：王小五",
    ],
    "zero_report": [
        "综治维稳信息零报告",
        "信访苗头无",
        "重点人员无",
        "矛盾纠纷有（1项",
        "信访苗头、重点人员2个方面",
        "报告人（签名）：王小五",
    ],
    "meeting_minutes": [
        "华侨路社区综治警务工作例会纪要",
        "2026年第3期",
        "主持：王五",
        "李四（华侨路派出所）",
        "零报告7项",
        "（一）组织龙蟠里小区消防通道清理",
    ],
    "police_bulletin": ["华侨路社区警务工作周通报", "各网格：", "一、治安警情", "已破1起", "社区民警：赵六"],
}


def _tmp(pdf: bytes) -> Path:
    with tempfile.NamedTemporaryFile(suffix=".pdf", delete=False) as f:
        f.write(pdf)
    return Path(f.name)


def pdf_text(pdf: bytes) -> str:
    """The text in drawing order (pdftotext -raw), all whitespace removed: a wrapped line reads on."""
    out = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()
    return re.sub(r"\s+", "", out)


def page_sizes_mm(pdf: bytes) -> list[tuple[int, int]]:
    path = _tmp(pdf)
    try:
        return [
            (round(float(p.mediabox.width) / PT_PER_MM), round(float(p.mediabox.height) / PT_PER_MM))
            for p in PdfReader(path).pages
        ]
    finally:
        path.unlink()


def raster(pdf: bytes, dpi: float, page: int = 1) -> Image.Image:
    """The page as pdftoppm draws it (at 25.4 dpi one pixel is one millimetre)."""
    with tempfile.TemporaryDirectory() as folder:
        src = Path(folder) / "in.pdf"
        src.write_bytes(pdf)
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                str(dpi),
                "-f",
                str(page),
                "-l",
                str(page),
                "-singlefile",
                "-png",
                str(src),
                str(Path(folder) / "out"),
            ],
            check=True,
            capture_output=True,
        )
        return Image.open(Path(folder) / "out.png").convert("RGB")


@dataclass(frozen=True)
class FontRow:
    name: str
    type: str
    embedded: bool


def fonts(pdf: bytes) -> list[FontRow]:
    """pdffonts: every font the PDF uses, and whether it is embedded."""
    path = _tmp(pdf)
    try:
        out = subprocess.run(["pdffonts", str(path)], capture_output=True, check=True, text=True).stdout
    finally:
        path.unlink()
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # name type [type...] encoding emb sub uni object ID
        rows.append(FontRow(parts[0], " ".join(parts[1:-6]), parts[-5] == "yes"))
    return rows


@dataclass(frozen=True)
class Word:
    page: int
    x0: float  # mm from the left edge
    y0: float  # mm from the top edge
    x1: float
    y1: float
    text: str


def words(pdf: bytes) -> list[Word]:
    """Every word with its box in mm (pdftotext -bbox)."""
    # poppler writes a title or subject beyond U+FFFF into the <meta> header as two encoded surrogates
    # (invalid UTF-8, e.g. 𡒄 in a chart's subject); the words themselves are fine
    out = subprocess.run(
        ["pdftotext", "-bbox", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode(errors="replace")
    root = ElementTree.fromstring(
        re.sub(r"<!DOCTYPE[^>]*>", "", out).replace(' xmlns="http://www.w3.org/1999/xhtml"', "")
    )
    found = []
    for i, page in enumerate(root.iter("page")):
        for w in page.iter("word"):
            box = [float(w.get(k)) / PT_PER_MM for k in ("xMin", "yMin", "xMax", "yMax")]
            found.append(Word(i, *box, w.text or ""))
    return found


def test_given_a_known_pdf_then_the_helpers_read_it_back():
    """The helpers themselves: an A4 page with one line of text in the bundled font, embedded."""
    from desktop.printing.layout import Document, paragraph

    pdf = Document("t").add(paragraph("综治工作台 Zongzhi")).render()
    assert page_sizes_mm(pdf) == [(210, 297)]
    assert "综治工作台Zongzhi" in pdf_text(pdf)
    assert fonts(pdf) and all(f.embedded and f.type == "TrueType" for f in fonts(pdf))
    first = next(w for w in words(pdf) if "综治" in w.text)
    assert abs(first.x0 - 28 - 2 * 16 / PT_PER_MM) < 1.5  # indented two characters from the 28 mm margin
