"""`python -m desktop print`: documents to PDF files from the command line (IT staff printing signage in
batches), through the same PrintService as the preview dialog: same permissions, same audit entries.

    python -m desktop print --list
    python -m desktop print visit_register --blank -o 来访登记表.pdf
    python -m desktop print visit_register --record 12 --user lina -o visit-12.pdf
    python -m desktop print signage --tile A3 -o signs/          # every sign and wall chart
"""

from __future__ import annotations

import argparse
import getpass
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path

ALL_SIGNAGE = "signage"


def add_parser(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "print",
        help="write documents as PDF: forms (blank or filled), signage, wall charts",
        description="Write documents as PDF files. Forms print blank (--blank) or filled from a record "
        "(--record ID, as a staff account: --user). Signage and wall charts print from the signage "
        "settings, with or without --blank.",
    )
    p.add_argument(
        "keys",
        nargs="*",
        metavar="KEY",
        help=f"document keys (see --list); '{ALL_SIGNAGE}' means every sign and wall chart",
    )
    p.add_argument("--list", action="store_true", help="list the document keys and titles")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--blank", action="store_true", help="a blank form, to fill in by hand")
    mode.add_argument("--record", type=int, metavar="ID", help="fill the form from the record with this id")
    p.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help="the PDF file (one document) or a folder (several); default: KEY.pdf here",
    )
    p.add_argument(
        "--tile",
        choices=["real", "A4", "A3"],
        help="signage: real size on a custom page, or tiled onto A4 / A3 sheets (default: settings)",
    )
    p.add_argument(
        "--signage",
        metavar="FILE.toml",
        help="signage settings (a [signage] table) instead of those in the app config",
    )
    p.add_argument("--user", metavar="USERNAME", help="print as this staff account (filled forms need one)")
    p.add_argument(
        "--password-stdin", action="store_true", help="read the --user password from standard input"
    )
    return p


def run(args: argparse.Namespace, open_services: Callable[[], object]) -> int:
    """0: written; 2: bad request (unknown key, missing record); 3: not allowed or wrong password."""
    from desktop.printing import registry

    if args.list:
        for spec in registry.documents():
            modes = "blank/filled" if spec.has_filled_mode else "from settings"
            print(f"{spec.key:28} {spec.kind:8} {modes:14} {spec.title}")
        return 0
    keys: list[str] = []
    for key in args.keys:
        if key == ALL_SIGNAGE:
            keys.extend(s.key for s in registry.documents(registry.SIGNAGE))
        else:
            keys.append(key)
    if not keys:
        print("name a document key, or use --list", file=sys.stderr)
        return 2
    unknown = [k for k in keys if k not in {s.key for s in registry.documents()}]
    if unknown:
        print(f"unknown document key: {', '.join(unknown)} (see --list)", file=sys.stderr)
        return 2
    targets = _targets(keys, args)

    from desktop.services.core.errors import AccountLocked, AuthFailed, PermissionDenied, ServiceError
    from desktop.services.core.print_service import PrintService

    services = open_services()
    try:
        actor = _actor(args, services)
    except (AuthFailed, AccountLocked):
        print("wrong user name or password, or the account is locked", file=sys.stderr)
        return 3
    printing = PrintService(services.sessions, services.audit, signage_store=_signage_store(args))
    for key, path in zip(keys, targets, strict=True):
        try:
            doc = printing.render_document(
                actor, key, args.record, blank=True if args.blank else None, media=args.tile or ""
            )
        except PermissionDenied:
            hint = " (filled forms: --user USERNAME)" if args.user is None else ""
            print(f"{actor.username} may not print {key}{hint}", file=sys.stderr)
            return 3
        except ServiceError as exc:
            print(f"{key}: {exc}", file=sys.stderr)
            return 2
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(doc.pdf)
        printing.log_output(actor, key, args.record, "save", blank=doc.blank)
        print(f"{path}\t{doc.title}" + (f"\t({doc.copies} copies)" if doc.copies > 1 else ""))
    return 0


def _targets(keys: list[str], args) -> list[Path]:
    suffix = f"-{args.record}" if args.record is not None else ""
    if (
        len(keys) == 1
        and args.output
        and not args.output.endswith(("/", "\\"))
        and not Path(args.output).is_dir()
    ):
        return [Path(args.output)]
    folder = Path(args.output or ".")
    return [folder / f"{key}{suffix}.pdf" for key in keys]


def _actor(args, services):
    """The staff account given by --user (password checked, lock-out applies), else the command line itself,
    which has the administrator's rights: signage and blank forms, no personal data."""
    from desktop.services.core.dto import Actor

    if args.user:
        password = (
            sys.stdin.readline().rstrip("\r\n")
            if args.password_stdin
            else getpass.getpass(f"password for {args.user}: ")
        )
        return services.auth.login(args.user, password).actor()
    who = getpass.getuser()
    return Actor(id=None, username=f"cli:{who}", full_name=f"命令行（{who}）", role="admin")


def _signage_store(args) -> Callable[[], dict | None]:
    def store() -> dict | None:
        if args.signage:
            raw = tomllib.loads(Path(args.signage).read_text(encoding="utf-8"))
            return raw.get("signage", raw)
        from desktop import config

        return config.stored_signage()

    return store
