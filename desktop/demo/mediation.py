"""The mediation room of the demo (人民调解): cases with their parties, transfers, sessions, agreements and
return visits, each walked from intake to today.

The cases arrive inside the year of work (reception.py drives the months and hands them to ``Committee``);
see ``desktop.demo.ROOMS``.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from desktop.demo.base import (
    CASE_NO_PREFIX,
    COMPOUND_HEADS,
    SHOP_STREETS,
    Context,
    Picker,
    age_on,
    deadline,
    draw,
    next_workday,
)
from desktop.models import Agreement, CaseParty, CaseTransfer, DisputeCase, MediationSession, ReturnVisit
from desktop.services.core.permissions import Role

BASE_EXTRA_CASES_PER_MONTH = 4.0  # at scale 1.0: grid, police, court, initiative... (visits bring their own)

_DISPUTE_TYPES = (
    ("neighbour", 25),
    ("marriage_family", 18),
    ("property_mgmt", 15),
    ("labour", 10),
    ("damages", 10),
    ("housing_land", 8),
    ("contract", 7),
    ("other", 3),
    ("medical", 2),
    ("expropriation", 2),
    ("forest_land", 1),
)
# dispute type -> ((facts, claims, terms), ...); {a} applicant, {b} respondent, {amt} amount, {d} a date
_DISPUTES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "neighbour": (
        (
            "{a}与{b}系上下楼邻居。{b}家卫生间渗水，致{a}家顶棚墙面受损，双方多次协商未果。",
            "要求{b}修复卫生间防水层并赔偿装修损失{amt}元。",
            "一、{b}于{d}前请专业人员修复卫生间防水层；\n二、{b}一次性补偿{a}装修损失人民币{amt}元；\n"
            "三、双方今后互谅互让，和睦相处。",
        ),
        (
            "{a}与{b}系对门邻居，{b}长期在楼道内堆放杂物，双方多次发生口角。",
            "要求{b}清理楼道杂物，保持消防通道畅通。",
            "一、{b}于{d}前清理楼道内堆放的杂物；\n二、双方互相谅解，不再因此事发生争执。",
        ),
    ),
    "marriage_family": (
        (
            "{a}与{b}系兄弟姐妹关系，因母亲赡养费用分担及日常照料问题发生争执。",
            "要求{b}按月分担母亲赡养费用{amt}元。",
            "一、{a}、{b}每人每月各承担母亲生活费人民币{amt}元，于每月5日前支付；\n"
            "二、母亲由{a}照料，{b}每周探望不少于一次。",
        ),
        (
            "{a}与{b}系夫妻关系，因家庭琐事及共同财产使用问题多次争吵。",
            "要求对家庭开支作出约定，停止争吵。",
            "一、双方约定家庭日常开支由双方共同承担；\n二、双方互相尊重，遇事协商解决。",
        ),
    ),
    "property_mgmt": (
        (
            "{a}认为物业服务不到位，拒绝缴纳物业费，{b}多次催缴未果。",
            "要求减免部分物业费并改进服务。",
            "一、{a}于{d}前缴纳拖欠的物业费人民币{amt}元；\n二、{b}于一个月内修复单元门禁并加强保洁。",
        ),
    ),
    "labour": (
        (
            "{a}在{b}从事保洁工作，{b}拖欠{a}工资共计{amt}元。",
            "要求{b}支付拖欠工资{amt}元。",
            "一、{b}于{d}前一次性支付{a}工资人民币{amt}元；\n二、双方劳动关系于本协议签订之日解除，再无其他争议。",
        ),
    ),
    "damages": (
        (
            "{a}在小区内被{b}驾驶的电动自行车撞伤，花去医疗费等费用，双方就赔偿数额协商未果。",
            "要求{b}赔偿医疗费、误工费等共计{amt}元。",
            "一、{b}于{d}前一次性赔偿{a}医疗费、误工费等各项损失共计人民币{amt}元；\n"
            "二、{a}不再就此事向{b}主张其他权利。",
        ),
        (
            "{b}饲养的犬只将{a}咬伤，{a}注射狂犬疫苗等花费若干，双方协商未果。",
            "要求{b}赔偿医疗费等共计{amt}元并规范养犬。",
            "一、{b}于{d}前赔偿{a}医疗费等共计人民币{amt}元；\n二、{b}今后出户遛犬须牵绳。",
        ),
    ),
    "housing_land": (
        (
            "{a}与{b}因加装电梯占用公共部位、影响采光问题发生争议。",
            "要求调整电梯加装方案并给予采光补偿。",
            "一、加装电梯方案调整，避让{a}家窗户；\n二、{b}承担{a}家采光补偿人民币{amt}元。",
        ),
    ),
    "contract": (
        (
            "{a}租住{b}的房屋，租期届满后{b}以房屋有损坏为由拒绝退还押金{amt}元。",
            "要求{b}退还押金{amt}元。",
            "一、{b}于{d}前退还{a}押金人民币{amt}元；\n二、双方租赁关系终止，再无其他纠纷。",
        ),
    ),
    "medical": (
        (
            "{a}在{b}处就诊后出现不良反应，认为{b}存在过错，双方协商赔偿未果。",
            "要求{b}赔偿医疗费等损失{amt}元。",
            "一、{b}于{d}前一次性补偿{a}人民币{amt}元；\n二、双方就此事再无其他争议。",
        ),
    ),
    "expropriation": (
        (
            "{a}对旧城改造中{b}提出的附属物补偿标准有异议。",
            "要求按实际面积重新核算补偿{amt}元。",
            "一、{b}重新核算附属物面积，补偿{a}人民币{amt}元；\n二、{a}于{d}前腾空房屋。",
        ),
    ),
    "forest_land": (
        (
            "{a}与{b}因老家承包地流转收益分配问题发生争议。",
            "要求{b}分配流转收益{amt}元。",
            "一、{b}于{d}前支付{a}承包地流转收益人民币{amt}元；\n二、今后收益按份分配。",
        ),
    ),
    "other": (
        (
            "{a}与{b}因共用晾衣架、公共绿地种菜等生活琐事发生争执。",
            "要求{b}停止占用公共部位。",
            "一、{b}于{d}前清除在公共绿地种植的蔬菜；\n二、双方今后共同维护公共环境。",
        ),
    ),
}
# amount in dispute, in hundreds of yuan (a monthly contribution for family support)
_AMOUNTS = {
    "marriage_family": (5, 30),
    "neighbour": (10, 200),
    "property_mgmt": (10, 80),
    "labour": (30, 600),
    "damages": (20, 500),
    "contract": (10, 100),
    "housing_land": (20, 300),
    "medical": (20, 500),
    "expropriation": (100, 2000),
    "forest_land": (20, 200),
}
_TRANSFER_BODY = {
    "labour": "劳动监察",
    "property_mgmt": "物业主管部门",
    "damages": "派出所",
    "medical": "法院",
    "contract": "法院",
    "marriage_family": "司法所",
}
_REMEDIES = "已告知当事人可依法申请仲裁、请求行政机关处理或者向人民法院提起诉讼。"

_DISPUTE_PICKER = Picker(_DISPUTE_TYPES)
_SESSION_RESULT = {
    "success_written": "经调解，双方自愿达成书面调解协议。",
    "success_oral": "经调解，双方达成口头协议，已记录在案。",
    "failed": "双方分歧较大，调解不成，已告知其他救济途径。",
    "terminated": "一方当事人明确表示不愿继续调解，调解终止。",
}


class Committee:
    """The people's mediation committee of the demo: its cases, numbered per year, and their stories.

    The year of work (reception.py) hands the cases in month by month, with the year's random stream
    ("work"): a case spec is ``{"_day", "_source", "_type", "_applicant", "_visit"}`` (``_visit``: the
    visit row it came from, whose ``dispute_case_id`` the desk fills in, or None).
    """

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self._case_seq: dict[int, int] = {}

    def cases_from_elsewhere(self, rng: random.Random, d: date) -> list[dict]:
        """The day's cases that did not come through the door (grid, police, court, initiative...)."""
        specs = []
        for _ in range(draw(rng, BASE_EXTRA_CASES_PER_MONTH * self.ctx.scale / 30)):
            source = rng.choices(
                ("application", "initiative", "grid", "police", "court", "government", "screening"),
                cum_weights=(30, 45, 70, 85, 90, 95, 100),
            )[0]
            specs.append(
                {
                    "_day": d,
                    "_source": source,
                    "_type": _DISPUTE_PICKER(rng),
                    "_applicant": self.ctx.resident_or_outsider(rng, 0.85),
                    "_visit": None,
                }
            )
        return specs

    @staticmethod
    def case_from_visit(rng: random.Random, d: date, dispute_type: str, who: dict, visit: dict) -> dict:
        """A visit the desk handed to mediation (its ``dispute_case_id`` is filled in when written)."""
        return {
            "_day": d,
            "_source": "from_visit",
            "_type": dispute_type if dispute_type != "other" else _DISPUTE_PICKER(rng),
            "_applicant": who,
            "_visit": visit,
        }

    def write(self, rng: random.Random, specs: list[dict]) -> list[int]:
        """Write the cases (sorted by day) with their parties, sessions, agreements, return visits; ids."""
        specs.sort(key=lambda s: s["_day"])
        mediator, director = self.ctx.staff[Role.MEDIATOR.value], self.ctx.staff[Role.DIRECTOR.value]
        names = {
            mediator: self.ctx.staff_names[Role.MEDIATOR.value],
            director: self.ctx.staff_names[Role.DIRECTOR.value],
        }
        recorder = self.ctx.staff_names[Role.RECEPTION.value]
        rows, stories = [], []
        for spec in specs:
            accepted: date = spec["_day"]
            if spec["_source"] != "from_visit":
                accepted = next_workday(accepted)
                if accepted > self.ctx.today:
                    accepted = spec["_day"]
            year = accepted.year
            seq = self._case_seq[year] = self._case_seq.get(year, 0) + 1
            dtype = spec["_type"]
            a = spec["_applicant"]
            b = self._respondent(rng, dtype)
            low, high = _AMOUNTS.get(dtype, (0, 0))
            amount = Decimal(rng.randint(low, high) * 100) if high and rng.random() < 0.85 else None
            facts, claims, terms = rng.choice(_DISPUTES[dtype])
            fill = {
                "a": a["name"],
                "b": b["name"],
                "amt": f"{amount:.0f}" if amount else "若干",
                "d": f"{accepted + timedelta(days=30):%Y年%m月%d日}",
            }
            m_id = mediator if rng.random() < 0.8 else director
            row = {
                "case_no": f"（{year}）{CASE_NO_PREFIX}人调字第{seq}号",
                "year": year,
                "seq": seq,
                "source": spec["_source"],
                "dispute_type": dtype,
                "grid_id": a.get("grid_id") or rng.choice(self.ctx.grids)[0],
                "facts": facts.format(**fill),
                "claims": claims.format(**fill),
                "amount": amount,
                "people_involved": rng.randint(3, 12) if dtype == "labour" and rng.random() < 0.2 else 2,
                "risk_level": rng.choices(("low", "medium", "high"), cum_weights=(75, 95, 100))[0],
                "police_flag": False,
                "police_flag_ack_at": None,
                "consent": "agreed",
                "status": "new",
                "accepted_on": accepted,
                "due_on": deadline(accepted, 30),
                "mediator_id": None,
                "outcome": None,
                "remedies_told": None,
                "closed_on": None,
                "voided_at": None,
                "void_reason": None,
                **self.ctx.meta(accepted),
            }
            if rng.random() < 0.03:
                row["police_flag"] = True
                row["risk_level"] = "high"
                if accepted < self.ctx.today:
                    row["police_flag_ack_at"] = self.ctx.at(accepted, 11, rng.randint(0, 59))
            rows.append(row)
            stories.append(
                self._case_story(rng, row, a, b, terms.format(**fill), m_id, names[m_id], recorder)
            )
        ids = self.ctx.writer.add_ids(DisputeCase, rows)
        parties, transfers, sessions, agreements, visits = [], [], [], [], []
        for cid, (own_parties, transfer, own_sessions, agreement, return_visit) in zip(
            ids, stories, strict=True
        ):
            for p in own_parties:
                p["case_id"] = cid
            parties.extend(own_parties)
            if transfer:
                transfer["case_id"] = cid
                transfers.append(transfer)
            for s in own_sessions:
                s["case_id"] = cid
            sessions.extend(own_sessions)
            if agreement:
                agreement["case_id"] = cid
                agreements.append((agreement, return_visit))
        self.ctx.writer.add(CaseParty, parties)
        self.ctx.writer.add(CaseTransfer, transfers)
        self.ctx.writer.add(MediationSession, sessions)
        agreement_ids = self.ctx.writer.add_ids(Agreement, [ag for ag, _ in agreements])
        for (ag, rv), ag_id in zip(agreements, agreement_ids, strict=True):
            if rv:
                rv["case_id"], rv["agreement_id"] = ag["case_id"], ag_id
                visits.append(rv)
        self.ctx.writer.add(ReturnVisit, visits)
        return ids

    def _respondent(self, rng, dtype: str) -> dict:
        if dtype in ("labour", "property_mgmt", "medical", "expropriation"):
            org = {
                "labour": rng.choice(self.ctx.companies),
                "property_mgmt": f"{rng.choice(COMPOUND_HEADS)}物业管理有限公司",
                "medical": f"{rng.choice(COMPOUND_HEADS)}诊所",
                "expropriation": "鼓楼区旧城改造指挥部",
            }[dtype]
            return {
                "id": None,
                "name": org,
                "sex": None,
                "birth_date": None,
                "ethnic_code": None,
                "phone": f"025-8{rng.randrange(10**7):07d}",
                "employer": None,
                "org": True,
                "address": f"南京市鼓楼区{rng.choice(SHOP_STREETS)}{rng.randint(1, 300)}号",
            }
        return self.ctx.resident_or_outsider(rng, 0.7)

    def _party(self, rng, who: dict, role: str, d: date) -> dict:
        org = who.get("org", False)
        birth = who.get("birth_date")
        if org:
            occupation = None
        elif birth and age_on(birth, d) >= 60:
            occupation = "退休"
        else:
            occupation = (
                rng.choice(self.ctx.jobs)
                if rng.random() < 0.7
                else rng.choice(("个体经营", "无业", "自由职业"))
            )
        return {
            "person_id": who["id"],
            "role": role,
            "name": who["name"],
            "sex": who["sex"],
            "ethnic_code": who["ethnic_code"],
            "birth_date": birth,
            "occupation": occupation,
            "phone": who["phone"],
            "address": who["address"],
            "agent_name": self.ctx.name(rng, rng.choice("12")) if (org or rng.random() < 0.05) else None,
            **self.ctx.meta(d),
        }

    def _case_story(
        self,
        rng,
        row: dict,
        a: dict,
        b: dict,
        terms: str,
        mediator_id: int,
        mediator_name: str,
        recorder: str,
    ):
        """Walk a case from intake to today: status, transfer, sessions, agreement, return visit."""
        today, accepted = self.ctx.today, row["accepted_on"]
        parties = [self._party(rng, a, "applicant", accepted), self._party(rng, b, "respondent", accepted)]
        if rng.random() < 0.08:
            parties.append(self._party(rng, self.ctx.resident_or_outsider(rng, 0.7), "third_party", accepted))
        transfer = agreement = return_visit = None
        sessions: list[dict] = []
        age = (today - accepted).days

        if rng.random() < 0.04:  # a party refuses mediation (人民调解法 art. 17)
            row.update(
                consent="refused",
                status="closed",
                outcome="terminated",
                remedies_told=_REMEDIES,
                closed_on=min(today, accepted + timedelta(days=rng.randint(1, 5))),
            )
            return parties, None, [], None, None
        if age < 1:
            row["consent"] = "pending"
            return parties, None, [], None, None
        row["mediator_id"] = mediator_id
        row["status"] = "assigned"
        start = accepted
        if rng.random() < 0.1:
            body = _TRANSFER_BODY.get(row["dispute_type"], rng.choice(("司法所", "法院", "派出所")))
            sent = min(today, accepted + timedelta(days=rng.randint(0, 3)))
            transfer = {
                "body": body,
                "sent_on": sent,
                "signed_on": None,
                "returned_on": None,
                "return_reason": None,
                **self.ctx.meta(sent),
            }
            answer = sent + timedelta(days=rng.randint(1, 4))
            if answer > today:
                row["status"] = "transferred"
                return parties, transfer, [], None, None
            if rng.random() < 0.85:
                transfer["signed_on"] = answer
                row.update(status="closed", outcome="transferred", closed_on=answer)
                return parties, transfer, [], None, None
            transfer["returned_on"] = answer
            transfer["return_reason"] = "经审查不属于本单位职责范围，退回社区人民调解委员会继续调解"
            row["status"] = "returned"
            start = answer
        stuck = age <= 75 and rng.random() < 0.06  # drags on past its month: shows as overdue
        n_sessions = rng.choices((1, 2, 3), cum_weights=(55, 85, 100))[0]
        outcome = rng.choices(
            ("success_written", "success_oral", "failed", "terminated"), cum_weights=(60, 75, 95, 100)
        )[0]
        days: list[date] = []
        d = start + timedelta(days=rng.randint(2, 8))
        for _ in range(n_sessions):
            d = next_workday(d)
            if d > today:
                break
            days.append(d)
            d += timedelta(days=rng.randint(3, 9))
        concluded = len(days) == n_sessions and not stuck
        attendees = "、".join(p["name"] for p in parties)
        for i, d in enumerate(days):
            final = concluded and i == len(days) - 1
            held = self.ctx.at(d, rng.choice((9, 10, 14, 15)), rng.choice((0, 30)))
            sessions.append(
                {
                    "held_at": held,
                    "place": "矛盾纠纷调处室" if rng.random() < 0.85 else "当事人家中",
                    "mediators": mediator_name,
                    "recorder": recorder,
                    "attendees": attendees,
                    "rights_told": True,
                    "statements": f"申请人{a['name']}陈述：{row['claims']}\n"
                    f"被申请人{b['name']}陈述：对部分事实有异议，愿意协商解决。",
                    "facts_verified": row["facts"],
                    "risk_warning": "经研判，纠纷暂无激化风险。"
                    if row["risk_level"] == "low"
                    else "纠纷存在激化可能，已提醒双方理性表达诉求，并告知社区民警。",
                    "result": _SESSION_RESULT[outcome] if final else "双方同意择日继续调解。",
                    "voided_at": None,
                    "void_reason": None,
                    **self.ctx.meta(d, held),
                }
            )
        if days:
            row["status"] = "mediating"
        if not concluded:
            return parties, transfer, sessions, None, None
        d = days[-1]
        row["outcome"] = outcome
        if outcome.startswith("success"):
            agreement = {
                "agreement_no": row["case_no"].replace("人调字", "人调协字"),
                "kind": "written" if outcome == "success_written" else "oral",
                "terms": terms,
                "performance": "",
                "signed_on": d,
                "effective_on": d,
                "judicial_confirmation_applied_on": None,
                "voided_at": None,
                "void_reason": None,
                **self.ctx.meta(d),
            }
            if outcome == "success_written" and rng.random() < 0.15:
                applied = d + timedelta(days=rng.randint(3, 25))
                agreement["judicial_confirmation_applied_on"] = applied if applied <= today else None
            row["status"] = "agreed"
            due = deadline(d, 15)
            return_visit = {
                "due_on": due,
                "done_on": None,
                "performance": None,
                "performed": None,
                "satisfaction": None,
                "lawsuit": False,
                "escalation_signs": None,
                "visitor_id": mediator_id,
                "voided_at": None,
                "void_reason": None,
                **self.ctx.meta(d),
            }
            if due <= today and rng.random() < 0.9:
                done = min(today, due + timedelta(days=rng.randint(-3, 3)))
                performed = rng.random() < 0.9
                return_visit.update(
                    done_on=done,
                    performance="协议已履行完毕" if performed else "部分履行，剩余款项约定下月付清",
                    performed="full" if performed else "partial",
                    satisfaction=rng.choices(
                        ("satisfied", "basically", "dissatisfied"), cum_weights=(75, 95, 100)
                    )[0],
                    escalation_signs=None if performed else "暂无激化迹象，继续关注",
                    updated_at=self.ctx.stamp(done),
                )
                agreement["performance"] = "已履行" if performed else "部分履行"
                row.update(status="closed", closed_on=done)
        else:
            row["remedies_told"] = _REMEDIES
            closed = d + timedelta(days=rng.randint(0, 3))
            row["status"] = "failed"
            if closed <= today:
                row.update(status="closed", closed_on=closed)
        return parties, transfer, sessions, agreement, return_visit
