"""Typed, versioned application config, stored as TOML in the data folder.

Only application settings live here; window geometry and column widths go to QSettings.
"""

from __future__ import annotations

import tomllib
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path

import tomli_w

from desktop.paths import data_dir

CONFIG_VERSION = 1
CONFIG_FILE = "config.toml"
SUPPORTED_SCHEMES = ("sqlite", "postgresql+psycopg")


class ConfigError(ValueError):
    """The config (or a value for it) is unusable; the message says why, in plain words."""


def default_db_url(folder: Path | None = None) -> str:
    return f"sqlite:///{(folder or data_dir()) / 'zongzhi.sqlite3'}"


def demo_db_url(folder: Path | None = None) -> str:
    return f"sqlite:///{(folder or data_dir()) / 'zongzhi-demo.sqlite3'}"


def check_db_url(url: str) -> str:
    url = url.strip()
    scheme = url.split("://", 1)[0] if "://" in url else ""
    if scheme not in SUPPORTED_SCHEMES:
        raise ConfigError(f"unsupported database URL {url!r}: use sqlite:///PATH or postgresql+psycopg://…")
    return url


@dataclass(frozen=True)
class Config:
    version: int = CONFIG_VERSION
    db_url: str = ""
    language: str = "zh_CN"  # zh_CN or en
    idle_lock_minutes: int = 10
    log_level: str = "INFO"
    # a folder IT publishes new releases in (latest.json + the installers), e.g. \\server\zongzhi-updates;
    # empty: this PC is not offered updates (services/core/update_service.py)
    update_folder: str = ""
    # the signs and wall charts of the centre (printing.signage_config.SignageConfig.to_dict())
    signage: dict = field(default_factory=dict)
    # the ID-card reader at this PC's desk (services.id_reader.IdReaderConfig.to_dict())
    id_reader: dict = field(default_factory=dict)
    extra: dict = field(default_factory=dict)

    def resolved_db_url(self) -> str:
        return self.db_url or default_db_url()


def migrate(raw: dict) -> dict:
    """Bring a config written by an older release up to CONFIG_VERSION."""
    version = int(raw.get("version", 0))
    if version > CONFIG_VERSION:
        raise ConfigError(f"config version {version} is newer than this program ({CONFIG_VERSION})")
    if version < 1:
        # version 0 (unreleased drafts) called the URL "database"
        if "database" in raw:
            raw["db_url"] = raw.pop("database")
        raw["version"] = 1
    return raw


def load(path: Path | None = None) -> Config:
    path = path or data_dir() / CONFIG_FILE
    if not path.exists():
        return Config()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read {path}: {exc}") from exc
    raw = migrate(raw)
    known = {f.name for f in fields(Config)}
    cfg = Config(**{k: v for k, v in raw.items() if k in known})
    if cfg.db_url:
        check_db_url(cfg.db_url)
    if cfg.idle_lock_minutes < 1:
        raise ConfigError("idle_lock_minutes must be at least 1")
    return cfg


def save(cfg: Config, path: Path | None = None) -> Path:
    path = path or data_dir() / CONFIG_FILE
    if cfg.db_url:
        check_db_url(cfg.db_url)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(tomli_w.dumps(asdict(cfg)), encoding="utf-8")
    tmp.replace(path)  # atomic: a crash never leaves half a config
    return path


def with_changes(cfg: Config, **changes) -> Config:
    return replace(cfg, **changes)


def stored_signage() -> dict | None:
    """The centre's signage settings as saved on this PC (None: the defaults from the community)."""
    return load().signage or None


def save_signage(table: dict) -> Path:
    return save(with_changes(load(), signage=table))


def stored_id_reader() -> dict | None:
    return load().id_reader or None


def save_id_reader(table: dict) -> Path:
    return save(with_changes(load(), id_reader=table))
