"""The vocabulary: every fixed code list of the program with its Chinese and English labels, in one place.

Services write the Chinese into audit summaries, timelines and exports; print loaders put it on paper; views
show the label of the user's language (``views/common/labels.py``). Nothing else spells these labels: a copy
elsewhere is how the screen came to say 当场答复 while the printed form said 当场解答.

Lists the administrator configures (visit purposes, dispute types, outside bodies) are not here: their labels
are rows of ``code_item`` (defaults in ``reference_data``). National code lists (GB/T 2261.1 sex, GB/T 3304 ethnic
groups, GB/T 4761 relations) keep their standard Chinese names; where no English is given, English shows them in
Chinese too.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    code: str
    zh: str
    en: str = ""


class Vocabulary:
    """One code list: its terms in display order."""

    def __init__(self, name: str, terms: tuple[Term, ...]):
        self.name = name
        self.terms = terms
        self._by_code = {t.code: t for t in terms}

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_code)

    def __len__(self) -> int:
        return len(self.terms)

    def codes(self) -> tuple[str, ...]:
        return tuple(self._by_code)

    def zh(self, code: str | None, default: str | None = None) -> str:
        """The Chinese label; an unknown code as itself (or ``default``), empty for None."""
        if code is None or code == "":
            return ""
        t = self._by_code.get(code)
        return t.zh if t else (code if default is None else default)

    def en(self, code: str | None) -> str:
        if code is None or code == "":
            return ""
        t = self._by_code.get(code)
        return (t.en or t.zh) if t else code

    def label(self, code: str | None, language: str = "zh") -> str:
        return self.en(code) if language == "en" else self.zh(code)

    def pairs(self, language: str = "zh") -> list[tuple[str, str]]:
        """(code, label) in display order, for combo boxes."""
        return [(t.code, self.label(t.code, language)) for t in self.terms]

    def code_of(self, label: str) -> str | None:
        """The code whose Chinese or English label is ``label`` (what a spreadsheet may hold)."""
        for t in self.terms:
            if label in (t.zh, t.en):
                return t.code
        return None

    def __repr__(self) -> str:
        return f"Vocabulary({self.name!r}, {len(self.terms)} terms)"


# -- people (national code lists) ---------------------------------------------------------------------------------

SEX = Vocabulary(  # GB/T 2261.1-2003
    "sex",
    (
        Term("1", "男", "Male"),
        Term("2", "女", "Female"),
        Term("0", "未知的性别", "Unknown"),
        Term("9", "未说明的性别", "Not stated"),
    ),
)
ID_TYPE = Vocabulary(
    "id_type",
    (
        Term("resident_id", "居民身份证", "Resident ID card"),
        Term("passport", "护照", "Passport"),
        Term("hk_macao_permit", "港澳居民来往内地通行证", "Hong Kong / Macao permit"),
        Term("taiwan_permit", "台湾居民来往大陆通行证", "Taiwan permit"),
        Term("foreigner_pr", "外国人永久居留身份证", "Foreigner's permanent residence card"),
        Term("other", "其他证件", "Other document"),
    ),
)
RESIDENT_TYPE = Vocabulary(
    "resident_type",
    (
        Term("registered", "户籍人口", "Registered residents"),
        Term("floating", "流动人口", "Floating population"),
        Term("overseas", "境外人员", "Overseas persons"),
    ),
)
ETHNIC = Vocabulary(  # GB/T 3304-1991
    "ethnic",
    (
        Term("01", "汉族", "Han"),
        Term("02", "蒙古族", "Mongol"),
        Term("03", "回族", "Hui"),
        Term("04", "藏族", "Tibetan"),
        Term("05", "维吾尔族", "Uyghur"),
        Term("06", "苗族", "Miao"),
        Term("07", "彝族", "Yi"),
        Term("08", "壮族", "Zhuang"),
        Term("09", "布依族", "Bouyei"),
        Term("10", "朝鲜族", "Korean"),
        Term("11", "满族", "Manchu"),
        Term("12", "侗族", "Dong"),
        Term("13", "瑶族", "Yao"),
        Term("14", "白族", "Bai"),
        Term("15", "土家族", "Tujia"),
        Term("16", "哈尼族", "Hani"),
        Term("17", "哈萨克族", "Kazakh"),
        Term("18", "傣族", "Dai"),
        Term("19", "黎族", "Li"),
        Term("20", "傈僳族", "Lisu"),
        Term("21", "佤族", "Va"),
        Term("22", "畲族", "She"),
        Term("23", "高山族", "Gaoshan"),
        Term("24", "拉祜族", "Lahu"),
        Term("25", "水族", "Sui"),
        Term("26", "东乡族", "Dongxiang"),
        Term("27", "纳西族", "Nakhi"),
        Term("28", "景颇族", "Jingpo"),
        Term("29", "柯尔克孜族", "Kyrgyz"),
        Term("30", "土族", "Tu"),
        Term("31", "达斡尔族", "Daur"),
        Term("32", "仫佬族", "Mulao"),
        Term("33", "羌族", "Qiang"),
        Term("34", "布朗族", "Blang"),
        Term("35", "撒拉族", "Salar"),
        Term("36", "毛南族", "Maonan"),
        Term("37", "仡佬族", "Gelao"),
        Term("38", "锡伯族", "Xibe"),
        Term("39", "阿昌族", "Achang"),
        Term("40", "普米族", "Pumi"),
        Term("41", "塔吉克族", "Tajik"),
        Term("42", "怒族", "Nu"),
        Term("43", "乌孜别克族", "Uzbek"),
        Term("44", "俄罗斯族", "Russian"),
        Term("45", "鄂温克族", "Evenki"),
        Term("46", "德昂族", "De'ang"),
        Term("47", "保安族", "Bonan"),
        Term("48", "裕固族", "Yugur"),
        Term("49", "京族", "Gin"),
        Term("50", "塔塔尔族", "Tatar"),
        Term("51", "独龙族", "Derung"),
        Term("52", "鄂伦春族", "Oroqen"),
        Term("53", "赫哲族", "Hezhen"),
        Term("54", "门巴族", "Monba"),
        Term("55", "珞巴族", "Lhoba"),
        Term("56", "基诺族", "Jino"),
        Term("97", "其他", "Other"),
        Term("98", "外国血统中国籍人士", "Chinese citizen of foreign origin"),
    ),
)
RELATION = Vocabulary(  # GB/T 4761-2008: the "main" codes (x0) name the class; the others refine it
    "relation",
    (
        Term("01", "本人"),
        Term("02", "户主"),
        Term("10", "配偶"),
        Term("11", "夫"),
        Term("12", "妻"),
        Term("20", "子"),
        Term("21", "独生子"),
        Term("22", "长子"),
        Term("23", "次子"),
        Term("24", "三子"),
        Term("25", "四子"),
        Term("26", "五子"),
        Term("27", "养子或继子"),
        Term("28", "女婿"),
        Term("29", "其他儿子"),
        Term("30", "女"),
        Term("31", "独生女"),
        Term("32", "长女"),
        Term("33", "次女"),
        Term("34", "三女"),
        Term("35", "四女"),
        Term("36", "五女"),
        Term("37", "养女或继女"),
        Term("38", "儿媳"),
        Term("39", "其他女儿"),
        Term("40", "孙子、孙女或外孙子、外孙女"),
        Term("41", "孙子"),
        Term("42", "孙女"),
        Term("43", "外孙子"),
        Term("44", "外孙女"),
        Term("45", "孙媳妇或外孙媳妇"),
        Term("46", "孙女婿或外孙女婿"),
        Term("47", "曾孙子或外曾孙子"),
        Term("48", "曾孙女或外曾孙女"),
        Term("49", "其他孙子、孙女或外孙子、外孙女"),
        Term("50", "父母"),
        Term("51", "父亲"),
        Term("52", "母亲"),
        Term("53", "公公"),
        Term("54", "婆婆"),
        Term("55", "岳父"),
        Term("56", "岳母"),
        Term("57", "继父或养父"),
        Term("58", "继母或养母"),
        Term("59", "其他父母关系"),
        Term("60", "祖父母或外祖父母"),
        Term("61", "祖父"),
        Term("62", "祖母"),
        Term("63", "外祖父"),
        Term("64", "外祖母"),
        Term("65", "配偶的祖父母或外祖父母"),
        Term("66", "曾祖父"),
        Term("67", "曾祖母"),
        Term("68", "配偶的曾祖父母或外曾祖父母"),
        Term("69", "其他祖父母或外祖父母关系"),
        Term("70", "兄弟姐妹"),
        Term("71", "兄"),
        Term("72", "嫂"),
        Term("73", "弟"),
        Term("74", "弟媳"),
        Term("75", "姐姐"),
        Term("76", "姐夫"),
        Term("77", "妹妹"),
        Term("78", "妹夫"),
        Term("79", "其他兄弟姐妹"),
        Term("80", "其他"),
        Term("81", "伯父"),
        Term("82", "伯母"),
        Term("83", "叔父"),
        Term("84", "婶母"),
        Term("85", "舅父"),
        Term("86", "舅母"),
        Term("87", "姨父"),
        Term("88", "姨母"),
        Term("89", "姑父"),
        Term("90", "姑母"),
        Term("91", "堂兄弟、堂姐妹"),
        Term("92", "表兄弟、表姐妹"),
        Term("93", "侄子"),
        Term("94", "侄女"),
        Term("95", "外甥"),
        Term("96", "外甥女"),
        Term("97", "其他亲属"),
        Term("99", "非亲属"),
    ),
)
MAIN_RELATIONS: tuple[str, ...] = ("02", "10", "20", "30", "40", "50", "60", "70", "80", "97", "99")
FOLLOW_UP_WAY = Vocabulary(
    "followup_way",
    (
        Term("home_visit", "入户走访", "Home visit"),
        Term("phone", "电话", "Phone"),
        Term("interview", "约谈", "Interview"),
        Term("other", "其他", "Other"),
    ),
)

# -- reception: visits (DOMAIN §2) -----------------------------------------------------------------------------------

VISIT_OUTCOME = Vocabulary(
    "visit_outcome",
    (
        Term("answered", "当场解答", "Answered on the spot"),
        Term("to_mediation", "转矛盾纠纷", "To mediation"),
        Term("to_petition", "转信访", "To petition"),
        Term("to_police", "转派出所", "To the police station"),
        Term("other", "其他", "Other"),
    ),
)
URGENCY = Vocabulary(
    "urgency",
    (
        Term("normal", "一般", "Normal"),
        Term("urgent", "紧急", "Urgent"),
        Term("critical", "特急", "Very urgent"),
    ),
)

# -- reception: petitions (信访工作条例) -----------------------------------------------------------------------------

PETITION_CHANNEL = Vocabulary(  # art. 17
    "petition_channel",
    (
        Term("visit", "走访", "In person"),
        Term("letter", "书信", "Letter"),
        Term("phone", "电话", "Phone"),
        Term("fax", "传真", "Fax"),
        Term("network", "信息网络", "Online"),
    ),
)
PETITION_CATEGORY = Vocabulary(  # arts. 29-31
    "petition_category",
    (
        Term("claim", "申诉求决类", "Complaint or claim"),
        Term("suggestion", "建议意见类", "Suggestion or opinion"),
        Term("accusation", "检举控告类", "Report or accusation"),
    ),
)
PETITION_DECISION = Vocabulary(  # art. 32
    "petition_decision",
    (
        Term("support", "支持", "Supported"),
        Term("explain", "解释说明", "Explained"),
        Term("not_support", "不予支持", "Not supported"),
    ),
)
PETITION_STATUS = Vocabulary(
    "petition_status",
    (
        Term("registered", "已登记", "Registered"),
        Term("accepted", "已受理", "Accepted"),
        Term("rejected", "不予受理", "Not accepted"),
        Term("handling", "办理中", "Being handled"),
        Term("answered", "已答复", "Answered"),
        Term("review", "复查复核中", "Under review"),
        Term("closed", "已办结", "Closed"),
    ),
)

# -- mediation (人民调解法; DOMAIN §3) --------------------------------------------------------------------------------

CASE_SOURCE = Vocabulary(
    "case_source",
    (
        Term("application", "当事人申请", "Application by a party"),
        Term("initiative", "主动调解", "On the committee's initiative"),
        Term("from_visit", "来访转入", "From reception"),
        Term("grid", "网格上报", "Reported by a grid worker"),
        Term("police", "公安移交", "Handed over by the police"),
        Term("court", "法院委托", "Entrusted by a court"),
        Term("government", "政府指定", "Assigned by the government"),
        Term("screening", "排查发现", "Found in the weekly screening"),
    ),
)
CASE_STATUS = Vocabulary(
    "case_status",
    (
        Term("new", "新案件", "New"),
        Term("assigned", "已指派", "Assigned"),
        Term("transferred", "待签收", "Waiting for sign-off"),
        Term("returned", "被退回", "Returned"),
        Term("mediating", "调解中", "Mediating"),
        Term("agreed", "已达成协议", "Agreement reached"),
        Term("failed", "调解终结", "Ended without agreement"),
        Term("closed", "已结案", "Closed"),
    ),
)
CASE_OUTCOME = Vocabulary(
    "case_outcome",
    (
        Term("success_written", "调解成功（书面协议）", "Success (written agreement)"),
        Term("success_oral", "调解成功（口头协议）", "Success (oral agreement)"),
        Term("failed", "调解不成", "Mediation failed"),
        Term("terminated", "终止调解", "Terminated"),
        Term("transferred", "转交", "Transferred"),
    ),
)
PARTY_ROLE = Vocabulary(
    "party_role",
    (
        Term("applicant", "申请人", "Applicant"),
        Term("respondent", "被申请人", "Respondent"),
        Term("third_party", "第三人", "Third party"),
    ),
)
RISK_LEVEL = Vocabulary(
    "risk_level", (Term("low", "低", "Low"), Term("medium", "中", "Medium"), Term("high", "高", "High"))
)
CONSENT = Vocabulary(
    "consent",
    (
        Term("pending", "待当事人同意", "Consent pending"),
        Term("agreed", "当事人同意调解", "Parties agreed to mediation"),
        Term("refused", "当事人拒绝调解", "A party refused mediation"),
    ),
)
SATISFACTION = Vocabulary(
    "satisfaction",
    (
        Term("satisfied", "满意", "Satisfied"),
        Term("basically", "基本满意", "Mostly satisfied"),
        Term("dissatisfied", "不满意", "Dissatisfied"),
    ),
)
PERFORMANCE = Vocabulary(  # 协议履行, as found at a return visit
    "performance",
    (
        Term("full", "已履行", "Performed"),
        Term("partial", "部分履行", "Partly performed"),
        Term("none", "未履行", "Not performed"),
    ),
)
CASE_ATTACHMENT = Vocabulary(  # by the section of the dossier (卷宗) they belong to
    "case_attachment",
    (
        Term("identity", "当事人身份证明材料", "Identity documents of the parties"),
        Term("authorization", "授权委托书", "Power of attorney"),
        Term("investigation", "调查记录", "Investigation record"),
        Term("evidence", "证据材料", "Evidence"),
        Term("session", "调解现场照片或扫描件", "Photo or scan of a session"),
        Term("performance", "履行协议凭证", "Proof of performance"),
        Term("confirmation", "司法确认材料", "Judicial confirmation papers"),
        Term("note", "卷宗情况说明", "Note on the file"),
        Term("other", "其他", "Other"),
    ),
)

# -- the director's desk ------------------------------------------------------------------------------------------

INDICATOR = Vocabulary(  # services/dashboard/indicators.py: the same names on the desk and in the reports
    "indicator",
    (
        Term("petitions.timely_acceptance", "及时受理率", "Timely acceptance"),
        Term("petitions.on_time", "按期办结率", "Answered on time"),
        Term("petitions.participation", "参评率", "Evaluation rate"),
        Term("petitions.satisfaction", "群众满意率", "Satisfaction"),
        Term("petitions.repeat_rate", "重复信访率", "Repeat petitions"),
        Term("petitions.received", "信访总量", "Petitions received"),
        Term("petitions.collective", "集体访", "Collective petitions"),
        Term("petitions.overdue", "逾期信访事项", "Petitions overdue"),
        Term("cases.screened", "矛盾纠纷排查数", "Disputes screened"),
        Term("cases.mediated", "调处数", "Disputes mediated"),
        Term("cases.mediation_rate", "调处率", "Mediation rate"),
        Term("cases.succeeded", "调处成功数", "Disputes resolved"),
        Term("cases.success_rate", "调处成功率", "Success rate"),
        Term("cases.performance_rate", "协议履行率", "Agreements performed"),
        Term("cases.overdue", "逾期未办结纠纷", "Cases overdue"),
        Term("cases.bounced", "多次退回的纠纷", "Cases bounced twice or more"),
        Term("key_groups.visit_rate", "重点人群走访率", "Key-group visit rate"),
        Term("key_groups.mental_management", "严重精神障碍患者管理率", "Mental disorder: managed"),
        Term(
            "key_groups.mental_standard", "严重精神障碍患者规范管理率", "Mental disorder: managed to standard"
        ),
        Term("volunteers.registered", "注册志愿者", "Volunteers registered"),
        Term("volunteers.active", "参与服务志愿者", "Active volunteers"),
        Term("volunteers.hours", "志愿服务时长", "Volunteer hours"),
        Term("cameras.online_rate", "视频监控在线率", "Cameras online"),
    ),
)

# -- video monitoring (公共安全视频图像信息系统管理条例) ----------------------------------------------------------------

FOOTAGE_BASIS = Vocabulary(  # arts. 20-21
    "footage_basis",
    (
        Term("state_organ", "国家机关依法履职", "A state organ within its authority"),
        Term("data_subject", "本人或近亲属等查阅", "The person or a close relative"),
        Term("other", "其他", "Other"),
    ),
)
FOOTAGE_DECISION = Vocabulary(
    "footage_decision",
    (
        Term("pending", "待审批", "Pending"),
        Term("approved", "同意", "Approved"),
        Term("refused", "不同意", "Refused"),
    ),
)
FOOTAGE_ACCESS = Vocabulary(
    "footage_access",
    (
        Term("view", "查看", "View"),
        Term("copy", "复制", "Copy"),
        Term("export", "导出", "Export"),
    ),
)
FOOTAGE_STEP = Vocabulary(  # the lines of the 调阅登记簿
    "footage_step",
    (
        Term("filed", "登记申请", "Request registered"),
        Term("approved", "批准", "Approved"),
        Term("refused", "不予批准", "Refused"),
        Term("carried_out", "执行调阅", "Carried out"),
        Term("file", "导出文件", "File exported"),
        Term("corrected", "更正", "Corrected"),
        Term("voided", "作废", "Voided"),
    ),
)
CAMERA_VENDOR = Vocabulary(
    "camera_vendor",
    (
        Term("hikvision", "海康威视", "Hikvision"),
        Term("dahua", "大华", "Dahua"),
        Term("onvif", "ONVIF", "ONVIF"),
        Term("generic", "通用RTSP", "Generic RTSP"),
    ),
)
CAMERA_KIND = Vocabulary(
    "camera_kind",
    (
        Term("bullet", "枪机", "Bullet"),
        Term("dome", "半球", "Dome"),
        Term("ptz", "球机", "PTZ dome"),
        Term("other", "其他", "Other"),
    ),
)
CAMERA_STATE = Vocabulary(
    "camera_state",
    (
        Term("in_service", "在用", "In service"),
        Term("fault", "故障", "Fault"),
        Term("repair", "维修中", "Under repair"),
        Term("retired", "停用", "Retired"),
    ),
)
FILING_STATUS = Vocabulary(  # 备案 with the county police within 30 days of commissioning (art. 14)
    "filing_status",
    (
        Term("filed", "已备案", "Filed"),
        Term("pending", "待备案", "To be filed"),
        Term("due_soon", "即将到期", "Due soon"),
        Term("overdue", "逾期未备案", "Overdue"),
        Term("no_date", "未填启用日期", "No commissioning date"),
    ),
)
DUTY_KIND = Vocabulary(
    "duty_kind",
    (
        Term("duty", "值班记录", "Duty entry"),
        Term("handover", "交接班", "Handover"),
        Term("fault", "故障记录", "Fault"),
        Term("daily_check", "每日巡检", "Daily inspection"),
        Term("retention_check", "存储检查", "Retention check"),
        Term("snapshot", "截图", "Snapshot"),
    ),
)

# -- the working rhythm: grid reports, 集中排查, meetings, public safety (founding document §三 4-5, §四 6-7) ------------

GRID_ROUTE = Vocabulary(  # 回到社区再分家: where a grid report went
    "grid_route",
    (
        Term("case", "转矛盾纠纷调处", "To mediation as a dispute case"),
        Term("petition", "转信访事项", "To a petition"),
        Term("follow_up", "记入重点人员走访", "As a key-group follow-up"),
        Term("hazard", "登记安全隐患", "As a public-safety hazard"),
        Term("police", "告知社区民警", "Note to the police officer"),
        Term("handled", "当场处理完毕", "Handled on the spot"),
    ),
)
SCREENING_AREA = Vocabulary(  # §三 5(3) 集中排查: the five areas, in the document's order
    "screening_area",
    (
        Term("security", "治安问题", "Public order"),
        Term("dispute", "矛盾纠纷", "Disputes"),
        Term("petition", "信访苗头", "Signs of petitions"),
        Term("key_person", "重点人员", "Key persons"),
        Term("public_safety", "公共安全", "Public safety"),
    ),
)
ROUND_CADENCE = Vocabulary(
    "round_cadence",
    (
        Term("weekly", "每周排查", "Weekly"),
        Term("daily", "敏感时期每日排查", "Daily (sensitive period)"),
    ),
)
ROUND_STATUS = Vocabulary(  # a round that is due, as the director sees it
    "round_status",
    (
        Term("done", "按时报送", "Submitted on time"),
        Term("late", "逾期报送", "Submitted late"),
        Term("due", "待报送", "Due"),
        Term("missing", "未报送", "Missing"),
        Term("upcoming", "未到期", "Not yet due"),
    ),
)
MEETING_KIND = Vocabulary(  # §三 5(5)-(6)
    "meeting_kind",
    (
        Term("huddle", "碰头会", "Weekly huddle"),
        Term("police_meeting", "综治警务工作例会", "Fortnightly governance and police meeting"),
        Term("joint", "社区综治警务工作联席会", "Monthly joint meeting of the street"),
    ),
)
ATTENDEE_SIDE = Vocabulary(
    "attendee_side",
    (
        Term("staff", "中心工作人员", "Staff of the centre"),
        Term("police", "公安派出所", "Police"),
        Term("invited", "邀请单位", "Invited body"),
    ),
)
UNIT_KIND = Vocabulary(
    "unit_kind",
    (
        Term("shop", "商铺门店", "Shop"),
        Term("school", "学校幼儿园", "School or kindergarten"),
        Term("factory", "工厂企业", "Factory or company"),
        Term("rental", "出租房屋", "Rental building"),
        Term("market", "市场", "Market"),
        Term("hotel", "旅馆", "Hotel"),
        Term("public_place", "公共场所", "Public place"),
        Term("other", "其他单位", "Other"),
    ),
)
HAZARD_KIND = Vocabulary(
    "hazard_kind",
    (
        Term("fire", "消防安全", "Fire"),
        Term("gas", "燃气安全", "Gas"),
        Term("electric", "用电安全", "Electricity"),
        Term("building", "房屋建筑", "Building"),
        Term("crowd", "人员密集", "Crowds"),
        Term("other", "其他", "Other"),
    ),
)
HAZARD_SEVERITY = Vocabulary(
    "hazard_severity",
    (
        Term("general", "一般隐患", "General"),
        Term("major", "重大隐患", "Major"),
    ),
)
HAZARD_STATUS = Vocabulary(
    "hazard_status",
    (
        Term("open", "待整改", "To be corrected"),
        Term("corrected", "复查已整改", "Corrected (re-inspected)"),
        Term("closed", "已销号", "Closed"),
    ),
)

# -- volunteers (志愿服务条例; DOMAIN §6) --------------------------------------------------------------------------------

VOLUNTEER_STATUS = Vocabulary(
    "volunteer_status",
    (
        Term("active", "在册", "Active"),
        Term("paused", "暂停服务", "Paused"),
        Term("left", "已退出", "Left"),
    ),
)
ACTIVITY_KIND = Vocabulary(
    "activity_kind",
    (
        Term("patrol", "治安巡逻", "Patrol"),
        Term("duty", "中心值守", "Duty at the centre"),
        Term("publicity", "宣传活动", "Publicity event"),
        Term("mediation", "协助调解", "Mediation assistance"),
        Term("emergency", "应急出动", "Emergency call-out"),
        Term("other", "其他", "Other"),
    ),
)
RECURRENCE = Vocabulary(
    "recurrence",
    (
        Term("once", "单次", "Once"),
        Term("weekly", "每周固定日", "Every week on chosen days"),
        Term("workdays", "每个工作日", "Every working day"),
    ),
)
WEEKDAY = Vocabulary(  # ISO weekdays
    "weekday",
    (
        Term("1", "周一", "Mon"),
        Term("2", "周二", "Tue"),
        Term("3", "周三", "Wed"),
        Term("4", "周四", "Thu"),
        Term("5", "周五", "Fri"),
        Term("6", "周六", "Sat"),
        Term("7", "周日", "Sun"),
    ),
)
SIGN_UP_HOW = Vocabulary(
    "sign_up_how",
    (
        Term("signed_up", "本人报名", "Signed up"),
        Term("assigned", "安排", "Assigned"),
        Term("walk_in", "现场签到", "Walked in"),
        Term("entered", "事后补录", "Entered afterwards"),
    ),
)
HOURS_STATUS = Vocabulary(
    "hours_status",
    (
        Term("none", "未记时长", "No hours yet"),
        Term("pending", "待审核", "Waiting for approval"),
        Term("flagged", "未签退待确认", "Not checked out: to confirm"),
        Term("approved", "已审核", "Approved"),
        Term("rejected", "未通过", "Rejected"),
    ),
)
HOURS_ACTION = Vocabulary(
    "hours_action",
    (
        Term("check_out", "签退计时", "From check-out"),
        Term("auto_close", "日终自动签退", "Closed at the end of the day"),
        Term("enter", "负责人录入", "Entered by the leader"),
        Term("approve", "审核通过", "Approved"),
        Term("reject", "审核不通过", "Rejected"),
        Term("correct", "更正", "Corrected"),
    ),
)
STAR_LEVEL = Vocabulary(  # 星级志愿者: by approved hours (DOMAIN §6)
    "star_level",
    (
        Term("0", "", ""),
        Term("1", "一星级志愿者", "One star"),
        Term("2", "二星级志愿者", "Two stars"),
        Term("3", "三星级志愿者", "Three stars"),
        Term("4", "四星级志愿者", "Four stars"),
        Term("5", "五星级志愿者", "Five stars"),
    ),
)
