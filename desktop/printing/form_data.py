"""What a filled form prints: frozen dataclasses, plain values, no SQLAlchemy.

The print service builds them from records (labels already in Chinese, ID numbers already masked as the
user's rights require); tests build them by hand. Dates are local dates/datetimes; empty strings and None
print as blanks to fill by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from desktop.services.core import vocabulary


@dataclass(frozen=True)
class PartyData:
    """A party to a dispute (当事人). ``role`` is printed as is: 申请人 / 被申请人 / 第三人."""

    role: str
    name: str
    sex: str = ""  # 男 / 女
    ethnicity: str = ""  # 汉族 …
    age: str = ""
    occupation: str = ""
    phone: str = ""
    address: str = ""
    agent: str = ""  # 委托代理人

    @property
    def is_applicant(self) -> bool:
        return self.role == "申请人"


@dataclass(frozen=True)
class VisitFormData:
    """来访登记表, filled from a visit."""

    number: str
    visitor_name: str
    sex: str = ""
    age: str = ""
    id_type: str = ""
    id_number: str = ""
    phone: str = ""
    address: str = ""
    time_in: datetime | None = None
    time_out: datetime | None = None
    people_count: int = 1
    is_group: bool = False
    representatives: str = ""
    purpose: str = ""
    whom: str = ""
    content: str = ""
    handled_by: str = ""
    outcome: str = ""  # one of VISIT_OUTCOMES
    urgency: str = ""  # one of URGENCIES
    follow_up: str = ""


VISIT_OUTCOMES = tuple(t.zh for t in vocabulary.VISIT_OUTCOME.terms)
URGENCIES = ("一般", "紧急", "特急")


@dataclass(frozen=True)
class CaseFormData:
    """A dispute case (矛盾纠纷): application, acceptance register, rights notice, file cover and index."""

    case_no: str
    committee: str = ""
    accepted_on: date | None = None
    source: str = ""  # 当事人申请 / 主动调解 / 公安移交 …
    dispute_type: str = ""
    facts: str = ""
    claims: str = ""
    parties: tuple[PartyData, ...] = ()
    mediator: str = ""
    registrar: str = ""
    closed_on: date | None = None

    @property
    def party_names(self) -> str:
        return "、".join(p.name for p in self.parties)


@dataclass(frozen=True)
class SessionFormData:
    """调解记录: one mediation session of a case."""

    case: CaseFormData
    held_at: datetime | None = None
    place: str = ""
    mediators: str = ""
    recorder: str = ""
    attendees: str = ""
    rights_told: bool = True
    statements: str = ""
    facts_verified: str = ""
    risk_warning: str = ""
    result: str = ""
    remedies: str = ""  # on failure: arbitration / administrative / court, as told (人民调解法 art. 26)


@dataclass(frozen=True)
class AgreementFormData:
    """人民调解协议书 (人民调解法 art. 29); one copy for each party and one for the committee."""

    case: CaseFormData
    agreement_no: str
    facts: str = ""  # 纠纷主要事实、争议事项
    terms: str = ""  # 经调解，自愿达成如下协议
    performance: str = ""  # 履行方式、时限
    signed_on: date | None = None
    mediator: str = ""
    recorder: str = ""

    @property
    def copies(self) -> int:
        return len(self.case.parties) + 1


@dataclass(frozen=True)
class ReturnVisitFormData:
    """回访记录."""

    parties: str
    agreement_no: str = ""
    case_no: str = ""
    reason: str = ""
    performance: str = ""
    satisfaction: str = ""  # one of SATISFACTION
    lawsuit: bool | None = None
    escalation_signs: str = ""
    visitor: str = ""
    visited_on: date | None = None


SATISFACTION = ("满意", "基本满意", "不满意")


@dataclass(frozen=True)
class FileEntry:
    """One line of 卷内目录."""

    title: str
    pages: str = ""
    note: str = ""


CASE_FILE_DOCUMENTS = (
    "人民调解申请书或受理登记表",
    "当事人权利义务告知书",
    "当事人身份证明材料",
    "授权委托书",
    "调查记录",
    "证据材料",
    "人民调解记录",
    "人民调解协议书",
    "履行协议凭证",
    "回访记录",
    "司法确认材料",
    "卷宗情况说明",
    "封底",
)


@dataclass(frozen=True)
class CaseFileFormData:
    """卷宗封面 and 卷内目录 of a closed case."""

    case: CaseFormData
    title: str = ""  # 卷名, e.g. "张三与李四邻里纠纷"
    volume_no: str = ""  # 卷号 "（2025）华人调字第 12 号"
    mediators: str = ""
    date_from: date | None = None
    date_to: date | None = None
    filed_by: str = ""
    filed_on: date | None = None
    retention: str = ""  # 保管期限
    notes: str = ""
    entries: tuple[FileEntry, ...] = field(default=tuple(FileEntry(t) for t in CASE_FILE_DOCUMENTS))


@dataclass(frozen=True)
class PetitionNoticeData:
    """受理告知书 / 不予受理告知书 (信访工作条例 art. 23)."""

    petition_no: str
    petitioner: str
    received_on: date | None = None
    channel: str = ""  # 走访 / 书信 / 电话 / 传真 / 网络
    subject: str = ""  # what it is about, in a few words
    decided_on: date | None = None
    reason: str = ""  # why not accepted
    refer_to: str = ""  # the body that may handle it
    query: str = ""  # how to ask about progress
    handle_by: date | None = None  # the day the accepted matter is to be answered by (art. 34)
    calendar_note: str = (
        ""  # printed under the text when that day lies in a year whose schedule is unpublished
    )


@dataclass(frozen=True)
class FootageRequestData:
    """调阅监控录像审批表 (公共安全视频图像信息系统管理条例 arts. 16, 20-22)."""

    number: str
    requester_org: str = ""
    requester_name: str = ""
    requester_id: str = ""
    basis: str = ""  # one of FOOTAGE_BASES
    reason: str = ""
    camera: str = ""
    window_start: datetime | None = None
    window_end: datetime | None = None
    decision: str = ""  # 同意 / 不同意
    approver: str = ""
    decided_at: datetime | None = None
    accessed_at: datetime | None = None
    handler: str = ""


FOOTAGE_BASES = ("国家机关依法履职", "本人或近亲属等查阅", "其他")


@dataclass(frozen=True)
class ServiceItem:
    day: date | None
    content: str
    place: str = ""
    hours: str = ""


@dataclass(frozen=True)
class VolunteerCertificateData:
    """志愿服务证明 (志愿服务条例 art. 19 ff.; free, true to the record), as issued under its number."""

    cert_no: str
    name: str
    id_type: str = ""
    id_number: str = ""
    volunteer_no: str = ""
    total_hours: str = ""
    period_from: date | None = None
    period_to: date | None = None
    services: tuple[ServiceItem, ...] = ()
    issuer: str = ""
    person_in_charge: str = ""
    handler: str = ""
    handler_phone: str = ""
    issued_on: date | None = None
    purpose: str = ""


@dataclass(frozen=True)
class VolunteerRow:
    name: str
    volunteer_no: str = ""
    sex: str = ""
    phone: str = ""
    team: str = ""
    joined_on: date | None = None
    hours: str = ""
    star: str = ""  # 一星级志愿者 …


@dataclass(frozen=True)
class VolunteerRosterData:
    """志愿者花名册: the whole list."""

    rows: tuple[VolunteerRow, ...] = ()
    as_of: date | None = None


@dataclass(frozen=True)
class VolunteerCardData:
    """志愿者证 (credit-card size): the QR code holds the volunteer number, what the desk's scanner types."""

    name: str
    volunteer_no: str
    team: str = ""
    photo: bytes | None = None  # the stored photo as it was uploaded
    issuer: str = ""
    joined_on: date | None = None


@dataclass(frozen=True)
class VolunteerCardSheetData:
    """Cards to print 10 to an A4 sheet, with cut marks."""

    cards: tuple[VolunteerCardData, ...] = ()


@dataclass(frozen=True)
class VisitLogRow:
    """One visit of the 来访登记簿 (ID number and phone already masked)."""

    time_in: datetime | None
    time_out: datetime | None = None
    name: str = ""
    sex: str = ""
    people: int = 1
    id_number: str = ""
    phone: str = ""
    purpose: str = ""
    content: str = ""
    handled_by: str = ""
    outcome: str = ""
    where: str = ""  # where the matter went: 信访XF…, 调解（2025）…, 派出所…
    auto_closed: bool = False


@dataclass(frozen=True)
class VisitLogData:
    """来访登记簿: the visits of one day."""

    day: date | None = None
    rows: tuple[VisitLogRow, ...] = ()


PETITION_DECISIONS = tuple(t.zh for t in vocabulary.PETITION_DECISION.terms)  # 信访工作条例 art. 32


@dataclass(frozen=True)
class PetitionDecisionData:
    """信访事项处理意见书 (信访工作条例 arts. 31(6), 32, 35)."""

    petition_no: str
    petitioner: str
    address: str = ""
    received_on: date | None = None
    channel: str = ""
    accepted_on: date | None = None
    request: str = ""  # 投诉请求
    facts: str = ""  # 事实和理由 (as the petitioner stated them)
    findings: str = ""  # what the centre found, and the reasons of its opinion
    decision: str = ""  # one of PETITION_DECISIONS
    legal_basis: str = ""
    review_body: str = ""  # 上一级机关、单位 the 复查 is asked of
    extension: str = ""  # an approved extension and its reason (art. 34), when there was one
    decided_on: date | None = None
