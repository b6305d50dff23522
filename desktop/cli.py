"""Command line: `python -m desktop [--db URL] [--demo] [--self-test] [COMMAND ...]`.

Kept light: heavy libraries are imported by the command that needs them, so the window opens fast.
"""

from __future__ import annotations

import argparse
import sys


def build_parser() -> argparse.ArgumentParser:
    db_help = "database URL for this run (sqlite:///PATH or postgresql+psycopg://…)"
    p = argparse.ArgumentParser(prog="zongzhi-desk", description="综治工作台 Zongzhi Desk")
    p.add_argument("--db", metavar="URL", help=db_help)
    p.add_argument("--demo", action="store_true", help="open the demo database (created on first use)")
    p.add_argument("--self-test", action="store_true", help="check database, fonts, PDF and Qt; exit 0/1")
    p.add_argument("--lang", choices=["zh_CN", "en"], help="language of the window for this run")
    sub = p.add_subparsers(dest="command")

    demo = sub.add_parser("demo", help="fill a new database with the seeded demo community")
    demo.add_argument("--scale", type=float, default=1.0, help="1.0 ≈ 8,000 residents")
    demo.add_argument("--seed", type=int, default=20261127)

    db = sub.add_parser("db", help="database maintenance")
    db.add_argument("action", choices=["upgrade", "status", "move"])
    db.add_argument(
        "--no-backup", action="store_true", help="skip the backup (only after backing up yourself)"
    )
    db.add_argument(
        "--to",
        metavar="URL",
        help="move: the EMPTY PostgreSQL database to copy everything into (postgresql+psycopg://…)",
    )
    db.add_argument(
        "--no-switch", action="store_true", help="move: copy, but leave this PC's config on the old database"
    )

    upd = sub.add_parser("update", help="updates from the intranet folder (update_folder in config.toml)")
    upd.add_argument("action", choices=["check", "publish"])
    upd.add_argument("--folder", help="the update folder (default: update_folder of this PC's config)")
    upd.add_argument(
        "--file",
        dest="installers",
        action="append",
        default=[],
        metavar="INSTALLER",
        help="publish: a setup .exe or a .deb (repeat for both)",
    )
    upd.add_argument("--version", dest="release", help="publish: the version of the installers")
    upd.add_argument("--notes", default="", help="publish: what is new, shown to the administrator")

    imp = sub.add_parser("import", help="import a roster from Excel (.xlsx)")
    imp.add_argument("kind", choices=["residents"])
    imp.add_argument("file", metavar="FILE.xlsx")
    imp.add_argument("--dry-run", action="store_true", help="check every row, import nothing")
    imp.add_argument("--report", metavar="OUT.xlsx", help="also save the validation report as .xlsx")

    from desktop import print_commands

    print_commands.add_parser(sub)
    # every command takes --db too (after the command it overrides the one before)
    for command in sub.choices.values():
        if "--db" not in command._option_string_actions:
            command.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help=db_help)
    return p


def _db_url(args) -> str:
    from desktop import config

    if args.db:
        return config.check_db_url(args.db)
    if args.demo:
        return config.demo_db_url()
    return config.load().resolved_db_url()


def _open_services(args, *, migrate: bool = True):
    from desktop import config
    from desktop.db import make_engine, upgrade
    from desktop.services.container import Services

    engine = make_engine(_db_url(args))
    if migrate:
        upgrade(engine)
    return Services.build(engine, signage_store=config.stored_signage)


def _cmd_demo(args) -> int:
    from desktop import config, demo
    from desktop.db import make_engine, upgrade

    # never into the centre's own database by accident: without --db the demo goes to the demo file
    engine = make_engine(config.check_db_url(args.db) if args.db else config.demo_db_url())
    upgrade(engine)

    def progress(pct: int, msg: str) -> None:
        print(f"\r{pct:3d}% {msg}", end="", file=sys.stderr, flush=True)

    summary = demo.generate(engine, scale=args.scale, seed=args.seed, progress=progress)
    print(file=sys.stderr)
    print(summary)
    return 0


def _progress_bar(pct: int, msg: str) -> None:
    filled = pct * 30 // 100
    print(f"\r[{'#' * filled}{'.' * (30 - filled)}] {pct:3d}% {msg:<28}", end="", file=sys.stderr, flush=True)


def _cmd_db_move(args) -> int:
    from desktop import config
    from desktop.db import make_engine, upgrade
    from desktop.services.core import db_move

    if not args.to:
        print(
            "错误 / error: db move needs --to postgresql+psycopg://USER:PASSWORD@SERVER/DATABASE",
            file=sys.stderr,
        )
        return 2
    source_url = _db_url(args)
    target_url = config.check_db_url(args.to)
    source, target = make_engine(source_url), make_engine(target_url)
    try:
        copy = upgrade(source, make_backup=not args.no_backup)
        if copy:
            print(f"upgraded the source first; backup: {copy}")
        print(f"综治工作台：迁移数据库 moving {source.url.render_as_string(hide_password=True)}")
        print(f"  -> {target.url.render_as_string(hide_password=True)}")
        report = db_move.move(source, target, cli_actor(), progress=_progress_bar)
    finally:
        print(file=sys.stderr)
        source.dispose()
        target.dispose()
    for line in report.lines():
        print(line)
    if args.no_switch:
        print("完成 done; this PC still uses the old database (--no-switch)")
        return 0
    path = config.save(config.with_changes(config.load(), db_url=target_url))
    print(f"完成 done; this PC now uses the server (saved in {path}).")
    print("Point the other PCs at it: 系统 → 设置, or db_url in their config.toml (docs/INSTALL.md).")
    return 0


def _cmd_db(args) -> int:
    from desktop.db import make_engine, schema_status, upgrade

    if args.action == "move":
        return _cmd_db_move(args)
    engine = make_engine(_db_url(args))
    if args.action == "status":
        st = schema_status(engine)
        print(f"database schema: {st.current or '(empty)'}; this program: {st.head}")
        return 0
    before = schema_status(engine)
    if before.up_to_date:
        print("the database is up to date")
        return 0
    copy = upgrade(engine, make_backup=not args.no_backup)
    print(f"upgraded {before.current or '(empty)'} -> {before.head}" + (f"; backup: {copy}" if copy else ""))
    return 0


def cli_actor():
    """Who the command line acts as: the console user, recorded as such in the audit log. Whoever can run
    it already holds the database itself (its file, or the server URL with its password)."""
    import getpass

    from desktop.services.core.dto import Actor
    from desktop.services.core.permissions import Role

    return Actor(id=None, username=f"cli:{getpass.getuser()}", full_name="命令行", role=Role.DIRECTOR.value)


def _cmd_import(args) -> int:
    from desktop.services.residents import importer as resident_import

    def progress(pct: int, msg: str) -> None:
        print(f"\r{pct:3d}% {msg}", end="", file=sys.stderr, flush=True)

    services = _open_services(args)
    actor = cli_actor()
    try:
        report = resident_import.validate_file(
            args.file, services.residents.registered_numbers, progress=progress
        )
    except resident_import.ImportFileError as exc:
        print(file=sys.stderr)
        print(f"错误 / error: {exc}", file=sys.stderr)
        return 2
    print(file=sys.stderr)
    print(f"{report.path}：工作表“{report.sheet}”，表头在第 {report.header_row} 行")
    if report.unmapped:
        print("未识别的列（不导入）：" + "、".join(report.unmapped))
    for line in resident_import.iter_report_lines(report):
        print(line)
    if args.report:
        resident_import.save_report(report, args.report)
        print(f"校验报告已保存：{args.report}")
    imported = 0
    if not args.dry_run and report.good:
        from desktop.services.core.errors import ValidationError

        try:
            imported = resident_import.import_rows(services, actor, report, progress=progress).inserted
        except ValidationError as exc:
            e = resident_import.import_error(report, exc)
            print(file=sys.stderr)
            print(f"未导入任何数据：第 {e.row} 行 {e.column}：{e.reason}")
            return 1
        print(file=sys.stderr)
    note = "（试运行，未导入）" if args.dry_run else ""
    print(f"读取 {report.rows_read} 行，导入 {imported} 行，拒绝 {report.bad_rows} 行{note}")
    return 0


def _cmd_update(args) -> int:
    from pathlib import Path

    from desktop import config
    from desktop.services.core import update_service

    folder = args.folder or config.load().update_folder
    if not folder:
        print(
            "错误 / error: no update folder: pass --folder or set update_folder in config.toml",
            file=sys.stderr,
        )
        return 2
    if args.action == "publish":
        if not args.installers or not args.release:
            print("错误 / error: publish needs --version V and the installer files", file=sys.stderr)
            return 2
        index = update_service.publish(folder, [Path(p) for p in args.installers], args.release, args.notes)
        print(f"published {args.release}: {index}")
        print(index.read_text(encoding="utf-8"))
        return 0
    offer = update_service.read_offer(folder)
    if offer is None:
        print(f"{folder}: nothing for {update_service.platform_key()}")
    elif offer.newer:
        print(f"可以更新 update available: {offer.current} -> {offer.version} ({offer.installer})")
    else:
        print(f"已是最新 up to date: {offer.current} (the folder offers {offer.version})")
    return 0


def _run_command(args) -> int:
    from desktop.db import DatabaseError
    from desktop.services.core.errors import ServiceError

    try:
        if args.self_test:
            from desktop.self_test import run

            return run(_db_url(args))
        if args.command == "demo":
            return _cmd_demo(args)
        if args.command == "db":
            return _cmd_db(args)
        if args.command == "import":
            return _cmd_import(args)
        if args.command == "update":
            return _cmd_update(args)
        from desktop import print_commands

        return print_commands.run(args, lambda: _open_services(args))
    except (DatabaseError, ServiceError, ValueError) as exc:
        print(f"错误 / error: {exc}", file=sys.stderr)
        return 2


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.self_test or args.command:
        return _run_command(args)
    from desktop.app import main as app_main

    return app_main(args)
