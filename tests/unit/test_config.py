"""The config file: typed, versioned, in the data folder, atomic."""

import pytest

from desktop import config


def test_given_no_file_then_defaults_with_sqlite_in_data_folder(_data_dir):
    cfg = config.load()
    assert cfg.language == "zh_CN" and cfg.idle_lock_minutes == 10
    assert cfg.resolved_db_url() == f"sqlite:///{_data_dir / 'zongzhi.sqlite3'}"


def test_given_saved_postgres_url_then_it_loads_back(_data_dir):
    cfg = config.with_changes(config.Config(), db_url="postgresql+psycopg://desk@10.0.0.5/zongzhi")
    config.save(cfg)
    assert config.load().db_url == "postgresql+psycopg://desk@10.0.0.5/zongzhi"


def test_given_bad_url_then_refused_with_reason(_data_dir):
    with pytest.raises(config.ConfigError, match="unsupported database URL"):
        config.save(config.with_changes(config.Config(), db_url="mysql://x"))


def test_given_old_config_version_then_migrated(_data_dir):
    (_data_dir / "config.toml").write_text('database = "sqlite:////tmp/a.db"\n', encoding="utf-8")
    cfg = config.load()
    assert cfg.version == config.CONFIG_VERSION and cfg.db_url == "sqlite:////tmp/a.db"


def test_given_config_from_newer_release_then_refused(_data_dir):
    (_data_dir / "config.toml").write_text("version = 99\n", encoding="utf-8")
    with pytest.raises(config.ConfigError, match="newer"):
        config.load()
