"""Printing as a use-case: check who may print what, load the record, build its form data, render it through
the document registry, and write every print or export to the audit log.

The preview dialog, the signage page and the ``print`` command all come through here. ReportLab is imported
on first use (inside the methods), not when a view imports this module.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import (
    Community,
    StaffUser,
)
from desktop.services.core.audit_service import AuditService
from desktop.services.core.auth_service import community_dto
from desktop.services.core.dto import Actor, CommunityDTO
from desktop.services.core.errors import NotFound, PermissionDenied, ValidationError
from desktop.services.core.permissions import ROLE_LABELS_ZH, Perm, Role, can

log = logging.getLogger(__name__)

HOW = {"print": ("print", "打印"), "save": ("export", "另存为PDF"), "open": ("export", "打开查看")}


@dataclass(frozen=True)
class DocumentInfo:
    """A document the actor may print, for menus and ``print --list``."""

    key: str
    title: str
    kind: str  # form / list / signage
    entity: str | None
    can_blank: bool
    can_filled: bool


@dataclass(frozen=True)
class RenderedDocument:
    key: str
    title: str
    pdf: bytes
    record_id: int | None
    blank: bool
    copies: int = 1  # the number of copies the document itself asks for (协议书: parties + 1)

    @property
    def filename(self) -> str:
        tail = "空白" if self.blank else (str(self.record_id) if self.record_id is not None else "")
        name = f"{self.title}-{tail}" if tail else self.title
        return re.sub(r"[\\/:*?\"<>|（）()]+", "", name) + ".pdf"


class PrintService:
    """``signage_store`` returns the stored signage table (app config), or None for the defaults."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        audit: AuditService,
        signage_store: Callable[[], Mapping | None] | None = None,
        *,
        retention: str | None = None,
    ):
        self._sessions = sessions
        self._audit = audit
        self._signage_store = signage_store
        self._retention = retention

    # -- what may be printed -------------------------------------------------------------------------------
    def documents(self, actor: Actor) -> list[DocumentInfo]:
        from desktop.printing import registry

        if not can(actor.role, Perm.PRINT):
            return []
        out = []
        for spec in registry.documents():
            if spec.kind == registry.SIGNAGE:
                ok = actor.role in spec.roles
                out.append(DocumentInfo(spec.key, spec.title, spec.kind, None, ok, ok))
            else:
                out.append(
                    DocumentInfo(spec.key, spec.title, spec.kind, spec.entity, True, actor.role in spec.roles)
                )
        return [d for d in out if d.can_blank or d.can_filled]

    # -- rendering -------------------------------------------------------------------------------------------
    def render(self, actor: Actor, key: str, record_id: int | None = None, **options) -> bytes:
        """PDF bytes of a document: blank without ``record_id``, filled from the record with it."""
        return self.render_document(actor, key, record_id, **options).pdf

    def render_document(
        self,
        actor: Actor,
        key: str,
        record_id: int | None = None,
        *,
        blank: bool | None = None,
        signage: Any = None,
        media: str = "",
        reveal: bool = False,
        data: Any = None,
    ) -> RenderedDocument:
        """Check the permission, load what the document needs and render it.

        ``blank`` defaults to "no record given" (a roster, a list document, is filled from all its records
        unless ``blank=True``). ``signage`` overrides the stored signage config (the signage page's unsaved
        edits); ``media`` overrides its output (real / A4 / A3). ``reveal`` prints full ID numbers, only for a
        role allowed to see them. ``data`` renders a ready form-data object (a room module's unsaved record).
        """
        from desktop.printing import registry
        from desktop.printing.context import RenderContext
        from desktop.printing.fonts import MissingGlyphError, codepoint

        spec = self._spec(key)
        if blank is None:
            blank = record_id is None and data is None and spec.kind != registry.LIST
        if spec.kind in (registry.FORM, registry.REPORT) and not blank and record_id is None and data is None:
            raise ValidationError("record_id", "required")
        self._check(actor, spec, blank)
        reveal = reveal and can(actor.role, Perm.REVEAL_ID)
        with self._sessions() as s:
            community = self._community(s)
            if spec.kind == registry.SIGNAGE:
                signage = signage or self._signage(s, community)
            elif not blank and data is None:
                data = self._load(s, spec, record_id, actor, community, reveal)
        extra = {"retention": self._retention} if self._retention else {}
        ctx = RenderContext(community, signage=signage, media=media, **extra)
        try:
            pdf = spec.render(ctx, None if blank else data)
        except MissingGlyphError as exc:  # it would print as a hole: refuse, naming the character
            raise ValidationError(
                "text",
                "unprintable_character",
                str(exc),
                char=exc.char,
                codepoint=codepoint(exc.char),
                text=exc.text,
            ) from exc
        copies = spec.copies(None if blank else data)
        return RenderedDocument(spec.key, spec.title, pdf, record_id, blank, copies)

    def log_output(
        self, actor: Actor, key: str, record_id: int | None, how: str, *, blank: bool | None = None
    ) -> None:
        """Audit one print / save / open of a document: what, which record, who."""
        from desktop.printing import registry

        if how not in HOW:
            raise ValueError(f"how must be one of {sorted(HOW)}")
        spec = self._spec(key)
        action, verb = HOW[how]
        if blank is None:
            blank = record_id is None and spec.kind == registry.FORM
        which = "（空白）" if blank and spec.kind != registry.SIGNAGE else ""
        entity = spec.entity if record_id is not None and spec.entity else "document"
        self._audit.record(actor, action, entity, record_id, f"{verb}《{spec.title}》{which} [{key}]")

    # -- signage ---------------------------------------------------------------------------------------------
    def signage_config(self):
        """The stored signage config over the defaults derived from the community and its staff."""
        with self._sessions() as s:
            return self._signage(s, self._community(s))

    def signage_defaults(self):
        """The defaults: the community's name, address, phone and hours, and its staff (not the administrator)."""
        with self._sessions() as s:
            return self._defaults(s, self._community(s))

    @staticmethod
    def _defaults(s: Session, community: CommunityDTO):
        from desktop.printing.signage_config import SignageConfig, StaffEntry

        staff = [
            StaffEntry(u.full_name, ROLE_LABELS_ZH.get(Role(u.role), ""), u.phone or "")
            for u in s.scalars(
                select(StaffUser)
                .where(StaffUser.active.is_(True), StaffUser.role != Role.ADMIN.value)
                .order_by(StaffUser.id)
            )
        ]
        return SignageConfig.for_community(community, staff)

    def _signage(self, s: Session, community: CommunityDTO):
        from desktop.printing.signage_config import SignageConfig

        raw = dict(self._signage_store() or {}) if self._signage_store else {}
        base = SignageConfig.for_community(community) if "staff" in raw else self._defaults(s, community)
        return SignageConfig.from_dict(raw, base)

    # -- checks ------------------------------------------------------------------------------------------------
    @staticmethod
    def _spec(key: str):
        from desktop.printing import registry

        try:
            return registry.get(key)
        except KeyError:
            raise NotFound(f"document {key}", field="key") from None

    @staticmethod
    def _check(actor: Actor, spec, blank: bool) -> None:
        from desktop.printing import registry

        if not can(actor.role, Perm.PRINT):
            raise PermissionDenied("print")
        if (spec.kind == registry.SIGNAGE or not blank) and actor.role not in spec.roles:
            raise PermissionDenied(f"print {spec.key}")

    @staticmethod
    def _community(s: Session) -> CommunityDTO:
        from desktop.printing.context import placeholder_community

        c = s.scalar(select(Community).order_by(Community.id).limit(1))
        return community_dto(c) if c else placeholder_community()

    # -- loading records into form data ------------------------------------------------------------------------
    _LOADERS: dict[type, Callable] = {}

    @classmethod
    def register_loader(cls, data_type: type, loader: Callable) -> None:
        """A room module's loader: ``loader(session, record_id, actor, community, reveal) -> data``."""
        cls._LOADERS[data_type] = loader

    def _load(
        self, s: Session, spec, record_id: int | None, actor: Actor, community: CommunityDTO, reveal: bool
    ):
        loader = self._LOADERS.get(spec.data_type)
        if loader is None:
            raise NotFound(f"no loader for {spec.key}")
        return loader(s, record_id, actor, community, reveal)
