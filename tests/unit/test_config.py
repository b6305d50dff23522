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


def test_given_a_version_1_config_then_it_gains_the_default_backups_and_keeps_its_settings(_data_dir):
    (_data_dir / "config.toml").write_text(
        'version = 1\ndb_url = "sqlite:////tmp/a.db"\nidle_lock_minutes = 5\n', encoding="utf-8"
    )
    cfg = config.load()
    assert (cfg.version, cfg.db_url, cfg.idle_lock_minutes) == (2, "sqlite:////tmp/a.db", 5)
    assert cfg.backup == config.BackupSettings(folder="", daily=True, keep_daily=30, keep_monthly=12)


def test_given_it_sets_a_usb_backup_folder_then_it_is_read_back_typed(_data_dir):
    (_data_dir / "config.toml").write_text(
        'version = 2\n[backup]\nfolder = "/media/usb/综治备份"\nkeep_daily = 14\n', encoding="utf-8"
    )
    assert config.stored_backup() == config.BackupSettings(folder="/media/usb/综治备份", keep_daily=14)
    config.save(config.load())  # and saved again, the table stays a table
    assert "[backup]" in (_data_dir / "config.toml").read_text(encoding="utf-8")
    assert config.load().backup.folder == "/media/usb/综治备份"


def test_given_a_backup_setting_that_makes_no_sense_then_it_is_refused_with_reason(_data_dir):
    (_data_dir / "config.toml").write_text("version = 2\n[backup]\nkeep_daily = 0\n", encoding="utf-8")
    with pytest.raises(config.ConfigError, match="keep_daily"):
        config.load()
