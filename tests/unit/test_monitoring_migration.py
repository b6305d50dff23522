"""Migration 0010 on a register an earlier release wrote (SQLite with foreign keys on, as the program runs it):
stored RTSP addresses become vendor, host, port and channel where they are the documented forms; each footage
request keeps its camera and gets a number; and back."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from desktop.db import alembic_config, make_engine


def test_given_a_0009_register_when_upgraded_then_addresses_become_vendor_host_and_channel(
    tmp_path, _data_dir
):
    engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0009")
    meta = "1, '2026-01-01 00:00:00', '2026-01-01 00:00:00'"
    with engine.begin() as conn:
        for cid, code, url, active in (
            (1, "C1", "rtsp://10.0.0.5:554/Streaming/Channels/301", 1),
            (2, "C2", "rtsp://10.0.0.6:8554/cam/realmonitor?channel=4&subtype=0", 0),
            (3, "C3", "rtsp://10.0.0.7/live/main", 1),
        ):
            conn.execute(
                text(
                    "INSERT INTO camera (id, code, name, location, kind, rtsp_url, storage_days, active, version, "
                    f"created_at, updated_at) VALUES ({cid}, '{code}', '东门', '龙蟠里', 'bullet', :url, 30, :a, {meta})"
                ),
                {"url": url, "a": active},
            )
        for rid, year in ((1, 2025), (2, 2026), (3, 2026)):
            conn.execute(
                text(
                    "INSERT INTO footage_request (id, camera_id, window_start, window_end, requester_org, "
                    "requester_name, basis, reason, decision, version, created_at, updated_at) VALUES "
                    f"({rid}, 2, '2026-01-01', '2026-01-01', '派出所', '张伟', 'state_organ', '查案', 'pending', 1, "
                    f"'{year}-03-01 10:00:00', '{year}-03-01 10:00:00')"
                )
            )
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    with engine.connect() as conn:
        cams = conn.execute(
            text(
                "SELECT code, vendor, host, rtsp_port, channel, main_template, state FROM camera ORDER BY id"
            )
        ).all()
        links = conn.execute(
            text("SELECT request_id, camera_id FROM footage_camera ORDER BY request_id")
        ).all()
        numbers = conn.execute(text("SELECT number FROM footage_request ORDER BY id")).scalars().all()
    assert [tuple(c) for c in cams] == [
        ("C1", "hikvision", "10.0.0.5", 554, 3, None, "in_service"),
        ("C2", "dahua", "10.0.0.6", 8554, 4, None, "retired"),
        ("C3", "generic", "10.0.0.7", 554, 1, "rtsp://10.0.0.7/live/main", "in_service"),
    ]
    assert [tuple(x) for x in links] == [(1, 2), (2, 2), (3, 2)]
    assert numbers == ["调阅〔2025〕1号", "调阅〔2026〕1号", "调阅〔2026〕2号"]
    # and back (foreign keys on, as the program runs SQLite): the requests keep their camera
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0009")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT camera_id FROM footage_request")).scalars().all() == [2, 2, 2]
        assert conn.execute(text("SELECT active FROM camera ORDER BY id")).scalars().all() == [1, 0, 1]
    engine.dispose()
