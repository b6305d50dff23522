"""All services over one database, built once by the composition root (app.py, cli.py, tests).

Each room is a package of ``desktop.services``; importing it registers what it adds to the shared pieces (its
print loaders, its entries of the person timeline). ``ROOMS`` lists them: a new room adds its package here and
its service to ``Services``."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from desktop.config import BackupSettings
from desktop.services.core.audit_service import AuditService
from desktop.services.core.auth_service import AuthService
from desktop.services.core.backup_service import BackupService
from desktop.services.core.calendar_service import CalendarService
from desktop.services.core.lists_service import ListsService
from desktop.services.core.print_service import PrintService
from desktop.services.dashboard.dashboard_service import DashboardService
from desktop.services.mediation.mediation_service import MediationService
from desktop.services.monitoring.camera_service import CameraService
from desktop.services.monitoring.duty_service import DutyService
from desktop.services.monitoring.footage_service import FootageService
from desktop.services.monitoring.health_service import HealthService
from desktop.services.reception.petition_service import PetitionService
from desktop.services.reception.reception_service import ReceptionService
from desktop.services.residents.address_service import AddressService
from desktop.services.residents.household_service import HouseholdService
from desktop.services.residents.key_group_service import KeyGroupService
from desktop.services.residents.resident_service import ResidentService
from desktop.services.rhythm.room import RhythmRoom
from desktop.services.volunteers.volunteer_service import VolunteerService

ROOMS = ("residents", "reception", "mediation", "monitoring", "volunteers", "rhythm", "dashboard")
for _room in ROOMS:
    importlib.import_module(f"desktop.services.{_room}")


@dataclass
class Services:
    engine: Engine
    sessions: sessionmaker[Session]
    auth: AuthService
    audit: AuditService
    residents: ResidentService
    addresses: AddressService
    households: HouseholdService
    key_groups: KeyGroupService
    printing: PrintService
    petitions: PetitionService
    mediation: MediationService
    reception: ReceptionService
    lists: ListsService
    cameras: CameraService
    health: HealthService
    duty: DutyService
    footage: FootageService
    calendar: CalendarService
    backups: BackupService
    rhythm: RhythmRoom
    volunteers: VolunteerService
    dashboard: DashboardService

    @classmethod
    def build(
        cls,
        engine: Engine,
        signage_store: Callable[[], Mapping | None] | None = None,
        backup_settings: Callable[[], BackupSettings] | None = None,
    ) -> Services:
        """``signage_store`` returns the centre's stored signage settings (the app config's table);
        ``backup_settings`` this PC's backup settings (its ``[backup]`` table)."""
        from desktop.db import make_sessions

        sessions = make_sessions(engine)
        audit = AuditService(sessions)
        residents = ResidentService(sessions)
        key_groups = KeyGroupService(sessions)
        printing = PrintService(sessions, audit, signage_store)
        petitions = PetitionService(sessions)
        mediation = MediationService(sessions, printing)
        cameras = CameraService(sessions)
        return cls(
            engine=engine,
            sessions=sessions,
            auth=AuthService(sessions),
            audit=audit,
            residents=residents,
            addresses=AddressService(sessions),
            households=HouseholdService(sessions),
            key_groups=key_groups,
            printing=printing,
            petitions=petitions,
            mediation=mediation,
            reception=ReceptionService(sessions, residents, petitions, mediation),
            lists=ListsService(sessions),
            cameras=cameras,
            health=HealthService(sessions, cameras),
            duty=DutyService(sessions),
            footage=FootageService(sessions, cameras),
            calendar=CalendarService(sessions),
            backups=BackupService(engine, sessions, backup_settings),
            rhythm=RhythmRoom.build(
                sessions, key_groups=key_groups, petitions=petitions, mediation=mediation
            ),
            volunteers=VolunteerService(sessions, residents),
            dashboard=DashboardService(sessions),
        )

    @property
    def database_label(self) -> str:
        """What the status bar shows: the file, or server/database (never the password)."""
        url = self.engine.url
        if url.get_backend_name() == "sqlite":
            return url.database or ":memory:"
        return f"{url.host}:{url.port or 5432}/{url.database}"
