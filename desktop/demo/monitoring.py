"""The video-monitoring room of the demo (视频监控室): cameras, duty logs and footage requests."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from desktop.demo.base import BATCH, COMPOUND_HEADS, POLICE_STATION, SHOP_STREETS, Context, draw
from desktop.models import Camera, DutyLog, FootageCamera, FootageRegisterEntry, FootageRequest, StaffUser
from desktop.services.core import hash_chain
from desktop.services.core.audit_service import to_json
from desktop.services.core.permissions import Role, mask_id_number
from desktop.services.monitoring.footage_service import register_fields

BASE_CAMERAS = 40  # at scale 1.0
BASE_FOOTAGE_PER_MONTH = 2.0

_CAMERA_SPOTS = (
    "东门出入口",
    "西门出入口",
    "南门出入口",
    "北门出入口",
    "地下车库入口",
    "非机动车棚",
    "主干道",
    "中心广场",
    "垃圾分类投放点",
    "消防通道",
)


def generate(ctx: Context) -> None:
    """The cameras' register, a year of duty logs (handovers, checks, faults) and footage requests."""
    rng = ctx.rng("monitoring")
    n = ctx.count(BASE_CAMERAS)
    grid_ids = sorted({g for g, _c in ctx.grids})

    def grid_name(grid_id: int) -> str:
        return f"第{grid_ids.index(grid_id) + 1}网格"

    rows = []
    for i in range(n):
        grid_id, compounds = ctx.grids[i % len(ctx.grids)]
        if rng.random() < 0.15:
            a, b = rng.sample(SHOP_STREETS, 2)
            place = f"{a}与{b}交叉口"
        else:
            place = f"{rng.choice(compounds)}{rng.choice(_CAMERA_SPOTS)}"
        nvr_no = i // 16  # one recorder (NVR) per 16 cameras; a camera is its channel
        # the demo's recorders do not exist: their addresses are on this PC, where nothing answers (the wall
        # shows them offline), so a demo never sends a packet to someone else's network
        host = "127.0.0.1"
        hik = rng.random() < 0.7
        commissioned = ctx.today - timedelta(days=rng.randint(60, 2500))
        late = rng.random()
        filed = (
            None
            if late < 0.05
            else commissioned + timedelta(days=rng.randint(31, 60) if late < 0.1 else rng.randint(5, 28))
        )
        kind = rng.choices(("bullet", "dome", "ptz", "other"), cum_weights=(50, 80, 95, 100))[0]
        rows.append(
            {
                "code": f"CAM{i + 1:04d}",
                "name": place,
                "location": f"南京市鼓楼区{place}",
                "grid_id": grid_id,
                "kind": kind,
                "vendor": "hikvision" if hik else "dahua",
                "host": host,
                "rtsp_port": 15540 + nvr_no,
                "http_port": 80,
                "nvr": f"NVR-{nvr_no + 1}",
                "channel": i % 16 + 1,
                "main_template": None,
                "sub_template": None,
                "username": "admin",
                "password_enc": None,  # the demo's devices do not exist: no password to keep
                "group_name": grid_name(grid_id),
                "ptz": kind == "ptz",
                "maintainer": "鼓楼区安防维保中心",
                "storage_days": rng.choices((30, 60, 90), cum_weights=(70, 90, 100))[0],
                "commissioned_on": commissioned,
                "filed_on": filed,
                "filing_no": f"宁公备{filed:%Y}{i + 1:05d}" if filed else None,
                "state": "in_service" if rng.random() < 0.95 else "retired",
                "note": "",
                **ctx.meta(max(ctx.go_live, commissioned)),
            }
        )
    cameras = list(zip(ctx.writer.add_ids(Camera, rows), [r["code"] for r in rows], strict=True))

    operator, police = ctx.staff[Role.MONITOR.value], ctx.staff[Role.POLICE.value]
    logs: list[dict] = []

    def log(kind, at, content, camera_id=None, who=operator):
        logs.append(
            {
                "kind": kind,
                "logged_at": at,
                "operator_id": who,
                "camera_id": camera_id,
                "content": content,
                "action": "",
                "reported_to": "",
                "open": False,
                "closed_at": None,
                "voided_at": None,
                "void_reason": None,
                **ctx.meta(at.date(), at),
            }
        )

    faults_per_day = 3 * n / BASE_CAMERAS / 30
    d = ctx.start
    while d <= ctx.today:
        offline = rng.randint(0, max(1, n // 20))
        log("handover", ctx.at(d, 8), f"交接班：设备运行正常，{n}路视频接入，交接物品齐全。")
        log(
            "daily_check",
            ctx.at(d, 9),
            f"每日巡检：{n - offline}/{n}路在线，录像正常。"
            + (f"{offline}路离线已报修。" if offline else ""),
        )
        log("duty", ctx.at(d, 12), "白班值守：监控画面正常，未发现异常情况。")
        if d.weekday() == 0:
            log(
                "retention_check",
                ctx.at(d, 10),
                "每周存储检查：各路录像保存天数符合要求（不少于30日）。",
            )
        log("handover", ctx.at(d, 20), "交接班：夜班人员到岗，设备运行正常。")
        log("duty", ctx.at(d, 23, 30), "夜班值守：重点部位画面正常。")
        for _ in range(draw(rng, faults_per_day)):
            cam_id, code = rng.choice(cameras)
            log(
                "fault",
                ctx.at(d, rng.randint(8, 20), rng.randint(0, 59)),
                f"{code}{rng.choice(('画面中断，已通知维保单位', '画面模糊，已清洁镜头', '录像丢失，已重启设备'))}。",
                camera_id=cam_id,
            )
        if len(logs) >= BATCH:
            ctx.writer.add(DutyLog, logs)
            logs = []
        d += timedelta(days=1)
    ctx.writer.add(DutyLog, logs)

    requests, picks = [], []
    per_day = BASE_FOOTAGE_PER_MONTH * ctx.scale / 30
    d = ctx.start
    while d <= ctx.today:
        for _ in range(draw(rng, per_day)):
            requests.append(_footage(ctx, rng, d, police, len(requests) + 1))
            picks.append(rng.choice(cameras)[0])
        d += timedelta(days=1)
    ids = ctx.writer.add_ids(FootageRequest, requests)
    ctx.writer.add(
        FootageCamera,
        [
            {"request_id": rid, "camera_id": cid, **ctx.meta(r["created_at"].date(), r["created_at"])}
            for rid, cid, r in zip(ids, picks, requests, strict=True)
        ],
    )
    usernames = {k: v for k, v in ctx.writer.conn.execute(select(StaffUser.id, StaffUser.username))}
    ctx.writer.add(FootageRegisterEntry, _register_lines(ids, picks, requests, usernames))


def _register_lines(ids, picks, requests, usernames: dict[int, str]) -> list[dict]:
    """The 调阅登记簿 of the demo: each request's steps in time order, hash-chained as the service chains them."""
    steps = []
    for rid, cid, r in zip(ids, picks, requests, strict=True):
        filed = {
            k: r[k] for k in ("requester_org", "requester_name", "basis", "legal_basis", "reason", "access")
        } | {
            "case_id": None,
            "visit_id": None,
            "requester_id": mask_id_number(r["requester_id_number"]),
            "camera_ids": [cid],
            "window_start": r["window_start"],
            "window_end": r["window_end"],
        }
        steps.append((r["created_at"], rid, "filed", r["created_by"], filed))
        if r["decided_at"] is not None:
            steps.append(
                (
                    r["decided_at"],
                    rid,
                    r["decision"],
                    r["approver_id"],
                    {"approver_id": r["approver_id"], "reason": r["decision_reason"]},
                )
            )
        if r["accessed_at"] is not None:
            steps.append(
                (
                    r["accessed_at"],
                    rid,
                    "carried_out",
                    r["handler_id"],
                    {"handler_id": r["handler_id"], "second_handler_id": r["second_handler_id"]},
                )
            )
    lines, prev = [], hash_chain.GENESIS
    for at, rid, step, uid, data in sorted(steps, key=lambda x: (x[0], x[1])):
        at = at.replace(microsecond=0)
        username = usernames.get(uid, "system")
        text = to_json(data)
        digest = hash_chain.digest(prev, register_fields(at, rid, step, uid, username, text))
        lines.append(
            {
                "at": at,
                "request_id": rid,
                "step": step,
                "user_id": uid,
                "username": username,
                "data": text,
                "prev_hash": prev,
                "hash": digest,
            }
        )
        prev = digest
    return lines


def _footage(ctx: Context, rng, d: date, police: int, seq: int) -> dict:
    basis = rng.choices(("state_organ", "data_subject", "other"), cum_weights=(60, 90, 100))[0]
    if basis == "state_organ":
        org, name, number = (
            rng.choice((POLICE_STATION, "鼓楼交警大队", "鼓楼区城市管理局")),
            ctx.name(rng, "1"),
            None,
        )
        reason = rng.choice(("调查一起电动自行车被盗案件", "核查一起交通事故经过", "查找走失老人行踪"))
    elif basis == "data_subject":
        who = ctx.resident_or_outsider(rng, 0.9)
        org, name, number = "个人", who["name"], who["id_number"]
        reason = rng.choice(
            ("本人手机在小区门口遗失，申请查看相关录像", "本人车辆被剐蹭，申请查看停车区域录像")
        )
    else:
        org, name, number = f"{rng.choice(COMPOUND_HEADS)}物业管理有限公司", ctx.name(rng, "1"), None
        reason = "核查小区公共设施损坏情况"
    start = ctx.at(d - timedelta(days=rng.randint(1, 20)), rng.randint(0, 21), rng.choice((0, 30)))
    asked = ctx.at(d, rng.randint(9, 16), rng.randint(0, 59))
    row = {
        "number": f"调阅〔{asked.year}〕{seq}号",
        "access": rng.choices(("view", "copy"), cum_weights=(70, 100))[0],
        "legal_basis": "《中华人民共和国人民警察法》第九条" if basis == "state_organ" else "",
        "case_id": None,
        "visit_id": None,
        "decision_reason": "",
        "handler_id": None,
        "second_handler_id": None,
        "window_start": start,
        "window_end": start + timedelta(hours=rng.randint(1, 3)),
        "requester_org": org,
        "requester_name": name,
        "requester_id_number": number,
        "basis": basis,
        "reason": reason,
        "approver_id": None,
        "decision": "pending",
        "decided_at": None,
        "accessed_at": None,
        "voided_at": None,
        "void_reason": None,
        **ctx.meta(d, asked),
        "created_by": ctx.staff[Role.MONITOR.value],  # the duty operator registers who asks
    }
    if (ctx.today - d).days >= 2:
        refused = rng.random() < (0.6 if basis == "other" else 0.05)
        decided = asked + timedelta(hours=rng.randint(1, 20))
        row.update(
            approver_id=ctx.staff[Role.DIRECTOR.value],
            decision="refused" if refused else "approved",
            decided_at=decided,
            decision_reason="申请事由不属于可调阅情形" if refused else "",
        )
        if not refused:
            row.update(
                accessed_at=decided + timedelta(hours=rng.randint(1, 24)),
                handler_id=ctx.staff[Role.MONITOR.value],
                second_handler_id=police,
            )
    return row
