"""Grids and addresses (以房管人: the address is the root — building / unit / room, linked to a grid); the address
search keys (building-name bigrams) are kept by every writer of an address."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import (
    Address,
    Community,
    Grid,
)
from desktop.services.core.audit_service import record
from desktop.services.core.dto import Actor
from desktop.services.core.errors import NotFound, ValidationError
from desktop.services.core.permissions import Perm, require
from desktop.services.residents import search as resident_search
from desktop.services.residents.dto import (
    AddressDTO,
    GridDTO,
)


def address_text(prefix: str, building: str, unit: str, room: str) -> str:
    room_text = f"{room}室" if room and room[-1].isdigit() else room
    return f"{prefix}{building}{unit}{room_text}"


def place(
    s: Session,
    actor: Actor,
    grid_id: int,
    building: str,
    unit: str = "",
    room: str = "",
    kind: str = "residence",
) -> tuple[Address, Grid]:
    """The address under a grid, found or registered now, inside the caller's unit of work (a household created
    at a new address is one transaction)."""
    building, unit, room = (" ".join((x or "").split()) for x in (building, unit, room))
    if not building:
        raise ValidationError("building", "required")
    if kind not in ("residence", "rental", "shop", "other"):
        raise ValidationError("kind", "bad_kind")
    grid = s.get(Grid, grid_id)
    if grid is None:
        raise ValidationError("grid_id", "required")
    same = s.scalar(
        select(Address).where(
            Address.grid_id == grid_id,
            Address.building == building,
            Address.unit == unit,
            Address.room == room,
        )
    )
    if same is not None:
        return same, grid
    return AddressService._new_address(s, actor, grid, building, unit, room, kind), grid


class AddressService:
    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions

    def list_grids(self, actor: Actor) -> list[GridDTO]:
        require(actor, Perm.RESIDENTS_READ)
        with self._sessions() as s:
            return [GridDTO(g.id, g.code, g.name) for g in s.scalars(select(Grid).order_by(Grid.code))]

    def create_grid(self, actor: Actor, code: str, name: str, worker_id: int | None = None) -> GridDTO:
        """A grid (网格) of the community; addresses hang under grids."""
        require(actor, Perm.RESIDENTS_EDIT)
        code, name = (code or "").strip(), (name or "").strip()
        if not code:
            raise ValidationError("code", "required")
        if not name:
            raise ValidationError("name", "required")
        with self._sessions.begin() as s:
            if s.scalar(select(Grid.id).where(Grid.code == code)):
                raise ValidationError("code", "duplicate")
            c = s.scalar(select(Community).limit(1))
            if c is None:
                raise NotFound("community")
            g = Grid(community_id=c.id, code=code, name=name, worker_id=worker_id, created_by=actor.id)
            s.add(g)
            s.flush()
            record(s, actor, "create", "grid", g.id, f"新建网格{name}", after={"code": code, "name": name})
            return GridDTO(g.id, g.code, g.name)

    @staticmethod
    def _address_dto(a: Address, grid: Grid | None) -> AddressDTO:
        return AddressDTO(
            a.id, a.grid_id, grid.name if grid else "", a.building, a.unit, a.room, a.kind, a.full_text
        )

    def find_addresses(self, actor: Actor, text: str, limit: int = 20) -> list[AddressDTO]:
        """Addresses whose building/unit/room hold what was typed ('侨鸿3幢302'), for the address picker."""
        require(actor, Perm.RESIDENTS_READ)
        with self._sessions() as s:
            ids = resident_search.address_ids(s.connection(), text, limit)
            if not ids:
                return []
            rows = s.execute(
                select(Address, Grid).outerjoin(Grid, Grid.id == Address.grid_id).where(Address.id.in_(ids))
            ).all()
            order = {aid: i for i, aid in enumerate(ids)}
            return sorted((self._address_dto(a, g) for a, g in rows), key=lambda d: order[d.id])

    def create_address(
        self,
        actor: Actor,
        grid_id: int,
        building: str,
        unit: str = "",
        room: str = "",
        kind: str = "residence",
    ) -> AddressDTO:
        """An address under a grid (以房管人); returns the existing one if it is already registered."""
        require(actor, Perm.RESIDENTS_EDIT)
        with self._sessions.begin() as s:
            return self._address_dto(*place(s, actor, grid_id, building, unit, room, kind))

    @staticmethod
    def _new_address(
        s: Session, actor: Actor, grid: Grid, building: str, unit: str, room: str, kind: str = "residence"
    ) -> Address:
        c = s.scalar(select(Community).limit(1))
        prefix = f"{c.city}{c.district}" if c else ""
        a = Address(
            grid_id=grid.id,
            building=building,
            unit=unit,
            room=room,
            kind=kind,
            full_text=address_text(prefix, building, unit, room),
            created_by=actor.id,
        )
        s.add(a)
        s.flush()
        resident_search.write_address_grams(s.connection(), [(a.id, building, unit, room)])
        record(
            s, actor, "create", "address", a.id, f"登记地址{a.full_text}", after={"full_text": a.full_text}
        )
        return a
