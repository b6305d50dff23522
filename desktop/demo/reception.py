"""The reception room of the demo: a year of visits at the front desk and of petitions (信访), month by month.

The year of work also carries the committee's cases: a visit handed to mediation, and the cases that come
from elsewhere, are drawn here in the order they happen and written by ``mediation.Committee`` inside the
same month. One seeded stream draws all three, so they stay in one loop (splitting it would reshuffle
every case and visit).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from desktop.demo import mediation
from desktop.demo.base import Context, Picker, deadline, draw
from desktop.models import Petition, PetitionStep, Visit
from desktop.services.core.permissions import Role

BASE_VISITS_PER_WORKDAY = 6.0  # at scale 1.0
BASE_EXTRA_PETITIONS_PER_MONTH = 3.0  # letters, phone, network (visits bring their own)

_VISIT_PURPOSES = (
    ("consult", 30),
    ("service", 20),
    ("complaint", 12),
    ("report", 12),
    ("help", 8),
    ("mediation", 8),
    ("other", 6),
    ("petition", 4),
)
# purpose -> ((content, dispute type when it turns into a case), ...)
_VISIT_CONTENT: dict[str, tuple[tuple[str, str], ...]] = {
    "consult": (
        ("咨询居住证办理所需材料", "other"),
        ("咨询城乡居民医疗保险缴费事宜", "other"),
        ("咨询高龄津贴申领条件", "other"),
        ("咨询出租房屋登记手续", "other"),
        ("咨询法律援助申请条件", "other"),
        ("咨询子女入学需要的居住证明", "other"),
        ("咨询最低生活保障申请流程", "other"),
    ),
    "service": (
        ("开具居住证明", "other"),
        ("办理居住证签注", "other"),
        ("办理出租房屋登记", "other"),
        ("流动人口信息登记", "other"),
        ("开具困难情况证明", "other"),
        ("办理老年优待证", "other"),
    ),
    "complaint": (
        ("投诉楼下餐馆油烟、噪音扰民", "neighbour"),
        ("投诉夜间装修施工噪音影响休息", "neighbour"),
        ("投诉小区车辆乱停放堵塞消防通道", "property_mgmt"),
        ("投诉物业公司保洁、维修不及时", "property_mgmt"),
        ("投诉邻居饲养犬只夜间吠叫扰民", "neighbour"),
    ),
    "report": (
        ("反映小区路灯损坏", "other"),
        ("反映楼道堆放杂物存在消防隐患", "neighbour"),
        ("反映疑似群租房存在安全隐患", "other"),
        ("反映下水道堵塞污水外溢", "property_mgmt"),
        ("反映电动自行车在楼道内充电", "other"),
        ("反映老旧小区围墙破损", "property_mgmt"),
    ),
    "help": (
        ("独居老人家中水管爆裂，请求帮助联系维修", "other"),
        ("接到可疑电话，怀疑遭遇电信诈骗", "other"),
        ("钥匙反锁在家中，请求协助", "other"),
        ("生活困难，请求申请临时救助", "other"),
        ("家中老人外出未归，请求协助寻找", "other"),
    ),
    "mediation": (
        ("与楼上住户因卫生间渗水问题发生纠纷，申请调解", "neighbour"),
        ("与房东因押金退还问题发生纠纷，申请调解", "contract"),
        ("兄弟姐妹间因父母赡养问题发生纠纷，申请调解", "marriage_family"),
        ("与物业公司因物业费问题发生纠纷，申请调解", "property_mgmt"),
        ("被电动自行车撞伤，赔偿问题协商不成，申请调解", "damages"),
        ("用人单位拖欠工资，申请调解", "labour"),
        ("邻居加装空调外机噪音扰民，申请调解", "neighbour"),
        ("加装电梯占用公共部位问题发生争议，申请调解", "housing_land"),
    ),
    "petition": (
        ("反映老旧小区改造施工质量问题", "other"),
        ("反映用人单位拖欠工资问题", "labour"),
        ("对最低生活保障审核结果有异议", "other"),
        ("反映旧城改造安置补偿问题", "expropriation"),
        ("反映小区加装电梯意见分歧问题", "housing_land"),
    ),
    "other": (
        ("送锦旗感谢社区帮助", "other"),
        ("了解社区近期志愿服务活动安排", "other"),
        ("领取防范电信诈骗宣传资料", "other"),
        ("询问失物招领情况", "other"),
    ),
}
# purpose -> ((outcome, weight), ...)
_VISIT_OUTCOMES: dict[str, tuple[tuple[str, int], ...]] = {
    "consult": (("answered", 95), ("other", 5)),
    "service": (("answered", 95), ("other", 5)),
    "complaint": (("answered", 60), ("to_mediation", 20), ("to_police", 5), ("other", 15)),
    "report": (("answered", 75), ("to_petition", 5), ("other", 20)),
    "help": (("answered", 70), ("to_police", 20), ("other", 10)),
    "mediation": (("to_mediation", 75), ("answered", 15), ("other", 10)),
    "petition": (("to_petition", 60), ("answered", 30), ("other", 10)),
    "other": (("answered", 90), ("other", 10)),
}
_VISIT_NOTES = {
    "answered": "已当场解答",
    "to_mediation": "已转矛盾纠纷调处室",
    "to_petition": "已按信访事项登记",
    "to_police": "已移交社区警务室处理",
    "other": "已告知办理渠道",
}

_PETITION_CONTENT: dict[str, tuple[tuple[str, str], ...]] = {
    "suggestion": (
        ("建议在小区增设电动自行车集中充电设施", "小区电动自行车楼道充电现象多，存在火灾隐患。"),
        ("建议延长社区卫生服务站周末服务时间", "周末老人就诊不便。"),
        ("建议在路口增设过街信号灯", "学生上下学过马路存在安全隐患。"),
    ),
    "accusation": (
        ("检举某单位工作人员违规收取费用", "信访人称有工作人员在办理业务时违规收取费用。"),
        ("举报某出租房违规群租", "信访人称某出租房内居住人员过多，存在安全隐患。"),
    ),
    "claim": (
        ("要求解决老旧小区屋面漏水问题", "顶楼住户反映屋面渗漏多年，多次报修未解决。"),
        ("要求用人单位支付拖欠工资", "信访人称用人单位拖欠其工资三个月。"),
        ("对最低生活保障审核结果有异议，要求重新审核", "信访人认为家庭收入核算有误。"),
        ("要求解决旧城改造安置补偿问题", "信访人对安置房面积核算有异议。"),
    ),
}


def generate(ctx: Context) -> None:
    """A year of work, one month at a time: visits, petitions, and the committee's cases (mediation.py)."""
    _Year(ctx).run()


class _Year:
    """The year of work that comes to the centre; one seeded stream ("work") draws all of it in order."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.committee = mediation.Committee(ctx)
        self._petition_seq: dict[int, int] = {}
        # the petitioners' evaluations of the answers: a stream of their own, so the rest of the year stays as it was
        self._evaluations = ctx.rng("petition_evaluation")

    def run(self) -> None:
        rng = self.ctx.rng("work")
        purposes = Picker(_VISIT_PURPOSES)
        outcomes = {p: Picker(o) for p, o in _VISIT_OUTCOMES.items()}
        month_start = self.ctx.start
        total_days = (self.ctx.today - self.ctx.start).days + 1
        while month_start <= self.ctx.today:
            nxt = (month_start.replace(day=1) + timedelta(days=32)).replace(day=1)
            month_end = min(self.ctx.today, nxt - timedelta(days=1))
            self._work_month(rng, month_start, month_end, purposes, outcomes)
            self.ctx.progress(
                (month_end - self.ctx.start).days + 1,
                total_days,
                f"生成来访、信访和调解记录（{month_end:%Y年%m月}）",
            )
            month_start = month_end + timedelta(days=1)

    def _work_month(self, rng, first: date, last: date, purposes: Picker, outcomes) -> None:
        visits: list[dict] = []
        petitions: list[dict] = []  # specs: row fields + "_visit" link + "_who"
        cases: list[dict] = []
        reception, director = self.ctx.staff[Role.RECEPTION.value], self.ctx.staff[Role.DIRECTOR.value]
        d = first
        while d <= last:
            if d.weekday() < 5:
                mean = BASE_VISITS_PER_WORKDAY * self.ctx.scale
                k = draw(rng, mean * rng.uniform(0.5, 1.5))
                times = sorted(rng.randint(8 * 60 + 30, 17 * 60) for _ in range(k))
                for i, minute in enumerate(times):
                    visits.append(
                        self._visit(
                            rng,
                            d,
                            minute,
                            purposes,
                            outcomes,
                            petitions,
                            cases,
                            still_here=d == self.ctx.today and i == len(times) - 1,
                        )
                    )
            # work that did not come through the door
            for _ in range(draw(rng, BASE_EXTRA_PETITIONS_PER_MONTH * self.ctx.scale / 30)):
                who = self.ctx.resident_or_outsider(rng, 0.7)
                channel = rng.choices(("network", "letter", "phone", "fax"), cum_weights=(40, 75, 99, 100))[0]
                petitions.append(
                    {
                        "_who": who,
                        "_day": d,
                        "_channel": channel,
                        "_collective": False,
                        "_content": None,
                        "_visit": None,
                    }
                )
            cases.extend(self.committee.cases_from_elsewhere(rng, d))
            d += timedelta(days=1)

        petition_ids = self._write_petitions(rng, petitions, reception, director)
        for spec, pid in zip(petitions, petition_ids, strict=True):
            if spec["_visit"] is not None:
                spec["_visit"]["petition_id"] = pid
        case_ids = self.committee.write(rng, cases)
        for spec, cid in zip(cases, case_ids, strict=True):
            if spec["_visit"] is not None:
                spec["_visit"]["dispute_case_id"] = cid
        self.ctx.writer.add(Visit, visits)

    def _visit(
        self,
        rng,
        d: date,
        minute: int,
        purposes: Picker,
        outcomes,
        petitions: list,
        cases: list,
        still_here: bool,
    ) -> dict:
        purpose = purposes(rng)
        content, dispute_type = rng.choice(_VISIT_CONTENT[purpose])
        outcome = outcomes[purpose](rng)
        who = self.ctx.resident_or_outsider(rng, 0.8)
        group = purpose in ("petition", "complaint") and rng.random() < 0.08
        people = rng.randint(6, 25) if group else (2 if rng.random() < 0.1 else 1)
        reps = (
            "、".join(self.ctx.name(rng, rng.choice("12")) for _ in range(rng.randint(2, 4)))
            if group
            else None
        )
        if group:
            reps = f"{who['name']}、{reps}"
            outcome = "to_petition" if rng.random() < 0.7 else "answered"
        time_in = self.ctx.at(d, minute // 60, minute % 60)
        stay = rng.randint(30, 120) if outcome == "to_mediation" else rng.randint(8, 45)
        time_out: datetime | None = time_in + timedelta(minutes=stay)
        auto_closed = False
        if still_here:
            time_out = None
        elif rng.random() < 0.02:  # the desk forgot to sign the visitor out: closed at the end of the day
            time_out, auto_closed = self.ctx.at(d, 17, 30), True
        handled_by = {"to_mediation": Role.MEDIATOR, "to_police": Role.POLICE}.get(outcome, Role.RECEPTION)
        if rng.random() < 0.1:
            handled_by = Role.DIRECTOR
        no_id = who["id"] is None and rng.random() < 0.1
        voided = rng.random() < 0.01
        visit = {
            "person_id": who["id"],
            "visitor_name": who["name"],
            "visitor_sex": who["sex"],
            "visitor_id_type": None if no_id else who["id_type"],
            "visitor_id_number": None if no_id else who["id_number"],
            "visitor_phone": who["phone"],
            "visitor_address": who["address"],
            "time_in": time_in,
            "time_out": time_out,
            "auto_closed": auto_closed,
            "people_count": people,
            "representatives": reps,
            "purpose": purpose,
            "whom": {"to_mediation": "调解员", "to_police": "社区民警"}.get(outcome, "综治社工"),
            "content": content,
            "handled_by": self.ctx.staff[handled_by.value],
            "outcome": None if still_here else outcome,
            "urgency": "urgent" if group or rng.random() < 0.03 else "normal",
            "notes": None if still_here else _VISIT_NOTES[outcome],
            "petition_id": None,
            "dispute_case_id": None,
            "voided_at": time_in + timedelta(hours=1) if voided else None,
            "void_reason": "重复登记" if voided else None,
            **self.ctx.meta(d, time_in),
        }
        if still_here or voided:
            return visit
        if outcome == "to_petition":
            petitions.append(
                {
                    "_who": who,
                    "_day": d,
                    "_channel": "visit",
                    "_collective": group,
                    "_reps": reps,
                    "_content": content,
                    "_visit": visit,
                }
            )
        elif outcome == "to_mediation":
            cases.append(self.committee.case_from_visit(rng, d, dispute_type, who, visit))
        return visit

    def _write_petitions(self, rng, specs: list[dict], reception: int, director: int) -> list[int]:
        specs.sort(key=lambda s: s["_day"])
        rows, steps_of = [], []
        for spec in specs:
            received: date = spec["_day"]
            seq = self._petition_seq[received.year] = self._petition_seq.get(received.year, 0) + 1
            category = rng.choices(("claim", "suggestion", "accusation"), cum_weights=(65, 90, 100))[0]
            title, facts = rng.choice(_PETITION_CONTENT[category])
            if spec["_content"]:
                title, category = spec["_content"], "claim"
                facts = f"信访人来访反映：{title}。" + (
                    "系集体访，已请其推选代表反映诉求。" if spec["_collective"] else ""
                )
            who = spec["_who"]
            proxy = spec["_channel"] == "network" or rng.random() < 0.3
            row = {
                "petition_no": f"XF{received.year}{seq:05d}",
                "channel": spec["_channel"],
                "category": category,
                "received_on": received,
                "person_id": who["id"],
                "petitioner_name": who["name"],
                "is_collective": spec["_collective"],
                "representatives": spec.get("_reps"),
                "request": title,
                "facts": facts,
                "status": "registered",
                "handler_id": director if category == "accusation" else reception,
                "accepted_on": None,
                "decision": None,
                "answered_on": None,
                "evaluation": None,
                "evaluated_on": None,
                "national_ref_no": f"320106{received:%Y%m%d}{seq:05d}" if proxy else None,
                "national_filed_on": min(self.ctx.today, received + timedelta(days=rng.randint(0, 2)))
                if proxy
                else None,
                "voided_at": None,
                "void_reason": None,
                **self.ctx.meta(received),
            }
            rows.append(row)
            steps_of.append(self._petition_story(rng, row, director))
        ids = self.ctx.writer.add_ids(Petition, rows)
        steps = []
        for pid, own in zip(ids, steps_of, strict=True):
            for step in own:
                step["petition_id"] = pid
                steps.append(step)
        self.ctx.writer.add(PetitionStep, steps)
        return ids

    def _petition_story(self, rng, row: dict, director: int) -> list[dict]:
        """Walk a petition through its time-limited steps up to today; returns the steps, updates the row."""
        today, received = self.ctx.today, row["received_on"]

        def step(kind, started, due, done=None, approver=None, reason=None, note=None) -> dict:
            done = done if done is not None and done <= today else None
            return {
                "kind": kind,
                "started_on": started,
                "due_on": due,
                "done_on": done,
                "approver_id": approver,
                "reason": reason,
                "note": note,
                **self.ctx.meta(started),
            }

        registered = min(today, received + timedelta(days=rng.randint(0, 2)))
        steps = [step("register", received, deadline(received, 15), registered)]
        decided = received + timedelta(days=rng.randint(1, 10))
        if decided > today:
            steps.append(step("acceptance_notice", received, deadline(received, 15)))
            return steps
        if rng.random() < 0.08:
            row["status"] = "rejected"
            steps.append(
                step(
                    "acceptance_notice",
                    received,
                    deadline(received, 15),
                    decided,
                    note="不属于本机关职责范围，已出具不予受理告知书并告知信访人向有权机关提出",
                )
            )
            return steps
        row["status"], row["accepted_on"] = "accepted", decided
        steps.append(
            step("acceptance_notice", received, deadline(received, 15), decided, note="已出具受理告知书")
        )
        handle_due = deadline(decided, 60)
        answered = decided + timedelta(days=rng.randint(10, 55))
        if rng.random() < 0.07:
            ext_start = handle_due - timedelta(days=rng.randint(5, 10))
            if ext_start <= today:
                steps.append(
                    step(
                        "extension",
                        ext_start,
                        deadline(handle_due, 30),
                        ext_start,
                        approver=director,
                        reason="事项复杂，需进一步调查核实，经批准延长办理期限，已书面告知信访人延期理由",
                    )
                )
                answered = handle_due + timedelta(days=rng.randint(5, 28))
                handle_due = deadline(handle_due, 30)
        steps.append(step("handle", decided, handle_due, answered))
        if answered > today:
            row["status"] = "handling"
            return steps
        row["status"], row["answered_on"] = "answered", answered
        ev = self._evaluations
        evaluated = answered + timedelta(days=ev.randint(1, 25))
        if ev.random() < 0.75 and evaluated <= today:
            row["evaluation"] = ev.choices(
                ("satisfied", "basically", "dissatisfied"), cum_weights=(70, 92, 100)
            )[0]
            row["evaluated_on"] = evaluated
        row["decision"] = rng.choices(("support", "explain", "not_support"), cum_weights=(35, 85, 100))[0]
        if row["decision"] != "support" and rng.random() < 0.15:
            asked = answered + timedelta(days=rng.randint(5, 25))
            if asked <= today:
                done = asked + timedelta(days=rng.randint(15, 28))
                steps.append(step("review", asked, deadline(asked, 30), done, note="信访人请求复查"))
                row["status"] = "closed" if done <= today else "review"
                return steps
        if (today - answered).days > 30:
            row["status"] = "closed"
        return steps
