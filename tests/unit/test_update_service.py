"""Updates from the intranet folder: IT publishes, the administrator is offered a newer version, and only a
file whose SHA-256 matches what IT published is handed to the system to run."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.services.core import update_service
from desktop.services.core.dto import Actor
from desktop.services.core.errors import PermissionDenied
from desktop.services.core.update_service import UpdateError

ROOT = Path(__file__).resolve().parents[2]
ADMIN = Actor(1, "admin", "王建国", "admin")
RECEPTION = Actor(2, "qiantai", "李娜", "reception")


@pytest.fixture
def published(tmp_path):
    """IT's update folder with a Windows setup and a Linux package of version 0.2.0."""
    dist = tmp_path / "dist"
    dist.mkdir()
    exe = dist / "zongzhi-desk-0.2.0-setup.exe"
    exe.write_bytes(b"MZ" + os.urandom(200_000))
    deb = dist / "zongzhi-desk_0.2.0_amd64.deb"
    deb.write_bytes(b"!<arch>\n" + os.urandom(100_000))
    folder = tmp_path / "share" / "zongzhi-updates"
    update_service.publish(folder, [exe, deb], "0.2.0", notes="卷宗打印更快")
    return folder


def test_given_installers_when_published_then_latest_json_names_each_with_its_sha256(published):
    index = json.loads((published / "latest.json").read_text(encoding="utf-8"))
    assert index["version"] == "0.2.0" and index["notes"] == "卷宗打印更快"
    for key, name in (("windows", "zongzhi-desk-0.2.0-setup.exe"), ("linux", "zongzhi-desk_0.2.0_amd64.deb")):
        assert index[key]["file"] == name
        assert index[key]["sha256"] == hashlib.sha256((published / name).read_bytes()).hexdigest()


@pytest.mark.parametrize(("current", "newer"), [("0.1.0", True), ("0.2.0", False), ("0.10.0", False)])
def test_given_the_folder_then_only_a_newer_version_is_offered(published, current, newer):
    offer = update_service.read_offer(published, current=current, platform="linux")
    assert offer.version == "0.2.0" and offer.newer is newer
    assert offer.installer == published / "zongzhi-desk_0.2.0_amd64.deb"


def test_given_versions_then_they_compare_as_numbers_and_a_pre_release_comes_before_its_release():
    key = update_service.version_key
    assert key("0.10.0") > key("0.9.1") > key("0.9") and key("0.2.0~rc1") < key("0.2.0") < key("0.2.1~rc1")


def test_given_an_intact_installer_when_the_administrator_installs_then_a_checked_local_copy_is_handed_over(
    published, tmp_path
):
    offer = update_service.read_offer(published, current="0.1.0", platform="windows")
    local = tmp_path / "local"
    local.mkdir()
    copy = update_service.fetch_checked(ADMIN, offer, into=local)
    assert copy.parent == local and copy.read_bytes() == offer.installer.read_bytes()


def test_given_an_installer_changed_on_the_share_then_it_is_refused_and_no_copy_is_left(published, tmp_path):
    # Given the setup on the share replaced after IT published it (or half-copied)
    offer = update_service.read_offer(published, current="0.1.0", platform="windows")
    with offer.installer.open("r+b") as f:
        f.seek(1000)
        f.write(b"tampered")
    local = tmp_path / "local"
    local.mkdir()
    # When the administrator installs, Then it is refused with both hashes, and nothing is left to run
    with pytest.raises(UpdateError) as err:
        update_service.fetch_checked(ADMIN, offer, into=local)
    assert err.value.code == "update_hash_mismatch"
    assert err.value.params["expected"] == offer.sha256 and err.value.params["actual"] != offer.sha256
    assert list(local.iterdir()) == []


def test_given_a_reception_account_then_it_may_not_install_updates(published, tmp_path):
    offer = update_service.read_offer(published, current="0.1.0", platform="windows")
    with pytest.raises(PermissionDenied):
        update_service.fetch_checked(RECEPTION, offer, into=tmp_path)


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (None, "update_folder_unreadable"),
        ("{not json", "update_index_invalid"),
        ('{"version": "0.2.0", "linux": {"file": "x.deb"}}', "update_index_invalid"),
        (
            '{"version": "0.2.0", "linux": {"file": "../../etc/x.deb", "sha256": "' + "0" * 64 + '"}}',
            "update_index_invalid",
        ),
    ],
)
def test_given_a_broken_folder_then_the_reason_is_named(tmp_path, content, code):
    if content is not None:
        (tmp_path / "latest.json").write_text(content, encoding="utf-8")
    with pytest.raises(UpdateError) as err:
        update_service.read_offer(tmp_path, current="0.1.0", platform="linux")
    assert err.value.code == code


def test_given_a_folder_for_windows_only_then_a_linux_pc_is_offered_nothing(tmp_path):
    setup = tmp_path / "zongzhi-desk-0.2.0-setup.exe"
    setup.write_bytes(b"MZ")
    update_service.publish(tmp_path, [setup], "0.2.0")
    assert update_service.read_offer(tmp_path, current="0.1.0", platform="linux") is None


def test_given_it_staff_when_publishing_and_checking_from_the_command_line_then_the_folder_offers_the_update(
    tmp_path, _data_dir
):
    deb = tmp_path / "zongzhi-desk_9.0.0_amd64.deb"
    deb.write_bytes(b"!<arch>\n")
    folder = tmp_path / "updates"
    env = {**os.environ, "ZONGZHI_DATA_DIR": str(_data_dir)}

    def cli(*args):
        return subprocess.run(
            [sys.executable, "-m", "desktop", "update", *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
        )

    out = cli("publish", "--folder", str(folder), "--version", "9.0.0", "--file", str(deb))
    assert out.returncode == 0, out.stderr
    out = cli("check", "--folder", str(folder))
    if sys.platform.startswith("linux"):  # the folder has a .deb only
        assert out.returncode == 0 and "可以更新 update available:" in out.stdout and "-> 9.0.0" in out.stdout
    out = cli("check")
    assert out.returncode == 2 and "update_folder" in out.stderr
